"""Re-hashing stored evidence from its chunks against the SHA-256 recorded at collection: every item
(the last stage of `integrity.check`), or those an export is about to carry (`check_evidence`).

Damage is named by the item it hurts (file name and incident), read on a fresh connection,
since SQLCipher fails every later read of a connection that met a damaged page."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from app.core.checks.check_session import Cancelled, Checker, Finding, Reader, vault_key, vault_page_size
from app.core.storage.database import Connection, DatabaseError
from app.core.wording import Check, Errors, Number, Text, joined

if TYPE_CHECKING:
    from app.core.storage.vault import Vault


def _holders(conn: Connection, blob_id: int) -> list[tuple[str, str]]:
    try:
        return [(str(i), str(n)) for i, n in conn.execute(
            "SELECT incident_id, display_name FROM evidence WHERE blob_id = ? ORDER BY id", (blob_id,))]
    except DatabaseError:
        return []


def _name_item(holders: list[tuple[str, str]], sha256: str | None, blob_id: int) -> Text:
    if holders:
        named = joined(*(Check.tr("'{name}' of incident {incident}").format(name=name, incident=incident)
                         for incident, name in holders[:3]), separator="; ")
        if len(holders) > 3:
            return Check.tr("{items} and {count} more").format(items=named, count=len(holders) - 3)
        return named
    if sha256:
        return Check.tr("evidence {sha256}").format(sha256=sha256)
    return Check.tr("evidence item number {number}").format(number=blob_id)


def _blob_problem(conn: Connection, blob_id: int, sha256: str, size: int, checker: Checker) -> Text | None:
    """Stream the blob's chunks through SHA-256; the problem in words, or None if it matches."""
    hasher = hashlib.sha256()
    seen, seq = 0, 0
    while True:
        checker.check_cancelled()
        try:
            row = conn.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)).fetchone()
        except DatabaseError:
            checker.advance(max(0, size - seen))
            return Check.tr("its bytes from offset {offset} on cannot be read: a page holding them is damaged").format(
                offset=Number(seen))
        if row is None:
            break
        chunk = row[0]
        hasher.update(chunk)
        seen += len(chunk)
        seq += 1
        checker.advance(len(chunk))
    if seen != size:
        return Check.tr("{stored} bytes are stored where {recorded} were recorded").format(
            stored=Number(seen), recorded=Number(size))
    if hasher.hexdigest() != sha256:
        return Check.tr("its bytes no longer match the SHA-256 recorded when it was collected")
    return None


_EVIDENCE = Check.tr("evidence")


def check_all_evidence(checker: Checker) -> tuple[int, int]:
    before = len(checker.findings)
    try:
        with checker.reading():
            last = checker.conn.execute("SELECT coalesce(max(id), 0) FROM blobs").fetchone()[0]
    except DatabaseError as error:
        checker.findings.append(Finding("evidence", Check.tr("The list of evidence cannot be read ({details}).")
                                        .format(details=str(error))))
        checker.stage(_EVIDENCE, before)
        return 0, 0
    items = stored = 0
    for blob_id in range(1, last + 1):
        with checker.reading():
            size = _check_blob(checker, blob_id)
        if size is not None:
            items += 1
            stored += size
    checker.stage(_EVIDENCE, before, Check.tr("%n item(s), {size} bytes, every one matches its SHA-256", "", items)
                  .format(size=Number(stored)))
    return items, stored


def _check_blob(checker: Checker, blob_id: int) -> int | None:
    """Check one stored item; its size if it is intact, None if damaged or not there."""
    conn = checker.conn
    try:
        row = conn.execute("SELECT sha256, size FROM blobs WHERE id = ?", (blob_id,)).fetchone()
    except DatabaseError:
        holders = _holders(checker.fresh_conn(), blob_id)
        checker.findings.append(Finding(
            "evidence", Check.tr("The record of {item} cannot be read: a page of it is damaged.").format(
                item=_name_item(holders, None, blob_id)),
            incident_id=holders[0][0] if holders else None, file_name=holders[0][1] if holders else None))
        return None
    if row is None or row[0] is None:
        return None  # no such id (rolled back or purged), or a blob still being written by another connection
    sha256, size = row
    problem = _blob_problem(conn, blob_id, sha256, size, checker)
    if problem is None:
        return size
    holders = _holders(checker.fresh_conn(), blob_id)
    checker.findings.append(Finding(
        "evidence", Check.tr("Evidence {item} (SHA-256 {sha256}…) is damaged: {problem}.").format(
            item=_name_item(holders, sha256, blob_id), sha256=sha256[:16], problem=problem),
        incident_id=holders[0][0] if holders else None, file_name=holders[0][1] if holders else None, sha256=sha256))
    return None


def check_evidence(vault: Vault, sha256s: list[str], cancelled: Cancelled | None = None) -> list[Finding]:
    """Re-hash the given evidence items from their chunks (the part of `check` an export runs first).

    On its own read-only connection, so that damage it meets cannot poison the vault's own.
    """
    reader = Reader(vault.db_path, vault_key(vault), vault_page_size(vault))
    try:
        checker = Checker(reader, 0, None, cancelled)
        for sha256 in dict.fromkeys(sha256s):
            with checker.reading():
                try:
                    row = checker.conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
                except DatabaseError:
                    row = None
                if row is None:
                    checker.findings.append(Finding("evidence", Check.tr(
                        "Evidence {sha256} cannot be found in the vault.").format(sha256=sha256), sha256=sha256))
                else:
                    _check_blob(checker, row[0])
    finally:
        reader.close()
    return checker.findings


def describe_for_export(findings: list[Finding]) -> Text:
    if len(findings) == 1:
        return Errors.tr("The vault is damaged, so no bundle was written: {first} Run 'threatlog check' for the full "
                         "report, and restore from a backup.").format(first=findings[0].message)
    return Errors.tr("The vault is damaged, so no bundle was written: {first} (%n more problem(s)) Run 'threatlog "
                     "check' for the full report, and restore from a backup.", "", len(findings) - 1).format(
                         first=findings[0].message)
