"""The vault: a folder holding the SQLCipher database and the key-slot file.

Creating a vault makes a random database key and wraps it twice (passphrase, recovery code).
Opening unwraps the key *before* touching the database, so a wrong passphrase changes no byte
on disk. Connections are one per thread; closing the vault closes them all and drops the key.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.bundles import signing
from app.core.checks import integrity
from app.core.errors import InvalidInput, VaultCorrupt, VaultDamaged, VaultExists, VaultNotFound, VaultReadOnly
from app.core.records import custody, search
from app.core.records.occurred import utc_now
from app.core.storage import keyslots, schema
from app.core.storage.database import Connection, DatabaseError, assert_encrypted_on_disk, connect, transaction
from app.core.storage.keyslots import KdfParams, KeySlotFile
from app.core.wording import Errors, joined

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
MIN_PASSPHRASE_CHARS = 8


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(Errors.tr("The passphrase must have at least {count} characters.").format(
            count=MIN_PASSPHRASE_CHARS))


def vault_exists(folder: Path) -> bool:
    return (folder / SLOTS_NAME).exists() or (folder / DB_NAME).exists()


class Vault:
    """An unlocked vault. Obtain one with `Vault.create` or `Vault.open`; `close` locks it."""

    def __init__(self, folder: Path, key: bytes, slots: KeySlotFile, read_only: bool = False) -> None:
        self.folder = folder
        # Read-only: every connection is opened so that SQLite cannot write the files (for a damaged
        # vault, whose damage a write or a checkpoint could make worse, and for `check`).
        self.read_only = read_only
        self.wal_damage_at_open: integrity.WalDamage | None = None
        self.unlocked_with = "passphrase"  # the slot kind that opened it: `check` knows that one is intact
        self._key = bytearray(key)
        self._slots = slots
        self._local = threading.local()
        self._connections: list[Connection] = []
        self._lock = threading.Lock()

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def is_open(self) -> bool:
        return any(self._key)

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """Make a new vault; returns it with the recovery code, which is never stored in the clear."""
        _check_new_passphrase(passphrase)
        if vault_exists(folder):
            raise VaultExists(Errors.tr("There is already a vault in {folder}.").format(folder=folder))
        params = kdf or keyslots.calibrate_kdf()
        params.check()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        db_key = os.urandom(keyslots.KEY_BYTES)
        vault_id = uuid.uuid4().hex
        recovery_code = keyslots.new_recovery_code()
        slots = KeySlotFile(
            vault_id,
            keyslots.DEFAULT_CIPHER_PAGE_SIZE,
            (
                keyslots.wrap_key(db_key, keyslots.normalize_passphrase(passphrase), "passphrase", params, vault_id),
                keyslots.wrap_key(
                    db_key, keyslots.normalize_recovery_code(recovery_code), "recovery", params, vault_id
                ),
            ),
        )
        vault = cls(folder, db_key, slots)
        try:
            keyslots.save(folder / SLOTS_NAME, slots)
            vault._initialise_database()
        except BaseException:
            vault.close()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME):
                (folder / name).unlink(missing_ok=True)
            raise
        return vault, recovery_code

    def _initialise_database(self) -> None:
        conn = connect(self.db_path, bytes(self._key), self._slots.cipher_page_size, must_exist=False)
        self._adopt(conn)
        schema.migrate(conn)
        with transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (self.vault_id,))
            conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
            record_slot_digests(conn, self._slots)
            custody.append(conn, "vault_create", self.vault_id, "")
            signing.create(conn)
        search.ensure_current(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert_encrypted_on_disk(self.db_path)

    @classmethod
    def open(cls, folder: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
             read_only: bool = False) -> Vault:
        if not vault_exists(folder):
            raise VaultNotFound(Errors.tr("No vault in {folder}. Create one with 'threatlog init'.").format(
                folder=folder))
        slots = keyslots.load(folder / SLOTS_NAME)
        if recovery_code is not None:
            key = keyslots.unwrap_key(slots, "recovery", keyslots.normalize_recovery_code(recovery_code))
        else:
            key = keyslots.unwrap_key(slots, "passphrase", keyslots.normalize_passphrase(passphrase or ""))
        vault = cls(folder, key, slots, read_only)
        vault.unlocked_with = "recovery" if recovery_code is not None else "passphrase"
        try:
            # Before the first connection, read-only ones included: opening runs SQLite's recovery, which
            # rewrites the log's index (-shm) to end at the first bad frame, erasing what tells that the last
            # writer had committed more. A damaged log would be cut short there, and deleted by the
            # checkpoint when a writable vault closes.
            damage = integrity.inspect_wal(vault.db_path, key, slots.cipher_page_size)
            vault.wal_damage_at_open = damage  # for `check` on a read-only vault: the index is rewritten now
            if not read_only:
                if damage is not None:
                    raise VaultDamaged(joined(damage.describe(), Errors.tr(
                        "Nothing was changed. The vault can be opened read-only to see and export what is intact; "
                        "run 'threatlog check' for a full report, and restore your latest backup into a new folder "
                        "('threatlog --vault NEW_FOLDER restore BACKUP_FILE').")), damage.describe())
            conn = vault.connection()
            if read_only:
                if schema.schema_version(conn) != schema.LATEST_VERSION:
                    raise VaultCorrupt(Errors.tr("This vault must be opened normally once (to update it) before it "
                                                 "can be opened read-only."))
                vault._check_identity(conn)
            else:
                schema.migrate(conn)
                vault._check_identity(conn)
                # A vault made before the digests were kept gets them now: from here on, damage to a
                # slot is noticed (damage older than this cannot be, without the secret that slot needs).
                # The slot that unlocked is proven intact: its digest is brought up to date (a crash
                # between a new passphrase's file and its digest left the old one).
                with transaction(conn):
                    record_slot_digests(conn, slots, replace=False)
                    record_slot_digests(conn, KeySlotFile(slots.vault_id, slots.cipher_page_size,
                                                          (slots.slot(vault.unlocked_with),)))
                signing.ensure(conn)
                search.ensure_current(conn)
        except DatabaseError as error:
            vault.close()
            unreadable = Errors.tr("The vault database is damaged ({reason}): a page the vault needs to open "
                                   "cannot be read.").format(reason=str(error))
            raise VaultDamaged(joined(unreadable, Errors.tr("Run 'threatlog check' for a report, and restore your "
                                                            "latest backup into a new folder.")), unreadable) from None
        except BaseException:
            vault.close()
            raise
        return vault

    def _check_identity(self, conn: Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self.vault_id:
            raise VaultCorrupt(Errors.tr("The key-slot file and the database belong to different vaults."))

    def connection(self) -> Connection:
        """This thread's connection to the vault (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.is_open:
                raise VaultNotFound(Errors.tr("The vault is locked."))
            conn = connect(self.db_path, bytes(self._key), self._slots.cipher_page_size, read_only=self.read_only)
            self._adopt(conn)
        return conn

    def _adopt(self, conn: Connection) -> None:
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        if self.read_only:
            raise VaultReadOnly(Errors.tr("This vault is open read-only (it is damaged, or being checked); nothing "
                                          "can be changed in it."))
        with transaction(self.connection()) as conn:
            yield conn

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the database key under a new passphrase; the database itself is not rewritten."""
        _check_new_passphrase(new_passphrase)
        if self.read_only:
            raise VaultReadOnly(Errors.tr("This vault is open read-only; its passphrase cannot be changed now."))
        params = self._slots.slot("passphrase").kdf
        slot = keyslots.wrap_key(
            bytes(self._key), keyslots.normalize_passphrase(new_passphrase), "passphrase", params, self.vault_id
        )
        self._slots = self._slots.replace(slot)
        keyslots.save(self.folder / SLOTS_NAME, self._slots)
        # After the file: a crash in between leaves the old digest, brought up to date at the next unlock
        # with the passphrase (Vault.open).
        with transaction(self.connection()) as conn:
            record_slot_digests(conn, KeySlotFile(self.vault_id, self._slots.cipher_page_size, (slot,)))

    def close(self) -> None:
        """Lock: close every connection and overwrite our copy of the key (best effort in Python)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()
        self._local = threading.local()
        for i in range(len(self._key)):
            self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def record_slot_digests(conn: Connection, slots: KeySlotFile, replace: bool = True) -> None:
    """Keep each slot's digest inside the encrypted database (keyslots.slot_digest says why)."""
    # An unchanged digest is not rewritten: unlocking must not write to the database for nothing.
    conflict = "DO UPDATE SET value = excluded.value WHERE value != excluded.value" if replace else "DO NOTHING"
    for slot in slots.slots:
        conn.execute(f"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) {conflict}",
                     (keyslots.DIGEST_META_KEY.format(kind=slot.kind), keyslots.slot_digest(slot)))
