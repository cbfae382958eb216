"""What every importer produces: a Source of Messages, read without touching the vault.

An importer turns an export (Telegram, WhatsApp, e-mail, a folder) into Messages, each carrying its
record — the message exactly as the source holds it, the unit of deduplication — and the files
it names. planning.py filters, deduplicates and groups them into the incidents a preview shows;
applying.py writes exactly those, in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from enum import Enum, StrEnum
from pathlib import Path
from typing import BinaryIO, Protocol

from app.core.errors import ImportCancelled, ImportTooLarge, InvalidInput
from app.core.records.drafts import AccountRef
from app.core.records.occurred import MAX_YEAR, MIN_YEAR
from app.core.wording import Errors, Import, Text, joined

MIB = 1024 * 1024
# What is read whole into memory is bounded, so a crafted or mistaken file cannot exhaust it.
# Far above real exports: a 50,000-message result.json is about 25 MiB.
MAX_JSON_BYTES = 256 * MIB
MAX_CHAT_BYTES = 128 * MIB
MAX_EMAIL_BYTES = 128 * MIB
MAX_MESSAGES = 500_000
READ_BYTES = MIB

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_TITLE_CHARS = 80
_SENDER_CHARS = 60
# Format characters that reorder or hide text; a sender's name must not turn a title around.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # exactly Unicode's category Cc
_MAX_OFFSET = timedelta(hours=14)
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


class SourceKind(str, Enum):
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    MBOX = "mbox"
    FOLDER = "folder"

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    SourceKind.TELEGRAM: Import.tr("Telegram export"),
    SourceKind.WHATSAPP: Import.tr("WhatsApp chat export"),
    SourceKind.EMAIL: Import.tr("e-mail"),
    SourceKind.MBOX: Import.tr("mailbox (mbox)"),
    SourceKind.FOLDER: Import.tr("folder of files"),
}


class Skip(StrEnum):
    """Why messages of a source are left out. The value is the English phrase a JSON plan keys
    them by (machine-readable, so it never changes with the language); `counted` is what people read."""

    SERVICE = "service messages (joins, pins, calls)"
    SYSTEM = "system messages (encryption notice, joins, changes)"
    SAME_EMAIL = "identical copies of another e-mail in the source"
    HIDDEN = "hidden and system files"
    SAME_FILE = "identical copies of another file in the folder"
    OTHER_CHAT = "in other chats"
    OTHER_SENDER = "from other senders"
    UNDATED = "without a date (a date range was chosen)"
    OUTSIDE_DATES = "outside the dates chosen"

    def counted(self, count: int) -> Text:
        """'3 service messages (joins, pins, calls)': one whole phrase per reason, plural-aware."""
        return _LEFT_OUT[self](count)


_LEFT_OUT: dict[Skip, Callable[[int], Text]] = {
    Skip.SERVICE: lambda n: Import.tr("%n service message(s) (joins, pins, calls)", "", n),
    Skip.SYSTEM: lambda n: Import.tr("%n system message(s) (encryption notice, joins, changes)", "", n),
    Skip.SAME_EMAIL: lambda n: Import.tr("%n e-mail(s) identical to another in the source", "", n),
    Skip.HIDDEN: lambda n: Import.tr("%n hidden or system file(s)", "", n),
    Skip.SAME_FILE: lambda n: Import.tr("%n file(s) identical to another in the folder", "", n),
    Skip.OTHER_CHAT: lambda n: Import.tr("%n in other chats", "", n),
    Skip.OTHER_SENDER: lambda n: Import.tr("%n from other senders", "", n),
    Skip.UNDATED: lambda n: Import.tr("%n without a date (a date range was chosen)", "", n),
    Skip.OUTSIDE_DATES: lambda n: Import.tr("%n outside the dates chosen", "", n),
}


@dataclass(frozen=True)
class SourceFile:
    """A file in the source that becomes evidence; `locator` is how the source's container finds it."""

    locator: str
    name: str
    size: int


@dataclass(frozen=True)
class Record:
    """A message exactly as the source holds it, stored as evidence: its SHA-256 is how a second
    import of the same export recognises it. Chat records are small and held in memory (`data`);
    an e-mail or a file is read again from the source when it is written (`file`)."""

    name: str
    sha256: str
    size: int
    data: bytes | None = None
    file: SourceFile | None = None


@dataclass(frozen=True)
class Message:
    """One message, e-mail or file of the source: what one incident is made of, or part of one."""

    chat: str
    position: int  # order in its chat; two messages are consecutive when their positions are
    record: Record
    title: str
    text: str = ""
    sender: str = ""  # as the source shows it
    sender_id: str = ""  # a stable identifier when the source has one (from_id, the address)
    chat_id: str = ""
    account: AccountRef | None = None
    occurred: str | None = None  # canonical occurred text
    utc: str | None = None  # 'YYYY-MM-DDTHH:MM:SSZ', for date filters and grouping
    media: tuple[SourceFile, ...] = ()
    missing: tuple[Text, ...] = ()  # files the message names that the source does not hold, and why
    urls: tuple[str, ...] = ()
    note: str = ""  # where it came from, for the incident's private notes


class Container(Protocol):
    """Opens the files of one source (a folder, a zip, a mailbox) while an import writes them."""

    def open(self, locator: str) -> AbstractContextManager[BinaryIO]: ...

    def __enter__(self) -> Container: ...

    def __exit__(self, *exc_info: object) -> None: ...


@dataclass
class Source:
    """A source read whole: its own hash (recorded in the custody log) and its messages."""

    kind: SourceKind
    path: Path
    sha256: str
    messages: list[Message]
    open_container: Callable[[], Container]
    noun: str = "message"
    skipped: dict[Skip, int] = field(default_factory=dict)
    warnings: list[Text] = field(default_factory=list)
    # Recomputes `sha256` from the source, to refuse an import whose source changed after the
    # preview; None where each record's own hash is checked as it is stored instead.
    rehash: Callable[[], str] | None = None
    # Records met so far, for sources where identical bytes are one thing twice (e-mail, files).
    seen: set[str] = field(default_factory=set)

    def skip(self, reason: Skip, count: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + count


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose in the preview (or on the command line)."""

    kind: SourceKind | None = None  # None: detect it
    chats: tuple[str, ...] = ()  # names or ids; empty: all
    senders: tuple[str, ...] = ()  # names, ids, handles or addresses; empty: all
    since: str | None = None
    until: str | None = None
    group_minutes: int = 0  # consecutive messages of one sender this close become one incident; 0: never
    single_incident: bool = False  # everything new becomes one incident
    incident_type: str = "other"
    date_order: str | None = None  # WhatsApp: "day-first" or "month-first" when the dates do not say
    time_zone: tzinfo | None = None  # for times a source gives without a zone; None: this computer's


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def read_limited(stream: BinaryIO, limit: int, what: str, advice: Text) -> bytes:
    """Read a stream that must fit in memory, refusing it with a clear message beyond `limit` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(what, limit, advice)
    return data


def too_large(what: Text | str, limit: int, advice: Text) -> ImportTooLarge:
    """The refusal of a file (or an e-mail of a mailbox) over `limit` bytes, with what to do instead."""
    return ImportTooLarge(joined(Errors.tr("{name} is larger than {limit} MiB, the most Threatlog reads at once.")
                                 .format(name=what, limit=limit // MIB), advice))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stream_sha256(stream: BinaryIO) -> tuple[str, int]:
    hasher, size = hashlib.sha256(), 0
    while chunk := stream.read(READ_BYTES):
        hasher.update(chunk)
        size += len(chunk)
    return hasher.hexdigest(), size


def manifest_sha256(entries: Iterable[tuple[str, str]]) -> str:
    """The hash of a listing of (relative path, SHA-256): `sha256sum` lines sorted by the path's
    UTF-8 bytes, as `LC_ALL=C sort` orders them, so anyone can recompute it (docs/importing.md)."""
    ordered = sorted((path.encode("utf-8", "surrogateescape"), digest) for path, digest in entries)
    return sha256_hex(b"".join(digest.encode("ascii") + b"  " + path + b"\n" for path, digest in ordered))


def clean_label(untrusted_text: str) -> str:
    """A name or subject fit for a title: no control or bidi characters, whitespace collapsed."""
    return " ".join(_CONTROLS.sub(" ", untrusted_text.translate(_BIDI_CONTROLS)).split())


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def message_title(sender: str, text: str, what: str) -> str:
    """'Sender: first line of the text', or 'Sender: photo' when there is no text."""
    first = next((line for line in (clean_label(part) for part in text.splitlines()) if line), "")
    body = shorten(first, _TITLE_CHARS) or what
    name = shorten(clean_label(sender), _SENDER_CHARS)
    return f"{name}: {body}" if name else body


def _instant(wall: datetime, offset: timedelta) -> tuple[str, str]:
    """Occurred's canonical text of an instant (occurred.py: whole seconds, the offset written out)
    and its UTC form, built directly: an import of 50,000 messages would otherwise parse each
    time it has just formatted. tests/core/test_import_common.py checks both against occurred.py."""
    if not MIN_YEAR <= wall.year <= MAX_YEAR or abs(offset) > _MAX_OFFSET:
        raise InvalidInput(Errors.tr("The time {time} is out of range ({first}–{last}).").format(
            time=f"{wall:%Y-%m-%d %H:%M}", first=MIN_YEAR, last=MAX_YEAR))
    seconds = int(offset.total_seconds())
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    suffix = f":{seconds % 60:02d}" if seconds % 60 else ""
    utc = (wall - offset).replace(tzinfo=None)
    return (f"{wall:%Y-%m-%dT%H:%M:%S}{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}{suffix}",
            f"{utc:%Y-%m-%dT%H:%M:%S}Z")


def wall_time(wall: datetime, zone: tzinfo | None) -> tuple[str, str]:
    """Occurred text and UTC instant of a clock time given without a zone: read in `zone`, else
    in this computer's zone on that date (as occurred.py reads a time typed without offset)."""
    wall = wall.replace(microsecond=0, tzinfo=None)
    try:
        offset = (wall.astimezone() if zone is None else wall.replace(tzinfo=zone)).utcoffset()
    except (OSError, OverflowError, ValueError):
        offset = None
    if offset is None:
        raise InvalidInput(Errors.tr("Cannot tell the time zone of {time}; give one (e.g. +04:00).").format(
            time=f"{wall:%Y-%m-%d %H:%M}"))
    return _instant(wall, timedelta(seconds=round(offset.total_seconds())))


def exact_time(moment: datetime) -> tuple[str, str]:
    """Occurred text and UTC instant of a time that carries its own offset."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("exact_time needs an aware datetime")
    return _instant(moment.replace(microsecond=0, tzinfo=None), timedelta(seconds=round(offset.total_seconds())))
