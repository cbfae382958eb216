import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.untrusted.filenames import printable_original, safe_display_name

WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in "123456789"}


@pytest.mark.parametrize(
    ("untrusted", "expected"),
    [
        ("photo.jpg", "photo.jpg"),
        ("../../etc/passwd", "passwd"),
        ("C:\\evil\\x.exe", "x.exe"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("photos/", "photos"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("a\u200bb\ufeffc\u2066d\u2069.txt", "abcd.txt"),
        ("line\nbreak\r\x00\x1b[31m.txt", "linebreak[31m.txt"),
        ("e\u0301te\u0301.txt", "\u00e9t\u00e9.txt"),
        ('what?<is>:"this"|*.png', "what__is___this___.png"),
        ("full\uff0fwidth\uff3cslash\u2215.txt", "full_width_slash_.txt"),
        ("  many \t\u3000 spaces\u00a0 .txt", "many spaces .txt"),
        ("..hidden", "hidden"),
        ("name. . .", "name"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt9.tar.gz", "_Lpt9.tar.gz"),
        ("nul .txt", "_nul .txt"),
        ("COM\u00b9.log", "_COM\u00b9.log"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM0.txt", "COM0.txt"),
        ("", "unnamed"),
        ("...", "unnamed"),
        ("   ", "unnamed"),
        ("/", "unnamed"),
        ("\u202e\u200b", "unnamed"),
        ("Сообщение от «ГБ» 2024.png", "Сообщение от «ГБ» 2024.png"),
    ],
)
def test_examples(untrusted: str, expected: str) -> None:
    assert safe_display_name(untrusted) == expected


def test_undecodable_bytes_are_dropped_from_display_name() -> None:
    name = b"threat-\xff\xfe.jpg".decode("utf-8", "surrogateescape")
    assert safe_display_name(name) == "threat-.jpg"


def test_long_name_keeps_extension_within_byte_limit() -> None:
    name = "a" * 296 + ".jpg"
    result = safe_display_name(name)
    assert result == "a" * 116 + ".jpg"
    assert len(result.encode()) == 120


def test_truncation_does_not_split_multibyte_characters() -> None:
    result = safe_display_name("ж" * 150 + ".jpg")  # two bytes each
    assert result == "ж" * 58 + ".jpg"


def test_truncation_keeps_accents_with_their_letter() -> None:
    # 'q' has no precomposed accented form, so NFC keeps the combining mark separate.
    result = safe_display_name("q\u0301" * 100, max_bytes=20)
    assert result == "q\u0301" * 6


def test_truncated_stem_starting_like_a_device_is_fine() -> None:
    assert safe_display_name("CON" + "x" * 100 + ".txt", max_bytes=16) == "CONxxxxxxxxx.txt"


def test_reserved_name_exposed_by_truncation_is_defused() -> None:
    # Cutting before the accented 'q' leaves exactly 'CON' as the stem.
    result = safe_display_name("CONq" + "\u0301" * 20 + ".txt", max_bytes=16)
    assert result == "_CON.txt"


def test_long_extension_is_not_kept_at_the_cost_of_the_whole_name() -> None:
    result = safe_display_name("report." + "x" * 200)
    assert result.startswith("report.x") and len(result.encode()) == 120


def test_rejects_a_limit_too_small_for_any_name() -> None:
    with pytest.raises(ValueError):
        safe_display_name("a.jpg", max_bytes=4)


def test_printable_original_escapes_undecodable_bytes_only() -> None:
    name = b"\xd0\x9f\xff\tx/..\x80.jpg".decode("utf-8", "surrogateescape")
    assert printable_original(name) == "П\\xff\tx/..\\x80.jpg"


def test_printable_original_escapes_other_lone_surrogates() -> None:
    assert printable_original("a\ud800b") == "a\\ud800b"


def test_printable_original_keeps_valid_text_unchanged() -> None:
    name = "../\u202eevil\x00\u200b.exe"
    assert printable_original(name) == name


# Pieces that interact: separators, dots, spaces, invisible and combining characters,
# device names, undecodable bytes, multi-byte letters.
_PIECES = st.sampled_from(
    ["/", "\\", ".", "..", " ", "\t", "\u3000", "\u202e", "\u200b", "\x00", "\x1f", "\udcff",
     "\ud800", "con", "CON", "lpt1", "COM\u00b9", "nul ", "e", "\u0301", "\u0338", "<", "＜",
     "ж", "😀", "x", "jpg", ":", "_"]
)
_NAMES = st.one_of(
    st.text(st.characters(exclude_categories=())),
    st.lists(_PIECES, max_size=40).map("".join),
)


def _assert_safe(result: str, max_bytes: int) -> None:
    assert result
    assert len(result.encode("utf-8")) <= max_bytes
    assert "/" not in result and "\\" not in result
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in result)
    assert not any(ch in '<>:"|?*' for ch in result)
    assert result[0] not in ". " and result[-1] not in ". "
    assert result.split(".", 1)[0].rstrip(" ").upper() not in WINDOWS_DEVICES
    assert unicodedata.normalize("NFC", result) == result


@settings(max_examples=500)
@given(_NAMES)
def test_properties_with_default_limit(untrusted: str) -> None:
    result = safe_display_name(untrusted)
    _assert_safe(result, 120)
    assert safe_display_name(result) == result


@settings(max_examples=500)
@given(st.lists(_PIECES, min_size=1, max_size=80).map("".join), st.integers(16, 64))
def test_properties_with_small_limits(untrusted: str, max_bytes: int) -> None:
    result = safe_display_name(untrusted, max_bytes=max_bytes)
    _assert_safe(result, max_bytes)
    assert safe_display_name(result, max_bytes=max_bytes) == result


@given(st.binary())
def test_printable_original_matches_backslashreplace(raw: bytes) -> None:
    name = raw.decode("utf-8", "surrogateescape")
    result = printable_original(name)
    assert result == raw.decode("utf-8", "backslashreplace")
    result.encode("utf-8")  # valid text: would raise on a lone surrogate


@settings(max_examples=500)
@given(st.text("Aa0_-. " + "ə", min_size=1, max_size=40) | st.sampled_from(["con", "LPT1.log", "a.", "-", "_x.json"]),
       st.integers(16, 64))
def test_plain_names_take_a_shortcut_to_the_same_result(name: str, max_bytes: int) -> None:
    # "dir/" + name can never take the shortcut for plain names; its last component is the name.
    assert safe_display_name(name, max_bytes=max_bytes) == safe_display_name("dir/" + name, max_bytes=max_bytes)
