"""The safety commands: `backup`, `restore`, `check` and `destroy` (docs/cli.md).

`restore` and `destroy` need no passphrase: restoring only writes what the backup holds (the
restored vault still needs its passphrase to open), and a user under duress must be able to
erase without unlocking. `check` and `backup` open the vault read-only: they never change the
vault they read, whatever they find.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_progress import terminal_progress
from app.core.checks import integrity
from app.core.errors import KeySlotInvalid, UsageError, VaultCorrupt, VaultNotFound
from app.core.storage import backup, erase
from app.core.storage.location import resolve_vault_dir
from app.core.storage.vault import Vault, vault_exists
from app.core.wording import Cli, Errors, Number, Text
from app.translate import describe, say

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

CONFIRM_WORD = "DESTROY"  # typed as it is in every language, like a command
RESTORE_HINT = Cli.tr("To recover, restore your most recent backup into a new folder:\n"
                      "  threatlog --vault NEW_FOLDER restore BACKUP_FILE\n"
                      "Until then the damaged vault can still be opened read-only, to read and export what is intact.")


def _mib(size: int) -> Text:
    return Cli.tr("{size} MiB").format(size=Number(size / (1024 * 1024), 1))


def _cmd_backup(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        progress = terminal_progress(Cli.tr("Backing up"))
        try:
            with open_vault(args) as vault:
                result = backup.backup(vault, Path(args.out), progress)
        finally:
            if progress is not None:
                progress.end()
        print(f"{result.sha256}  {result.path}")
        print(say(Cli.tr("Backup written and checked ({size}; {count} custody entries). It opens with the passphrase "
                         "and the recovery code in force now. Keep it away from this computer.")
                  .format(size=_mib(result.size), count=result.custody_entries)), file=sys.stderr)
        return 0
    return run


def _cmd_restore(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    progress = terminal_progress(Cli.tr("Restoring"))
    try:
        result = backup.restore(Path(args.file), folder, progress)
    finally:
        if progress is not None:
            progress.end()
    print(say(Cli.tr("Restored the backup of {time} into {folder} ({size}). It opens with the passphrase and the "
                     "recovery code that were in force when the backup was made. "
                     "Check it with: threatlog --vault {folder} check")
              .format(time=result.backup_created_at, folder=folder, size=_mib(result.database_bytes))), file=sys.stderr)
    return 0


def _cmd_check(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            vault = open_vault(args)
        except (KeySlotInvalid, VaultCorrupt) as error:
            # Damage that stops the vault from opening at all is a finding too, not a usage error.
            print(say(Cli.tr("DAMAGED — {reason}").format(reason=describe(error))))
            print(say(RESTORE_HINT), file=sys.stderr)
            return 1
        progress = terminal_progress(Cli.tr("Checking"))
        try:
            with vault:
                report = integrity.check(vault, progress)
        finally:
            if progress is not None:
                progress.end()
        for line in report.lines(say):
            print(line)
        if report.healthy:
            return 0
        print(say(RESTORE_HINT), file=sys.stderr)
        return 1
    return run


def _cmd_destroy(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder):
        raise VaultNotFound(Errors.tr("No vault in {folder}; nothing was erased.").format(folder=folder))
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(Errors.tr("destroy asks for confirmation on a terminal; give --yes to erase without "
                                       "asking."))
        print(say(Cli.tr("This erases the vault in {folder} for good: nobody, with the passphrase or the recovery "
                         "code, will open it again. Backups and copies elsewhere are not touched.")
                  .format(folder=folder)),
              file=sys.stderr)
        answer = input(say(Cli.tr("Type {word} to confirm: ").format(word=CONFIRM_WORD)))
        if answer.strip() != CONFIRM_WORD:
            print(say(Cli.tr("Not destroyed; nothing was changed.")), file=sys.stderr)
            return 1
    result = erase.destroy_vault(folder)
    print(say(Cli.tr("Destroyed: the key of the vault in {folder} is overwritten and deleted; without it the database "
                     "cannot be decrypted. Files removed: {files}.").format(folder=folder,
                                                                            files=", ".join(result.removed))),
          file=sys.stderr)
    for problem in result.problems:
        print(say(Cli.tr("Could not remove {name} (it is ciphertext whose key is gone).").format(name=problem)),
              file=sys.stderr)
    if result.leftovers:
        print(say(Cli.tr("Other files in {folder} were left alone: {files}.").format(
            folder=folder, files=", ".join(result.leftovers))), file=sys.stderr)
    return 0


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add the safety commands to the CLI, through build_parser's own `command` helper."""
    p = command("backup", _cmd_backup(open_vault), Cli.tr("write one encrypted, checked backup file of the vault"))
    p.add_argument("--out", required=True, metavar="FILE")
    # A backup never writes to the vault: opened read-only, a vault whose log is damaged can still
    # be saved as it stands.
    p.set_defaults(read_only=True)
    p = command("restore", _cmd_restore,
                Cli.tr("restore a backup into a new vault folder (--vault); needs no passphrase"))
    p.add_argument("file", metavar="FILE")
    p = command("check", _cmd_check(open_vault), Cli.tr("check the vault for damage: exit 0 healthy, 1 damaged"))
    p.set_defaults(read_only=True)
    p = command("destroy", _cmd_destroy, Cli.tr("erase the vault for good by destroying its key; needs no passphrase"))
    p.add_argument("--yes", action="store_true",
                   help=say(Cli.tr("do not ask to type {word}").format(word=CONFIRM_WORD)))
