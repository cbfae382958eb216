"""Crypto-erase: the key slots are overwritten in place and deleted first, then the rest; no passphrase."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core.errors import KeySlotInvalid, VaultNotFound
from app.core.records import incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage import erase
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed_vault(new_vault, vault_dir: Path) -> Path:
    vault, _ = new_vault
    with vault.transaction() as conn:
        incidents.create(conn, IncidentDraft("threat", "Erase me"))
    vault.close()
    return vault_dir


def test_destroy_overwrites_the_key_slots_before_anything_is_deleted(closed_vault: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    original = (closed_vault / SLOTS_NAME).read_bytes()
    events: list[tuple[str, object]] = []
    real_unlink, real_fsync = os.unlink, os.fsync

    def recording_unlink(path, *args, **kwargs):
        path = Path(path)
        events.append(("unlink", (path.name, path.read_bytes() if path.is_file() else b"")))
        return real_unlink(path, *args, **kwargs)

    def recording_fsync(fd):
        events.append(("fsync", fd))
        return real_fsync(fd)

    monkeypatch.setattr(os, "unlink", recording_unlink)
    monkeypatch.setattr(os, "fsync", recording_fsync)
    result = erase.destroy_vault(closed_vault)

    unlinked = [detail[0] for kind, detail in events if kind == "unlink"]
    assert unlinked[0] == SLOTS_NAME and DB_NAME in unlinked
    slots_at_deletion = next(detail[1] for kind, detail in events if kind == "unlink" and detail[0] == SLOTS_NAME)
    assert len(slots_at_deletion) == len(original) and slots_at_deletion != original
    with pytest.raises(ValueError):
        json.loads(slots_at_deletion)  # random bytes, not the wrapped key
    first_unlink = next(i for i, (kind, _) in enumerate(events) if kind == "unlink")
    fsyncs_before = sum(kind == "fsync" for kind, _ in events[:first_unlink])
    assert fsyncs_before >= erase.KEY_SLOT_PASSES  # each pass forced to the disk
    assert not closed_vault.exists() and result.folder_removed
    print(f"destroyed: {result.removed}; key-slot file overwritten {erase.KEY_SLOT_PASSES} times "
          f"({len(original)} bytes) before its deletion")


def test_the_database_is_overwritten_too(closed_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = (closed_vault / DB_NAME).read_bytes()
    captured = {}
    real_unlink = os.unlink

    def capturing_unlink(path, *args, **kwargs):
        captured[Path(path).name] = Path(path).read_bytes()
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", capturing_unlink)
    erase.destroy_vault(closed_vault)
    assert len(captured[DB_NAME]) == len(original) and captured[DB_NAME][:4096] != original[:4096]


def test_a_destroyed_vault_cannot_be_opened_even_from_a_leftover_database(closed_vault: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Even if the database survived (an SSD keeping an old copy), nothing opens it: the key is gone."""
    survivor = (closed_vault / DB_NAME).read_bytes()
    erase.destroy_vault(closed_vault)
    closed_vault.mkdir()
    (closed_vault / DB_NAME).write_bytes(survivor)
    with pytest.raises(KeySlotInvalid, match="missing"):
        Vault.open(closed_vault, passphrase=PASSPHRASE)


def test_destroy_needs_no_passphrase_and_asks_for_the_word(cli_vault, vault_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREATLOG_PASSPHRASE", raising=False)
    # Not a terminal and no --yes: refused, nothing erased.
    refused = cli_vault("destroy", passphrase_file=None)
    assert refused.code == 2 and (vault_dir / SLOTS_NAME).exists()
    # On a terminal, anything but the word keeps the vault.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "destroy")
    kept = cli_vault("destroy", passphrase_file=None)
    assert kept.code == 1 and (vault_dir / SLOTS_NAME).exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "DESTROY")
    done = cli_vault("destroy", passphrase_file=None)
    assert done.code == 0, done.err
    assert not vault_dir.exists()


def test_destroy_yes_under_duress(cli_vault, vault_dir: Path) -> None:
    assert cli_vault("destroy", "--yes", passphrase_file=None).code == 0
    assert not vault_dir.exists()


def test_only_a_vault_is_erased_and_other_files_are_left_alone(closed_vault: Path, tmp_path: Path) -> None:
    (closed_vault / "my-letter.txt").write_text("not the vault's")
    outside = tmp_path / "precious.txt"
    outside.write_text("precious")
    (closed_vault / (SLOTS_NAME + ".tmp")).symlink_to(outside)  # a planted link is deleted, never followed
    result = erase.destroy_vault(closed_vault)
    assert result.leftovers == ("my-letter.txt",) and not result.folder_removed
    assert outside.read_text() == "precious"
    assert sorted(p.name for p in closed_vault.iterdir()) == ["my-letter.txt"]
    with pytest.raises(VaultNotFound):
        erase.destroy_vault(tmp_path)  # not a vault: nothing touched
    assert outside.exists()
