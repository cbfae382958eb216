"""The perpetrator registry: what the user records about accounts, and merging two that are one actor."""

from __future__ import annotations

import pytest

from app.core.errors import AccountAmbiguous, AccountMergeRefused, AccountNotFound, InvalidInput
from app.core.records import account_registry, incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.storage.database import DatabaseError


def _log(vault, handle: str, when: str, platform: str = "x", title: str = "Troll comment") -> str:
    with vault.transaction() as conn:
        return incidents.create(conn, IncidentDraft("harassment", title, occurred=when, platform=platform,
                                                    accounts=(AccountRef(platform, handle),)))


@pytest.fixture
def two_accounts(vault) -> dict[str, str]:
    return {
        "a1": _log(vault, "@qara_kolge", "2025-10-01T10:00+04:00"),
        "a2": _log(vault, "@qara_kolge", "2025-10-20"),
        "b1": _log(vault, "@qara_kolge_2", "2025-09-15T08:00+04:00"),
        "b2": _log(vault, "@qara_kolge_2", "2025-11"),
    }


def _id(vault, ref: str) -> int:
    return account_registry.resolve(vault.connection(), ref)


def test_first_and_last_seen_come_from_the_live_incidents(vault, two_accounts) -> None:
    with vault.transaction() as conn:
        incidents.delete(conn, two_accounts["a2"], "wrong account")
    (b, a) = sorted(account_registry.list_accounts(vault.connection()), key=lambda x: x.handle, reverse=True)
    assert (a.handle, a.incident_count, a.first_seen, a.last_seen) == (
        "@qara_kolge", 1, "2025-10-01T06:00:00Z", "2025-10-01T06:00:00Z")
    # A month counts from its first day to its last.
    assert (b.incident_count, b.first_seen, b.last_seen) == (2, "2025-09-15T04:00:00Z", "2025-11-30T23:59:59Z")


def test_merge_moves_the_links_and_keeps_the_history(vault, two_accounts) -> None:
    survivor, merged = _id(vault, "@qara_kolge"), _id(vault, "@qara_kolge_2")
    with vault.transaction() as conn:
        result = account_registry.merge(conn, survivor, merged)
    assert result.links_moved == 2
    assert result.survivor.incident_count == 4
    assert (result.survivor.first_seen, result.survivor.last_seen) == ("2025-09-15T04:00:00Z", "2025-11-30T23:59:59Z")
    assert [(m.id, m.handle) for m in result.survivor.merged] == [(merged, "@qara_kolge_2")]
    conn = vault.connection()
    assert sorted(account_registry.incident_ids(conn, survivor)) == sorted(two_accounts.values())
    # The merged account is not listed on its own any more, but it is still there, pointing at the survivor...
    assert [a.id for a in account_registry.list_accounts(conn)] == [survivor]
    assert account_registry.get(conn, merged).merged_into == survivor
    # ...its handle still finds the actor...
    assert _id(vault, "@qara_kolge_2") == _id(vault, "x:qara_kolge_2") == survivor
    assert set(search.find_ids(conn, search.Filter(account="@qara_kolge_2"))) == set(two_accounts.values())
    # ...the incidents still say what the user recorded...
    assert incidents.get(conn, two_accounts["b1"]).draft.accounts == (AccountRef("x", "@qara_kolge_2"),)
    assert incidents.get(conn, two_accounts["b1"]).revision == 1
    # ...and the merge is on record, for good.
    (row,) = conn.execute("SELECT survivor_id, merged_id, links_moved FROM account_merges").fetchall()
    assert row == (survivor, merged, 2)
    with pytest.raises(DatabaseError, match="append-only"):
        conn.execute("DELETE FROM account_merges")


def test_an_edit_or_a_new_incident_naming_a_merged_handle_links_to_the_survivor(vault, two_accounts) -> None:
    survivor, merged = _id(vault, "@qara_kolge"), _id(vault, "@qara_kolge_2")
    with vault.transaction() as conn:
        account_registry.merge(conn, survivor, merged)
        draft = incidents.get(conn, two_accounts["b1"]).draft
        incidents.edit(conn, two_accounts["b1"], IncidentDraft(**{**draft.__dict__, "severity": 4}))
    new = _log(vault, "@Qara_Kolge_2", "2025-12-01")
    conn = vault.connection()
    assert account_registry.get(conn, survivor).incident_count == 5
    assert account_registry.get(conn, merged).incident_count == 0
    assert new in account_registry.incident_ids(conn, survivor)


def test_an_incident_naming_both_accounts_keeps_one_link(vault) -> None:
    with vault.transaction() as conn:
        both = incidents.create(conn, IncidentDraft("harassment", "Both", platform="x",
                                                    accounts=(AccountRef("x", "@a"), AccountRef("x", "@b"))))
        result = account_registry.merge(conn, account_registry.resolve(conn, "@a"),
                                        account_registry.resolve(conn, "@b"))
    assert result.links_moved == 1
    assert result.survivor.incident_count == 1
    assert account_registry.incident_ids(vault.connection(), result.survivor.id) == [both]


def test_merges_chain_to_the_last_survivor(vault) -> None:
    for handle in ("@a", "@b", "@c"):
        _log(vault, handle, "2025-10-01")
    a, b, c = (_id(vault, h) for h in ("@a", "@b", "@c"))
    with vault.transaction() as conn:
        account_registry.merge(conn, b, c)
        account_registry.merge(conn, a, b)
    conn = vault.connection()
    assert _id(vault, "@c") == a
    assert account_registry.get(conn, c).merged_into == a
    assert {m.handle for m in account_registry.get(conn, a).merged} == {"@b", "@c"}
    assert account_registry.get(conn, a).incident_count == 3


def test_merging_an_account_with_itself_or_a_merged_one_is_refused(vault, two_accounts) -> None:
    a, b = _id(vault, "@qara_kolge"), _id(vault, "@qara_kolge_2")
    with vault.transaction() as conn:
        with pytest.raises(AccountMergeRefused):
            account_registry.merge(conn, a, a)
        account_registry.merge(conn, a, b)
        with pytest.raises(AccountMergeRefused):
            account_registry.merge(conn, b, a)


def test_a_handle_on_several_platforms_must_be_named_with_its_platform(vault) -> None:
    _log(vault, "@troll", "2025-10-01", platform="x")
    _log(vault, "@troll", "2025-10-02", platform="telegram")
    with pytest.raises(AccountAmbiguous, match="telegram:@troll"):
        _id(vault, "@troll")
    on_x = _id(vault, "x:@troll")
    assert on_x != _id(vault, "telegram:troll")
    assert _id(vault, f"#{on_x}") == on_x
    with pytest.raises(AccountNotFound):
        _id(vault, "@nobody")
    with pytest.raises(AccountNotFound):
        _id(vault, "#999")


def test_what_the_user_knows_about_an_account_is_kept(vault, two_accounts) -> None:
    a = _id(vault, "@qara_kolge")
    with vault.transaction() as conn:
        account = account_registry.update(conn, a, display_name=" Qara Kölgə ", profile_url="https://x.com/qara_kolge",
                                          notes="Claims to be a security officer.", aliases=["Kölgə", "@kolge_1"])
    assert (account.display_name, account.profile_url, account.aliases) == (
        "Qara Kölgə", "https://x.com/qara_kolge", ("@kolge_1", "Kölgə"))
    assert account.incident_count == 2
    assert _id(vault, "kolge_1") == a  # an alias finds the account...
    assert len(search.find_ids(vault.connection(), search.Filter(account="@kolge_1"))) == 2  # ...and its incidents
    with vault.transaction() as conn:
        assert account_registry.update(conn, a, notes="").display_name == "Qara Kölgə"  # None leaves a field alone
        with pytest.raises(InvalidInput):
            account_registry.update(conn, a, display_name="x" * 3000)
        with pytest.raises(InvalidInput):
            account_registry.update(conn, a, aliases=["  "])


def test_aliases_move_to_the_survivor(vault, two_accounts) -> None:
    a, b = _id(vault, "@qara_kolge"), _id(vault, "@qara_kolge_2")
    with vault.transaction() as conn:
        account_registry.update(conn, b, aliases=["Kölgə 2"])
        account_registry.merge(conn, a, b)
        assert account_registry.get(conn, a).aliases == ("Kölgə 2",)
        with pytest.raises(InvalidInput):
            account_registry.update(conn, b, notes="too late: merged")
    assert _id(vault, "kölgə 2") == a
