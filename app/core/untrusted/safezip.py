"""Reading a zip someone handed us without trusting it (docs/bundle-format.md, "Verification" 1).

A bundle to verify may be hostile: names that climb out of a folder ('../', '/etc', 'C:\\'),
symbolic links, two members that Windows or macOS would extract to one file, zip bombs, a
central directory that claims millions of members. Every such archive is refused before a
single member is read, and nothing is ever extracted: members are streamed from the archive
and hashed in memory.
"""

from __future__ import annotations

import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ArchiveRefused
from app.core.wording import Errors, Number, Text, plain

MAX_MEMBERS = 100_000
MAX_TOTAL_BYTES = 64 * 1024**3
MAX_DEFLATE_RATIO = 200
# zipfile reads the whole central directory into memory: bound it before it does. 64 MiB is
# ~600 bytes for each of the 100,000 members allowed; our bundles need well under 200.
MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024
READ_BYTES = 4 * 1024 * 1024

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_EOCD = b"PK\x06\x06"
_LOCAL_HEADER = b"PK\x03\x04"
_LOCAL_HEADER_SIZE = 30
_MAX_COMMENT = 0xFFFF
_ENCRYPTED_FLAGS = 0x0001 | 0x0040
_UTF8_FLAG = 0x0800
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class MemberUnreadable(Exception):
    """A member's bytes cannot be read back as the archive describes them (damaged or altered)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.text = reason  # a clause ("it is encrypted"), shown inside the caller's sentence


@dataclass(frozen=True)
class Member:
    path: str  # inside the top-level folder, '/'-separated
    info: zipfile.ZipInfo


def _refuse(reason: Text) -> ArchiveRefused:
    return ArchiveRefused(Errors.tr("The archive was refused: {reason}. Nothing was extracted.").format(reason=reason))


def _check_end_record(f: BinaryIO, archive_size: int) -> None:
    """Read the member count and central directory size from the end record, before zipfile does."""
    tail_size = min(archive_size, _EOCD_SIZE + _MAX_COMMENT)
    f.seek(archive_size - tail_size)
    tail = f.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        raise ArchiveRefused(Errors.tr("This is not a zip file (or it is truncated); it cannot be a Threatlog bundle."))
    count, cd_size = struct.unpack("<10xHI6x", tail[at:at + _EOCD_SIZE])
    locator_at = archive_size - tail_size + at - _ZIP64_LOCATOR_SIZE
    if locator_at >= 0:
        f.seek(locator_at)
        locator = f.read(_ZIP64_LOCATOR_SIZE)
        if locator[:4] == _ZIP64_LOCATOR:
            (zip64_at,) = struct.unpack("<8xQ4x", locator)
            f.seek(min(zip64_at, archive_size))
            record = f.read(56)
            if len(record) < 56 or record[:4] != _ZIP64_EOCD:
                raise _refuse(Errors.tr("its zip64 end record is damaged"))
            count, cd_size = struct.unpack("<32xQQ8x", record)
    if count > MAX_MEMBERS:
        raise _refuse(Errors.tr("it declares {count} members (at most {limit})").format(
            count=Number(count), limit=Number(MAX_MEMBERS)))
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise _refuse(Errors.tr("its table of contents is larger than any bundle's"))


def _shown(name: str) -> str:
    """A member name as a reason quotes it: shortened, in quotes, escapes visible."""
    return repr(name[:80])


def _name_problem(name: str) -> Text | None:
    if _CONTROL.search(name):
        return Errors.tr("a control character")
    if "\\" in name:
        return Errors.tr("a backslash")
    if name.startswith("/") or _DRIVE.match(name):
        return Errors.tr("an absolute path")
    if ":" in name:
        return Errors.tr("a colon (a drive letter or an alternate data stream on Windows)")
    parts = name.removesuffix("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return Errors.tr("an empty, '.' or '..' path component")
    return None


def _member_problem(info: zipfile.ZipInfo) -> Text | None:
    name = info.orig_filename
    problem = _name_problem(name)
    if problem:
        return Errors.tr("the member name {name} contains {problem}").format(name=_shown(name), problem=problem)
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type not in (0, stat.S_IFREG, stat.S_IFDIR):
        return Errors.tr("{name} is a symbolic link or a special file").format(name=_shown(name))
    if info.flag_bits & _ENCRYPTED_FLAGS:
        return Errors.tr("{name} is encrypted").format(name=_shown(name))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return Errors.tr("{name} uses a compression method bundles never use").format(name=_shown(name))
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        return Errors.tr("{name} declares two different sizes").format(name=_shown(name))
    if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > MAX_DEFLATE_RATIO * max(info.compress_size, 1):
        return Errors.tr("{name} expands more than {ratio}:1 (a zip bomb)").format(
            name=_shown(name), ratio=MAX_DEFLATE_RATIO)
    if name.endswith("/") and info.file_size:
        return Errors.tr("the folder entry {name} has content").format(name=_shown(name))
    return None


def _check_layout(infos: list[zipfile.ZipInfo], central_directory_at: int, one_top_folder: bool) -> Text | None:
    """Duplicates, one top folder (if required), sizes, and member data that stays inside the archive."""
    tops = {info.orig_filename.split("/", 1)[0] for info in infos}
    if one_top_folder and len(tops) != 1:
        return Errors.tr("it must hold exactly one top-level folder")
    seen_files: set[str] = set()
    folders: set[str] = set()
    for info in infos:
        name = info.orig_filename
        if one_top_folder and "/" not in name.removesuffix("/"):
            if name.endswith("/"):
                continue
            return Errors.tr("{name} lies outside the bundle's folder").format(name=_shown(name))
        # The key Windows (case) and macOS (normalisation) would extract both names to.
        key = unicodedata.normalize("NFC", name.removesuffix("/")).casefold()
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        if name.endswith("/"):
            folders.add(key)
        elif key in seen_files:
            return Errors.tr("two members would extract to the same file ({name})").format(name=_shown(name))
        else:
            seen_files.add(key)
    clash = seen_files & folders
    if clash:
        return Errors.tr("a file and a folder have the same name ({name})").format(name=_shown(sorted(clash)[0]))
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        return Errors.tr("its members declare more than {gib} GiB in total").format(gib=MAX_TOTAL_BYTES // 1024**3)
    # zipfile shifts every offset by the bytes it finds missing or added before the central
    # directory; with bytes cut from the start an offset goes negative, and seeking there raised
    # OSError instead of refusing (found by tests/reliability/test_fuzz_files.py).
    if any(info.header_offset < 0 for info in infos):
        return Errors.tr("a member is placed before the start of the archive (bytes are missing from it)")
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for info, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = info.header_offset + _LOCAL_HEADER_SIZE + info.compress_size
        if end > (following.header_offset if following else central_directory_at):
            return Errors.tr("{name} declares more bytes than the archive holds for it").format(
                name=_shown(info.orig_filename))
    return None


class SafeZip:
    """An archive that passed every check; its files are read only through `stream`."""

    def __init__(self, f: BinaryIO, archive: zipfile.ZipFile, top: str, files: dict[str, Member]) -> None:
        self._file = f
        self._zip = archive
        self.top = top
        self.files = files  # by path inside the top folder; folder entries are left out

    def stream(self, path: str) -> Iterator[bytes]:
        """The member's bytes, chunk by chunk; raises MemberUnreadable if the archive lies about them."""
        info = self.files[path].info
        if info.compress_type == zipfile.ZIP_STORED:
            yield from self._stored(info)
            return
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(READ_BYTES):
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as error:
            # zipfile re-reads the local header, which may claim what the directory did not.
            raise MemberUnreadable(plain(str(error))) from None

    def _stored(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        # Read directly rather than through ZipFile.open, which also computes a CRC-32 and copies
        # every buffer: measured ~1.4x slower, for a check the SHA-256 we compute already covers.
        self._file.seek(info.header_offset)
        header = self._file.read(_LOCAL_HEADER_SIZE)
        if len(header) != _LOCAL_HEADER_SIZE or header[:4] != _LOCAL_HEADER:
            raise MemberUnreadable(Errors.tr("its local header is missing"))
        flags, method, name_length, extra_length = struct.unpack("<6xHH16xHH", header)
        encoding = "utf-8" if info.flag_bits & _UTF8_FLAG else "cp437"
        # The local header must name the same member as the table of contents, or the two
        # could show a reader different files under one name.
        if self._file.read(name_length) != info.orig_filename.encode(encoding) or method != info.compress_type:
            raise MemberUnreadable(Errors.tr("its local header does not match the table of contents"))
        if flags & _ENCRYPTED_FLAGS:
            raise MemberUnreadable(Errors.tr("it is encrypted"))
        self._file.seek(extra_length, 1)
        left = info.compress_size
        while left:
            chunk = self._file.read(min(READ_BYTES, left))
            if not chunk:
                raise MemberUnreadable(Errors.tr("the archive ends inside it"))
            left -= len(chunk)
            yield chunk

    def close(self) -> None:
        self._zip.close()
        self._file.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_archive(path: Path, *, one_top_folder: bool = True) -> SafeZip:
    """Open `path` for reading if it passes every archive-safety check, else raise ArchiveRefused.

    A bundle has one top-level folder; other archives (a WhatsApp export) keep their members at the
    root: with one_top_folder=False, `top` is '' and `files` are keyed by their full path.
    """
    try:
        f = open(path, "rb")
    except OSError as error:
        raise ArchiveRefused(Errors.tr("Cannot read '{path}': {reason}.").format(
            path=path, reason=error.strerror)) from None
    try:
        archive_size = f.seek(0, 2)
        _check_end_record(f, archive_size)
        f.seek(0)
        try:
            archive = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error, NotImplementedError):
            raise ArchiveRefused(
                Errors.tr("This zip file is damaged; it cannot be read as a Threatlog bundle.")) from None
        infos = archive.infolist()
        problem = next((p for p in map(_member_problem, infos) if p), None)
        if not problem and len(infos) > MAX_MEMBERS:
            problem = Errors.tr("it holds more than {limit} members").format(limit=Number(MAX_MEMBERS))
        if not problem and not infos:
            problem = Errors.tr("it is empty")
        problem = problem or _check_layout(infos, archive.start_dir, one_top_folder)
        if problem:
            archive.close()
            raise _refuse(problem)
    except BaseException:
        f.close()
        raise
    top = infos[0].orig_filename.split("/", 1)[0] if one_top_folder else ""
    strip = len(top) + 1 if one_top_folder else 0
    files = {
        info.orig_filename[strip:]: Member(info.orig_filename[strip:], info)
        for info in infos
        if not info.orig_filename.endswith("/")
    }
    return SafeZip(f, archive, top, files)
