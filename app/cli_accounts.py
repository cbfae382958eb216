"""The `accounts` command: the registry of perpetrator accounts (docs/cli.md).

  threatlog accounts [--json]                       every account, most incidents first
  threatlog accounts merge A B                      B is the same actor as A: B's links move to A
  threatlog accounts edit A [--name TEXT] [--url URL] [--notes TEXT] [--alias ALIAS]...

An account is named as '[PLATFORM:]HANDLE', by an alias, or as '#ID' from the list.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable

from app.core.records import account_registry
from app.core.records.account_registry import Account
from app.core.storage.vault import Vault
from app.core.wording import Cli, Text
from app.translate import say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]


def printable(untrusted_text: str, width: int) -> str:
    """One line a terminal shows as it is: no control or bidi characters, at most `width` characters."""
    text = " ".join("".join(ch for ch in untrusted_text if unicodedata.category(ch) not in ("Cc", "Cf")).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def account_line(account: Account) -> str:
    seen = f"{account.first_seen[:10]} … {account.last_seen[:10]}" if account.first_seen and account.last_seen else "—"
    incidents = say(Cli.tr("%n incident(s)", "", account.incident_count))
    line = f"#{account.id:<5} {account.platform:<10} {printable(account.handle, 30):<30} {incidents:>15}  {seen}"
    extra = []
    if account.display_name:
        extra.append(say(Cli.tr("name: {name}").format(name=printable(account.display_name, 40))))
    if account.merged:
        merged = ", ".join(f"{m.platform}:{printable(m.handle, 30)}" for m in account.merged)
        extra.append(say(Cli.tr("merged: {accounts}").format(accounts=merged)))
    if account.aliases:
        aliases = ", ".join(printable(a, 30) for a in account.aliases)
        extra.append(say(Cli.tr("aliases: {aliases}").format(aliases=aliases)))
    return line + (f"  ({'; '.join(extra)})" if extra else "")


def _list(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_vault(args) as vault:
            found = account_registry.list_accounts(vault.connection())
        if args.json:
            json.dump([a.to_json() for a in found], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for account in found:
                print(account_line(account))
        return 0
    return run


def _merge(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_vault(args) as vault, vault.transaction() as conn:
            survivor = account_registry.resolve(conn, args.keep)
            merged = account_registry.resolve(conn, args.merged)
            result = account_registry.merge(conn, survivor, merged)
        print(say(Cli.tr("Merged {merged} into {kept}: %n incident link(s) moved.", "", result.links_moved)
                  .format(merged=args.merged, kept=args.keep)))
        print(account_line(result.survivor))
        return 0
    return run


def _edit(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_vault(args) as vault, vault.transaction() as conn:
            account = account_registry.update(conn, account_registry.resolve(conn, args.account),
                                              display_name=args.name, profile_url=args.url, notes=args.notes,
                                              aliases=args.alias)
        print(account_line(account))
        return 0
    return run


def register(command: CommandFactory, open_vault: VaultOpener, common: argparse.ArgumentParser) -> None:
    """Add the `accounts` command to the CLI, through build_parser's own `command` helper; `common`
    carries the global options, so that they may also follow `merge` and `edit`."""
    p = command("accounts", _list(open_vault), Cli.tr("perpetrator accounts: list, merge two that are one actor, edit"))
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser("merge", parents=[common],
                               help=say(Cli.tr("B is the same actor as A: B's incident links move to A")))
    merge.add_argument("keep", metavar="A", help=say(Cli.tr("[PLATFORM:]HANDLE, an alias, or #ID: the account kept")))
    merge.add_argument("merged", metavar="B", help=say(Cli.tr("the account merged into A")))
    merge.set_defaults(handler=_merge(open_vault))
    edit = actions.add_parser("edit", parents=[common], help=say(Cli.tr("what you know about an account")))
    edit.add_argument("account", metavar="ACCOUNT", help=say(Cli.tr("[PLATFORM:]HANDLE, an alias, or #ID")))
    edit.add_argument("--name", help=say(Cli.tr("the display name")))
    edit.add_argument("--url", help=say(Cli.tr("the profile URL")))
    edit.add_argument("--notes", help=say(Cli.tr("private notes about the account")))
    edit.add_argument("--alias", action="append", metavar="ALIAS",
                      help=say(Cli.tr("another name it goes by (replaces them)")))
    edit.set_defaults(handler=_edit(open_vault))
