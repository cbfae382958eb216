"""What kind of file an evidence item is, judged from its content alone.

The extension and the name are chosen by whoever sent the file, often the adversary, so they
say nothing. Only the first bytes are examined: the caller reads at most SNIFF_BYTES of the file,
and the answer never depends on anything beyond them.
"""

import codecs
import re

SNIFF_BYTES = 4096

OCTET_STREAM = "application/octet-stream"
EMPTY = "application/x-empty"

# Checked in order; the first whose magic is at offset 0 wins.
_MAGIC_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"II+\x00", "image/tiff"),  # BigTIFF
    (b"MM\x00+", "image/tiff"),
    (b"%PDF-", "application/pdf"),
    (b"OggS\x00", "audio/ogg"),  # voice messages (Opus) from WhatsApp and Telegram
    (b"PK\x03\x04", "application/zip"),
    (b"PK\x05\x06", "application/zip"),  # an empty archive is only an end-of-directory record
    (b"\x1f\x8b\x08", "application/gzip"),  # deflate is the only method gzip defines
)

_RIFF_FORMS = {b"WEBP": "image/webp", b"WAVE": "audio/wav"}

# ISO base media file format (MP4 family): the major brand says what the file is; when it is
# unknown, the compatible brands are consulted in order.
_FTYP_BRANDS = {
    **dict.fromkeys((b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"), "image/heic"),
    **dict.fromkeys((b"avif", b"avis"), "image/avif"),
    b"qt  ": "video/quicktime",
    **dict.fromkeys((b"M4A ", b"M4B ", b"M4P "), "audio/mp4"),
    **dict.fromkeys(
        (b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"mp71", b"avc1",
         b"dash", b"M4V ", b"M4VH", b"M4VP", b"MSNV", b"NDAS", b"f4v ", b"mmp4",
         b"3gp4", b"3gp5", b"3gp6", b"3g2a"),
        "video/mp4",
    ),
}
# Generic HEIF brands: an AVIF says so among its compatible brands, anything else is HEIC.
_HEIF_GENERIC = (b"mif1", b"msf1")

_EBML_MAGIC = b"\x1a\x45\xdf\xa3"
_EBML_DOCTYPE_ID = b"\x42\x82"

_UTF8_BOM = "\ufeff"
_HTML_START = re.compile(r"<(!doctype\s+html|html)[\s>]", re.IGNORECASE)
# RFC 5322 field name: printable ASCII except the colon, then a colon.
_HEADER_LINE = re.compile(r"^[!-9;-~]+:")
# Names that appear at the top of saved e-mails and hardly ever at the top of a note.
_MAIL_HEADERS = frozenset(
    {
        "received", "return-path", "delivered-to", "message-id", "from", "to", "cc", "subject",
        "date", "reply-to", "sender", "mime-version", "content-type", "dkim-signature",
        "arc-seal", "authentication-results", "x-received", "x-mozilla-status",
    }
)
_MAX_HEADER_LINES_CHECKED = 8

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/tiff": ".tiff",
    "image/heic": ".heic",
    "image/avif": ".avif",
    "application/pdf": ".pdf",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "audio/ogg": ".ogg",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/mp4": ".m4a",
    "application/zip": ".zip",
    "application/gzip": ".gz",
    "application/json": ".json",
    "text/html": ".html",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
}


def sniff_media_type(untrusted_head: bytes) -> str:
    """The MIME type of a file whose first bytes are `untrusted_head`.

    Only the first SNIFF_BYTES are looked at, so the answer is the same whether the caller
    passes the head or the whole file.
    """
    head = untrusted_head[:SNIFF_BYTES]
    if not head:
        return EMPTY
    return _sniff_binary(head) or _sniff_text(head) or OCTET_STREAM


def is_image(media_type: str) -> bool:
    return _essence(media_type).startswith("image/")


def extension_for(media_type: str) -> str:
    """A conventional extension with its dot, or '' when the type has none worth showing."""
    return _EXTENSIONS.get(_essence(media_type), "")


def _essence(media_type: str) -> str:
    # Callers may hand us 'Image/PNG' or 'text/plain; charset=utf-8'.
    return media_type.split(";", 1)[0].strip().lower()


def _sniff_binary(head: bytes) -> str | None:
    for magic, media_type in _MAGIC_PREFIXES:
        if head.startswith(magic):
            return media_type
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_FORMS:
        return _RIFF_FORMS[head[8:12]]
    if head[4:8] == b"ftyp":
        return _sniff_ftyp(head)
    if head.startswith(_EBML_MAGIC):
        return "video/webm" if _ebml_doctype(head) == b"webm" else "video/x-matroska"
    if _is_bmp(head):
        return "image/bmp"
    if _is_id3(head) or _is_mpeg_audio_frame(head):
        return "audio/mpeg"
    return None


def _sniff_ftyp(head: bytes) -> str | None:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    # Compatible brands follow the minor version, up to the end of the box (or of the head).
    compatible = head[16 : min(max(box_size, 16), len(head))]
    brands = [compatible[i : i + 4] for i in range(0, len(compatible) - 3, 4)]
    if major in _HEIF_GENERIC:
        return "image/avif" if b"avif" in brands else "image/heic"
    for brand in (major, *brands):
        if brand in _FTYP_BRANDS:
            return _FTYP_BRANDS[brand]
    return None


def _ebml_doctype(head: bytes) -> bytes | None:
    """The DocType string of an EBML header, or None if it is not within the head."""
    at = head.find(_EBML_DOCTYPE_ID, len(_EBML_MAGIC))
    if at < 0 or at + 2 >= len(head):
        return None
    size_byte = head[at + 2]
    if size_byte == 0:
        return None
    # EBML sizes are variable-length integers; the count of leading zero bits gives the length.
    length = 8 - size_byte.bit_length() + 1
    size = int.from_bytes(head[at + 2 : at + 2 + length], "big") & ((1 << (7 * length)) - 1)
    start = at + 2 + length
    return head[start : start + size]


def _is_bmp(head: bytes) -> bool:
    # "BM" alone would also match text starting with those letters: require a known DIB header size.
    return (
        head.startswith(b"BM")
        and len(head) >= 18
        and int.from_bytes(head[14:18], "little") in (12, 16, 40, 52, 56, 64, 108, 124)
    )


def _is_id3(head: bytes) -> bool:
    # The major version byte keeps a text file that starts with "ID3" from matching.
    return head.startswith(b"ID3") and len(head) >= 5 and head[3] in (2, 3, 4) and head[4] != 0xFF


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2 audio frame header (an MP3 without ID3 tag) at offset 0."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0b11
    # The reserved values are what keeps random binary starting with 0xFF from matching.
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and sample_rate != 0b11


def _sniff_text(head: bytes) -> str | None:
    text = _decode_utf8_head(head)
    if text is None or "\x00" in text:
        return None
    text = text.removeprefix(_UTF8_BOM)
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return "application/json"
    if _HTML_START.match(stripped):
        return "text/html"
    if _looks_like_mail(text):
        return "message/rfc822"
    return "text/plain"


def _decode_utf8_head(head: bytes) -> str | None:
    # The head may end in the middle of a multi-byte character; a non-final incremental
    # decode keeps those bytes pending instead of calling them invalid.
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return None


def _looks_like_mail(text: str) -> bool:
    """True if the text opens with an RFC 5322 header block that names mail headers.

    One 'Subject: ...' line is a note; a mail has several fields, at least one of them a
    header that mail software writes.
    """
    # The last line may be cut off by the end of the head, so only complete lines count.
    lines = text.split("\n")[:-1][:_MAX_HEADER_LINES_CHECKED]
    names = []
    for line in lines:
        line = line.rstrip("\r")
        if not line:
            break
        if line[0] in " \t" and names:
            continue  # a folded continuation of the previous field
        if not _HEADER_LINE.match(line):
            return False
        names.append(line.split(":", 1)[0].lower())
    return len(names) >= 2 and any(name in _MAIL_HEADERS for name in names)
