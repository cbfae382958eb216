"""Folding for full-text search: the same function runs on the indexed text and on the query.

Threats arrive in Azerbaijani Latin with or without diacritics, in Azerbaijani Cyrillic, in
Russian, Turkish and English, often mixed and sometimes salted with invisible characters to
dodge filters. Folding all of them to one lowercase Latin skeleton lets "təhdid", "TEHDİD" and
"тәһдид" meet. Because both sides are folded identically, a mapping only has to be consistent,
not linguistically perfect.
"""

import unicodedata

# Stored folded text is only comparable with queries folded by the same rules and the same
# Unicode tables; a search index should be rebuilt when this value changes.
FOLD_VERSION = f"1/unicode-{unicodedata.unidata_version}"

# Each term costs one index lookup; a pasted wall of text must not turn into thousands of them.
MAX_QUERY_TERMS = 32

# Letters that stripping combining marks cannot reach: "ı" and "ə" have no decomposition.
# (Dotted "İ" needs no entry: Python lowercases it to "i" + U+0307, and that dot is a mark.)
# "ä" stood for "ə" in the 1991-92 Azerbaijani Latin alphabet and is still typed for it.
_LATIN = {"ı": "i", "ə": "e", "ä": "e"}

# The Azerbaijani Cyrillic alphabet, then the letters only Russian uses. Where the two readings
# differ ("г" is "q" in Azerbaijani, "g" in Russian) we take the Azerbaijani one: the first users
# are Azerbaijani, and a Russian word still meets itself because query and index fold alike.
# "й" and "ё" are listed here because stripping their marks would turn them into "и" and "е".
_CYRILLIC = {
    "а": "a", "б": "b", "ҹ": "c", "ч": "c", "д": "d", "е": "e", "ә": "e", "ф": "f",
    "ҝ": "g", "ғ": "g", "һ": "h", "х": "x", "ы": "i", "и": "i", "ж": "j", "к": "k",
    "г": "q", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "ш": "s", "т": "t", "у": "u", "ү": "u", "в": "v", "ј": "y", "й": "y",
    "з": "z",
    "ё": "yo", "ц": "ts", "щ": "sc", "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

# Tatweel only stretches an Arabic-script word for layout, so "تـهـدید" must still meet "تهدید".
_ARABIC = {"\u0640": ""}

_REPLACEMENTS = {**_LATIN, **_CYRILLIC, **_ARABIC}

# Marks carry diacritics and harakat; format characters (zero-width joiners, bidi overrides,
# soft hyphens) are invisible and used to split words; lone surrogates cannot be stored as
# UTF-8. All of them vanish without splitting the word they sit in.
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf", "Cs"})


def fold(text: str) -> str:
    """Return `text` as lowercase, diacritic-free words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text)
    # casefold() also folds "ß" and final sigma, but turns Cherokee into capitals; lower() undoes that.
    text = text.casefold().lower()
    folded = text.translate(_FOLD_TABLE)
    # Dropping a mark can leave Hangul jamo or similar pieces side by side that NFC composes;
    # composing here keeps fold(fold(x)) == fold(x).
    return " ".join(unicodedata.normalize("NFC", folded).split())


def fold_query_terms(untrusted_query: str) -> list[str]:
    """Return the distinct folded terms of a search query, in order, at most MAX_QUERY_TERMS."""
    terms = list(dict.fromkeys(fold(untrusted_query).split()))
    return terms[:MAX_QUERY_TERMS]


class _FoldTable(dict[int, str]):
    """Code point -> folded text for str.translate, computed on first use.

    Real text reuses a few hundred characters, so translate() then runs at C speed (several
    times faster than a Python loop over characters); the size cap bounds memory on hostile input.
    """

    _LIMIT = 65536

    def __missing__(self, codepoint: int) -> str:
        if len(self) >= self._LIMIT:
            self.clear()
        folded = self[codepoint] = _fold_char(chr(codepoint))
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_char(ch: str) -> str:
    if ch in _REPLACEMENTS:
        return _REPLACEMENTS[ch]
    category = unicodedata.category(ch)
    if category in _DROPPED_CATEGORIES:
        return ""
    if not _is_word_category(category):
        return " "
    base = "".join(
        part for part in unicodedata.normalize("NFD", ch) if unicodedata.category(part) not in _DROPPED_CATEGORIES
    )
    # A decomposed letter may reveal a Cyrillic base ("ӧ" -> "о") that still needs transliterating.
    return "".join(_REPLACEMENTS.get(part, part) for part in base)


def _is_word_category(category: str) -> bool:
    # Letters and digits make words, and so do spacing vowel signs (Mc), without which Indic
    # words fall apart; punctuation, symbols, emoji, spaces and controls separate words.
    return category[0] in "LN" or category == "Mc"
