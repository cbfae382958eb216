"""A verification report in words: the plain-text report and the kind of its first problem.

`threatlog verify` prints `render_verification`, and the desktop app's "Copy report" copies the
very same lines, so what a lawyer pastes into a letter is what anyone re-running the command
gets (in the reader's language: each line is a template of app.core.wording, and the caller
passes the translate function). `first_problem` tells the app *which kind* of problem the first
reason is (a changed file, a wrong key...), so it can say it in plain words. Nothing here decides
whether a bundle is intact: app.core.bundles.verify does.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.bundles.verify import FileCheck, FileStatus, Problem, ProblemKind, VerificationReport
from app.core.wording import Number, Text, Verify, plain

# The word each status shows; the enum's value stays the same in every language.
_STATUS_WORDS = {FileStatus.OK: Verify.tr("OK"), FileStatus.ALTERED: Verify.tr("ALTERED"),
                 FileStatus.MISSING: Verify.tr("MISSING"), FileStatus.UNLISTED: Verify.tr("UNLISTED")}


def status_word(status: FileStatus) -> Text:
    return _STATUS_WORDS[status]


def refused_verdict(refusal: Text | str) -> Text:
    """The one line `threatlog verify` prints for an archive it refused to open."""
    return Verify.tr("NOT INTACT — {reason}").format(reason=refusal if isinstance(refusal, Text) else plain(refusal))


def _file_line(check: FileCheck, width: int, render: Callable[[Text], str]) -> str:
    line = f"{render(status_word(check.status)):<{width}} {check.path}"
    return line + (f"  ({render(check.detail)})" if check.detail is not None else "")


def signature_line(report: VerificationReport) -> Text:
    sig = report.signature
    if not sig.valid:
        return Verify.tr("Signature: NOT valid: {problem}.").format(problem=sig.problem)
    if sig.trusted is None:
        template = Verify.tr("Signature: valid, key {fingerprint} ({identity}); not compared with a key you trust "
                             "(use --signer or --allowed-signers).")
    elif sig.trusted:
        template = Verify.tr("Signature: valid, key {fingerprint} ({identity}); the key you trust.")
    else:
        template = Verify.tr("Signature: valid, key {fingerprint} ({identity}); NOT the key you trust.")
    return template.format(fingerprint=sig.fingerprint, identity=sig.identity)


def custody_line(report: VerificationReport) -> Text | None:
    """None when the checks stopped before the custody log was read."""
    chain = report.chain
    if chain is None:
        return None
    if chain.intact:
        return Verify.tr("Custody log: intact; {entries} entries, {full} given in full.").format(
            entries=Number(chain.entries), full=Number(chain.full_entries))
    return Verify.tr("Custody log: BROKEN: {problem}; {entries} entries, {full} given in full.").format(
        problem=chain.problem, entries=Number(chain.entries), full=Number(chain.full_entries))


def render_verification(report: VerificationReport, render: Callable[[Text], str] = str) -> str:
    """The report's lines, each sentence put by `render` in the reader's language (app.translate.say);
    English by default."""
    # The status column is as wide as the longest word in this language, so the paths stay aligned.
    width = max(len(render(word)) for word in _STATUS_WORDS.values()) + 1
    lines = [render(Verify.tr("Bundle: {name}").format(name=report.bag_name))]
    lines += [_file_line(c, width, render) for c in report.files]
    lines.append(render(signature_line(report)))
    custody = custody_line(report)
    if custody is not None:
        lines.append(render(custody))
    lines.append(render(report.verdict()))
    return "\n".join(lines)


def first_problem(report: VerificationReport) -> Problem:
    """The first reason the bundle is not intact, with its kind; kind NONE when it is intact."""
    return report.problem or Problem(ProblemKind.NONE)

