"""Encrypted backups of a whole vault, and restoring them (docs/cli.md, "Backups").

A backup is ONE file: a zip (every member STORED) holding one folder, `threatlog-backup/`, with

    vault.db        a consistent copy of the SQLCipher database, encrypted with the vault's own key
    keyslots.json   the key slots (the database key wrapped under the passphrase and the recovery code)
    manifest.json   {"format": "threatlog-backup", "version": 1, "created_at", "vault_id",
                     "cipher_page_size", "files": {name: {"size", "sha256"}}}

Nothing in it is readable without the passphrase or the recovery code: the database is the same
AES-256 ciphertext as in the vault, the key slots hold only the wrapped key, and the manifest only
sizes and hashes. Because it is a plain zip of a vault folder, it can also be restored by hand
with any unzip tool, should Threatlog itself no longer exist.

Writing: SQLite's online backup API copies the database, page by page inside one read
transaction (so the copy is one moment of the vault, while the user goes on working), into a
new SQLCipher database keyed with the same raw key. (`VACUUM INTO` was tried and rejected: the
file it writes does not open with the vault's key.) That copy is checked (no plaintext header;
SQLCipher's page HMACs; SQLite's quick_check; the custody chain, which must end in the same head
as the vault's at the moment of the copy), packed under `<name>.part`, made durable, read back
from the disk (page cache dropped where the OS allows) and checked against the manifest, and only
then renamed to its final name. The key slots are those the vault was unlocked with, from memory,
so that a backup still rescues a vault whose key-slot file was damaged on disk after unlocking.

Backups are not recorded in the custody log: see docs/cli.md, "Backups", for why. The file's format
and reading a backup as untrusted input are in app.core.storage.backup_file.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.core.errors import BackupFailed, EncryptionUnavailable, OperationCancelled, VaultExists
from app.core.records import custody
from app.core.storage import keyslots
from app.core.storage.backup_file import MANIFEST_NAME, Manifest, OpenedBackup, invalid, open_backup, zip_info
from app.core.storage.database import Connection, DatabaseError, assert_encrypted_on_disk, connect
from app.core.storage.fsutil import fsync_directory
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault, vault_exists
from app.core.wording import Errors, Text

_COPY_PAGES_PER_STEP = 256
_READ_BYTES = 4 * 1024 * 1024
_PLAINTEXT_SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], None]  # (bytes done, bytes in total), over all stages
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str  # of the whole backup file: `sha256sum FILE` prints the same
    size: int
    created_at: str
    database_bytes: int
    custody_entries: int
    custody_head: str


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    vault_id: str
    backup_created_at: str
    database_bytes: int


class _Stages:
    """Progress over the stages of a backup, which each pass over the database once."""

    def __init__(self, database_bytes: int, stages: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(1, database_bytes * stages)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise OperationCancelled(Errors.tr("The backup"))

    def at(self, done: int) -> None:
        self.done = min(max(self.done, done), self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)


# --------------------------------------------------------------------------------------------
# Backup


def backup(vault: Vault, out_path: Path, progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> BackupResult:
    """Write a checked, encrypted backup of `vault` at `out_path`, which must not exist yet.

    Works on a vault opened read-only too (nothing is written to the vault). A failure or a
    cancel leaves nothing behind: not the final file, not the `.part`, not the scratch copy.
    """
    out_path = Path(out_path)
    part = out_path.with_name(out_path.name + ".part")
    scratch = out_path.with_name(out_path.name + ".db.part")
    _check_destination(vault, out_path, part, scratch)
    key = bytes(vault._key)  # friend access within core: the copy is keyed with the vault's own key
    page_size = vault._slots.cipher_page_size
    slots_bytes = keyslots.serialize(vault._slots)
    database_bytes = vault.db_path.stat().st_size
    stages = _Stages(database_bytes, 3, progress, cancelled)
    created_at = f"{datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%SZ}"
    try:
        head, entries = _copy_database(vault.connection(), scratch, key, page_size, stages)
        _check_copy(scratch, key, page_size, vault.vault_id, head, entries)
        stages.at(database_bytes)
        manifest = _pack(part, scratch, slots_bytes, vault.vault_id, page_size, created_at, stages, database_bytes)
        scratch.unlink()
        file_sha256 = _verify_written(part, manifest, slots_bytes, stages, 2 * database_bytes)
        if out_path.exists():
            raise BackupFailed(Errors.tr("'{path}' appeared while the backup was written; choose a new file name.")
                               .format(path=out_path))
        os.replace(part, out_path)
        fsync_directory(out_path.parent)
    except FileExistsError:
        raise BackupFailed(Errors.tr("'{part}' or '{scratch}' is in the way; move or delete it, then back up again.")
                           .format(part=part, scratch=scratch)) from None
    except DatabaseError as error:
        _discard(part, scratch)
        raise BackupFailed(Errors.tr(
            "The vault cannot be copied: a page of it cannot be read ({details}). No backup was written. Run "
            "'threatlog check'; to keep what is left, copy the vault folder as it is.").format(details=str(error))
        ) from None
    except OSError as error:
        _discard(part, scratch)
        raise BackupFailed(Errors.tr("Cannot write the backup '{path}': {reason}.").format(
            path=out_path, reason=error.strerror or str(error))) from None
    except BaseException:
        _discard(part, scratch)
        raise
    finally:
        _discard(scratch.with_name(scratch.name + "-wal"), scratch.with_name(scratch.name + "-shm"))
    stages.at(stages.total)
    return BackupResult(out_path, file_sha256, out_path.stat().st_size, created_at, manifest.files[DB_NAME][0],
                        entries, head)


def _check_destination(vault: Vault, out_path: Path, part: Path, scratch: Path) -> None:
    if out_path.exists():
        raise BackupFailed(Errors.tr("'{path}' already exists; choose a new file name.").format(path=out_path))
    for leftover in (part, scratch):
        if leftover.exists():
            raise BackupFailed(Errors.tr("'{path}' is in the way (an interrupted backup?); delete it, then back up "
                                         "again.").format(path=leftover))
    if not out_path.parent.is_dir():
        raise BackupFailed(Errors.tr("The folder '{folder}' does not exist.").format(folder=out_path.parent))
    try:
        inside = out_path.parent.resolve().is_relative_to(vault.folder.resolve())
    except OSError:
        inside = False
    if inside:
        raise BackupFailed(Errors.tr("A backup inside the vault's own folder would be lost with the laptop and "
                                     "erased with the vault; choose another place (a USB stick, another disk)."))


def _copy_database(source: Connection, scratch: Path, key: bytes, page_size: int,
                   stages: _Stages) -> tuple[str, int]:
    """Copy the database into `scratch` with the online backup API; the custody head of that moment."""
    target = connect(scratch, key, page_size, must_exist=False)
    try:
        own_transaction = not source.in_transaction
        if own_transaction:
            # One read transaction around every step: other connections may write meanwhile, but
            # the copy stays one moment of the vault and never restarts.
            source.execute("BEGIN")
        try:
            head = custody.head_hash(source)
            entries = source.execute("SELECT count(*) FROM custody_log").fetchone()[0]

            def step(_status: int, remaining: int, total: int) -> None:
                stages.check_cancelled()
                stages.at((total - remaining) * page_size)

            source.backup(target, pages=_COPY_PAGES_PER_STEP, progress=step)
        finally:
            if own_transaction:
                source.execute("COMMIT")
        # A self-contained file: no -wal beside it, header in rollback mode.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    assert_encrypted_on_disk(scratch)
    return head, entries


def _check_copy(scratch: Path, key: bytes, page_size: int, vault_id: str, head: str, entries: int) -> None:
    conn = connect(scratch, key, page_size, read_only=True)
    try:
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        structure = [row[0] for row in conn.execute("PRAGMA quick_check")]
        chain = custody.verify(conn)
        copied_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except DatabaseError as error:
        raise BackupFailed(Errors.tr("The copy of the vault cannot be read back ({details}); the vault may be "
                                     "damaged. Run 'threatlog check'. No backup was written.").format(
                                         details=str(error))) from None
    finally:
        conn.close()
    problem: Text | None = None
    if pages:
        problem = Errors.tr("SQLCipher reports {details}").format(details=str(pages[0][0]))
    elif structure != ["ok"]:
        problem = Errors.tr("SQLite reports {details}").format(details=str(structure[0]))
    elif not chain.intact:
        problem = Errors.tr("its custody log is broken at entry {entry} ({problem})").format(
            entry=chain.first_bad_seq, problem=chain.problem)
    elif (chain.head_hash, chain.entries) != (head, entries):
        problem = Errors.tr("its custody log does not end where the vault's did at the moment of the copy")
    elif copied_id is None or copied_id[0] != vault_id:
        problem = Errors.tr("it does not carry this vault's identity")
    if problem is not None:
        raise BackupFailed(Errors.tr("The copy of the vault did not pass its check: {problem}. No backup was "
                                     "written; run 'threatlog check' on the vault.").format(problem=problem))


def _file_chunks(path: Path, stages: _Stages, base: int) -> Iterator[bytes]:
    done = 0
    with open(path, "rb") as f:
        while chunk := f.read(_READ_BYTES):
            stages.check_cancelled()
            yield chunk
            done += len(chunk)
            stages.at(base + done)


def _pack(part: Path, scratch: Path, slots_bytes: bytes, vault_id: str, page_size: int, created_at: str,
          stages: _Stages, base: int) -> Manifest:
    when = datetime.now(timezone.utc)
    size = scratch.stat().st_size
    # 'x': never overwrite a file someone else put there.
    with open(part, "xb") as f:
        with zipfile.ZipFile(f, "w", allowZip64=True) as archive:
            hasher = hashlib.sha256()
            with archive.open(zip_info(DB_NAME, when), "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as member:
                for chunk in _file_chunks(scratch, stages, base):
                    hasher.update(chunk)
                    member.write(chunk)
            manifest = Manifest(created_at, vault_id, page_size, {
                DB_NAME: (size, hasher.hexdigest()),
                SLOTS_NAME: (len(slots_bytes), hashlib.sha256(slots_bytes).hexdigest()),
            })
            archive.writestr(zip_info(SLOTS_NAME, when), slots_bytes)
            archive.writestr(zip_info(MANIFEST_NAME, when), manifest.to_bytes())
        f.flush()
        os.fsync(f.fileno())
        _drop_cache(f.fileno())
    return manifest


def _drop_cache(fd: int) -> None:
    # So that reading the file back reads the disk (a USB stick that lies), not our own page cache.
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except (AttributeError, OSError):
        pass


def _verify_written(part: Path, manifest: Manifest, slots_bytes: bytes, stages: _Stages, base: int) -> str:
    """Read the written file back as restore would, and return the SHA-256 of the whole file."""
    with open_backup(part) as opened:
        if opened.manifest != manifest or opened.slots_bytes != slots_bytes:
            raise BackupFailed(Errors.tr("The backup read back from the disk differs from what was written; the "
                                         "disk may be failing. No backup was kept."))
        digest = hashlib.sha256()
        for chunk in opened.database_chunks():
            stages.check_cancelled()
            digest.update(chunk)
            stages.at(base + opened.database_read)
        if digest.hexdigest() != manifest.files[DB_NAME][1]:
            raise BackupFailed(Errors.tr("The database copy read back from the disk does not match what was "
                                         "written; the disk may be failing. No backup was kept."))
    whole = hashlib.sha256()
    with open(part, "rb") as f:
        while block := f.read(_READ_BYTES):
            whole.update(block)
    return whole.hexdigest()


def _discard(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


# --------------------------------------------------------------------------------------------
# Restore


def restore(backup_path: Path, vault_dir: Path, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> RestoreResult:
    """Write the vault held in a backup into `vault_dir`, which must not hold a vault (or anything else).

    The backup is untrusted input: its structure, manifest and key slots are checked before any
    byte is written, and the database is hashed while it is copied into `vault.db.part`; a
    mismatch removes everything written. The restored vault opens with the passphrase (and the
    recovery code) that were in force when the backup was made. No passphrase is needed here.
    """
    vault_dir = Path(vault_dir)
    if vault_dir.exists() and not vault_dir.is_dir():
        raise VaultExists(Errors.tr("'{path}' is a file, not a folder; choose an empty or new folder.").format(
            path=vault_dir))
    if vault_exists(vault_dir):
        raise VaultExists(Errors.tr("There is already a vault in {folder}; a restore never overwrites one. Choose "
                                    "a new folder.").format(folder=vault_dir))
    if vault_dir.exists() and any(vault_dir.iterdir()):
        raise VaultExists(Errors.tr("The folder {folder} is not empty; restore into a new or empty folder.").format(
            folder=vault_dir))
    with open_backup(backup_path) as opened:
        db_size = opened.manifest.files[DB_NAME][0]
        stages = _Stages(db_size, 1, progress, cancelled)
        created_folder = not vault_dir.exists()
        written: list[Path] = []
        try:
            vault_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            db_part = vault_dir / (DB_NAME + ".part")
            slots_part = vault_dir / (SLOTS_NAME + ".part")
            written += [db_part, slots_part]
            _write_database(opened, db_part, stages)
            _write_new_file(slots_part, [opened.slots_bytes])
            final_db, final_slots = vault_dir / DB_NAME, vault_dir / SLOTS_NAME
            os.replace(db_part, final_db)
            written.append(final_db)
            # The key slots last: a vault folder is recognised by either file, and without the
            # key slots a half-restored folder cannot be taken for a working vault.
            os.replace(slots_part, final_slots)
            written.append(final_slots)
            fsync_directory(vault_dir)
        except BaseException as error:
            for path in written:
                _discard(path)
            if created_folder:
                try:
                    vault_dir.rmdir()
                except OSError:
                    pass
            if isinstance(error, OSError):
                raise BackupFailed(Errors.tr("Cannot write the vault into {folder}: {reason}. Nothing was "
                                             "restored.").format(folder=vault_dir,
                                                                 reason=error.strerror or str(error))) from None
            raise
    stages.at(stages.total)
    return RestoreResult(vault_dir, opened.manifest.vault_id, opened.manifest.created_at, db_size)


def _write_new_file(path: Path, chunks: Iterator[bytes] | list[bytes]) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
        f.flush()
        os.fsync(f.fileno())


_NOT_ENCRYPTED = Errors.tr("its database is not encrypted")


def _write_database(opened: OpenedBackup, db_part: Path, stages: _Stages) -> None:
    size, expected = opened.manifest.files[DB_NAME]
    hasher = hashlib.sha256()
    first = True

    def checked() -> Iterator[bytes]:
        nonlocal first
        for chunk in opened.database_chunks():
            stages.check_cancelled()
            if first and chunk.startswith(_PLAINTEXT_SQLITE_HEADER):
                raise invalid(_NOT_ENCRYPTED)
            first = False
            hasher.update(chunk)
            yield chunk
            stages.at(opened.database_read)

    _write_new_file(db_part, checked())
    if hasher.hexdigest() != expected:
        raise invalid(Errors.tr("its {name} does not match the SHA-256 in its manifest (altered or damaged)").format(
            name=DB_NAME))
    try:
        assert_encrypted_on_disk(db_part)
    except EncryptionUnavailable:
        raise invalid(_NOT_ENCRYPTED) from None
