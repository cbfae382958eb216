"""The vault's signing key: Ed25519, made with the vault, kept only inside the encrypted database.

Every bundle is signed with it, so a recipient who once learned its fingerprint (by phone, in
person) can tell later bundles come from the same vault. The private seed never leaves the
database except into this object; the public half travels in every bundle as an OpenSSH
allowed_signers line and is named by its OpenSSH fingerprint.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.bundles import allowed_signers, sshsig
from app.core.errors import VaultCorrupt
from app.core.storage.database import Connection, transaction
from app.core.wording import Errors

NAMESPACE = "threatlog-evidence"
IDENTITY_PREFIX = "threatlog-"
_META_KEY = "signing_key"
_SEED_BYTES = 32


class SigningKey:
    """The unlocked key of one vault. Obtain it with `load`."""

    def __init__(self, private_key: Ed25519PrivateKey, vault_id: str) -> None:
        self._private_key = private_key
        self.identity = IDENTITY_PREFIX + vault_id[:8]
        self.public_blob = sshsig.public_key_blob(private_key.public_key().public_bytes_raw())

    def fingerprint(self) -> str:
        """`SHA256:…`, exactly as `ssh-keygen -l -f` prints it for this key."""
        return sshsig.fingerprint(self.public_blob)

    def allowed_signers_line(self) -> str:
        """The line a recipient gives `ssh-keygen -Y verify -f`, with the identity for `-I` first."""
        return allowed_signers.line(self.identity, self.public_blob, NAMESPACE)

    def sign(self, message: bytes) -> str:
        """The armored SSHSIG of `message` in the threatlog-evidence namespace."""
        return sshsig.sign(self._private_key, message, NAMESPACE)


def create(conn: Connection) -> None:
    """Store a new random key, inside the caller's transaction (the one that creates the vault)."""
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_META_KEY, seed.hex()))


def ensure(conn: Connection) -> None:
    """Give a vault made before bundles existed its key; a no-op (no write) for every other vault."""
    if _stored_seed(conn) is not None:
        return
    with transaction(conn):
        # Checked again under the write lock: another window may have opened the vault meanwhile.
        if _stored_seed(conn) is None:
            create(conn)


def _stored_seed(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    return row[0] if row else None


def load(conn: Connection) -> SigningKey:
    seed_hex = _stored_seed(conn)
    vault_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    try:
        seed = bytes.fromhex(seed_hex or "")
    except ValueError:
        seed = b""
    if len(seed) != _SEED_BYTES or vault_id is None:
        raise VaultCorrupt(Errors.tr("The vault's signing key is missing or damaged; bundles cannot be signed."))
    return SigningKey(Ed25519PrivateKey.from_private_bytes(seed), vault_id[0])
