"""ASCII file names for evidence inside a bundle (docs/bundle-format.md, "Evidence paths").

A lawyer checks the bundle with Windows `cmd` and `certutil`, or `shasum -c`: none of them copes
reliably with non-ASCII names (code pages, Unicode normalisation on macOS), and a `%`, CR or LF
in a manifest line would need RFC 8493 percent-encoding that `sha256sum -c` does not read. So
the name in the bag is a plain transliteration; the original name stays in incidents.json.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 80
FALLBACK = "file"
_MAX_EXTENSION_CHARS = 16
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_UNDERSCORES = re.compile(r"_+")

# Letters that stripping accents cannot turn into ASCII: Azerbaijani Latin, then the Azerbaijani
# and Russian Cyrillic alphabets as textfold.py reads them (Azerbaijani values where they differ),
# then a few other European letters file names carry.
_LETTERS = {
    "ə": "e", "ı": "i", "ä": "e",
    "а": "a", "б": "b", "ҹ": "c", "ч": "c", "д": "d", "е": "e", "ә": "e", "ф": "f", "ҝ": "g", "ғ": "g",
    "һ": "h", "х": "x", "ы": "i", "и": "i", "ж": "j", "к": "k", "г": "q", "л": "l", "м": "m", "н": "n",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "ш": "s", "т": "t", "у": "u", "ү": "u", "в": "v",
    "ј": "y", "й": "y", "з": "z", "ё": "yo", "ц": "ts", "щ": "sc", "ъ": "", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th",
}


def _transliterate_char(ch: str) -> str:
    lower = ch.lower()
    if lower in _LETTERS:
        latin = _LETTERS[lower]
        # Keep the case people gave the name: "Şəkil" becomes "Sekil", not "sekil".
        return latin.capitalize() if ch != lower else latin
    # NFD, not NFKD: compatibility forms like "…" must not turn into "..." inside a name.
    return "".join(part for part in unicodedata.normalize("NFD", ch) if not unicodedata.combining(part))


def ascii_name(display_name: str) -> str:
    """The ASCII name of an evidence file in the bag: `[A-Za-z0-9._-]`, at most 80 characters."""
    latin = "".join(_transliterate_char(ch) for ch in display_name)
    name = _UNDERSCORES.sub("_", _UNSAFE.sub("_", latin))
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > _MAX_EXTENSION_CHARS or not extension.strip("_"):
        stem, extension = name, ""
    # Underscores and dots at the ends say nothing, and Windows drops a trailing dot on extraction
    # (the file would then no longer match its manifest line).
    stem = stem.strip("._") or FALLBACK
    suffix = "." + extension.strip("_") if extension else ""
    return stem[: MAX_NAME_CHARS - len(suffix)].rstrip("._") + suffix


def evidence_path(incident_id: str, position: int, count: int, display_name: str) -> str:
    """`data/evidence/<incident-id>/<nn>-<name>`, nn 1-based and zero-padded to 2 digits (3 above 99)."""
    width = max(2, len(str(count)))
    return f"data/evidence/{incident_id}/{position:0{width}d}-{ascii_name(display_name)}"
