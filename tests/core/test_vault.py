"""The vault as a user and an attacker meet it: unlock, wrong passphrase, recovery, tampered slots."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from app.core.errors import EncryptionUnavailable, KeySlotInvalid, VaultExists, VaultNotFound, WrongPassphrase
from app.core.storage import keyslots
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.helpers import folder_digest


def test_reopened_vault_is_the_same_vault(new_vault, vault_dir: Path) -> None:
    vault, _ = new_vault
    vault_id = vault.vault_id
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        assert again.vault_id == vault_id


def test_database_file_is_encrypted_on_disk(vault, vault_dir: Path) -> None:
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'CANARY-PLAINTEXT-7731')")
    vault.close()
    for path in vault_dir.iterdir():
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path.name
        assert b"CANARY-PLAINTEXT-7731" not in data, path.name


def test_wrong_passphrase_changes_no_byte(new_vault, vault_dir: Path) -> None:
    new_vault[0].close()
    before = folder_digest(vault_dir)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(vault_dir, passphrase="not the passphrase")
    assert caught.value.exit_code == 3
    assert folder_digest(vault_dir) == before


def test_passphrase_is_unicode_normalised(vault_dir: Path) -> None:
    composed = "şəhər gecəsi ünvan"
    decomposed = unicodedata.normalize("NFD", composed)  # as some macOS input methods deliver it
    assert decomposed != composed
    vault, _ = Vault.create(vault_dir, composed, TEST_KDF)
    vault.close()
    with Vault.open(vault_dir, passphrase=decomposed) as again:
        assert again.is_open


def test_recovery_code_opens_the_vault_however_it_is_typed(new_vault, vault_dir: Path) -> None:
    vault, code = new_vault
    vault.close()
    sloppy = code.lower().replace("-", " ")
    with Vault.open(vault_dir, recovery_code=sloppy) as again:
        assert again.is_open
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, recovery_code="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")


def test_passphrase_change_rewraps_without_rewriting_the_database(new_vault, vault_dir: Path) -> None:
    vault, code = new_vault
    vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = (vault_dir / DB_NAME).read_bytes()
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    # Re-wrapped, not re-encrypted: the pages are as they were, but for the one that keeps the new
    # slot's digest (and the header's change counter).
    db_after = (vault_dir / DB_NAME).read_bytes()
    page = keyslots.DEFAULT_CIPHER_PAGE_SIZE
    changed = [n for n in range(0, len(db_after), page) if db_after[n:n + page] != db_before[n:n + page]]
    assert len(db_after) == len(db_before) and len(changed) <= 2, changed
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    with Vault.open(vault_dir, passphrase="a brand new passphrase"):
        pass
    with Vault.open(vault_dir, recovery_code=code):
        pass


def test_creating_over_an_existing_vault_is_refused(new_vault, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, TEST_KDF)


def test_missing_vault_is_named(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="No vault in"):
        Vault.open(tmp_path / "nowhere", passphrase=PASSPHRASE)


def test_short_passphrase_refused_and_nothing_created(vault_dir: Path) -> None:
    with pytest.raises(Exception, match="at least 8"):
        Vault.create(vault_dir, "short", TEST_KDF)
    assert not (vault_dir / SLOTS_NAME).exists()


def test_safety_pragmas_are_in_force(vault) -> None:
    conn = vault.connection()
    pragma = lambda name: conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("secure_delete") == 1
    assert pragma("trusted_schema") == 0
    assert pragma("foreign_keys") == 1
    assert pragma("cipher_version")


def test_locked_vault_refuses_access(vault) -> None:
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultNotFound, match="locked"):
        vault.connection()


def _rewrite_slots(vault_dir: Path, change) -> None:
    path = vault_dir / SLOTS_NAME
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("memory_kib", 1 << 40, "memory"),
        ("memory_kib", 8, "memory"),
        ("iterations", 1, "iterations"),
        ("iterations", 10**9, "iterations"),
        ("lanes", 0, "lanes"),
        ("lanes", True, "whole number"),
    ],
)
def test_absurd_kdf_parameters_refused_before_any_derivation(new_vault, vault_dir: Path, field, value, message) -> None:
    new_vault[0].close()
    _rewrite_slots(vault_dir, lambda doc: doc["slots"][0]["kdf"].__setitem__(field, value))
    started = time.perf_counter()
    with pytest.raises(KeySlotInvalid, match=message):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    # Refused on reading, not after running a 1 TiB Argon2 (which would not return at all).
    assert time.perf_counter() - started < 0.5


def test_weakened_parameters_within_bounds_do_not_open(new_vault, vault_dir: Path) -> None:
    """Parameters are bound into the AES-GCM tag: editing them on disk fails closed."""
    new_vault[0].close()
    _rewrite_slots(vault_dir, lambda doc: doc["slots"][0]["kdf"].__setitem__("iterations", 4))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"format": "something-else"}', b"\xff\xfe\x00", b"{" * 100_000],
)
def test_damaged_slot_file_gives_a_clear_error(new_vault, vault_dir: Path, content: bytes) -> None:
    new_vault[0].close()
    (vault_dir / SLOTS_NAME).write_bytes(content)
    with pytest.raises(KeySlotInvalid):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_plaintext_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from app.core.storage.database import assert_encrypted_on_disk

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(EncryptionUnavailable):
        assert_encrypted_on_disk(plain)


def test_slot_file_round_trips() -> None:
    slot = keyslots.wrap_key(b"k" * 32, b"secret", "passphrase", TEST_KDF, "vault-1")
    slots = keyslots.KeySlotFile("vault-1", 16384, (slot,))
    parsed = keyslots.parse(keyslots.serialize(slots))
    assert parsed == slots
    assert keyslots.unwrap_key(parsed, "passphrase", b"secret") == b"k" * 32
