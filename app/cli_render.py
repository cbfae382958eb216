"""How the CLI shows things to a person. JSON output does not pass through here (see cli.py)."""

from __future__ import annotations

from app.core.custody import ChainReport, CustodyEntry
from app.core.drafts import IncidentDraft
from app.core.incidents import Incident, Revision


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def incident_row(incident: Incident) -> str:
    draft = incident.draft
    when = (draft.occurred or incident.recorded_at[:10])[:16]
    marks = "D" if incident.deleted_at else " "
    files = f"{len(incident.evidence)} file(s)" if incident.evidence else ""
    return f"{incident.id}  {when:<16}  {draft.type:<20} {marks} {_one_line(draft.title, 50):<50}  {files}"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _field_lines(draft: IncidentDraft) -> list[tuple[str, str]]:
    lines = [
        ("Type", draft.type),
        ("Title", draft.title),
        ("Occurred", draft.occurred or "—"),
        ("Platform", draft.platform or "—"),
        ("Accounts", ", ".join(f"{a.handle} ({a.platform})" for a in draft.accounts) or "—"),
        ("Target", draft.target or "—"),
        ("Severity", str(draft.severity) if draft.severity else "—"),
        ("Sensitive", "yes" if draft.sensitive else "no"),
        ("Tags", ", ".join(draft.tags) or "—"),
        ("URLs", "\n".join(draft.urls) or "—"),
        ("Location", draft.location or "—"),
    ]
    lines += [(key.replace("_", " ").capitalize(), _value(value)) for key, value in draft.details.items()]
    lines += [("Original text", draft.text or "—"), ("Translation", draft.translation or "—"),
              ("Private notes", draft.notes or "—")]
    return lines


def incident_detail(incident: Incident) -> str:
    out = [f"Incident {incident.id} (revision {incident.revision}, recorded {incident.recorded_at})"]
    if incident.purged_at:
        out.append(f"PURGED {incident.purged_at}: its content was removed.")
        return "\n".join(out)
    if incident.deleted_at:
        out.append(f"DELETED {incident.deleted_at}: {incident.delete_reason}")
    for label, value in _field_lines(incident.draft):
        indented = value.replace("\n", "\n" + " " * 20)
        out.append(f"  {label + ':':<17} {indented}")
    if incident.evidence:
        out.append("  Evidence:")
        for item in incident.evidence:
            out.append(f"    {item.sha256}  {item.display_name}  ({item.media_type}, {_size(item.size)})")
    return "\n".join(out)


def history(revisions: list[Revision]) -> str:
    out = []
    previous: dict[str, str] = {}
    for revision in revisions:
        fields = dict(_field_lines(revision.draft))
        changed = [k for k, v in fields.items() if previous.get(k) != v] if previous else []
        summary = "created" if not previous else ("changed: " + ", ".join(changed) if changed else "no change")
        out.append(f"revision {revision.revision}  {revision.saved_at}  sha256 {revision.sha256}  {summary}")
        previous = fields
    return "\n".join(out)


def custody_entry(entry: CustodyEntry) -> str:
    sha = entry.object_sha256 or "-"
    return f"{entry.seq:>6}  {entry.utc_time}  {entry.action:<12} {entry.object_id:<32}  {sha}"


def chain_report(report: ChainReport) -> str:
    if report.intact:
        return f"Custody log intact: {report.entries} entries, head {report.head_hash}."
    return f"Custody log BROKEN at entry {report.first_bad_seq}: {report.problem}."
