"""The registry of perpetrator accounts: what the user knows about each, its incidents, and merges.

accounts.py makes the rows as incidents name handles; here the user describes them (display
name, profile URL, aliases, notes), sees when each was first and last seen (from the times of its
live incidents, so the dates cannot disagree with them), and merges two accounts that are one actor.

A merge moves the merged account's incident links and aliases to the survivor and marks the
merged row with `merged_into`; the row itself stays, with its handle, name and notes, so a lookup
by its handle still leads to the survivor and its history is not lost. Incidents are not
rewritten: each revision keeps the handle exactly as the user recorded it. The merge is recorded
in `account_merges` (append-only), not in the custody log, because it changes no incident and no
evidence: it is the user's reading of the evidence, and the custody log is the record of the
evidence itself (docs/campaign-detection.md).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from app.core.errors import AccountAmbiguous, AccountMergeRefused, AccountNotFound, InvalidInput
from app.core.records.accounts import account_key
from app.core.records.drafts import MAX_LIST_ITEMS, MAX_LONG_TEXT, MAX_SHORT_TEXT, normalize_handle
from app.core.records.occurred import utc_now
from app.core.records.taxonomy import is_platform, platform_id
from app.core.storage.database import Connection
from app.core.wording import Errors, Number, Text


@dataclass(frozen=True)
class MergedAccount:
    id: int
    platform: str
    handle: str
    merged_at: str


@dataclass(frozen=True)
class Account:
    id: int
    platform: str
    handle: str
    display_name: str
    profile_url: str
    notes: str
    aliases: tuple[str, ...]
    incident_count: int  # live incidents linked to it
    first_seen: str | None  # UTC, 'YYYY-MM-DDTHH:MM:SSZ'; None without live incidents
    last_seen: str | None
    merged: tuple[MergedAccount, ...]  # accounts merged into this one
    merged_into: int | None  # set when this account was itself merged into another

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "platform": self.platform, "handle": self.handle, "display_name": self.display_name,
            "profile_url": self.profile_url, "notes": self.notes, "aliases": list(self.aliases),
            "incident_count": self.incident_count, "first_seen": self.first_seen, "last_seen": self.last_seen,
            "merged": [{"id": m.id, "platform": m.platform, "handle": m.handle, "merged_at": m.merged_at}
                       for m in self.merged],
            "merged_into": self.merged_into,
        }


@dataclass(frozen=True)
class MergeResult:
    survivor: Account
    merged_id: int
    links_moved: int


# Live incidents per account, with the span of their times: first seen is the earliest start,
# last seen the latest end (an incident known only as "October" counts until the 31st).
_SELECT = (
    "SELECT a.id, a.platform, a.handle, a.display_name, a.profile_url, a.notes, a.merged_into,"
    " count(i.id), min(i.sort_time), max(coalesce(i.occurred_end, i.sort_time))"
    " FROM accounts a LEFT JOIN incident_accounts ia ON ia.account_id = a.id"
    " LEFT JOIN incidents i ON i.id = ia.incident_id AND i.deleted_at IS NULL"
)


def list_accounts(conn: Connection) -> list[Account]:
    """Every account not merged into another, most incidents first."""
    rows = conn.execute(_SELECT + " WHERE a.merged_into IS NULL GROUP BY a.id"
                        " ORDER BY count(i.id) DESC, a.handle_key, a.platform").fetchall()
    aliases: dict[int, list[str]] = {}
    for account_id, alias in conn.execute("SELECT account_id, alias FROM account_aliases ORDER BY alias_key"):
        aliases.setdefault(account_id, []).append(alias)
    merged: dict[int, list[MergedAccount]] = {}
    for survivor, *fields in conn.execute(
            "SELECT a.merged_into, a.id, a.platform, a.handle, max(m.merged_at) FROM accounts a"
            " JOIN account_merges m ON m.merged_id = a.id WHERE a.merged_into IS NOT NULL GROUP BY a.id"
            " ORDER BY a.handle_key"):
        merged.setdefault(survivor, []).append(MergedAccount(*fields))
    return [_account(row, aliases.get(row[0], []), merged.get(row[0], [])) for row in rows]


def get(conn: Connection, account_id: int) -> Account:
    row = conn.execute(_SELECT + " WHERE a.id = ? GROUP BY a.id", (account_id,)).fetchone()
    if row is None:
        raise AccountNotFound(Errors.tr("No account #{id} in this vault.").format(id=account_id))
    aliases = [r[0] for r in conn.execute(
        "SELECT alias FROM account_aliases WHERE account_id = ? ORDER BY alias_key", (account_id,))]
    merged = [MergedAccount(*r) for r in conn.execute(
        "SELECT a.id, a.platform, a.handle, max(m.merged_at) FROM accounts a"
        " JOIN account_merges m ON m.merged_id = a.id WHERE a.merged_into = ? GROUP BY a.id ORDER BY a.handle_key",
        (account_id,))]
    return _account(row, aliases, merged)


def _account(row: tuple, aliases: list[str], merged: list[MergedAccount]) -> Account:
    account_id, platform, handle, display_name, profile_url, notes, merged_into, count, first, last = row
    return Account(account_id, platform, handle, display_name, profile_url, notes, tuple(aliases), count,
                   first, last, tuple(merged), merged_into)


def resolve(conn: Connection, untrusted_ref: str) -> int:
    """The account a person means by '#ID', '[PLATFORM:]HANDLE', a handle merged away, or an alias.

    Always a survivor: a merged handle leads to the account it was merged into.
    """
    ref = untrusted_ref.strip()
    if ref.startswith("#") and ref[1:].isdigit():
        row = conn.execute("SELECT coalesce(merged_into, id) FROM accounts WHERE id = ?", (int(ref[1:]),)).fetchone()
        if row is None:
            raise AccountNotFound(Errors.tr("No account {account} in this vault.").format(account=ref))
        return row[0]
    head, sep, tail = ref.partition(":")
    platform = platform_id(head) if sep and tail and is_platform(head) else None
    key = account_key(tail if platform else ref)
    if not key:
        raise AccountNotFound(Errors.tr("No account given."))
    found = {row[0]: (row[1], row[2]) for row in conn.execute(
        "SELECT a.id, a.platform, a.handle FROM accounts a WHERE a.id IN ("
        " SELECT coalesce(merged_into, id) FROM accounts WHERE handle_key = ? AND (? IS NULL OR platform = ?)"
        " UNION SELECT al.account_id FROM account_aliases al JOIN accounts b ON b.id = al.account_id"
        " WHERE al.alias_key = ? AND (? IS NULL OR b.platform = ?))",
        (key, platform, platform, key, platform, platform))}
    if not found:
        raise AccountNotFound(Errors.tr("No account '{account}' in this vault.").format(account=untrusted_ref))
    if len(found) > 1:
        names = ", ".join(f"#{i} ({p}:{h})" for i, (p, h) in sorted(found.items()))
        raise AccountAmbiguous(Errors.tr("'{account}' names several accounts; say which: {accounts}.").format(
            account=untrusted_ref, accounts=names))
    return next(iter(found))


def update(conn: Connection, account_id: int, *, display_name: str | None = None, profile_url: str | None = None,
           notes: str | None = None, aliases: list[str] | None = None) -> Account:
    """Change what the user knows about an account; arguments left None stay as they are."""
    current = get(conn, account_id)
    if current.merged_into is not None:
        raise InvalidInput(Errors.tr("Account {handle} was merged into another; change that one instead.").format(
            handle=current.handle))
    conn.execute(
        "UPDATE accounts SET display_name = ?, profile_url = ?, notes = ? WHERE id = ?",
        (_text(display_name, current.display_name, MAX_SHORT_TEXT,
               Errors.tr("The display name is too long ({length} characters; at most {limit}).")),
         _text(profile_url, current.profile_url, MAX_SHORT_TEXT,
               Errors.tr("The profile URL is too long ({length} characters; at most {limit}).")),
         _text(notes, current.notes, MAX_LONG_TEXT,
               Errors.tr("The notes are too long ({length} characters; at most {limit}).")), account_id),
    )
    if aliases is not None:
        _set_aliases(conn, account_id, aliases)
    return get(conn, account_id)


def _text(untrusted_value: str | None, current: str, limit: int, too_long: Text) -> str:
    """The new value, or `current` when None; `too_long` is the refusal, with {length} and {limit}."""
    if untrusted_value is None:
        return current
    value = unicodedata.normalize("NFC", untrusted_value).strip()
    if len(value) > limit:
        raise InvalidInput(too_long.format(length=Number(len(value)), limit=Number(limit)))
    return value


def _set_aliases(conn: Connection, account_id: int, untrusted_aliases: list[str]) -> None:
    if len(untrusted_aliases) > MAX_LIST_ITEMS:
        raise InvalidInput(Errors.tr("Too many aliases ({count}; at most {limit}).").format(
            count=len(untrusted_aliases), limit=MAX_LIST_ITEMS))
    by_key = {}
    for alias in untrusted_aliases:
        clean = normalize_handle(alias)
        by_key.setdefault(account_key(clean), clean)
    conn.execute("DELETE FROM account_aliases WHERE account_id = ?", (account_id,))
    conn.executemany("INSERT INTO account_aliases (account_id, alias, alias_key) VALUES (?, ?, ?)",
                     [(account_id, alias, key) for key, alias in by_key.items()])


def merge(conn: Connection, survivor_id: int, merged_id: int) -> MergeResult:
    """Make `merged_id` part of `survivor_id` (one actor), inside the caller's transaction."""
    survivor, merged = get(conn, survivor_id), get(conn, merged_id)
    if survivor.merged_into is not None or merged.merged_into is not None:
        raise AccountMergeRefused(Errors.tr(
            "Only accounts that were not merged away can be merged; use the survivors."))
    if survivor_id == merged_id:
        raise AccountMergeRefused(Errors.tr("{first} and {second} are already one account.").format(
            first=survivor.handle, second=merged.handle))
    # An incident naming both accounts keeps one link, to the survivor.
    moved = conn.execute("SELECT count(*) FROM incident_accounts WHERE account_id = ?", (merged_id,)).fetchone()[0]
    conn.execute("INSERT OR IGNORE INTO incident_accounts (incident_id, account_id)"
                 " SELECT incident_id, ? FROM incident_accounts WHERE account_id = ?", (survivor_id, merged_id))
    conn.execute("DELETE FROM incident_accounts WHERE account_id = ?", (merged_id,))
    conn.execute("INSERT OR IGNORE INTO account_aliases (account_id, alias, alias_key)"
                 " SELECT ?, alias, alias_key FROM account_aliases WHERE account_id = ?", (survivor_id, merged_id))
    conn.execute("DELETE FROM account_aliases WHERE account_id = ?", (merged_id,))
    # Accounts merged into the merged one earlier now point straight at the survivor: one hop only.
    conn.execute("UPDATE accounts SET merged_into = ? WHERE merged_into = ? OR id = ?",
                 (survivor_id, merged_id, merged_id))
    conn.execute("INSERT INTO account_merges (merged_at, survivor_id, merged_id, links_moved) VALUES (?, ?, ?, ?)",
                 (utc_now(), survivor_id, merged_id, moved))
    return MergeResult(get(conn, survivor_id), merged_id, moved)


def incident_ids(conn: Connection, account_id: int) -> list[str]:
    """The live incidents behind an account (merged accounts' included), newest first."""
    return [row[0] for row in conn.execute(
        "SELECT i.id FROM incident_accounts ia JOIN incidents i ON i.id = ia.incident_id"
        " WHERE ia.account_id = ? AND i.deleted_at IS NULL ORDER BY i.sort_time DESC, i.seq DESC", (account_id,))]
