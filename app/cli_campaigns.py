"""The `campaigns` command: campaigns, and suggested ones found by detection (docs/cli.md).

  threatlog campaigns [--detect] [--min-accounts N] [--window HOURS] [--json]
  threatlog campaigns accept N [--name NAME] [--description TEXT]   prints the campaign's id
  threatlog campaigns dismiss N
  threatlog campaigns create --name NAME [--description TEXT] ID...  prints the new campaign's id

N is a suggestion's number as listed. Detection prints its progress on stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from app.cli_accounts import printable
from app.cli_progress import terminal_progress
from app.core.errors import UsageError
from app.core.patterns import campaign_suggestions, campaigns
from app.core.patterns.campaign_detection import DetectionSettings
from app.core.patterns.campaign_suggestions import Suggestion
from app.core.patterns.campaigns import Campaign
from app.core.records import incidents
from app.core.storage.vault import Vault
from app.core.wording import Cli, Errors, Text, plain
from app.translate import say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

# Words for values stored in the vault ('manual', 'text'...), which stay as they are on disk.
_ORIGINS = {"manual": Cli.tr("manual"), "detected": Cli.tr("detected")}
_REASONS = {"text": Cli.tr("text"), "image": Cli.tr("image")}


def _span(first: str | None, last: str | None) -> str:
    if not first or not last:
        return "—"
    return f"{first[:16].replace('T', ' ')} … {last[:16].replace('T', ' ')} UTC"


def campaign_line(c: Campaign) -> str:
    summary = Cli.tr("({origin}) {incidents}, {accounts}, {span}").format(
        origin=_ORIGINS.get(c.origin, plain(c.origin)), incidents=Cli.tr("%n incident(s)", "", c.incident_count),
        accounts=Cli.tr("%n account(s)", "", c.account_count), span=_span(c.first_time, c.last_time))
    return f"C{c.id:<4} {printable(c.name, 50)}  {say(summary)}"


def suggestion_lines(s: Suggestion) -> str:
    summary = Cli.tr("%n message(s) {from_accounts}, {span}", "", len(s.incident_ids)).format(
        from_accounts=Cli.tr("from %n account(s)", "", s.account_count), span=_span(s.first_time, s.last_time))
    reasons = ", ".join(say(_REASONS.get(r, plain(r))) for r in s.reasons)
    extends = "  " + say(Cli.tr("adds to C{id}").format(id=s.campaign_id)) if s.campaign_id is not None else ""
    return (f"#{s.id:<4} {say(summary)}  [{reasons}]{extends}\n"
            f"      “{printable(s.representative_text, 100)}”")


def _list(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        settings = DetectionSettings(min_accounts=args.min_accounts, window_hours=args.window)
        with open_vault(args) as vault:
            conn = vault.connection()
            if args.detect:
                progress = terminal_progress(Cli.tr("Detecting"))
                campaign_suggestions.refresh(conn, settings, progress)
                if progress is not None:
                    progress.end()
            found, suggested = campaigns.list_campaigns(conn), campaign_suggestions.list_open(conn)
        if args.json:
            json.dump({"campaigns": [c.to_json() for c in found], "suggestions": [s.to_json() for s in suggested]},
                      sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        print(say(Cli.tr("Campaigns ({count}):").format(count=len(found))))
        for campaign in found:
            print("  " + campaign_line(campaign))
        print(say(Cli.tr("Suggestions ({count}; 'campaigns accept N' or 'campaigns dismiss N'):")
                  .format(count=len(suggested))))
        for suggestion in suggested:
            print("  " + suggestion_lines(suggestion))
        return 0
    return run


def _number(value: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise UsageError(Errors.tr("'{value}' is not a suggestion number (as listed by 'threatlog campaigns').")
                         .format(value=value)) from None


def _accept(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        number = _number(args.number)
        with open_vault(args) as vault, vault.transaction() as conn:
            print(campaign_suggestions.accept(conn, number, args.name, args.description or ""))
        return 0
    return run


def _dismiss(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        number = _number(args.number)
        with open_vault(args) as vault, vault.transaction() as conn:
            campaign_suggestions.dismiss(conn, number)
        return 0
    return run


def _create(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_vault(args) as vault, vault.transaction() as conn:
            ids = [incidents.resolve_id(conn, ref) for ref in args.ids]
            print(campaigns.create(conn, args.name, ids, args.description or ""))
        return 0
    return run


def register(command: CommandFactory, open_vault: VaultOpener, common: argparse.ArgumentParser) -> None:
    """Add the `campaigns` command to the CLI, through build_parser's own `command` helper; `common`
    carries the global options, so that they may also follow `accept`, `dismiss` and `create`."""
    defaults = DetectionSettings()
    p = command("campaigns", _list(open_vault),
                Cli.tr("campaigns and suggested ones: list, detect, accept, dismiss, create"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--detect", action="store_true",
                   help=say(Cli.tr("look for campaigns again (replaces the suggestions)")))
    p.add_argument("--min-accounts", type=int, default=defaults.min_accounts, metavar="N",
                   help=say(Cli.tr("distinct accounts needed within the window (default {count})")
                            .format(count=defaults.min_accounts)))
    p.add_argument("--window", type=float, default=defaults.window_hours, metavar="HOURS",
                   help=say(Cli.tr("the time window (default {hours} hours)")
                            .format(hours=f"{defaults.window_hours:g}")))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    accept = actions.add_parser("accept", parents=[common],
                                help=say(Cli.tr("make suggestion N a campaign; prints its id")))
    accept.add_argument("number", metavar="N")
    accept.add_argument("--name", help=say(Cli.tr("the campaign's name (default: its date and text)")))
    accept.add_argument("--description", help=say(Cli.tr("what the campaign is")))
    accept.set_defaults(handler=_accept(open_vault))
    dismiss = actions.add_parser("dismiss", parents=[common],
                                 help=say(Cli.tr("drop suggestion N; it is not suggested again")))
    dismiss.add_argument("number", metavar="N")
    dismiss.set_defaults(handler=_dismiss(open_vault))
    create = actions.add_parser("create", parents=[common],
                                help=say(Cli.tr("a campaign of the incidents given; prints its id")))
    create.add_argument("--name", required=True)
    create.add_argument("--description", help=say(Cli.tr("what the campaign is")))
    create.add_argument("ids", nargs="+", metavar="ID",
                        help=say(Cli.tr("incident ids (a unique prefix of 4+ characters will do)")))
    create.set_defaults(handler=_create(open_vault))
