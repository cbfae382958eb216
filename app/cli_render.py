"""How the CLI shows things to a person. JSON output does not pass through here (see cli.py)."""

from __future__ import annotations

from app.core.records.custody import ChainReport, CustodyEntry
from app.core.records.drafts import IncidentDraft
from app.core.records.incidents import Incident, Revision
from app.core.wording import Cli, Number
from app.translate import say

_UNITS = (Cli.tr("{size} KB"), Cli.tr("{size} MB"), Cli.tr("{size} GB"))


def _size(n: int) -> str:
    if n < 1024:
        return say(Cli.tr("%n byte(s)", "", n))
    value = n / 1024
    for unit in _UNITS[:-1]:
        if value < 1024:
            return say(unit.format(size=Number(value, 1)))
        value /= 1024
    return say(_UNITS[-1].format(size=Number(value, 1)))


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def incident_row(incident: Incident) -> str:
    draft = incident.draft
    when = (draft.occurred or incident.recorded_at[:10])[:16]
    marks = "D" if incident.deleted_at else " "
    files = say(Cli.tr("%n file(s)", "", len(incident.evidence))) if incident.evidence else ""
    return f"{incident.id}  {when:<16}  {draft.type:<20} {marks} {_one_line(draft.title, 50):<50}  {files}"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return say(Cli.tr("yes") if value else Cli.tr("no"))
    return str(value)


def _field_lines(draft: IncidentDraft) -> list[tuple[str, str]]:
    lines = [
        (say(Cli.tr("Type")), draft.type),
        (say(Cli.tr("Title")), draft.title),
        (say(Cli.tr("Occurred")), draft.occurred or "—"),
        (say(Cli.tr("Platform")), draft.platform or "—"),
        (say(Cli.tr("Accounts")), ", ".join(f"{a.handle} ({a.platform})" for a in draft.accounts) or "—"),
        (say(Cli.tr("Target")), draft.target or "—"),
        (say(Cli.tr("Severity")), str(draft.severity) if draft.severity else "—"),
        (say(Cli.tr("Sensitive")), _value(draft.sensitive)),
        (say(Cli.tr("Tags")), ", ".join(draft.tags) or "—"),
        (say(Cli.tr("URLs")), "\n".join(draft.urls) or "—"),
        (say(Cli.tr("Location")), draft.location or "—"),
    ]
    # A type's own fields are named by their stored keys, as `--field KEY=VALUE` takes them.
    lines += [(key.replace("_", " ").capitalize(), _value(value)) for key, value in draft.details.items()]
    lines += [(say(Cli.tr("Original text")), draft.text or "—"),
              (say(Cli.tr("Translation")), draft.translation or "—"),
              (say(Cli.tr("Private notes")), draft.notes or "—")]
    return lines


def incident_detail(incident: Incident) -> str:
    out = [say(Cli.tr("Incident {id} (revision {revision}, recorded {time})").format(
        id=incident.id, revision=incident.revision, time=incident.recorded_at))]
    if incident.purged_at:
        out.append(say(Cli.tr("PURGED {time}: its content was removed.").format(time=incident.purged_at)))
        return "\n".join(out)
    if incident.deleted_at:
        out.append(say(Cli.tr("DELETED {time}: {reason}").format(time=incident.deleted_at,
                                                                 reason=incident.delete_reason)))
    for label, value in _field_lines(incident.draft):
        indented = value.replace("\n", "\n" + " " * 20)
        out.append(f"  {label + ':':<17} {indented}")
    if incident.evidence:
        out.append("  " + say(Cli.tr("Evidence:")))
        for item in incident.evidence:
            out.append(f"    {item.sha256}  {item.display_name}  ({item.media_type}, {_size(item.size)})")
    return "\n".join(out)


def history(revisions: list[Revision]) -> str:
    out = []
    previous: dict[str, str] = {}
    for revision in revisions:
        fields = dict(_field_lines(revision.draft))
        changed = [k for k, v in fields.items() if previous.get(k) != v] if previous else []
        if not previous:
            summary = Cli.tr("created")
        else:
            summary = Cli.tr("changed: {fields}").format(fields=", ".join(changed)) if changed else Cli.tr("no change")
        out.append(say(Cli.tr("revision {revision}  {saved_at}  sha256 {sha256}  {summary}").format(
            revision=revision.revision, saved_at=revision.saved_at, sha256=revision.sha256, summary=summary)))
        previous = fields
    return "\n".join(out)


def custody_entry(entry: CustodyEntry) -> str:
    sha = entry.object_sha256 or "-"
    return f"{entry.seq:>6}  {entry.utc_time}  {entry.action:<12} {entry.object_id:<32}  {sha}"


def chain_report(report: ChainReport) -> str:
    if report.intact:
        return say(Cli.tr("Custody log intact: {count} entries, head {hash}.").format(
            count=report.entries, hash=report.head_hash))
    return say(Cli.tr("Custody log BROKEN at entry {seq}: {problem}.").format(
        seq=report.first_bad_seq, problem=report.problem))
