"""The `import` command (docs/cli.md, docs/importing.md): a Telegram or WhatsApp export, e-mails or a
folder of files, previewed with --dry-run, written in one transaction otherwise.

stdout carries the result (the new incidents' ids, one a line) or, with --dry-run, the plan;
with --json either is one JSON object. The plan goes to stderr first when it is a terminal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app import cli_render
from app.cli_progress import finish_thumbnails, terminal_progress
from app.core import importers
from app.core.errors import UsageError
from app.core.importers import ImportOptions, ImportPlan, SourceKind
from app.core.importers.planning import Tally
from app.core.importers.whatsapp_lines import DATE_ORDERS
from app.core.storage.vault import Vault
from app.core.wording import Cli, Errors, Number, Text
from app.translate import say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_SHOWN_INCIDENTS = 20
# Terminal output must not let a sender's name reorder or hide the line (bidi overrides, escapes).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What a source is made of (Source.noun), counted: one whole phrase per noun for the translators.
_ITEMS: dict[str, Callable[[int], Text]] = {
    "message": lambda n: Cli.tr("%n message(s)", "", n),
    "e-mail": lambda n: Cli.tr("%n e-mail(s)", "", n),
    "file": lambda n: Cli.tr("%n file(s)", "", n),
}


def _shown(text: str) -> str:
    return _UNPRINTABLE.sub("\ufffd", text)


def _zone(value: str | None) -> tzinfo | None:
    if not value:
        return None
    offset = _OFFSET.fullmatch(value)
    if offset:
        sign, hours, minutes = offset.groups()
        size = timedelta(hours=int(hours), minutes=int(minutes))
        if size > timedelta(hours=14):
            raise UsageError(Errors.tr("--time-zone {value}: offsets run from -14:00 to +14:00.").format(value=value))
        return timezone(-size if sign == "-" else size)
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(Errors.tr("--time-zone takes a zone like Asia/Baku or an offset like +04:00, not '{value}'.")
                         .format(value=value)) from None


def _options(args: argparse.Namespace) -> ImportOptions:
    return ImportOptions(
        kind=SourceKind(args.type) if args.type else None, chats=tuple(args.chat or ()),
        senders=tuple(args.sender or ()), since=args.since, until=args.until, group_minutes=args.group_minutes,
        single_incident=args.single_incident, incident_type=args.incident_type, date_order=args.date_order,
        time_zone=_zone(args.time_zone),
    )


def render_plan(plan: ImportPlan) -> str:
    """The preview in a few lines: what will be created, what is already in the vault, what is missing."""
    source = plan.source
    items = _ITEMS.get(source.noun, _ITEMS["message"])
    summary = Cli.tr("{items} found, {chosen} chosen: {incidents} {with_files} ({size}); "
                     "{duplicates} already in the vault.").format(
        items=items(len(source.messages)), chosen=Number(len(plan.selected)),
        incidents=Cli.tr("%n new incident(s)", "", len(plan.incidents)),
        with_files=Cli.tr("with %n evidence file(s)", "", plan.evidence_files),
        size=cli_render._size(plan.evidence_bytes), duplicates=Number(len(plan.duplicates)))
    lines = [f"{say(source.kind.label)}: {_shown(str(source.path))}", f"  SHA-256 {source.sha256}", "  " + say(summary)]
    def tally(line: Text, t: Tally) -> str:
        return "  " + say(line.format(name=_shown(t.name), found=Number(t.found), chosen=Number(t.selected),
                                      new=Number(t.new)))

    if len(plan.chats) > 1 or source.kind in (SourceKind.TELEGRAM, SourceKind.WHATSAPP):
        lines += [tally(Cli.tr("chat “{name}”: {found} found, {chosen} chosen, {new} new"), t) for t in plan.chats]
    if source.kind != SourceKind.FOLDER:
        lines += [tally(Cli.tr("sender “{name}”: {found} found, {chosen} chosen, {new} new"), t) for t in plan.senders]
    lines += ["  " + say(Cli.tr("left out: {what}").format(what=reason)) for reason in plan.left_out]
    lines += ["  " + say(Cli.tr("missing: {what} (in “{title}”)").format(what=_shown(say(what)),
                                                                         title=_shown(title)))
              for title, what in plan.missing]
    lines += ["  " + say(Cli.tr("warning: {warning}").format(warning=_shown(say(warning))))
              for warning in plan.warnings]
    for incident in plan.incidents[:_SHOWN_INCIDENTS]:
        when = incident.draft.occurred or say(Cli.tr("date unknown"))
        files = say(Cli.tr("%n file(s)", "", len(incident.files)))
        lines.append(f"  + {when}  {_shown(incident.draft.title)}  [{files}]")
    if len(plan.incidents) > _SHOWN_INCIDENTS:
        more = Cli.tr("… and {count} more").format(count=Number(len(plan.incidents) - _SHOWN_INCIDENTS))
        lines.append("  " + say(more))
    return "\n".join(lines)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_import(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        options = _options(args)
        path = Path(args.path)
        with open_vault(args) as vault:
            plan = importers.plan(path, options, vault, terminal_progress(Cli.tr("Reading")))
            if sys.stderr.isatty():
                print("\r" + render_plan(plan), file=sys.stderr)
            if args.dry_run:
                if args.json:
                    _print_json(plan.to_json())
                elif not sys.stderr.isatty():
                    print(render_plan(plan))
                print(say(Cli.tr("Dry run: nothing was written.")), file=sys.stderr)
                return 0
            result = importers.apply(vault, plan, terminal_progress(Cli.tr("Importing")))
            if args.json:
                _print_json(result.to_json())
            else:
                for incident_id in result.incident_ids:
                    print(incident_id)
            items = _ITEMS.get(plan.source.noun, _ITEMS["message"])
            imported = Cli.tr("Imported %n incident(s) {with_files}; {items} already in the vault.", "",
                              len(result.incident_ids)).format(
                with_files=Cli.tr("with %n evidence file(s)", "", result.evidence_files),
                items=items(result.duplicates))
            print("\r" + say(imported), file=sys.stderr)
            finish_thumbnails(vault)
        return 0
    return run


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add `import` to the CLI, through build_parser's own `command` helper."""
    p = command("import", _cmd_import(open_vault),
                Cli.tr("import a Telegram or WhatsApp export, e-mails (.eml, .mbox) or a folder of files"))
    p.add_argument("path", metavar="PATH", help=say(Cli.tr("result.json or its folder, a WhatsApp .zip or folder, "
                                                           ".eml, .mbox, or a folder of files")))
    p.add_argument("--type", choices=[kind.value for kind in SourceKind],
                   help=say(Cli.tr("the kind of source (else detected)")))
    p.add_argument("--dry-run", action="store_true", help=say(Cli.tr("show what would be imported; write nothing")))
    p.add_argument("--json", action="store_true",
                   help=say(Cli.tr("print the plan (with --dry-run) or the result as JSON")))
    p.add_argument("--chat", action="append", metavar="NAME",
                   help=say(Cli.tr("only this chat (name or id); repeatable")))
    p.add_argument("--sender", action="append", metavar="NAME",
                   help=say(Cli.tr("only this sender (name, id, handle or address); repeatable")))
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    grouping = p.add_mutually_exclusive_group()
    grouping.add_argument("--group-minutes", type=int, default=0, metavar="N",
                          help=say(Cli.tr("consecutive messages of one sender within N minutes become one incident")))
    grouping.add_argument("--single-incident", action="store_true",
                          help=say(Cli.tr("everything new becomes one incident")))
    p.add_argument("--incident-type", default="other", metavar="TYPE",
                   help=say(Cli.tr("the type of the new incidents")))
    p.add_argument("--date-order", choices=DATE_ORDERS,
                   help=say(Cli.tr("WhatsApp dates that read both ways (05/10): day-first or month-first")))
    p.add_argument("--time-zone", metavar="ZONE",
                   help=say(Cli.tr("zone of times given without one (WhatsApp, EXIF), e.g. Asia/Baku or +04:00")))
