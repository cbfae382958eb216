"""The custody log: an append-only, hash-chained record of everything done to the evidence.

Each entry's hash covers its own fields and the previous entry's hash, so changing, removing or
reordering any entry breaks every hash after it. Triggers refuse UPDATE and DELETE inside the
vault; `verify` walks the chain and names the first entry that does not fit. Entries hold ids
and hashes only, never content, so purging an incident leaves nothing readable here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from app.core.canonical import canonical_json
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection
from app.core.wording import Check, Text

GENESIS_HASH = "0" * 64
ACTIONS = ("vault_create", "create", "edit", "attach", "delete", "purge", "export", "copy_out", "import")


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    utc_time: str
    action: str
    object_id: str
    object_sha256: str
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_hash: str
    first_bad_seq: int | None
    problem: Text | None  # what breaks the chain at first_bad_seq, for the user; None when intact

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


def entry_hash(seq: int, utc_time: str, action: str, object_id: str, object_sha256: str, prev_hash: str) -> str:
    """SHA-256 of the entry as canonical JSON: a recipient can recompute it with any JSON library."""
    body = {
        "seq": seq,
        "utc_time": utc_time,
        "action": action,
        "object_id": object_id,
        "object_sha256": object_sha256,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def append(conn: Connection, action: str, object_id: str, object_sha256: str) -> CustodyEntry:
    """Add an entry inside the caller's transaction, so the record and the action land together."""
    return append_many(conn, [(action, object_id, object_sha256)])[0]


def append_many(conn: Connection, actions: list[tuple[str, str, str]]) -> list[CustodyEntry]:
    """Chain (action, object_id, object_sha256) entries onto the log in one statement."""
    last = conn.execute("SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    utc_time = utc_now()
    new_entries = []
    for action, object_id, object_sha256 in actions:
        if action not in ACTIONS:
            raise ValueError(f"unknown custody action {action!r}")
        seq += 1
        digest = entry_hash(seq, utc_time, action, object_id, object_sha256, prev_hash)
        new_entries.append(CustodyEntry(seq, utc_time, action, object_id, object_sha256, prev_hash, digest))
        prev_hash = digest
    conn.executemany(
        "INSERT INTO custody_log (seq, utc_time, action, object_id, object_sha256, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e.seq, e.utc_time, e.action, e.object_id, e.object_sha256, e.prev_hash, e.hash) for e in new_entries],
    )
    return new_entries


def entries(conn: Connection, object_id: str | None = None) -> Iterator[CustodyEntry]:
    if object_id is None:
        rows = conn.execute("SELECT * FROM custody_log ORDER BY seq")
    else:
        rows = conn.execute("SELECT * FROM custody_log WHERE object_id = ? ORDER BY seq", (object_id,))
    for row in rows:
        yield CustodyEntry(*row)


def head_hash(conn: Connection) -> str:
    row = conn.execute("SELECT hash FROM custody_log ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS_HASH


def verify_chain(chain: Iterable[CustodyEntry]) -> ChainReport:
    """Walk a complete chain from its first entry; name the first entry that breaks it."""
    expected_prev, expected_seq, count = GENESIS_HASH, 1, 0
    for entry in chain:
        count += 1
        problem = _entry_problem(entry, expected_seq, expected_prev)
        if problem is not None:
            return ChainReport(count, expected_prev, entry.seq, problem)
        expected_prev, expected_seq = entry.hash, entry.seq + 1
    return ChainReport(count, expected_prev, None, None)


def _entry_problem(entry: CustodyEntry, expected_seq: int, expected_prev: str) -> Text | None:
    if entry.seq != expected_seq:
        return Check.tr("entry {entry} follows entry {previous}: entries are missing or reordered").format(
            entry=entry.seq, previous=expected_seq - 1)
    if entry.prev_hash != expected_prev:
        return Check.tr("entry {entry} does not point at the entry before it").format(entry=entry.seq)
    recomputed = entry_hash(
        entry.seq, entry.utc_time, entry.action, entry.object_id, entry.object_sha256, entry.prev_hash
    )
    if recomputed != entry.hash:
        return Check.tr("entry {entry} was altered after it was written").format(entry=entry.seq)
    return None


def verify(conn: Connection) -> ChainReport:
    return verify_chain(entries(conn))
