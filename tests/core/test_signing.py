"""The vault's signing key and our SSHSIG code, held to the real ssh-keygen in both directions.

A lawyer checks bundles with `ssh-keygen -Y verify`; `threatlog verify` uses our own parser.
If the two ever disagreed about a signature, one of them would mislead a court.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.bundles import allowed_signers, signing, sshsig
from app.core.bundles.signing import NAMESPACE, SigningKey
from app.core.errors import SignatureInvalid, TrustedKeyInvalid, WrongPassphrase
from app.core.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import folder_digest

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs OpenSSH's ssh-keygen")

MESSAGE = "tagmanifest with ə, ş and угроза\n".encode()


def _ssh_keygen(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["ssh-keygen", *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)


def _key() -> SigningKey:
    return SigningKey(Ed25519PrivateKey.generate(), "3f9a2c1e00000000")


def _openssh_key(tmp_path: Path) -> Path:
    key = tmp_path / "id_ed25519"
    assert _ssh_keygen("-q", "-t", "ed25519", "-N", "", "-C", "lawyer", "-f", str(key)).returncode == 0
    return key


def test_vault_key_is_made_with_the_vault_and_survives_reopening(vault, vault_dir: Path) -> None:
    key = signing.load(vault.connection())
    assert key.identity == "threatlog-" + vault.vault_id[:8]
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert signing.load(reopened.connection()).fingerprint() == key.fingerprint()


def test_a_vault_made_before_signing_keys_gets_one_when_opened(vault, vault_dir: Path) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'signing_key'")
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        first = signing.load(reopened.connection()).fingerprint()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        assert signing.load(again.connection()).fingerprint() == first  # made once, then kept


def test_wrong_passphrase_creates_no_key_and_changes_nothing(vault, vault_dir: Path) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'signing_key'")
    vault.close()
    before = folder_digest(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase="not the passphrase")
    assert folder_digest(vault_dir) == before


def test_fingerprint_is_what_ssh_keygen_prints(tmp_path: Path) -> None:
    key = _key()
    public = tmp_path / "key.pub"
    public.write_text(key.allowed_signers_line().split(" ", 2)[2] + "\n", encoding="ascii")
    printed = _ssh_keygen("-l", "-f", str(public)).stdout.decode()
    assert printed.split()[1] == key.fingerprint()
    assert key.fingerprint().startswith("SHA256:") and "=" not in key.fingerprint()


def test_ssh_keygen_accepts_our_signature(tmp_path: Path) -> None:
    key = _key()
    (tmp_path / "allowed_signers").write_text(key.allowed_signers_line() + "\n", encoding="ascii")
    (tmp_path / "message.sig").write_text(key.sign(MESSAGE), encoding="ascii")
    result = _ssh_keygen("-Y", "verify", "-f", "allowed_signers", "-I", key.identity, "-n", NAMESPACE,
                         "-s", "message.sig", stdin=MESSAGE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f'Good "{NAMESPACE}" signature for {key.identity} with ED25519 key {key.fingerprint()}' in \
        result.stdout.decode()
    # ... and refuses it for a message that differs by one byte.
    tampered = _ssh_keygen("-Y", "verify", "-f", "allowed_signers", "-I", key.identity, "-n", NAMESPACE,
                           "-s", "message.sig", stdin=MESSAGE + b" ", cwd=tmp_path)
    assert tampered.returncode != 0


@pytest.mark.parametrize("hash_option", [[], ["-O", "hashalg=sha256"]])
def test_we_accept_a_signature_made_by_ssh_keygen(tmp_path: Path, hash_option: list[str]) -> None:
    key_file = _openssh_key(tmp_path)
    (tmp_path / "message").write_bytes(MESSAGE)
    assert _ssh_keygen("-Y", "sign", "-f", str(key_file), "-n", NAMESPACE, *hash_option,
                       str(tmp_path / "message")).returncode == 0
    armored = (tmp_path / "message.sig").read_bytes()
    signature = sshsig.verify(armored, MESSAGE, NAMESPACE)
    printed = _ssh_keygen("-l", "-f", str(key_file) + ".pub").stdout.decode()
    assert signature.fingerprint == printed.split()[1]
    with pytest.raises(SignatureInvalid):
        sshsig.verify(armored, MESSAGE + b"x", NAMESPACE)
    with pytest.raises(SignatureInvalid, match="made for"):
        sshsig.verify(armored, MESSAGE, "file")


def test_our_signature_is_byte_for_byte_ssh_keygens(tmp_path: Path) -> None:
    # Ed25519 is deterministic: the same key and message must give the very same armored text.
    key_file = _openssh_key(tmp_path)
    private = serialization.load_ssh_private_key(key_file.read_bytes(), password=None)
    (tmp_path / "message").write_bytes(MESSAGE)
    _ssh_keygen("-Y", "sign", "-f", str(key_file), "-n", NAMESPACE, str(tmp_path / "message"))
    assert sshsig.sign(private, MESSAGE, NAMESPACE) == (tmp_path / "message.sig").read_text(encoding="ascii")


def test_non_ed25519_signatures_are_refused_with_a_reason(tmp_path: Path) -> None:
    key_file = tmp_path / "id_ecdsa"
    _ssh_keygen("-q", "-t", "ecdsa", "-N", "", "-f", str(key_file))
    (tmp_path / "message").write_bytes(MESSAGE)
    _ssh_keygen("-Y", "sign", "-f", str(key_file), "-n", NAMESPACE, str(tmp_path / "message"))
    with pytest.raises(SignatureInvalid, match="only ssh-ed25519"):
        sshsig.verify((tmp_path / "message.sig").read_bytes(), MESSAGE, NAMESPACE)


@pytest.mark.parametrize("untrusted", [
    b"", b"not a signature", b"-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n",
    b"-----BEGIN SSH SIGNATURE-----\n" + base64.b64encode(b"SSHSIG\x00\x00\x00\x01\xff\xff\xff\xff") +
    b"\n-----END SSH SIGNATURE-----\n",
    b"\xff\xfe" * 100, b"A" * (sshsig.MAX_ARMORED_BYTES + 1),
])
def test_malformed_signatures_are_refused_cleanly(untrusted: bytes) -> None:
    with pytest.raises(SignatureInvalid):
        sshsig.verify(untrusted, MESSAGE, NAMESPACE)


def test_trailing_bytes_inside_the_blob_are_refused() -> None:
    armored = _key().sign(MESSAGE)
    blob = sshsig.dearmor(armored.encode("ascii")) + b"\x00"
    padded = f"{sshsig.ARMOR_BEGIN}\n{base64.b64encode(blob).decode()}\n{sshsig.ARMOR_END}\n".encode()
    with pytest.raises(SignatureInvalid, match="extra bytes"):
        sshsig.verify(padded, MESSAGE, NAMESPACE)


_VALID = _key().sign(MESSAGE).encode("ascii")


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_corruption_is_refused_or_harmless_never_a_crash(data: st.DataObject) -> None:
    blob = bytearray(sshsig.dearmor(_VALID))
    for _ in range(data.draw(st.integers(1, 4))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(blob)))
    armored = f"{sshsig.ARMOR_BEGIN}\n{base64.b64encode(bytes(blob[:cut])).decode()}\n{sshsig.ARMOR_END}\n"
    try:
        sshsig.verify(armored.encode(), MESSAGE, NAMESPACE)
    except SignatureInvalid:
        return
    # Every byte of the blob is either signed or checked, so only the untouched blob may pass.
    assert bytes(blob[:cut]) == sshsig.dearmor(_VALID)


def test_allowed_signers_rules_follow_ssh_keygen() -> None:
    key = _key()
    now = datetime(2026, 11, 22, tzinfo=timezone.utc)
    b64 = key.allowed_signers_line().rsplit(" ", 1)[1]
    text = (f"# comment\nsomeone ssh-rsa AAAAB3NzaC1yc2E=\n"
            f'lawyer@*,!evil@x namespaces="file,threatlog-*" ssh-ed25519 {b64} comment here\n'
            f"ca cert-authority ssh-ed25519 {b64}\n"
            f'late valid-after="20300101" ssh-ed25519 {b64}\n').encode()
    signers = allowed_signers.parse(text)
    assert [s.principals for s in signers] == ["lawyer@*,!evil@x", "ca", "late"]
    normal, authority, late = signers
    assert normal.allows(key.public_blob, NAMESPACE, now) and normal.allows_principal("lawyer@firm")
    assert not normal.allows_principal("evil@x")
    assert not normal.allows(key.public_blob, "git", now)
    assert not normal.allows(_key().public_blob, NAMESPACE, now)
    assert not authority.allows(key.public_blob, NAMESPACE, now)
    assert not late.allows(key.public_blob, NAMESPACE, now)
    assert late.allows(key.public_blob, NAMESPACE, datetime(2030, 1, 2, tzinfo=timezone.utc) + timedelta(days=1))


def test_fingerprints_typed_by_a_recipient_are_checked() -> None:
    key = _key()
    assert allowed_signers.parse_fingerprint(f"  {key.fingerprint()}= ") == key.fingerprint()
    for bad in ("SHA256:short", "MD5:ab:cd", key.fingerprint()[7:], ""):
        with pytest.raises(TrustedKeyInvalid):
            allowed_signers.parse_fingerprint(bad)
