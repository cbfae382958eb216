"""The comparable form of a message: what is left once its disguises are taken off.

Coordinated accounts post one text many times and vary it just enough to slip past platform
filters and duplicate checks: Cyrillic or Greek letters that look Latin ("хаin" with Cyrillic х
and а), fullwidth or mathematical letters, digits or symbols for letters ("x4in", "x@in"),
invisible characters. textfold.fold already removes case, diacritics, the dotted/dotless i,
punctuation, emoji and invisible characters, and maps Azerbaijani Cyrillic to the Latin skeleton.
It cannot undo a look-alike, because it transliterates Cyrillic by *sound*: a Cyrillic "р" hidden
in a Latin word is meant as "p", and fold reads it "r". So look-alikes are resolved first, word by
word, and only in words that mix scripts: a word written wholly in Cyrillic is real Cyrillic.
"""

from __future__ import annotations

import re
import unicodedata

from app.core.records.textfold import fold

# Letters that pass for Latin ones in common fonts (after Unicode's confusables list, keeping only
# the convincing pairs). Upper case is listed separately because Greek "Η" passes for "H" while its
# lower case "η" passes for "n": mapping after case folding would pick the wrong one.
_TO_LATIN = str.maketrans({
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "к": "k",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Һ": "H", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
    "γ": "y", "η": "n", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # No look-alikes themselves, but folding lowercases them into ones ("Ω" to "ω"): mapped alike,
    # so that a comparable form compared again stays the same.
    "Γ": "y", "Ω": "w",
})

# The reverse disguise, Latin letters slipped into a Cyrillic word ("пpeдaтeль"), and Greek ones.
_TO_CYRILLIC = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
    "X": "Х", "Y": "У",
    "α": "а", "ο": "о", "ρ": "р", "ε": "е", "κ": "к", "χ": "х",
    "Α": "А", "Β": "В", "Ε": "Е", "Η": "Н", "Κ": "К", "Μ": "М", "Ο": "О", "Ρ": "Р", "Τ": "Т", "Χ": "Х",
})

_LATIN = "A-Za-z\u00c0-\u024f\u0259"
_CYRILLIC = "\u0400-\u052f"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"  # with Greek Extended: polytonic letters, accents precomposed
_NOT_LATIN = re.compile(f"[{_CYRILLIC}{_GREEK}]")
_NOT_CYRILLIC = re.compile(f"[{_LATIN}{_GREEK}]")
# A text needs the word-by-word pass only if it mixes scripts or uses Greek, which our users do not
# write: most messages skip it, so the common case costs two regex scans.
_HAS_LATIN = re.compile(f"[{_LATIN}]")
_HAS_CYRILLIC = re.compile(f"[{_CYRILLIC}]")
_HAS_GREEK = re.compile(f"[{_GREEK}]")
_IOTA_SUBSCRIPT = "\u0345"

# "@" or "$" between two letters stands for a letter; anywhere else ("@handle", "$5") it does not.
_SYMBOL_FOR_LETTER = re.compile(r"(?<=[^\W\d_])[@$](?=[^\W\d_])")
_SYMBOL_LETTERS = {"@": "a", "$": "s"}

# Digits for letters, only inside words that also hold letters ("x4in"): "2025" stays a number.
_LEET_WORD = re.compile(r"\b(?=\w*\d)(?=\w*[^\W\d])\w+")
_LEET = str.maketrans("013457", "oieast")
_DIGIT = re.compile(r"\d")


def comparable_words(text: str) -> list[str]:
    """The words of `text` as lowercase Latin skeletons, with look-alikes and leetspeak undone."""
    text = unicodedata.normalize("NFKC", text)  # fullwidth and mathematical letters become plain ones
    # The iota subscript is a combining mark that case folding turns into the letter "ι", which would
    # appear only after the look-alikes were resolved; it is an accent, so it goes.
    text = text.replace(_IOTA_SUBSCRIPT, "")
    text = _SYMBOL_FOR_LETTER.sub(lambda m: _SYMBOL_LETTERS[m.group()], text)
    if _HAS_GREEK.search(text) or (_HAS_CYRILLIC.search(text) and _HAS_LATIN.search(text)):
        text = " ".join(_unmask(word) for word in text.split())
    folded = fold(text)
    # Folding reads Cyrillic by sound but leaves the letters it has no sound for ("і", "ѕ"): a
    # Cyrillic word can come out mixed, and those letters are look-alikes too.
    if _HAS_CYRILLIC.search(folded) and _HAS_LATIN.search(folded):
        folded = " ".join(_unmask(word) for word in folded.split())
    if _DIGIT.search(folded):
        folded = _LEET_WORD.sub(lambda m: m.group().translate(_LEET), folded)
    return folded.split()


def _unmask(word: str) -> str:
    """A mixed-script word rewritten in the script that leaves the fewest letters foreign."""
    if not _HAS_GREEK.search(word) and not (_HAS_CYRILLIC.search(word) and _HAS_LATIN.search(word)):
        return word
    # Translated without their accents, then recomposed: an accented Greek "ἀ" passes for "a" as
    # well as "α" does, and left as it is, folding would strip the accent and leave "α" for the
    # next pass to turn into "a" (the comparable form must be a fixed point).
    decomposed = unicodedata.normalize("NFD", word).replace(_IOTA_SUBSCRIPT, "")
    as_latin = unicodedata.normalize("NFC", decomposed.translate(_TO_LATIN))
    as_cyrillic = unicodedata.normalize("NFC", decomposed.translate(_TO_CYRILLIC))
    # Ties go to Latin: Azerbaijani, the first users' language, is written in Latin script.
    if len(_NOT_LATIN.findall(as_latin)) <= len(_NOT_CYRILLIC.findall(as_cyrillic)):
        return as_latin
    return as_cyrillic
