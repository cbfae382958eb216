"""Reading the files of an export without leaving it: a folder on disk or a zip, never extracted.

An export is made by an app, but it reaches us through people and may have been crafted: a
result.json can name '../../.ssh/id_ed25519', a folder can hold a symbolic link to anywhere, or a
FIFO that blocks whoever opens it. Paths are checked before use, links are never followed, only
regular files are opened, and zips go through safezip's checks.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from app.core.errors import (ArchiveRefused, ImportMalformed, ImportSourceChanged, ImportSourceUnreadable,
                             ImportUnsafePath)
from app.core.untrusted import safezip
from app.core.wording import Errors, Text

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Not following links and not blocking on a FIFO, where the OS has these flags (Windows has not).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _shown(untrusted_path: str) -> str:
    return repr(untrusted_path[:120])


def relative_parts(untrusted_path: str, source_name: str) -> list[str]:
    """The components of a path the source names, refusing any that would leave the source."""
    parts = [part for part in untrusted_path.split("/") if part not in ("", ".")]
    problem: Text | None = None
    # One whole sentence per problem, so that each can be translated as a sentence.
    if _CONTROL.search(untrusted_path):
        problem = Errors.tr("{source} names the file {path}, which contains a control character; an export only "
                            "names files inside itself. Nothing was imported.")
    elif untrusted_path.startswith(("/", "\\")) or _DRIVE.match(untrusted_path):
        problem = Errors.tr("{source} names the file {path}, which is an absolute path; an export only names files "
                            "inside itself. Nothing was imported.")
    elif "\\" in untrusted_path:
        problem = Errors.tr("{source} names the file {path}, which contains a backslash; an export only names files "
                            "inside itself. Nothing was imported.")
    elif ".." in parts:
        problem = Errors.tr("{source} names the file {path}, which climbs out of the export with '..'; an export "
                            "only names files inside itself. Nothing was imported.")
    elif not parts:
        problem = Errors.tr("{source} names the file {path}, which is empty; an export only names files inside "
                            "itself. Nothing was imported.")
    if problem is not None:
        raise ImportUnsafePath(problem.format(source=source_name, path=_shown(untrusted_path)))
    return parts


def refuse_link(relative: str, mode: int) -> None:
    """Refuse a symbolic link or a special file met inside a source folder."""
    if stat.S_ISLNK(mode):
        raise ImportUnsafePath(Errors.tr("{path} in the folder is a symbolic link; Threatlog does not follow links in "
                                         "what it imports. Replace the link by the file itself, or remove it.")
                               .format(path=_shown(relative)))
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise ImportUnsafePath(Errors.tr("{path} in the folder is not a regular file (a device, FIFO or socket); "
                                         "remove it and import again.").format(path=_shown(relative)))


class DirectoryContainer:
    """The files of a folder, by '/'-separated paths relative to it."""

    def __init__(self, root: Path, source_name: str) -> None:
        self.root = root
        self._source_name = source_name

    def size(self, untrusted_path: str) -> int | None:
        """The size of the regular file at that path, None if there is none; refuses links."""
        found = self._lstat(untrusted_path)
        return None if found is None else found[1].st_size

    def _lstat(self, untrusted_path: str) -> tuple[Path, os.stat_result] | None:
        parts = relative_parts(untrusted_path, self._source_name)
        current = self.root
        for depth, part in enumerate(parts):
            current = current / part
            try:
                info = os.lstat(current)
            except (FileNotFoundError, NotADirectoryError):
                return None
            except OSError as error:
                raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
                    path=_shown(untrusted_path), reason=error.strerror)) from None
            refuse_link("/".join(parts[: depth + 1]), info.st_mode)
            if (depth == len(parts) - 1) != stat.S_ISREG(info.st_mode):
                return None  # a folder where a file should be, or the other way round
        return current, info

    def open(self, untrusted_path: str) -> BinaryIO:
        found = self._lstat(untrusted_path)
        if found is None:
            raise ImportSourceChanged(Errors.tr("{path} is no longer in the export; preview the import again.").format(
                path=_shown(untrusted_path)))
        path, seen = found
        try:
            fd = os.open(path, _OPEN_FLAGS)
        except OSError as error:
            raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
                path=_shown(untrusted_path), reason=error.strerror)) from None
        opened = os.fstat(fd)
        # The file opened must be the one checked: not a link or a FIFO swapped in since.
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino):
            os.close(fd)
            raise ImportSourceChanged(Errors.tr("{path} changed while it was being imported; import again.").format(
                path=_shown(untrusted_path)))
        return os.fdopen(fd, "rb")

    def __enter__(self) -> DirectoryContainer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass


class _ChunkStream(io.RawIOBase):
    """A zip member's chunks as a readable stream, for the evidence store that reads streams."""

    def __init__(self, chunks: Iterator[bytes], name: str) -> None:
        self._chunks = chunks
        self._name = name
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            try:
                chunk = next(self._chunks, b"")
            except safezip.MemberUnreadable as error:
                raise ImportMalformed(Errors.tr("The zip member {name} cannot be read ({reason}); the archive is "
                                                "damaged. Nothing was imported.").format(
                    name=_shown(self._name), reason=str(error))) from None
            if not chunk:
                return 0
            self._pending = memoryview(chunk)
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


class ZipContainer:
    """The members of a zip that passed safezip's checks (names, links, bombs, duplicates)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._archive: safezip.SafeZip | None = None

    @property
    def archive(self) -> safezip.SafeZip:
        if self._archive is None:
            self._archive = open_zip(self._path)
        return self._archive

    def size(self, member: str) -> int | None:
        found = self.archive.files.get(member)
        return None if found is None else found.info.file_size

    def open(self, member: str) -> AbstractContextManager[BinaryIO]:
        if member not in self.archive.files:
            raise ImportSourceChanged(Errors.tr("{path} is no longer in {source}; preview the import again.").format(
                path=_shown(member), source=self._path.name))
        return io.BufferedReader(_ChunkStream(self.archive.stream(member), member))  # type: ignore[return-value]

    def __enter__(self) -> ZipContainer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


def open_zip(path: Path) -> safezip.SafeZip:
    # Checked first because safezip's own message for this case speaks of bundles.
    try:
        is_zip = zipfile.is_zipfile(path)
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
            path=path.name, reason=error.strerror)) from None
    if not is_zip:
        raise ImportMalformed(Errors.tr("{name} is not a zip file, or it is truncated. Nothing was imported.").format(
            name=path.name))
    try:
        return safezip.open_archive(path, one_top_folder=False)
    except ArchiveRefused as refused:
        raise ImportUnsafePath(Errors.tr("{name}: {reason}").format(name=path.name, reason=refused.text)) from None
