"""Checking a vault for damage, and saying in plain words what is damaged.

`check` runs, inside one read transaction (writers may go on meanwhile):

1. the key-slot file on disk still parses (a damaged one would lock the user out at next unlock);
2. the write-ahead log (`vault.db-wal`) has no damaged frame with saved changes behind it;
3. SQLCipher's `cipher_integrity_check`: every page of `vault.db` against its HMAC, naming the
   pages that fail;
4. SQLite's `quick_check` of the b-trees;
5. the custody log's hash chain (`custody.verify`);
6. every incident row and revision readable, each revision against its recorded SHA-256;
7. every evidence item re-hashed from its chunks (streaming) against its recorded SHA-256.

Pages cannot be mapped to rows (this SQLCipher build has no `dbstat`), so damage is reported from
both sides: the page numbers SQLCipher names, and the items (incident id, file name) whose bytes
can no longer be read or no longer match their hash.

Why the write-ahead log needs its own check: SQLite replays the log up to the first frame whose
checksum fails and silently ignores everything after it, and the checkpoint when the last
connection closes then deletes the log. One flipped byte in the log therefore loses every change
saved after it without any error, and nothing in SQLite or SQLCipher reports it (measured). We
compare what SQLite recovered (the wal-index header in `vault.db-shm`) with the frames in the file:
a committed transaction whose frames are intact but lie behind the recovered end has been cut off.
`Vault.open` runs this before its first write, and refuses to open such a vault for writing.
"""

from __future__ import annotations

import hashlib
import re
import struct
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import custody, keyslots
from app.core.custody import ChainReport
from app.core.database import Connection, DatabaseError, connect
from app.core.errors import KeySlotInvalid, OperationCancelled

if TYPE_CHECKING:
    from app.core.vault import Vault

Progress = Callable[[int, int], None]  # (units done, units in total): bytes of the file, then of evidence
Cancelled = Callable[[], bool]

_PAGE_MESSAGE = re.compile(r"page (\d+)", re.IGNORECASE)
_MAX_LISTED = 20  # a vault with thousands of bad pages is described by the first ones and a count


# --------------------------------------------------------------------------------------------
# The write-ahead log, read as bytes (https://www.sqlite.org/fileformat2.html#walformat)

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

    def describe(self) -> str:
        where = f" (database page {self.first_bad_page})" if self.first_bad_page else ""
        pages = ", ".join(str(p) for p in self.lost_pages[:_MAX_LISTED])
        more = f" and {len(self.lost_pages) - _MAX_LISTED} more" if len(self.lost_pages) > _MAX_LISTED else ""
        return (f"The write-ahead log (vault.db-wal) is damaged at frame {self.first_bad_frame}{where}: "
                f"{self.lost_commits} saved change(s) recorded after it cannot be read "
                f"({self.lost_frames} frame(s), database pages {pages}{more}).")


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
        return _describe(wal, recovered, damage[1])
    finally:
        wal.close()


def _cut_off(wal: _WalFile, recovered: _ShmHeader, previous: _ShmHeader | None) -> tuple[int, int] | None:
    """(first frame not recovered, last frame of a lost commit), or None."""
    start = recovered.max_frame + 1
    lost_end = 0
    if previous is not None and previous.salt == recovered.salt and previous.max_frame > recovered.max_frame:
        # The last writer had these frames committed: a commit it acknowledged is now unreadable.
        lost_end = min(previous.max_frame, wal.frames)
    # A complete, checksummed commit frame of this log generation beyond the recovered end
    # (scanned from the end: the last one that verifies decides).
    for n in range(wal.frames, max(start, lost_end + 1) - 1, -1):
        header = wal.frame_header(n)
        if len(header) < _FRAME_HEADER_BYTES or header[8:16] != recovered.salt:
            continue
        if struct.unpack(">I", header[4:8])[0] != 0 and wal.verifies(n):
            lost_end = n
            break
    return (start, lost_end) if lost_end >= start else None


def _describe(wal: _WalFile, recovered: _ShmHeader, lost_end: int) -> WalDamage:
    first = recovered.max_frame + 1
    # The frames from `first` up to the damaged one belong to the one transaction the damage cut
    # off; find the damaged frame itself (bounded: a huge transaction is described by its start).
    bad = first
    for n in range(first, min(lost_end, first + _MAX_FRAMES_VERIFIED) + 1):
        header = wal.frame_header(n)
        if header[8:16] != recovered.salt or not wal.verifies(n):
            bad = n
            break
    commits, pages = 0, []
    for n in range(first, lost_end + 1):
        header = wal.frame_header(n)
        if len(header) < _FRAME_HEADER_BYTES or header[8:16] != recovered.salt:
            continue
        page, commit_size = struct.unpack(">II", header[:8])
        commits += commit_size != 0
        if page and page not in pages:
            pages.append(page)
    bad_page = struct.unpack(">I", wal.frame_header(bad)[:4])[0] or None
    return WalDamage(bad, bad_page, lost_end - first + 1, max(commits, 1), tuple(sorted(pages)))


# --------------------------------------------------------------------------------------------
# The report


@dataclass(frozen=True)
class Finding:
    """One thing found damaged, in a sentence the user reads; the fields say where, for programs."""

    area: str  # "keyslots", "wal", "page", "structure", "custody", "incident", "evidence"
    message: str
    page: int | None = None
    incident_id: str | None = None
    file_name: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Stage:
    """One line of the report: what was checked and how it went."""

    name: str
    ok: bool
    summary: str


@dataclass(frozen=True)
class IntegrityReport:
    stages: tuple[Stage, ...]
    findings: tuple[Finding, ...]
    chain: ChainReport | None
    pages: int
    incidents: int
    evidence_items: int
    evidence_bytes: int

    @property
    def healthy(self) -> bool:
        return not self.findings

    @property
    def bad_pages(self) -> tuple[int, ...]:
        return tuple(f.page for f in self.findings if f.area == "page" and f.page is not None)

    @property
    def damaged_evidence(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.area == "evidence")

    def lines(self) -> list[str]:
        """The report as the CLI prints it: one line per check, the damage found, the verdict last."""
        out = [f"{'OK' if s.ok else 'DAMAGED':<8}{s.name}: {s.summary}" for s in self.stages]
        out += [f"  - {f.message}" for f in self.findings[:_MAX_LISTED * 5]]
        if len(self.findings) > _MAX_LISTED * 5:
            out.append(f"  … and {len(self.findings) - _MAX_LISTED * 5} more problems")
        out.append(self.verdict())
        return out

    def verdict(self) -> str:
        if self.healthy:
            return "HEALTHY — nothing in this vault is damaged."
        return f"DAMAGED — {len(self.findings)} problem(s) found; the first: {self.findings[0].message}"


# --------------------------------------------------------------------------------------------
# Checking


class _Reader:
    """A private read-only connection, reopened after damage.

    Measured: once SQLCipher has failed a page's HMAC, that connection fails every later read,
    of any page, until it is closed. So the check never uses the vault's own connections (which
    it would poison for the rest of the session) and starts a fresh one after each finding.
    """

    def __init__(self, db_path: Path, key: bytes, page_size: int) -> None:
        self._args = (db_path, key, page_size)
        self.conn = connect(db_path, key, page_size, read_only=True)

    def reopen(self) -> None:
        self.conn.close()
        db_path, key, page_size = self._args
        self.conn = connect(db_path, key, page_size, read_only=True)

    def close(self) -> None:
        self.conn.close()


class _Checker:
    def __init__(self, reader: _Reader, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self._reader = reader
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self.findings: list[Finding] = []
        self.stages: list[Stage] = []

    @property
    def conn(self) -> Connection:
        return self._reader.conn

    def fresh_conn(self) -> Connection:
        """A new connection, for reading on after damage (to name the item it belongs to)."""
        self._reader.reopen()
        return self._reader.conn

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise OperationCancelled("The integrity check")

    def advance(self, units: int) -> None:
        self.done += units
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def stage(self, name: str, findings_before: int, summary_ok: str) -> None:
        found = len(self.findings) - findings_before
        self.stages.append(Stage(name, found == 0, summary_ok if found == 0 else f"{found} problem(s)"))

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction per step: a consistent view while writers go on, and a fresh
        connection after anything was found (see _Reader)."""
        found = len(self.findings)
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            _end_read(self.conn)
            if len(self.findings) != found:
                self._reader.reopen()

    @contextmanager
    def interruptible(self) -> Iterator[None]:
        """Let a long PRAGMA stop when the user cancels."""
        if self._cancelled is None:
            yield
            return
        self.conn.set_progress_handler(lambda: 1 if self._cancelled() else 0, 20_000)
        try:
            yield
        except DatabaseError:
            if self._cancelled():
                raise OperationCancelled("The integrity check") from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)


def _raw_key(vault: Vault) -> bytes:
    # Friend access within core: the check re-opens the files with the key the vault holds.
    return bytes(vault._key)


def _page_size(vault: Vault) -> int:
    return vault._slots.cipher_page_size


def check(vault: Vault, progress: Progress | None = None, cancelled: Cancelled | None = None) -> IntegrityReport:
    """Everything that can be checked without the passphrase, on an unlocked (possibly read-only) vault.

    Never writes to the vault. `progress(done, total)` counts the database file's bytes (page
    check) and then the evidence bytes; `cancelled()` is polled and raises OperationCancelled.
    """
    db_bytes = _file_size(vault.db_path)
    page_size = _page_size(vault)
    reader = _Reader(vault.db_path, _raw_key(vault), page_size)
    try:
        checker = _Checker(reader, db_bytes + _evidence_total(reader.conn), progress, cancelled)
        _check_keyslots(checker, vault)
        _check_wal(checker, vault)
        with checker.reading():
            pages = _check_pages(checker, db_bytes // page_size)
        checker.advance(db_bytes)
        with checker.reading():
            _check_structure(checker)
        with checker.reading():
            chain = _check_custody(checker)
        incidents = _check_incidents(checker)
        items, stored = _check_all_evidence(checker)
    finally:
        reader.close()
    return IntegrityReport(tuple(checker.stages), tuple(checker.findings), chain, pages, incidents, items, stored)


def _end_read(conn: Connection) -> None:
    # After reading a damaged page, SQLite may report the damage again on COMMIT; a read
    # transaction has nothing to keep, so it is simply ended.
    try:
        conn.execute("COMMIT")
    except DatabaseError:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except DatabaseError:
                pass


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _evidence_total(conn: Connection) -> int:
    try:
        return conn.execute("SELECT coalesce(sum(size), 0) FROM blobs").fetchone()[0]
    except DatabaseError:
        return 0


def _check_keyslots(checker: _Checker, vault: Vault) -> None:
    from app.core.vault import SLOTS_NAME

    before = len(checker.findings)
    try:
        on_disk = keyslots.load(vault.folder / SLOTS_NAME)
        if on_disk.vault_id != vault.vault_id:
            raise KeySlotInvalid("it belongs to another vault")
    except KeySlotInvalid as error:
        checker.findings.append(Finding(
            "keyslots",
            f"The key-slot file {SLOTS_NAME} is damaged ({error}); the vault will not open once it is locked. "
            "While it is still unlocked, make a backup now: a backup carries the key slots this vault was "
            "unlocked with."))
    checker.stage("key-slot file", before, "readable, belongs to this vault")


def _check_wal(checker: _Checker, vault: Vault) -> None:
    before = len(checker.findings)
    damage = inspect_wal(vault.db_path, _raw_key(vault), _page_size(vault))
    if damage is not None:
        checker.findings.append(Finding("wal", damage.describe(), page=damage.first_bad_page))
    checker.stage("write-ahead log", before, "no saved change is cut off")


def _check_pages(checker: _Checker, page_count: int) -> int:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        with checker.interruptible():
            rows = checker.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError as error:
        rows = []
        checker.findings.append(Finding("page", f"SQLCipher could not check the pages ({error})."))
    for (message,) in rows:
        match = _PAGE_MESSAGE.search(str(message))
        page = int(match[1]) if match else None
        if page is not None:
            checker.findings.append(Finding(
                "page", f"Page {page} of vault.db (of {page_count}) was changed on disk: SQLCipher's "
                f"authentication code for it does not match ({message}).", page=page))
        else:
            checker.findings.append(Finding("page", f"SQLCipher reports: {message}."))
    checker.stage("database pages (SQLCipher HMAC)", before, f"all {page_count} pages authentic")
    return page_count


def _check_structure(checker: _Checker) -> None:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        with checker.interruptible():
            rows = [str(r[0]) for r in checker.conn.execute("PRAGMA quick_check")]
    except DatabaseError as error:
        rows = [f"the check stopped at a page it cannot read ({error})"]
    for row in rows:
        if row != "ok":
            checker.findings.append(Finding("structure", f"SQLite's structure check: {row}."))
    checker.stage("database structure (SQLite quick_check)", before, "ok")


def _check_custody(checker: _Checker) -> ChainReport | None:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        chain = custody.verify(checker.conn)
    except DatabaseError as error:
        checker.findings.append(Finding(
            "custody", f"The custody log cannot be read: a page of it is damaged ({error})."))
        checker.stage("custody log", before, "")
        return None
    if not chain.intact:
        checker.findings.append(Finding(
            "custody", f"The custody log is broken at entry {chain.first_bad_seq}: {chain.problem}."))
    checker.stage("custody log", before, f"{chain.entries} entries, hash chain intact")
    return chain


def _ids_by_seq(conn: Connection) -> dict[int, str]:
    # The UNIQUE index on id holds (id, seq): it names an incident whose row cannot be read.
    try:
        return dict(conn.execute("SELECT seq, id FROM incidents INDEXED BY sqlite_autoindex_incidents_1"))
    except DatabaseError:
        return {}


def _check_incidents(checker: _Checker) -> int:
    before = len(checker.findings)
    conn = checker.conn
    try:
        with checker.reading():
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM incidents").fetchone()[0]
    except DatabaseError as error:
        checker.findings.append(Finding("incident", f"The list of incidents cannot be read ({error})."))
        checker.stage("incidents", before, "")
        return 0
    with checker.reading():
        names = _ids_by_seq(conn)
    readable = 0
    for seq in range(1, last + 1):
        if seq % 256 == 0:
            checker.check_cancelled()
        with checker.reading():
            readable += _check_incident(checker, seq, names.get(seq))
    checker.stage("incidents", before, f"{readable} readable, every revision matches its SHA-256")
    return readable


def _check_incident(checker: _Checker, seq: int, name: str | None) -> int:
    """1 if the incident numbered `seq` exists and its row can be read, else 0."""
    try:
        # data too: a long incident's JSON lies on overflow pages that reading the id alone skips.
        row = checker.conn.execute("SELECT id, data FROM incidents WHERE seq = ?", (seq,)).fetchone()
    except DatabaseError:
        label = f"incident {name}" if name else f"incident number {seq} (its id is unreadable too)"
        checker.findings.append(Finding("incident", f"The record of {label} cannot be read: a page of it is "
                                        "damaged.", incident_id=name))
        return 0
    if row is None:
        return 0
    _check_revisions(checker, row[0])
    return 1


def _check_revisions(checker: _Checker, incident_id: str) -> None:
    try:
        rows = checker.conn.execute(
            "SELECT revision, data, sha256 FROM revisions WHERE incident_id = ? ORDER BY revision", (incident_id,)
        ).fetchall()
    except DatabaseError:
        checker.findings.append(Finding("incident", f"The saved versions of incident {incident_id} cannot be read: "
                                        "a page of them is damaged.", incident_id=incident_id))
        return
    for revision, data, sha256 in rows:
        if hashlib.sha256(str(data).encode("utf-8")).hexdigest() != sha256:
            checker.findings.append(Finding(
                "incident", f"Version {revision} of incident {incident_id} no longer matches its recorded SHA-256.",
                incident_id=incident_id))


def _holders(conn: Connection, blob_id: int) -> list[tuple[str, str]]:
    try:
        return [(str(i), str(n)) for i, n in conn.execute(
            "SELECT incident_id, display_name FROM evidence WHERE blob_id = ? ORDER BY id", (blob_id,))]
    except DatabaseError:
        return []


def _name_item(holders: list[tuple[str, str]], sha256: str | None, blob_id: int) -> str:
    if holders:
        named = "; ".join(f"'{name}' of incident {incident}" for incident, name in holders[:3])
        return named + (f" and {len(holders) - 3} more" if len(holders) > 3 else "")
    return f"evidence {sha256}" if sha256 else f"evidence item number {blob_id}"


def _blob_problem(conn: Connection, blob_id: int, sha256: str, size: int, checker: _Checker) -> str:
    """Stream the blob's chunks through SHA-256; the problem in words, or '' if it matches."""
    hasher = hashlib.sha256()
    seen, seq = 0, 0
    while True:
        checker.check_cancelled()
        try:
            row = conn.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)).fetchone()
        except DatabaseError:
            checker.advance(max(0, size - seen))
            return f"its bytes from offset {seen:,} on cannot be read: a page holding them is damaged"
        if row is None:
            break
        chunk = row[0]
        hasher.update(chunk)
        seen += len(chunk)
        seq += 1
        checker.advance(len(chunk))
    if seen != size:
        return f"{seen:,} bytes are stored where {size:,} were recorded"
    if hasher.hexdigest() != sha256:
        return "its bytes no longer match the SHA-256 recorded when it was collected"
    return ""


def _check_all_evidence(checker: _Checker) -> tuple[int, int]:
    before = len(checker.findings)
    try:
        with checker.reading():
            last = checker.conn.execute("SELECT coalesce(max(id), 0) FROM blobs").fetchone()[0]
    except DatabaseError as error:
        checker.findings.append(Finding("evidence", f"The list of evidence cannot be read ({error})."))
        checker.stage("evidence", before, "")
        return 0, 0
    items = stored = 0
    for blob_id in range(1, last + 1):
        with checker.reading():
            size = _check_blob(checker, blob_id)
        if size is not None:
            items += 1
            stored += size
    checker.stage("evidence", before, f"{items} item(s), {stored:,} bytes, every one matches its SHA-256")
    return items, stored


def _check_blob(checker: _Checker, blob_id: int) -> int | None:
    """Check one stored item; its size if it is intact, None if damaged or not there."""
    conn = checker.conn
    try:
        row = conn.execute("SELECT sha256, size FROM blobs WHERE id = ?", (blob_id,)).fetchone()
    except DatabaseError:
        holders = _holders(checker.fresh_conn(), blob_id)
        checker.findings.append(Finding(
            "evidence", f"The record of {_name_item(holders, None, blob_id)} cannot be read: a page of it is damaged.",
            incident_id=holders[0][0] if holders else None, file_name=holders[0][1] if holders else None))
        return None
    if row is None or row[0] is None:
        return None  # no such id (rolled back or purged), or a blob still being written by another connection
    sha256, size = row
    problem = _blob_problem(conn, blob_id, sha256, size, checker)
    if not problem:
        return size
    holders = _holders(checker.fresh_conn(), blob_id)
    checker.findings.append(Finding(
        "evidence", f"Evidence {_name_item(holders, sha256, blob_id)} (SHA-256 {sha256[:16]}…) is damaged: "
        f"{problem}.", incident_id=holders[0][0] if holders else None,
        file_name=holders[0][1] if holders else None, sha256=sha256))
    return None


def check_evidence(vault: Vault, sha256s: list[str], cancelled: Cancelled | None = None) -> list[Finding]:
    """Re-hash the given evidence items from their chunks (the part of `check` an export runs first).

    On its own read-only connection, so that damage it meets cannot poison the vault's own.
    """
    reader = _Reader(vault.db_path, _raw_key(vault), _page_size(vault))
    try:
        checker = _Checker(reader, 0, None, cancelled)
        for sha256 in dict.fromkeys(sha256s):
            with checker.reading():
                try:
                    row = checker.conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
                except DatabaseError:
                    row = None
                if row is None:
                    checker.findings.append(Finding("evidence", f"Evidence {sha256} cannot be found in the vault.",
                                                    sha256=sha256))
                else:
                    _check_blob(checker, row[0])
    finally:
        reader.close()
    return checker.findings


def describe_for_export(findings: list[Finding]) -> str:
    first = findings[0].message
    more = f" ({len(findings) - 1} more problem(s))" if len(findings) > 1 else ""
    return (f"The vault is damaged, so no bundle was written: {first}{more} "
            "Run 'threatlog check' for the full report, and restore from a backup.")
