"""Metadata and a preview thumbnail of an evidence image, computed in memory only.

Evidence images may be crafted by the adversary: decompression bombs, truncated files,
polyglots, malformed EXIF. Nothing here writes to disk, the original bytes are only read, and
a hostile file yields None (or None for one field), never an exception.
"""

import io
import math
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import Image

THUMBNAIL_MAX_SIDE = 320
DECODE_LIMIT_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 64_000_000

_THUMBNAIL_QUALITY = 80
_MAX_TEXT_CHARS = 100

# Only formats people actually send as evidence. Pillow would otherwise try every plugin it
# has, including EPS, which hands the file to Ghostscript, and rarely-used parsers that are a
# larger attack surface than they are worth.
_ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "AVIF")

_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_IFD_EXIF = 0x8769
_IFD_GPS = 0x8825
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME = 0x9010
_TAG_OFFSET_TIME_ORIGINAL = 0x9011
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4

_EXIF_DATETIME = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"[+-](\d{2}):(\d{2})")

_ORIENTATION_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# Pillow resizes these with nearest-neighbour only, which makes a poor preview.
_PALETTE_MODES = frozenset({"P", "PA", "1"})
_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    taken_at: str | None
    camera: str | None
    gps: tuple[float, float] | None
    thumbnail: bytes | None


def inspect_image(untrusted_bytes: bytes, *, encode_thumbnail: bool = True) -> ImageInfo | None:
    """Dimensions, EXIF facts and a JPEG thumbnail, or None if this is not an image we decode.

    width and height are the stored pixel dimensions, before EXIF orientation; the thumbnail
    has the orientation applied. Images over MAX_PIXELS or DECODE_LIMIT_BYTES give None.
    With encode_thumbnail=False (for the isolated decoder, whose parent encodes it), the thumbnail
    is raw RGB pixels after its width and height as two big-endian 16-bit numbers.
    """
    if not untrusted_bytes or len(untrusted_bytes) > DECODE_LIMIT_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            # Pillow's warnings about a hostile file ("corrupt EXIF"...) tell the user nothing.
            warnings.simplefilter("ignore")
            # Pillow only warns between its two bomb limits; here that is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _inspect(untrusted_bytes, encode_thumbnail)
    except Exception:
        # The broad catch is deliberate: a crafted file can make Pillow and the C decoders
        # under it fail in ways no list of exception types covers (struct.error, SyntaxError,
        # MemoryError, ...), and a hostile file must never crash the evidence import.
        return None


def _inspect(data: bytes, encode_thumbnail: bool = True) -> ImageInfo | None:
    formats = tuple(name for name in _ALLOWED_FORMATS if name in _registered_formats())
    with Image.open(io.BytesIO(data), formats=formats) as image:
        # Image.open has only parsed the header: refuse on the declared size before any pixel
        # is decoded, so that a 100000x100000 bomb costs nothing.
        width, height = image.size
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            return None
        exif = _or_none(image.getexif)
        return ImageInfo(
            width=width,
            height=height,
            taken_at=_or_none(_taken_at, exif),
            camera=_or_none(_camera, exif),
            gps=_or_none(_gps, exif),
            thumbnail=_or_none(_thumbnail, image, _or_none(_orientation, exif) or 1, encode_thumbnail),
        )


def _registered_formats() -> dict[str, Any]:
    # Image.open raises KeyError for a format this Pillow build lacks (AVIF is optional).
    Image.init()
    return Image.OPEN


def _or_none(extract: Callable[..., Any], *args: Any) -> Any:
    # One bad field (malformed EXIF, a pixel stream that ends early) must not cost the others.
    if any(arg is None for arg in args):
        return None
    try:
        return extract(*args)
    except Exception:
        return None


def _taken_at(exif: Image.Exif) -> str | None:
    sub_ifd = exif.get_ifd(_IFD_EXIF)
    original = _exif_datetime(sub_ifd.get(_TAG_DATETIME_ORIGINAL))
    if original:
        return original + _exif_offset(sub_ifd.get(_TAG_OFFSET_TIME_ORIGINAL))
    modified = _exif_datetime(exif.get(_TAG_DATETIME))
    if modified:
        return modified + _exif_offset(sub_ifd.get(_TAG_OFFSET_TIME))
    return None


def _exif_datetime(value: object) -> str | None:
    """'YYYY:MM:DD HH:MM:SS' as ISO 8601, with no time zone invented; None if not a real date."""
    match = _EXIF_DATETIME.match(_exif_text(value))
    if not match:
        return None
    try:
        # Rejects the '0000:00:00 00:00:00' that cameras write when their clock is unset.
        moment = datetime(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return moment.isoformat()


def _exif_offset(value: object) -> str:
    text = _exif_text(value)
    match = _EXIF_OFFSET.fullmatch(text)
    if not match or int(match[1]) > 14 or int(match[2]) > 59:
        return ""
    return text


def _camera(exif: Image.Exif) -> str | None:
    make = _clean_text(exif.get(_TAG_MAKE))
    model = _clean_text(exif.get(_TAG_MODEL))
    # Many makers repeat their name in the model ('Canon' / 'Canon EOS R5').
    if make and model.casefold().startswith(make.casefold()):
        make = ""
    return f"{make} {model}".strip()[:_MAX_TEXT_CHARS] or None


def _clean_text(value: object) -> str:
    # EXIF text is written by whoever made the file: no control or bidi characters reach the UI.
    text = "".join(
        ch for ch in _exif_text(value) if unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    )
    return " ".join(text.split())


def _exif_text(value: object) -> str:
    if isinstance(value, str):
        # Pillow reads EXIF text as Latin-1, but phones often write UTF-8 there.
        try:
            value = value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    elif isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.strip("\x00 ") if isinstance(value, str) else ""


def _gps(exif: Image.Exif) -> tuple[float, float] | None:
    gps = exif.get_ifd(_IFD_GPS)
    latitude = _coordinate(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "N", "S", 90)
    longitude = _coordinate(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "E", "W", 180)
    if latitude is None or longitude is None:
        return None
    return latitude, longitude


def _coordinate(
    value: object, ref: object, positive: str, negative: str, limit: float
) -> float | None:
    """Degrees, minutes, seconds and a hemisphere letter as signed decimal degrees."""
    hemisphere = _exif_text(ref).upper()
    if hemisphere not in (positive, negative) or not isinstance(value, tuple) or len(value) != 3:
        return None
    degrees, minutes, seconds = (float(part) for part in value)
    # A zero denominator in an EXIF rational gives NaN.
    if not all(math.isfinite(part) and part >= 0 for part in (degrees, minutes, seconds)):
        return None
    if minutes >= 60 or seconds >= 60:
        return None
    decimal = degrees + minutes / 60 + seconds / 3600
    if decimal > limit:
        return None
    return -decimal if hemisphere == negative else decimal


def _orientation(exif: Image.Exif) -> int:
    value = exif.get(_TAG_ORIENTATION, 1)
    return value if value in _ORIENTATION_TRANSPOSE else 1


def _thumbnail(image: Image.Image, orientation: int, encode: bool = True) -> bytes:
    box = (THUMBNAIL_MAX_SIDE, THUMBNAIL_MAX_SIDE)
    # Animated images stay on the frame Image.open selected: the first.
    if image.mode in _PALETTE_MODES:
        # A coarse nearest-neighbour step first, so the conversion to RGBA stays small.
        image.thumbnail((4 * THUMBNAIL_MAX_SIDE, 4 * THUMBNAIL_MAX_SIDE))
        image = image.convert("RGBA")
    # Decodes the pixels; for JPEG at a reduced scale, which saves memory and time.
    image.thumbnail(box)
    rgb = _to_rgb(image)
    if orientation in _ORIENTATION_TRANSPOSE:
        rgb = rgb.transpose(_ORIENTATION_TRANSPOSE[orientation])
    if not encode:
        return rgb.size[0].to_bytes(2, "big") + rgb.size[1].to_bytes(2, "big") + rgb.tobytes()
    # A fresh image carries nothing of the original's info (EXIF, XMP, ICC, JPEG comment),
    # which Pillow would otherwise copy into what it saves.
    clean = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=_THUMBNAIL_QUALITY)
    return out.getvalue()


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode.startswith("I") or image.mode == "F":
        image = _to_8bit_gray(image)
    if image.mode in _ALPHA_MODES or "transparency" in image.info:
        rgba = image.convert("RGBA")
        # Flattened on white: transparent screenshots and stickers are drawn on light UIs.
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _to_8bit_gray(image: Image.Image) -> Image.Image:
    # Pillow's own conversion clips 16-bit values at 255, which would turn the image white.
    if image.mode.startswith("I;16"):
        low, high = 0.0, 65535.0
    else:
        low, high = image.getextrema()  # 32-bit or float samples have no fixed range
    scale = 255 / (high - low) if high > low else 0.0
    return image.convert("F").point(lambda v: (v - low) * scale).convert("L")
