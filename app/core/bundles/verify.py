"""Verifying a bundle (docs/bundle-format.md, "Verification"): what a court would check, in order.

1. archive safety (safezip: a refused archive raises ArchiveRefused, and counts as not intact);
2. BagIt structure; 3. every file's SHA-256 against the manifests; 4. the SSH signature over the
tag manifest, and whether its key is one the recipient trusts; 5. the custody chain.
The zip is never extracted: each member streams from the archive through the hash. Any other
hostile content ends as a NOT INTACT report with its reason, never as an exception.

Each reason is a sentence (app.core.wording.Text, shown in the reader's language) with the kind of
problem beside it, so that what the app says in plain words never depends on the sentence's words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from app.core.bundles import allowed_signers, signing, sshsig
from app.core.bundles.allowed_signers import AllowedSigner
from app.core.bundles.bagtext import BagInfo, BagTextInvalid, parse_manifest, read_bag_info
from app.core.bundles.custody_export import ChainCheck, ChainChecker
from app.core.errors import SignatureInvalid
from app.core.untrusted import safezip
from app.core.wording import Text, Verify

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.sig"
ALLOWED_SIGNERS = "allowed_signers"
CUSTODY_LOG = "data/custody-log.jsonl"
_REQUIRED_TAG_FILES = ("bagit.txt", "bag-info.txt", MANIFEST, TAG_MANIFEST, SIGNATURE, ALLOWED_SIGNERS)
# Tag files are read whole; a manifest of 100,000 members is ~15 MB.
MAX_TAG_BYTES = 64 * 1024 * 1024


class FileStatus(StrEnum):
    OK = "OK"
    ALTERED = "ALTERED"
    MISSING = "MISSING"
    UNLISTED = "UNLISTED"


@dataclass(frozen=True)
class FileCheck:
    path: str  # inside the bag folder
    status: FileStatus
    detail: Text | None = None


class ProblemKind(StrEnum):
    NONE = "none"  # intact
    ALTERED = "altered"  # a file's bytes differ from its manifest line
    MISSING = "missing"  # a listed file is not in the bundle
    ADDED = "added"  # a file no manifest lists
    COUNT = "count"  # Payload-Oxum: another number of files or bytes than was signed
    SIGNATURE = "signature"  # the signature does not verify, or not with the key the bundle names
    UNTRUSTED = "untrusted"  # a valid signature, but not by the key the recipient expects
    CUSTODY = "custody"  # the custody chain does not check
    DAMAGED = "damaged"  # not a complete bag: the checks stopped early


@dataclass(frozen=True)
class Problem:
    """Why a bundle is not intact: the kind (for plain words), the file concerned, the core's sentence."""

    kind: ProblemKind
    reason: Text | None = None  # None only for NONE
    path: str = ""  # the file concerned, for ALTERED, MISSING and ADDED


@dataclass(frozen=True)
class TrustedKeys:
    """What the recipient trusts, from outside the bundle: a fingerprint, or allowed_signers lines."""

    fingerprint: str | None = None
    signers: tuple[AllowedSigner, ...] = ()


@dataclass(frozen=True)
class SignatureCheck:
    valid: bool
    fingerprint: str | None  # of the key that made the signature, when it could be read
    identity: str | None  # its principal in the bundle's allowed_signers
    trusted: bool | None  # None: the recipient named no key, so the key is only the bundle's claim
    problem: Text | None  # None when valid


@dataclass(frozen=True)
class VerificationReport:
    bag_name: str
    files: tuple[FileCheck, ...]
    signature: SignatureCheck
    chain: ChainCheck | None  # None when the checks stopped before the custody log
    bundle_id: str | None
    exported_at: str | None
    problem: Problem | None  # the first reason it is not intact; None when intact

    @property
    def intact(self) -> bool:
        return self.problem is None

    @property
    def reason(self) -> Text | None:
        return None if self.problem is None else self.problem.reason

    def verdict(self) -> Text:
        if self.problem is not None:
            return Verify.tr("NOT INTACT — {reason}").format(reason=self.problem.reason)
        if self.signature.trusted is None:
            return Verify.tr("INTACT — signed by key {fingerprint} (this key is only the bundle's own claim: compare "
                             "it with the fingerprint the sender gave you, or name it with --signer)").format(
                fingerprint=self.signature.fingerprint)
        return Verify.tr("INTACT — signed by key {fingerprint}").format(fingerprint=self.signature.fingerprint)


class _Stop(Exception):
    """A structural problem after which the remaining checks would mean nothing."""

    def __init__(self, reason: Text, kind: ProblemKind = ProblemKind.DAMAGED, path: str = "") -> None:
        super().__init__(str(reason))
        self.problem = Problem(kind, reason, path)


def _read_tags(archive: safezip.SafeZip) -> dict[str, bytes]:
    """Every file outside data/, whole: together they must stay small, or memory would not."""
    paths = [p for p in archive.files if not p.startswith("data/")]
    if sum(archive.files[p].info.file_size for p in paths) > MAX_TAG_BYTES:
        raise _Stop(Verify.tr("the files beside the data folder are far larger than a bag's tag files can be"))
    tags = {}
    for path in paths:
        try:
            tags[path] = b"".join(archive.stream(path))
        except safezip.MemberUnreadable as error:
            raise _Stop(Verify.tr("{path} cannot be read ({reason})").format(path=path, reason=error.text)) from None
    return tags


class _Verification:
    """One run of the checks over an opened archive; `run` returns the report."""

    def __init__(self, archive: safezip.SafeZip, trusted: TrustedKeys | None, now: datetime) -> None:
        self.archive = archive
        self.trusted = trusted
        self.now = now
        self.tags: dict[str, bytes] = {}
        self.statuses: dict[str, FileCheck] = {}
        self.problems: list[Problem] = []
        self.bag_info: BagInfo | None = None
        self.signature = SignatureCheck(False, None, None, None, Verify.tr("not checked"))
        self.chain: ChainCheck | None = None
        self._chain_problem: Problem | None = None

    def _status(self, path: str, status: FileStatus, detail: Text | None = None) -> None:
        self.statuses[path] = FileCheck(path, status, detail)

    def run(self) -> VerificationReport:
        try:
            self._structure_and_hashes()
            self._check_signature()
        except _Stop as stop:
            self.problems.insert(0, stop.problem)
        info = self.bag_info
        return VerificationReport(
            self.archive.top, tuple(self.statuses[p] for p in sorted(self.statuses, key=_report_order)),
            self.signature, self.chain, info.bundle_id if info else None, info.exported_at if info else None,
            self.problems[0] if self.problems else None,
        )

    def _structure_and_hashes(self) -> None:
        files = self.archive.files
        for name in _REQUIRED_TAG_FILES:
            if name not in files:
                self._status(name, FileStatus.MISSING)
        for name in ("bagit.txt", "bag-info.txt", MANIFEST, TAG_MANIFEST):
            if name not in files:
                # It stops the checks, but it is still a missing file.
                raise _Stop(Verify.tr("{path} is missing: this is not a complete bag").format(path=name),
                            ProblemKind.MISSING, name)
        self.tags = _read_tags(self.archive)
        if self.tags["bagit.txt"] != BAGIT_TXT:
            raise _Stop(Verify.tr("bagit.txt is not the BagIt 1.0 declaration"))
        try:
            self.bag_info = read_bag_info(self.tags["bag-info.txt"])
            payload_manifest = parse_manifest(self.tags[MANIFEST], MANIFEST)
            tag_manifest = parse_manifest(self.tags[TAG_MANIFEST], TAG_MANIFEST)
        except BagTextInvalid as error:
            raise _Stop(error.text) from None
        if any(not path.startswith("data/") for path in payload_manifest):
            raise _Stop(Verify.tr("{manifest} lists a file outside the data folder").format(manifest=MANIFEST))
        if any(path.startswith("data/") or path in (TAG_MANIFEST, SIGNATURE) for path in tag_manifest):
            raise _Stop(Verify.tr("{manifest} lists a file it must not cover").format(manifest=TAG_MANIFEST))
        self._listing(payload_manifest, tag_manifest)
        chain_checker = ChainChecker(_attachments(payload_manifest))
        payload_bytes = self._hash_payload(payload_manifest, chain_checker)
        self._hash_tags(tag_manifest)
        self._oxum(payload_bytes)
        for check in self.statuses.values():
            if check.status is FileStatus.ALTERED:
                self.problems.append(Problem(ProblemKind.ALTERED, Verify.tr("{path} was altered ({detail})").format(
                    path=check.path, detail=check.detail), check.path))
        self._check_chain(payload_manifest, chain_checker)

    def _listing(self, payload_manifest: dict[str, str], tag_manifest: dict[str, str]) -> None:
        files = self.archive.files
        for manifest_name, manifest in ((MANIFEST, payload_manifest), (TAG_MANIFEST, tag_manifest)):
            for path in manifest:
                if path not in files:
                    self._status(path, FileStatus.MISSING, Verify.tr("listed in {manifest}").format(
                        manifest=manifest_name))
        for path in files:
            if path not in payload_manifest and path not in tag_manifest and path not in (TAG_MANIFEST, SIGNATURE):
                self._status(path, FileStatus.UNLISTED, Verify.tr("in no manifest"))
        ordered = sorted(self.statuses.values(), key=lambda c: _report_order(c.path))
        self.problems += [Problem(ProblemKind.MISSING, _missing(c.path), c.path)
                          for c in ordered if c.status is FileStatus.MISSING]
        self.problems += [Problem(ProblemKind.ADDED, Verify.tr("{path} was added (it is in no manifest)").format(
            path=c.path), c.path) for c in ordered if c.status is FileStatus.UNLISTED]

    def _hash_payload(self, manifest: dict[str, str], chain_checker: ChainChecker) -> int:
        total = 0
        for path in sorted(p for p in self.archive.files if p.startswith("data/")):
            hasher, size = hashlib.sha256(), 0
            try:
                for chunk in self.archive.stream(path):
                    hasher.update(chunk)
                    size += len(chunk)
                    if path == CUSTODY_LOG:
                        chain_checker.feed(chunk)
            except safezip.MemberUnreadable as error:
                self._status(path, FileStatus.ALTERED, Verify.tr("its bytes cannot be read: {reason}").format(
                    reason=error.text))
                continue
            total += size
            if path in manifest:
                self._compare(path, hasher.hexdigest(), manifest[path], MANIFEST)
        return total

    def _hash_tags(self, manifest: dict[str, str]) -> None:
        for path, data in self.tags.items():
            if path in manifest:
                self._compare(path, hashlib.sha256(data).hexdigest(), manifest[path], TAG_MANIFEST)

    def _compare(self, path: str, actual: str, expected: str, manifest_name: str) -> None:
        if actual == expected:
            self._status(path, FileStatus.OK)
        else:
            self._status(path, FileStatus.ALTERED, Verify.tr("its SHA-256 is not the one in {manifest}").format(
                manifest=manifest_name))

    def _oxum(self, payload_bytes: int) -> None:
        assert self.bag_info is not None
        count = sum(1 for p in self.archive.files if p.startswith("data/"))
        if (payload_bytes, count) != (self.bag_info.payload_bytes, self.bag_info.payload_files):
            self.problems.append(Problem(ProblemKind.COUNT, Verify.tr(
                "bag-info.txt declares {declared_files} payload files of {declared_bytes} bytes (Payload-Oxum), "
                "but the bundle holds {files} files of {bytes} bytes").format(
                declared_files=self.bag_info.payload_files, declared_bytes=self.bag_info.payload_bytes,
                files=count, bytes=payload_bytes)))

    def _check_chain(self, payload_manifest: dict[str, str], chain_checker: ChainChecker) -> None:
        assert self.bag_info is not None
        if CUSTODY_LOG not in self.archive.files:
            self.chain = ChainCheck(False, 0, 0, "", Verify.tr("the custody log is missing"))
        else:
            self.chain = chain_checker.finish(self.bag_info.custody_head)
        if not self.chain.intact:
            self._chain_problem = Problem(ProblemKind.CUSTODY, Verify.tr("custody log: {problem}").format(
                problem=self.chain.problem))

    def _check_signature(self) -> None:
        self.signature = self._signature()
        sig = self.signature
        if not sig.valid:
            self._status(SIGNATURE, FileStatus.MISSING if SIGNATURE not in self.tags else FileStatus.ALTERED,
                         sig.problem)
            self.problems.append(Problem(ProblemKind.SIGNATURE, Verify.tr("signature: {problem}").format(
                problem=sig.problem)))
        else:
            self._status(SIGNATURE, FileStatus.OK)
            if sig.trusted is False:
                self.problems.append(Problem(ProblemKind.UNTRUSTED, Verify.tr(
                    "the bundle is signed by key {fingerprint}, which is not a key you trust").format(
                    fingerprint=sig.fingerprint)))
        if TAG_MANIFEST in self.tags:
            # A fingerprint means the signature is mathematically good over these exact bytes (only
            # its key may be wrong); without one, the tag manifest is vouched for by nothing.
            verified = sig.fingerprint is not None
            self._status(TAG_MANIFEST, FileStatus.OK if verified else FileStatus.ALTERED,
                         None if verified else Verify.tr("its signature does not verify"))
        if self._chain_problem is not None:
            self.problems.append(self._chain_problem)

    def _signature(self) -> SignatureCheck:
        if SIGNATURE not in self.tags:
            return SignatureCheck(False, None, None, None, _missing(SIGNATURE))
        try:
            parsed = sshsig.verify(self.tags[SIGNATURE], self.tags[TAG_MANIFEST], signing.NAMESPACE)
        except SignatureInvalid as error:
            return SignatureCheck(False, None, None, None, error.text)
        fingerprint = parsed.fingerprint
        signers = allowed_signers.parse(self.tags.get(ALLOWED_SIGNERS, b""))
        allowing = [s for s in signers if s.allows(parsed.key_blob, signing.NAMESPACE, self.now)]
        if not allowing:
            return SignatureCheck(False, fingerprint, None, None, Verify.tr(
                "the signing key {fingerprint} is not the key in {file}").format(
                fingerprint=fingerprint, file=ALLOWED_SIGNERS))
        assert self.bag_info is not None
        if fingerprint != self.bag_info.signer_fingerprint:
            return SignatureCheck(False, fingerprint, None, None, Verify.tr(
                "bag-info.txt names key {named}, but the signature was made with key {fingerprint}").format(
                named=self.bag_info.signer_fingerprint[:60], fingerprint=fingerprint))
        return SignatureCheck(True, fingerprint, allowing[0].principals, self._trusted(parsed.key_blob, fingerprint),
                              None)

    def _trusted(self, key_blob: bytes, fingerprint: str) -> bool | None:
        if self.trusted is None:
            return None
        if self.trusted.fingerprint is not None and fingerprint != self.trusted.fingerprint:
            return False
        signers = self.trusted.signers
        return not signers or any(s.allows(key_blob, signing.NAMESPACE, self.now) for s in signers)


def _attachments(payload_manifest: dict[str, str]) -> set[tuple[str, str]]:
    """(incident id, SHA-256) of every evidence file, from its path data/evidence/<id>/<name>."""
    pairs = set()
    for path, sha256 in payload_manifest.items():
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "evidence":
            pairs.add((parts[2], sha256))
    return pairs


def _missing(path: str) -> Text:
    return Verify.tr("{path} is missing").format(path=path)


def _report_order(path: str) -> tuple[int, str]:
    return (1 if path.startswith("data/") else 0, path)


def verify_bundle(path: Path, trusted: TrustedKeys | None = None, now: datetime | None = None) -> VerificationReport:
    """Check the bundle at `path`; raises ArchiveRefused (not intact) for a zip we refuse to read."""
    with safezip.open_archive(path) as archive:
        return _Verification(archive, trusted, now or datetime.now(timezone.utc)).run()
