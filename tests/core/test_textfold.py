import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.records.textfold import MAX_QUERY_TERMS, fold, fold_query_terms

# Lone surrogates are excluded by Hypothesis unless asked for; fold must survive them too.
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()))

# Characters where folding has real work to do, mixed so that they land next to each other.
TRICKY = (
    "əƏıIİiğŞçÖüäÄтәһдидҸҝЁЙйёщъЬ\u0307\u0301\u064e\u0640\u200b\u200d\u202e\u00ad"
    "ｔ①ﬁßΣς가\u1100\u1161Ꮳꮳक\u093f\u094d 🔪!.,"
)
MIXED_TEXT = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(exclude_categories=()))


@pytest.mark.parametrize(
    "written",
    ["təhdid", "TƏHDİD", "tehdid", "Təhdid", "TEHDID", "tehdİd", "тәһдид", "ТӘҺДИД", "tähdid",
     "ｔｅｈｄｉｄ"],
)
def test_every_spelling_of_a_word_folds_to_one_form(written: str) -> None:
    assert fold(written) == "tehdid"


@pytest.mark.parametrize("letter", ["I", "İ", "ı", "i", "I\u0307"])
def test_dotted_and_dotless_i_fold_to_plain_i_without_a_combining_dot(letter: str) -> None:
    assert fold(letter) == "i"


def test_case_folding_reaches_letters_plain_lowercasing_misses() -> None:
    assert fold("Straße ΣΟΦΟΣ σοφος") == "strasse σοφοσ σοφοσ"
    # Unicode case-folds Cherokee to capitals; the output must still be lowercase.
    assert fold("Ꮳ ꮳ") == "ꮳ ꮳ"


def test_azerbaijani_latin_letters_lose_their_diacritics() -> None:
    assert fold("ğşçöüə ĞŞÇÖÜƏ") == "gscoue gscoue"


def test_azerbaijani_cyrillic_alphabet_maps_to_the_latin_skeleton() -> None:
    cyrillic = "а б ҹ ч д е ә ф ҝ ғ һ х ы и ж к г л м н о ө п р с ш т у ү в ј й з"
    latin = "a b c c d e e f g g h x i i j k q l m n o o p r s s t u u v y y z"
    assert fold(cyrillic) == latin
    assert fold(cyrillic.upper()) == latin


def test_russian_only_letters_are_transliterated() -> None:
    assert fold("ё ц щ э ю я") == "yo ts sc e yu ya"
    assert fold("объявление") == "obyavlenie"


def test_cyrillic_ge_takes_the_azerbaijani_reading() -> None:
    # "гəләҹəк" (future) and Russian "город" both read г as q: consistent, not Russian-correct.
    assert fold("гәләҹәк") == "qelecek"
    assert fold("Город") == "qorod"


def test_cyrillic_letter_with_a_stripped_mark_is_still_transliterated() -> None:
    assert fold("ӧ") == "o"


def test_decomposed_input_folds_like_precomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Təhdid şəxsə ünvanlanıb")
    assert fold(decomposed) == fold("Təhdid şəxsə ünvanlanıb") == "tehdid sexse unvanlanib"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u202e", "\u00ad", "\ufeff", "\u2060"])
def test_invisible_format_characters_do_not_split_a_word(invisible: str) -> None:
    assert fold(f"teh{invisible}did") == "tehdid"


def test_compatibility_forms_are_normalised() -> None:
    assert fold("ﬁle ① Ⅻ") == "file 1 xii"


@pytest.mark.parametrize(
    "separator", ["!", ".", ",", "—", "_", "@", "#", "/", "🔪", "💀", "€", "\n", "\t", "\u00a0"]
)
def test_punctuation_symbols_emoji_and_whitespace_separate_words(separator: str) -> None:
    assert fold(f"sən{separator}öləcəksən") == "sen oleceksen"


def test_emoji_between_words_becomes_a_single_space() -> None:
    assert fold("ölüm🔪🔪 💀 gəlir") == "olum gelir"


def test_digits_are_kept() -> None:
    assert fold("+994 50 123-45-67, 2026") == "994 50 123 45 67 2026"


def test_whitespace_is_collapsed_and_stripped() -> None:
    assert fold("  \t Təhdid \n\n  var   ") == "tehdid var"


def test_mixed_azerbaijani_russian_english_message() -> None:
    message = "Sənə SON xəbərdarlıq! Мы знаем, где живёт твоя мать. You are a TRAITOR."
    assert fold(message) == (
        "sene son xeberdarliq mi znaem qde jivyot tvoya mat you are a traitor"
    )


def test_arabic_harakat_are_removed_and_the_script_is_kept() -> None:
    assert fold("قَتَلَ الصَّحَفِيَّ") == "قتل الصحفي"


def test_persian_text_passes_through_and_tatweel_is_dropped() -> None:
    assert fold("تـهـدید به مرگ") == "تهدید به مرگ"


def test_other_scripts_are_lowercased_but_not_transliterated() -> None:
    assert fold("ΑΠΕΙΛΗ İstanbul'da") == "απειλη istanbul da"


def test_spacing_vowel_signs_stay_inside_their_word() -> None:
    # Devanagari vowel signs are spacing marks (Mc); the virama is a non-spacing mark and goes.
    assert fold("धमकी हिन्दी") == "धमकी हिनदी"


def test_lone_surrogates_are_dropped() -> None:
    assert fold("teh\ud800did \udfff") == "tehdid"


def test_empty_and_separator_only_text_folds_to_empty() -> None:
    assert fold("") == ""
    assert fold(" 🔪 !!! \u200b ") == ""


def test_query_meets_text_written_in_another_spelling() -> None:
    indexed = fold("Mənə ТӘҺДИД mesajı gəldi")
    for query in ["təhdid", "TEHDID", "тәһдид"]:
        assert set(fold_query_terms(query)) <= set(indexed.split())


def test_query_terms_are_folded_deduplicated_and_ordered() -> None:
    assert fold_query_terms("Təhdid, ölüm! tehdid TƏHDİD 🔪 ölüm ailə") == ["tehdid", "olum", "aile"]


def test_query_without_words_has_no_terms() -> None:
    assert fold_query_terms("  ?! 🔪 ") == []


def test_query_terms_are_capped() -> None:
    query = " ".join(f"word{number}" for number in range(MAX_QUERY_TERMS + 10))
    terms = fold_query_terms(query)
    assert terms == [f"word{number}" for number in range(MAX_QUERY_TERMS)]


def test_duplicates_do_not_count_towards_the_cap() -> None:
    query = "same " * 100 + "other"
    assert fold_query_terms(query) == ["same", "other"]


@given(MIXED_TEXT)
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(MIXED_TEXT)
def test_fold_output_is_lowercase_single_spaced_and_stripped(text: str) -> None:
    folded = fold(text)
    assert not any(ch.isupper() for ch in folded)
    assert "  " not in folded
    assert folded == folded.strip(" ")
    assert folded.split(" ") == folded.split() or folded == ""


@given(ANY_TEXT)
def test_fold_never_raises_and_returns_encodable_text(text: str) -> None:
    folded = fold(text)
    folded.encode("utf-8")  # lone surrogates would make this raise
    assert not any(unicodedata.category(ch) in {"Mn", "Cf", "Cs"} for ch in folded)


@given(ANY_TEXT)
def test_query_terms_are_bounded_unique_and_folded(text: str) -> None:
    terms = fold_query_terms(text)
    assert len(terms) <= MAX_QUERY_TERMS
    assert len(set(terms)) == len(terms)
    assert all(term and fold(term) == term for term in terms)
