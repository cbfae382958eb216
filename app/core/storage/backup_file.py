"""The backup file's format, and reading one that someone hands us (docs/cli.md, "Backups").

A backup is a zip (every member STORED) holding one folder, `threatlog-backup/`, with `vault.db`,
`keyslots.json` and `manifest.json`. Read as untrusted input: it may be truncated, altered or
crafted. Its structure, manifest and key slots (KDF parameters bounds-checked) are checked before
anything else; the database then streams out, its size checked as it goes. Writing and restoring
are in app.core.storage.backup.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.errors import ArchiveRefused, BackupInvalid, KeySlotInvalid
from app.core.storage import keyslots
from app.core.storage.vault import DB_NAME, SLOTS_NAME
from app.core.untrusted import safezip
from app.core.wording import Errors, Text, plain

FORMAT = "threatlog-backup"
VERSION = 1
TOP_FOLDER = "threatlog-backup"
MANIFEST_NAME = "manifest.json"
MEMBERS = (DB_NAME, SLOTS_NAME, MANIFEST_NAME)
MAX_MANIFEST_BYTES = 16 * 1024
MAX_DATABASE_BYTES = safezip.MAX_TOTAL_BYTES
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FILE_MODE = 0o100600  # unzip restores owner-only permissions, as a vault's files have
_UNIX = 3


@dataclass(frozen=True)
class Manifest:
    created_at: str
    vault_id: str
    cipher_page_size: int
    files: dict[str, tuple[int, str]]  # name -> (size, sha256)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": self.created_at,
            "vault_id": self.vault_id,
            "cipher_page_size": self.cipher_page_size,
            "files": {name: {"size": size, "sha256": sha} for name, (size, sha) in sorted(self.files.items())},
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def zip_info(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{TOP_FOLDER}/{name}", (when.year, when.month, when.day, when.hour, when.minute,
                                                    when.second))
    info.compress_type = zipfile.ZIP_STORED  # ciphertext does not compress
    info.create_system = _UNIX
    info.external_attr = _FILE_MODE << 16
    return info


def invalid(reason: Text) -> BackupInvalid:
    return BackupInvalid(Errors.tr("This file is not a usable Threatlog backup: {reason}. Nothing was restored.")
                         .format(reason=reason))


# How app.core.untrusted.safezip words its refusals, for bundles: a backup's message takes only the reason in it.
_ARCHIVE_REFUSED = "The archive was refused: {reason}. Nothing was extracted."


def _refused(refused: ArchiveRefused) -> BackupInvalid:
    reason = dict(refused.text.fields).get("reason")
    if refused.text.template == _ARCHIVE_REFUSED and reason is not None:
        return invalid(reason if isinstance(reason, Text) else plain(str(reason)))
    return BackupInvalid(Errors.tr("This file is not a usable Threatlog backup. {refusal} Nothing was restored.")
                         .format(refusal=refused.text))


def _load_json_strict(untrusted: bytes) -> object:
    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise ValueError("a key appears twice")
        return dict(items)

    return json.loads(untrusted.decode("utf-8"), object_pairs_hook=pairs)


def _whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_manifest(untrusted: bytes) -> Manifest:
    try:
        doc = _load_json_strict(untrusted)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise invalid(Errors.tr("its manifest is not valid JSON")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise invalid(Errors.tr("its manifest does not describe a Threatlog backup"))
    if doc.get("version") != VERSION:
        raise invalid(Errors.tr("it was written by another version of Threatlog"))
    created_at, vault_id, page_size, files = (doc.get(k) for k in ("created_at", "vault_id", "cipher_page_size",
                                                                  "files"))
    if not isinstance(created_at, str) or not 1 <= len(created_at) <= 40:
        raise invalid(Errors.tr("its manifest has no creation time"))
    if not isinstance(vault_id, str) or not 1 <= len(vault_id) <= 64:
        raise invalid(Errors.tr("its manifest names no vault"))
    if not _whole_number(page_size) or page_size not in keyslots.CIPHER_PAGE_SIZES:
        raise invalid(Errors.tr("its manifest names an unsupported page size"))
    if not isinstance(files, dict) or set(files) != {DB_NAME, SLOTS_NAME}:
        raise invalid(Errors.tr("its manifest must list exactly {database} and {key_slots}").format(
            database=DB_NAME, key_slots=SLOTS_NAME))
    parsed: dict[str, tuple[int, str]] = {}
    for name, entry in files.items():
        size = entry.get("size") if isinstance(entry, dict) else None
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or set(entry) != {"size", "sha256"} or not _whole_number(size) or size < 0 \
                or not isinstance(sha, str) or not _HEX64.fullmatch(sha):
            raise invalid(Errors.tr("its manifest entry for {name} is malformed").format(name=name))
        parsed[name] = (size, sha)
    return Manifest(created_at, vault_id, page_size, parsed)


class OpenedBackup:
    """A backup whose structure, manifest and key slots passed every check; the database streams out."""

    def __init__(self, archive: safezip.SafeZip, manifest: Manifest, slots: keyslots.KeySlotFile,
                 slots_bytes: bytes) -> None:
        self._archive = archive
        self.manifest = manifest
        self.slots = slots
        self.slots_bytes = slots_bytes
        self.database_read = 0

    def database_chunks(self) -> Iterator[bytes]:
        """The database member's bytes; raises BackupInvalid if they are fewer or more than declared."""
        expected = self.manifest.files[DB_NAME][0]
        self.database_read = 0
        try:
            for chunk in self._archive.stream(DB_NAME):
                self.database_read += len(chunk)
                if self.database_read > expected:
                    break
                yield chunk
        except safezip.MemberUnreadable as error:
            raise invalid(Errors.tr("the database in it cannot be read ({details})").format(
                details=str(error))) from None
        if self.database_read != expected:
            raise invalid(Errors.tr("the database in it is not the size its manifest declares (truncated?)"))

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> OpenedBackup:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _read_member(archive: safezip.SafeZip, name: str, limit: int) -> bytes:
    info = archive.files[name].info
    if info.file_size > limit:
        raise invalid(Errors.tr("its {name} is far larger than any real one").format(name=name))
    parts, size = [], 0
    try:
        for chunk in archive.stream(name):
            size += len(chunk)
            if size > limit:
                raise invalid(Errors.tr("its {name} is far larger than any real one").format(name=name))
            parts.append(chunk)
    except safezip.MemberUnreadable as error:
        raise invalid(Errors.tr("its {name} cannot be read ({details})").format(
            name=name, details=str(error))) from None
    return b"".join(parts)


def open_backup(untrusted_path: Path) -> OpenedBackup:
    """Check everything about a backup that can be checked without reading the whole database."""
    path = Path(untrusted_path)
    if not path.is_file():
        raise BackupInvalid(Errors.tr("'{path}' is not a file.").format(path=path))
    if path.stat().st_size > MAX_DATABASE_BYTES + 1024 * 1024:
        raise invalid(Errors.tr("it is larger than any backup Threatlog writes"))
    try:
        archive = safezip.open_archive(path)
    except ArchiveRefused as refused:
        raise _refused(refused) from None
    try:
        if archive.top != TOP_FOLDER or set(archive.files) != set(MEMBERS):
            raise invalid(Errors.tr("it must hold exactly {folder}/ with {names}").format(
                folder=TOP_FOLDER, names=", ".join(MEMBERS)))
        for name in MEMBERS:
            if archive.files[name].info.compress_type != zipfile.ZIP_STORED:
                raise invalid(Errors.tr("its {name} is compressed, which Threatlog never does").format(name=name))
        manifest = _parse_manifest(_read_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES))
        db_size, _ = manifest.files[DB_NAME]
        if archive.files[DB_NAME].info.file_size != db_size or archive.files[SLOTS_NAME].info.file_size != \
                manifest.files[SLOTS_NAME][0]:
            raise invalid(Errors.tr("its files are not the sizes its manifest declares"))
        if db_size == 0 or db_size % manifest.cipher_page_size or db_size > MAX_DATABASE_BYTES:
            raise invalid(Errors.tr("the database in it is not a whole number of encrypted pages"))
        slots_bytes = _read_member(archive, SLOTS_NAME, keyslots.MAX_SLOT_FILE_BYTES)
        if hashlib.sha256(slots_bytes).hexdigest() != manifest.files[SLOTS_NAME][1]:
            raise invalid(Errors.tr("its {name} does not match the SHA-256 in its manifest (altered or damaged)")
                          .format(name=SLOTS_NAME))
        try:
            # Bounds-checks the KDF parameters: a crafted slot file is refused before any derivation.
            slots = keyslots.parse(slots_bytes)
        except KeySlotInvalid as error:
            raise invalid(Errors.tr("its key slots are refused ({reason})").format(reason=error.text)) from None
        if slots.vault_id != manifest.vault_id or slots.cipher_page_size != manifest.cipher_page_size:
            raise invalid(Errors.tr("its key slots belong to another vault than its manifest names"))
    except BaseException:
        archive.close()
        raise
    return OpenedBackup(archive, manifest, slots, slots_bytes)
