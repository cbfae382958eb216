"""OpenSSH allowed_signers files (ssh-keygen(1), "ALLOWED SIGNERS"): written and read.

A bundle carries one line naming the vault's key; a recipient may keep their own file of keys
they trust. Both are read here with the rules ssh-keygen applies, so `threatlog verify` and
`ssh-keygen -Y verify` agree on which key a file allows: principal and namespace patterns,
`cert-authority` lines (certificates, which we do not use, so never matching), and the
`valid-after` / `valid-before` window checked against the time of verification.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from app.core.bundles import sshsig
from app.core.errors import SignatureInvalid, TrustedKeyInvalid
from app.core.storage.fsutil import read_bounded
from app.core.wording import Errors

# A trust file holds a handful of keys; a large file is a mistake (or an attack on memory).
MAX_FILE_BYTES = 1024 * 1024
_FINGERPRINT = re.compile(r"SHA256:([A-Za-z0-9+/]{43})=?")
_VALIDITY = re.compile(r"(\d{8})(\d{4})?(\d{2})?(Z)?")


def line(principal: str, key_blob: bytes, namespace: str) -> str:
    """One allowed_signers line: `principal namespaces="…" ssh-ed25519 <base64>`."""
    return f'{principal} namespaces="{namespace}" {sshsig.KEY_TYPE} {base64.b64encode(key_blob).decode("ascii")}'


@dataclass(frozen=True)
class AllowedSigner:
    principals: str  # comma-separated patterns, as written
    key_blob: bytes
    namespaces: str | None  # comma-separated patterns, or None for any namespace
    cert_authority: bool
    valid_after: datetime | None
    valid_before: datetime | None

    def allows(self, key_blob: bytes, namespace: str, now: datetime) -> bool:
        """Whether this line lets `key_blob` sign in `namespace` at time `now`, as ssh-keygen decides."""
        if self.cert_authority or key_blob != self.key_blob:
            return False
        if self.namespaces is not None and not matches_pattern_list(namespace, self.namespaces):
            return False
        if self.valid_after is not None and now < self.valid_after:
            return False
        return self.valid_before is None or now <= self.valid_before

    def allows_principal(self, principal: str) -> bool:
        return matches_pattern_list(principal, self.principals)


def matches_pattern_list(value: str, patterns: str) -> bool:
    """OpenSSH's match_pattern_list: comma-separated `*`/`?` patterns; a matching `!pattern` vetoes."""
    matched = False
    for pattern in patterns.split(","):
        negated = pattern.startswith("!")
        body = pattern[1:] if negated else pattern
        # Built by hand: fnmatch would also give '[' a meaning that OpenSSH patterns do not have.
        regex = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in body)
        if re.fullmatch(regex, value, re.DOTALL):
            if negated:
                return False
            matched = True
    return matched


def _tokens(text: str) -> list[str]:
    """Split a line at whitespace outside double quotes (options may quote a list with spaces)."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch in " \t" and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
            continue
        current.append(ch)
    if current:
        tokens.append("".join(current))
    return tokens


def _options(text: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in re.findall(r'(?:[^,"]|"[^"]*")+', text):
        name, _, value = item.partition("=")
        options[name.strip().lower()] = value.strip().strip('"')
    return options


def _validity(value: str | None) -> datetime | None:
    # ssh-keygen: YYYYMMDD[HHMM[SS]], in local time unless it ends in Z.
    if value is None:
        return None
    match = _VALIDITY.fullmatch(value)
    if match is None:
        raise ValueError(value)
    digits = match.group(1) + (match.group(2) or "0000") + (match.group(3) or "00")
    moment = datetime.strptime(digits, "%Y%m%d%H%M%S")
    return moment.replace(tzinfo=timezone.utc) if match.group(4) else moment.astimezone(timezone.utc)


def _parse_line(text: str) -> AllowedSigner | None:
    tokens = _tokens(text)
    if len(tokens) < 3:
        return None
    principals, rest = tokens[0].strip('"'), tokens[1:]
    options: dict[str, str] = {}
    if rest[0] != sshsig.KEY_TYPE and not rest[0].startswith(("ssh-", "ecdsa-", "sk-")):
        options, rest = _options(rest[0]), rest[1:]
    if len(rest) < 2 or rest[0] != sshsig.KEY_TYPE:
        return None  # another key type: never the key of a Threatlog signature
    try:
        key_blob = base64.b64decode(rest[1], validate=True)
        sshsig.parse_public_key_blob(key_blob)
        valid_after, valid_before = _validity(options.get("valid-after")), _validity(options.get("valid-before"))
    except (binascii.Error, ValueError, SignatureInvalid):
        return None
    return AllowedSigner(principals, key_blob, options.get("namespaces"), "cert-authority" in options,
                         valid_after, valid_before)


def parse(untrusted_text: bytes) -> list[AllowedSigner]:
    """The usable Ed25519 lines of an allowed_signers file; others (comments, RSA keys) are skipped."""
    if len(untrusted_text) > MAX_FILE_BYTES:
        return []
    text = untrusted_text.decode("utf-8", "replace")
    signers = []
    for raw_line in text.splitlines():
        stripped = raw_line.strip()
        if stripped and not stripped.startswith("#"):
            signer = _parse_line(stripped)
            if signer is not None:
                signers.append(signer)
    return signers


def parse_fingerprint(untrusted_fingerprint: str) -> str:
    """A fingerprint typed or pasted by the recipient, in the canonical `SHA256:…` form."""
    match = _FINGERPRINT.fullmatch(untrusted_fingerprint.strip())
    if match is None:
        raise TrustedKeyInvalid(Errors.tr(
            "'{text}' is not a key fingerprint; it looks like SHA256: followed by 43 letters, digits, + and /."
        ).format(text=untrusted_fingerprint[:80]))
    return sshsig.FINGERPRINT_PREFIX + match.group(1)


def read_trust_file(path: str) -> list[AllowedSigner]:
    """The recipient's own allowed_signers file (--allowed-signers); it must name at least one key."""
    untrusted_text = read_bounded(path, MAX_FILE_BYTES, TrustedKeyInvalid,
                                  Errors.tr("'{path}' is too large to be an allowed_signers file.").format(path=path))
    signers = parse(untrusted_text)
    if not signers:
        raise TrustedKeyInvalid(Errors.tr("'{path}' names no {key_type} key in allowed_signers form.").format(
            path=path, key_type=sshsig.KEY_TYPE))
    return signers
