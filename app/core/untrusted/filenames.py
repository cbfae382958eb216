"""File names that came from outside: made safe to show and to use as one path component.

A name arriving with evidence is chosen by whoever made the file, often the adversary. It can
climb directories ('../'), hide its real extension behind a right-to-left override, carry
control characters that corrupt a terminal or a report, or be a Windows device name that
cannot be extracted from a zip on the lawyer's machine.
"""

import re
import unicodedata

UNNAMED = "unnamed"

# Below this, the fallback name and an extension could not fit.
_MIN_MAX_BYTES = 16
_MAX_EXTENSION_CHARS = 16

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})

# Illegal in Windows names, plus the full-width and slash-like look-alikes: Windows "best fit"
# code-page conversion turns the full-width forms back into the ASCII ones, and in a UI they
# pass for a path separator.
_ILLEGAL = '<>:"/\\|?*' + "＜＞：＂／＼｜？＊" + "\u2215\u2044\u29f8"
_REPLACE_ILLEGAL = str.maketrans(dict.fromkeys(_ILLEGAL, "_"))

_WHITESPACE_RUN = re.compile(r"\s+")

# Windows treats these as devices whatever the extension ('con.txt') and also with the
# superscript digits that some code pages fold to 1, 2 and 3.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "123456789¹²³"}
)

# Lone surrogates that Python's surrogateescape made from undecodable bytes 0x80-0xFF.
_ESCAPED_BYTES = range(0xDC80, 0xDD00)

# A name every step below would leave as it is: an import names tens of thousands of records
# like "telegram-4417-12.json", and the full path costs ~40 us a name in Python.
_PLAIN = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")


def safe_display_name(untrusted_name: str, max_bytes: int = 120) -> str:
    """A name safe to show and to use as one path component on Windows, macOS and Linux.

    Never empty, at most `max_bytes` UTF-8 bytes, and idempotent.
    """
    if max_bytes < _MIN_MAX_BYTES:
        raise ValueError(f"max_bytes must be at least {_MIN_MAX_BYTES}")
    if (len(untrusted_name) <= max_bytes and _PLAIN.fullmatch(untrusted_name) and not untrusted_name.endswith(".")
            and not _is_reserved(untrusted_name)):
        return untrusted_name
    name = _last_component(untrusted_name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    # After dropping invisible characters, so that what remains is normalised as it will stay.
    name = unicodedata.normalize("NFC", name)
    name = name.translate(_REPLACE_ILLEGAL)
    name = _WHITESPACE_RUN.sub(" ", name).strip(" .")
    name = _truncate(name, max_bytes)
    if _is_reserved(name):
        # Truncated again because the prefix may push it one byte over; the '_' stays first,
        # and no reserved name starts with it.
        name = _truncate("_" + name, max_bytes)
    return name or UNNAMED


def printable_original(untrusted_name: str) -> str:
    """The name as received, kept for the record, as text that encodes to valid UTF-8.

    Bytes that were not UTF-8 (decoded with surrogateescape) become '\\xNN' escapes of the
    original byte; any other lone surrogate becomes '\\uXXXX'. Control characters are kept.
    """
    try:
        untrusted_name.encode("utf-8")
        return untrusted_name  # no surrogate at all: already what this returns
    except UnicodeEncodeError:
        pass
    return "".join(_printable_char(ch) for ch in untrusted_name)


def _printable_char(ch: str) -> str:
    code = ord(ch)
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return ch


def _last_component(name: str) -> str:
    # Both separators, whatever the OS we run on: the name may come from a zip made on Windows.
    # A trailing separator ('photos/') names the folder, which is more useful than nothing.
    return re.split(r"[/\\]", name.rstrip("/\\"))[-1]


def _is_reserved(name: str) -> bool:
    # Windows ignores the extension and spaces before it: 'nul .txt' is the device too.
    return name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def _truncate(name: str, max_bytes: int) -> str:
    """At most max_bytes of UTF-8, cut between characters, keeping a short extension."""
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    stem, dot, extension = name.rpartition(".")
    suffix_bytes = len((dot + extension).encode("utf-8"))
    if stem and len(extension) <= _MAX_EXTENSION_CHARS and " " not in extension:
        short_stem = _cut_utf8(stem, max_bytes - suffix_bytes).rstrip(" .")
        if short_stem:
            return short_stem + dot + extension
    return _cut_utf8(name, max_bytes).rstrip(" .")


def _cut_utf8(text: str, max_bytes: int) -> str:
    if max_bytes <= 0:
        return ""
    # Cutting the bytes may split the last character; 'ignore' drops its incomplete tail, and
    # nothing else, because the text was valid to begin with.
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    # Do not leave a letter without the accents that follow it: cut before the letter instead.
    end = len(cut)
    while 0 < end < len(text) and _is_mark(text[end]):
        end -= 1
    return cut[:end] if 0 < end < len(cut) else cut


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")
