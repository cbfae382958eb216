"""`threatlog verify` and the stock-tool steps of VERIFY.txt, against every tampering a court fears.

Each tampered bundle must be caught twice, independently: by our verifier (NOT INTACT, with the
right file status and reason) and by the steps VERIFY.txt gives the lawyer (ssh-keygen,
sha256sum, a file count, the custody chain walked with plain JSON).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.bundles import allowed_signers, bundle, signing
from app.core.bundles.bagtext import BagTextInvalid, parse_bag_info, parse_manifest
from app.core.bundles.bundle import Selection
from app.core.bundles.custody_export import MAX_LINE_BYTES, ChainChecker
from app.core.bundles.verify import FileStatus, TrustedKeys, verify_bundle
from app.core.records import custody
from app.core.storage.vault import Vault
from tests.bundle_helpers import extract, populate, rewrite_zip, stock_tool_failures
from tests.conftest import PASSPHRASE, TEST_KDF

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None or shutil.which("sha256sum") is None,
                                reason="needs ssh-keygen and sha256sum")

Members = dict[str, bytes]


@dataclass
class Exported:
    zip: Path
    fingerprint: str
    allowed_signers: bytes
    other_key: signing.SigningKey  # another vault's key
    other_allowed_signers: bytes


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    folder = tmp_path_factory.mktemp("exported")
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, TEST_KDF)
    other, _ = Vault.create(folder / "other-vault", PASSPHRASE, TEST_KDF)
    with vault, other:
        populate(vault)
        result = bundle.export_bundle(vault, folder / "bundle.zip", Selection())
        key, other_key = signing.load(vault.connection()), signing.load(other.connection())
        return Exported(result.path, key.fingerprint(), (key.allowed_signers_line() + "\n").encode(),
                        other_key, (other_key.allowed_signers_line() + "\n").encode())


def _evidence_path(members: Members) -> str:
    return next(p for p in sorted(members) if p.startswith("data/evidence/") and p.endswith(".mp4"))


def _flip_byte(data: bytes, at: int = 100) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def _change_payload(m: Members) -> Members:
    path = _evidence_path(m)
    return {**m, path: _flip_byte(m[path])}


def _change_manifest(m: Members) -> Members:
    text = m["manifest-sha256.txt"]
    return {**m, "manifest-sha256.txt": text.replace(text[:1], b"f" if text[:1] != b"f" else b"e", 1)}


def _change_bag_info(m: Members) -> Members:
    return {**m, "bag-info.txt": m["bag-info.txt"].replace(b"Bagging-Date: 20", b"Bagging-Date: 19")}


def _rename(m: Members) -> Members:
    path = _evidence_path(m)
    renamed = {k: v for k, v in m.items() if k != path}
    renamed[path.replace(".mp4", "-renamed.mp4")] = m[path]
    return renamed


def _add(m: Members) -> Members:
    return {**m, "data/evidence/planted.jpg": b"a file that was never in the vault"}


def _remove(m: Members) -> Members:
    return {k: v for k, v in m.items() if k != _evidence_path(m)}


def _change_custody(m: Members) -> Members:
    lines = m["data/custody-log.jsonl"].decode().splitlines(keepends=True)
    entry = json.loads(lines[1])
    entry["utc_time"] = "2020-01-01T00:00:00.000000Z"  # backdated
    lines[1] = json.dumps(entry, ensure_ascii=False) + "\n"
    return {**m, "data/custody-log.jsonl": "".join(lines).encode()}


TAMPERING: dict[str, tuple[Callable[[Members], Members], str, FileStatus, str, str]] = {
    # name: (change, file, its status, a phrase of the reason, a stock-tool step that fails)
    "payload byte": (_change_payload, "data/evidence/", FileStatus.ALTERED, "was altered", "payload"),
    "manifest byte": (_change_manifest, "manifest-sha256.txt", FileStatus.ALTERED, "was altered", "tag files"),
    "bag-info byte": (_change_bag_info, "bag-info.txt", FileStatus.ALTERED, "was altered", "tag files"),
    "renamed file": (_rename, "data/evidence/", FileStatus.MISSING, "is missing", "payload"),
    "added file": (_add, "data/evidence/planted.jpg", FileStatus.UNLISTED, "was added", "file count"),
    "removed file": (_remove, "data/evidence/", FileStatus.MISSING, "is missing", "payload"),
    "custody entry": (_change_custody, "data/custody-log.jsonl", FileStatus.ALTERED, "was altered", "custody chain"),
}


@pytest.mark.parametrize("name", TAMPERING)
def test_tampering_is_caught_by_us_and_by_the_stock_tools(exported: Exported, tmp_path: Path, name: str) -> None:
    change, file_prefix, status, reason, stock_step = TAMPERING[name]
    tampered = tmp_path / "tampered.zip"
    rewrite_zip(exported.zip, tampered, change)
    report = verify_bundle(tampered)
    assert not report.intact
    assert reason in str(report.reason), report.reason
    assert any(c.path.startswith(file_prefix) and c.status is status for c in report.files), report.files
    assert stock_step in stock_tool_failures(extract(tampered, tmp_path / "unzipped"))


def test_an_untouched_bundle_is_intact_for_both(exported: Exported, tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    rewrite_zip(exported.zip, copy, lambda m: m)  # rezipped (as a recipient's tool might) but unchanged
    for path in (exported.zip, copy):
        report = verify_bundle(path)
        assert report.intact, report.reason
        assert str(report.verdict()).startswith(f"INTACT — signed by key {exported.fingerprint}")
        assert all(c.status is FileStatus.OK for c in report.files)
        assert report.chain is not None and report.chain.intact
    assert stock_tool_failures(extract(copy, tmp_path / "unzipped")) == []


def test_a_signature_from_another_vault_is_refused(exported: Exported, tmp_path: Path) -> None:
    def swap(m: Members) -> Members:
        return {**m, "tagmanifest-sha256.txt.sig": exported.other_key.sign(m["tagmanifest-sha256.txt"]).encode()}

    tampered = tmp_path / "swapped-signature.zip"
    rewrite_zip(exported.zip, tampered, swap)
    report = verify_bundle(tampered)
    assert not report.intact and "is not the key in allowed_signers" in str(report.reason)
    assert report.signature.fingerprint == exported.other_key.fingerprint()
    assert "signature" in stock_tool_failures(extract(tampered, tmp_path / "unzipped"))


def test_a_swapped_key_is_refused(exported: Exported, tmp_path: Path) -> None:
    tampered = tmp_path / "swapped-key.zip"
    rewrite_zip(exported.zip, tampered, lambda m: {**m, "allowed_signers": exported.other_allowed_signers})
    report = verify_bundle(tampered)
    assert not report.intact
    assert {c.path: c.status for c in report.files}["allowed_signers"] is FileStatus.ALTERED
    assert not report.signature.valid
    failures = stock_tool_failures(extract(tampered, tmp_path / "unzipped"))
    assert "signature" in failures and "tag files" in failures


def _forge(m: Members, key: signing.SigningKey, change: Callable[[Members], Members]) -> Members:
    """Change the payload, then redo every manifest and the signature with `key`: a full forgery."""
    m = change(m)
    payload = {p: hashlib.sha256(d).hexdigest() for p, d in m.items() if p.startswith("data/")}
    m["manifest-sha256.txt"] = "".join(f"{payload[p]}  {p}\n" for p in sorted(payload)).encode()
    old_identity = m["allowed_signers"].split(b" ", 1)[0]
    old_fingerprint = next(line.split(b": ", 1)[1].strip() for line in m["bag-info.txt"].splitlines()
                           if line.startswith(b"Threatlog-Signer-Fingerprint"))
    m["VERIFY.txt"] = m["VERIFY.txt"].replace(old_identity, key.identity.encode()).replace(
        old_fingerprint, key.fingerprint().encode())
    m["allowed_signers"] = (key.allowed_signers_line() + "\n").encode()
    oxum = f"{sum(len(d) for p, d in m.items() if p.startswith('data/'))}.{len(payload)}"
    fixed = {b"Threatlog-Signer-Fingerprint": key.fingerprint(), b"Payload-Oxum": oxum}
    m["bag-info.txt"] = b"".join(
        label + b": " + fixed[label].encode() + b"\n" if label in fixed else label + b": " + value
        for label, value in (line.split(b": ", 1) for line in m["bag-info.txt"].splitlines(keepends=True)))
    tags = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "allowed_signers", "VERIFY.txt")
    m["tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(m[t]).hexdigest()}  {t}\n" for t in sorted(tags)).encode()
    m["tagmanifest-sha256.txt.sig"] = key.sign(m["tagmanifest-sha256.txt"]).encode()
    return m


def _change_translation(m: Members) -> Members:
    return {**m, "data/incidents.json": m["data/incidents.json"].replace(b"We will find you.", b"Hello.")}


def test_a_full_forgery_is_caught_only_by_the_key_the_recipient_trusts(exported: Exported, tmp_path: Path) -> None:
    forged = tmp_path / "forged.zip"
    rewrite_zip(exported.zip, forged, lambda m: _forge(m, exported.other_key, _change_translation))
    claimed = verify_bundle(forged)
    # Self-consistent, so it is "intact" - but signed by another key, and the verdict says whose.
    assert claimed.intact and claimed.signature.trusted is None
    assert stock_tool_failures(extract(forged, tmp_path / "unzipped")) == []  # the same for the stock tools
    assert exported.other_key.fingerprint() in str(claimed.verdict()) and "own claim" in str(claimed.verdict())
    refused = verify_bundle(forged, TrustedKeys(fingerprint=exported.fingerprint))
    assert not refused.intact and "not a key you trust" in str(refused.reason)
    trust_file = tmp_path / "trusted_signers"
    trust_file.write_bytes(b"lawyer-notes: the client's key\n" + exported.allowed_signers)
    signers = tuple(allowed_signers.read_trust_file(str(trust_file)))
    assert not verify_bundle(forged, TrustedKeys(signers=signers)).intact
    genuine = verify_bundle(exported.zip, TrustedKeys(signers=signers))
    assert genuine.intact and genuine.signature.trusted is True


def test_a_custody_chain_rewritten_by_the_key_holder_is_still_caught(exported: Exported, tmp_path: Path) -> None:
    # Someone with the vault's own key re-signs a backdated custody entry: every hash and the
    # signature check out, but the entry's own hash no longer does.
    forged = tmp_path / "backdated.zip"
    rewrite_zip(exported.zip, forged, lambda m: _forge(m, exported.other_key, _change_custody))
    report = verify_bundle(forged)
    assert not report.intact and str(report.reason) == "custody log: entry 2 was altered after it was written"
    assert report.signature.valid
    assert stock_tool_failures(extract(forged, tmp_path / "unzipped")) == ["custody chain"]


def test_evidence_without_a_custody_attach_entry_is_caught(exported: Exported, tmp_path: Path) -> None:
    def drop_attach_details(m: Members) -> Members:
        lines = [json.loads(line) for line in m["data/custody-log.jsonl"].decode().splitlines()]
        redacted = [{"seq": e["seq"], "prev_hash": e["prev_hash"], "hash": e["hash"], "redacted": True}
                    if e.get("action") == "attach" else e for e in lines]
        return {**m, "data/custody-log.jsonl": "".join(json.dumps(e) + "\n" for e in redacted).encode()}

    forged = tmp_path / "no-attach.zip"
    rewrite_zip(exported.zip, forged, lambda m: _forge(m, exported.other_key, drop_attach_details))
    report = verify_bundle(forged)
    assert not report.intact and "no custody entry records attaching" in str(report.reason)


def test_the_custody_head_must_match_bag_info(exported: Exported, tmp_path: Path) -> None:
    def truncate_chain(m: Members) -> Members:
        lines = m["data/custody-log.jsonl"].splitlines(keepends=True)
        return {**m, "data/custody-log.jsonl": b"".join(lines[:-1])}

    forged = tmp_path / "short-chain.zip"
    rewrite_zip(exported.zip, forged, lambda m: _forge(m, exported.other_key, truncate_chain))
    report = verify_bundle(forged)
    assert not report.intact and "custody head" in str(report.reason)


def test_structural_damage_gives_a_reason_not_a_crash(exported: Exported, tmp_path: Path) -> None:
    cases: dict[str, Callable[[Members], Members]] = {
        "bagit.txt is not": lambda m: {**m, "bagit.txt": b"BagIt-Version: 0.97\n"},
        "bag-info.txt is missing": lambda m: {k: v for k, v in m.items() if k != "bag-info.txt"},
        "line 2 of manifest-sha256.txt": lambda m: {**m, "manifest-sha256.txt": b"0" * 64 + b"  data/x\nnonsense\n"},
        "lists 'data/x' twice": lambda m: {**m, "manifest-sha256.txt": (b"0" * 64 + b"  data/x\n") * 2},
        "Payload-Oxum": lambda m: {**m, "bag-info.txt": m["bag-info.txt"].replace(b"Oxum: ", b"Oxum: 9")},
        "not UTF-8": lambda m: {**m, "bag-info.txt": b"\xff\xfe\x00"},
        "tagmanifest-sha256.txt.sig is missing": lambda m: {k: v for k, v in m.items() if not k.endswith(".sig")},
    }
    for reason, change in cases.items():
        damaged = tmp_path / "damaged.zip"
        rewrite_zip(exported.zip, damaged, change)
        report = verify_bundle(damaged)
        assert not report.intact and reason in str(report.reason), (reason, report.reason)
        damaged.unlink()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def test_cli_verify_needs_no_vault_and_reports_per_file(exported: Exported, tmp_path: Path) -> None:
    result = _cli("verify", str(exported.zip))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith(f"INTACT — signed by key {exported.fingerprint}")
    assert any(line.startswith("OK        data/evidence/") for line in lines)
    assert _cli("verify", str(exported.zip), "--signer", exported.fingerprint).returncode == 0
    assert _cli("verify", str(exported.zip), "--signer", exported.other_key.fingerprint()).returncode == 1

    tampered = tmp_path / "tampered.zip"
    rewrite_zip(exported.zip, tampered, _change_payload)
    result = _cli("verify", str(tampered))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1].startswith("NOT INTACT — data/evidence/")
    assert any(line.startswith("ALTERED   data/evidence/") for line in result.stdout.splitlines())

    not_zip = tmp_path / "letter.zip"
    not_zip.write_bytes(b"Dear court,")
    result = _cli("verify", str(not_zip))
    assert (result.returncode, result.stdout.startswith("NOT INTACT — This is not a zip file")) == (1, True)
    assert _cli("verify", str(tmp_path / "nowhere.zip")).returncode == 2
    assert _cli("verify", str(exported.zip), "--signer", "SHA256:nope").returncode == 2
    assert _cli("verify").returncode == 2


def test_cli_key_and_export(cli_vault, tmp_path: Path) -> None:
    incident = cli_vault("add", "--type", "threat", "--title", "Threat", "--notes", "private").out.strip()
    fingerprint = cli_vault("key").out.strip()
    line = cli_vault("key", "--allowed-signers").out.strip()
    assert fingerprint.startswith("SHA256:") and line.startswith("threatlog-") and "ssh-ed25519" in line
    out = tmp_path / "case.zip"
    result = cli_vault("export", "--out", str(out), "--incident", incident)
    assert result.code == 0, result.err
    sha, path = result.out.strip().split("  ", 1)
    assert Path(path) == out and sha == hashlib.sha256(out.read_bytes()).hexdigest()
    assert verify_bundle(out, TrustedKeys(fingerprint=fingerprint)).intact
    assert cli_vault("export", "--out", str(tmp_path / "x.zip"), "--all", "--type", "threat").code == 2
    assert cli_vault("export", "--out", str(tmp_path / "x.zip")).code == 2
    assert cli_vault("export", "--out", str(tmp_path / "x.zip"), "--type", "blackmail").code == 1
    assert cli_vault("export", "--out", str(out), "--all").code == 1  # exists: never overwritten
    log = json.loads(cli_vault("log", "--json").out)
    assert log[-1]["action"] == "export" and log[-1]["object_sha256"] == sha


def test_verification_reads_without_extracting(exported: Exported, tmp_path: Path) -> None:
    before = sorted(p.name for p in exported.zip.parent.iterdir())
    assert verify_bundle(exported.zip).intact
    assert sorted(p.name for p in exported.zip.parent.iterdir()) == before


def _chain(*entries: dict) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in entries)


def _full(seq: int, prev: str, action: str = "create", object_id: str = "abcd", sha: str = "") -> dict:
    entry = {"seq": seq, "utc_time": "2026-11-22T02:15:01.123456Z", "action": action, "object_id": object_id,
             "object_sha256": sha, "prev_hash": prev}
    return {**entry, "hash": custody.entry_hash(**entry)}


def test_chain_checker_refuses_lines_that_are_not_custody_entries() -> None:
    first = _full(1, custody.GENESIS_HASH)
    second = _full(2, first["hash"], "attach", "abcd", "e" * 64)
    fine = ChainChecker({("abcd", "e" * 64)})
    data = _chain(first, second)
    for at in range(0, len(data), 7):  # any chunking gives the same answer
        fine.feed(data[at:at + 7])
    assert fine.finish(second["hash"]).intact

    cases = {
        "is not a JSON custody entry": b'{"seq": 1, "seq": 1}\n',
        "does not have the fields": _chain({"seq": 1}),
        "wrong type": _chain({**first, "seq": "1"}),
        "far longer": b"x" * (MAX_LINE_BYTES + 10),
        "not a complete line": json.dumps(first).encode(),
        "missing or reordered": _chain(second),
        "is empty": b"",
        "no custody entry records attaching": _chain(first),
    }
    for phrase, untrusted in cases.items():
        checker = ChainChecker({("abcd", "e" * 64)})
        checker.feed(untrusted)
        result = checker.finish(first["hash"])
        assert not result.intact and phrase in str(result.problem), (phrase, result.problem)


def test_bag_text_parsing_follows_rfc_8493() -> None:
    info = parse_bag_info(b"Contact-Name: A\r\n  continued here\r\nContact-Name: B\n")
    assert info == {"Contact-Name": ["A continued here", "B"]}
    manifest = parse_manifest(b"AB" * 32 + b"\tdata/a%0Ab%25.txt\n", "m")
    assert manifest == {"data/a\nb%.txt": "ab" * 32}
    for bad in (b"  starts with a continuation\n", b"no colon here\n"):
        with pytest.raises(BagTextInvalid):
            parse_bag_info(bad)
