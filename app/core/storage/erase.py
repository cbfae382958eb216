"""Crypto-erase: destroying a vault by destroying its key (docs/crypto-erase.md).

The database is AES-256 ciphertext under a random key that exists in one place only: wrapped in
`keyslots.json`. Without that file, the passphrase and the recovery code unlock nothing, and the
database cannot be decrypted by anyone. So the key-slot file goes first, and fast: overwritten in
place with random bytes, several times, each pass forced to the disk, then deleted. Then the
database, its write-ahead log and shared-memory file are overwritten once and deleted (they are
already ciphertext: this only makes them harder to find), and the folder is removed if empty.

No passphrase is needed: a user under duress must be able to erase without unlocking. Overwriting
is best effort on SSDs, copy-on-write file systems and snapshots; docs/crypto-erase.md says why
destroying the key still works there, and what it cannot reach (copies elsewhere, backups).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DestroyFailed, VaultNotFound
from app.core.storage.fsutil import fsync_directory
from app.core.storage.vault import DB_NAME, SLOTS_NAME, vault_exists
from app.core.wording import Errors

KEY_SLOT_PASSES = 3
_CHUNK = 1024 * 1024
# keyslots.json.tmp: a passphrase change interrupted between writing and renaming its new file.
KEY_FILES = (SLOTS_NAME, SLOTS_NAME + ".tmp")
DATABASE_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal")

Progress = Callable[[int, int], None]  # (bytes overwritten, bytes to overwrite)


@dataclass(frozen=True)
class DestroyResult:
    folder: Path
    removed: tuple[str, ...]
    leftovers: tuple[str, ...]  # files we did not create that stay in the folder (never touched)
    folder_removed: bool
    problems: tuple[str, ...]  # database files that could not be overwritten or deleted (the key is gone)


def _open_regular(path: Path) -> int | None:
    """A write descriptor on `path` if it is a regular file (never following a symbolic link), else None."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:
        if path.is_symlink():
            return None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def _overwrite(path: Path, passes: int, progress: Callable[[int], None] | None = None) -> bool:
    """Overwrite the file's bytes in place (same length, no truncation) `passes` times; False if absent."""
    fd = _open_regular(path)
    if fd is None:
        return False
    try:
        size = os.fstat(fd).st_size
        for _ in range(passes):
            os.lseek(fd, 0, os.SEEK_SET)
            left = size
            while left:
                n = os.write(fd, os.urandom(min(_CHUNK, left)))
                left -= n
                if progress is not None:
                    progress(n)
            os.fsync(fd)
    finally:
        os.close(fd)
    return True


def destroy_vault(folder: Path, progress: Progress | None = None) -> DestroyResult:
    """Erase the vault in `folder` for good; the caller locks (closes) any open Vault on it first.

    Raises DestroyFailed if the key-slot file could not be erased (then the vault is NOT destroyed,
    and the message says so). Files in the folder that are not the vault's are left alone.
    """
    folder = Path(folder)
    if not vault_exists(folder):
        raise VaultNotFound(Errors.tr("No vault in {folder}; nothing was erased.").format(folder=folder))
    sizes = {name: _size(folder / name) for name in KEY_FILES + DATABASE_FILES}
    total = sum(size * (KEY_SLOT_PASSES if name in KEY_FILES else 1) for name, size in sizes.items())
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    removed: list[str] = []
    # 1. The key: the one step that makes everything else unreadable.
    for name in KEY_FILES:
        path = folder / name
        try:
            _overwrite(path, KEY_SLOT_PASSES, advance)
            if path.exists() or path.is_symlink():
                os.unlink(path)
                removed.append(name)
        except OSError as error:
            raise DestroyFailed(Errors.tr(
                "The key-slot file {name} could not be erased ({reason}); the vault is NOT destroyed. Close every "
                "Threatlog window and try again."
            ).format(name=name, reason=error.strerror or str(error))) from None
    fsync_directory(folder)
    # 2. The ciphertext: best effort, since without the key it is already unreadable.
    problems: list[str] = []
    for name in DATABASE_FILES:
        path = folder / name
        try:
            _overwrite(path, 1, advance)
            if path.exists() or path.is_symlink():
                os.unlink(path)
                removed.append(name)
        except OSError as error:
            problems.append(f"{name}: {error.strerror or error}")
    fsync_directory(folder)
    # 3. The folder, if nothing else is in it.
    leftovers = tuple(sorted(p.name for p in folder.iterdir())) if folder.is_dir() else ()
    folder_removed = False
    if not leftovers:
        try:
            folder.rmdir()
            folder_removed = True
        except OSError:
            pass
    return DestroyResult(folder, tuple(removed), leftovers, folder_removed, tuple(problems))


def _size(path: Path) -> int:
    try:
        st = path.lstat()
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0
