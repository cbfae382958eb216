"""When an incident happened, as precisely as the person knows it.

Someone under attack often remembers only "the 5th", "October" or "between the 1st and the
10th", so an incident's time is an instant, a date, a month, a year or a range of those. Each
value keeps the canonical text the user meant plus two UTC bounds used for sorting and filtering.

A date, month or year carries no time zone, so its bounds are that calendar period read in UTC.
This is an approximation of up to ±14 hours at the edges, accepted because the person did not
know the hour either; instants, which do carry an offset, are exact.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from app.core.errors import InvalidInput
from app.core.wording import Errors, Text

MAX_TEXT_LENGTH = 100
MIN_YEAR = 1900
MAX_YEAR = 2100

# Real-world offsets run from -12:00 to +14:00; a larger one is a typo.
_MAX_OFFSET = timedelta(hours=14)

_EXAMPLES = Errors.tr("like 2026-10-05, 2026-10-05 14:30, 2026-10 or 2026")

_SINGLE = re.compile(
    r"""
    (?P<year>[0-9]{4})
    (?: -(?P<month>[0-9]{1,2})
        (?: -(?P<day>[0-9]{1,2})
            (?: (?:[Tt]|[ ]+) (?P<hour>[0-9]{1,2}) : (?P<minute>[0-9]{2}) (?: : (?P<second>[0-9]{2}) )?
                [ ]* (?P<offset> [Zz]
                    | (?P<sign>[+-]) (?P<off_hours>[0-9]{2}) :? (?P<off_minutes>[0-9]{2})
                      (?: :(?P<off_seconds>[0-9]{2}) )?
                )?
            )?
        )?
    )?
    """,
    re.VERBOSE | re.ASCII,
)

_RANGE_SEPARATOR = re.compile(r"\s*(?:/|\.\.)\s*")


@dataclass(frozen=True)
class Occurred:
    """A point or period in time; `text` is canonical and parses back to an equal value.

    kind is "instant", "date", "month", "year" or "range"; start and end are UTC instants
    'YYYY-MM-DDTHH:MM:SSZ' bounding the period (equal for an instant), comparable as text.
    """

    kind: str
    text: str
    start: str
    end: str


# Recent results by (text, zone): an import validates a text and then stores its canonical form,
# and both lookups should cost one parse. Bounded, and canonical texts map to themselves.
_RECENT: dict[tuple[str, tzinfo | None], Occurred] = {}
_RECENT_LIMIT = 8192


def parse_occurred(untrusted_text: str, default_tz: tzinfo | None = None) -> Occurred:
    """Parse an instant, date, month, year, or a range 'A/B' or 'A..B' of those.

    A date-time without an offset is read in `default_tz`, or the system's local zone if None,
    and its canonical text carries that offset explicitly.
    """
    cached = _RECENT.get((untrusted_text, default_tz))
    if cached is not None:
        return cached
    result = _parse(untrusted_text, default_tz)
    if len(_RECENT) >= _RECENT_LIMIT:
        _RECENT.clear()
    _RECENT[(untrusted_text, default_tz)] = result
    # A canonical text carries its offset, so it parses the same in every zone.
    _RECENT[(result.text, None)] = result
    return result


def _parse(untrusted_text: str, default_tz: tzinfo | None) -> Occurred:
    text = _bounded_text(untrusted_text)
    parts = _RANGE_SEPARATOR.split(text)
    if len(parts) == 1:
        return _parse_single(text, default_tz)
    if len(parts) > 2:
        raise InvalidInput(Errors.tr(
            "Cannot read the range {text}: a range has one start and one end, separated by '/' or '..'."
        ).format(text=_quote(text)))
    return _parse_range(text, parts[0], parts[1], default_tz)


def parse_date_bound(untrusted_text: str, *, end: bool, default_tz: tzinfo | None = None) -> str:
    """Return the UTC start (or, if `end`, the UTC end) of a date, month, year or instant.

    Used for --since/--until filters; a date-time without an offset is read as in parse_occurred.
    """
    text = _bounded_text(untrusted_text)
    if _RANGE_SEPARATOR.search(text):
        raise InvalidInput(Errors.tr("Cannot use the range {text} here: give one date, month, year or time.").format(
            text=_quote(text)))
    occurred = _parse_single(text, default_tz)
    return occurred.end if end else occurred.start


def utc_now() -> str:
    """Return the current UTC time as 'YYYY-MM-DDTHH:MM:SS.ffffffZ', sortable as text."""
    return f"{datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%S.%f}Z"


def _bounded_text(untrusted_text: str) -> str:
    if len(untrusted_text) > MAX_TEXT_LENGTH:
        raise InvalidInput(Errors.tr("The date {text}… is too long: {length} characters, at most {limit}.").format(
            text=_quote(untrusted_text[:20]), length=len(untrusted_text), limit=MAX_TEXT_LENGTH))
    text = untrusted_text.strip()
    if not text:
        raise InvalidInput(Errors.tr("No date given: write one {examples}, or a range like 2026-10-01/2026-10-10.").format(
            examples=_EXAMPLES))
    return text


def _parse_range(text: str, first_text: str, last_text: str, default_tz: tzinfo | None) -> Occurred:
    if not first_text or not last_text:
        missing = Errors.tr("Cannot read the range {text}: the start is missing.") if not first_text else \
            Errors.tr("Cannot read the range {text}: the end is missing.")
        raise InvalidInput(missing.format(text=_quote(text)))
    first = _parse_single(first_text, default_tz)
    last = _parse_single(last_text, default_tz)
    if last.end < first.start:
        raise InvalidInput(Errors.tr("Cannot read the range {text}: it ends ({end}) before it starts ({start}).").format(
            text=_quote(text), end=last.text, start=first.text))
    return Occurred("range", f"{first.text}/{last.text}", first.start, last.end)


# The canonical form of an instant, which every import and every stored incident uses: read by the
# C parser in datetime (an import of 50,000 messages parses each time twice; ~5 us instead of ~50).
_CANONICAL_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def _parse_single(text: str, default_tz: tzinfo | None) -> Occurred:
    if _CANONICAL_INSTANT.fullmatch(text) and (fast := _canonical_instant(text)) is not None:
        return fast
    return _parse_general(text, default_tz)


def _canonical_instant(text: str) -> Occurred | None:
    """The instant of a text already in canonical form, or None to let the general parser decide
    (and word the error): an invalid date, a year or offset out of range, or '-00:00'."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    offset = moment.utcoffset()
    if not MIN_YEAR <= moment.year <= MAX_YEAR or offset is None or abs(offset) > _MAX_OFFSET or \
            text.endswith("-00:00"):
        return None
    utc = moment.astimezone(timezone.utc).isoformat()[:19] + "Z"
    return Occurred("instant", text, utc, utc)


def _parse_general(text: str, default_tz: tzinfo | None) -> Occurred:
    match = _SINGLE.fullmatch(text)
    if match is None:
        raise InvalidInput(Errors.tr("Cannot read the date {text}: write it {examples}.").format(
            text=_quote(text), examples=_EXAMPLES))
    year = _checked(text, Errors.tr("year"), match["year"], MIN_YEAR, MAX_YEAR)
    if match["month"] is None:
        return _period("year", f"{year:04d}", datetime(year, 1, 1), datetime(year, 12, 31))
    month = _checked(text, Errors.tr("month"), match["month"], 1, 12)
    last_day = calendar.monthrange(year, month)[1]
    if match["day"] is None:
        return _period("month", f"{year:04d}-{month:02d}", datetime(year, month, 1), datetime(year, month, last_day))
    day = _checked(text, Errors.tr("day"), match["day"], 1, last_day, f"{year:04d}-{month:02d}")
    if match["hour"] is None:
        date = datetime(year, month, day)
        return _period("date", f"{date:%Y-%m-%d}", date, date)
    wall = datetime(
        year,
        month,
        day,
        _checked(text, Errors.tr("hour"), match["hour"], 0, 23),
        _checked(text, Errors.tr("minute"), match["minute"], 0, 59),
        _checked(text, Errors.tr("second"), match["second"] or "0", 0, 59),
    )
    offset = _zone_offset(text, wall, default_tz) if match["offset"] is None else _typed_offset(text, match)
    return _instant(text, wall, offset)


def _checked(text: str, name: Text, digits: str, low: int, high: int, month: str = "") -> int:
    value = int(digits)
    if not low <= value <= high:
        template = (Errors.tr("Cannot read the date {text}: {name} must be {low}–{high} for {month}.") if month
                    else Errors.tr("Cannot read the date {text}: {name} must be {low}–{high}."))
        raise InvalidInput(template.format(text=_quote(text), name=name, low=low, high=high, month=month))
    return value


def _period(kind: str, canonical: str, first_day: datetime, last_day: datetime) -> Occurred:
    return Occurred(kind, canonical, f"{first_day:%Y-%m-%d}T00:00:00Z", f"{last_day:%Y-%m-%d}T23:59:59Z")


def _instant(text: str, wall: datetime, offset: timedelta) -> Occurred:
    if abs(offset) > _MAX_OFFSET:
        raise InvalidInput(Errors.tr("Cannot read the date {text}: time-zone offset must be -14:00 to +14:00.").format(
            text=_quote(text)))
    moment = wall.replace(tzinfo=timezone(offset))
    utc = f"{moment.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%S}Z"
    return Occurred("instant", f"{wall:%Y-%m-%dT%H:%M:%S}{_format_offset(offset)}", utc, utc)


def _typed_offset(text: str, match: re.Match[str]) -> timedelta:
    if match["sign"] is None:  # "Z"
        return timedelta(0)
    size = timedelta(
        hours=int(match["off_hours"]),
        minutes=_checked(text, Errors.tr("time-zone offset minute"), match["off_minutes"], 0, 59),
        seconds=_checked(text, Errors.tr("time-zone offset second"), match["off_seconds"] or "0", 0, 59),
    )
    return -size if match["sign"] == "-" else size


def _zone_offset(text: str, wall: datetime, default_tz: tzinfo | None) -> timedelta:
    try:
        # A wall time that a DST change skips or repeats gets the offset before the change (fold=0).
        zoned = wall.astimezone() if default_tz is None else wall.replace(tzinfo=default_tz)
        offset = zoned.utcoffset()
    except (OSError, OverflowError, ValueError):
        # Some platforms cannot look up the local zone for old dates (Windows before 1970).
        offset = None
    if offset is None:
        raise InvalidInput(Errors.tr("Cannot tell the time zone for {text}: add an offset after the time, e.g. +04:00.")
                           .format(text=_quote(text)))
    # The canonical text has whole seconds; rounding keeps text and bounds describing one instant.
    return timedelta(seconds=round(offset.total_seconds()))


def _format_offset(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    hours, minutes = divmod(minutes, 60)
    # Seconds appear only for historical local-mean-time offsets (e.g. Baku before 1924).
    suffix = f":{seconds:02d}" if seconds else ""
    return f"{sign}{hours:02d}:{minutes:02d}{suffix}"


def _quote(text: str) -> str:
    # The message is one line the user reads: never let input break it or reorder it with bidi controls.
    return "'" + "".join(ch if ch.isprintable() else "\ufffd" for ch in text) + "'"
