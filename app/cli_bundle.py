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
from app.core import allowed_signers, bundle, search, signing
from app.core.bundle import ExportPreview, Selection
from app.core.errors import ArchiveRefused, UsageError
from app.core.vault import Vault
from app.core.verify import TrustedKeys, verify_bundle
# Shared with the desktop app's verify dialog, whose "Copy report" must print the same lines.
from app.core.verify_text import refused_verdict, render_verification

Handler = Callable[[argparse.Namespace], int]
CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
VaultOpener = Callable[[argparse.Namespace], Vault]

_FILTERS = ("since", "until", "type", "tag")


def _selection(args: argparse.Namespace) -> Selection:
    filters = {name: getattr(args, name) for name in _FILTERS if getattr(args, name) is not None}
    chosen = [bool(args.all), bool(args.incident), bool(filters)]
    if sum(chosen) != 1:
        raise UsageError("Say what to export: --all, --incident ID..., or --since/--until/--type/--tag "
                         "(filters may be combined with each other, not with --all or --incident).")
    if args.incident:
        return Selection(ids=tuple(args.incident))
    return Selection(filter=search.Filter(**filters))


def render_preview(p: ExportPreview) -> str:
    """What leaves the device, in a few lines for the terminal."""
    lines = [f"This bundle will contain {len(p.incidents)} incident(s) and {len(p.files)} evidence file(s), "
             f"{cli_render._size(p.total_bytes)}:"]
    lines += [f"  {incident_id}  {title}" for incident_id, title in p.incidents[:20]]
    if len(p.incidents) > 20:
        lines.append(f"  … and {len(p.incidents) - 20} more")
    for chosen, count, what, option in ((p.include_notes, p.incidents_with_notes, "private notes", "--include-notes"),
                                        (p.include_location, p.incidents_with_location, "locations",
                                         "--include-location")):
        if chosen:
            lines.append(f"Included: the {what} of {count} incident(s).")
        elif count:
            lines.append(f"Left out: the {what} of {count} incident(s) (add {option} to include them).")
    for f in p.gps_files:
        lines.append(f"WARNING: {f.path} carries a GPS position in its metadata; the original leaves unchanged.")
    if p.unread_metadata_files:
        lines.append(f"Note: {len(p.unread_metadata_files)} file(s) are not images; their metadata was not read "
                     "and may also hold a location.")
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
            print(f"The signing key of this vault (identity {key.identity}). Give this fingerprint to your lawyer "
                  "by phone or in person; they check bundles with: threatlog verify FILE.zip --signer "
                  f"{key.fingerprint()}", file=sys.stderr)
        return 0
    return run


def _cmd_export(open_vault: VaultOpener) -> Handler:
    def run(args: argparse.Namespace) -> int:
        selection = _selection(args)
        with open_vault(args) as vault:
            if sys.stderr.isatty():
                plan = bundle.preview(vault.connection(), selection, args.include_notes, args.include_location)
                print(render_preview(plan), file=sys.stderr)
            result = bundle.export_bundle(vault, Path(args.out), selection, args.include_notes, args.include_location)
        print(f"{result.sha256}  {result.path}")
        if sys.stderr.isatty():
            print(f"Signed by key {result.signer_fingerprint}. Send the SHA-256 above to the recipient by another "
                  "channel: it proves later that this is the file you sent.", file=sys.stderr)
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
        raise UsageError(f"'{path}' is not a file.")
    trusted = _trusted_keys(args)
    try:
        report = verify_bundle(path, trusted)
    except ArchiveRefused as refused:
        print(refused_verdict(refused))
        return 1
    print(render_verification(report))
    return 0 if report.intact else 1


def register(command: CommandFactory, open_vault: VaultOpener) -> None:
    """Add the bundle commands to the CLI, through build_parser's own `command` helper."""
    p = command("key", _cmd_key(open_vault), "print the fingerprint of this vault's signing key")
    p.add_argument("--allowed-signers", action="store_true",
                   help="print the key as an OpenSSH allowed_signers line instead")
    p = command("export", _cmd_export(open_vault), "export incidents as a signed evidence bundle (zip)")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--all", action="store_true", help="every incident that is not deleted")
    p.add_argument("--incident", nargs="+", action="extend", metavar="ID")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--type", metavar="TYPE")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--include-notes", action="store_true", help="include private notes (left out by default)")
    p.add_argument("--include-location", action="store_true", help="include locations (left out by default)")
    p = command("verify", _cmd_verify, "check a bundle: exit 0 intact, 1 not intact (no vault needed)")
    p.add_argument("file", metavar="FILE.zip")
    trust = p.add_mutually_exclusive_group()
    trust.add_argument("--signer", metavar="SHA256:…", help="the key fingerprint you were given by the sender")
    trust.add_argument("--allowed-signers", metavar="FILE", help="an OpenSSH allowed_signers file of keys you trust")
