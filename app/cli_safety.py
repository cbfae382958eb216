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
from app.core import backup, erase, integrity
from app.core.errors import KeySlotInvalid, UsageError, VaultCorrupt, VaultNotFound
from app.core.location import resolve_vault_dir
from app.core.vault import Vault, vault_exists

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

CONFIRM_WORD = "DESTROY"
RESTORE_HINT = ("To recover, restore your most recent backup into a new folder:\n"
                "  threatlog --vault NEW_FOLDER restore BACKUP_FILE\n"
                "Until then the damaged vault can still be opened read-only, to read and export what is intact.")


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _cmd_backup(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        progress = terminal_progress("Backing up")
        try:
            with open_vault(args) as vault:
                result = backup.backup(vault, Path(args.out), progress)
        finally:
            if progress is not None:
                progress.end()
        print(f"{result.sha256}  {result.path}")
        print(f"Backup written and checked ({_mib(result.size)}; {result.custody_entries} custody entries). It opens "
              "with the passphrase and the recovery code in force now. Keep it away from this computer.",
              file=sys.stderr)
        return 0
    return run


def _cmd_restore(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    progress = terminal_progress("Restoring")
    try:
        result = backup.restore(Path(args.file), folder, progress)
    finally:
        if progress is not None:
            progress.end()
    print(f"Restored the backup of {result.backup_created_at} into {folder} ({_mib(result.database_bytes)}). "
          "It opens with the passphrase and the recovery code that were in force when the backup was made. "
          f"Check it with: threatlog --vault {folder} check", file=sys.stderr)
    return 0


def _cmd_check(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            vault = open_vault(args)
        except (KeySlotInvalid, VaultCorrupt) as error:
            # Damage that stops the vault from opening at all is a finding too, not a usage error.
            print(f"DAMAGED — {error}")
            print(RESTORE_HINT, file=sys.stderr)
            return 1
        progress = terminal_progress("Checking")
        try:
            with vault:
                report = integrity.check(vault, progress)
        finally:
            if progress is not None:
                progress.end()
        for line in report.lines():
            print(line)
        if report.healthy:
            return 0
        print(RESTORE_HINT, file=sys.stderr)
        return 1
    return run


def _cmd_destroy(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder):
        raise VaultNotFound(f"No vault in {folder}; nothing was erased.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("destroy asks for confirmation on a terminal; give --yes to erase without asking.")
        print(f"This erases the vault in {folder} for good: nobody, with the passphrase or the recovery code, will "
              "open it again. Backups and copies elsewhere are not touched.", file=sys.stderr)
        answer = input(f"Type {CONFIRM_WORD} to confirm: ")
        if answer.strip() != CONFIRM_WORD:
            print("Not destroyed; nothing was changed.", file=sys.stderr)
            return 1
    result = erase.destroy_vault(folder)
    print(f"Destroyed: the key of the vault in {folder} is overwritten and deleted; without it the database "
          "cannot be decrypted. Files removed: " + ", ".join(result.removed) + ".", file=sys.stderr)
    for problem in result.problems:
        print(f"Could not remove {problem} (it is ciphertext whose key is gone).", file=sys.stderr)
    if result.leftovers:
        print(f"Other files in {folder} were left alone: " + ", ".join(result.leftovers) + ".", file=sys.stderr)
    return 0


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add the safety commands to the CLI, through build_parser's own `command` helper."""
    p = command("backup", _cmd_backup(open_vault), "write one encrypted, checked backup file of the vault")
    p.add_argument("--out", required=True, metavar="FILE")
    # A backup never writes to the vault: opened read-only, a vault whose log is damaged can still
    # be saved as it stands.
    p.set_defaults(read_only=True)
    p = command("restore", _cmd_restore, "restore a backup into a new vault folder (--vault); needs no passphrase")
    p.add_argument("file", metavar="FILE")
    p = command("check", _cmd_check(open_vault), "check the vault for damage: exit 0 healthy, 1 damaged")
    p.set_defaults(read_only=True)
    p = command("destroy", _cmd_destroy, "erase the vault for good by destroying its key; needs no passphrase")
    p.add_argument("--yes", action="store_true", help=f"do not ask to type {CONFIRM_WORD}")
