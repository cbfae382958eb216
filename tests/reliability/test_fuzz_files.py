"""Fuzzing the parsers of the files we write and read back: the key-slot file, a backup, a bundle.

Each starts from a real file Threatlog wrote and feeds hostile variations of it (flipped, cut and
inserted bytes; well-formed JSON with a lying field; garbage) to the public reader. The reader
must succeed or refuse with one of our errors, with a message (tests/reliability/fuzzing.py). A
verified bundle must moreover never be called intact once a byte of any member has changed: that
is what a court relies on. (incidents.json is read by no code of ours: it is checked as a member
of the bundle, against the signed manifests.)
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.bundles.bundle import Selection, export_bundle
from app.core.bundles.verify import verify_bundle
from app.core.errors import ArchiveRefused, BackupInvalid, KeySlotInvalid, ThreatlogError
from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage import backup, backup_file, keyslots
from app.core.storage.keyslots import KdfParams, KeySlot, KeySlotFile
from app.core.storage.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.helpers import png_bytes
from tests.reliability.fuzzing import FUZZ, Damage, Examples, Variant, damages, hostile_variants, ours


def _slot_file() -> bytes:
    """A key-slot file as Threatlog writes it (random key material: parsing needs no derivation)."""
    slots = tuple(KeySlot(kind, KdfParams(256 * 1024, 4), os.urandom(16), os.urandom(12), os.urandom(48))
                  for kind in keyslots.SLOT_KINDS)
    return keyslots.serialize(KeySlotFile("5f0c6a5e-3c1b-4d2e-9a40-1f2e3d4c5b6a", 16384, slots))


SLOT_FILE = _slot_file()


def test_key_slot_file(record, tmp_path: Path) -> None:
    examples = Examples()

    @FUZZ
    @given(hostile_variants(json.loads(SLOT_FILE)))
    def run(variant: Variant) -> None:
        examples()
        untrusted = variant.of(SLOT_FILE)
        parsed = ours(lambda: keyslots.parse(untrusted))
        assert isinstance(parsed, (KeySlotFile, KeySlotInvalid))
        path = tmp_path / "keyslots.json"
        path.write_bytes(untrusted)
        loaded = ours(lambda: keyslots.load(path))
        assert type(loaded) is type(parsed)
        if isinstance(parsed, KeySlotFile):
            for slot in parsed.slots:  # what was accepted is safe to derive with
                slot.kdf.check()

    run()
    examples.record(record, "key-slot file")


# ---- Backups -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backup_zip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("backup")
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, TEST_KDF)
    with vault.transaction() as conn:
        incidents.create(conn, IncidentDraft("threat", "Backed up"))
    backup.backup(vault, folder / "vault.tlbackup")
    vault.close()
    return (folder / "vault.tlbackup").read_bytes()


def _members(archive_bytes: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _with_member(archive_bytes: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for member, original in _members(archive_bytes).items():
            archive.writestr(member, data if member == name else original)
    return out.getvalue()


def _read_whole(path: Path) -> int:
    with backup_file.open_backup(path) as opened:
        return sum(len(chunk) for chunk in opened.database_chunks())


def test_backup_file(record, backup_zip: bytes, tmp_path: Path) -> None:
    examples = Examples()
    manifest_name = f"{backup_file.TOP_FOLDER}/{backup_file.MANIFEST_NAME}"
    manifest = _members(backup_zip)[manifest_name]

    @FUZZ
    @given(st.tuples(st.just(True), hostile_variants(json.loads(manifest)))
           | st.tuples(st.just(False), st.builds(Variant, damages)))
    # Found by this test: a backup missing its first byte made safezip seek to offset -1 (OSError).
    @example((False, Variant(damage=(Damage("cut", 0),))))
    def run(case: tuple[bool, Variant]) -> None:
        examples()
        in_manifest, variant = case
        untrusted = _with_member(backup_zip, manifest_name, variant.of(manifest)) if in_manifest \
            else variant.of(backup_zip)
        path = tmp_path / "hostile.tlbackup"
        path.write_bytes(untrusted)
        outcome = ours(lambda: _read_whole(path))
        assert isinstance(outcome, (int, BackupInvalid)), outcome

    run()
    examples.record(record, "backup file")


# ---- Bundles -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle_zip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("bundle")
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, TEST_KDF)
    with vault.transaction() as conn:
        incident = incidents.create(conn, IncidentDraft("threat", "Ölüm təhdidi", text="Səni tapacağıq."))
        evidence.attach_stream(conn, incident, io.BytesIO(png_bytes(40, 30)), "screenshot.png")
    path = export_bundle(vault, folder / "bundle.zip", Selection(ids=(incident,))).path
    vault.close()
    assert verify_bundle(path).intact
    return path.read_bytes()


BAG_MEMBERS = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
               "tagmanifest-sha256.txt.sig", "allowed_signers", "data/incidents.json", "data/custody-log.jsonl")


def _damaged_member(archive_bytes: bytes, member: str, line: int, variant: Variant) -> tuple[bytes, bool]:
    """The bundle with one member's bytes damaged (one line of the custody log, as the chain checker
    reads them); and whether its content changed."""
    members = _members(archive_bytes)
    top = next(iter(members)).split("/", 1)[0]
    name = f"{top}/{member}"
    original = members[name]
    if name.endswith(".jsonl"):
        lines = original.split(b"\n")
        at = line % (len(lines) - 1)
        lines[at] = variant.of(lines[at])
        damaged = b"\n".join(lines)
    else:
        damaged = variant.of(original)
    return _with_member(archive_bytes, name, damaged), damaged != original


# The shapes of the JSON members, for lies in their fields (the real values come from the bundle).
_JSON_TEMPLATES = {
    "data/incidents.json": {"format": "", "version": 1, "exported_at": "", "bundle_id": "", "signer_fingerprint": "",
                            "included": {"notes": False, "location": False}, "incidents": [{
                                "id": "", "title": "", "type": "", "revision": 1, "details": {}, "evidence": [
                                    {"sha256": "", "filename": "", "path": "", "size": 0}]}]},
    "data/custody-log.jsonl": {"seq": 1, "utc_time": "", "action": "", "object_id": "", "object_sha256": "",
                               "prev_hash": "", "hash": "", "redacted": False},
}
member_damage = st.sampled_from(BAG_MEMBERS).flatmap(lambda member: st.tuples(
    st.just(member), st.integers(0, 50), hostile_variants(_JSON_TEMPLATES.get(member))))


def test_bundle_verifier(record, bundle_zip: bytes, tmp_path: Path) -> None:
    examples = Examples()
    assert verify_bundle(_write(tmp_path, _with_member(bundle_zip, "", b""))).intact  # rewriting alone keeps it

    @FUZZ
    @given(st.one_of(member_damage, st.builds(Variant, damages)))
    def run(case: tuple[str, int, Variant] | Variant) -> None:
        examples()
        if isinstance(case, Variant):  # the zip's own structure damaged
            untrusted, changed = case.of(bundle_zip), None
        else:
            untrusted, changed = _damaged_member(bundle_zip, *case)
        report = ours(lambda: verify_bundle(_write(tmp_path, untrusted), now=datetime.now(timezone.utc)))
        assert not isinstance(report, ThreatlogError) or isinstance(report, ArchiveRefused), report
        if isinstance(report, ArchiveRefused):
            return  # refused whole: not intact
        if changed:  # a member's bytes differ from what was signed: a court must hear NOT INTACT
            assert not report.intact, report.verdict()
        if changed is None and report.intact:
            # Damage to the zip's own structure may leave every member's bytes as signed (a timestamp,
            # an unused field): intact is then right, and only then.
            try:
                same = _members(untrusted) == _members(bundle_zip)
            except zipfile.BadZipFile:  # zipfile's CRC check: a member's bytes changed
                same = False
            assert same, "called intact, but a member's bytes are not those signed"

    run()
    # A folder is not a bundle: refused with our error, as `threatlog verify` does.
    assert isinstance(ours(lambda: verify_bundle(tmp_path)), ArchiveRefused)
    examples.record(record, "bundle verifier")


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "hostile.zip"
    path.write_bytes(data)
    return path
