"""The `demo` command: build the workshop demo vault and say how to open it (docs/cli.md).

  threatlog demo [--vault DIR] [--reset]

Without --vault the demo goes to its own folder beside the user's vault (location.default_demo_dir),
never to THREATLOG_VAULT, which names the user's real vault.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_progress import terminal_progress
from app.core.storage.location import default_demo_dir
from app.core.wording import Cli, Number, Text
from app.core.workshop import demo
from app.translate import say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]


def cmd_demo(args: argparse.Namespace) -> int:
    folder = Path(args.vault).expanduser() if args.vault else default_demo_dir()
    progress = terminal_progress(Cli.tr("Building the demo"))
    result = demo.ensure(folder, reset=args.reset, progress=progress)
    if progress is not None:
        progress.end()
    if result.built:
        print(say(Cli.tr("Demo vault built in {seconds} s: %n incident(s), all fictional.", "", result.incidents)
                  .format(seconds=Number(result.seconds, 1))), file=sys.stderr)
    else:
        print(say(Cli.tr("The demo vault is already there ('threatlog demo --reset' rebuilds it).")), file=sys.stderr)
    # stdout is the result a script reads: its labels stay as they are.
    print(f"Folder:     {result.folder}")
    print(f"Passphrase: {result.passphrase}")
    print(say(Cli.tr("Open it in the app (“Open the demo”), or: threatlog --vault '{folder}' list")
              .format(folder=result.folder)), file=sys.stderr)
    return 0


def register(command: CommandFactory) -> None:
    p = command("demo", cmd_demo,
                Cli.tr("build the workshop demo vault (fictional) and print its folder and passphrase"))
    p.add_argument("--reset", action="store_true", help=say(Cli.tr("rebuild the demo vault from scratch")))
