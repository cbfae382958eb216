"""Encrypted backups: one file, checked after writing, restored only if every check passes."""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.checks import integrity
from app.core.errors import BackupFailed, BackupInvalid, OperationCancelled, VaultExists
from app.core.records import custody, evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage import backup
from app.core.storage.database import connect
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from tests.bundle_helpers import populate
from tests.conftest import PASSPHRASE
from tests.helpers import folder_digest, png_bytes

CANARY = "BACKUP-CANARY-3e9d71 təhdid угроза"


def _snapshot(vault: Vault) -> tuple[list[dict], dict[str, bytes], str]:
    """Every incident as JSON, every original's bytes, and the custody head: what a restore must keep."""
    conn = vault.connection()
    ids = [row[0] for row in conn.execute("SELECT id FROM incidents ORDER BY seq")]
    shown = [incidents.get(conn, i).to_json() for i in ids]
    originals = {
        sha: b"".join(evidence.read_chunks(conn, sha))
        for (sha,) in conn.execute("SELECT sha256 FROM blobs ORDER BY id")
    }
    return shown, originals, custody.head_hash(conn)


def _vault_with_canary(vault: Vault) -> None:
    populate(vault)
    with vault.transaction() as conn:
        incident = incidents.create(conn, IncidentDraft(
            "threat", CANARY, text=CANARY, notes=CANARY, tags=("canary",)))
        evidence.attach_stream(conn, incident, io.BytesIO(png_bytes(80, 50, text=CANARY)), f"{CANARY}.png")
        evidence.attach_stream(conn, incident, io.BytesIO(CANARY.encode() * 1000), "notes.txt")


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _rewrite(path: Path, out: Path, change) -> None:
    """Rebuild the backup zip with `change(members)` applied (a dict name -> bytes)."""
    members = _members(path)
    change(members)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)


def _manifest_for(members: dict[str, bytes]) -> None:
    doc = json.loads(members["threatlog-backup/manifest.json"])
    for name in (DB_NAME, SLOTS_NAME):
        data = members[f"threatlog-backup/{name}"]
        doc["files"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    members["threatlog-backup/manifest.json"] = json.dumps(doc).encode()


@pytest.fixture
def backed_up(new_vault, tmp_path: Path):
    vault, recovery_code = new_vault
    _vault_with_canary(vault)
    result = backup.backup(vault, tmp_path / "vault-backup.zip")
    return vault, recovery_code, result


def test_restore_gives_back_the_same_vault_with_the_same_secrets(backed_up, tmp_path: Path) -> None:
    vault, recovery_code, result = backed_up
    before = _snapshot(vault)
    restored_dir = tmp_path / "elsewhere" / "restored"
    restored = backup.restore(result.path, restored_dir)
    assert restored.vault_id == vault.vault_id
    with Vault.open(restored_dir, passphrase=PASSPHRASE) as again:
        assert _snapshot(again) == before
        assert integrity.check(again).healthy
    with Vault.open(restored_dir, recovery_code=recovery_code) as again:
        assert _snapshot(again)[2] == before[2]
    print(f"backup: {result.size:,} bytes for a {result.database_bytes:,}-byte database, "
          f"{result.custody_entries} custody entries; restored and reopened with passphrase and recovery code")


def test_the_backup_holds_no_plaintext(backed_up) -> None:
    _vault, _code, result = backed_up
    raw = result.path.read_bytes()
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"BACKUP-CANARY", b"Ekran", b"troll-wave"]
    hits = [n for n in needles if n in raw]
    print(f"canary scan of the {len(raw):,}-byte backup: {len(hits)} hits")
    assert hits == []
    assert hashlib.sha256(raw).hexdigest() == result.sha256


def test_the_copied_database_is_sqlcipher_under_the_vaults_key(backed_up, tmp_path: Path) -> None:
    vault, _code, result = backed_up
    copy = tmp_path / "copy.db"
    copy.write_bytes(_members(result.path)[f"threatlog-backup/{DB_NAME}"])
    assert not copy.read_bytes().startswith(b"SQLite format 3\x00")
    conn = connect(copy, bytes(vault._key), vault._slots.cipher_page_size, read_only=True)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert custody.verify(conn).head_hash == result.custody_head
    finally:
        conn.close()
    wrong = sqlcipher3.connect(str(copy))
    wrong.execute("PRAGMA cipher_log_level = NONE")
    wrong.execute(f"PRAGMA key = \"x'{'00' * 32}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()


def test_the_backup_is_an_ordinary_zip_of_a_vault_folder(backed_up, tmp_path: Path) -> None:
    """Should Threatlog disappear, any unzip tool turns a backup back into a vault folder."""
    _vault, _code, result = backed_up
    with zipfile.ZipFile(result.path) as archive:
        assert sorted(archive.namelist()) == [f"threatlog-backup/{n}" for n in ("keyslots.json", "manifest.json",
                                                                             "vault.db")]
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
        archive.extractall(tmp_path / "unzipped")
    with Vault.open(tmp_path / "unzipped" / "threatlog-backup", passphrase=PASSPHRASE) as again:
        assert integrity.check(again).healthy


@pytest.mark.parametrize("keep", [0, 1000, "half", -22, -1])
def test_a_truncated_backup_is_refused_and_nothing_is_written(backed_up, tmp_path: Path, keep) -> None:
    _vault, _code, result = backed_up
    raw = result.path.read_bytes()
    cut = len(raw) // 2 if keep == "half" else keep
    damaged = tmp_path / "truncated.zip"
    damaged.write_bytes(raw[:cut])
    target = tmp_path / "restored"
    with pytest.raises(BackupInvalid, match="not a usable Threatlog backup"):
        backup.restore(damaged, target)
    assert not target.exists()


def test_a_flipped_byte_in_the_database_is_refused_and_nothing_is_left(backed_up, tmp_path: Path) -> None:
    _vault, _code, result = backed_up
    raw = bytearray(result.path.read_bytes())
    raw[len(raw) // 3] ^= 0x01  # inside vault.db, the first and by far the largest member
    damaged = tmp_path / "flipped.zip"
    damaged.write_bytes(raw)
    target = tmp_path / "restored"
    target.mkdir()
    started = time.perf_counter()
    with pytest.raises(BackupInvalid, match="SHA-256 in its manifest"):
        backup.restore(damaged, target)
    print(f"flipped byte at {len(raw) // 3:,}: refused in {time.perf_counter() - started:.3f} s")
    assert list(target.iterdir()) == []  # the folder was there before: it stays, empty


def _absurd_kdf(members: dict[str, bytes]) -> None:
    doc = json.loads(members[f"threatlog-backup/{SLOTS_NAME}"])
    doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    members[f"threatlog-backup/{SLOTS_NAME}"] = json.dumps(doc).encode()
    _manifest_for(members)


def _swap_database(members: dict[str, bytes]) -> None:
    members[f"threatlog-backup/{DB_NAME}"] = b"SQLite format 3\x00" + b"\x00" * (16384 - 16)
    _manifest_for(members)


@pytest.mark.parametrize("change, message", [
    (lambda m: m.__setitem__("threatlog-backup/../../evil.txt", b"x"), "member name"),
    (lambda m: m.__setitem__("threatlog-backup/extra.txt", b"x"), "exactly"),
    (lambda m: m.pop(f"threatlog-backup/{SLOTS_NAME}"), "exactly"),
    (lambda m: m.update({"other/" + k.split("/", 1)[1]: m.pop(k) for k in list(m)}), "exactly"),
    (lambda m: m.__setitem__("threatlog-backup/manifest.json", b"{\"format\": \"threatlog-backup\", \"format\": 1}"),
     "not valid JSON"),
    (lambda m: m.__setitem__("threatlog-backup/manifest.json", b"x" * 20000), "far larger"),
    (lambda m: m.__setitem__(f"threatlog-backup/{SLOTS_NAME}", b"{}"), "sizes its manifest declares"),
    (lambda m: m.__setitem__(f"threatlog-backup/{SLOTS_NAME}",
                             m[f"threatlog-backup/{SLOTS_NAME}"].replace(b"recovery", b"rEcovery")), "SHA-256"),
    (_absurd_kdf, "key slots are refused"),
    (_swap_database, "not encrypted"),
])
def test_crafted_backups_are_refused_before_anything_is_written(backed_up, tmp_path: Path, change, message) -> None:
    _vault, _code, result = backed_up
    crafted = tmp_path / "crafted.zip"
    _rewrite(result.path, crafted, change)
    target = tmp_path / "restored"
    started = time.perf_counter()
    with pytest.raises(BackupInvalid, match=message):
        backup.restore(crafted, target)
    # An absurd KDF is refused on reading: no 1 TiB Argon2 was attempted (it would never return).
    assert time.perf_counter() - started < 2
    assert not target.exists()
    assert not (tmp_path / "evil.txt").exists()


def test_a_compressed_member_is_refused(backed_up, tmp_path: Path) -> None:
    _vault, _code, result = backed_up
    crafted = tmp_path / "deflated.zip"
    with zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _members(result.path).items():
            archive.writestr(name, data)
    with pytest.raises(BackupInvalid, match="compressed"):
        backup.restore(crafted, tmp_path / "restored")


def test_restore_never_overwrites_a_vault_or_fills_a_used_folder(backed_up, vault_dir: Path, tmp_path: Path) -> None:
    _vault, _code, result = backed_up
    before = folder_digest(vault_dir)
    with pytest.raises(VaultExists, match="never overwrites"):
        backup.restore(result.path, vault_dir)
    assert folder_digest(vault_dir) == before
    used = tmp_path / "used"
    used.mkdir()
    (used / "letter.txt").write_text("mine")
    with pytest.raises(VaultExists, match="not empty"):
        backup.restore(result.path, used)
    assert [p.name for p in used.iterdir()] == ["letter.txt"]


def test_backup_refuses_to_overwrite_or_to_sit_inside_the_vault(vault, vault_dir: Path, tmp_path: Path) -> None:
    existing = tmp_path / "exists.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(BackupFailed, match="already exists"):
        backup.backup(vault, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(BackupFailed, match="vault's own folder"):
        backup.backup(vault, vault_dir / "inside.zip")


def test_a_cancelled_backup_leaves_nothing(vault, tmp_path: Path) -> None:
    populate(vault)
    seen = []

    def cancel_midway() -> bool:
        seen.append(1)
        return len(seen) > 2

    with pytest.raises(OperationCancelled):
        backup.backup(vault, tmp_path / "b.zip", cancelled=cancel_midway)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.zip")) == []


def test_progress_rises_to_the_total(vault, tmp_path: Path) -> None:
    populate(vault)
    calls: list[tuple[int, int]] = []
    backup.backup(vault, tmp_path / "b.zip", progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]


def test_a_read_only_vault_can_be_backed_up(new_vault, vault_dir: Path, tmp_path: Path) -> None:
    vault, _code = new_vault
    populate(vault)
    vault.close()
    before = folder_digest(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE, read_only=True) as read_only:
        backup.backup(read_only, tmp_path / "b.zip")
    # SQLite may leave an empty -wal and its -shm index beside the database: the vault's own two
    # files are what must not change.
    after = folder_digest(vault_dir)
    assert {n: after[n] for n in before} == before
    backup.restore(tmp_path / "b.zip", tmp_path / "restored")
    Vault.open(tmp_path / "restored", passphrase=PASSPHRASE).close()


def test_a_backup_rescues_a_vault_whose_key_slot_file_was_damaged_after_unlocking(vault, vault_dir: Path,
                                                                                 tmp_path: Path) -> None:
    populate(vault)
    (vault_dir / SLOTS_NAME).write_bytes(b"\x00" * 300)  # the disk fails while the vault is open
    report = integrity.check(vault)
    assert [f.area for f in report.findings] == ["keyslots"]
    assert "make a backup now" in str(report.findings[0].message)
    backup.backup(vault, tmp_path / "rescue.zip")
    backup.restore(tmp_path / "rescue.zip", tmp_path / "restored")
    with Vault.open(tmp_path / "restored", passphrase=PASSPHRASE) as again:
        assert integrity.check(again).healthy


def test_cli_backup_restore_and_check(cli_vault, vault_dir: Path, tmp_path: Path) -> None:
    incident = cli_vault("add", "--type", "threat", "--title", "Backed up").out.strip()
    result = cli_vault("backup", "--out", str(tmp_path / "b.zip"))
    assert result.code == 0, result.err
    sha, path = result.out.strip().split("  ")
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
    from app.cli import main

    assert main(["--vault", str(tmp_path / "restored"), "restore", str(tmp_path / "b.zip")]) == 0
    assert main(["--vault", str(tmp_path / "restored"), "restore", str(tmp_path / "b.zip")]) == 1
    again = cli_vault("--vault", str(tmp_path / "restored"), "list")
    assert incident in again.out
    assert cli_vault("--vault", str(tmp_path / "restored"), "check").code == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(position=st.floats(0, 1, exclude_max=True), value=st.integers(1, 255))
def test_any_flipped_byte_is_refused_or_harmless(backed_up, tmp_path_factory, position: float, value: int) -> None:
    """Restore either refuses with its own error, or writes a vault that opens and checks healthy."""
    _vault, _code, result = backed_up
    raw = bytearray(result.path.read_bytes())
    at = int(position * len(raw))
    raw[at] ^= value
    folder = tmp_path_factory.mktemp("fuzz")
    damaged = folder / "b.zip"
    damaged.write_bytes(raw)
    try:
        backup.restore(damaged, folder / "restored")
    except BackupInvalid:
        assert not (folder / "restored").exists()
        return
    # Only bytes outside every member's content (zip timestamps, attributes) can be harmless.
    with Vault.open(folder / "restored", passphrase=PASSPHRASE) as again:
        assert integrity.check(again).healthy
