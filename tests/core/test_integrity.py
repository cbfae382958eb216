"""The integrity check: damage in the database file, the write-ahead log, the evidence and the key
slots is found, named in plain words (which page, which item), and never crashes anything.

A crafted key-slot file with absurd KDF parameters is refused before any derivation: see
tests/core/test_vault.py::test_absurd_kdf_parameters_refused_before_any_derivation; here the
`check` command reports such a file as damage.
"""

from __future__ import annotations

import json
import os
import struct
import time
from pathlib import Path

import pytest

from app.core.bundles import bundle
from app.core.bundles.bundle import Selection
from app.core.bundles.verify import verify_bundle
from app.core.checks import integrity
from app.core.errors import EvidenceDamaged, OperationCancelled, VaultDamaged, VaultReadOnly
from app.core.records import incidents
from app.core.storage import backup
from app.core.storage.keyslots import DEFAULT_CIPHER_PAGE_SIZE
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from tests.bundle_helpers import populate
from tests.conftest import PASSPHRASE
from tests.helpers import (checkpoint, damage_one_evidence_chunk, damage_the_log, flip_byte, folder_digest,
                           vault_with_unflushed_log)

PAGE = DEFAULT_CIPHER_PAGE_SIZE


def _reopen_read_only(folder: Path) -> Vault:
    return Vault.open(folder, passphrase=PASSPHRASE, read_only=True)


def test_a_healthy_vault_passes_every_check(vault) -> None:
    populate(vault)
    progress: list[tuple[int, int]] = []
    report = integrity.check(vault, progress=lambda d, t: progress.append((d, t)))
    print("\n".join(report.lines()))
    assert report.healthy and report.findings == ()
    assert [s.ok for s in report.stages] == [True] * 7
    assert report.lines()[-1].startswith("HEALTHY")
    assert report.evidence_items == 4 and report.incidents == 3 and report.chain.intact
    assert progress[-1][0] == progress[-1][1]


def test_a_flipped_page_in_the_middle_of_the_database_is_named(new_vault, vault_dir: Path) -> None:
    vault, _ = new_vault
    populate(vault)
    checkpoint(vault)
    vault.close()
    pages = (vault_dir / DB_NAME).stat().st_size // PAGE
    page = pages // 2 + 1
    flip_byte(vault_dir / DB_NAME, (page - 1) * PAGE + PAGE // 2)
    with _reopen_read_only(vault_dir) as damaged:
        report = integrity.check(damaged)
    print("\n".join(report.lines()))
    assert not report.healthy
    assert page in report.bad_pages
    assert any(f"Page {page} of vault.db" in str(f.message) for f in report.findings)
    assert report.lines()[-1].startswith("DAMAGED")


def test_a_flipped_byte_in_an_evidence_chunk_names_the_item_and_the_page(new_vault, vault_dir: Path,
                                                                         tmp_path: Path) -> None:
    vault, _ = new_vault
    sample = populate(vault)
    victim, page = damage_one_evidence_chunk(vault, "proof.bin")

    with _reopen_read_only(vault_dir) as damaged:
        report = integrity.check(damaged)
        print("\n".join(report.lines()))
        assert page in report.bad_pages
        [item] = report.damaged_evidence
        assert (item.incident_id, item.file_name) == (victim, "proof.bin")
        assert f"'proof.bin' of incident {victim}" in str(item.message) and "from offset 1,048,576" in str(item.message)
        # The damaged vault still opens, read-only, and what is intact is still there to read.
        assert len(incidents.get(damaged.connection(), sample.threat).evidence) == 3
        with pytest.raises(VaultReadOnly):
            damaged.transaction().__enter__()

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        # An export that would carry the damaged item is refused before anything is written ...
        with pytest.raises(EvidenceDamaged, match="proof.bin"):
            bundle.export_bundle(vault, tmp_path / "bad.zip", Selection(ids=(victim,)))
        assert not list(tmp_path.glob("bad.zip*"))
        # ... while intact incidents can still leave, for the lawyer who needs them now.
        result = bundle.export_bundle(vault, tmp_path / "good.zip", Selection(ids=(sample.threat,)))
        assert result.path.exists() and result.recorded


def test_a_crash_image_with_an_intact_log_opens_with_every_save(new_vault, vault_dir: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    ids = vault_with_unflushed_log(new_vault[0], crashed)
    with Vault.open(crashed, passphrase=PASSPHRASE) as vault:
        assert [incidents.get(vault.connection(), i).draft.title for i in ids] == [f"Saved change {n}"
                                                                                   for n in range(6)]
        assert integrity.check(vault).healthy


def test_a_flipped_byte_in_the_log_is_detected_before_it_can_lose_saves(new_vault, vault_dir: Path,
                                                                        tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    ids = vault_with_unflushed_log(new_vault[0], crashed)
    bad_frame = damage_the_log(crashed)
    before = folder_digest(crashed)

    # Opening normally would replay the log up to the bad frame and delete the rest at close.
    with pytest.raises(VaultDamaged, match="write-ahead log") as refused:
        Vault.open(crashed, passphrase=PASSPHRASE)
    print(refused.value)
    assert "cannot be read" in str(refused.value) and "restore" in str(refused.value)
    after = folder_digest(crashed)
    # Nothing changed, the evidence of damage included (-shm is SQLite's scratch index of the log).
    assert {n: after[n] for n in (DB_NAME, DB_NAME + "-wal", SLOTS_NAME)} == {
        n: before[n] for n in (DB_NAME, DB_NAME + "-wal", SLOTS_NAME)}

    with _reopen_read_only(crashed) as damaged:
        report = integrity.check(damaged)
        readable = [i for i in ids if damaged.connection().execute(
            "SELECT 1 FROM incidents WHERE id = ?", (i,)).fetchone()]
        # What is intact can still go to the lawyer; the read-only vault cannot record the export.
        exported = bundle.export_bundle(damaged, tmp_path / "intact.zip", Selection(ids=tuple(readable)))
        assert not exported.recorded and exported.custody_seq == 0
        assert verify_bundle(exported.path).intact
    print("\n".join(report.lines()))
    [finding] = [f for f in report.findings if f.area == "wal"]
    assert f"damaged at frame {bad_frame}" in str(finding.message)
    assert 0 < len(readable) < len(ids)  # what SQLite alone would have lost silently
    # The read-only vault wrote nothing and checkpointed nothing: the log is still there, as found.
    assert folder_digest(crashed)[DB_NAME + "-wal"] == before[DB_NAME + "-wal"]
    assert folder_digest(crashed)[DB_NAME] == before[DB_NAME]


def test_a_torn_write_at_the_end_of_the_log_is_not_damage(new_vault, vault_dir: Path, tmp_path: Path) -> None:
    """A crash while appending leaves a half-written, uncommitted frame: no acknowledged save is lost."""
    crashed = tmp_path / "crashed"
    ids = vault_with_unflushed_log(new_vault[0], crashed)
    wal = crashed / (DB_NAME + "-wal")
    with open(wal, "rb") as f:
        salts = f.read(32)[16:24]
    page_number = 3
    torn = struct.pack(">II", page_number, 0) + salts + b"\x00" * 8 + os.urandom(PAGE // 2)
    with open(wal, "ab") as f:
        f.write(torn)
    with Vault.open(crashed, passphrase=PASSPHRASE) as vault:
        assert all(incidents.get(vault.connection(), i) for i in ids)
        assert integrity.check(vault).healthy


def test_a_revision_altered_in_place_is_named(vault) -> None:
    sample = populate(vault)
    with vault.transaction() as conn:
        conn.execute("UPDATE revisions SET data = replace(data, 'Səni', 'Sizi') WHERE incident_id = ?",
                     (sample.threat,))
    report = integrity.check(vault)
    assert [f.incident_id for f in report.findings] == [sample.threat]
    assert "no longer matches its recorded SHA-256" in str(report.findings[0].message)


def test_a_broken_custody_chain_is_reported(vault) -> None:
    populate(vault)
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER custody_log_no_update")
        conn.execute("UPDATE custody_log SET object_id = 'someone-else' WHERE seq = 3")
    report = integrity.check(vault)
    assert [f.area for f in report.findings] == ["custody"]
    assert "broken at entry 3" in str(report.findings[0].message)


def test_a_check_can_be_cancelled(vault) -> None:
    populate(vault)
    with pytest.raises(OperationCancelled):
        integrity.check(vault, cancelled=lambda: True)


def test_the_cli_check_exits_1_and_offers_a_restore(cli_vault, vault_dir: Path) -> None:
    cli_vault("add", "--type", "threat", "--title", "Logged")
    healthy = cli_vault("check")
    assert healthy.code == 0 and healthy.out.strip().endswith("HEALTHY — nothing in this vault is damaged.")
    pages = (vault_dir / DB_NAME).stat().st_size // PAGE
    flip_byte(vault_dir / DB_NAME, (pages // 2) * PAGE + 100)
    before = folder_digest(vault_dir)
    damaged = cli_vault("check")
    print(damaged.out)
    assert damaged.code == 1
    assert damaged.out.strip().splitlines()[-1].startswith("DAMAGED")
    assert "restore BACKUP_FILE" in damaged.err
    after = folder_digest(vault_dir)
    assert {n: after[n] for n in before} == before  # a check never changes the vault


def test_a_key_slot_file_with_absurd_parameters_is_reported_by_check(cli_vault, vault_dir: Path) -> None:
    doc = json.loads((vault_dir / SLOTS_NAME).read_text())
    doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    (vault_dir / SLOTS_NAME).write_text(json.dumps(doc))
    started = time.perf_counter()
    result = cli_vault("check")
    assert result.code == 1 and result.out.startswith("DAMAGED")
    assert "memory" in result.out and "restore" in result.err
    assert time.perf_counter() - started < 2


def test_nothing_crashes_whatever_page_is_damaged(new_vault, vault_dir: Path, tmp_path: Path) -> None:
    """Pages flipped in turn (the first ones, where the schema and the small tables live, then a sample
    of the rest): opening, checking and backing up end in a report or one of our own errors."""
    vault, _ = new_vault
    populate(vault)
    checkpoint(vault)
    vault.close()
    pristine = (vault_dir / DB_NAME).read_bytes()
    pages = len(pristine) // PAGE
    outcomes: dict[str, int] = {}
    sample = sorted(set(range(1, 13)) | set(range(13, pages + 1, max(1, pages // 12))) | {pages})
    for page in sample:
        damaged = bytearray(pristine)
        damaged[(page - 1) * PAGE + PAGE // 2] ^= 0xFF
        (vault_dir / DB_NAME).write_bytes(damaged)
        try:
            with _reopen_read_only(vault_dir) as opened:
                report = integrity.check(opened)
                assert not report.healthy and page in report.bad_pages
                outcome = "reported"
                with pytest.raises(Exception) as failed:
                    backup.backup(opened, tmp_path / f"b{page}.zip")
                assert failed.type.__module__ == "app.core.errors"
        except VaultDamaged:
            outcome = "refused"
        except Exception as error:  # the only others allowed are our own, with a message
            assert type(error).__module__ == "app.core.errors", repr(error)
            outcome = type(error).__name__
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"{len(sample)} of {pages} pages flipped one at a time: {outcomes}")
    assert not list(tmp_path.glob("b*.zip*"))


def test_the_cli_refuses_a_damaged_log_yet_checks_and_backs_it_up(new_vault, vault_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    crashed = tmp_path / "crashed"
    vault_with_unflushed_log(new_vault[0], crashed)
    damage_the_log(crashed)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    common = ["--vault", str(crashed), "--passphrase-file", str(secret)]
    assert main(common + ["list"]) == 1
    assert "write-ahead log" in capsys.readouterr().err
    assert main(common + ["check"]) == 1
    out = capsys.readouterr()
    assert "DAMAGED write-ahead log" in out.out and "restore" in out.err
    assert main(common + ["backup", "--out", str(tmp_path / "salvage.zip")]) == 0
    capsys.readouterr()
    assert main(["--vault", str(tmp_path / "salvaged"), "restore", str(tmp_path / "salvage.zip")]) == 0
    with Vault.open(tmp_path / "salvaged", passphrase=PASSPHRASE) as salvaged:
        assert integrity.check(salvaged).healthy  # what was intact, now in a healthy vault
