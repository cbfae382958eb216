"""The command line: the same core as the desktop app, for scripts, trainers, lawyers and tests.

Exit codes are a contract: 0 success, 1 failed (not found, verification failed, refused input),
2 usage error, 3 wrong passphrase. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlcipher3

from app import (__version__, cli_accounts, cli_bundle, cli_campaigns, cli_demo, cli_import, cli_render, cli_safety,
                 cli_stats)
from app.cli_argparse import speak_argparse
from app.cli_progress import finish_thumbnails
from app.core.errors import ThreatlogError, UsageError
from app.core.records import custody, evidence, incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.records.taxonomy import is_platform
from app.core.storage.fsutil import read_bounded
from app.core.storage.keyslots import MIN_ITERATIONS, KdfParams
from app.core.storage.location import resolve_vault_dir
from app.core.storage.vault import Vault
from app.core.wording import Cli, Errors, Text
from app.hardening import disable_core_dumps
from app.translate import describe, language_for_cli, say, use_language

MAX_SECRET_FILE_BYTES = 4096
_BUSY_MESSAGE = Errors.tr("The vault is busy in another Threatlog window or command; try again in a moment.")


def _read_secret_file(path: str) -> str:
    raw = read_bounded(path, MAX_SECRET_FILE_BYTES, UsageError,
                       Errors.tr("'{path}' is too large to hold a passphrase.").format(path=path))
    # Only the line ending an editor adds is dropped: spaces may be part of a passphrase.
    try:
        return raw.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise UsageError(Errors.tr("'{path}' is not UTF-8 text.").format(path=path)) from None


def _secret(file_arg: str | None, env_name: str, prompt: Text, confirm: bool = False) -> str:
    if file_arg:
        return _read_secret_file(file_arg)
    if os.environ.get(env_name):
        return os.environ[env_name]
    if not sys.stdin.isatty():
        raise UsageError(Errors.tr("No passphrase given: use --passphrase-file FILE or {variable} (stdin is not a "
                                   "terminal).").format(variable=env_name))
    value = getpass.getpass(say(prompt))
    if confirm and getpass.getpass(say(Cli.tr("Repeat it: "))) != value:
        raise UsageError(Errors.tr("The two passphrases differ; nothing was changed."))
    return value


def _open_vault(args: argparse.Namespace) -> Vault:
    folder = resolve_vault_dir(args.vault)
    recovery_file = getattr(args, "recovery_code_file", None)
    if recovery_file or os.environ.get("THREATLOG_RECOVERY_CODE"):
        code = _secret(recovery_file, "THREATLOG_RECOVERY_CODE", Cli.tr("Recovery code: "))
        return Vault.open(folder, recovery_code=code, read_only=getattr(args, "read_only", False))
    passphrase = _secret(getattr(args, "passphrase_file", None), "THREATLOG_PASSPHRASE", Cli.tr("Passphrase: "))
    return Vault.open(folder, passphrase=passphrase, read_only=getattr(args, "read_only", False))


def _parse_account(value: str, platform: str | None) -> AccountRef:
    head, sep, tail = value.partition(":")
    if sep and tail and is_platform(head):
        return AccountRef(head, tail)
    return AccountRef(platform or "", value)


def _fields(values: list[str] | None) -> dict[str, str]:
    fields = {}
    for item in values or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(Errors.tr("--field takes KEY=VALUE, not '{item}'.").format(item=item))
        fields[key.strip()] = value
    return fields


def _draft_from_args(args: argparse.Namespace, base: IncidentDraft | None) -> IncidentDraft:
    """Build a draft from options; for an edit, options not given keep the current value."""
    def pick(name: str, current: object) -> object:
        value = getattr(args, name, None)
        return current if value is None else value

    b = base or IncidentDraft(type=args.type or "", title=args.title or "")
    platform = pick("platform", b.platform)
    accounts = b.accounts if args.account is None else tuple(_parse_account(a, platform) for a in args.account)
    details = dict(b.details)
    details.update(_fields(args.field))
    return IncidentDraft(
        type=pick("type", b.type), title=pick("title", b.title), occurred=pick("occurred", b.occurred),
        platform=platform, accounts=accounts, target=pick("target", b.target), text=pick("text", b.text),
        translation=pick("translation", b.translation),
        urls=b.urls if args.url is None else tuple(args.url), location=pick("location", b.location),
        severity=pick("severity", b.severity), tags=b.tags if args.tag is None else tuple(args.tag),
        notes=pick("notes", b.notes), sensitive=b.sensitive if args.sensitive is None else args.sensitive,
        details=details,
    )


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    kdf = None
    if args.kdf_memory is not None or args.kdf_iterations is not None:
        kdf = KdfParams((args.kdf_memory or 256) * 1024, args.kdf_iterations or MIN_ITERATIONS)
        kdf.check()
    passphrase = _secret(args.passphrase_file, "THREATLOG_PASSPHRASE", Cli.tr("New passphrase: "), confirm=True)
    folder = resolve_vault_dir(args.vault)
    vault, recovery_code = Vault.create(folder, passphrase, kdf)
    vault.close()
    print(say(Cli.tr("Vault created in {folder}.").format(folder=folder)), file=sys.stderr)
    print(say(Cli.tr("Recovery code — write it down and keep it away from this computer. "
                     "It is shown only this once;\nwithout it or the passphrase, nobody (not even us) can open the "
                     "vault:")), file=sys.stderr)
    print(recovery_code)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        with vault.transaction() as conn:
            incident_id = incidents.create(conn, _draft_from_args(args, None))
            evidence.attach_many(conn, incident_id, [evidence.file_source(Path(p)) for p in args.attach or []])
        print(incident_id)
        finish_thumbnails(vault)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        with vault.transaction() as conn:
            incident_id = incidents.resolve_id(conn, args.id)
            results = evidence.attach_many(conn, incident_id, [evidence.file_source(Path(p)) for p in args.files])
        for result in results:
            print(f"{result.item.sha256}  {result.item.display_name}")
        finish_thumbnails(vault)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        with vault.transaction() as conn:
            incident_id = incidents.resolve_id(conn, args.id)
            current = incidents.get(conn, incident_id).draft
            revision = incidents.edit(conn, incident_id, _draft_from_args(args, current))
            evidence.attach_many(conn, incident_id, [evidence.file_source(Path(p)) for p in args.attach or []])
        print(f"{incident_id} revision {revision}")  # the result a script reads: not translated
        finish_thumbnails(vault)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault, vault.transaction() as conn:
        incidents.delete(conn, incidents.resolve_id(conn, args.id), args.reason)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        incident_id = incidents.resolve_id(vault.connection(), args.id)
        if sys.stdin.isatty() and not args.yes:
            answer = input(say(Cli.tr("Purge removes incident {id} and its evidence for good. Type its id to confirm: ")
                               .format(id=incident_id)))
            if answer.strip() != incident_id:
                print(say(Cli.tr("Not purged.")), file=sys.stderr)
                return 1
        with vault.transaction() as conn:
            incidents.purge(conn, incident_id)
        # Move the purged pages out of the write-ahead log now rather than at some later checkpoint.
        vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    f = search.Filter(query=args.query or "", type=args.type, since=args.since, until=args.until, tag=args.tag,
                      account=args.account, platform=args.platform, campaign=args.campaign,
                      include_deleted=args.deleted)
    with _open_vault(args) as vault:
        conn = vault.connection()
        found = [incidents.get(conn, i) for i in search.find_ids(conn, f, limit=args.limit)]
    if args.json:
        _print_json([i.to_json() for i in found])
    else:
        for incident in found:
            print(cli_render.incident_row(incident))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        conn = vault.connection()
        incident = incidents.get(conn, incidents.resolve_id(conn, args.id))
        revisions = incidents.history(conn, incident.id) if args.history else []
        entries = list(custody.entries(conn, incident.id)) if args.history else []
    if args.json:
        data = incident.to_json()
        if args.history:
            data["history"] = [{"revision": r.revision, "saved_at": r.saved_at, "sha256": r.sha256,
                                "incident": r.draft.to_json()} for r in revisions]
            data["custody"] = [e.to_json() for e in entries]
        _print_json(data)
        return 0
    print(cli_render.incident_detail(incident))
    if args.history:
        print("\n" + say(Cli.tr("History:")) + "\n" + cli_render.history(revisions))
        print("\n" + say(Cli.tr("Custody:")) + "\n" + "\n".join(cli_render.custody_entry(e) for e in entries))
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        size = evidence.write_out(vault.connection(), args.sha256, Path(args.out))
    print(say(Cli.tr("Wrote %n byte(s) to {path}; SHA-256 checked.", "", size).format(path=args.out)), file=sys.stderr)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        new = _secret(args.new_passphrase_file, "THREATLOG_NEW_PASSPHRASE", Cli.tr("New passphrase: "), confirm=True)
        vault.change_passphrase(new)
    print(say(Cli.tr("Passphrase changed. The recovery code still works.")), file=sys.stderr)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with _open_vault(args) as vault:
        conn = vault.connection()
        if args.verify:
            report = custody.verify(conn)
            print(cli_render.chain_report(report))
            return 0 if report.intact else 1
        entries = list(custody.entries(conn))
    if args.json:
        _print_json([e.to_json() for e in entries])
    else:
        for entry in entries:
            print(cli_render.custody_entry(entry))
    return 0


def _add_incident_options(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--type", required=required,
                   help=say(Cli.tr("incident type id, e.g. threat, doxxing, smear_media")))
    p.add_argument("--title", required=required)
    p.add_argument("--occurred", metavar="WHEN",
                   help=say(Cli.tr("2026-10-05T14:30+04:00, 2026-10-05, 2026-10, or A/B range")))
    p.add_argument("--platform", metavar="NAME")
    p.add_argument("--account", action="append", metavar="HANDLE", help=say(Cli.tr("[PLATFORM:]HANDLE; repeatable")))
    p.add_argument("--target", help=say(Cli.tr("me, relative, colleague or other")))
    p.add_argument("--text", help=say(Cli.tr("the original text exactly as received")))
    p.add_argument("--translation")
    p.add_argument("--url", action="append", metavar="URL")
    p.add_argument("--location")
    p.add_argument("--tag", action="append", metavar="TAG")
    p.add_argument("--severity", type=int, metavar="N", help=say(Cli.tr("1 (low) to 5 (severe)")))
    p.add_argument("--notes", help=say(Cli.tr("private notes, never exported unless chosen")))
    p.add_argument("--sensitive", action="store_true", default=None)
    p.add_argument("--not-sensitive", dest="sensitive", action="store_false")
    p.add_argument("--field", action="append", metavar="KEY=VALUE",
                   help=say(Cli.tr("a type-specific field; repeatable")))
    p.add_argument("--attach", action="append", metavar="FILE")


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language chosen (main() chooses it first); argparse's own words
    ("usage:", "options") stay English."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help=say(Cli.tr("the vault folder")))
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS)
    common.add_argument("--recovery-code-file", metavar="FILE", default=argparse.SUPPRESS,
                        help=say(Cli.tr("unlock with the recovery code instead of the passphrase")))
    parser = argparse.ArgumentParser(prog="threatlog", parents=[common], description=say(
        Cli.tr("Threatlog: an encrypted log of threats and their evidence.")))
    parser.add_argument("--version", action="version", version=f"threatlog {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: Text) -> argparse.ArgumentParser:
        shown = say(help_text)
        p = sub.add_parser(name, parents=[common], help=shown, description=shown)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, Cli.tr("create a vault and print its recovery code once"))
    p.add_argument("--kdf-memory", type=int, metavar="MIB")
    p.add_argument("--kdf-iterations", type=int, metavar="N")
    _add_incident_options(command("add", cmd_add, Cli.tr("log an incident; prints its id")), required=True)
    p = command("attach", cmd_attach, Cli.tr("attach evidence files to an incident"))
    p.add_argument("id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = command("edit", cmd_edit, Cli.tr("change an incident (saved as a new revision)"))
    p.add_argument("id")
    _add_incident_options(p, required=False)
    p = command("delete", cmd_delete, Cli.tr("delete an incident, leaving a tombstone with the reason"))
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p = command("purge", cmd_purge, Cli.tr("remove an incident's content and evidence for good"))
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help=say(Cli.tr("do not ask for confirmation")))
    p = command("list", cmd_list, Cli.tr("list incidents, newest first"))
    for option in ("--query", "--type", "--since", "--until", "--tag", "--account", "--platform"):
        p.add_argument(option)
    p.add_argument("--campaign", type=int, metavar="ID")
    p.add_argument("--deleted", action="store_true", help=say(Cli.tr("include deleted incidents")))
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_show, Cli.tr("show one incident"))
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--history", action="store_true", help=say(Cli.tr("with every revision and custody entry")))
    p = command("evidence", cmd_evidence, Cli.tr("write an original evidence file back out, byte for byte"))
    p.add_argument("sha256")
    p.add_argument("--out", required=True, metavar="FILE")
    p = command("passwd", cmd_passwd, Cli.tr("change the passphrase"))
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = command("log", cmd_log, Cli.tr("show the custody log"))
    p.add_argument("--verify", action="store_true", help=say(Cli.tr("check the hash chain; exit 1 if it is broken")))
    p.add_argument("--json", action="store_true")
    cli_bundle.register(command, _open_vault)
    cli_safety.register(command, _open_vault)
    cli_import.register(command, _open_vault)
    cli_accounts.register(command, _open_vault, common)
    cli_campaigns.register(command, _open_vault, common)
    cli_stats.register(command, _open_vault)
    cli_demo.register(command)
    return parser


def _run_desktop(parser: argparse.ArgumentParser) -> int:
    try:
        from app.gui.application import run
    except ImportError as error:
        # Say what is missing: falling back to the help text hid a build that left out a Qt module.
        cannot = Cli.tr("the desktop app cannot start: {reason}. The commands below still work.").format(
            reason=str(error))
        print(f"threatlog: {say(cannot)}", file=sys.stderr)
        parser.print_help()
        return 1
    return run()


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    use_language(language_for_cli())
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("vault", "passphrase_file", "recovery_code_file"):
        setattr(args, name, getattr(args, name, None))
    if args.command is None:
        return _run_desktop(parser)
    try:
        return args.handler(args)
    except ThreatlogError as error:
        print(f"threatlog: {describe(error)}", file=sys.stderr)
        return error.exit_code
    except sqlcipher3.OperationalError as error:
        busy = "locked" in str(error) or "busy" in str(error)
        message = _BUSY_MESSAGE if busy else Errors.tr("database error ({reason}).").format(reason=str(error))
        print(f"threatlog: {say(message)}", file=sys.stderr)
        return 1
    except sqlcipher3.DatabaseError as error:
        damaged = Errors.tr("The vault database is damaged ({reason}).").format(reason=str(error))
        print(f"threatlog: {say(damaged)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # Outside an f-string: lupdate does not look inside one.
        print("threatlog: " + say(Cli.tr("interrupted; nothing was changed.")), file=sys.stderr)
        return 130
    except Exception as error:
        # A bug of ours: one line for the user (the transaction was rolled back), details on request.
        if os.environ.get("THREATLOG_DEBUG"):
            raise
        print(f"threatlog: {describe(error)} " + say(Cli.tr("Set THREATLOG_DEBUG=1 to see details.")), file=sys.stderr)
        return 1
