"""Incidents in the vault: create, edit (a new revision, never an overwrite), delete, purge, read.

Every function works inside the caller's transaction, so a CLI command or a GUI action is all or
nothing, and every change writes its custody entry in that same transaction.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.canonical import canonical_json
from app.core.errors import IncidentNotFound, InvalidInput
from app.core.records import accounts, custody, drafts, evidence, search
from app.core.records.drafts import IncidentDraft
from app.core.records.evidence import EvidenceItem
from app.core.records.occurred import parse_occurred, utc_now
from app.core.storage.database import Connection, IntegrityError
from app.core.wording import Errors, Number

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
    return canonical_json(draft.to_json())


def _new_id() -> str:
    # 50 random bits; the UNIQUE constraint is the real guard, a clash is retried by the caller.
    bits = secrets.randbits(5 * _ID_LENGTH)
    return "".join(_ID_ALPHABET[(bits >> (5 * i)) & 31] for i in range(_ID_LENGTH))


def _projection(draft: IncidentDraft, recorded_at: str) -> tuple:
    """The incident's list columns: type, title, occurred, its bounds, sort time, platform, severity, sensitive."""
    occurred = parse_occurred(draft.occurred) if draft.occurred else None
    return (
        draft.type, draft.title, draft.occurred, occurred.start if occurred else None,
        occurred.end if occurred else None,
        # Whole seconds, like occurred bounds, so text comparison orders the two kinds correctly.
        occurred.start if occurred else recorded_at[:19] + "Z",
        draft.platform, draft.severity, int(draft.sensitive),
    )


def _link_tags_and_accounts(conn: Connection, links: list[tuple[str, IncidentDraft]]) -> None:
    """Tag and account rows for incidents that have none yet, one statement per table."""
    conn.executemany("INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?)",
                     [(incident_id, tag) for incident_id, draft in links for tag in draft.tags])
    accounts.link_many(conn, [(incident_id, draft.accounts) for incident_id, draft in links])


def create(conn: Connection, draft: IncidentDraft) -> str:
    return create_many(conn, [draft])[0]


def create_many(conn: Connection, new_drafts: Sequence[IncidentDraft], *, validated: bool = False) -> list[str]:
    """Create incidents in the caller's transaction, one statement per table for the whole batch:
    an import of tens of thousands of messages runs at database speed.

    validated=True: the drafts are exactly what drafts.validate returned (an import plan holds
    them so), and validating 50,000 of them again would cost seconds.
    """
    valid = list(new_drafts) if validated else [drafts.validate(d) for d in new_drafts]
    if not valid:
        return []
    recorded_at = utc_now()
    canonical = [_canonical(d) for d in valid]
    ids, seqs = _insert_incidents(conn, valid, canonical, recorded_at)
    digests = [hashlib.sha256(c.encode("utf-8")).hexdigest() for c in canonical]
    conn.executemany(
        "INSERT INTO revisions (incident_id, revision, saved_at, data, sha256) VALUES (?, 1, ?, ?, ?)",
        [(i, recorded_at, c, d) for i, c, d in zip(ids, canonical, digests)],
    )
    _link_tags_and_accounts(conn, list(zip(ids, valid)))
    search.index_many(conn, list(zip(seqs, valid)))
    custody.append_many(conn, [("create", i, d) for i, d in zip(ids, digests)])
    return ids


def _insert_incidents(conn: Connection, valid: list[IncidentDraft], canonical: list[str],
                      recorded_at: str) -> tuple[list[str], list[int]]:
    rows = [(recorded_at, *_projection(d, recorded_at), c) for d, c in zip(valid, canonical)]
    # Keys assigned here, not by SQLite, so the search index can point at them without a query;
    # safe because the caller's BEGIN IMMEDIATE holds the only write lock.
    first = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM incidents").fetchone()[0]
    seqs = list(range(first, first + len(rows)))
    while True:
        ids = [_new_id() for _ in rows]
        try:
            conn.executemany(
                "INSERT INTO incidents (seq, id, recorded_at, revision, type, title, occurred, occurred_start,"
                " occurred_end, sort_time, platform, severity, sensitive, data)"
                " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(seq, i, *row) for seq, i, row in zip(seqs, ids, rows)],
            )
            return ids, seqs
        except IntegrityError:
            # An id clash (about one in 10^15 per pair): the statement left no row; draw again.
            continue


def _row(conn: Connection, incident_id: str) -> tuple:
    row = conn.execute(
        "SELECT seq, recorded_at, revision, data, deleted_at, delete_reason, purged_at FROM incidents WHERE id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        raise IncidentNotFound(Errors.tr("No incident with id '{id}'.").format(id=incident_id))
    return row


def _require_live(conn: Connection, incident_id: str) -> tuple:
    row = _row(conn, incident_id)
    if row[6]:
        raise InvalidInput(Errors.tr("Incident {id} was purged; nothing of it is left to change.").format(
            id=incident_id))
    if row[4]:
        raise InvalidInput(Errors.tr("Incident {id} is deleted; it can be read but not changed.").format(
            id=incident_id))
    return row


def edit(conn: Connection, incident_id: str, draft: IncidentDraft) -> int:
    """Save `draft` as the next revision; returns the revision number (unchanged if nothing changed)."""
    seq, recorded_at, revision, data, *_ = _require_live(conn, incident_id)
    draft = drafts.validate(draft)
    canonical = _canonical(draft)
    if canonical == data:
        return revision
    revision += 1
    conn.execute(
        "UPDATE incidents SET revision = ?, type = ?, title = ?, occurred = ?, occurred_start = ?, occurred_end = ?,"
        " sort_time = ?, platform = ?, severity = ?, sensitive = ?, data = ? WHERE id = ?",
        (revision, *_projection(draft, recorded_at), canonical, incident_id),
    )
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO revisions (incident_id, revision, saved_at, data, sha256) VALUES (?, ?, ?, ?, ?)",
        (incident_id, revision, utc_now(), canonical, digest),
    )
    conn.execute("DELETE FROM incident_tags WHERE incident_id = ?", (incident_id,))
    conn.execute("DELETE FROM incident_accounts WHERE incident_id = ?", (incident_id,))
    _link_tags_and_accounts(conn, [(incident_id, draft)])
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
        raise InvalidInput(Errors.tr("Say why the incident is deleted (--reason); the reason stays in its history."))
    if len(reason) > MAX_REASON:
        raise InvalidInput(Errors.tr("The reason is too long (at most {limit} characters).").format(
            limit=Number(MAX_REASON)))
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
        raise InvalidInput(Errors.tr("Incident {id} was already purged.").format(id=incident_id))
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
        raise IncidentNotFound(Errors.tr("No incident with id '{id}'.").format(id=untrusted_id))
    rows = conn.execute(
        "SELECT id FROM incidents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (prefix, prefix + "\x7f")
    ).fetchall()
    if not rows:
        raise IncidentNotFound(Errors.tr("No incident with id '{id}'.").format(id=untrusted_id))
    if len(rows) > 1:
        raise InvalidInput(Errors.tr("'{id}' matches several incidents; type more of the id.").format(id=untrusted_id))
    return rows[0][0]
