"""File-system steps that must survive a crash or power loss halfway through."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.errors import ThreatlogError
from app.core.wording import Errors, Text


def fsync_directory(folder: Path) -> None:
    # A rename is durable only once the directory entry itself is on disk (POSIX); Windows has
    # no directory handles to sync, and its rename is already durable when it returns.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replace `path` so that a crash leaves either the old or the new content, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)
    fsync_directory(path.parent)


def read_bounded(path: Path | str, limit: int, error: type[ThreatlogError], too_large: Text) -> bytes:
    """A small file read whole (passphrase, key slots, allowed_signers): never more than `limit`
    bytes, so a huge or endless file given by mistake or malice cannot exhaust memory."""
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as failure:
        raise error(Errors.tr("Cannot read '{path}': {reason}.").format(path=path, reason=failure.strerror)) from None
    if len(data) > limit:
        raise error(too_large)
    return data
