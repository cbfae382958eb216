"""Campaigns: incidents the user groups together (coordinated, or by one actor).

A campaign has a name and a description; its period, accounts and size are read from its live
incidents, so they always agree with them. One is made by hand from a selection, or by accepting
a suggestion (campaign_suggestions.py). Grouping changes no incident and no evidence, so it is not
in the custody log; deleting a campaign removes the grouping only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.errors import CampaignNotFound, IncidentNotFound, InvalidInput
from app.core.records.drafts import MAX_LONG_TEXT, MAX_TITLE
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection
from app.core.wording import Errors, Number

ORIGINS = ("manual", "detected")


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    description: str
    origin: str
    created_at: str
    incident_count: int  # live incidents
    account_count: int
    first_time: str | None  # UTC 'YYYY-MM-DDTHH:MM:SSZ' of its earliest incident; None when empty
    last_time: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description, "origin": self.origin,
                "created_at": self.created_at, "incident_count": self.incident_count,
                "account_count": self.account_count, "first_time": self.first_time, "last_time": self.last_time}


_SELECT = (
    "SELECT c.id, c.name, c.description, c.origin, c.created_at, count(i.id),"
    " (SELECT count(DISTINCT ia.account_id) FROM campaign_incidents ci2"
    "  JOIN incidents i2 ON i2.id = ci2.incident_id AND i2.deleted_at IS NULL"
    "  JOIN incident_accounts ia ON ia.incident_id = ci2.incident_id WHERE ci2.campaign_id = c.id),"
    " min(i.sort_time), max(coalesce(i.occurred_end, i.sort_time))"
    " FROM campaigns c LEFT JOIN campaign_incidents ci ON ci.campaign_id = c.id"
    " LEFT JOIN incidents i ON i.id = ci.incident_id AND i.deleted_at IS NULL"
)


def _clean_name(untrusted_name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", untrusted_name).split())
    if not name:
        raise InvalidInput(Errors.tr("A campaign needs a name."))
    if len(name) > MAX_TITLE:
        raise InvalidInput(Errors.tr("The campaign name is too long ({length} characters; at most {limit}).").format(
            length=Number(len(name)), limit=Number(MAX_TITLE)))
    return name


def _clean_description(untrusted_description: str) -> str:
    description = unicodedata.normalize("NFC", untrusted_description).strip()
    if len(description) > MAX_LONG_TEXT:
        raise InvalidInput(Errors.tr("The description is too long (at most {limit} characters).").format(
            limit=Number(MAX_LONG_TEXT)))
    return description


def create(conn: Connection, name: str, incident_ids: Sequence[str], description: str = "",
           origin: str = "manual") -> int:
    """A new campaign of the given incidents (full ids, live ones), in the caller's transaction."""
    if origin not in ORIGINS:
        raise ValueError(f"unknown campaign origin {origin!r}")
    clean_name, clean_description = _clean_name(name), _clean_description(description)
    if not incident_ids:
        raise InvalidInput(Errors.tr("A campaign needs at least one incident."))
    ids = _live(conn, incident_ids)  # checked first: a refused call leaves nothing behind
    campaign_id = conn.execute(
        "INSERT INTO campaigns (name, description, origin, created_at) VALUES (?, ?, ?, ?)",
        (clean_name, clean_description, origin, utc_now()),
    ).lastrowid
    _link(conn, campaign_id, ids)
    return campaign_id


def _require(conn: Connection, campaign_id: int) -> None:
    if conn.execute("SELECT 1 FROM campaigns WHERE id = ?", (campaign_id,)).fetchone() is None:
        raise CampaignNotFound(Errors.tr("No campaign #{id} in this vault.").format(id=campaign_id))


def add_incidents(conn: Connection, campaign_id: int, incident_ids: Sequence[str]) -> int:
    """Add live incidents to a campaign; returns how many were not in it yet."""
    _require(conn, campaign_id)
    return _link(conn, campaign_id, _live(conn, incident_ids))


def _live(conn: Connection, incident_ids: Sequence[str]) -> list[str]:
    """The ids, without repeats, once each is known to be a live incident."""
    ids = list(dict.fromkeys(incident_ids))
    for start in range(0, len(ids), 500):  # SQLite caps the number of parameters per statement
        chunk = ids[start:start + 500]
        live = {row[0] for row in conn.execute(
            f"SELECT id FROM incidents WHERE deleted_at IS NULL AND id IN ({','.join('?' * len(chunk))})", chunk)}
        missing = next((i for i in chunk if i not in live), None)
        if missing is not None:
            raise IncidentNotFound(Errors.tr("No live incident with id '{id}' (it may be deleted).").format(
                id=missing))
    return ids


def _link(conn: Connection, campaign_id: int, ids: list[str]) -> int:
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO campaign_incidents (campaign_id, incident_id) VALUES (?, ?)",
                     [(campaign_id, i) for i in ids])
    return conn.total_changes - before


def remove_incidents(conn: Connection, campaign_id: int, incident_ids: Sequence[str]) -> None:
    _require(conn, campaign_id)
    conn.executemany("DELETE FROM campaign_incidents WHERE campaign_id = ? AND incident_id = ?",
                     [(campaign_id, i) for i in incident_ids])


def update(conn: Connection, campaign_id: int, *, name: str | None = None, description: str | None = None) -> None:
    current = get(conn, campaign_id)
    conn.execute("UPDATE campaigns SET name = ?, description = ? WHERE id = ?",
                 (current.name if name is None else _clean_name(name),
                  current.description if description is None else _clean_description(description), campaign_id))


def delete(conn: Connection, campaign_id: int) -> None:
    """Remove the grouping; the incidents stay as they are."""
    _require(conn, campaign_id)
    conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))


def get(conn: Connection, campaign_id: int) -> Campaign:
    row = conn.execute(_SELECT + " WHERE c.id = ? GROUP BY c.id", (campaign_id,)).fetchone()
    if row is None:
        raise CampaignNotFound(Errors.tr("No campaign #{id} in this vault.").format(id=campaign_id))
    return Campaign(*row)


def list_campaigns(conn: Connection) -> list[Campaign]:
    """Every campaign, the most recent activity first."""
    return [Campaign(*row) for row in conn.execute(
        _SELECT + " GROUP BY c.id ORDER BY max(coalesce(i.occurred_end, i.sort_time)) DESC NULLS LAST, c.id DESC")]


def incident_ids(conn: Connection, campaign_id: int) -> list[str]:
    """The campaign's live incidents in time order."""
    _require(conn, campaign_id)
    return [row[0] for row in conn.execute(
        "SELECT i.id FROM campaign_incidents ci JOIN incidents i ON i.id = ci.incident_id"
        " WHERE ci.campaign_id = ? AND i.deleted_at IS NULL ORDER BY i.sort_time, i.seq", (campaign_id,))]
