"""Search as an Azerbaijani user types it: with or without diacritics, in Latin or Cyrillic."""

from __future__ import annotations

import io

import pytest

from app.core.records import evidence, incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft


@pytest.fixture
def logged(vault) -> dict[str, str]:
    drafts = {
        "threat": IncidentDraft("threat", "Ölüm təhdidi", text="Səni tapacağıq, İsmayıl"),
        "russian": IncidentDraft("threat", "Угроза в Telegram", text="Мы знаем, где ты живёшь"),
        "cyrillic_az": IncidentDraft("harassment", "Troll wave", text="хаин! тәһдид едирик"),
        "smear": IncidentDraft("smear_media", "Article calls her a traitor", notes="author is an MP",
                               accounts=(AccountRef("press", "@pro_gov_news"),), tags=("smear-2026",)),
    }
    with vault.transaction() as conn:
        ids = {key: incidents.create(conn, d) for key, d in drafts.items()}
        evidence.attach_stream(conn, ids["smear"], io.BytesIO(b"%PDF-1.4"), "məqalə_skrinşot.pdf")
    return ids


def _find(vault, query: str) -> set[str]:
    return set(search.find_ids(vault.connection(), search.Filter(query=query)))


@pytest.mark.parametrize("query", ["tehdid", "təhdid", "TƏHDİD", "tehdi"])
def test_azerbaijani_with_and_without_diacritics(vault, logged, query: str) -> None:
    assert _find(vault, query) == {logged["threat"], logged["cyrillic_az"]}


def test_dotted_and_dotless_i(vault, logged) -> None:
    assert _find(vault, "ismayil") == _find(vault, "İSMAYIL") == {logged["threat"]}


def test_russian_finds_russian(vault, logged) -> None:
    assert _find(vault, "угроза") == {logged["russian"]}


@pytest.mark.parametrize("query", ["pro_gov_news", "author MP", "smear-2026", "meqale"])
def test_accounts_notes_tags_and_file_names_are_searchable(vault, logged, query: str) -> None:
    assert _find(vault, query) == {logged["smear"]}


def test_query_syntax_characters_are_harmless(vault, logged) -> None:
    for query in ['"', "NEAR(", "a OR b", "*", "tehdid AND", "'); DROP TABLE incidents; --"]:
        search.find_ids(vault.connection(), search.Filter(query=query))
    assert search.count(vault.connection(), search.Filter()) == 4


def test_edited_text_is_found_and_old_text_is_not(vault, logged) -> None:
    with vault.transaction() as conn:
        incidents.edit(conn, logged["russian"], IncidentDraft("threat", "Renamed", text="nothing"))
    assert _find(vault, "угроза") == set()
    assert _find(vault, "renamed") == {logged["russian"]}


def test_index_folded_by_older_rules_is_rebuilt_on_open(vault, vault_dir, logged) -> None:
    from app.core.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    with vault.transaction() as conn:
        conn.execute("DELETE FROM search_index")
        conn.execute("UPDATE meta SET value = 'older-rules' WHERE key = 'fold_version'")
    assert _find(vault, "tehdid") == set()
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        assert _find(again, "tehdid") == {logged["threat"], logged["cyrillic_az"]}


def test_list_pages_come_in_the_order_asked(vault, logged) -> None:
    conn = vault.connection()
    by_title = search.find_seqs(conn, search.Filter(), sort="title", descending=False)
    rows = search.summaries(conn, by_title)
    assert [r.title for r in rows] == sorted((r.title for r in rows), key=str.casefold)
    smear = next(r for r in rows if r.id == logged["smear"])
    assert smear.evidence_count == 1 and smear.accounts == "@pro_gov_news"
    for key in search.SORT_KEYS:
        assert sorted(search.find_seqs(conn, search.Filter(), sort=key)) == sorted(by_title)
