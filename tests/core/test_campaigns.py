"""Campaigns made by hand, and suggested ones accepted, dismissed and remembered."""

from __future__ import annotations

import pytest

from app.core.errors import CampaignNotFound, IncidentNotFound, InvalidInput, SuggestionNotFound
from app.core.patterns import campaign_suggestions, campaigns
from app.core.records import incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft

WAVE = "Aynur Əliyeva vətən xainidir, Avropada oturub ölkəmizi satır. Onun yeri həbsxanadır!"
OTHER_WAVE = "Səni tapacağıq, ailən də cavab verəcək, heç bir ölkədə gizlənə bilməyəcəksən"


def _post(vault, text: str, handles: list[str], day: str = "2025-10-04", hour: int = 18) -> list[str]:
    with vault.transaction() as conn:
        return incidents.create_many(conn, [
            IncidentDraft("harassment", "Comment", text=text, occurred=f"{day}T{hour + n // 60:02d}:{n % 60:02d}+04:00",
                          platform="x", accounts=(AccountRef("x", handle),))
            for n, handle in enumerate(handles)
        ])


def test_a_campaign_made_by_hand_takes_its_period_and_accounts_from_its_incidents(vault) -> None:
    ids = _post(vault, "anything", ["@a", "@b", "@b"])
    with vault.transaction() as conn:
        campaign_id = campaigns.create(conn, "  Election   eve  ", ids[:2], "Before the vote.")
    campaign = campaigns.get(vault.connection(), campaign_id)
    assert (campaign.name, campaign.description, campaign.origin) == ("Election eve", "Before the vote.", "manual")
    assert (campaign.incident_count, campaign.account_count) == (2, 2)
    assert (campaign.first_time, campaign.last_time) == ("2025-10-04T14:00:00Z", "2025-10-04T14:01:00Z")
    with vault.transaction() as conn:
        assert campaigns.add_incidents(conn, campaign_id, ids) == 1
        incidents.delete(conn, ids[0], "duplicate")
    assert campaigns.incident_ids(vault.connection(), campaign_id) == ids[1:]
    assert campaigns.get(vault.connection(), campaign_id).account_count == 1
    assert set(search.find_ids(vault.connection(), search.Filter(campaign=campaign_id))) == set(ids[1:])


def test_campaign_edits_and_deletion_leave_the_incidents_alone(vault) -> None:
    ids = _post(vault, "anything", ["@a", "@b"])
    with vault.transaction() as conn:
        campaign_id = campaigns.create(conn, "Wave", ids)
        campaigns.update(conn, campaign_id, name="October wave")
        campaigns.remove_incidents(conn, campaign_id, ids[:1])
    assert campaigns.get(vault.connection(), campaign_id).name == "October wave"
    assert campaigns.incident_ids(vault.connection(), campaign_id) == ids[1:]
    with vault.transaction() as conn:
        campaigns.delete(conn, campaign_id)
    assert campaigns.list_campaigns(vault.connection()) == []
    assert incidents.get(vault.connection(), ids[0]).deleted_at is None
    with pytest.raises(CampaignNotFound):
        campaigns.get(vault.connection(), campaign_id)


def test_a_campaign_needs_a_name_and_live_incidents(vault) -> None:
    ids = _post(vault, "anything", ["@a", "@b"])
    with vault.transaction() as conn:
        incidents.delete(conn, ids[1], "mistake")
    with vault.transaction() as conn:
        with pytest.raises(InvalidInput):
            campaigns.create(conn, "   ", ids[:1])
        with pytest.raises(InvalidInput):
            campaigns.create(conn, "Empty", [])
        with pytest.raises(IncidentNotFound):
            campaigns.create(conn, "With a deleted one", ids)
        with pytest.raises(IncidentNotFound):
            campaigns.create(conn, "Unknown", ["zzzzzzzzzz"])
    assert campaigns.list_campaigns(vault.connection()) == []


def _refresh(vault) -> list[campaign_suggestions.Suggestion]:
    return campaign_suggestions.refresh(vault.connection())


def test_an_accepted_suggestion_becomes_a_campaign_and_is_not_suggested_again(vault) -> None:
    wave = _post(vault, WAVE, [f"@troll{n}" for n in range(5)])
    (suggestion,) = _refresh(vault)
    assert set(suggestion.incident_ids) == set(wave)
    assert suggestion.account_count == 5
    assert suggestion.representative_text == WAVE
    assert campaign_suggestions.default_name(suggestion).startswith("2025-10-04: Aynur Əliyeva vətən xainidir")
    with vault.transaction() as conn:
        campaign_id = campaign_suggestions.accept(conn, suggestion.id, name="October wave")
    campaign = campaigns.get(vault.connection(), campaign_id)
    assert (campaign.name, campaign.origin, campaign.incident_count) == ("October wave", "detected", 5)
    assert _refresh(vault) == []
    # Two more copies arrive: the suggestion now offers to extend the campaign.
    late = _post(vault, WAVE + " #xain", ["@troll7", "@troll8"], hour=20)
    (extension,) = _refresh(vault)
    assert extension.campaign_id == campaign_id
    with vault.transaction() as conn:
        assert campaign_suggestions.accept(conn, extension.id) == campaign_id
    assert set(campaigns.incident_ids(vault.connection(), campaign_id)) == set(wave + late)


def test_a_dismissed_suggestion_stays_dismissed_until_its_messages_change(vault) -> None:
    _post(vault, WAVE, [f"@troll{n}" for n in range(4)])
    other = _post(vault, OTHER_WAVE, [f"@bot{n}" for n in range(3)], day="2025-10-10")
    suggestions = _refresh(vault)
    assert len(suggestions) == 2
    dismissed = next(s for s in suggestions if set(s.incident_ids) == set(other))
    with vault.transaction() as conn:
        campaign_suggestions.dismiss(conn, dismissed.id)
        with pytest.raises(SuggestionNotFound):
            campaign_suggestions.dismiss(conn, dismissed.id)
    for _ in range(2):
        (left,) = _refresh(vault)
        assert set(left.incident_ids) != set(other)
    # A fourth account joins that wave: it is a different set of messages, suggested again.
    more = _post(vault, OTHER_WAVE, ["@bot9"], day="2025-10-10", hour=21)
    assert any(set(s.incident_ids) == set(other + more) for s in _refresh(vault))


def test_suggestions_survive_between_sessions_and_unknown_numbers_are_refused(vault) -> None:
    _post(vault, WAVE, [f"@troll{n}" for n in range(4)])
    (suggestion,) = _refresh(vault)
    assert campaign_suggestions.list_open(vault.connection()) == [suggestion]
    with vault.transaction() as conn:
        with pytest.raises(SuggestionNotFound):
            campaign_suggestions.accept(conn, suggestion.id + 1)


def test_purge_removes_an_incident_from_campaigns_and_drops_suggestions_holding_it(vault) -> None:
    wave = _post(vault, WAVE, [f"@troll{n}" for n in range(4)])
    (suggestion,) = _refresh(vault)
    with vault.transaction() as conn:
        campaign_id = campaigns.create(conn, "By hand", wave)
        incidents.purge(conn, wave[0])
    conn = vault.connection()
    assert campaigns.incident_ids(conn, campaign_id) == wave[1:]
    assert conn.execute("SELECT count(*) FROM campaign_incidents WHERE incident_id = ?", (wave[0],)).fetchone()[0] == 0
    assert campaign_suggestions.list_open(conn) == []
    with pytest.raises(SuggestionNotFound):
        campaign_suggestions.get(conn, suggestion.id)


def test_a_suggestions_messages_are_listed_in_time_order_with_their_accounts(vault) -> None:
    wave = _post(vault, WAVE, [f"@troll{n}" for n in range(4)])
    (suggestion,) = _refresh(vault)
    shown = campaign_suggestions.messages(vault.connection(), suggestion.id)
    assert [m.incident_id for m in shown] == wave
    assert [m.accounts for m in shown] == [f"@troll{n}" for n in range(4)]
    assert {m.text for m in shown} == {WAVE}
    assert shown[0].time.startswith("2025-10-04T14:00")
    with pytest.raises(SuggestionNotFound):
        campaign_suggestions.messages(vault.connection(), suggestion.id + 1)
