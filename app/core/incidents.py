"""Incidents in the vault: create, edit (a new revision, never an overwrite), delete, purge, read.

Every function works inside the caller's transaction, so a CLI command or a GUI action is all or
nothing, and every change writes its custody entry in that same transaction.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

from app.core import accounts, custody, drafts, evidence, search
from app.core.database import Connection
from app.core.drafts import IncidentDraft
from app.core.errors import IncidentNotFound, InvalidInput
from app.core.evidence import EvidenceItem
from app.core.occurred import parse_occurred, utc_now

_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_ID_LENGTH = 10
MIN_ID_PREFIX = 4
MAX_REASON = 2_000


@dataclass(frozen=True)
class Incident:
    id: str
    recorded_at: str
    revision: int
    draft: IncidentDraft
    evidence: tuple[EvidenceItem, ...]
    deleted_at: str | None
    delete_reason: str | None
    purged_at: str | None

    def to_json(self) -> dict[str, Any]:
        """The stable JSON form (docs/cli-json.md): scripts and exports rely on these keys."""
        data = self.draft.to_json()
        data["occurred_at"] = data.pop("occurred")
        return {
            "id": self.id,
            "recorded_at": self.recorded_at,
            "revision": self.revision,
            **data,
            "evidence": [item.to_json() for item in self.evidence],
            "deleted_at": self.deleted_at,
            "delete_reason": self.delete_reason,
            "purged_at": self.purged_at,
        }


@dataclass(frozen=True)
class Revision:
    revision: int
    saved_at: str
    sha256: str
    draft: IncidentDraft


def _canonical(draft: IncidentDraft) -> str:
    return json.dumps(draft.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _new_id(conn: Connection) -> str:
    while True:
        candidate = "".join(secrets.choice(_ID_ALPHABET) for _ in range(_ID_LENGTH))
        if conn.execute("SELECT 1 FROM incidents WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate


def _projection(draft: IncidentDraft, recorded_at: str) -> dict[str, Any]:
    occurred = parse_occurred(draft.occurred) if draft.occurred else None
    return {
        "type": draft.type,
        "title": draft.title,
        "occurred": draft.occurred,
        "occurred_start": occurred.start if occurred else None,
        "occurred_end": occurred.end if occurred else None,
        # Whole seconds, like occurred bounds, so text comparison orders the two kinds correctly.
        "sort_time": occurred.start if occurred else recorded_at[:19] + "Z",
        "platform": draft.platform,
        "severity": draft.severity,
        "sensitive": int(draft.sensitive),
    }


def _save_revision(conn: Connection, incident_id: str, revision: int, draft: IncidentDraft) -> str:
    data = _canonical(draft)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO revisions (incident_id, revision, saved_at, data, sha256) VALUES (?, ?, ?, ?, ?)",
        (incident_id, revision, utc_now(), data, digest),
    )
    conn.execute("DELETE FROM incident_tags WHERE incident_id = ?", (incident_id,))
    conn.executemany(
        "INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?)", [(incident_id, t) for t in draft.tags]
    )
    accounts.link(conn, incident_id, draft.accounts)
    return digest


def create(conn: Connection, draft: IncidentDraft) -> str:
    draft = drafts.validate(draft)
    incident_id = _new_id(conn)
    recorded_at = utc_now()
    p = _projection(draft, recorded_at)
    cursor = conn.execute(
        "INSERT INTO incidents (id, recorded_at, revision, type, title, occurred, occurred_start, occurred_end,"
        " sort_time, platform, severity, sensitive, data)"
        " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (incident_id, recorded_at, p["type"], p["title"], p["occurred"], p["occurred_start"], p["occurred_end"],
         p["sort_time"], p["platform"], p["severity"], p["sensitive"], _canonical(draft)),
    )
    digest = _save_revision(conn, incident_id, 1, draft)
    search.index(conn, cursor.lastrowid, draft)
    custody.append(conn, "create", incident_id, digest)
    return incident_id


def _row(conn: Connection, incident_id: str) -> tuple:
    row = conn.execute(
        "SELECT seq, recorded_at, revision, data, deleted_at, delete_reason, purged_at FROM incidents WHERE id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        raise IncidentNotFound(f"No incident with id '{incident_id}'.")
    return row


def _require_live(conn: Connection, incident_id: str) -> tuple:
    row = _row(conn, incident_id)
    if row[6]:
        raise InvalidInput(f"Incident {incident_id} was purged; nothing of it is left to change.")
    if row[4]:
        raise InvalidInput(f"Incident {incident_id} is deleted; it can be read but not changed.")
    return row


def edit(conn: Connection, incident_id: str, draft: IncidentDraft) -> int:
    """Save `draft` as the next revision; returns the revision number (unchanged if nothing changed)."""
    seq, recorded_at, revision, data, *_ = _require_live(conn, incident_id)
    draft = drafts.validate(draft)
    if _canonical(draft) == data:
        return revision
    revision += 1
    p = _projection(draft, recorded_at)
    conn.execute(
        "UPDATE incidents SET revision = ?, type = ?, title = ?, occurred = ?, occurred_start = ?, occurred_end = ?,"
        " sort_time = ?, platform = ?, severity = ?, sensitive = ?, data = ? WHERE id = ?",
        (revision, p["type"], p["title"], p["occurred"], p["occurred_start"], p["occurred_end"], p["sort_time"],
         p["platform"], p["severity"], p["sensitive"], _canonical(draft), incident_id),
    )
    digest = _save_revision(conn, incident_id, revision, draft)
    search.reindex(conn, seq, incident_id)
    custody.append(conn, "edit", incident_id, digest)
    return revision


def _current_digest(conn: Connection, incident_id: str) -> str:
    row = conn.execute(
        "SELECT sha256 FROM revisions WHERE incident_id = ? ORDER BY revision DESC LIMIT 1", (incident_id,)
    ).fetchone()
    return row[0] if row else ""


def delete(conn: Connection, incident_id: str, reason: str) -> None:
    """Hide an incident, leaving a tombstone with the reason; every revision stays readable."""
    _require_live(conn, incident_id)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("Say why the incident is deleted (--reason); the reason stays in its history.")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"The reason is too long (at most {MAX_REASON:,} characters).")
    conn.execute(
        "UPDATE incidents SET deleted_at = ?, delete_reason = ? WHERE id = ?", (utc_now(), reason, incident_id)
    )
    custody.append(conn, "delete", incident_id, _current_digest(conn, incident_id))


def purge(conn: Connection, incident_id: str) -> None:
    """Really remove an incident's content and its evidence (unless another incident holds it).

    Only the id, the recording time and the purge time remain, and the custody log keeps the hash
    of what was purged: the fact of a purge is on record, the content is gone.
    """
    seq, _, _, _, _, _, purged_at = _row(conn, incident_id)
    if purged_at:
        raise InvalidInput(f"Incident {incident_id} was already purged.")
    digest = _current_digest(conn, incident_id)
    evidence.detach_all(conn, incident_id)
    search.unindex(conn, seq)
    conn.execute("DELETE FROM incident_tags WHERE incident_id = ?", (incident_id,))
    conn.execute("DELETE FROM incident_accounts WHERE incident_id = ?", (incident_id,))
    conn.execute("DELETE FROM revisions WHERE incident_id = ?", (incident_id,))
    conn.execute(
        "UPDATE incidents SET type = 'other', title = '', occurred = NULL, occurred_start = NULL,"
        " occurred_end = NULL, platform = NULL, severity = NULL, sensitive = 0, data = '{}',"
        " delete_reason = NULL, deleted_at = coalesce(deleted_at, ?), purged_at = ? WHERE id = ?",
        (utc_now(), utc_now(), incident_id),
    )
    custody.append(conn, "purge", incident_id, digest)


def get(conn: Connection, incident_id: str) -> Incident:
    _, recorded_at, revision, data, deleted_at, delete_reason, purged_at = _row(conn, incident_id)
    draft = IncidentDraft.from_json(json.loads(data)) if not purged_at else IncidentDraft("other", "")
    items = tuple(evidence.for_incident(conn, incident_id))
    return Incident(incident_id, recorded_at, revision, draft, items, deleted_at, delete_reason, purged_at)


def history(conn: Connection, incident_id: str) -> list[Revision]:
    _row(conn, incident_id)
    rows = conn.execute(
        "SELECT revision, saved_at, sha256, data FROM revisions WHERE incident_id = ? ORDER BY revision",
        (incident_id,),
    )
    return [Revision(r, saved, sha, IncidentDraft.from_json(json.loads(data))) for r, saved, sha, data in rows]


def resolve_id(conn: Connection, untrusted_id: str) -> str:
    """Accept a full id or a unique prefix of at least four characters, as people type them."""
    prefix = untrusted_id.strip().lower()
    if len(prefix) < MIN_ID_PREFIX or any(ch not in _ID_ALPHABET for ch in prefix):
        raise IncidentNotFound(f"No incident with id '{untrusted_id}'.")
    rows = conn.execute(
        "SELECT id FROM incidents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (prefix, prefix + "\x7f")
    ).fetchall()
    if not rows:
        raise IncidentNotFound(f"No incident with id '{untrusted_id}'.")
    if len(rows) > 1:
        raise InvalidInput(f"'{untrusted_id}' matches several incidents; type more of the id.")
    return rows[0][0]
