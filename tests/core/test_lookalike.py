"""The comparable form of a message: every disguise of one text meets the plain text."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.patterns.lookalike import comparable_words
from app.core.records.textfold import fold


@pytest.mark.parametrize("written", [
    "xain", "XAIN", "Xain!", "хаin",  # Cyrillic х and а in a Latin word
    "ΧΑΙΝ", "xαιn",  # Greek capitals and small letters
    "ｘａｉｎ", "𝐱𝐚𝐢𝐧",  # fullwidth, mathematical bold
    "x4in", "xa1n", "x@in",  # digits and symbols for letters
    "xa\u200bin", "xa\u00adin",  # invisible characters inside the word
])
def test_disguises_of_a_latin_word_are_undone(written: str) -> None:
    assert comparable_words(written) == ["xain"]


def test_a_cyrillic_look_alike_is_read_as_the_letter_it_imitates_not_by_sound() -> None:
    # fold alone reads Cyrillic "р" as "r"; hidden in a Latin word it stands for "p".
    assert fold("рis") == "ris"
    assert comparable_words("рis") == ["pis"]


def test_latin_letters_slipped_into_a_russian_word_are_undone() -> None:
    assert comparable_words("пpeдaтeль") == comparable_words("предатель") == ["predatel"]


def test_a_word_wholly_in_cyrillic_is_real_cyrillic() -> None:
    # Azerbaijani written in Cyrillic meets its Latin spelling through fold's transliteration.
    assert comparable_words("Вәтән хаини") == comparable_words("Vətən xaini") == comparable_words("Veten xaini")


def test_greek_capital_eta_is_an_h_in_a_latin_word() -> None:
    # Case matters: "Η" looks like H, its small letter "η" like n.
    assert comparable_words("ΗEBSXANA") == ["hebsxana"]


def test_emoji_punctuation_hashtags_and_mentions_only_separate_words() -> None:
    assert comparable_words("🐍 Xain!!! #vətən @aynur_eliyeva") == ["xain", "veten", "aynur", "eliyeva"]


def test_numbers_stay_numbers() -> None:
    assert comparable_words("2025-ci il, 15 nəfər") == ["2025", "ci", "il", "15", "nefer"]
    assert comparable_words("a@b $5") == ["aab", "5"]


@given(st.text())
@example("ἀ")  # an accented Greek letter: "α" after folding, "a" on a second pass, before the fix
@example("a\u0345")  # the iota subscript, a mark that case folding turns into the letter "ι"
@example("ᾳ")
@example("аѕ")  # Cyrillic letters folding has no sound for: the folded word mixes scripts
def test_comparable_words_are_a_fixed_point(text: str) -> None:
    words = comparable_words(text)
    assert comparable_words(" ".join(words)) == words
