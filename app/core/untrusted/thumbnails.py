"""Image facts and thumbnails, made after the original is safely stored.

Attaching secures the evidence: its bytes, hash and custody entry, in one transaction, as fast as
the disk allows (a message may be deleted a minute after it was screenshotted). What is derived
from an image — dimensions, EXIF date, camera and GPS, the thumbnail — comes second: attach marks
the blob `derive_pending`, and `make_pending` decodes those blobs here, in the isolated decoder
processes (isolation.py), committing a batch at a time. The CLI runs it right after it reports
the attach; the desktop app in the background; export and campaign detection before they read
thumbnails. A crash in between loses nothing: the mark stays, and the next run finishes the work.
Derived data is never part of the custody record; it is rebuilt from the original at will.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from app.core.errors import OperationCancelled
from app.core.storage.database import Connection, transaction
from app.core.untrusted import isolation
from app.core.untrusted.imagemeta import ImageInfo
from app.core.wording import Errors

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Bytes of originals waiting for a decoder at one time, and how many results go into one commit:
# enough to keep every decoder busy, small enough that the vault is never locked for long.
_MAX_PENDING_BYTES = 96 * 1024 * 1024
_RESULTS_PER_COMMIT = 32
_POLL_SECONDS = 0.05
_MAKING_THUMBNAILS = Errors.tr("Making thumbnails")  # "… was cancelled; nothing was changed."


def pending_count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM blobs WHERE derive_pending = 1").fetchone()[0]


def make_pending(conn: Connection, progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Decode every image still marked pending and store its facts and thumbnail.

    Not inside a transaction: it commits as it goes, so a cancel or a crash keeps what was done.
    Returns how many images were done (an image no decoder can read counts as done, without a
    thumbnail, as the original stays the evidence). `progress(done, total)` counts images.
    A vault opened read-only (a damaged one) keeps its pending images for when it is writable.
    """
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        return 0
    ids = [row[0] for row in conn.execute("SELECT id FROM blobs WHERE derive_pending = 1 ORDER BY id")]
    if not ids:
        return 0  # without starting the decoder processes: the app asks at every unlock
    pool = isolation.default_pool()
    waiting: deque[tuple[int, int, Future[ImageInfo | None]]] = deque()
    waiting_bytes = 0
    results: list[tuple[int, ImageInfo | None]] = []
    done = 0

    def collect_oldest() -> None:
        nonlocal waiting_bytes
        blob_id, size, future = waiting[0]
        results.append((blob_id, _result(future, cancelled)))
        waiting.popleft()
        waiting_bytes -= size

    def store_results() -> None:
        nonlocal done
        _store(conn, results)
        done += len(results)
        results.clear()
        if progress is not None:
            progress(done, len(ids))

    try:
        for blob_id in ids:
            if cancelled is not None and cancelled():
                raise OperationCancelled(_MAKING_THUMBNAILS)
            data = _original(conn, blob_id)
            waiting.append((blob_id, len(data), pool.submit(data)))
            waiting_bytes += len(data)
            while waiting_bytes > _MAX_PENDING_BYTES or (waiting and waiting[0][2].done()):
                collect_oldest()
            if len(results) >= _RESULTS_PER_COMMIT:
                store_results()
        while waiting:
            collect_oldest()
        store_results()
    finally:
        # The pool is shared: on a cancel or failure, withdraw only what this call queued.
        for _, _, future in waiting:
            future.cancel()
    return done


def _result(future: Future[ImageInfo | None], cancelled: Cancelled | None) -> ImageInfo | None:
    # A decode may take up to isolation.WALL_SECONDS_PER_IMAGE; locking the app must not wait that
    # long for the connection this runs on, so a cancel is heard while waiting too.
    while True:
        try:
            return future.result(timeout=_POLL_SECONDS)
        except TimeoutError:
            if cancelled is not None and cancelled():
                raise OperationCancelled(_MAKING_THUMBNAILS) from None


def _original(conn: Connection, blob_id: int) -> bytes:
    # Only images under imagemeta's decode limit are ever marked, so this stays bounded. A blob
    # purged meanwhile reads as empty, which the decoder refuses; its UPDATE then touches nothing.
    return b"".join(row[0] for row in conn.execute(
        "SELECT data FROM blob_chunks WHERE blob_id = ? ORDER BY seq", (blob_id,)))


def _store(conn: Connection, results: list[tuple[int, ImageInfo | None]]) -> None:
    with transaction(conn):
        for blob_id, info in results:
            if info is None:
                conn.execute("UPDATE blobs SET derive_pending = 0 WHERE id = ?", (blob_id,))
            else:
                conn.execute("UPDATE blobs SET image_meta = ?, thumbnail = ?, derive_pending = 0 WHERE id = ?",
                             (_image_json(info), info.thumbnail, blob_id))


def _image_json(info: ImageInfo) -> str:
    return json.dumps(
        {"width": info.width, "height": info.height, "taken_at": info.taken_at, "camera": info.camera,
         "gps": list(info.gps) if info.gps else None}
    )
