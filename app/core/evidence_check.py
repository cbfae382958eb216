"""Re-hashing stored evidence from its chunks against the SHA-256 recorded at collection: every item
(the last stage of `integrity.check`), or those an export is about to carry (`check_evidence`).

Damage is named by the item it hurts (file name and incident), read on a fresh connection,
since SQLCipher fails every later read of a connection that met a damaged page."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from app.core.check_session import Cancelled, Checker, Finding, Reader, vault_key, vault_page_size
from app.core.database import Connection, DatabaseError

if TYPE_CHECKING:
    from app.core.vault import Vault


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


def _blob_problem(conn: Connection, blob_id: int, sha256: str, size: int, checker: Checker) -> str:
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


def check_all_evidence(checker: Checker) -> tuple[int, int]:
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


def _check_blob(checker: Checker, blob_id: int) -> int | None:
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
