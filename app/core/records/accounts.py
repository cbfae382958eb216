"""Perpetrator accounts: one row per (platform, handle), shared by every incident that names it."""

from __future__ import annotations

import unicodedata

from app.core.records.drafts import AccountRef
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection


def account_key(handle: str) -> str:
    """The form two spellings of one handle share: '@Troll_1' and 'troll_1' are the same account."""
    return "".join(unicodedata.normalize("NFKC", handle).casefold().split()).lstrip("@")


def ensure(conn: Connection, ref: AccountRef) -> int:
    key = account_key(ref.handle)
    # A handle merged into another account (one actor) links to the survivor: an edit or a new
    # incident naming it must not bring the merged account back to life.
    row = conn.execute("SELECT coalesce(merged_into, id) FROM accounts WHERE platform = ? AND handle_key = ?",
                       (ref.platform, key)).fetchone()
    if row:
        return row[0]
    cursor = conn.execute(
        "INSERT INTO accounts (platform, handle, handle_key, created_at) VALUES (?, ?, ?, ?)",
        (ref.platform, ref.handle, key, utc_now()),
    )
    return cursor.lastrowid


def link_many(conn: Connection, links: list[tuple[str, tuple[AccountRef, ...]]]) -> None:
    """Link incidents that have no account links yet (new, or cleared by the caller)."""
    known: dict[AccountRef, int] = {}  # a troll wave names the same accounts again and again
    rows = set()
    for incident_id, refs in links:
        for ref in refs:
            if ref not in known:
                known[ref] = ensure(conn, ref)
            rows.add((incident_id, known[ref]))
    conn.executemany("INSERT INTO incident_accounts (incident_id, account_id) VALUES (?, ?)", sorted(rows))


def known_handles(conn: Connection, prefix: str = "", limit: int = 50) -> list[AccountRef]:
    """Accounts already in the vault, for autocompletion."""
    rows = conn.execute(
        "SELECT platform, handle FROM accounts WHERE handle_key LIKE ? ESCAPE '\\' ORDER BY handle_key LIMIT ?",
        (account_key(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit),
    )
    return [AccountRef(platform, handle) for platform, handle in rows]
