"""Writing a bag straight into a zip file: every member streamed in and hashed as it is written.

There is no staging folder: evidence goes from the encrypted database into the zip chunk by
chunk, so no plaintext copy of a file ever lands on disk beside the bundle, and a 2 GB video
never sits whole in memory. Evidence is STORED (media does not compress, and any unzip can
check a stored member); text is DEFLATED.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# A member at least this large needs zip64 headers, which must be chosen before its first byte.
ZIP64_THRESHOLD = zipfile.ZIP64_LIMIT
_REGULAR_FILE_MODE = 0o100644
_UNIX = 3


@dataclass(frozen=True)
class Member:
    path: str  # relative to the bag folder, with '/'
    sha256: str
    size: int


class BagZipWriter:
    """A zip holding one bag folder. `finish` makes it durable; `abandon` just closes it."""

    def __init__(self, path: Path, bag_name: str, when: datetime) -> None:
        # 'x': never overwrite a file someone else put there.
        self._file = open(path, "xb")
        self._zip = zipfile.ZipFile(self._file, "w", allowZip64=True)
        self._bag_name = bag_name
        self._date_time = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.members: list[Member] = []

    def _info(self, path: str, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self._bag_name}/{path}", self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        # A plain file readable by all: unzip on macOS and Linux then restores sensible permissions.
        info.create_system = _UNIX
        info.external_attr = _REGULAR_FILE_MODE << 16
        return info

    def write_stream(self, path: str, chunks: Iterable[bytes], size: int, compress: bool = False) -> Member:
        """Stream `chunks` (`size` bytes expected) into the member `path`; returns what was written."""
        info = self._info(path, compress)
        info.file_size = size
        hasher = hashlib.sha256()
        written = 0
        with self._zip.open(info, "w", force_zip64=size >= ZIP64_THRESHOLD) as member:
            for chunk in chunks:
                hasher.update(chunk)
                member.write(chunk)
                written += len(chunk)
        result = Member(path, hasher.hexdigest(), written)
        self.members.append(result)
        return result

    def write_bytes(self, path: str, data: bytes, compress: bool = True) -> Member:
        return self.write_stream(path, (data,), len(data), compress)

    def finish(self) -> None:
        """Write the central directory and force everything to disk."""
        self._zip.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def abandon(self) -> None:
        """Close without a usable result: the caller deletes the file."""
        # Closed here, however it ends, so that ZipFile.__del__ does not try again later; the
        # write that failed may fail again, which does not matter for a file being thrown away.
        with contextlib.suppress(OSError, ValueError):
            self._zip.close()
        self._file.close()
