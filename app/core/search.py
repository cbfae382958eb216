"""Finding incidents: full-text search (FTS5 over folded text) combined with field filters.

The index holds `textfold.fold` of everything a person might remember about an incident, and
queries are folded the same way, so 'tehdid' finds 'təhdid', 'İsmayıl' finds 'ismayil', and
Azerbaijani typed in Cyrillic meets its Latin spelling. The index lives inside the encrypted
database like everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.core import accounts
from app.core.database import Connection, transaction
from app.core.drafts import IncidentDraft, normalize_tag
from app.core.occurred import parse_date_bound
from app.core.taxonomy import incident_type, platform_id
from app.core.textfold import FOLD_VERSION, fold, fold_query_terms


def _body(draft: IncidentDraft, file_names: list[str]) -> str:
    parts = [draft.title, draft.text, draft.translation, draft.notes, draft.location, *draft.urls, *draft.tags]
    parts += [a.handle for a in draft.accounts]
    parts += [str(v) for v in draft.details.values() if isinstance(v, str)]
    parts += file_names
    return fold("\n".join(parts))


def index(conn: Connection, seq: int, draft: IncidentDraft, file_names: list[str] | None = None) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (seq,))
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (seq, _body(draft, file_names or [])))


def reindex(conn: Connection, seq: int, incident_id: str) -> None:
    row = conn.execute("SELECT data FROM incidents WHERE seq = ?", (seq,)).fetchone()
    names = [n for pair in conn.execute(
        "SELECT filename, display_name FROM evidence WHERE incident_id = ?", (incident_id,)) for n in pair]
    index(conn, seq, IncidentDraft.from_json(json.loads(row[0])), names)


def ensure_current(conn: Connection) -> None:
    """Rebuild the index if it was folded by other rules (a new app or Python's Unicode tables):
    otherwise old entries would silently stop matching new queries."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'fold_version'").fetchone()
    if row and row[0] == FOLD_VERSION:
        return
    with transaction(conn):
        rows = conn.execute("SELECT seq, id FROM incidents WHERE purged_at IS NULL").fetchall()
        for seq, incident_id in rows:
            reindex(conn, seq, incident_id)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('fold_version', ?)", (FOLD_VERSION,))


def unindex(conn: Connection, seq: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (seq,))
    # Rewrite the index segments so the purged words do not linger in old ones.
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


@dataclass(frozen=True)
class Filter:
    query: str = ""
    type: str | None = None
    since: str | None = None
    until: str | None = None
    tag: str | None = None
    account: str | None = None
    platform: str | None = None
    include_deleted: bool = False


def _match_expression(query: str) -> str | None:
    terms = fold_query_terms(query)
    if not terms:
        return None
    # Folded terms hold only letters, digits and spaces, so quoting them cannot break the syntax.
    return " AND ".join(f'"{term}"*' for term in terms)


def _where(f: Filter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not f.include_deleted:
        clauses.append("deleted_at IS NULL")
    match = _match_expression(f.query)
    if match is not None:
        clauses.append("seq IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(match)
    if f.type:
        clauses.append("type = ?")
        params.append(incident_type(f.type).id)
    if f.platform:
        clauses.append("platform = ?")
        params.append(platform_id(f.platform))
    if f.since:
        clauses.append("coalesce(occurred_end, sort_time) >= ?")
        params.append(parse_date_bound(f.since, end=False))
    if f.until:
        clauses.append("coalesce(occurred_start, sort_time) <= ?")
        params.append(parse_date_bound(f.until, end=True))
    if f.tag:
        clauses.append("id IN (SELECT incident_id FROM incident_tags WHERE tag = ?)")
        params.append(normalize_tag(f.tag))
    if f.account:
        clauses.append(
            "id IN (SELECT ia.incident_id FROM incident_accounts ia JOIN accounts a ON a.id = ia.account_id"
            " WHERE a.handle_key = ?)"
        )
        params.append(accounts.account_key(f.account))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def find_ids(conn: Connection, f: Filter, limit: int | None = None, offset: int = 0) -> list[str]:
    """Ids of matching incidents, newest first."""
    where, params = _where(f)
    sql = f"SELECT id FROM incidents{where} ORDER BY sort_time DESC, seq DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in conn.execute(sql, params)]


def count(conn: Connection, f: Filter) -> int:
    where, params = _where(f)
    return conn.execute(f"SELECT count(*) FROM incidents{where}", params).fetchone()[0]
