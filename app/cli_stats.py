"""The `stats` command: incidents over time and who is behind them (docs/cli.md).

  threatlog stats [--json] [--by week|month] [--account HANDLE] [--platform NAME] [--campaign ID]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from app.cli_accounts import printable
from app.core.patterns import stats
from app.core.patterns.stats import Stats
from app.core.records.search import Filter
from app.core.storage.vault import Vault
from app.core.wording import Cli, Number, Text, plain
from app.translate import qt_number, say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_BAR_WIDTH = 30
_TOP = 10
_HEADINGS = {  # stats.GRANULARITIES
    "week": Cli.tr("Incidents by week (total {total}):"), "month": Cli.tr("Incidents by month (total {total}):")}
# Trend.direction and severity_direction are fixed English words (the JSON output keeps them).
_DIRECTIONS = {"rising": Cli.tr("rising"), "falling": Cli.tr("falling"), "steady": Cli.tr("steady")}


def _counts(counts: dict[str, int], limit: int = _TOP) -> str:
    shown = [f"{key} {qt_number(count)}" for key, count in list(counts.items())[:limit]]
    if len(counts) > limit:
        shown.append(say(Cli.tr("… {count} more").format(count=len(counts) - limit)))
    return ", ".join(shown) or "—"


def render(figures: Stats) -> str:
    lines = [say(_HEADINGS[figures.granularity].format(total=Number(figures.total)))]
    peak = max((p.total for p in figures.periods), default=0)
    for p in figures.periods:
        bar = "█" * round(_BAR_WIDTH * p.total / peak) if peak else ""
        severity = ("  " + say(Cli.tr("severity {mean}").format(mean=Number(p.mean_severity, 1)))
                    if p.mean_severity is not None else "")
        lines.append(f"  {p.label:<9} {qt_number(p.total):>6}  {bar:<{_BAR_WIDTH}}  {_counts(p.by_type, 3)}{severity}")
    lines.append(say(Cli.tr("By type: {counts}").format(counts=_counts(figures.by_type))))
    lines.append(say(Cli.tr("By platform: {counts}").format(counts=_counts(figures.by_platform))))
    lines.append(say(Cli.tr("By severity: {counts}").format(counts=_counts(figures.by_severity))))
    accounts = ", ".join(f"{printable(a.handle, 30)} ({a.platform}) {qt_number(a.incidents)}"
                         for a in figures.by_account[:_TOP])
    lines.append(say(Cli.tr("Accounts: {accounts}; without an account: {count}").format(
        accounts=accounts or "—", count=Number(figures.without_account))))
    lines.append(say(_trend(figures.trend)))
    return "\n".join(lines)


def _trend(t: stats.Trend) -> Text:
    severity = Cli.tr("; mean severity {recent} vs {previous}: {direction}").format(
        recent=t.recent_mean_severity, previous=t.previous_mean_severity,
        direction=_DIRECTIONS.get(t.severity_direction, plain(t.severity_direction)))
    return Cli.tr("Trend (the last {days} days vs the {days} before, to {date}): {recent} vs {previous} incidents "
                  "({recent_rate} vs {previous_rate} a month): {direction}{severity}").format(
        days=stats.TREND_DAYS, date=t.as_of[:10], recent=Number(t.recent), previous=Number(t.previous),
        recent_rate=Number(t.recent_per_month, 1), previous_rate=Number(t.previous_per_month, 1),
        direction=_DIRECTIONS.get(t.direction, plain(t.direction)),
        severity=severity if t.severity_direction != "unknown" else "")


def _run(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        f = Filter(account=args.account, platform=args.platform, campaign=args.campaign)
        with open_vault(args) as vault:
            figures = stats.compute(vault.connection(), f, args.by)
        if args.json:
            json.dump(figures.to_json(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(render(figures))
        return 0
    return run


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add the `stats` command to the CLI, through build_parser's own `command` helper."""
    p = command("stats", _run(open_vault),
                Cli.tr("incidents per week or month by type, platform, severity and account"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", choices=stats.GRANULARITIES, default="month")
    p.add_argument("--account", metavar="HANDLE")
    p.add_argument("--platform", metavar="NAME")
    p.add_argument("--campaign", type=int, metavar="ID")
