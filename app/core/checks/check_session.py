"""One pass of the integrity check: its private read-only connection, its progress and cancel,
the findings and stages it collects, and the report they make (app.core.checks.integrity runs the
checks; app.core.checks.evidence_check re-hashes evidence, also for an export)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import OperationCancelled
from app.core.records.custody import ChainReport
from app.core.storage.database import Connection, DatabaseError, connect
from app.core.wording import Check, Errors, Text

if TYPE_CHECKING:
    from app.core.storage.keyslots import KeySlotFile
    from app.core.storage.vault import Vault

Progress = Callable[[int, int], None]  # (units done, units in total): bytes of the file, then of evidence
Cancelled = Callable[[], bool]

_MAX_LISTED = 20  # the report lists the first problems of a vault with thousands, and a count
_INTEGRITY_CHECK = Errors.tr("The integrity check")  # "… was cancelled; nothing was changed."



@dataclass(frozen=True)
class Finding:
    """One thing found damaged, in a sentence the user reads; the fields say where, for programs."""

    area: str  # "keyslots", "wal", "page", "structure", "custody", "incident", "evidence"
    message: Text
    page: int | None = None
    incident_id: str | None = None
    file_name: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Stage:
    """One line of the report: what was checked and how it went."""

    name: Text
    ok: bool
    summary: Text


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

    def lines(self, render: Callable[[Text], str] = str) -> list[str]:
        """The report as the CLI prints it: one line per check, the damage found, the verdict last.

        `render` puts each sentence in the reader's language (app.translate.say); English by default."""
        # The status column is as wide as its longer word in this language, so the names stay aligned.
        width = max(len(render(_OK)), len(render(_DAMAGED))) + 1
        out = [f"{render(_OK if s.ok else _DAMAGED):<{width}}{render(s.name)}: {render(s.summary)}"
               for s in self.stages]
        out += [f"  - {render(f.message)}" for f in self.findings[:_MAX_LISTED * 5]]
        if len(self.findings) > _MAX_LISTED * 5:
            out.append("  " + render(Check.tr("… and %n more problem(s)", "", len(self.findings) - _MAX_LISTED * 5)))
        out.append(render(self.verdict()))
        return out

    def verdict(self) -> Text:
        if self.healthy:
            return Check.tr("HEALTHY — nothing in this vault is damaged.")
        return Check.tr("DAMAGED — %n problem(s) found; the first: {first}", "", len(self.findings)).format(
            first=self.findings[0].message)


_OK = Check.tr("OK")
_DAMAGED = Check.tr("DAMAGED")


class Reader:
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


class Checker:
    def __init__(self, reader: Reader, total: int, progress: Progress | None, cancelled: Cancelled | None):
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
            raise OperationCancelled(_INTEGRITY_CHECK)

    def advance(self, units: int) -> None:
        self.done += units
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def stage(self, name: Text, findings_before: int, summary_ok: Text | None = None) -> None:
        """One check done: `summary_ok` is what it says when it found nothing; a check that could not run
        (a finding says why) has none."""
        found = len(self.findings) - findings_before
        ok = found == 0 and summary_ok is not None
        self.stages.append(Stage(name, ok, summary_ok if ok else Check.tr("%n problem(s)", "", found)))

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction per step: a consistent view while writers go on, and a fresh
        connection after anything was found (see Reader)."""
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
                raise OperationCancelled(_INTEGRITY_CHECK) from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)


def vault_key(vault: Vault) -> bytes:
    # Friend access within core: the check re-opens the files with the key the vault holds.
    return bytes(vault._key)


def vault_page_size(vault: Vault) -> int:
    return vault._slots.cipher_page_size


def vault_slots(vault: Vault) -> KeySlotFile:
    """The key slots as read when the vault was unlocked."""
    return vault._slots



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

