"""Figures over time: incidents per week or month stacked by type, platform and severity, the
accounts behind them, and whether it is escalating.

Everything is counted by SQL over the same filter as the incident list (search.Filter: account,
campaign, platform, type, dates...), so a figure is exactly the number of incidents the list shows
for it. An incident counts in the period where its time starts: one known only as "October" is an
October incident, and in the week of October 1st. Deleted incidents are never counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from app.core.errors import InvalidInput
from app.core.records.search import Filter, where_clause
from app.core.storage.database import Connection
from app.core.wording import Errors

GRANULARITIES = ("week", "month")
TREND_DAYS = 91  # "the last three months", as days so that every window has the same length
NO_PLATFORM = "none"
NO_SEVERITY = "none"
_ID_CHUNK = 500  # ids per statement: SQLite caps the number of parameters

# The first day of the incident's period, as 'YYYY-MM-DD' (weeks start on Monday, as ISO 8601 has it).
_PERIOD_START = {
    "month": "substr(i.sort_time, 1, 7) || '-01'",
    "week": "date(i.sort_time, '-6 days', 'weekday 1')",
}


@dataclass(frozen=True)
class Period:
    start: str  # 'YYYY-MM-DD', the first day of the week or month
    label: str  # '2025-10' or '2025-W41'
    total: int
    by_type: dict[str, int]
    by_platform: dict[str, int]
    by_severity: dict[str, int]  # '1'..'5' and 'none'
    mean_severity: float | None  # over the incidents that have one

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "label": self.label, "total": self.total, "by_type": self.by_type,
                "by_platform": self.by_platform, "by_severity": self.by_severity,
                "mean_severity": self.mean_severity}


@dataclass(frozen=True)
class AccountCount:
    account_id: int
    platform: str
    handle: str
    incidents: int


@dataclass(frozen=True)
class Trend:
    """The last TREND_DAYS before `as_of` against the TREND_DAYS before them."""

    as_of: str
    recent: int
    previous: int
    recent_mean_severity: float | None
    previous_mean_severity: float | None
    direction: str  # 'rising', 'falling', 'steady'
    severity_direction: str  # the same for mean severity; 'unknown' without severities

    @property
    def recent_per_month(self) -> float:
        return self.recent / 3

    @property
    def previous_per_month(self) -> float:
        return self.previous / 3


@dataclass(frozen=True)
class Stats:
    granularity: str
    total: int
    periods: tuple[Period, ...]  # every period from the first incident's to the last's, empty ones too
    by_type: dict[str, int]
    by_platform: dict[str, int]
    by_severity: dict[str, int]
    by_account: tuple[AccountCount, ...]  # most incidents first
    without_account: int
    trend: Trend

    def to_json(self) -> dict[str, Any]:
        t = self.trend
        return {
            "granularity": self.granularity, "total": self.total,
            "periods": [p.to_json() for p in self.periods],
            "by_type": self.by_type, "by_platform": self.by_platform, "by_severity": self.by_severity,
            "by_account": [{"id": a.account_id, "platform": a.platform, "handle": a.handle, "incidents": a.incidents}
                           for a in self.by_account],
            "without_account": self.without_account,
            "trend": {"as_of": t.as_of, "days": TREND_DAYS, "recent": t.recent, "previous": t.previous,
                      "recent_per_month": round(t.recent_per_month, 2),
                      "previous_per_month": round(t.previous_per_month, 2),
                      "recent_mean_severity": t.recent_mean_severity,
                      "previous_mean_severity": t.previous_mean_severity,
                      "direction": t.direction, "severity_direction": t.severity_direction},
        }


def compute(conn: Connection, f: Filter = Filter(), by: str = "month", as_of: datetime | None = None) -> Stats:
    """The figures for the incidents `f` selects (deleted ones never count)."""
    if by not in GRANULARITIES:
        raise _unknown_granularity(by)
    where, params = where_clause(replace(f, include_deleted=False))
    rows = conn.execute(
        f"SELECT {_PERIOD_START[by]}, i.type, i.platform, i.severity, count(*) FROM incidents i{where}"
        " GROUP BY 1, 2, 3, 4", params,
    ).fetchall()
    periods = _periods(rows, by)
    by_type: dict[str, int] = {}
    by_platform: dict[str, int] = {}
    by_severity: dict[str, int] = {}
    for _, kind, platform, severity, count in rows:
        _add(by_type, kind, count)
        _add(by_platform, platform or NO_PLATFORM, count)
        _add(by_severity, str(severity) if severity else NO_SEVERITY, count)
    accounts, without = _accounts(conn, where, params)
    moment = as_of or datetime.now(timezone.utc)
    return Stats(by, sum(p.total for p in periods), periods, _sorted(by_type), _sorted(by_platform),
                 dict(sorted(by_severity.items())), accounts, without, _trend(conn, where, params, moment))


def periods_of(conn: Connection, incident_ids: Sequence[str], by: str = "month") -> tuple[Period, ...]:
    """The periods of the given incidents (an export's: a selection no Filter describes), counted
    as `compute` counts them; ids of deleted incidents do not count."""
    if by not in GRANULARITIES:
        raise _unknown_granularity(by)
    rows: list[tuple] = []
    ids = list(dict.fromkeys(incident_ids))
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start:start + _ID_CHUNK]
        rows += conn.execute(
            f"SELECT {_PERIOD_START[by]}, i.type, i.platform, i.severity, count(*) FROM incidents i"
            f" WHERE i.deleted_at IS NULL AND i.id IN ({','.join('?' * len(chunk))}) GROUP BY 1, 2, 3, 4", chunk,
        ).fetchall()
    return _periods(rows, by)  # a key split over two chunks is summed again by _period


def _unknown_granularity(by: str) -> InvalidInput:
    return InvalidInput(Errors.tr("Statistics go by week or month, not '{value}'.").format(value=by))


def period_end(start: str, by: str) -> str:
    """The first day after the period that begins on `start` ('YYYY-MM-DD')."""
    return _next_start(date.fromisoformat(start), by).isoformat()


def _add(counts: dict[str, int], key: str, count: int) -> None:
    counts[key] = counts.get(key, 0) + count


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _periods(rows: list[tuple], by: str) -> tuple[Period, ...]:
    grouped: dict[str, list[tuple]] = {}
    for start, *rest in rows:
        grouped.setdefault(start, []).append(tuple(rest))
    if not grouped:
        return ()
    out = []
    day, last = date.fromisoformat(min(grouped)), date.fromisoformat(max(grouped))
    while day <= last:
        out.append(_period(day, by, grouped.get(day.isoformat(), [])))
        day = _next_start(day, by)
    return tuple(out)


def _period(start: date, by: str, rows: list[tuple]) -> Period:
    by_type: dict[str, int] = {}
    by_platform: dict[str, int] = {}
    by_severity: dict[str, int] = {}
    severity_sum = rated = 0
    for kind, platform, severity, count in rows:
        _add(by_type, kind, count)
        _add(by_platform, platform or NO_PLATFORM, count)
        _add(by_severity, str(severity) if severity else NO_SEVERITY, count)
        if severity:
            severity_sum += severity * count
            rated += count
    if by == "week":
        year, week, _ = start.isocalendar()
        label = f"{year}-W{week:02d}"
    else:
        label = start.isoformat()[:7]
    return Period(start.isoformat(), label, sum(by_type.values()), _sorted(by_type), _sorted(by_platform),
                  dict(sorted(by_severity.items())), round(severity_sum / rated, 2) if rated else None)


def _next_start(day: date, by: str) -> date:
    if by == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _accounts(conn: Connection, where: str, params: list[object]) -> tuple[tuple[AccountCount, ...], int]:
    rows = conn.execute(
        "SELECT a.id, a.platform, a.handle, count(*) FROM incident_accounts ia JOIN accounts a ON a.id = ia.account_id"
        f" WHERE ia.incident_id IN (SELECT i.id FROM incidents i{where})"
        " GROUP BY a.id ORDER BY count(*) DESC, a.handle_key", params,
    ).fetchall()
    without = conn.execute(
        f"SELECT count(*) FROM incidents i{where}{' AND' if where else ' WHERE'}"
        " NOT EXISTS (SELECT 1 FROM incident_accounts ia WHERE ia.incident_id = i.id)", params,
    ).fetchone()[0]
    return tuple(AccountCount(*row) for row in rows), without


def _trend(conn: Connection, where: str, params: list[object], as_of: datetime) -> Trend:
    def stamp(moment: datetime) -> str:
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    bounds = [stamp(as_of - timedelta(days=TREND_DAYS * n)) for n in (2, 1, 0)]
    window = f"{' AND' if where else ' WHERE'} i.sort_time > ? AND i.sort_time <= ?"
    figures = []
    for low, high in ((bounds[0], bounds[1]), (bounds[1], bounds[2])):
        count, mean = conn.execute(
            f"SELECT count(*), avg(i.severity) FROM incidents i{where}{window}", [*params, low, high]
        ).fetchone()
        figures.append((count, round(mean, 2) if mean is not None else None))
    (previous, previous_mean), (recent, recent_mean) = figures
    return Trend(bounds[2], recent, previous, recent_mean, previous_mean, _direction(recent, previous),
                 _severity_direction(recent_mean, previous_mean))


def _direction(recent: int, previous: int) -> str:
    # A change of a quarter, and of at least three incidents: 1 -> 2 is not yet a trend.
    if recent >= previous * 1.25 and recent - previous >= 3:
        return "rising"
    if recent <= previous * 0.8 and previous - recent >= 3:
        return "falling"
    return "steady"


def _severity_direction(recent: float | None, previous: float | None) -> str:
    if recent is None or previous is None:
        return "unknown"
    if recent - previous >= 0.5:
        return "rising"
    if previous - recent >= 0.5:
        return "falling"
    return "steady"
