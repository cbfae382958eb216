"""From a read source to the preview: which messages, which are already in the vault, which incidents.

Deduplication is by the SHA-256 of each message's record, stored as evidence: a record that k
incidents of the vault already hold accounts for the first k messages of the source with those
exact bytes. (Counting, rather than a yes/no, because two WhatsApp messages of one minute with
the same text are two messages with identical records.) Grouping comes after deduplication, so
an export imported again with another grouping still creates nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from app.core.errors import InvalidInput
from app.core.importers.common import ImportOptions, Message, Skip, Source, SourceKind, shorten
from app.core.records import drafts, taxonomy
from app.core.records.drafts import IncidentDraft
from app.core.records.occurred import parse_date_bound
from app.core.records.textfold import fold
from app.core.storage.database import Connection
from app.core.wording import Errors, Import, Text

_PLATFORMS = {SourceKind.TELEGRAM: "telegram", SourceKind.WHATSAPP: "whatsapp", SourceKind.EMAIL: "email",
              SourceKind.MBOX: "email"}
_QUERY_BATCH = 500
MAX_GROUP_MINUTES = 24 * 60


@dataclass(frozen=True)
class PlannedIncident:
    draft: IncidentDraft  # validated: what create_many will store
    messages: tuple[Message, ...]

    @property
    def files(self) -> list[tuple[str, int]]:
        """(name, size) of every evidence file: the records, then the media."""
        return ([(m.record.name, m.record.size) for m in self.messages]
                + [(f.name, f.size) for m in self.messages for f in m.media])


@dataclass(frozen=True)
class Tally:
    """How many messages of one chat or sender the source has, the user chose, and are new."""

    name: str
    found: int
    selected: int
    new: int


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import will do, computed without writing: what the preview shows."""

    source: Source
    options: ImportOptions
    selected: tuple[Message, ...]
    incidents: tuple[PlannedIncident, ...]
    duplicates: tuple[Message, ...]
    skipped: dict[Skip, int]  # why messages of the source are left out, and how many
    warnings: tuple[Text, ...]
    chats: tuple[Tally, ...]
    senders: tuple[Tally, ...]

    @property
    def evidence_files(self) -> int:
        return sum(len(i.files) for i in self.incidents)

    @property
    def evidence_bytes(self) -> int:
        return sum(size for i in self.incidents for _, size in i.files)

    @property
    def missing(self) -> list[tuple[str, Text]]:
        """(the message's title, the file it names and why it is not there)."""
        return [(i.draft.title, what) for i in self.incidents for m in i.messages for what in m.missing]

    @property
    def left_out(self) -> list[Text]:
        """Each reason messages are left out, with how many: '3 service messages (joins, pins, calls)'."""
        return [reason.counted(count) for reason, count in self.skipped.items()]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.source.kind.value, "source": str(self.source.path), "source_sha256": self.source.sha256,
            "messages": len(self.source.messages), "selected": len(self.selected),
            "new_incidents": len(self.incidents), "duplicates": len(self.duplicates),
            "evidence_files": self.evidence_files, "evidence_bytes": self.evidence_bytes,
            # Machine-readable: the reasons' fixed English keys, the warnings in English.
            "skipped": {reason.value: count for reason, count in self.skipped.items()},
            "warnings": [str(warning) for warning in self.warnings],
            "missing": [{"incident": title, "file": str(what)} for title, what in self.missing],
            "chats": [asdict(t) for t in self.chats], "senders": [asdict(t) for t in self.senders],
            "incidents": [{"title": i.draft.title, "occurred_at": i.draft.occurred, "messages": len(i.messages),
                           "accounts": [{"platform": a.platform, "handle": a.handle} for a in i.draft.accounts],
                           "files": [name for name, _ in i.files]} for i in self.incidents],
        }


def known_counts(conn: Connection, digests: Sequence[str]) -> dict[str, int]:
    """For each record SHA-256, how many incidents of the vault hold it as evidence."""
    counts: dict[str, int] = {}
    unique = list(dict.fromkeys(digests))
    for at in range(0, len(unique), _QUERY_BATCH):
        batch = unique[at: at + _QUERY_BATCH]
        rows = conn.execute(
            "SELECT b.sha256, count(DISTINCT e.incident_id) FROM blobs b JOIN evidence e ON e.blob_id = b.id"
            f" WHERE b.sha256 IN ({','.join('?' * len(batch))}) GROUP BY b.sha256", batch)
        counts.update(rows)
    return counts


def check_options(options: ImportOptions) -> None:
    taxonomy.incident_type(options.incident_type)
    if not 0 <= options.group_minutes <= MAX_GROUP_MINUTES:
        raise InvalidInput(Errors.tr("Grouping takes 0 to {limit} minutes, not {minutes}.").format(
            limit=MAX_GROUP_MINUTES, minutes=options.group_minutes))


def make_plan(source: Source, options: ImportOptions, known: dict[str, int]) -> ImportPlan:
    check_options(options)
    skipped = dict(source.skipped)
    selected, warnings = _select(source, options, skipped)
    new, duplicates = split_new(selected, known)
    incidents = build_incidents(new, source, options)
    return ImportPlan(source, options, tuple(selected), incidents, tuple(duplicates), skipped,
                      tuple(source.warnings + warnings), *_tallies(source.messages, selected, new))


def split_new(selected: Sequence[Message], known: dict[str, int]) -> tuple[list[Message], list[Message]]:
    seen: Counter[str] = Counter()
    new, duplicates = [], []
    for message in selected:
        digest = message.record.sha256
        (duplicates if seen[digest] < known.get(digest, 0) else new).append(message)
        seen[digest] += 1
    return new, duplicates


def _sender_keys(message: Message) -> set[str]:
    keys = {fold(message.sender), fold(message.sender_id)}
    if message.account:
        keys.add(fold(message.account.handle))
    return keys - {""}


def _select(source: Source, options: ImportOptions, skipped: dict[Skip, int]) -> tuple[list[Message], list[Text]]:
    def skip(reason: Skip) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    chats = {fold(c): c for c in options.chats}
    senders = {fold(s): s for s in options.senders}
    since = parse_date_bound(options.since, end=False, default_tz=options.time_zone) if options.since else None
    until = parse_date_bound(options.until, end=True, default_tz=options.time_zone) if options.until else None
    matched_chats: set[str] = set()
    matched_senders: set[str] = set()
    selected = []
    for m in source.messages:
        chat_hit = {fold(m.chat), fold(m.chat_id)} & chats.keys() if chats else set()
        sender_hit = _sender_keys(m) & senders.keys() if senders else set()
        matched_chats |= chat_hit
        matched_senders |= sender_hit
        if chats and not chat_hit:
            skip(Skip.OTHER_CHAT)
        elif senders and not sender_hit:
            skip(Skip.OTHER_SENDER)
        elif (since or until) and m.utc is None:
            skip(Skip.UNDATED)
        elif (since and m.utc < since) or (until and m.utc > until):  # type: ignore[operator]
            skip(Skip.OUTSIDE_DATES)
        else:
            selected.append(m)
    warnings = [Import.tr("No chat is called “{name}”.").format(name=name)
                for key, name in chats.items() if key not in matched_chats]
    warnings += [Import.tr("No sender is called “{name}”.").format(name=name)
                 for key, name in senders.items() if key not in matched_senders]
    return selected, warnings


def _continues(group: list[Message], message: Message, minutes: int) -> bool:
    last = group[-1]
    if (message.chat, message.chat_id, message.sender, message.sender_id) != \
            (last.chat, last.chat_id, last.sender, last.sender_id):
        return False
    if message.position != last.position + 1 or message.utc is None or last.utc is None:
        return False
    # Identical records never share an incident: each stays one piece of evidence of its own.
    if any(m.record.sha256 == message.record.sha256 for m in group):
        return False
    gap = datetime.fromisoformat(message.utc[:-1]) - datetime.fromisoformat(last.utc[:-1])
    return 0 <= gap.total_seconds() <= minutes * 60


def _groups(new: list[Message], options: ImportOptions) -> list[list[Message]]:
    if options.single_incident:
        return [new] if new else []
    groups: list[list[Message]] = []
    for message in new:
        if options.group_minutes and groups and _continues(groups[-1], message, options.group_minutes):
            groups[-1].append(message)
        else:
            groups.append([message])
    return groups


def _span(group: list[Message]) -> str | None:
    dated = sorted((m.utc, m.occurred) for m in group if m.utc and m.occurred)
    if not dated:
        return next((m.occurred for m in group if m.occurred), None)
    first, last = dated[0][1], dated[-1][1]
    return first if first == last else f"{first}/{last}"


def build_incidents(new: list[Message], source: Source, options: ImportOptions) -> tuple[PlannedIncident, ...]:
    planned = []
    for group in _groups(new, options):
        first = group[0]
        # Notes are stored with the incident, so they are written once, in English (str of a Text).
        notes = [m.note for m in group] + [f"Missing from the export: {what!s}." for m in group for what in m.missing]
        draft = IncidentDraft(
            type=options.incident_type,
            title=first.title if len(group) == 1 else f"{first.title} (+{len(group) - 1} more)",
            occurred=_span(group), platform=_PLATFORMS.get(source.kind),
            accounts=tuple(dict.fromkeys(m.account for m in group if m.account)),
            text="\n\n".join(m.text for m in group if m.text),
            urls=tuple(dict.fromkeys(url for m in group for url in m.urls)), notes="\n".join(notes),
        )
        try:
            planned.append(PlannedIncident(drafts.validate(draft), tuple(group)))
        except InvalidInput as error:
            raise InvalidInput(Errors.tr("Cannot import “{title}”: {reason}").format(
                title=shorten(first.title, 60), reason=error.text)) from None
    return tuple(planned)


def _tallies(messages: list[Message], selected: list[Message],
             new: list[Message]) -> tuple[tuple[Tally, ...], tuple[Tally, ...]]:
    chosen, fresh = {id(m) for m in selected}, {id(m) for m in new}
    result = []
    for key in (lambda m: m.chat, lambda m: m.account.handle if m.account else m.sender or "(no sender)"):
        counts: dict[str, list[int]] = {}
        for m in messages:
            row = counts.setdefault(key(m), [0, 0, 0])
            row[0] += 1
            row[1] += id(m) in chosen
            row[2] += id(m) in fresh
        result.append(tuple(Tally(name, *row) for name, row in counts.items()))
    return result[0], result[1]
