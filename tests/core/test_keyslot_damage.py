"""Damage to a key slot: one nobody unlocked with is reported by `check` (a digest of each slot is kept
inside the encrypted database), a legitimate change (a new passphrase) is not called damage, and the
slot being unlocked says what it can: damaged when its structure is, else "wrong passphrase" with
the way out of both (a flipped byte fails the GCM tag exactly as a wrong passphrase does)."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.checks import integrity
from app.core.storage import keyslots
from app.core.storage.vault import SLOTS_NAME, Vault
from tests.conftest import PASSPHRASE


def _damage_slot(vault_dir: Path, kind: str, field: str = "wrapped_key") -> None:
    doc = json.loads((vault_dir / SLOTS_NAME).read_text())
    [slot] = [s for s in doc["slots"] if s["kind"] == kind]
    if field == "iterations":
        slot["kdf"]["iterations"] += 1  # still within bounds: only the digest can tell
    else:
        slot[field] = slot[field][:5] + ("A" if slot[field][5] != "A" else "B") + slot[field][6:]
    (vault_dir / SLOTS_NAME).write_text(json.dumps(doc, indent=2))


def _keyslot_findings(vault: Vault) -> list[str]:
    return [str(f.message) for f in integrity.check(vault).findings if f.area == "keyslots"]


def test_a_damaged_recovery_slot_is_reported_when_unlocked_with_the_passphrase(new_vault, vault_dir: Path) -> None:
    new_vault[0].close()
    _damage_slot(vault_dir, "recovery", "iterations")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        [message] = _keyslot_findings(vault)
    assert "recovery slot" in message and "recovery code would no longer open the vault" in message


def test_a_damaged_passphrase_slot_is_reported_when_unlocked_with_the_recovery_code(new_vault, vault_dir: Path) -> None:
    vault, code = new_vault
    vault.close()
    _damage_slot(vault_dir, "passphrase", "salt")
    with Vault.open(vault_dir, recovery_code=code) as vault:
        [message] = _keyslot_findings(vault)
    assert "passphrase slot" in message


def test_a_new_passphrase_is_not_damage(new_vault, vault_dir: Path) -> None:
    vault, code = new_vault
    vault.change_passphrase("a brand new passphrase")
    assert _keyslot_findings(vault) == []
    vault.close()
    for unlock in ({"recovery_code": code}, {"passphrase": "a brand new passphrase"}):
        with Vault.open(vault_dir, **unlock) as again:
            assert _keyslot_findings(again) == []


def test_a_vault_without_digests_gets_them_at_its_next_unlock(new_vault, vault_dir: Path) -> None:
    vault, code = new_vault
    with vault.transaction() as conn:  # as a vault made before the digests were kept
        conn.execute("DELETE FROM meta WHERE key LIKE 'keyslot_sha256_%'")
    assert _keyslot_findings(vault) == []  # nothing to compare with: nothing reported
    vault.close()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()
    _damage_slot(vault_dir, "recovery")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert len(_keyslot_findings(vault)) == 1
    assert keyslots.load(vault_dir / SLOTS_NAME)  # damaged slots that still parse: only the digest tells


def test_a_damaged_unlocking_slot_names_the_recovery_code_and_the_backup(cli_vault, vault_dir: Path) -> None:
    _damage_slot(vault_dir, "passphrase")  # still base64 of the right length: only the tag fails
    result = cli_vault("list")
    assert result.code == 3 and result.err.count("\n") == 1, result.err
    assert "Wrong passphrase" in result.err and "recovery code" in result.err and "backup" in result.err

    doc = json.loads((vault_dir / SLOTS_NAME).read_text())
    doc["slots"][0]["wrapped_key"] = "not base64!"
    (vault_dir / SLOTS_NAME).write_text(json.dumps(doc))
    result = cli_vault("list")
    assert result.code == 1 and "key-slot file is damaged" in result.err and "Wrong" not in result.err
