"""The custody log as a court would check it: complete, append-only, and tamper-evident."""

from __future__ import annotations

import dataclasses
import io

import pytest

from app.core.records import custody, evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage.database import DatabaseError


def _log_everything(vault) -> str:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("threat", "First"))
        evidence.attach_stream(conn, incident_id, io.BytesIO(b"screenshot bytes"), "shot.png")
        incidents.edit(conn, incident_id, IncidentDraft("threat", "First, corrected"))
        incidents.delete(conn, incident_id, "duplicate")
        incidents.purge(conn, incident_id)
    return incident_id


def test_every_action_is_logged_in_order(vault) -> None:
    incident_id = _log_everything(vault)
    entries = list(custody.entries(vault.connection()))
    assert [e.action for e in entries] == ["vault_create", "create", "attach", "edit", "delete", "purge"]
    assert all(e.object_id == incident_id for e in entries[1:])
    import hashlib

    assert entries[2].object_sha256 == hashlib.sha256(b"screenshot bytes").hexdigest()
    assert [e.seq for e in entries] == list(range(1, 7))


def test_chain_verifies(vault) -> None:
    _log_everything(vault)
    report = custody.verify(vault.connection())
    assert report.intact and report.entries == 6
    assert report.head_hash == custody.head_hash(vault.connection())


@pytest.mark.parametrize("statement", ["UPDATE custody_log SET action = 'edit'", "DELETE FROM custody_log"])
def test_the_log_refuses_updates_and_deletes(vault, statement: str) -> None:
    _log_everything(vault)
    with pytest.raises(DatabaseError, match="append-only"):
        with vault.transaction() as conn:
            conn.execute(statement)
    assert custody.verify(vault.connection()).intact


def test_an_entry_altered_behind_the_triggers_is_named(vault) -> None:
    _log_everything(vault)
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER custody_log_no_update")
        conn.execute("UPDATE custody_log SET object_sha256 = ? WHERE seq = 3", ("f" * 64,))
    report = custody.verify(vault.connection())
    assert report.first_bad_seq == 3
    assert "altered" in str(report.problem)


def test_removed_and_reordered_entries_are_caught() -> None:
    chain = []
    prev = custody.GENESIS_HASH
    for seq in range(1, 6):
        digest = custody.entry_hash(seq, f"2026-01-0{seq}T00:00:00Z", "create", "abc", "", prev)
        chain.append(custody.CustodyEntry(seq, f"2026-01-0{seq}T00:00:00Z", "create", "abc", "", prev, digest))
        prev = digest
    assert custody.verify_chain(chain).intact
    assert custody.verify_chain(chain[:2] + chain[3:]).first_bad_seq == 4
    assert custody.verify_chain([chain[1], chain[0]] + chain[2:]).first_bad_seq == 2
    relinked = dataclasses.replace(chain[2], prev_hash=chain[0].hash)
    assert custody.verify_chain(chain[:2] + [relinked] + chain[3:]).first_bad_seq == 3
