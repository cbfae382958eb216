"""The bundle commands: `key`, `export` and `verify` (docs/cli.md).

`verify` is the lawyer's command: it needs no vault and no passphrase, only the zip file, and
exits 0 when the bundle is intact, 1 when it is not (a refused archive included), 2 on a usage
error. `export` prints the bundle's SHA-256 so the user can send it to the lawyer by another
channel, the cheapest outside anchor there is.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import cli_render
from app.core.bundles import allowed_signers, bundle, signing
from app.core.bundles.bundle import ExportPreview, Selection
from app.core.bundles.verify import TrustedKeys, verify_bundle

# Shared with the desktop app's verify dialog, whose "Copy report" must print the same lines.
from app.core.bundles.verify_text import refused_verdict, render_verification
from app.core.errors import ArchiveRefused, UsageError
from app.core.records import search
from app.core.storage.vault import Vault
from app.core.wording import Cli, Errors, Text
from app.translate import LANGUAGE_CODES, report_language, say, spoken_language

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, Text], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_FILTERS = ("since", "until", "type", "tag")


def _selection(args: argparse.Namespace) -> Selection:
    filters = {name: getattr(args, name) for name in _FILTERS if getattr(args, name) is not None}
    chosen = [bool(args.all), bool(args.incident), bool(filters)]
    if sum(chosen) != 1:
        raise UsageError(Errors.tr("Say what to export: --all, --incident ID..., or --since/--until/--type/--tag "
                                   "(filters may be combined with each other, not with --all or --incident)."))
    if args.incident:
        return Selection(ids=tuple(args.incident))
    return Selection(filter=search.Filter(**filters))


def render_preview(p: ExportPreview) -> str:
    """What leaves the device, in a few lines for the terminal."""
    contents = Cli.tr("This bundle will contain {incidents} and {files}, {size}:").format(
        incidents=Cli.tr("%n incident(s)", "", len(p.incidents)),
        files=Cli.tr("%n evidence file(s)", "", len(p.files)), size=cli_render._size(p.total_bytes))
    lines = [say(contents)]
    lines += [f"  {incident_id}  {title}" for incident_id, title in p.incidents[:20]]
    if len(p.incidents) > 20:
        lines.append("  " + say(Cli.tr("… and {count} more").format(count=len(p.incidents) - 20)))
    notes, locations = p.incidents_with_notes, p.incidents_with_location
    if p.include_notes:
        lines.append(say(Cli.tr("Included: the private notes of %n incident(s).", "", notes)))
    elif notes:
        lines.append(say(Cli.tr("Left out: the private notes of %n incident(s) (add {option} to include them).", "",
                                notes).format(option="--include-notes")))
    if p.include_location:
        lines.append(say(Cli.tr("Included: the locations of %n incident(s).", "", locations)))
    elif locations:
        lines.append(say(Cli.tr("Left out: the locations of %n incident(s) (add {option} to include them).", "",
                                locations).format(option="--include-location")))
    for f in p.gps_files:
        lines.append(say(Cli.tr("WARNING: {path} carries a GPS position in its metadata; the original leaves "
                                "unchanged.").format(path=f.path)))
    if p.unread_metadata_files:
        lines.append(say(Cli.tr("Note: the metadata of %n non-image file(s) was not read; it may also hold a "
                                "location.", "", len(p.unread_metadata_files))))
    return "\n".join(lines)


def _cmd_key(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_vault(args) as vault:
            key = signing.load(vault.connection())
        if args.allowed_signers:
            print(key.allowed_signers_line())
            return 0
        print(key.fingerprint())
        if sys.stderr.isatty():
            print(say(Cli.tr("The signing key of this vault (identity {identity}). Give this fingerprint to your "
                             "lawyer by phone or in person; they check bundles with: threatlog verify FILE.zip "
                             "--signer {fingerprint}").format(identity=key.identity, fingerprint=key.fingerprint())),
                  file=sys.stderr)
        return 0
    return run


def _cmd_export(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        selection = _selection(args)
        with open_vault(args) as vault:
            if sys.stderr.isatty():
                plan = bundle.preview(vault.connection(), selection, args.include_notes, args.include_location)
                print(render_preview(plan), file=sys.stderr)
            result = bundle.export_bundle(vault, Path(args.out), selection, args.include_notes, args.include_location,
                                          report_language=report_language(args.report_language or spoken_language()))
        print(f"{result.sha256}  {result.path}")
        if sys.stderr.isatty():
            print(say(Cli.tr("Signed by key {fingerprint}. Send the SHA-256 above to the recipient by another "
                             "channel: it proves later that this is the file you sent.")
                      .format(fingerprint=result.signer_fingerprint)), file=sys.stderr)
        return 0
    return run


def _trusted_keys(args: argparse.Namespace) -> TrustedKeys | None:
    if args.signer:
        return TrustedKeys(fingerprint=allowed_signers.parse_fingerprint(args.signer))
    if args.allowed_signers:
        return TrustedKeys(signers=tuple(allowed_signers.read_trust_file(args.allowed_signers)))
    return None


def _cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(Errors.tr("'{path}' is not a file.").format(path=path))
    trusted = _trusted_keys(args)
    try:
        report = verify_bundle(path, trusted)
    except ArchiveRefused as refused:
        print(say(refused_verdict(refused.text)))
        return 1
    print(render_verification(report, say))
    return 0 if report.intact else 1


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add the bundle commands to the CLI, through build_parser's own `command` helper."""
    p = command("key", _cmd_key(open_vault), Cli.tr("print the fingerprint of this vault's signing key"))
    p.add_argument("--allowed-signers", action="store_true",
                   help=say(Cli.tr("print the key as an OpenSSH allowed_signers line instead")))
    p = command("export", _cmd_export(open_vault), Cli.tr("export incidents as a signed evidence bundle (zip)"))
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--all", action="store_true", help=say(Cli.tr("every incident that is not deleted")))
    p.add_argument("--incident", nargs="+", action="extend", metavar="ID")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--type", metavar="TYPE")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--include-notes", action="store_true",
                   help=say(Cli.tr("include private notes (left out by default)")))
    p.add_argument("--include-location", action="store_true",
                   help=say(Cli.tr("include locations (left out by default)")))
    p.add_argument("--report-language", choices=LANGUAGE_CODES, metavar="LANG",
                   help=say(Cli.tr("the language of report.pdf: en, az or ru (by default the language of these "
                                   "messages)")))
    p = command("verify", _cmd_verify, Cli.tr("check a bundle: exit 0 intact, 1 not intact (no vault needed)"))
    p.add_argument("file", metavar="FILE.zip")
    trust = p.add_mutually_exclusive_group()
    trust.add_argument("--signer", metavar="SHA256:…",
                       help=say(Cli.tr("the key fingerprint you were given by the sender")))
    trust.add_argument("--allowed-signers", metavar="FILE",
                       help=say(Cli.tr("an OpenSSH allowed_signers file of keys you trust")))
