"""Hostile media corpus: files built to break decoders, under names built to break paths, screens and zips.

Attached the way a user attaches them: through the CLI (`add --attach`, `attach`) for every name the
file system accepts, through the core API for the names it refuses (a path, NUL, over 255 bytes).
Then what the user and a court see: each file written back out by `threatlog evidence` is the same
bytes with the same SHA-256; every name shown is safe (no path, control or bidi character, no
Windows device name); the exported bundle's member names are too, and the bundle passes the
recipient's stock-tool checks (ssh-keygen, sha256sum) and our verifier. Decoding in isolation,
one hostile image at a time, is tests/core/test_isolation.py; single names, test_filenames.py.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zipfile
from pathlib import Path

import pytest

from app.core.bundles.verify import verify_bundle
from app.core.records import evidence
from app.core.records.evidence import EvidenceItem
from app.core.storage.vault import Vault
from app.core.untrusted import thumbnails
from tests.bundle_helpers import extract, stock_tool_failures
from tests.conftest import PASSPHRASE
from tests.hostile_media import API_NAMES, FILESYSTEM_NAMES, hostile_media
from tests.reliability.cli_run import Outcome, run_cli

# Windows device names, whatever follows a dot (docs: filenames.py).
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{d}{n}" for d in ("COM", "LPT") for n in "123456789"}


def _unsafe(name: str, max_bytes: int) -> str:
    """Why a name is not safe to show or to extract on Windows, macOS and Linux ('' when it is)."""
    if not name or len(name.encode("utf-8")) > max_bytes:
        return "empty or too long"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        return "a control, bidi or undecodable character"
    if any(ch in '<>:"\\|?*' for ch in name):
        return "a character Windows refuses"
    for part in name.split("/"):
        if part in ("", ".", "..") or part.split(".")[0].upper() in _DEVICES or part != part.rstrip(" ."):
            return f"the path part {part!r}"
    return ""


@pytest.fixture(scope="module")
def corpus() -> dict[str, bytes]:
    """Hostile names, each with hostile or distinct content: name -> bytes."""
    media = list(hostile_media().values())
    files = dict(zip(FILESYSTEM_NAMES, media, strict=True))
    files.update({name: f"attached as {name!r}".encode("utf-8", "surrogateescape") for name in API_NAMES})
    return files


def _cli(vault_dir: Path, secret: Path, *args: str) -> Outcome:
    outcome = run_cli(vault_dir, secret, *args)
    assert outcome.code == 0 and "Traceback" not in outcome.out + outcome.err, outcome
    return outcome


@pytest.mark.timeout(300)
def test_hostile_files_survive_with_their_bytes_and_safe_names(corpus: dict[str, bytes], tmp_path: Path,
                                                              record) -> None:
    vault_dir, received, out = tmp_path / "vault", tmp_path / "received", tmp_path / "out"
    for folder in (received, out):
        folder.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    paths = []
    for number, name in enumerate(FILESYSTEM_NAMES):
        (received / str(number)).mkdir()  # NFC/NFD twins are two files wherever the file system normalises
        paths.append(received / str(number) / name)
        paths[-1].write_bytes(corpus[name])
    assert [p.name for p in paths] == list(FILESYSTEM_NAMES)

    _cli(vault_dir, secret, "init", "--kdf-memory", "64", "--kdf-iterations", "3")
    args = [a for p in paths[:3] for a in ("--attach", str(p))]
    incident = _cli(vault_dir, secret, "add", "--type", "harassment", "--title", "Files the trolls sent",
                    *args).out.strip()
    _cli(vault_dir, secret, "attach", incident, *map(str, paths[3:]))
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        with vault.transaction() as conn:
            evidence.attach_many(conn, incident, [evidence.bytes_source(corpus[n], n, "file") for n in API_NAMES])
        thumbnails.make_pending(vault.connection())  # what the CLI does after its commit
        items: list[EvidenceItem] = list(evidence.for_incident(vault.connection(), incident))
    record("hostile files attached", len(corpus))

    survived = 0
    by_sha = {hashlib.sha256(data).hexdigest(): name for name, data in corpus.items()}
    assert sorted(item.sha256 for item in items) == sorted(by_sha)  # every file is there, none twice
    for number, item in enumerate(items):
        copy = out / f"copy-{number}"
        _cli(vault_dir, secret, "evidence", item.sha256, "--out", str(copy))
        kept = copy.read_bytes() == corpus[by_sha[item.sha256]] and hashlib.sha256(copy.read_bytes()).hexdigest() \
            == item.sha256
        assert kept, f"{by_sha[item.sha256]!r} came back altered"
        assert _unsafe(item.display_name, 120) == "", (by_sha[item.sha256], item.display_name)
        survived += 1
    shown = _cli(vault_dir, secret, "show", incident).out  # what the terminal shows
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in shown.replace("\n", "")), repr(shown)

    bundle = out / "bundle.zip"
    _cli(vault_dir, secret, "export", "--all", "--out", str(bundle))
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
    problems = {name: _unsafe(name.rstrip("/"), 1024) for name in names}
    assert {n: p for n, p in problems.items() if p} == {}
    assert all(len(part.encode()) <= 255 for name in names for part in name.split("/"))
    folded = {unicodedata.normalize("NFC", name).casefold() for name in names}
    assert len(folded) == len(names), "two members would extract to one file on Windows or macOS"
    assert len([n for n in names if "/data/evidence/" in n]) == len(corpus)
    assert verify_bundle(bundle).intact
    assert stock_tool_failures(extract(bundle, tmp_path / "lawyer")) == []
    record("hostile files survived", survived)
    print(f"\nhostile corpus: {survived} of {len(corpus)} files kept byte for byte with safe names; "
          f"bundle of {len(names)} members verified with ssh-keygen and sha256sum")
