"""Evidence the user has added to the incident form but that is not in the vault yet.

A pasted screenshot or a screen capture stays in memory as bytes until it is stored: writing it to
a temp file would leave plaintext on disk (DOMAIN principle 1). A file the user picked or dropped
is only a path here; it is read by a worker when it is hashed and when it is stored, never on the
GUI thread.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage

from app.core.records import evidence
from app.core.records.evidence import AttachResult
from app.core.storage.database import Connection

SOURCES = ("file", "clipboard", "screen_capture")

# Raw encoded image formats a source app may put on the clipboard, best first. Their bytes are kept
# exactly as given, so the stored original is what the source app produced (no re-encoding).
RAW_IMAGE_FORMATS: tuple[tuple[str, str], ...] = (
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/gif", "gif"),
    ("image/webp", "webp"),
    ("image/bmp", "bmp"),
)

_HASH_CHUNK = 1024 * 1024

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PendingEvidence:
    """One item waiting to be stored: either a file path or bytes held in memory, never both."""

    name: str
    source: str
    path: Path | None = None
    data: bytes | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.data is None):
            raise ValueError("PendingEvidence needs exactly one of path or data")
        if self.source not in SOURCES:
            raise ValueError(f"unknown evidence source {self.source!r}")

    @property
    def size(self) -> int:
        """Bytes to store. For a file this asks the file system: call it from a worker."""
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        try:
            return os.stat(self.path).st_size
        except OSError:
            return 0  # attach_path will report the real problem in the user's words


def timestamped_name(prefix: str, extension: str, now: datetime | None = None) -> str:
    """'pasted-2026-11-22-143012.png' in local time: what the user sees on their own clock."""
    moment = now or datetime.now()
    return f"{prefix}-{moment:%Y-%m-%d-%H%M%S}.{extension}"


def image_bytes_from_qimage(image: QImage) -> bytes:
    """Encode an image as PNG in memory (lossless, so the pixels are exactly those pasted)."""
    if image.isNull():
        raise ValueError("cannot encode an empty image")
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise ValueError("the image could not be encoded as PNG")
    return bytes(array.data())


def _local_files(mime: QMimeData) -> list[PendingEvidence]:
    items = []
    for url in mime.urls():
        # Remote URLs (a link dragged from a browser) are not evidence files: nothing is downloaded.
        if url.isLocalFile() and url.toLocalFile():
            path = Path(url.toLocalFile())
            items.append(PendingEvidence(name=path.name or str(path), source="file", path=path))
    return items


def _clipboard_image(mime: QMimeData) -> PendingEvidence | None:
    formats = set(mime.formats())
    for mime_type, extension in RAW_IMAGE_FORMATS:
        if mime_type in formats:
            untrusted_bytes = bytes(mime.data(mime_type).data())
            if untrusted_bytes:
                return PendingEvidence(timestamped_name("pasted", extension), "clipboard", data=untrusted_bytes)
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return PendingEvidence(timestamped_name("pasted", "png"), "clipboard", data=image_bytes_from_qimage(image))
    return None


def from_mime_data(mime: QMimeData | None) -> list[PendingEvidence]:
    """Evidence carried by a clipboard or a drop: local files, else one image. Text is not evidence here."""
    if mime is None:
        return []
    files = _local_files(mime) if mime.hasUrls() else []
    if files:
        # File managers often add an icon image beside the URLs: the files are what the user meant.
        return files
    image = _clipboard_image(mime)
    return [image] if image is not None else []


def carries_evidence(mime: QMimeData | None) -> bool:
    """Cheap test for drag-enter: does this drag hold files or an image (without reading the bytes)?"""
    if mime is None:
        return False
    if any(url.isLocalFile() for url in mime.urls()):
        return True
    return mime.hasImage() or any(mime.hasFormat(fmt) for fmt, _ in RAW_IMAGE_FORMATS)


def sha256_of(item: PendingEvidence, cancelled: Cancelled | None = None) -> tuple[int, str]:
    """(size, SHA-256 hex) of the item, streamed for files. Run it in a worker."""
    if item.data is not None:
        return len(item.data), hashlib.sha256(item.data).hexdigest()
    assert item.path is not None
    hasher = hashlib.sha256()
    size = 0
    with open(item.path, "rb") as stream:
        if not os.path.isfile(item.path):
            raise IsADirectoryError(f"'{item.path}' is not a regular file")
        while chunk := stream.read(_HASH_CHUNK):
            if cancelled is not None and cancelled():
                raise evidence.AttachCancelled()
            hasher.update(chunk)
            size += len(chunk)
    return size, hasher.hexdigest()


def total_size(items: Sequence[PendingEvidence]) -> int:
    """Bytes in all items, for a progress bar. Asks the file system: call it from a worker."""
    return sum(item.size for item in items)


def attach_all(conn: Connection, incident_id: str, items: Sequence[PendingEvidence],
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[AttachResult]:
    """Store every item as evidence of the incident, inside the caller's transaction.

    One call to the core's attach_many; thumbnails follow after the commit (ThumbnailMaker).
    `progress` receives the bytes stored so far over all items (see total_size).
    """
    sources = [evidence.file_source(item.path, item.source) if item.path is not None
               else evidence.bytes_source(item.data or b"", item.name, item.source) for item in items]
    return evidence.attach_many(conn, incident_id, sources, progress, cancelled)
