"""The reply a decoder worker sends back (isolation.py): written by the worker, checked by the app.

The worker may have been taken over by a crafted file, so its reply is untrusted: never a pickle,
only a length-prefixed JSON header with bounded, type-checked fields, then the thumbnail as raw
RGB pixels of bounded size, which the app encodes as JPEG itself (~1 ms an image), so nothing the
worker wrote is ever handed to a decoder again (the GUI decodes thumbnails).
"""

from __future__ import annotations

import io
import json
import math
import re
import struct
import unicodedata
from typing import Any

from app.core.untrusted.imagemeta import MAX_PIXELS, THUMBNAIL_MAX_SIDE, ImageInfo

_THUMBNAIL_QUALITY = 80
_MAX_HEADER_BYTES = 4096
MAX_REPLY_BYTES = 4 + _MAX_HEADER_BYTES + THUMBNAIL_MAX_SIDE * THUMBNAIL_MAX_SIDE * 3
_MAX_TEXT_CHARS = 100
_TAKEN_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?")
_REPLY_KEYS = {"image", "width", "height", "taken_at", "camera", "gps", "thumbnail"}


def encode_reply(info: ImageInfo | None) -> bytes:
    if info is None:
        header: dict[str, Any] = dict.fromkeys(_REPLY_KEYS)
        header["image"] = False
        pixels = b""
    else:
        size, pixels = _thumbnail_pixels(info.thumbnail)
        header = {"image": True, "width": info.width, "height": info.height, "taken_at": info.taken_at,
                  "camera": info.camera, "gps": list(info.gps) if info.gps else None,
                  "thumbnail": list(size) if size else None}
    body = json.dumps(header, ensure_ascii=True).encode("ascii")
    return struct.pack(">I", len(body)) + body + pixels


def _thumbnail_pixels(raw: bytes | None) -> tuple[tuple[int, int] | None, bytes]:
    # imagemeta with encode_thumbnail=False: width and height (2 bytes each), then RGB pixels.
    if not raw or len(raw) < 4:
        return None, b""
    return (int.from_bytes(raw[:2], "big"), int.from_bytes(raw[2:4], "big")), raw[4:]


class BadReply(Exception):
    """A reply out of protocol: the worker is replaced and the image stored without facts."""


def _text(value: object, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise BadReply("text field")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in value):
        raise BadReply("control character")
    return value


def _dimension(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_PIXELS:
        raise BadReply("dimension")
    return value


def decode_reply(untrusted_reply: bytes) -> ImageInfo | None:
    if len(untrusted_reply) < 4:
        raise BadReply("short")
    (length,) = struct.unpack(">I", untrusted_reply[:4])
    if length > _MAX_HEADER_BYTES or 4 + length > len(untrusted_reply):
        raise BadReply("header length")
    try:
        header = json.loads(untrusted_reply[4:4 + length].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadReply("header JSON") from None
    if not isinstance(header, dict) or set(header) != _REPLY_KEYS:
        raise BadReply("header keys")
    pixels = untrusted_reply[4 + length:]
    if header["image"] is False:
        if pixels or any(header[k] is not None for k in _REPLY_KEYS - {"image"}):
            raise BadReply("empty reply with content")
        return None
    if header["image"] is not True:
        raise BadReply("image flag")
    width, height = _dimension(header["width"]), _dimension(header["height"])
    if width * height > MAX_PIXELS:
        raise BadReply("pixels")
    taken_at = _text(header["taken_at"], 40)
    if taken_at is not None and not _TAKEN_AT.fullmatch(taken_at):
        raise BadReply("taken_at")
    return ImageInfo(width, height, taken_at, _text(header["camera"], _MAX_TEXT_CHARS), _gps(header["gps"]),
                     _thumbnail_jpeg(header["thumbnail"], pixels))


def _gps(value: object) -> tuple[float, float] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
        raise BadReply("gps")
    latitude, longitude = float(value[0]), float(value[1])
    if abs(latitude) > 90 or abs(longitude) > 180:
        raise BadReply("gps range")
    return latitude, longitude


def _thumbnail_jpeg(size: object, pixels: bytes) -> bytes | None:
    if size is None:
        if pixels:
            raise BadReply("pixels without size")
        return None
    if not isinstance(size, list) or len(size) != 2 or not all(
            isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= THUMBNAIL_MAX_SIDE for v in size):
        raise BadReply("thumbnail size")
    if len(pixels) != size[0] * size[1] * 3:
        raise BadReply("thumbnail pixels")
    # Encoding only: no decoder in this process ever sees bytes from outside.
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (size[0], size[1]), pixels).save(out, format="JPEG", quality=_THUMBNAIL_QUALITY)
    return out.getvalue()
