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

from app.core import account_registry
from app.core.account_registry import Account
from app.core.vault import Vault

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]


def printable(untrusted_text: str, width: int) -> str:
    """One line a terminal shows as it is: no control or bidi characters, at most `width` characters."""
    text = " ".join("".join(ch for ch in untrusted_text if unicodedata.category(ch) not in ("Cc", "Cf")).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def account_line(account: Account) -> str:
    seen = f"{account.first_seen[:10]} … {account.last_seen[:10]}" if account.first_seen and account.last_seen else "—"
    line = (f"#{account.id:<5} {account.platform:<10} {printable(account.handle, 30):<30} "
            f"{account.incident_count:>5} incident(s)  {seen}")
    extra = []
    if account.display_name:
        extra.append(f"name: {printable(account.display_name, 40)}")
    if account.merged:
        extra.append("merged: " + ", ".join(f"{m.platform}:{printable(m.handle, 30)}" for m in account.merged))
    if account.aliases:
        extra.append("aliases: " + ", ".join(printable(a, 30) for a in account.aliases))
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
        print(f"Merged {args.merged} into {args.keep}: {result.links_moved} incident link(s) moved.")
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
    p = command("accounts", _list(open_vault), "perpetrator accounts: list, merge two that are one actor, edit")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser("merge", parents=[common], help="B is the same actor as A: B's incident links move to A")
    merge.add_argument("keep", metavar="A", help="[PLATFORM:]HANDLE, an alias, or #ID: the account kept")
    merge.add_argument("merged", metavar="B", help="the account merged into A")
    merge.set_defaults(handler=_merge(open_vault))
    edit = actions.add_parser("edit", parents=[common], help="what you know about an account")
    edit.add_argument("account", metavar="ACCOUNT", help="[PLATFORM:]HANDLE, an alias, or #ID")
    edit.add_argument("--name", help="the display name")
    edit.add_argument("--url", help="the profile URL")
    edit.add_argument("--notes", help="private notes about the account")
    edit.add_argument("--alias", action="append", metavar="ALIAS", help="another name it goes by (replaces them)")
    edit.set_defaults(handler=_edit(open_vault))
