"""Tamper: flipped bytes in the database, the write-ahead log and the key-slot file are detected,
reported in plain words by the core and by `threatlog check`, and nothing crashes.

Each case starts from a pristine copy of one populated vault and flips one byte at a random place
(seeded, printed). Detected means: opening refuses with one of our errors, or `integrity.check`
reports damage; and `threatlog check` exits non-zero with a message, never a traceback.
tests/core/test_integrity.py names pages and items precisely; this counts, over many places.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

import pytest

from app.core.checks import integrity
from app.core.errors import ThreatlogError
from app.core.records import incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage import keyslots
from app.core.storage.keyslots import DEFAULT_CIPHER_PAGE_SIZE
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from tests.bundle_helpers import populate
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.helpers import crash_image, flip_byte
from tests.reliability.cli_run import run_cli

PAGE = DEFAULT_CIPHER_PAGE_SIZE
FRAME = 24 + PAGE
CASES_PER_FILE = 12


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A populated vault, as closed (`closed/`) and as a crash leaves it, its last six saves still only in
    the write-ahead log (`crashed/`)."""
    root = tmp_path_factory.mktemp("pristine")
    vault, _ = Vault.create(root / "live", PASSPHRASE, TEST_KDF)
    populate(vault)
    vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    crash_image(root / "live", root / "closed")
    vault.connection().execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(6):
        with vault.transaction() as conn:
            incidents.create(conn, IncidentDraft("harassment", f"Saved change {n}"))
    crash_image(root / "live", root / "crashed")
    vault.close()
    (root / "passphrase.txt").write_text(PASSPHRASE, encoding="utf-8")
    return root


def _detected_by_core(folder: Path) -> str:
    """How the core noticed the damage ('' if it did not)."""
    try:
        with Vault.open(folder, passphrase=PASSPHRASE) as vault:
            report = integrity.check(vault)
    except ThreatlogError as error:
        assert str(error).strip()
        return type(error).__name__
    return "" if report.healthy else "check"


def _image(pristine: Path, name: str) -> Path:
    # The database is damaged as closed: in a crash image, a page the log holds a newer copy of
    # is overwritten at the next checkpoint, so damage to it would be harmless.
    return pristine / ("crashed" if name.endswith("-wal") else "closed")


def _tamper(pristine: Path, case: Path, name: str, offset: int, mask: int) -> Path:
    shutil.copytree(_image(pristine, name), case)
    flip_byte(case / name, offset, mask)
    return case


def _places(rng: random.Random, name: str, size: int) -> list[int]:
    if name == DB_NAME:  # one byte in each of several pages, the first ones (schema, key tables) included
        pages = sorted(rng.sample(range(size // PAGE), CASES_PER_FILE - 2) + [0, 1])
        return [p * PAGE + rng.randrange(PAGE) for p in pages]
    if name.endswith("-wal"):  # the header, frame headers and frame contents
        frames = (size - 32) // FRAME
        return [rng.randrange(32)] + [32 + rng.randrange(frames) * FRAME + rng.randrange(24)] + [
            32 + rng.randrange(frames) * FRAME + 24 + rng.randrange(PAGE) for _ in range(CASES_PER_FILE - 2)]
    return [rng.randrange(size) for _ in range(CASES_PER_FILE)]


def test_flipped_bytes_are_detected_and_reported_in_plain_words(pristine: Path, tmp_path: Path, record) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    made, detected, harmless, missed = 0, 0, 0, []
    for name in (DB_NAME, DB_NAME + "-wal", SLOTS_NAME):
        size = (_image(pristine, name) / name).stat().st_size
        for offset in _places(rng, name, size):
            mask = rng.randrange(1, 256)
            case = _tamper(pristine, tmp_path / f"{name}-{offset}", name, offset, mask)
            made += 1
            if name == SLOTS_NAME and _same_slots(_image(pristine, name) / name, case / name):
                harmless += 1  # e.g. one JSON whitespace for another: the same key slots
                continue
            # Each on its own copy: SQLite's recovery, at the first open of any kind, rewrites the log's
            # index, which is what tells that a damaged last commit had been acknowledged (see the report).
            second = shutil.copytree(case, case.with_name(case.name + "-core"))
            cli = run_cli(case, pristine / "passphrase.txt", "check")
            how = _detected_by_core(second)
            shutil.rmtree(second)
            if how and cli.code != 0 and cli.plain:
                detected += 1
            else:
                missed.append(f"{name} byte {offset} ^ {mask:#04x}: core {how or 'healthy'}, check exit {cli.code}")
            shutil.rmtree(case)
    print(f"\ntamper seed {seed}: {detected} of {made} flipped bytes detected ({harmless} harmless: the same "
          f"key slots once parsed); missed: {missed}")
    record("tampers made", made - harmless)
    record("tampers detected", detected)
    assert missed == []


def _same_slots(original: Path, damaged: Path) -> bool:
    try:
        return keyslots.parse(damaged.read_bytes()) == keyslots.parse(original.read_bytes())
    except ThreatlogError:
        return False


def test_damage_to_the_unused_recovery_slot_is_reported(pristine: Path, tmp_path: Path) -> None:
    case = shutil.copytree(pristine / "closed", tmp_path / "case")
    doc = json.loads((case / SLOTS_NAME).read_text())
    [recovery] = [slot for slot in doc["slots"] if slot["kind"] == "recovery"]
    recovery["wrapped_key"] = recovery["wrapped_key"][:5] + ("A" if recovery["wrapped_key"][5] != "A" else "B") + \
        recovery["wrapped_key"][6:]
    (case / SLOTS_NAME).write_text(json.dumps(doc, indent=2))
    cli = run_cli(case, pristine / "passphrase.txt", "check")
    assert cli.code == 1 and "key-slot" in cli.out, cli.out


@pytest.mark.parametrize("field, value", [("memory_kib", 64 * 1024 * 1024), ("iterations", 10**9), ("lanes", 1 << 24),
                                          ("lanes", 0), ("memory_kib", -1), ("iterations", 3.5)])
def test_absurd_kdf_parameters_are_refused_before_any_derivation(pristine: Path, tmp_path: Path, field: str, value,
                                                                 monkeypatch: pytest.MonkeyPatch, record) -> None:
    case = shutil.copytree(pristine / "closed", tmp_path / "case")
    doc = json.loads((case / SLOTS_NAME).read_text())
    for slot in doc["slots"]:
        slot["kdf"][field] = value
    (case / SLOTS_NAME).write_text(json.dumps(doc))

    def no_derivation(*args: object, **kwargs: object) -> None:
        raise AssertionError("Argon2id was run with parameters read from a crafted file")

    monkeypatch.setattr(keyslots, "Argon2id", no_derivation)
    started = time.perf_counter()
    with pytest.raises(ThreatlogError) as refused:
        Vault.open(case, passphrase=PASSPHRASE)
    cli = run_cli(case, pristine / "passphrase.txt", "check")
    assert time.perf_counter() - started < 0.5
    assert type(refused.value).__name__ == "KeySlotInvalid" and str(refused.value)
    assert cli.code == 1 and cli.plain and "Traceback" not in cli.err
    record("tampers made", 1)
    record("tampers detected", 1)
