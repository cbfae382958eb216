"""How each value reads in the PDF report, in the language the report is written in.

The report's words are app.core.wording Texts (context "Report"); the caller that knows Qt (the
CLI or the desktop app) hands in a `ReportLanguage` that renders them, so the core stays free of
Qt. Type, platform and target labels use the desktop app's own translations (context
"taxonomy"), so the report and the screen name things alike.

Dates stay numeric, year first ("2026-10-05 14:30 UTC") in every language: a court abroad reads
them without doubt about day and month order, and they match data/incidents.json character for
character. Numbers are grouped as the language groups them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from app.core.errors import InvalidInput
from app.core.records import taxonomy
from app.core.reporting.report_layout import Cleaned
from app.core.wording import Number, NumberFormat, Report, Text, Translate, english, grouped

TAXONOMY_CONTEXT = "taxonomy"  # app/gui/labels.py's context for the core's type and platform labels


@dataclass(frozen=True)
class ReportLanguage:
    code: str = "en"  # ISO 639-1, also the PDF's /Lang
    translate: Translate = english
    number: NumberFormat = field(default=grouped)

    def say(self, text: Text) -> str:
        return text.render(self.translate, self.number)

    def template(self, text: Text) -> str:
        """The translated template with its fields left to fill (the footer fills its page numbers late)."""
        return self.translate(text.context, text.template, text.disambiguation, text.count)

    def label(self, english_label: str) -> str:
        """A taxonomy label (type, field, platform, target, choice) as the app shows it."""
        return self.translate(TAXONOMY_CONTEXT, english_label, "", None) if english_label else ""


ENGLISH = ReportLanguage()

_MOMENT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?"
                     r"\s*(Z|[+-]\d{2}:?\d{2})?")
PLATFORM_LABELS, TARGET_LABELS = dict(taxonomy.PLATFORMS), dict(taxonomy.TARGETS)


def moment_text(value: str, seconds: bool = False) -> str | None:
    match = _MOMENT.fullmatch(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    text = "-".join(part for part in (year, month, day) if part)
    if hour:
        text += f" {hour}:{minute}" + (f":{second or '00'}" if seconds or (second and second != "00") else "")
        if zone:
            text += " UTC" if zone in ("Z", "+00:00", "+0000") else f" (UTC{zone})"
    return text


def when(value: object, seconds: bool = False) -> str:
    """A canonical date, time or range ("A/B") in a form people read, or "" (then show it cleaned)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return ""
    parts = re.split(r"/|\.\.", value)
    shown = [moment_text(part, seconds) for part in parts]
    return " – ".join(shown) if len(parts) <= 2 and all(shown) else ""  # type: ignore[arg-type]


def file_size(value: object, language: ReportLanguage = ENGLISH) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return ""
    exact = language.say(Report.tr("%n byte(s)", "", value)).replace(str(value), language.number(value, 0), 1)
    if value < 1024:
        return exact
    unit, amount = "KB", value / 1024
    for bigger in ("MB", "GB", "TB"):
        if amount < 1024:
            break
        unit, amount = bigger, amount / 1024
    return f"{language.number(amount, 1)} {unit} ({exact})"


def as_list(value: object) -> list:
    return value if isinstance(value, list) else []


def type_info(incident: dict, language: ReportLanguage = ENGLISH) -> tuple[str, dict[str, str], bool]:
    """The type's label, its fields' labels by key, and whether the type is always sensitive."""
    type_id = incident.get("type")
    try:
        kind = taxonomy.incident_type(type_id if isinstance(type_id, str) else "")
    except InvalidInput:
        return str(type_id or language.say(Report.tr("Unknown type"))), {}, False
    labels = {item.key: language.label(item.label) for item in kind.fields}
    return language.label(kind.label), labels, kind.always_sensitive


def platform_text(platform: object, language: ReportLanguage = ENGLISH) -> object:
    if not isinstance(platform, str):
        return platform
    return language.label(PLATFORM_LABELS[platform]) if platform in PLATFORM_LABELS else platform


def target_text(target: object, language: ReportLanguage = ENGLISH) -> object:
    if not isinstance(target, str):
        return target
    return language.label(TARGET_LABELS[target]) if target in TARGET_LABELS else target


def account_text(value: object, language: ReportLanguage = ENGLISH) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        handle, platform = value.get("handle") or "", value.get("platform") or ""
        label = platform_text(platform, language) if isinstance(platform, str) else ""
        return f"{handle} ({label})" if label else str(handle)
    return str(value)


def detail_text(value: object, language: ReportLanguage = ENGLISH) -> str:
    if isinstance(value, bool):
        return language.say(Report.tr("Yes") if value else Report.tr("No"))
    if isinstance(value, str):
        # A choice field's value is one of the taxonomy's English words ("explicit"): the app's label.
        return language.label(value) if value in _CHOICE_WORDS else value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


_CHOICE_WORDS = frozenset(choice for kind in taxonomy.TYPES for item in kind.fields for choice in item.choices)


def note_for(cleaned: Cleaned, language: ReportLanguage = ENGLISH) -> str:
    """The sentence under a field saying what the report changed in it, or ""."""
    parts = []
    if cleaned.marked:
        parts.append(Report.tr("{count} characters the report cannot draw (emoji, control or direction "
                               "characters…) are shown as [U+…] marks").format(count=Number(cleaned.marked)))
    if cleaned.hidden:
        parts.append(Report.tr("{count} invisible formatting characters or excess stacked accents are not "
                               "shown").format(count=Number(cleaned.hidden)))
    if cleaned.omitted:
        parts.append(Report.tr("the text continues for {count} more characters, not printed here").format(
            count=Number(cleaned.omitted)))
    if not parts:
        return ""
    sentence = "; ".join(language.say(part) for part in parts)
    return sentence[0].upper() + sentence[1:] + " " + language.say(
        Report.tr("The exact text is in data/incidents.json."))
