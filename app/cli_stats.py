"""The `stats` command: incidents over time and who is behind them (docs/cli.md).

  threatlog stats [--json] [--by week|month] [--account HANDLE] [--platform NAME] [--campaign ID]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from app.cli_accounts import printable
from app.core import stats
from app.core.search import Filter
from app.core.stats import Stats
from app.core.vault import Vault

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_BAR_WIDTH = 30
_TOP = 10


def _counts(counts: dict[str, int], limit: int = _TOP) -> str:
    shown = [f"{key} {count:,}" for key, count in list(counts.items())[:limit]]
    if len(counts) > limit:
        shown.append(f"… {len(counts) - limit} more")
    return ", ".join(shown) or "—"


def render(figures: Stats) -> str:
    lines = [f"Incidents by {figures.granularity} (total {figures.total:,}):"]
    peak = max((p.total for p in figures.periods), default=0)
    for p in figures.periods:
        bar = "█" * round(_BAR_WIDTH * p.total / peak) if peak else ""
        severity = f"  severity {p.mean_severity:.1f}" if p.mean_severity is not None else ""
        lines.append(f"  {p.label:<9} {p.total:>6,}  {bar:<{_BAR_WIDTH}}  {_counts(p.by_type, 3)}{severity}")
    lines.append(f"By type: {_counts(figures.by_type)}")
    lines.append(f"By platform: {_counts(figures.by_platform)}")
    lines.append(f"By severity: {_counts(figures.by_severity)}")
    accounts = ", ".join(f"{printable(a.handle, 30)} ({a.platform}) {a.incidents:,}" for a in figures.by_account[:_TOP])
    lines.append(f"Accounts: {accounts or '—'}; without an account: {figures.without_account:,}")
    t = figures.trend
    severity = (f"; mean severity {t.recent_mean_severity} vs {t.previous_mean_severity}: {t.severity_direction}"
                if t.severity_direction != "unknown" else "")
    lines.append(f"Trend (the last {stats.TREND_DAYS} days vs the {stats.TREND_DAYS} before, to {t.as_of[:10]}): "
                 f"{t.recent:,} vs {t.previous:,} incidents ({t.recent_per_month:.1f} vs {t.previous_per_month:.1f}"
                 f" a month): {t.direction}{severity}")
    return "\n".join(lines)


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
    p = command("stats", _run(open_vault), "incidents per week or month by type, platform, severity and account")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", choices=stats.GRANULARITIES, default="month")
    p.add_argument("--account", metavar="HANDLE")
    p.add_argument("--platform", metavar="NAME")
    p.add_argument("--campaign", type=int, metavar="ID")
