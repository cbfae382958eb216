"""Finding saved changes that a damaged write-ahead log would silently lose.

SQLite replays the log up to the first frame whose checksum fails and silently ignores everything
after it, and the checkpoint when the last connection closes then deletes the log. One flipped byte
in the log therefore loses every change saved after it without any error, and nothing in SQLite or
SQLCipher reports it (measured). We compare what SQLite recovered (the wal-index header in
`vault.db-shm`) with the frames in the file: a committed transaction whose frames are intact but lie
behind the recovered end has been cut off. `Vault.open` runs this before its first write, and
refuses to open such a vault for writing.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.storage.database import connect
from app.core.wording import Check, Text

# The log's format: https://www.sqlite.org/fileformat2.html#walformat
_MAX_PAGES = 20  # a log with thousands of lost pages is described by the first ones and a count
_WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit: checksums over big-endian words
_WAL_VERSION = 3007000
_WAL_HEADER_BYTES = 32
_FRAME_HEADER_BYTES = 24
_SHM_HEADER_BYTES = 48  # one copy of the wal-index header; the file starts with two
_MAX_FRAMES_VERIFIED = 4096  # checksums are computed in Python: ~1 ms a frame


@dataclass(frozen=True)
class WalDamage:
    """Saved changes that SQLite cannot read back from a damaged write-ahead log."""

    first_bad_frame: int
    first_bad_page: int | None
    lost_frames: int
    lost_commits: int
    lost_pages: tuple[int, ...]
    header_damaged: bool = False  # the log's own header: SQLite then ignores every frame of it

    def describe(self) -> Text:
        if self.header_damaged:
            where = Check.tr("in its header, so none of its frames can be read")
        elif self.first_bad_page:
            where = Check.tr("at frame {frame} (database page {page})").format(
                frame=self.first_bad_frame, page=self.first_bad_page)
        else:
            where = Check.tr("at frame {frame}").format(frame=self.first_bad_frame)
        pages: Text | str = ", ".join(str(p) for p in self.lost_pages[:_MAX_PAGES])
        if len(self.lost_pages) > _MAX_PAGES:
            pages = Check.tr("{pages} and {count} more").format(pages=pages, count=len(self.lost_pages) - _MAX_PAGES)
        # Two counts, each with its own plural: a template holds one "%n", so each is a Text of its own.
        return Check.tr("The write-ahead log (vault.db-wal) is damaged {where}: {changes} recorded after it cannot "
                        "be read ({frames}, database pages {pages}).").format(
            where=where, changes=Check.tr("%n saved change(s)", "", self.lost_commits),
            frames=Check.tr("%n frame(s)", "", self.lost_frames), pages=pages)


@dataclass(frozen=True)
class _ShmHeader:
    max_frame: int
    salt: bytes


def _wal_checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _read_shm_header(shm_path: Path) -> _ShmHeader | None:
    """The wal-index header SQLite keeps in -shm (native byte order), if both copies agree and check out."""
    try:
        with open(shm_path, "rb") as f:
            raw = f.read(2 * _SHM_HEADER_BYTES)
    except OSError:
        return None
    if len(raw) < 2 * _SHM_HEADER_BYTES or raw[:_SHM_HEADER_BYTES] != raw[_SHM_HEADER_BYTES:]:
        return None
    version, _unused, _change, is_init, _big, _page, max_frame = struct.unpack("=IIIBBHI", raw[:20])
    if version != _WAL_VERSION or is_init != 1:
        return None
    native_big = sys.byteorder == "big"
    if _wal_checksum(raw[:40], native_big, 0, 0) != struct.unpack("=II", raw[40:48]):
        return None
    return _ShmHeader(max_frame, raw[32:40])


class _WalFile:
    """Frame headers and single frames of a -wal file, read on demand (never the whole log)."""

    def __init__(self, path: Path, page_size: int) -> None:
        self._f = open(path, "rb")
        self.frame_bytes = _FRAME_HEADER_BYTES + page_size
        self.size = self._f.seek(0, 2)
        self.frames = max(0, (self.size - _WAL_HEADER_BYTES) // self.frame_bytes)
        self._f.seek(0)
        header = self._f.read(_WAL_HEADER_BYTES)
        magic = struct.unpack(">I", header[:4])[0] if len(header) == _WAL_HEADER_BYTES else 0
        self.big_endian = bool(magic & 1) if magic in _WAL_MAGIC else sys.byteorder == "big"
        self.salt = header[16:24]
        self.header_checksum = struct.unpack(">II", header[24:32]) if len(header) == _WAL_HEADER_BYTES else (0, 0)
        self.header_valid = (magic in _WAL_MAGIC and header[4:8] == struct.pack(">I", _WAL_VERSION)
                             and _wal_checksum(header[:24], self.big_endian, 0, 0) == self.header_checksum)

    def frame_header(self, n: int) -> bytes:
        self._f.seek(_WAL_HEADER_BYTES + (n - 1) * self.frame_bytes)
        return self._f.read(_FRAME_HEADER_BYTES)

    def verifies(self, n: int) -> bool:
        """Whether frame n's checksum holds, seeded (as SQLite seeds it) by the checksum stored before it."""
        seed = self.header_checksum if n == 1 else struct.unpack(">II", self.frame_header(n - 1)[16:24])
        self._f.seek(_WAL_HEADER_BYTES + (n - 1) * self.frame_bytes)
        frame = self._f.read(self.frame_bytes)
        if len(frame) != self.frame_bytes:
            return False
        computed = _wal_checksum(frame[:8] + frame[_FRAME_HEADER_BYTES:], self.big_endian, *seed)
        return computed == struct.unpack(">II", frame[16:24])

    def close(self) -> None:
        self._f.close()


def inspect_wal(db_path: Path, key: bytes, cipher_page_size: int) -> WalDamage | None:
    """Saved changes in `<db>-wal` that SQLite's recovery would drop, or None if there are none.

    Never writes: the probe connection is read-only, so it neither checkpoints nor deletes the log.
    Cost: one connection, plus reading the frames (if any) beyond what SQLite recovered.
    """
    wal_path = db_path.with_name(db_path.name + "-wal")
    shm_path = db_path.with_name(db_path.name + "-shm")
    try:
        wal_size = wal_path.stat().st_size
    except OSError:
        return None
    if wal_size < _WAL_HEADER_BYTES + _FRAME_HEADER_BYTES + cipher_page_size:
        return None
    # What the last writer had committed, if it stopped without closing (crash, kill, power cut).
    previous = _read_shm_header(shm_path)
    probe = connect(db_path, key, cipher_page_size, read_only=True)
    try:
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()  # runs recovery if needed
        recovered = _read_shm_header(shm_path)
    finally:
        probe.close()
    if recovered is None:
        return None  # no wal-index to compare with (read-only medium): nothing we can tell
    wal = _WalFile(wal_path, cipher_page_size)
    try:
        damage = _cut_off(wal, recovered, previous)
        if damage is None:
            return None
        # Another process may have committed while we looked: only what is still cut off counts.
        live = _read_shm_header(shm_path)
        if live is None or live.salt != recovered.salt or live.max_frame >= damage[1]:
            return None
        return _describe(wal, recovered, damage[1], damage[2])
    finally:
        wal.close()


def _cut_off(wal: _WalFile, recovered: _ShmHeader,
             previous: _ShmHeader | None) -> tuple[int, int, bytes] | None:
    """(first frame not recovered, last frame of a lost commit, the salt of the lost frames), or None."""
    start = recovered.max_frame + 1
    lost_end = 0
    salt = recovered.salt
    if not wal.header_valid and recovered.max_frame == 0 and wal.frames:
        # A damaged log header makes SQLite ignore the whole log, and closing would then delete it:
        # every save in it would be lost without a word. Its frames still carry their own salt.
        salt = wal.frame_header(1)[8:16]
    if previous is not None and previous.salt == recovered.salt and previous.max_frame > recovered.max_frame:
        # The last writer had these frames committed: a commit it acknowledged is now unreadable.
        lost_end = min(previous.max_frame, wal.frames)
    # A complete, checksummed commit frame of this log generation beyond the recovered end
    # (scanned from the end: the last one that verifies decides).
    for n in range(wal.frames, max(start, lost_end + 1) - 1, -1):
        header = wal.frame_header(n)
        if len(header) < _FRAME_HEADER_BYTES or header[8:16] != salt:
            continue
        if struct.unpack(">I", header[4:8])[0] != 0 and wal.verifies(n):
            lost_end = n
            break
    return (start, lost_end, salt) if lost_end >= start else None


def _describe(wal: _WalFile, recovered: _ShmHeader, lost_end: int, salt: bytes) -> WalDamage:
    first = recovered.max_frame + 1
    # The frames from `first` up to the damaged one belong to the one transaction the damage cut
    # off; find the damaged frame itself (bounded: a huge transaction is described by its start).
    bad = first
    for n in range(first, min(lost_end, first + _MAX_FRAMES_VERIFIED) + 1):
        header = wal.frame_header(n)
        if header[8:16] != salt or not wal.verifies(n):
            bad = n
            break
    commits, pages = 0, []
    for n in range(first, lost_end + 1):
        header = wal.frame_header(n)
        if len(header) < _FRAME_HEADER_BYTES or header[8:16] != salt:
            continue
        page, commit_size = struct.unpack(">II", header[:8])
        commits += commit_size != 0
        if page and page not in pages:
            pages.append(page)
    bad_page = struct.unpack(">I", wal.frame_header(bad)[:4])[0] or None
    return WalDamage(bad, bad_page, lost_end - first + 1, max(commits, 1), tuple(sorted(pages)), not wal.header_valid)

