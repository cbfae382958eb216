"""Reading and decoding evidence for the viewer, on a worker thread, in memory only.

Evidence images may be crafted by the adversary. They are decoded only by the Qt plugin of the
format their content was sniffed as, only if the header declares a size imagemeta would accept,
and with an allocation cap, so a decompression bomb or a broken file ends in a message, never in
exhausted memory or a crash. (A JPEG cut short still shows its top part, as any viewer would.)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from app.core.records import evidence
from app.core.records.evidence import EvidenceItem
from app.core.storage.vault import Vault
from app.core.untrusted.imagemeta import DECODE_LIMIT_BYTES, MAX_PIXELS
from app.gui.blur import blurred

TEXT_LIMIT_BYTES = 2 * 1024 * 1024
TEXT_TYPES = frozenset({"text/plain", "message/rfc822", "application/json"})
# Only the formats evidence arrives in, each tied to its own decoder: a file sniffed as PNG is
# never handed to, say, the SVG or TGA plugin because its content happens to look like one.
_QT_FORMATS = {"image/jpeg": b"jpeg", "image/png": b"png", "image/gif": b"gif", "image/webp": b"webp",
               "image/bmp": b"bmp", "image/tiff": b"tiff"}
# Enough for the largest image imagemeta accepts (MAX_PIXELS at 4 bytes a pixel), no more.
_ALLOCATION_LIMIT_MB = -(-MAX_PIXELS * 4 // (1024 * 1024))
# The blurred stand-in is made from a reduced copy: blurring 64 megapixels would cost memory
# and time for detail that the blur throws away anyway.
_PREVIEW_SIDE = 1024


@dataclass
class Loaded:
    """What the worker hands back to the GUI thread. QImage only: QPixmap is GUI-thread-only."""

    kind: str  # "image", "text", "other" or "error"
    image: QImage | None = None
    preview: QImage | None = None
    text: str = ""
    reason: str = ""  # "too_large", "unsupported" or "undecodable"


def _essence(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _read_limited(vault: Vault, sha256: str, limit: int) -> bytes | None:
    """The original's bytes, or None as soon as they pass `limit` (the recorded size may lie)."""
    parts: list[bytes] = []
    total = 0
    for chunk in evidence.read_chunks(vault.connection(), sha256):
        total += len(chunk)
        if total > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def decode_image(untrusted_bytes: bytes, media_type: str) -> QImage | None:
    """Decode in memory with a declared-size check and an allocation cap; None if hostile or broken."""
    qt_format = _QT_FORMATS.get(_essence(media_type))
    if qt_format is None or QByteArray(qt_format) not in QImageReader.supportedImageFormats():
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(untrusted_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(qt_format))
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)  # EXIF orientation, as the phone showed it
    reader.setAllocationLimit(_ALLOCATION_LIMIT_MB)
    declared = reader.size()
    # Refused on the header alone, before a single pixel is allocated (a 100000x100000 bomb).
    if not declared.isValid() or declared.isEmpty() or declared.width() * declared.height() > MAX_PIXELS:
        return None
    image = reader.read()
    if image.isNull() or reader.error() != QImageReader.ImageReaderError.UnknownError:
        # Some plugins report a failed decode only through error(), with a non-null image.
        return None
    return image


def load_for_viewing(vault: Vault, item: EvidenceItem) -> Loaded:
    """Runs on a worker thread: read the original and make what the viewer shows."""
    essence = _essence(item.media_type)
    if essence in _QT_FORMATS or essence.startswith("image/"):
        if item.size > DECODE_LIMIT_BYTES:
            return Loaded("other", reason="too_large")
        if essence not in _QT_FORMATS:
            return Loaded("other", reason="unsupported")
        data = _read_limited(vault, item.sha256, DECODE_LIMIT_BYTES)
        image = decode_image(data, essence) if data is not None else None
        del data  # only the decoded pixels stay in memory
        if image is None:
            return Loaded("error", reason="undecodable")
        small = image
        if max(image.width(), image.height()) > _PREVIEW_SIDE:
            small = image.scaled(_PREVIEW_SIDE, _PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return Loaded("image", image=image, preview=blurred(small))
    if essence in TEXT_TYPES:
        if item.size > TEXT_LIMIT_BYTES:
            return Loaded("other", reason="too_large")
        data = _read_limited(vault, item.sha256, TEXT_LIMIT_BYTES)
        if data is None:
            return Loaded("other", reason="too_large")
        return Loaded("text", text=data.decode("utf-8", "replace").removeprefix("\ufeff"))
    return Loaded("other", reason="unsupported")
