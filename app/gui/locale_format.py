"""Dates and numbers as the user's locale writes them (QLocale(): the chosen language's, set at start).

The core stores times as ISO 8601 text. Shown here on their own clock, never converted: a time the
user stated with its offset, or a UTC time the app recorded, reads as the record holds it. Years
are always written in full, as a record of threats spans years and may be read in court.

Under the C locale (no locale set, as on a bare server or in the test suite) dates stay ISO 8601,
the one neutral format.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

LEFT_TO_RIGHT_MARK = "\u200e"


def number(value: int) -> str:
    """1234567 as '1,234,567', '1 234 567' or '1.234.567'."""
    return QLocale().toString(value)


def decimal(value: float, places: int = 1) -> str:
    """2.5 as '2.5' or '2,5'."""
    return QLocale().toString(value, "f", places)


def _date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")  # en_US, az: M/d/yy, dd.MM.yy


def clock(moment: str) -> str:
    """The time of day of an ISO date-time ('2026-10-05T23:14…'), to the minute: '23:14' or '11:14 PM'."""
    try:
        time = QTime(int(moment[11:13]), int(moment[14:16]))
    except ValueError:
        return moment[11:16]
    locale = QLocale()
    return locale.toString(time, locale.timeFormat(QLocale.FormatType.ShortFormat))


def moment(text: str) -> str:
    """A stored date or time at its precision: '2026' stays a year (never '2,026'), '2026-10' is a
    month, '2026-10-05' a date, a date-time gets its time to the minute. Unreadable text is shown
    as it is."""
    locale = QLocale()
    try:
        if len(text) == 4:
            return str(int(text))
        if len(text) == 7:
            name = locale.standaloneMonthName(int(text[5:7]))
            return f"{name} {int(text[:4])}" if name and locale.language() != QLocale.Language.C else text
        date = QDate(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return text
    if not date.isValid():
        return text
    shown = locale.toString(date, _date_format(locale))
    return f"{shown} {clock(text)}" if len(text) >= 16 and text[10] in "T " else shown


def period_name(label: str) -> str:
    """A timeline period as the core labels it ('2025-10', '2025-W41'), in the user's words:
    'Oct 2025' or 'окт. 2025', 'week 41, 2025'. Unreadable labels are shown as they are."""
    locale = QLocale()
    try:
        if len(label) == 7 and label[4] == "-":
            name = locale.monthName(int(label[5:7]), QLocale.FormatType.ShortFormat)
            return f"{name} {int(label[:4])}" if name and locale.language() != QLocale.Language.C else label
        if len(label) == 8 and label[4:6] == "-W":
            return QCoreApplication.translate("Timeline", "week %1, %2").replace("%1", str(int(label[6:]))).replace(
                "%2", str(int(label[:4])))
    except ValueError:
        pass
    return label


def left_to_right(text: str) -> str:
    """Account handles and phone numbers read left to right in every language: in a right-to-left
    layout, without the mark, '@name' shows as 'name@' and '+994 50 555' as '555 50 994+'."""
    return LEFT_TO_RIGHT_MARK + text if text else text
