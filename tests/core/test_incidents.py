"""Incidents through the core API: what was saved is what is read back, and nothing is lost on edit."""

from __future__ import annotations

import pytest

from app.core.errors import IncidentNotFound, InvalidInput
from app.core.records import incidents
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.storage.vault import Vault
from tests.conftest import PASSPHRASE

FULL = IncidentDraft(
    type="family_pressure",
    title="  Cousin   summoned by police  ",
    occurred="2026-09-01/2026-09-03",
    platform="Phone",
    accounts=(AccountRef("", "officer.r"),),
    target="relative",
    text="Сказали: пусть он вернётся. Qayıtmasa, pis olacaq.",
    translation="They said: let him come back.",
    urls=("https://example.org/a", " "),
    location="Baku",
    severity=4,
    tags=("family", "police", "family"),
    notes="Spoke to aunt on 3 Sept",
    details={"relation": "cousin", "what_happened": "Summoned"},
)


def test_saved_incident_reads_back_after_reopening(vault, vault_dir) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, FULL)
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        incident = incidents.get(again.connection(), incident_id)
    d = incident.draft
    assert d.title == "Cousin summoned by police"
    assert d.text == FULL.text  # the original text exactly as received
    assert d.occurred == "2026-09-01/2026-09-03"
    assert d.platform == "phone"
    assert d.accounts == (AccountRef("phone", "officer.r"),)
    assert d.urls == ("https://example.org/a",)
    assert d.tags == ("family", "police")
    assert d.details == {"relation": "cousin", "what_happened": "summoned"}
    assert incident.revision == 1 and incident.recorded_at.endswith("Z")


def test_edit_keeps_every_revision(vault) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, FULL)
        assert incidents.edit(conn, incident_id, FULL) == 1  # nothing changed, no new revision
        changed = IncidentDraft(**{**FULL.__dict__, "severity": 5, "title": "Cousin detained"})
        assert incidents.edit(conn, incident_id, changed) == 2
    history = incidents.history(vault.connection(), incident_id)
    assert [r.draft.title for r in history] == ["Cousin summoned by police", "Cousin detained"]
    assert history[0].sha256 != history[1].sha256


def test_recorded_at_cannot_be_set_by_the_draft() -> None:
    with pytest.raises(TypeError):
        IncidentDraft("threat", "t", recorded_at="2020-01-01")  # type: ignore[call-arg]


def test_intimate_image_abuse_is_always_sensitive(vault) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("intimate_image_abuse", "Photos threatened"))
    assert incidents.get(vault.connection(), incident_id).draft.sensitive


def test_deleted_incident_is_readable_but_not_editable(vault) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, FULL)
        incidents.delete(conn, incident_id, "entered by mistake")
    incident = incidents.get(vault.connection(), incident_id)
    assert incident.deleted_at and incident.delete_reason == "entered by mistake"
    with pytest.raises(InvalidInput, match="deleted"):
        with vault.transaction() as conn:
            incidents.edit(conn, incident_id, FULL)


def test_purge_leaves_no_content_in_the_database(vault) -> None:
    canary = "PURGE-CANARY-4411"
    draft = IncidentDraft("threat", canary, text=canary, notes=canary, tags=(canary,))
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, draft)
        incidents.edit(conn, incident_id, IncidentDraft("threat", canary + " v2", text=canary))
        incidents.purge(conn, incident_id)
    conn = vault.connection()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f"SELECT * FROM {table}"):
            assert canary.lower() not in repr(row).lower(), table
    incident = incidents.get(conn, incident_id)
    assert incident.purged_at and incident.draft.title == ""


def test_id_prefix_is_accepted_when_unique(vault) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, FULL)
    assert incidents.resolve_id(vault.connection(), incident_id[:5].upper()) == incident_id
    with pytest.raises(IncidentNotFound):
        incidents.resolve_id(vault.connection(), "abc")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"title": "   "}, "needs a title"),
        ({"severity": 0}, "Severity"),
        ({"platform": "myspace"}, "Unknown platform"),
        ({"target": "enemy"}, "Unknown target"),
        ({"occurred": "2026-02-30"}, "2026-02-30"),
        ({"details": {"no_such_field": "x"}}, "no field"),
        ({"details": {"what_happened": "abducted by aliens"}}, "takes one of"),
        ({"title": "x" * 301}, "too long"),
    ],
)
def test_bad_drafts_are_refused_with_a_reason_and_nothing_saved(vault, change, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        with vault.transaction() as conn:
            incidents.create(conn, IncidentDraft(**{**FULL.__dict__, **change}))
    assert vault.connection().execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_draft_json_has_every_field() -> None:
    import dataclasses

    assert set(FULL.to_json()) == {f.name for f in dataclasses.fields(IncidentDraft)}
    assert IncidentDraft.from_json(FULL.to_json()) == FULL
