"""Finding incidents: full-text search (FTS5 over folded text) combined with field filters.

The index holds `textfold.fold` of everything a person might remember about an incident, and
queries are folded the same way, so 'tehdid' finds 'təhdid', 'İsmayıl' finds 'ismayil', and
Azerbaijani typed in Cyrillic meets its Latin spelling. The index lives inside the encrypted
database like everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from app.core.errors import InvalidInput
from app.core.records import accounts
from app.core.records.drafts import IncidentDraft, normalize_tag
from app.core.records.occurred import parse_date_bound
from app.core.records.taxonomy import incident_type, platform_id
from app.core.records.textfold import FOLD_VERSION, fold, fold_query_terms
from app.core.storage.database import Connection, transaction
from app.core.wording import Errors


def _body(draft: IncidentDraft, file_names: list[str]) -> str:
    parts = [draft.title, draft.text, draft.translation, draft.notes, draft.location, *draft.urls, *draft.tags]
    parts += [a.handle for a in draft.accounts]
    parts += [str(v) for v in draft.details.values() if isinstance(v, str)]
    parts += file_names
    return fold("\n".join(parts))


def index(conn: Connection, seq: int, draft: IncidentDraft, file_names: list[str] | None = None) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (seq,))
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (seq, _body(draft, file_names or [])))


def index_many(conn: Connection, new_rows: list[tuple[int, IncidentDraft]]) -> None:
    """Index incidents that have no entry yet (just created)."""
    conn.executemany("INSERT INTO search_index (rowid, body) VALUES (?, ?)",
                     [(seq, _body(draft, [])) for seq, draft in new_rows])


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
    campaign: int | None = None
    # ('YYYY-MM-DD', 'YYYY-MM-DD'): incidents whose time *starts* on or after the first day and
    # before the second. since/until select by overlap; this is how a timeline period counts an
    # incident (stats.py), so clicking a bar lists exactly the incidents the bar counted.
    starts_in: tuple[str, str] | None = None
    include_deleted: bool = False


def _match_expression(query: str) -> str | None:
    terms = fold_query_terms(query)
    if not terms:
        return None
    # Folded terms hold only letters, digits and spaces, so quoting them cannot break the syntax.
    return " AND ".join(f'"{term}"*' for term in terms)


def where_clause(f: Filter) -> tuple[str, list[object]]:
    """SQL conditions on `incidents i` for the filter, with their parameters (also used by stats.py)."""
    clauses: list[str] = []
    params: list[object] = []
    if not f.include_deleted:
        clauses.append("i.deleted_at IS NULL")
    match = _match_expression(f.query)
    if match is not None:
        clauses.append("i.seq IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(match)
    if f.type:
        clauses.append("i.type = ?")
        params.append(incident_type(f.type).id)
    if f.platform:
        clauses.append("i.platform = ?")
        params.append(platform_id(f.platform))
    if f.since:
        clauses.append("coalesce(i.occurred_end, i.sort_time) >= ?")
        params.append(parse_date_bound(f.since, end=False))
    if f.until:
        clauses.append("coalesce(i.occurred_start, i.sort_time) <= ?")
        params.append(parse_date_bound(f.until, end=True))
    if f.tag:
        clauses.append("i.id IN (SELECT incident_id FROM incident_tags WHERE tag = ?)")
        params.append(normalize_tag(f.tag))
    if f.account:
        # A handle merged into another account, or an alias, finds the incidents of that actor.
        clauses.append(
            "i.id IN (SELECT incident_id FROM incident_accounts WHERE account_id IN ("
            "SELECT coalesce(merged_into, id) FROM accounts WHERE handle_key = ?"
            " UNION SELECT account_id FROM account_aliases WHERE alias_key = ?))"
        )
        params += [accounts.account_key(f.account)] * 2
    if f.campaign is not None:
        clauses.append("i.id IN (SELECT incident_id FROM campaign_incidents WHERE campaign_id = ?)")
        params.append(f.campaign)
    if f.starts_in is not None:
        # sort_time is 'YYYY-MM-DDTHH:MM:SSZ' (UTC), so day strings compare as its day boundaries.
        clauses.append("i.sort_time >= ? AND i.sort_time < ?")
        params += [_day(f.starts_in[0]), _day(f.starts_in[1])]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _day(untrusted_day: str) -> str:
    try:
        return date.fromisoformat(untrusted_day).isoformat()
    except ValueError:
        raise InvalidInput(Errors.tr("'{day}' is not a day (YYYY-MM-DD).").format(day=untrusted_day)) from None


def find_ids(conn: Connection, f: Filter, limit: int | None = None, offset: int = 0) -> list[str]:
    """Ids of matching incidents, newest first."""
    where, params = where_clause(f)
    sql = f"SELECT i.id FROM incidents i{where} ORDER BY i.sort_time DESC, i.seq DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in conn.execute(sql, params)]


def count(conn: Connection, f: Filter) -> int:
    where, params = where_clause(f)
    return conn.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0]


# Sort keys the incident list offers, as SQL over `incidents i`; every order ends on seq so that
# equal keys keep a stable order between pages.
SORT_KEYS = {
    "date": "i.sort_time",
    "type": "i.type",
    "title": "i.title COLLATE NOCASE",
    "platform": "coalesce(i.platform, '')",
    "accounts": "(SELECT min(a.handle_key) FROM incident_accounts ia JOIN accounts a ON a.id = ia.account_id"
                " WHERE ia.incident_id = i.id)",
    "evidence": "(SELECT count(*) FROM evidence e WHERE e.incident_id = i.id)",
}


@dataclass(frozen=True)
class Summary:
    """One row of the incident list: what the list shows, without the full incident."""

    seq: int
    id: str
    type: str
    title: str
    occurred: str | None
    sort_time: str
    platform: str | None
    accounts: str
    evidence_count: int
    severity: int | None
    sensitive: bool
    deleted: bool


def find_seqs(conn: Connection, f: Filter, sort: str = "date", descending: bool = True) -> list[int]:
    """Keys of matching incidents in list order. Integers only: 100,000 of them cost ~4 MB."""
    where, params = where_clause(f)
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT i.seq FROM incidents i{where} ORDER BY {SORT_KEYS[sort]} {direction}, i.seq {direction}"
    return [row[0] for row in conn.execute(sql, params)]


def summaries(conn: Connection, seqs: list[int]) -> list[Summary]:
    """The list rows for `seqs`, in the order given (one page at a time)."""
    if not seqs:
        return []
    marks = ",".join("?" * len(seqs))
    rows = conn.execute(
        "SELECT i.seq, i.id, i.type, i.title, i.occurred, i.sort_time, i.platform,"
        " (SELECT group_concat(a.handle, ', ') FROM incident_accounts ia JOIN accounts a ON a.id = ia.account_id"
        "  WHERE ia.incident_id = i.id),"
        " (SELECT count(*) FROM evidence e WHERE e.incident_id = i.id),"
        f" i.severity, i.sensitive, i.deleted_at IS NOT NULL FROM incidents i WHERE i.seq IN ({marks})",
        seqs,
    ).fetchall()
    by_seq = {
        r[0]: Summary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9], bool(r[10]), bool(r[11]))
        for r in rows
    }
    return [by_seq[s] for s in seqs if s in by_seq]
