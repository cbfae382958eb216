"""Statistics equal the vault's contents: every figure is checked against a count made directly."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest

from app.core.errors import InvalidInput
from app.core.patterns import campaigns, stats
from app.core.records import account_registry, incidents, search, taxonomy
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.records.occurred import parse_occurred

PLATFORMS = ("x", "telegram", "instagram", None)
HANDLES = ("@qara_kolge", "@troll_1", "@troll_2", "@vetenperver")


def _when(rng: random.Random) -> str:
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
    return rng.choice((f"{day}T{rng.randrange(24):02d}:{rng.randrange(60):02d}+04:00", day.isoformat(),
                       day.isoformat()[:7], f"{day}/{day + timedelta(days=3)}"))


@pytest.fixture
def logged(vault) -> list[str]:
    rng = random.Random(66)
    drafts = []
    for n in range(400):
        platform = rng.choice(PLATFORMS)
        drafts.append(IncidentDraft(
            rng.choice(taxonomy.TYPES).id, f"Incident {n}", occurred=_when(rng) if rng.random() < 0.95 else None,
            platform=platform, severity=rng.choice((None, 1, 2, 3, 4, 5)),
            accounts=tuple(AccountRef(platform or "x", h) for h in rng.sample(HANDLES, rng.randint(0, 2))),
        ))
    with vault.transaction() as conn:
        ids = incidents.create_many(conn, drafts)
        for incident_id in ids[:25]:
            incidents.delete(conn, incident_id, "duplicate")
    return ids


def _live(vault) -> list[tuple[str, IncidentDraft, str]]:
    """(id, draft, start time) of every live incident, read one by one."""
    conn = vault.connection()
    out = []
    for incident_id in search.find_ids(conn, search.Filter()):
        incident = incidents.get(conn, incident_id)
        start = parse_occurred(incident.draft.occurred).start if incident.draft.occurred else \
            incident.recorded_at[:19] + "Z"
        out.append((incident_id, incident.draft, start))
    return out


def _period(start: str, by: str) -> str:
    day = date.fromisoformat(start[:10])
    if by == "month":
        return day.isoformat()[:7]
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.mark.parametrize("by", stats.GRANULARITIES)
def test_every_figure_equals_a_direct_count(vault, logged, by: str) -> None:
    live = _live(vault)
    figures = stats.compute(vault.connection(), by=by)
    assert figures.total == len(live) == len(logged) - 25
    per_period = Counter((_period(start, by), d.type) for _, d, start in live)
    shown = {(p.label, kind): n for p in figures.periods for kind, n in p.by_type.items()}
    assert shown == dict(per_period)
    assert {p.label: p.total for p in figures.periods if p.total} == dict(Counter(_period(s, by) for _, _, s in live))
    assert figures.by_type == dict(Counter(d.type for _, d, _ in live))
    assert figures.by_platform == dict(Counter(d.platform or "none" for _, d, _ in live))
    assert figures.by_severity == dict(Counter(str(d.severity) if d.severity else "none" for _, d, _ in live))
    assert {(a.platform, a.handle): a.incidents for a in figures.by_account} == \
        dict(Counter((a.platform, a.handle) for _, d, _ in live for a in d.accounts))
    assert figures.without_account == sum(1 for _, d, _ in live if not d.accounts)
    for period in figures.periods:
        rated = [d.severity for _, d, s in live if _period(s, by) == period.label and d.severity]
        assert period.mean_severity == (round(sum(rated) / len(rated), 2) if rated else None)


@pytest.mark.parametrize("by", stats.GRANULARITIES)
def test_periods_run_without_gaps_from_the_first_to_the_last(vault, logged, by: str) -> None:
    periods = stats.compute(vault.connection(), by=by).periods
    starts = [date.fromisoformat(p.start) for p in periods]
    for before, after in zip(starts, starts[1:]):
        assert (after - before).days == 7 if by == "week" else (after.month - before.month) % 12 == 1
    assert sum(p.total for p in periods) == stats.compute(vault.connection(), by=by).total


def test_filters_count_what_the_incident_list_shows(vault, logged) -> None:
    conn = vault.connection()
    with vault.transaction() as c:
        campaign_id = campaigns.create(c, "Wave", logged[30:90])
        account_registry.merge(c, account_registry.resolve(c, "x:@troll_1"), account_registry.resolve(c, "x:@troll_2"))
    for f in (search.Filter(account="@qara_kolge"), search.Filter(account="@troll_2"),
              search.Filter(platform="telegram"), search.Filter(campaign=campaign_id),
              search.Filter(campaign=campaign_id, platform="x")):
        figures = stats.compute(conn, f)
        assert figures.total == search.count(conn, f) > 0, f
        assert sum(figures.by_type.values()) == figures.total
    # Merged accounts count as one actor.
    merged = stats.compute(conn, search.Filter(account="@troll_1")).by_account
    assert ("x", "@troll_2") not in {(a.platform, a.handle) for a in merged}
    assert ("x", "@troll_1") in {(a.platform, a.handle) for a in merged}


def test_the_trend_compares_the_last_three_months_with_the_three_before(vault) -> None:
    as_of = datetime(2025, 12, 31, 12, tzinfo=timezone.utc)
    def at(days_ago: int, severity: int) -> IncidentDraft:
        moment = (as_of - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%MZ")
        return IncidentDraft("threat", "Threat", occurred=moment.replace("Z", "+00:00"), severity=severity)

    with vault.transaction() as conn:
        incidents.create_many(conn, [at(120, 2)] * 3 + [at(10, 4)] * 9 + [at(400, 5)] + [at(-5, 5)])
    trend = stats.compute(vault.connection(), as_of=as_of).trend
    assert (trend.previous, trend.recent) == (3, 9)
    assert trend.recent_per_month == 3.0
    assert (trend.previous_mean_severity, trend.recent_mean_severity) == (2.0, 4.0)
    assert (trend.direction, trend.severity_direction) == ("rising", "rising")


def test_an_empty_vault_has_no_periods_and_a_steady_trend(vault) -> None:
    figures = stats.compute(vault.connection(), by="week")
    assert (figures.total, figures.periods, figures.by_account) == (0, (), ())
    assert (figures.trend.direction, figures.trend.severity_direction) == ("steady", "unknown")
    with pytest.raises(InvalidInput):
        stats.compute(vault.connection(), by="day")


@pytest.mark.parametrize("by", stats.GRANULARITIES)
def test_a_period_lists_exactly_the_incidents_its_bar_counts(vault, logged, by: str) -> None:
    conn = vault.connection()
    live = _live(vault)
    for period in stats.compute(conn, by=by).periods:
        end = stats.period_end(period.start, by)
        listed = set(search.find_ids(conn, search.Filter(starts_in=(period.start, end))))
        assert listed == {i for i, _, s in live if _period(s, by) == period.label}
        assert len(listed) == period.total


def test_the_periods_of_an_export_count_its_live_incidents_only(vault, logged) -> None:
    conn = vault.connection()
    chosen = logged[::3]  # a few deleted ones among them
    whole = stats.periods_of(conn, chosen * 4, "month")  # repeats and >500 ids: several statements
    live = {i for i, _, _ in _live(vault)}
    assert sum(p.total for p in whole) == len(set(chosen) & live)
    with vault.transaction() as c:
        campaign_id = campaigns.create(c, "Export", [i for i in chosen if i in live])
    expected = stats.compute(conn, search.Filter(campaign=campaign_id), by="month").periods
    assert whole == expected


def test_a_period_bound_must_be_a_day(vault) -> None:
    with pytest.raises(InvalidInput):
        search.find_ids(vault.connection(), search.Filter(starts_in=("2025-13-01", "2026-01-01")))
