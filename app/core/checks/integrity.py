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

The write-ahead log is inspected byte by byte in app.core.checks.wal_check; evidence is re-hashed in
app.core.checks.evidence_check; the state of one pass and its report are in app.core.checks.check_session.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.checks.check_session import (Cancelled, Checker, Finding, IntegrityReport, Progress, Reader, Stage,
                                           vault_key, vault_page_size, vault_slots)
from app.core.checks.evidence_check import check_all_evidence, check_evidence, describe_for_export
from app.core.checks.wal_check import WalDamage, inspect_wal
from app.core.errors import KeySlotInvalid
from app.core.records import custody
from app.core.records.custody import ChainReport
from app.core.storage import keyslots
from app.core.storage.database import Connection, DatabaseError
from app.core.wording import Check, Errors

if TYPE_CHECKING:
    from app.core.storage.vault import Vault

# The public surface stays here, where callers have always found it.
__all__ = ["Finding", "IntegrityReport", "Stage", "WalDamage", "check", "check_evidence", "describe_for_export",
           "inspect_wal"]

_PAGE_MESSAGE = re.compile(r"page (\d+)", re.IGNORECASE)


def check(vault: Vault, progress: Progress | None = None, cancelled: Cancelled | None = None) -> IntegrityReport:
    """Everything that can be checked without the passphrase, on an unlocked (possibly read-only) vault.

    Never writes to the vault. `progress(done, total)` counts the database file's bytes (page
    check) and then the evidence bytes; `cancelled()` is polled and raises OperationCancelled.
    """
    db_bytes = _file_size(vault.db_path)
    page_size = vault_page_size(vault)
    reader = Reader(vault.db_path, vault_key(vault), page_size)
    try:
        checker = Checker(reader, db_bytes + _evidence_total(reader.conn), progress, cancelled)
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
        items, stored = check_all_evidence(checker)
    finally:
        reader.close()
    return IntegrityReport(tuple(checker.stages), tuple(checker.findings), chain, pages, incidents, items, stored)



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


def _check_keyslots(checker: Checker, vault: Vault) -> None:
    from app.core.storage.vault import SLOTS_NAME

    before = len(checker.findings)
    try:
        on_disk = keyslots.load(vault.folder / SLOTS_NAME)
        if on_disk.vault_id != vault.vault_id:
            raise KeySlotInvalid(Errors.tr("it belongs to another vault"))
    except KeySlotInvalid as error:
        checker.findings.append(Finding("keyslots", Check.tr(
            "The key-slot file {name} is damaged ({reason}); the vault will not open once it is locked. While it is "
            "still unlocked, make a backup now: a backup carries the key slots this vault was unlocked with."
        ).format(name=SLOTS_NAME, reason=error.text)))
    else:
        _check_slot_digests(checker, vault, on_disk)
    checker.stage(Check.tr("key-slot file"), before,
                  Check.tr("readable, belongs to this vault, every slot as recorded"))


# A whole sentence for each slot: the secret it names is a different word in each language.
_SLOT_DAMAGED = {
    "passphrase": Check.tr(
        "The passphrase slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): "
        "the passphrase would no longer open the vault. Keep the vault's other secret safe, and restore from a "
        "backup made before the damage if you need the passphrase."),
    "recovery": Check.tr(
        "The recovery slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): "
        "the recovery code would no longer open the vault. Keep the vault's other secret safe, and restore from a "
        "backup made before the damage if you need the recovery code."),
}


def _check_slot_digests(checker: Checker, vault: Vault, on_disk: keyslots.KeySlotFile) -> None:
    """Each slot against the digest kept inside the database: without the secret a slot needs (the
    recovery code, usually) this is the only way to see that it would no longer open the vault."""
    from app.core.storage.vault import SLOTS_NAME

    for slot in on_disk.slots:
        if slot.kind == vault.unlocked_with and slot == vault_slots(vault).slot(slot.kind):
            continue  # it unwrapped the key at this unlock
        try:
            with checker.reading():
                row = checker.conn.execute("SELECT value FROM meta WHERE key = ?",
                                           (keyslots.DIGEST_META_KEY.format(kind=slot.kind),)).fetchone()
        except DatabaseError:
            return  # an unreadable page: the page check names it
        if row is not None and row[0] != keyslots.slot_digest(slot):
            checker.findings.append(Finding("keyslots", _SLOT_DAMAGED[slot.kind].format(name=SLOTS_NAME)))


def _check_wal(checker: Checker, vault: Vault) -> None:
    before = len(checker.findings)
    # What Vault.open saw first: its connections' recovery has since rewritten the log's index.
    damage = vault.wal_damage_at_open or inspect_wal(vault.db_path, vault_key(vault), vault_page_size(vault))
    if damage is not None:
        checker.findings.append(Finding("wal", damage.describe(), page=damage.first_bad_page))
    checker.stage(Check.tr("write-ahead log"), before, Check.tr("no saved change is cut off"))


def _check_pages(checker: Checker, page_count: int) -> int:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        with checker.interruptible():
            rows = checker.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError as error:
        rows = []
        checker.findings.append(Finding("page", Check.tr("SQLCipher could not check the pages ({details}).").format(
            details=str(error))))
    for (message,) in rows:
        match = _PAGE_MESSAGE.search(str(message))
        page = int(match[1]) if match else None
        if page is not None:
            checker.findings.append(Finding("page", Check.tr(
                "Page {page} of vault.db (of {pages}) was changed on disk: SQLCipher's authentication code for it "
                "does not match ({details}).").format(page=page, pages=page_count, details=str(message)), page=page))
        else:
            checker.findings.append(Finding("page", Check.tr("SQLCipher reports: {details}.").format(
                details=str(message))))
    checker.stage(Check.tr("database pages (SQLCipher HMAC)"), before,
                  Check.tr("all %n page(s) authentic", "", page_count))
    return page_count


def _check_structure(checker: Checker) -> None:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        with checker.interruptible():
            rows = [str(r[0]) for r in checker.conn.execute("PRAGMA quick_check")]
    except DatabaseError as error:
        rows = []
        checker.findings.append(Finding("structure", Check.tr(
            "SQLite's structure check: the check stopped at a page it cannot read ({details}).").format(
                details=str(error))))
    for row in rows:
        if row != "ok":
            checker.findings.append(Finding("structure", Check.tr("SQLite's structure check: {details}.").format(
                details=row)))
    checker.stage(Check.tr("database structure (SQLite quick_check)"), before, Check.tr("ok"))


_CUSTODY_LOG = Check.tr("custody log")


def _check_custody(checker: Checker) -> ChainReport | None:
    before = len(checker.findings)
    checker.check_cancelled()
    try:
        chain = custody.verify(checker.conn)
    except DatabaseError as error:
        checker.findings.append(Finding("custody", Check.tr(
            "The custody log cannot be read: a page of it is damaged ({details}).").format(details=str(error))))
        checker.stage(_CUSTODY_LOG, before)
        return None
    if not chain.intact:
        checker.findings.append(Finding("custody", Check.tr("The custody log is broken at entry {entry}: {problem}.")
                                        .format(entry=chain.first_bad_seq, problem=chain.problem)))
    checker.stage(_CUSTODY_LOG, before, Check.tr("%n entr(y|ies), hash chain intact", "", chain.entries))
    return chain


def _ids_by_seq(conn: Connection) -> dict[int, str]:
    # The UNIQUE index on id holds (id, seq): it names an incident whose row cannot be read.
    try:
        return dict(conn.execute("SELECT seq, id FROM incidents INDEXED BY sqlite_autoindex_incidents_1"))
    except DatabaseError:
        return {}


_INCIDENTS = Check.tr("incidents")


def _check_incidents(checker: Checker) -> int:
    before = len(checker.findings)
    conn = checker.conn
    try:
        with checker.reading():
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM incidents").fetchone()[0]
    except DatabaseError as error:
        checker.findings.append(Finding("incident", Check.tr("The list of incidents cannot be read ({details}).")
                                        .format(details=str(error))))
        checker.stage(_INCIDENTS, before)
        return 0
    with checker.reading():
        names = _ids_by_seq(conn)
    readable = 0
    for seq in range(1, last + 1):
        if seq % 256 == 0:
            checker.check_cancelled()
        with checker.reading():
            readable += _check_incident(checker, seq, names.get(seq))
    checker.stage(_INCIDENTS, before, Check.tr("%n readable, every revision matches its SHA-256", "", readable))
    return readable


def _check_incident(checker: Checker, seq: int, name: str | None) -> int:
    """1 if the incident numbered `seq` exists and its row can be read, else 0."""
    try:
        # data too: a long incident's JSON lies on overflow pages that reading the id alone skips.
        row = checker.conn.execute("SELECT id, data FROM incidents WHERE seq = ?", (seq,)).fetchone()
    except DatabaseError:
        unreadable = (Check.tr("The record of incident {incident} cannot be read: a page of it is damaged.").format(
            incident=name) if name else Check.tr("The record of incident number {number} (its id is unreadable too) "
                                                 "cannot be read: a page of it is damaged.").format(number=seq))
        checker.findings.append(Finding("incident", unreadable, incident_id=name))
        return 0
    if row is None:
        return 0
    _check_revisions(checker, row[0])
    return 1


def _check_revisions(checker: Checker, incident_id: str) -> None:
    try:
        rows = checker.conn.execute(
            "SELECT revision, data, sha256 FROM revisions WHERE incident_id = ? ORDER BY revision", (incident_id,)
        ).fetchall()
    except DatabaseError:
        checker.findings.append(Finding("incident", Check.tr(
            "The saved versions of incident {incident} cannot be read: a page of them is damaged.").format(
                incident=incident_id), incident_id=incident_id))
        return
    for revision, data, sha256 in rows:
        if hashlib.sha256(str(data).encode("utf-8")).hexdigest() != sha256:
            checker.findings.append(Finding("incident", Check.tr(
                "Version {revision} of incident {incident} no longer matches its recorded SHA-256.").format(
                    revision=revision, incident=incident_id), incident_id=incident_id))

