"""Storing many small records at once: the rows evidence.attach_many writes, one statement per table.

attach_many costs about 0.4 ms a call (a savepoint, a search re-index, a custody entry, a look
for images to decode), which is 20 s of a 50,000-message import. Records are short text (a
message's JSON or chat lines) that never get a thumbnail, so they are written here in batches
with the same rows, values and custody entries as attach_many; tests/core/test_import_store.py
keeps the two equal. Media and e-mails still go through attach_many.

One difference, on purpose: the search entry is not rewritten to add the record's file name
(`telegram-4417-12.json`), which would cost a second full-text write per message (about a
third of the import) and would make every imported message match "telegram" or "json". The
entry holds what the user searches by: title, text, accounts, and the names of any media.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.importers.common import Record
from app.core.records import custody
from app.core.records.evidence import CHUNK_BYTES
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection
from app.core.untrusted.filenames import printable_original, safe_display_name
from app.core.untrusted.mediatype import SNIFF_BYTES, sniff_media_type

_QUERY_BATCH = 500


def _existing_blobs(conn: Connection, digests: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for at in range(0, len(digests), _QUERY_BATCH):
        batch = digests[at: at + _QUERY_BATCH]
        found.update(conn.execute(
            f"SELECT sha256, id FROM blobs WHERE sha256 IN ({','.join('?' * len(batch))})", batch))
    return found


def attach_records(conn: Connection, links: Sequence[tuple[str, Record]]) -> None:
    """Store each in-memory record once and link it to its incident, inside the caller's transaction.

    An incident must not get the same record twice (planning never groups identical records).
    """
    unique = {record.sha256: record for _, record in links}
    blob_ids = _existing_blobs(conn, list(unique))
    new = [record for digest, record in unique.items() if digest not in blob_ids]
    # Ids chosen here so chunks and links can name them without a query per blob; safe because
    # the caller's BEGIN IMMEDIATE holds the only write lock.
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM blobs").fetchone()[0]
    blob_ids.update((record.sha256, first + n) for n, record in enumerate(new))
    stored_at = utc_now()
    conn.executemany(
        "INSERT INTO blobs (id, sha256, size, media_type, stored_at) VALUES (?, ?, ?, ?, ?)",
        [(blob_ids[r.sha256], r.sha256, r.size, sniff_media_type(_data(r)[:SNIFF_BYTES]), stored_at) for r in new])
    conn.executemany(
        "INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)",
        [(blob_ids[r.sha256], seq, _data(r)[at: at + CHUNK_BYTES])
         for r in new for seq, at in enumerate(range(0, r.size, CHUNK_BYTES))])
    attached_at = utc_now()
    conn.executemany(
        "INSERT INTO evidence (incident_id, blob_id, filename, display_name, source, attached_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(incident_id, blob_ids[r.sha256], printable_original(r.name), safe_display_name(r.name), "import",
          attached_at) for incident_id, r in links])
    custody.append_many(conn, [("attach", incident_id, r.sha256) for incident_id, r in links])


def _data(record: Record) -> bytes:
    if record.data is None:
        raise ValueError(f"record {record.name} is not in memory")
    return record.data
