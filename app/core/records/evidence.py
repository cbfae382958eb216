"""Evidence: original files stored inside the encrypted database, byte for byte.

Bytes stream in by chunks, so a 2 GB video never sits whole in memory, and SHA-256 is computed on
the way in. The same content is stored once however often it is attached. Nothing is re-encoded;
an image's metadata and thumbnail are made afterwards, from the stored original (thumbnails.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, ContextManager

from app.core.errors import EvidenceNotFound, EvidenceUnreadable, InvalidInput, ThreatlogError
from app.core.records import custody, search
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection, transaction
from app.core.storage.fsutil import fsync_directory
from app.core.untrusted.filenames import printable_original, safe_display_name
from app.core.untrusted.imagemeta import DECODE_LIMIT_BYTES
from app.core.untrusted.mediatype import SNIFF_BYTES, is_image, sniff_media_type
from app.core.wording import Errors

CHUNK_BYTES = 1024 * 1024
SOURCES = ("file", "clipboard", "screen_capture", "import")

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class AttachCancelled(ThreatlogError):
    def __init__(self) -> None:
        super().__init__(Errors.tr("Attaching was cancelled; nothing was stored."))


@dataclass(frozen=True)
class EvidenceItem:
    sha256: str
    filename: str
    display_name: str
    size: int
    media_type: str
    source: str
    attached_at: str
    image: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "filename": self.filename,
            "display_name": self.display_name,
            "size": self.size,
            "media_type": self.media_type,
            "source": self.source,
            "attached_at": self.attached_at,
            "image": self.image,
        }


@dataclass(frozen=True)
class AttachResult:
    item: EvidenceItem
    newly_stored: bool
    newly_attached: bool


def _store_blob(conn: Connection, untrusted_stream: BinaryIO, progress: Progress | None,
                cancelled: Cancelled | None) -> tuple[int, str, int, bool]:
    """Stream bytes into a new blob, or find the identical one already stored.

    Returns (blob id, sha256, size, newly stored).
    """
    conn.execute("SAVEPOINT store_blob")
    try:
        blob_id, digest, size, media_type = _stream_chunks(conn, untrusted_stream, progress, cancelled)
        existing = conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
        if existing:
            # Same content already in the vault: drop the copy we just wrote, keep one.
            conn.execute("ROLLBACK TO store_blob")
            conn.execute("RELEASE store_blob")
            return existing[0], digest, size, False
        # An image small enough to decode gets its metadata and thumbnail after the commit.
        derive = is_image(media_type) and 0 < size <= DECODE_LIMIT_BYTES
        conn.execute("UPDATE blobs SET sha256 = ?, size = ?, media_type = ?, derive_pending = ? WHERE id = ?",
                     (digest, size, media_type, int(derive), blob_id))
    except BaseException:
        conn.execute("ROLLBACK TO store_blob")
        conn.execute("RELEASE store_blob")
        raise
    conn.execute("RELEASE store_blob")
    return blob_id, digest, size, True


def _stream_chunks(conn: Connection, untrusted_stream: BinaryIO, progress: Progress | None,
                   cancelled: Cancelled | None) -> tuple[int, str, int, str]:
    blob_id = conn.execute(
        "INSERT INTO blobs (sha256, size, media_type, stored_at) VALUES (NULL, 0, '', ?)", (utc_now(),)
    ).lastrowid
    hasher = hashlib.sha256()
    size, seq = 0, 0
    media_type = sniff_media_type(b"")
    while chunk := untrusted_stream.read(CHUNK_BYTES):
        if cancelled is not None and cancelled():
            raise AttachCancelled()
        if seq == 0:
            media_type = sniff_media_type(chunk[:SNIFF_BYTES])
        hasher.update(chunk)
        size += len(chunk)
        conn.execute("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, chunk))
        seq += 1
        if progress is not None:
            progress(size)
    return blob_id, hasher.hexdigest(), size, media_type


def _require_attachable(conn: Connection, incident_id: str) -> int:
    row = conn.execute("SELECT seq, deleted_at FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise InvalidInput(Errors.tr("No incident with id '{id}'.").format(id=incident_id))
    if row[1]:
        raise InvalidInput(Errors.tr("Incident {id} is deleted; evidence cannot be added to it.").format(
            id=incident_id))
    return row[0]


@dataclass(frozen=True)
class EvidenceSource:
    """One thing to attach: how to open its bytes, the name it came with, where it came from."""

    open: Callable[[], ContextManager[BinaryIO]]
    filename: str
    source: str = "file"


def file_source(path: Path, source: str = "file") -> EvidenceSource:
    return EvidenceSource(lambda: _open_readable(path), path.name, source)


def bytes_source(data: bytes, filename: str, source: str) -> EvidenceSource:
    return EvidenceSource(lambda: io.BytesIO(data), filename, source)


def _open_readable(path: Path) -> BinaryIO:
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        raise EvidenceUnreadable(Errors.tr("Cannot attach '{path}': no such file.").format(path=path)) from None
    except IsADirectoryError:
        raise EvidenceUnreadable(Errors.tr("Cannot attach '{path}': it is a folder, not a file.").format(
            path=path)) from None
    except OSError as error:
        raise EvidenceUnreadable(Errors.tr("Cannot attach '{path}': {reason}.").format(
            path=path, reason=error.strerror or str(error))) from None
    if not os.path.isfile(path):
        stream.close()
        raise EvidenceUnreadable(Errors.tr("Cannot attach '{path}': it is not a regular file.").format(path=path))
    return stream


def attach_many(conn: Connection, incident_id: str, sources: Sequence[EvidenceSource],
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[AttachResult]:
    """Store each source's bytes as evidence of the incident, inside the caller's transaction.

    `progress` receives the bytes stored so far over all sources. New images are left marked for
    thumbnails.make_pending, which the caller runs after its commit.
    """
    for item in sources:
        if item.source not in SOURCES:
            raise ValueError(f"unknown evidence source {item.source!r}")
    incident_seq = _require_attachable(conn, incident_id)
    stored: list[tuple[int, str, bool, bool]] = []
    done_before = 0
    for item in sources:
        step = (lambda n, base=done_before: progress(base + n)) if progress else None
        with item.open() as stream:
            blob_id, digest, size, newly_stored = _store_blob(conn, stream, step, cancelled)
        newly_attached = _link(conn, incident_id, blob_id, digest, item)
        stored.append((blob_id, digest, newly_stored, newly_attached))
        done_before += size
    if any(attached for *_, attached in stored):
        search.reindex(conn, incident_seq, incident_id)
    items = {i.sha256: i for i in for_incident(conn, incident_id)}
    return [AttachResult(items[digest], new, attached) for _, digest, new, attached in stored]


def _link(conn: Connection, incident_id: str, blob_id: int, digest: str, item: EvidenceSource) -> bool:
    already = conn.execute(
        "SELECT 1 FROM evidence WHERE incident_id = ? AND blob_id = ?", (incident_id, blob_id)
    ).fetchone()
    if already:
        return False
    conn.execute(
        "INSERT INTO evidence (incident_id, blob_id, filename, display_name, source, attached_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (incident_id, blob_id, printable_original(item.filename), safe_display_name(item.filename),
         item.source, utc_now()),
    )
    custody.append(conn, "attach", incident_id, digest)
    return True


def attach_stream(conn: Connection, incident_id: str, untrusted_stream: BinaryIO, filename: str,
                  source: str = "file", progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> AttachResult:
    """Store one stream's bytes as evidence (the caller keeps ownership of the stream)."""
    borrowed = EvidenceSource(lambda: nullcontext(untrusted_stream), filename, source)
    return attach_many(conn, incident_id, [borrowed], progress, cancelled)[0]


def attach_path(conn: Connection, incident_id: str, path: Path, source: str = "file",
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> AttachResult:
    return attach_many(conn, incident_id, [file_source(path, source)], progress, cancelled)[0]


def _item(row: tuple) -> EvidenceItem:
    sha, filename, display_name, size, media_type, source, attached_at, image_meta = row
    return EvidenceItem(sha, filename, display_name, size, media_type, source, attached_at,
                        json.loads(image_meta) if image_meta else None)


def for_incident(conn: Connection, incident_id: str) -> Iterator[EvidenceItem]:
    rows = conn.execute(
        "SELECT b.sha256, e.filename, e.display_name, b.size, b.media_type, e.source, e.attached_at, b.image_meta"
        " FROM evidence e JOIN blobs b ON b.id = e.blob_id WHERE e.incident_id = ? ORDER BY e.id",
        (incident_id,),
    )
    for row in rows:
        yield _item(row)


def _blob_id(conn: Connection, sha256: str) -> int:
    row = conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256.strip().lower(),)).fetchone()
    if row is None:
        raise EvidenceNotFound(Errors.tr("No evidence with SHA-256 {sha256} in this vault.").format(sha256=sha256))
    return row[0]


def read_chunks(conn: Connection, sha256: str) -> Iterator[bytes]:
    blob_id = _blob_id(conn, sha256)
    # One chunk per query keeps memory flat however large the file is.
    seq = 0
    while row := conn.execute(
        "SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)
    ).fetchone():
        yield row[0]
        seq += 1


def thumbnail(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT thumbnail FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def write_out(conn: Connection, sha256: str, out_path: Path, *, overwrite: bool = False) -> int:
    """Write an original back to a file the user chose, checking it against its recorded hash.

    The copy is a transfer of evidence out of the vault: it is recorded in the custody log.
    `overwrite` is for callers whose user already confirmed replacing the file (a save dialog).
    """
    digest = sha256.strip().lower()
    if out_path.exists() and not overwrite:
        raise InvalidInput(Errors.tr("'{path}' already exists; choose a new file name.").format(path=out_path))
    temporary = out_path.with_name(out_path.name + ".part")
    hasher = hashlib.sha256()
    size = 0
    try:
        with open(temporary, "wb") as f:
            for chunk in read_chunks(conn, digest):
                hasher.update(chunk)
                size += len(chunk)
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        if hasher.hexdigest() != digest:
            raise EvidenceNotFound(Errors.tr(
                "The stored bytes of {sha256} no longer match their hash: the vault is damaged.").format(sha256=digest))
        os.replace(temporary, out_path)
        fsync_directory(out_path.parent)
    except OSError as error:
        raise EvidenceUnreadable(Errors.tr("Cannot write '{path}': {reason}.").format(
            path=out_path, reason=error.strerror or str(error))) from None
    finally:
        temporary.unlink(missing_ok=True)
    with transaction(conn):
        custody.append(conn, "copy_out", digest, digest)
    return size


def detach_all(conn: Connection, incident_id: str) -> None:
    """For purge: remove the incident's links, and the bytes no other incident still holds."""
    blob_ids = [r[0] for r in conn.execute("SELECT blob_id FROM evidence WHERE incident_id = ?", (incident_id,))]
    conn.execute("DELETE FROM evidence WHERE incident_id = ?", (incident_id,))
    for blob_id in blob_ids:
        if conn.execute("SELECT 1 FROM evidence WHERE blob_id = ? LIMIT 1", (blob_id,)).fetchone() is None:
            conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (blob_id,))
            conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
