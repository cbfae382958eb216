"""Suggested campaigns: kept between detection and the user's decision, then accepted or dismissed.

Detection (campaign_detection.py) only reads; `refresh` stores what it found, replacing the
suggestions of the previous run, so `threatlog campaigns accept 3` and the desktop app see the same
numbered list without detecting again. A dismissed suggestion is remembered by the SHA-256 of its
sorted incident ids and never suggested again with the same members; a suggestion whose
incidents are all in one campaign already is not suggested either, and one that overlaps a
campaign offers to extend it rather than to start another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.errors import SuggestionNotFound
from app.core.patterns import campaign_detection, campaigns, perceptual_hash
from app.core.patterns.campaign_detection import Cancelled, DetectionSettings, Group, Progress
from app.core.records.occurred import utc_now
from app.core.storage.database import Connection, transaction
from app.core.untrusted import thumbnails
from app.core.wording import Errors

_NAME_TEXT = 60  # characters of the representative text in a suggested campaign's default name


@dataclass(frozen=True)
class Suggestion:
    id: int
    detected_at: str
    incident_ids: tuple[str, ...]  # live members, in time order
    account_count: int
    first_time: str  # UTC 'YYYY-MM-DDTHH:MM:SSZ'
    last_time: str
    representative_id: str
    representative_text: str  # read from the incident when listed, never stored twice
    reasons: tuple[str, ...]  # "text", "image"
    campaign_id: int | None  # an existing campaign it overlaps: accepting extends that one

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "detected_at": self.detected_at, "incident_ids": list(self.incident_ids),
                "incident_count": len(self.incident_ids), "account_count": self.account_count,
                "first_time": self.first_time, "last_time": self.last_time,
                "representative_id": self.representative_id, "representative_text": self.representative_text,
                "reasons": list(self.reasons), "extends_campaign": self.campaign_id}


@dataclass(frozen=True)
class SuggestedMessage:
    """One message of a suggestion, as the user reviews it before accepting."""

    incident_id: str
    time: str  # UTC 'YYYY-MM-DDTHH:MM:SSZ'
    accounts: str  # handles, comma-separated
    text: str  # the original text, or the title when there is none


def messages(conn: Connection, suggestion_id: int) -> list[SuggestedMessage]:
    """The suggestion's live messages in time order."""
    get(conn, suggestion_id)  # refuses an unknown number in the same words as accept and dismiss
    return [SuggestedMessage(*row) for row in conn.execute(
        "SELECT i.id, i.sort_time, coalesce((SELECT group_concat(a.handle, ', ') FROM incident_accounts ia"
        " JOIN accounts a ON a.id = ia.account_id WHERE ia.incident_id = i.id), ''),"
        " coalesce(nullif(trim(json_extract(i.data, '$.text')), ''), i.title)"
        " FROM campaign_suggestion_incidents m JOIN incidents i ON i.id = m.incident_id"
        " WHERE m.suggestion_id = ? AND i.deleted_at IS NULL ORDER BY i.sort_time, i.seq", (suggestion_id,))]


def member_key(incident_ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(incident_ids)).encode("ascii")).hexdigest()


def refresh(conn: Connection, settings: DetectionSettings = DetectionSettings(),
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Suggestion]:
    """Detect again and store the result: thumbnails and hashes of new pictures first, then
    detection (which only reads, so the vault is not locked while it runs), then the new list.
    Not inside a transaction.

    `progress(done, total)` counts the new pictures thumbnailed, then hashed, then the messages compared.
    """
    thumbnails.make_pending(conn, progress, cancelled)
    perceptual_hash.store_missing(conn, progress, cancelled)
    found = campaign_detection.detect(conn, settings, progress, cancelled)
    with transaction(conn):
        save(conn, found)
    return list_open(conn)


def save(conn: Connection, groups: Sequence[Group]) -> None:
    """Replace the open suggestions with `groups`, minus dismissed ones and ones already a campaign."""
    dismissed = {row[0] for row in conn.execute("SELECT member_key FROM campaign_dismissals")}
    campaigns_of: dict[str, set[int]] = {}
    for campaign_id, incident_id in conn.execute("SELECT campaign_id, incident_id FROM campaign_incidents"):
        campaigns_of.setdefault(incident_id, set()).add(campaign_id)
    conn.execute("DELETE FROM campaign_suggestions")
    detected_at = utc_now()
    for group in groups:
        key = member_key(group.keys)
        if key in dismissed:
            continue
        overlap: dict[int, int] = {}
        for incident_id in group.keys:
            for campaign_id in campaigns_of.get(incident_id, ()):
                overlap[campaign_id] = overlap.get(campaign_id, 0) + 1
        best = max(overlap, key=lambda c: (overlap[c], -c)) if overlap else None
        if best is not None and overlap[best] == len(group.keys):
            continue  # every message is in that campaign already
        suggestion_id = conn.execute(
            "INSERT INTO campaign_suggestions (detected_at, member_key, representative_id, reasons, campaign_id)"
            " VALUES (?, ?, ?, ?, ?)", (detected_at, key, group.representative, ",".join(group.reasons), best),
        ).lastrowid
        conn.executemany("INSERT INTO campaign_suggestion_incidents (suggestion_id, incident_id) VALUES (?, ?)",
                         [(suggestion_id, incident_id) for incident_id in group.keys])


def list_open(conn: Connection) -> list[Suggestion]:
    """The open suggestions, largest first."""
    ids = [row[0] for row in conn.execute(
        "SELECT s.id FROM campaign_suggestions s JOIN campaign_suggestion_incidents m ON m.suggestion_id = s.id"
        " GROUP BY s.id ORDER BY count(*) DESC, s.id")]
    return [get(conn, suggestion_id) for suggestion_id in ids]


def get(conn: Connection, suggestion_id: int) -> Suggestion:
    row = conn.execute(
        "SELECT s.detected_at, s.representative_id, s.reasons, s.campaign_id,"
        " coalesce(nullif(trim(json_extract(i.data, '$.text')), ''), i.title)"
        " FROM campaign_suggestions s JOIN incidents i ON i.id = s.representative_id WHERE s.id = ?",
        (suggestion_id,),
    ).fetchone()
    if row is None:
        raise _not_found(suggestion_id)
    detected_at, representative_id, reasons, campaign_id, text = row
    members = conn.execute(
        "SELECT i.id, i.sort_time, coalesce(i.occurred_end, i.sort_time) FROM campaign_suggestion_incidents m"
        " JOIN incidents i ON i.id = m.incident_id WHERE m.suggestion_id = ? AND i.deleted_at IS NULL"
        " ORDER BY i.sort_time, i.seq", (suggestion_id,),
    ).fetchall()
    accounts = conn.execute(
        "SELECT count(DISTINCT ia.account_id) FROM campaign_suggestion_incidents m"
        " JOIN incidents i ON i.id = m.incident_id AND i.deleted_at IS NULL"
        " JOIN incident_accounts ia ON ia.incident_id = m.incident_id WHERE m.suggestion_id = ?", (suggestion_id,),
    ).fetchone()[0]
    first = members[0][1] if members else ""
    last = max((m[2] for m in members), default="")
    return Suggestion(suggestion_id, detected_at, tuple(m[0] for m in members), accounts, first, last,
                      representative_id, text, tuple(reasons.split(",")), campaign_id)


def accept(conn: Connection, suggestion_id: int, name: str | None = None, description: str = "") -> int:
    """Make the suggestion a campaign (or add it to the campaign it overlaps); returns the campaign id."""
    suggestion = get(conn, suggestion_id)
    if suggestion.campaign_id is not None:
        campaigns.add_incidents(conn, suggestion.campaign_id, suggestion.incident_ids)
        campaign_id = suggestion.campaign_id
    else:
        campaign_id = campaigns.create(conn, name or default_name(suggestion), suggestion.incident_ids,
                                       description, origin="detected")
    conn.execute("DELETE FROM campaign_suggestions WHERE id = ?", (suggestion_id,))
    return campaign_id


def dismiss(conn: Connection, suggestion_id: int) -> None:
    """Drop the suggestion and remember its members, so detection does not offer them again."""
    row = conn.execute("SELECT member_key FROM campaign_suggestions WHERE id = ?", (suggestion_id,)).fetchone()
    if row is None:
        raise _not_found(suggestion_id)
    conn.execute("INSERT OR IGNORE INTO campaign_dismissals (member_key, dismissed_at) VALUES (?, ?)",
                 (row[0], utc_now()))
    conn.execute("DELETE FROM campaign_suggestions WHERE id = ?", (suggestion_id,))


def _not_found(suggestion_id: int) -> SuggestionNotFound:
    return SuggestionNotFound(Errors.tr("No open suggestion #{id}; list them with 'threatlog campaigns'.").format(
        id=suggestion_id))


def default_name(suggestion: Suggestion) -> str:
    """'2025-10-04: <the start of the text most often posted>'."""
    text = " ".join(suggestion.representative_text.split())
    if len(text) > _NAME_TEXT:
        text = text[:_NAME_TEXT - 1] + "…"
    return f"{suggestion.first_time[:10]}: {text}"
