import gzip
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from app.core.untrusted.mediatype import SNIFF_BYTES, extension_for, is_image, sniff_media_type


def _pillow_bytes(fmt: str, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (8, 8), "red").save(out, format=fmt)
    return out.getvalue()


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = b"ftyp" + major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (len(body) + 4).to_bytes(4, "big") + body + b"\x00\x00\x00\x08free"


def _ebml(doctype: bytes, size_field: bytes | None = None) -> bytes:
    size = size_field or bytes([0x80 | len(doctype)])
    body = b"\x42\x86\x81\x01" + b"\x42\x82" + size + doctype
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(body)]) + body + b"\x18\x53\x80\x67"


MAIL = (
    b"Return-Path: <troll@example.net>\r\n"
    b"Received: from mx.example.net by mail.example.org;\r\n"
    b"\tMon, 7 Oct 2024 10:00:00 +0000\r\n"
    b"From: Security Officer <troll@example.net>\r\n"
    b"Subject: =?utf-8?b?0J/RgNC10LTRg9C/0YDQtdC20LTQtdC90LjQtQ==?=\r\n"
    b"\r\n"
    b"We know where your parents live.\r\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (_pillow_bytes("JPEG"), "image/jpeg"),
        (_pillow_bytes("PNG"), "image/png"),
        (_pillow_bytes("GIF"), "image/gif"),
        (_pillow_bytes("WEBP"), "image/webp"),
        (_pillow_bytes("BMP"), "image/bmp"),
        (_pillow_bytes("TIFF"), "image/tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "image/tiff"),
        (_ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
        (_ftyp(b"heix", b"mif1"), "image/heic"),
        (_ftyp(b"mif1", b"mif1", b"heic"), "image/heic"),
        (_ftyp(b"mif1", b"mif1", b"avif"), "image/avif"),
        (_ftyp(b"avif", b"mif1", b"miaf"), "image/avif"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf"),
        (_ftyp(b"isom", b"isom", b"iso2", b"mp41"), "video/mp4"),
        (_ftyp(b"mp42", b"mp42", b"isom"), "video/mp4"),
        (_ftyp(b"avc1"), "video/mp4"),
        (_ftyp(b"XXXX", b"XXXX", b"mp42"), "video/mp4"),
        (_ftyp(b"qt  ", b"qt  "), "video/quicktime"),
        (_ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4"),
        (_ebml(b"webm"), "video/webm"),
        (_ebml(b"webm", size_field=b"\x40\x04"), "video/webm"),
        (_ebml(b"matroska"), "video/x-matroska"),
        (b"OggS\x00\x02" + b"\x00" * 20 + b"OpusHead", "audio/ogg"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
        (b"\xff\xfb\x90\x64" + b"\x00" * 100, "audio/mpeg"),
        (b"\xff\xf3\x48\xc4" + b"\x00" * 100, "audio/mpeg"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (_zip_bytes({"chat.txt": b"hello"}), "application/zip"),
        (_zip_bytes({}), "application/zip"),
        (gzip.compress(b"log"), "application/gzip"),
        (b'{"messages": []}', "application/json"),
        (b"\xef\xbb\xbf \n\t[1, 2]", "application/json"),
        (b"  <!DOCTYPE HTML>\n<html><body>x</body></html>", "text/html"),
        (b"<html lang='az'>", "text/html"),
        (MAIL, "message/rfc822"),
        (b"Delivered-To: me@example.org\nX-Mailer: x\n\nbody", "message/rfc822"),
        ("Сообщение: угроза\nПолучено вчера".encode(), "text/plain"),
        (b"Subject: notes from the call\n\nThey phoned my mother.", "text/plain"),
        (b"Todo: call lawyer\nNote: backup\n\n", "text/plain"),
        (b"BMW is a car that they said I drive to work\n", "text/plain"),
        (b"ID3 tags explained\n", "text/plain"),
        (b"<htmlfoo>", "text/plain"),
        (b"", "application/x-empty"),
        (b"\x00\x01\x02\x03", "application/octet-stream"),
        (b"hello\x00world", "application/octet-stream"),
        (b"caf\xe9 au lait", "application/octet-stream"),
        (b"\xff\xff\xff\xff" + b"\x00" * 10, "application/octet-stream"),
        (b"RIFF\x24\x00\x00\x00AVI LIST", "application/octet-stream"),
        (b"\x00\x00\x00\x14ftypcrx \x00\x00\x00\x00", "application/octet-stream"),
    ],
)
def test_sniffs_type_from_content(head: bytes, expected: str) -> None:
    assert sniff_media_type(head) == expected


def test_utf8_character_cut_by_end_of_head_is_still_text() -> None:
    text = ("ж" * SNIFF_BYTES).encode()
    head = text[: SNIFF_BYTES - 1]  # ends on the first byte of a two-byte character
    assert head[-1:] == "ж".encode()[:1]
    assert sniff_media_type(head) == "text/plain"


def test_invalid_utf8_before_the_end_is_binary() -> None:
    assert sniff_media_type(b"abc\xd0def") == "application/octet-stream"


def test_bytes_beyond_sniff_window_are_ignored() -> None:
    assert sniff_media_type(b"a" * SNIFF_BYTES + b"\x00\xff") == "text/plain"


def test_webm_doctype_beyond_head_is_matroska() -> None:
    # The DocType size claims more bytes than the head holds: not provably webm.
    head = b"\x1a\x45\xdf\xa3\x9f\x42\x82\x88web"
    assert sniff_media_type(head) == "video/x-matroska"


def test_polyglot_is_judged_by_its_first_bytes() -> None:
    polyglot = _pillow_bytes("JPEG") + _zip_bytes({"payload.exe": b"MZ"})
    assert sniff_media_type(polyglot) == "image/jpeg"


def test_mail_cut_mid_header_by_end_of_head() -> None:
    head = MAIL[: MAIL.index(b"Subject") + 4]
    assert sniff_media_type(head) == "message/rfc822"


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [("image/png", True), ("IMAGE/JPEG", True), ("image/heic", True), ("video/mp4", False),
     ("application/pdf", False), ("", False), ("imagex/png", False)],
)
def test_is_image(media_type: str, expected: bool) -> None:
    assert is_image(media_type) is expected


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [("image/jpeg", ".jpg"), ("image/png", ".png"), ("video/mp4", ".mp4"),
     ("text/plain", ".txt"), ("message/rfc822", ".eml"), ("audio/ogg", ".ogg"),
     ("video/quicktime", ".mov"), ("Image/PNG; charset=binary", ".png"),
     ("application/octet-stream", ""), ("application/x-empty", ""), ("nonsense", "")],
)
def test_extension_for(media_type: str, expected: str) -> None:
    assert extension_for(media_type) == expected


@settings(max_examples=300)
@given(st.binary(max_size=SNIFF_BYTES + 64))
def test_any_bytes_give_a_type_with_a_known_extension_or_none(head: bytes) -> None:
    media_type = sniff_media_type(head)
    assert extension_for(media_type).startswith(".") or media_type in (
        "application/octet-stream",
        "application/x-empty",
    )


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00")))
def test_utf8_text_without_nul_is_never_binary(text: str) -> None:
    assert sniff_media_type(text.encode()) not in ("application/octet-stream",)
