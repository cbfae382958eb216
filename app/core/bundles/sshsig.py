"""OpenSSH signatures (PROTOCOL.sshsig) with Ed25519 keys: made, parsed and checked here.

Bundles are signed in the format `ssh-keygen -Y verify` checks, because that program ships with
Windows 11, macOS and Linux and will outlive us. We write and read the format ourselves rather
than run ssh-keygen, so exporting and verifying need no external program; the tests hold our
code to the real ssh-keygen in both directions.

Everything parsed here may come from an adversary (a bundle, a trust file), so every length is
checked against what remains before it is used, and sizes are bounded before anything is decoded.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.errors import SignatureInvalid
from app.core.wording import Errors, Text

MAGIC = b"SSHSIG"
VERSION = 1
KEY_TYPE = "ssh-ed25519"
SIGNING_HASH = "sha512"
ARMOR_BEGIN = "-----BEGIN SSH SIGNATURE-----"
ARMOR_END = "-----END SSH SIGNATURE-----"
ARMOR_WIDTH = 70
FINGERPRINT_PREFIX = "SHA256:"

# What PROTOCOL.sshsig allows; ssh-keygen signs with sha512 unless told otherwise.
_HASHES = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}
_ED25519_KEY_BYTES = 32
_ED25519_SIGNATURE_BYTES = 64
# An Ed25519 SSHSIG is about 300 bytes armored; anything far larger is not one of ours.
MAX_ARMORED_BYTES = 8 * 1024
# What is malformed, with the {problem} in parentheses: one sentence per thing parsed.
_KEY_MALFORMED = Errors.tr("The public key is malformed ({problem}).")
_SIGNATURE_MALFORMED = Errors.tr("The SSH signature is malformed ({problem}).")


def ssh_string(data: bytes) -> bytes:
    """RFC 4253 `string`: uint32 big-endian length, then the bytes."""
    return struct.pack(">I", len(data)) + data


def public_key_blob(raw_public_key: bytes) -> bytes:
    """The SSH wire form of an Ed25519 public key, as in authorized_keys and fingerprints."""
    if len(raw_public_key) != _ED25519_KEY_BYTES:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return ssh_string(KEY_TYPE.encode("ascii")) + ssh_string(raw_public_key)


def fingerprint(key_blob: bytes) -> str:
    """`SHA256:` + unpadded base64 of SHA-256 of the key blob: what `ssh-keygen -l` prints."""
    digest = hashlib.sha256(key_blob).digest()
    return FINGERPRINT_PREFIX + base64.b64encode(digest).decode("ascii").rstrip("=")


def _signed_data(namespace: str, hash_algorithm: str, message: bytes) -> bytes:
    # PROTOCOL.sshsig: the key signs this preamble with the message's hash, never the message.
    digest = _HASHES[hash_algorithm](message).digest()
    return (MAGIC + ssh_string(namespace.encode("utf-8")) + ssh_string(b"")
            + ssh_string(hash_algorithm.encode("ascii")) + ssh_string(digest))


def sign(private_key: Ed25519PrivateKey, message: bytes, namespace: str) -> str:
    """The armored SSHSIG of `message` in `namespace`, byte for byte what ssh-keygen -Y sign makes."""
    raw_public = private_key.public_key().public_bytes_raw()
    raw_signature = private_key.sign(_signed_data(namespace, SIGNING_HASH, message))
    blob = (MAGIC + struct.pack(">I", VERSION) + ssh_string(public_key_blob(raw_public))
            + ssh_string(namespace.encode("utf-8")) + ssh_string(b"") + ssh_string(SIGNING_HASH.encode("ascii"))
            + ssh_string(ssh_string(KEY_TYPE.encode("ascii")) + ssh_string(raw_signature)))
    encoded = base64.b64encode(blob).decode("ascii")
    lines = [encoded[i:i + ARMOR_WIDTH] for i in range(0, len(encoded), ARMOR_WIDTH)]
    return "\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + "\n"


@dataclass(frozen=True)
class Signature:
    """A parsed SSHSIG. Parsing checks the form only; `verify` checks it against a message."""

    public_key: bytes  # raw 32-byte Ed25519 key
    namespace: str
    hash_algorithm: str
    signature: bytes  # raw 64-byte Ed25519 signature

    @property
    def key_blob(self) -> bytes:
        return public_key_blob(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_blob)


class _Reader:
    """Reads SSH wire fields from untrusted bytes; any short or malformed field is a refusal."""

    def __init__(self, untrusted_data: bytes, malformed: Text) -> None:
        self._data = untrusted_data
        self._pos = 0
        self._malformed = malformed  # the sentence, with a {problem} field

    def _fail(self, problem: Text) -> SignatureInvalid:
        return SignatureInvalid(self._malformed.format(problem=problem))

    def take(self, count: int) -> bytes:
        if count > len(self._data) - self._pos:
            raise self._fail(Errors.tr("it ends too early"))
        chunk = self._data[self._pos:self._pos + count]
        self._pos += count
        return chunk

    def uint32(self) -> int:
        return struct.unpack(">I", self.take(4))[0]

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        try:
            return self.string().decode("ascii")
        except UnicodeDecodeError:
            raise self._fail(Errors.tr("a name is not ASCII")) from None

    def end(self) -> None:
        if self._pos != len(self._data):
            raise self._fail(Errors.tr("extra bytes at the end"))


def parse_public_key_blob(untrusted_blob: bytes) -> bytes:
    """The raw Ed25519 key inside an SSH public key blob; other key types are refused."""
    reader = _Reader(untrusted_blob, _KEY_MALFORMED)
    key_type = reader.text()
    if key_type != KEY_TYPE:
        raise SignatureInvalid(Errors.tr("The key is of type '{type}'; only {supported} keys are supported.").format(
            type=key_type[:40], supported=KEY_TYPE))
    raw = reader.string()
    reader.end()
    if len(raw) != _ED25519_KEY_BYTES:
        raise SignatureInvalid(_KEY_MALFORMED.format(problem=Errors.tr("an Ed25519 key has 32 bytes")))
    return raw


def dearmor(untrusted_armored: bytes) -> bytes:
    """The binary SSHSIG blob inside the BEGIN/END SSH SIGNATURE lines."""
    if len(untrusted_armored) > MAX_ARMORED_BYTES:
        raise SignatureInvalid(Errors.tr("The signature file is far too large to be an SSH signature."))
    try:
        text = untrusted_armored.decode("ascii")
    except UnicodeDecodeError:
        raise SignatureInvalid(
            Errors.tr("The signature file is not an SSH signature (it is not ASCII text).")) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or lines[0] != ARMOR_BEGIN or lines[-1] != ARMOR_END:
        raise SignatureInvalid(Errors.tr("The signature file is not an SSH signature (no '{armor}' block).").format(
            armor=ARMOR_BEGIN))
    try:
        return base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureInvalid(Errors.tr("The SSH signature is damaged (its base64 text does not decode).")) from None


def parse(untrusted_armored: bytes) -> Signature:
    """Parse an armored SSHSIG made with an Ed25519 key; anything else is a clear refusal."""
    reader = _Reader(dearmor(untrusted_armored), _SIGNATURE_MALFORMED)
    if reader.take(len(MAGIC)) != MAGIC:
        raise SignatureInvalid(_SIGNATURE_MALFORMED.format(
            problem=Errors.tr("it does not start with '{magic}'").format(magic=MAGIC.decode("ascii"))))
    version = reader.uint32()
    if version != VERSION:
        raise SignatureInvalid(Errors.tr("The SSH signature has version {version}; only version {supported} exists.")
                               .format(version=version, supported=VERSION))
    public_key = parse_public_key_blob(reader.string())
    try:
        namespace = reader.string().decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureInvalid(_SIGNATURE_MALFORMED.format(problem=Errors.tr("its namespace is not text"))) from None
    reader.string()  # reserved: ignored, as PROTOCOL.sshsig says
    hash_algorithm = reader.text()
    if hash_algorithm not in _HASHES:
        raise SignatureInvalid(Errors.tr("The SSH signature uses hash '{hash}'; only sha256 and sha512 exist.").format(
            hash=hash_algorithm[:40]))
    inner = _Reader(reader.string(), _SIGNATURE_MALFORMED)
    reader.end()
    signature_type = inner.text()
    if signature_type != KEY_TYPE:
        raise SignatureInvalid(Errors.tr("The SSH signature is of type '{type}', not {supported}.").format(
            type=signature_type[:40], supported=KEY_TYPE))
    raw_signature = inner.string()
    inner.end()
    if len(raw_signature) != _ED25519_SIGNATURE_BYTES:
        raise SignatureInvalid(_SIGNATURE_MALFORMED.format(problem=Errors.tr("an Ed25519 signature has 64 bytes")))
    return Signature(public_key, namespace, hash_algorithm, raw_signature)


def verify(untrusted_armored: bytes, message: bytes, namespace: str) -> Signature:
    """Check an armored SSHSIG over `message`; returns it (with its key) or raises SignatureInvalid.

    This proves only that the key inside the signature signed the message: whether that key is
    one to trust is the caller's question (allowed_signers, a fingerprint the recipient knows).
    """
    signature = parse(untrusted_armored)
    if signature.namespace != namespace:
        raise SignatureInvalid(Errors.tr("The signature was made for '{made_for}', not for '{namespace}'.").format(
            made_for=signature.namespace[:60], namespace=namespace))
    try:
        Ed25519PublicKey.from_public_bytes(signature.public_key).verify(
            signature.signature, _signed_data(namespace, signature.hash_algorithm, message)
        )
    except (InvalidSignature, ValueError):
        raise SignatureInvalid(
            Errors.tr("The signature does not match the signed file: one of them was changed.")) from None
    return signature
