"""Key slots: the vault's random database key, wrapped under keys derived from what the user knows.

The database key never changes; a slot wraps it with AES-256-GCM under an Argon2id key derived
from the passphrase (or from the recovery code). Changing the passphrase re-wraps one slot and
leaves the database untouched. The slot file is read from disk, so every field is untrusted until
bounds-checked: a crafted file must not be able to make us allocate gigabytes or run a weak KDF.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.core.errors import KeySlotInvalid, WrongPassphrase
from app.core.storage.fsutil import read_bounded, write_file_atomically
from app.core.wording import Errors

FORMAT = "threatlog-keyslots"
VERSION = 1
KEY_BYTES = 32
SLOT_KINDS = ("passphrase", "recovery")

# The floor is what tests use; anything weaker is a downgrade we refuse to run.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
# Ceilings keep a crafted slot file from exhausting memory or hanging the unlock screen.
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_SLOT_FILE_BYTES = 64 * 1024
CIPHER_PAGE_SIZES = (4096, 8192, 16384, 32768, 65536)
# 16 KiB pages: measured 1.2x of sha256sum+cp when storing large evidence, against 2.2x at 4 KiB.
DEFAULT_CIPHER_PAGE_SIZE = 16384

CALIBRATION_TARGET_SECONDS = 1.0
CALIBRATION_MEMORY_KIB = 256 * 1024
DEFAULT_LANES = 4

# Crockford's base32: no I, L, O, U, so a code copied by hand cannot be misread.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 4


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = DEFAULT_LANES

    def check(self) -> None:
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KeySlotInvalid(Errors.tr(
                "Refusing key derivation with {memory} MiB of memory: allowed is {minimum}–{maximum} MiB."
            ).format(memory=self.memory_kib // 1024, minimum=MIN_MEMORY_KIB // 1024, maximum=MAX_MEMORY_KIB // 1024))
        if not MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS:
            raise KeySlotInvalid(Errors.tr(
                "Refusing key derivation with {iterations} iterations: allowed is {minimum}–{maximum}."
            ).format(iterations=self.iterations, minimum=MIN_ITERATIONS, maximum=MAX_ITERATIONS))
        if not 1 <= self.lanes <= MAX_LANES:
            raise KeySlotInvalid(Errors.tr("Refusing key derivation with {lanes} lanes: allowed is 1–{maximum}.")
                                 .format(lanes=self.lanes, maximum=MAX_LANES))


@dataclass(frozen=True)
class KeySlot:
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes


_NO_SLOT = {
    "passphrase": Errors.tr("The vault has no passphrase key slot."),
    "recovery": Errors.tr("The vault has no recovery key slot."),
}


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    cipher_page_size: int
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeySlotInvalid(_NO_SLOT[kind])

    def replace(self, new_slot: KeySlot) -> KeySlotFile:
        others = tuple(s for s in self.slots if s.kind != new_slot.kind)
        return KeySlotFile(self.vault_id, self.cipher_page_size, others + (new_slot,))


def normalize_passphrase(passphrase: str) -> bytes:
    # The same passphrase typed on macOS (NFD input methods) and Windows (NFC) must unlock.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN))
    groups = [chars[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(chars), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalize_recovery_code(untrusted_code: str) -> bytes:
    """Accept the code as people copy it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in untrusted_code.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return cleaned.encode("ascii", errors="replace")


def calibrate_kdf(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id iterations so one unlock takes about `target_seconds` on this machine."""
    probe = KdfParams(CALIBRATION_MEMORY_KIB, MIN_ITERATIONS)
    started = time.perf_counter()
    _derive(b"calibration", os.urandom(16), probe)
    per_iteration = (time.perf_counter() - started) / probe.iterations
    iterations = int(target_seconds / max(per_iteration, 1e-6))
    return KdfParams(CALIBRATION_MEMORY_KIB, max(MIN_ITERATIONS, min(iterations, MAX_ITERATIONS)))


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt, length=KEY_BYTES, iterations=params.iterations, lanes=params.lanes, memory_cost=params.memory_kib
    )
    return kdf.derive(secret)


def _associated_data(vault_id: str, kind: str, params: KdfParams, salt: bytes) -> bytes:
    # Binding the parameters into the tag means a slot edited on disk fails to open instead of
    # silently running with values someone else chose.
    return json.dumps(
        [FORMAT, VERSION, vault_id, kind, params.memory_kib, params.iterations, params.lanes, salt.hex()]
    ).encode()


def wrap_key(db_key: bytes, secret: bytes, kind: str, params: KdfParams, vault_id: str) -> KeySlot:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    wrapping_key = _derive(secret, salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, db_key, _associated_data(vault_id, kind, params, salt))
    return KeySlot(kind, params, salt, nonce, wrapped)


_WRONG_SECRET = {
    "passphrase": Errors.tr("Wrong passphrase. Nothing was changed. If you are sure it is right, the key-slot file "
                            "may be damaged: unlock with your recovery code instead, or restore your latest backup."),
    "recovery": Errors.tr("Wrong recovery code. Nothing was changed. If you are sure it is right, the key-slot file "
                          "may be damaged: unlock with your passphrase instead, or restore your latest backup."),
}


def unwrap_key(slots: KeySlotFile, kind: str, secret: bytes) -> bytes:
    slot = slots.slot(kind)
    wrapping_key = _derive(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, _associated_data(slots.vault_id, kind, slot.kdf, slot.salt)
        )
    except InvalidTag:
        # A flipped byte in the wrapped key, salt or nonce fails the tag exactly as a wrong secret does:
        # the two cannot be told apart, so the message names the way out of both.
        raise WrongPassphrase(_WRONG_SECRET[kind]) from None


def slot_digest(slot: KeySlot) -> str:
    """SHA-256 of everything a slot holds. Kept inside the encrypted database (DIGEST_META_KEY), it
    lets `check` notice damage to a slot nobody unlocked with: without the recovery code the recovery
    slot cannot be tried, and its damage would otherwise show only the day the code is needed."""
    return hashlib.sha256(json.dumps([slot.kind, slot.kdf.memory_kib, slot.kdf.iterations, slot.kdf.lanes,
                                      slot.salt.hex(), slot.nonce.hex(), slot.wrapped_key.hex()]).encode()).hexdigest()


DIGEST_META_KEY = "keyslot_sha256_{kind}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, field: str, length: int) -> bytes:
    if not isinstance(value, str):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: '{field}' is missing.").format(field=field))
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: '{field}' is not base64.").format(
            field=field)) from None
    if len(raw) != length:
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: '{field}' has the wrong length.").format(
            field=field))
    return raw


def _int_field(obj: dict, field: str) -> int:
    value = obj.get(field)
    # bool is an int in Python; a JSON true must not pass as 1 lane.
    if not isinstance(value, int) or isinstance(value, bool):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: '{field}' must be a whole number.").format(
            field=field))
    return value


def serialize(slots: KeySlotFile) -> bytes:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": slots.vault_id,
        "cipher_page_size": slots.cipher_page_size,
        "slots": [
            {
                "kind": s.kind,
                "kdf": {
                    "name": "argon2id",
                    "memory_kib": s.kdf.memory_kib,
                    "iterations": s.kdf.iterations,
                    "lanes": s.kdf.lanes,
                },
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
            }
            for s in slots.slots
        ],
    }
    return json.dumps(doc, indent=2).encode("utf-8") + b"\n"


def _parse_slot(untrusted_slot: object) -> KeySlot:
    if not isinstance(untrusted_slot, dict):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: a slot is not an object."))
    kind = untrusted_slot.get("kind")
    if kind not in SLOT_KINDS:
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: unknown slot kind."))
    kdf = untrusted_slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise KeySlotInvalid(Errors.tr("The key-slot file names a key derivation other than Argon2id; refusing it."))
    params = KdfParams(_int_field(kdf, "memory_kib"), _int_field(kdf, "iterations"), _int_field(kdf, "lanes"))
    params.check()
    return KeySlot(
        kind=kind,
        kdf=params,
        salt=_unb64(untrusted_slot.get("salt"), "salt", 16),
        nonce=_unb64(untrusted_slot.get("nonce"), "nonce", 12),
        wrapped_key=_unb64(untrusted_slot.get("wrapped_key"), "wrapped_key", KEY_BYTES + 16),
    )


_TOO_LARGE = Errors.tr("The key-slot file is far larger than any real one; refusing to read it.")


def parse(untrusted_bytes: bytes) -> KeySlotFile:
    if len(untrusted_bytes) > MAX_SLOT_FILE_BYTES:
        raise KeySlotInvalid(_TOO_LARGE)
    try:
        doc = json.loads(untrusted_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: it is not valid JSON.")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeySlotInvalid(Errors.tr("This is not a Threatlog key-slot file."))
    if doc.get("version") != VERSION:
        raise KeySlotInvalid(Errors.tr("The key-slot file was written by another version of Threatlog."))
    vault_id = doc.get("vault_id")
    if not isinstance(vault_id, str) or not 1 <= len(vault_id) <= 64:
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: 'vault_id' is missing."))
    page_size = _int_field(doc, "cipher_page_size")
    if page_size not in CIPHER_PAGE_SIZES:
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: unsupported database page size."))
    raw_slots = doc.get("slots")
    if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= len(SLOT_KINDS):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: it has no usable key slots."))
    slots = tuple(_parse_slot(s) for s in raw_slots)
    if len({s.kind for s in slots}) != len(slots):
        raise KeySlotInvalid(Errors.tr("The key-slot file is damaged: a key slot appears twice."))
    return KeySlotFile(vault_id, page_size, slots)


def load(path: Path) -> KeySlotFile:
    if not path.exists():
        raise KeySlotInvalid(Errors.tr("The vault's key-slot file {name} is missing.").format(name=path.name))
    return parse(read_bounded(path, MAX_SLOT_FILE_BYTES, KeySlotInvalid, _TOO_LARGE))


def save(path: Path, slots: KeySlotFile) -> None:
    write_file_atomically(path, serialize(slots))
