"""Migrations: a new vault reaches the latest schema; each step lands whole or not at all."""

from __future__ import annotations

import os

import pytest

from app.core.errors import VaultCorrupt
from app.core.storage import schema
from app.core.storage.database import DatabaseError, connect
from app.core.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}


def test_new_vault_is_at_the_latest_version(vault) -> None:
    conn = vault.connection()
    assert schema.schema_version(conn) == schema.LATEST_VERSION
    assert {"incidents", "revisions", "blobs", "blob_chunks", "evidence", "custody_log", "search_index",
            "custody_log_no_update", "custody_log_no_delete"} <= _tables(conn)


@pytest.mark.parametrize("step", range(1, schema.LATEST_VERSION + 1))
def test_each_migration_brings_its_predecessor_to_the_latest_version(tmp_path, step: int) -> None:
    """A vault left at version step-1 (by an older app) opens at the latest version, intact."""
    conn = connect(tmp_path / "old.db", os.urandom(32), 16384, must_exist=False)
    for number in range(1, step):
        schema._apply(conn, number, schema.MIGRATIONS[number - 1])
    assert schema.schema_version(conn) == step - 1
    schema.migrate(conn)
    assert schema.schema_version(conn) == schema.LATEST_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_failing_migration_leaves_the_version_unchanged(vault) -> None:
    conn = vault.connection()
    before = schema.schema_version(conn)
    with pytest.raises(DatabaseError):
        schema._apply(conn, before + 1, "CREATE TABLE half_done (x); THIS IS NOT SQL;")
    assert schema.schema_version(conn) == before
    assert "half_done" not in _tables(conn)


def test_a_vault_from_a_newer_app_is_refused(vault, vault_dir) -> None:
    vault.connection().execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    vault.close()
    with pytest.raises(VaultCorrupt, match="newer version"):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_version_2_keeps_a_version_1_vaults_accounts_and_images(tmp_path) -> None:
    """Migration 2 (accounts registry, campaigns, perceptual hashes) on a vault filled by version 1."""
    conn = connect(tmp_path / "old.db", os.urandom(32), 16384, must_exist=False)
    schema._apply(conn, 1, schema.MIGRATIONS[0])
    conn.execute("INSERT INTO accounts (platform, handle, handle_key, created_at) VALUES ('x', '@Troll', 'troll', 't')")
    conn.execute("INSERT INTO incidents (seq, id, recorded_at, revision, type, title, sort_time, sensitive, data)"
                 " VALUES (1, 'abcdefghjk', 't', 1, 'threat', 'T', '2025-10-04T00:00:00Z', 0, '{}')")
    conn.execute("INSERT INTO incident_accounts VALUES ('abcdefghjk', 1)")
    conn.execute("INSERT INTO blobs (sha256, size, media_type, stored_at, thumbnail) VALUES ('00', 1, 'image/png', 't', x'ff')")
    schema.migrate(conn)
    assert conn.execute("SELECT handle, display_name, profile_url, notes, merged_into FROM accounts").fetchall() == [
        ("@Troll", "", "", "", None)]
    assert conn.execute("SELECT * FROM incident_accounts").fetchall() == [("abcdefghjk", 1)]
    assert conn.execute("SELECT sha256, phash FROM blobs").fetchall() == [("00", None)]
    assert {"account_aliases", "account_merges", "campaigns", "campaign_incidents", "campaign_suggestions",
            "campaign_suggestion_incidents", "campaign_dismissals", "purge_removes_campaign_links"} <= _tables(conn)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
