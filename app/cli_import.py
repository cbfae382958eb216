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
from app.core.importers.whatsapp_lines import DATE_ORDERS
from app.core.vault import Vault

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_SHOWN_INCIDENTS = 20
# Terminal output must not let a sender's name reorder or hide the line (bidi overrides, escapes).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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
            raise UsageError(f"--time-zone {value}: offsets run from -14:00 to +14:00.")
        return timezone(-size if sign == "-" else size)
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--time-zone takes a zone like Asia/Baku or an offset like +04:00, not '{value}'.") from None


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
    lines = [f"{source.kind.label}: {_shown(str(source.path))}", f"  SHA-256 {source.sha256}",
             f"  {len(source.messages):,} {source.noun}(s) found, {len(plan.selected):,} chosen: "
             f"{len(plan.incidents):,} new incident(s) with {plan.evidence_files:,} evidence file(s) "
             f"({cli_render._size(plan.evidence_bytes)}); {len(plan.duplicates):,} already in the vault."]
    if len(plan.chats) > 1 or source.kind in (SourceKind.TELEGRAM, SourceKind.WHATSAPP):
        lines += [f"  chat “{_shown(t.name)}”: {t.found:,} found, {t.selected:,} chosen, {t.new:,} new"
                  for t in plan.chats]
    lines += [f"  sender “{_shown(t.name)}”: {t.found:,} found, {t.selected:,} chosen, {t.new:,} new"
              for t in plan.senders if source.kind != SourceKind.FOLDER]
    lines += [f"  left out: {count:,} {reason}" for reason, count in plan.skipped.items()]
    lines += [f"  missing: {_shown(what)} (in “{_shown(title)}”)" for title, what in plan.missing]
    lines += [f"  warning: {_shown(warning)}" for warning in plan.warnings]
    for incident in plan.incidents[:_SHOWN_INCIDENTS]:
        when = incident.draft.occurred or "date unknown"
        lines.append(f"  + {when}  {_shown(incident.draft.title)}  [{len(incident.files)} file(s)]")
    if len(plan.incidents) > _SHOWN_INCIDENTS:
        lines.append(f"  … and {len(plan.incidents) - _SHOWN_INCIDENTS:,} more")
    return "\n".join(lines)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_import(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        options = _options(args)
        path = Path(args.path)
        with open_vault(args) as vault:
            plan = importers.plan(path, options, vault, terminal_progress("Reading"))
            if sys.stderr.isatty():
                print("\r" + render_plan(plan), file=sys.stderr)
            if args.dry_run:
                if args.json:
                    _print_json(plan.to_json())
                elif not sys.stderr.isatty():
                    print(render_plan(plan))
                print("Dry run: nothing was written.", file=sys.stderr)
                return 0
            result = importers.apply(vault, plan, terminal_progress("Importing"))
            if args.json:
                _print_json(result.to_json())
            else:
                for incident_id in result.incident_ids:
                    print(incident_id)
            print(f"\rImported {len(result.incident_ids):,} incident(s) with {result.evidence_files:,} evidence "
                  f"file(s); {result.duplicates:,} {plan.source.noun}(s) were already in the vault.", file=sys.stderr)
            finish_thumbnails(vault)
        return 0
    return run


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add `import` to the CLI, through build_parser's own `command` helper."""
    p = command("import", _cmd_import(open_vault),
                "import a Telegram or WhatsApp export, e-mails (.eml, .mbox) or a folder of files")
    p.add_argument("path", metavar="PATH", help="result.json or its folder, a WhatsApp .zip or folder, "
                                                ".eml, .mbox, or a folder of files")
    p.add_argument("--type", choices=[kind.value for kind in SourceKind], help="the kind of source (else detected)")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    p.add_argument("--json", action="store_true", help="print the plan (with --dry-run) or the result as JSON")
    p.add_argument("--chat", action="append", metavar="NAME", help="only this chat (name or id); repeatable")
    p.add_argument("--sender", action="append", metavar="NAME",
                   help="only this sender (name, id, handle or address); repeatable")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    grouping = p.add_mutually_exclusive_group()
    grouping.add_argument("--group-minutes", type=int, default=0, metavar="N",
                          help="consecutive messages of one sender within N minutes become one incident")
    grouping.add_argument("--single-incident", action="store_true", help="everything new becomes one incident")
    p.add_argument("--incident-type", default="other", metavar="TYPE", help="the type of the new incidents")
    p.add_argument("--date-order", choices=DATE_ORDERS,
                   help="WhatsApp dates that read both ways (05/10): day-first or month-first")
    p.add_argument("--time-zone", metavar="ZONE",
                   help="zone of times given without one (WhatsApp, EXIF), e.g. Asia/Baku or +04:00")
