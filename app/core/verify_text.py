"""A verification report in words: the plain-text report and the kind of its first problem.

`threatlog verify` prints `render_verification`, and the desktop app's "Copy report" copies the
very same lines, so what a lawyer pastes into a letter is what anyone re-running the command
gets. `first_problem` tells the app *which kind* of problem the first reason is (a changed file,
a wrong key...), so it can say it in the user's language; the core keeps English sentences and
no Qt. Nothing here decides whether a bundle is intact: app.core.verify does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.verify import FileCheck, FileStatus, VerificationReport


def refused_verdict(refusal: BaseException | str) -> str:
    """The one line `threatlog verify` prints for an archive it refused to open."""
    return f"NOT INTACT — {refusal}"


def file_line(check: FileCheck) -> str:
    return f"{check.status.value:<9} {check.path}" + (f"  ({check.detail})" if check.detail else "")


def signature_line(report: VerificationReport) -> str:
    sig = report.signature
    if not sig.valid:
        return f"Signature: NOT valid: {sig.problem}."
    trust = {None: "not compared with a key you trust (use --signer or --allowed-signers)",
             True: "the key you trust", False: "NOT the key you trust"}[sig.trusted]
    return f"Signature: valid, key {sig.fingerprint} ({sig.identity}); {trust}."


def custody_line(report: VerificationReport) -> str | None:
    """None when the checks stopped before the custody log was read."""
    chain = report.chain
    if chain is None:
        return None
    state = "intact" if chain.intact else f"BROKEN: {chain.problem}"
    return f"Custody log: {state}; {chain.entries} entries, {chain.full_entries} given in full."


def render_verification(report: VerificationReport) -> str:
    lines = [f"Bundle: {report.bag_name}"]
    lines += [file_line(c) for c in report.files]
    lines.append(signature_line(report))
    custody = custody_line(report)
    if custody is not None:
        lines.append(custody)
    lines.append(report.verdict())
    return "\n".join(lines)


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
    kind: ProblemKind
    path: str = ""  # the file concerned, for ALTERED, MISSING and ADDED
    technical: str = ""  # the core's own sentence, shown beside the plain words


def first_problem(report: VerificationReport) -> Problem:
    """Classify `report.reason` by the report's own structured facts and the prefixes
    app.core.verify gives its reasons; anything unrecognised is DAMAGED with its sentence intact."""
    reason = report.reason
    if not reason:
        return Problem(ProblemKind.NONE)
    if reason.startswith("signature: "):
        return Problem(ProblemKind.SIGNATURE, technical=reason)
    if reason.startswith("custody log: "):
        return Problem(ProblemKind.CUSTODY, technical=reason)
    if report.signature.valid and report.signature.trusted is False and reason.startswith("the bundle is signed by"):
        return Problem(ProblemKind.UNTRUSTED, technical=reason)
    if "(Payload-Oxum)" in reason:
        return Problem(ProblemKind.COUNT, technical=reason)
    by_status = {FileStatus.ALTERED: (ProblemKind.ALTERED, " was altered"),
                 FileStatus.MISSING: (ProblemKind.MISSING, " is missing"),
                 FileStatus.UNLISTED: (ProblemKind.ADDED, " was added")}
    for check in report.files:
        if check.status in by_status:
            kind, phrase = by_status[check.status]
            if reason.startswith(check.path + phrase):
                # "X is missing: this is not a complete bag" stopped the checks, but it is still a missing file.
                return Problem(kind, check.path, reason)
    return Problem(ProblemKind.DAMAGED, technical=reason)
