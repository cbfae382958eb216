"""Opening the SQLCipher database: raw key first, encryption confirmed, safe PRAGMAs.

Every connection goes through `connect`, so no code path can reach the data with encryption
unconfirmed (fail closed). Connections are per thread, as SQLite wants.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from app.core.errors import EncryptionUnavailable, VaultCorrupt
from app.core.wording import Errors

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
Connection = sqlcipher3.Connection

_PLAINTEXT_SQLITE_HEADER = b"SQLite format 3\x00"

_SAFETY_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    # FULL: a save we acknowledged survives a power cut, not only a crash of the app.
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA foreign_keys = ON",
    # Keep the WAL from staying at the size of the largest evidence ever attached.
    "PRAGMA journal_size_limit = 67108864",
    # The CLI and the desktop app may share a vault: wait for the other writer instead of failing.
    "PRAGMA busy_timeout = 10000",
)

# A damaged vault is opened so that nothing can write to it: not a statement (query_only), and not
# the checkpoint SQLite runs when the last connection closes (mode=ro), which would fold what is
# readable of a damaged write-ahead log into the database and delete the rest.
_READ_ONLY_PRAGMAS = (
    "PRAGMA query_only = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA busy_timeout = 10000",
)


def connect(db_path: Path, key: bytes, cipher_page_size: int, *, must_exist: bool = True,
            read_only: bool = False) -> Connection:
    if (must_exist or read_only) and not db_path.is_file():
        raise VaultCorrupt(Errors.tr("The vault database {name} is missing.").format(name=db_path.name))
    # isolation_level=None: we issue BEGIN/COMMIT ourselves so a command is exactly one transaction.
    # check_same_thread=False only so that locking can close every thread's connection; each
    # connection is still used by the one thread that opened it (Vault keeps them thread-local).
    if read_only:
        conn = sqlcipher3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                                  check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        _unlock(conn, key, cipher_page_size)
        for pragma in _READ_ONLY_PRAGMAS if read_only else _SAFETY_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def _unlock(conn: Connection, key: bytes, cipher_page_size: int) -> None:
    # The key must be the first statement that touches the file, or SQLCipher would treat it as
    # plaintext. Logging is process-wide and touches no file: silenced because SQLCipher's own
    # lines would reach the user's terminal next to our one-line error.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {int(cipher_page_size)}")
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise EncryptionUnavailable(Errors.tr(
            "This copy of SQLite has no encryption (SQLCipher missing); refusing to open or write the vault."
        ))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        raise VaultCorrupt(Errors.tr(
            "The vault database cannot be decrypted although the key is right: the file is damaged. "
            "Restore it from a backup."
        )) from None


def assert_encrypted_on_disk(db_path: Path) -> None:
    """A plaintext SQLite header on disk means encryption silently failed: stop before any data goes in."""
    with open(db_path, "rb") as f:
        if f.read(len(_PLAINTEXT_SQLITE_HEADER)) == _PLAINTEXT_SQLITE_HEADER:
            raise EncryptionUnavailable(Errors.tr("The vault database was written unencrypted; refusing to use it."))


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One user action = one transaction: all of it lands, or none of it does."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
