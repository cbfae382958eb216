"""The workshop demo: a vault holding the invented case of demo_story.py, with its screenshots.

Trainers build it with `threatlog demo` or "Open the demo" on the start screen, show every feature
on it, and rebuild it between workshops (reset). It is marked as the demo inside the encrypted
database (meta row `demo`), so the app can say so on screen and a reset can tell the demo from a
real vault: a reset never touches a vault that the demo passphrase does not open or that lacks
the mark.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import NotADemoVault, WrongPassphrase
from app.core.patterns import campaigns
from app.core.records import account_registry, evidence, incidents
from app.core.storage import keyslots
from app.core.storage.database import Connection
from app.core.storage.keyslots import KdfParams
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault, vault_exists
from app.core.untrusted import thumbnails
from app.core.wording import Errors
from app.core.workshop import demo_images, demo_story

Progress = Callable[[int, int], None]

PASSPHRASE = "demo-threatlog-2026"
# The passphrase is printed, shown in the window and written in the docs: a costly key derivation
# would protect nothing here, and would make a trainer wait at every unlock. So the demo uses the
# lowest parameters the key-slot checks accept (the floor tests use), and unlocks at once.
KDF = KdfParams(keyslots.MIN_MEMORY_KIB, keyslots.MIN_ITERATIONS)
_MARK = "demo"
_VAULT_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME)


@dataclass(frozen=True)
class DemoVault:
    folder: Path
    passphrase: str
    built: bool  # False: an existing demo vault was kept as it was
    incidents: int
    seconds: float


def is_demo(conn: Connection) -> bool:
    """Whether this open vault is the demo (one indexed row: cheap enough for the GUI thread)."""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (_MARK,)).fetchone() is not None


def _require_demo(folder: Path) -> None:
    refusal = Errors.tr("The vault in {folder} is not the Threatlog demo; the demo never replaces a real vault. "
                        "Choose another folder for the demo.").format(folder=folder)
    try:
        with Vault.open(folder, passphrase=PASSPHRASE) as vault:
            if not is_demo(vault.connection()):
                raise NotADemoVault(refusal)
    except WrongPassphrase:
        raise NotADemoVault(refusal) from None


def _remove_vault_files(folder: Path) -> None:
    # Plain deletion, not the crypto-erase of erase.py: everything in the demo is invented and public.
    for name in _VAULT_FILES:
        (folder / name).unlink(missing_ok=True)


def ensure(folder: Path, *, reset: bool = False, progress: Progress | None = None) -> DemoVault:
    """Build the demo in `folder` unless it is already there (or rebuild it, with reset).

    Raises NotADemoVault, and changes nothing, if `folder` holds a vault that is not the demo.
    """
    started = time.perf_counter()
    if vault_exists(folder):
        _require_demo(folder)
        if not reset:
            with Vault.open(folder, passphrase=PASSPHRASE) as vault:
                count = vault.connection().execute("SELECT count(*) FROM incidents").fetchone()[0]
            return DemoVault(folder, PASSPHRASE, False, count, time.perf_counter() - started)
        _remove_vault_files(folder)
    vault, _recovery_code = Vault.create(folder, PASSPHRASE, KDF)
    try:
        with vault:
            count = _fill(vault, progress)
    except BaseException:
        _remove_vault_files(folder)  # half a demo would show a broken story: none is better
        raise
    return DemoVault(folder, PASSPHRASE, True, count, time.perf_counter() - started)


def open_demo(folder: Path, *, reset: bool = False, progress: Progress | None = None) -> Vault:
    """The demo vault, open, built first if it is missing (or rebuilt, with reset)."""
    ensure(folder, reset=reset, progress=progress)
    return Vault.open(folder, passphrase=PASSPHRASE)


def _fill(vault: Vault, progress: Progress | None) -> int:
    entries = demo_story.story()
    total = len(entries) + 1  # the last step: thumbnails
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (_MARK,))
        ids = incidents.create_many(conn, [entry.draft for entry in entries])
        for done, (entry, incident_id) in enumerate(zip(entries, ids), start=1):
            if entry.pictures:
                evidence.attach_many(conn, incident_id, [
                    evidence.bytes_source(demo_images.render(picture), name, "screen_capture")
                    for name, picture in entry.pictures])
            if progress is not None:
                progress(done, total)
        _describe_accounts(conn)
        _make_campaigns(conn, {entry.key: i for entry, i in zip(entries, ids) if entry.key})
    thumbnails.make_pending(vault.connection())
    if progress is not None:
        progress(total, total)
    return len(ids)


def _describe_accounts(conn: Connection) -> None:
    for note in demo_story.ACCOUNT_NOTES:
        account_id = account_registry.resolve(conn, f"{note.platform}:{note.handle}")
        account_registry.update(conn, account_id, display_name=note.display_name, notes=note.notes)
    survivor, merged = (account_registry.resolve(conn, f"{p}:{h}") for p, h in demo_story.MERGED_ACCOUNTS)
    account_registry.merge(conn, survivor, merged)


def _make_campaigns(conn: Connection, ids_by_key: dict[str, str]) -> None:
    for campaign in demo_story.HAND_CAMPAIGNS:
        campaigns.create(conn, campaign.name, [ids_by_key[key] for key in campaign.keys], campaign.description)
