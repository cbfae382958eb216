"""The lines of a WhatsApp chat export: which ones start a message, and what date they mean.

WhatsApp writes each message's time in the phone's locale, with no zone and no marker of the date
order: iOS `[05.10.26, 23:14:02] Name: text`, Android `05/10/2026, 23:14 - Name: text` or
`10/5/26, 11:14 PM - Name: text`, separators '.', '/' or '-', 12 or 24 hours, seconds or not,
'AM', 'a.m.' or 'a. m.', with a no-break or narrow no-break space (U+202F, iOS) before it.
Whether 05/10 is the 5th of October or May 10th is decided once per file from all its dates.
"""

from __future__ import annotations

import locale
import os
import re
from dataclasses import dataclass
from datetime import datetime

from app.core.errors import ImportEncodingUnknown, ImportMalformed
from app.core.wording import Errors, Import, Number, Text

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)
# The words for an order inside a sentence (the values above are also the CLI's --date-order choices).
_ORDER_WORDS = {DAY_FIRST: Import.tr("day-first"), MONTH_FIRST: Import.tr("month-first")}

_SPACE = "[ \u00a0\u202f]"
_MARKS = "[\u200e\u200f]?"  # iOS puts a left-to-right mark before some lines
_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\.?"
_TIME = (r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
         rf"(?:{_SPACE}?(?P<ampm>[AaPp]\.?{_SPACE}?[Mm]\.?))?")
_BRACKET = re.compile(rf"{_MARKS}\[{_DATE},?{_SPACE}+{_TIME}\]{_SPACE}(?P<rest>.*)")
_DASH = re.compile(rf"{_MARKS}{_DATE},?{_SPACE}+{_TIME}{_SPACE}[-–]{_SPACE}(?P<rest>.*)")

# The US and a few places it shaped write the month first; most of the world, and every
# language our users write, puts the day first.
_MONTH_FIRST_TERRITORIES = frozenset({"US", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "VI", "UM"})
_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b")


@dataclass(frozen=True)
class Header:
    """The start of a message line: its date fields as written, its time, and what follows."""

    a: str
    b: str
    c: str
    hour: int
    minute: int
    second: int | None
    pm: bool | None  # None on a 24-hour clock
    bracket: bool  # the iOS form
    rest: str  # 'Name: text', or the text of a system message


def match_header(line: str) -> Header | None:
    match = _BRACKET.fullmatch(line)
    bracket = match is not None
    match = match or _DASH.fullmatch(line)
    if match is None:
        return None
    ampm = match["ampm"]
    return Header(match["a"], match["b"], match["c"], int(match["hour"]), int(match["minute"]),
                  int(match["second"]) if match["second"] else None,
                  None if ampm is None else ampm[0] in "pP", bracket, match["rest"])


def decode(untrusted_bytes: bytes, name: str) -> str:
    """The chat's text: UTF-8 (a byte-order mark allowed) or UTF-16, as phones and editors save it."""
    data, encoding = untrusted_bytes, "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        sample = data[:4096]
        # UTF-16 without a byte-order mark: every other byte of Latin text is zero.
        if sample and sample.count(0) > len(sample) // 4:
            encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportEncodingUnknown(Errors.tr(
            "{name} is not {encoding} text (the byte at position {position} cannot be read). WhatsApp writes UTF-8; "
            "if the file was opened and saved again in another program, export the chat again."
        ).format(name=name, encoding=encoding.upper(), position=Number(error.start))) from None
    if "\x00" in text:
        raise ImportMalformed(Errors.tr("{name} holds NUL characters; it is not a WhatsApp chat. Nothing was "
                                        "imported.").format(name=name))
    return text


def first_line(untrusted_head: bytes) -> str:
    """The first non-empty line of a file's first bytes, decoded leniently (the head may end
    inside a character): enough to tell whether the file is a chat."""
    for cut in range(4):  # a UTF-8 character has at most 4 bytes; a UTF-16 unit 2
        try:
            text = decode(untrusted_head[: len(untrusted_head) - cut], "")
        except (ImportEncodingUnknown, ImportMalformed):
            continue
        return next((line.rstrip("\r") for line in text.split("\n") if line.strip()), "")
    return ""


def system_date_order() -> str:
    """The date order of this computer's region settings, for dates that read both ways."""
    setting = next((os.environ[v] for v in ("LC_ALL", "LC_TIME", "LANG") if os.environ.get(v)), "")
    setting = setting or (locale.getlocale(locale.LC_TIME)[0] or "")
    territory = _TERRITORY.match(setting)
    return MONTH_FIRST if territory and territory[1].upper() in _MONTH_FIRST_TERRITORIES else DAY_FIRST


def date_order(headers: list[Header], chosen: str | None, name: str) -> tuple[str, Text | None]:
    """'ymd', 'dmy' or 'mdy' for the whole file, and a warning for the preview when it had to guess
    (or when the user's choice contradicts the dates)."""
    if any(len(h.a) == 4 for h in headers):
        return "ymd", None
    day_first = next((h for h in headers if int(h.a) > 12), None)
    month_first = next((h for h in headers if int(h.b) > 12), None)
    if day_first and month_first:
        raise ImportMalformed(Errors.tr("{name} has dates that are day-first ({day_first}) and others that are "
                                        "month-first ({month_first}); it is not one export. Nothing was imported.")
                              .format(name=name, day_first=_date_text(day_first), month_first=_date_text(month_first)))
    if day_first or month_first:
        found = DAY_FIRST if day_first else MONTH_FIRST
        warning = None if chosen in (None, found) else Import.tr(
            "The dates in {name} are {found}; --date-order {chosen} was ignored.").format(
            name=name, found=_ORDER_WORDS[found], chosen=chosen)
        return ("dmy" if day_first else "mdy"), warning
    order = chosen or system_date_order()
    other = MONTH_FIRST if order == DAY_FIRST else DAY_FIRST
    if chosen:
        warning = Import.tr("Every date in {name} reads both ways (like {example}); they were read {order} (as you "
                            "chose). If that is wrong, choose {other}.")
    else:
        warning = Import.tr("Every date in {name} reads both ways (like {example}); they were read {order} (from "
                            "this computer's region settings). If that is wrong, choose {other}.")
    example = _date_text(headers[0]) if headers else ""
    return ("dmy" if order == DAY_FIRST else "mdy"), warning.format(
        name=name, example=example, order=_ORDER_WORDS[order], other=_ORDER_WORDS[other])


def timestamp(header: Header, order: str, line_number: int, name: str) -> datetime:
    if order == "ymd":
        year, month, day = header.a, header.b, header.c
    elif order == "dmy":
        day, month, year = header.a, header.b, header.c
    else:
        month, day, year = header.a, header.b, header.c
    # Two-digit years: WhatsApp exists since 2009.
    full_year = int(year) + 2000 if len(year) <= 2 else int(year)
    hour = header.hour
    if header.pm is not None:
        if not 1 <= hour <= 12:
            hour = -1
        else:
            hour = hour % 12 + (12 if header.pm else 0)
    try:
        return datetime(full_year, int(month), int(day), hour, header.minute, header.second or 0)
    except ValueError:
        raise ImportMalformed(Errors.tr("{name}, line {line}: the time {time} does not exist; the file is damaged or "
                                        "was edited. Nothing was imported.").format(
            name=name, line=Number(line_number), time=_date_text(header))) from None


def _date_text(header: Header) -> str:
    return f"{header.a}/{header.b}/{header.c} {header.hour}:{header.minute:02d}"
