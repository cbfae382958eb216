"""Translated labels for the core's ids (types, platforms, targets, fields).

The core keeps English source strings free of Qt; they are translated here in the "taxonomy"
context; SOURCE_STRINGS below lets lupdate find them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.records import taxonomy

CONTEXT = "taxonomy"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def type_label(type_id: str) -> str:
    try:
        return tr(taxonomy.incident_type(type_id).label)
    except Exception:  # noqa: BLE001 - an unknown id from an old vault still gets shown
        return type_id


def type_short_label(type_id: str) -> str:
    try:
        return tr(taxonomy.incident_type(type_id).short_label)
    except Exception:  # noqa: BLE001 - an unknown id from an old vault still gets shown
        return type_id


def platform_label(platform_id: str | None) -> str:
    return tr(dict(taxonomy.PLATFORMS).get(platform_id or "", platform_id or ""))


def target_label(target_id: str | None) -> str:
    return tr(dict(taxonomy.TARGETS).get(target_id or "", target_id or ""))

# Every English label of app.core.records.taxonomy, written out so that lupdate (which reads literals, not
# values) puts them in the .ts files; tests/gui/test_languages.py fails when the core gains one not listed.
SOURCE_STRINGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("taxonomy", "Direct threat (violence, death, rape)"),
    QT_TRANSLATE_NOOP("taxonomy", "Threat"),
    QT_TRANSLATE_NOOP("taxonomy", "Threat wording (original)"),
    QT_TRANSLATE_NOOP("taxonomy", "Channel"),
    QT_TRANSLATE_NOOP("taxonomy", "Explicit or implicit"),
    QT_TRANSLATE_NOOP("taxonomy", "explicit"),
    QT_TRANSLATE_NOOP("taxonomy", "implicit"),
    QT_TRANSLATE_NOOP("taxonomy", "Mentions family"),
    QT_TRANSLATE_NOOP("taxonomy", "Harassment / trolling"),
    QT_TRANSLATE_NOOP("taxonomy", "Harassment"),
    QT_TRANSLATE_NOOP("taxonomy", "Kind of insult"),
    QT_TRANSLATE_NOOP("taxonomy", "sexualised"),
    QT_TRANSLATE_NOOP("taxonomy", "ethnic"),
    QT_TRANSLATE_NOOP("taxonomy", "traitor"),
    QT_TRANSLATE_NOOP("taxonomy", "religious"),
    QT_TRANSLATE_NOOP("taxonomy", "other"),
    QT_TRANSLATE_NOOP("taxonomy", "Number of messages"),
    QT_TRANSLATE_NOOP("taxonomy", "Private data exposed"),
    QT_TRANSLATE_NOOP("taxonomy", "Doxxing"),
    QT_TRANSLATE_NOOP("taxonomy", "What was exposed"),
    QT_TRANSLATE_NOOP("taxonomy", "address"),
    QT_TRANSLATE_NOOP("taxonomy", "phone"),
    QT_TRANSLATE_NOOP("taxonomy", "family"),
    QT_TRANSLATE_NOOP("taxonomy", "workplace"),
    QT_TRANSLATE_NOOP("taxonomy", "photos"),
    QT_TRANSLATE_NOOP("taxonomy", "documents"),
    QT_TRANSLATE_NOOP("taxonomy", "Where"),
    QT_TRANSLATE_NOOP("taxonomy", "Fake profile / impersonation"),
    QT_TRANSLATE_NOOP("taxonomy", "Impersonation"),
    QT_TRANSLATE_NOOP("taxonomy", "Fake profile URL"),
    QT_TRANSLATE_NOOP("taxonomy", "Takedown requested"),
    QT_TRANSLATE_NOOP("taxonomy", "Takedown result"),
    QT_TRANSLATE_NOOP("taxonomy", "Hacked account / phishing"),
    QT_TRANSLATE_NOOP("taxonomy", "Hacked account"),
    QT_TRANSLATE_NOOP("taxonomy", "Account"),
    QT_TRANSLATE_NOOP("taxonomy", "What happened"),
    QT_TRANSLATE_NOOP("taxonomy", "Recovery status"),
    QT_TRANSLATE_NOOP("taxonomy", "recovered"),
    QT_TRANSLATE_NOOP("taxonomy", "in progress"),
    QT_TRANSLATE_NOOP("taxonomy", "lost"),
    QT_TRANSLATE_NOOP("taxonomy", "Phishing link"),
    QT_TRANSLATE_NOOP("taxonomy", "Intimate images published or threatened"),
    QT_TRANSLATE_NOOP("taxonomy", "Intimate images"),
    QT_TRANSLATE_NOOP("taxonomy", "Demand (if blackmail)"),
    QT_TRANSLATE_NOOP("taxonomy", "Blackmail / extortion"),
    QT_TRANSLATE_NOOP("taxonomy", "Blackmail"),
    QT_TRANSLATE_NOOP("taxonomy", "Demand"),
    QT_TRANSLATE_NOOP("taxonomy", "Deadline"),
    QT_TRANSLATE_NOOP("taxonomy", "Pressure on relatives"),
    QT_TRANSLATE_NOOP("taxonomy", "Family pressure"),
    QT_TRANSLATE_NOOP("taxonomy", "Relative (relation only)"),
    QT_TRANSLATE_NOOP("taxonomy", "Place"),
    QT_TRANSLATE_NOOP("taxonomy", "summoned"),
    QT_TRANSLATE_NOOP("taxonomy", "detained"),
    QT_TRANSLATE_NOOP("taxonomy", "threatened"),
    QT_TRANSLATE_NOOP("taxonomy", "charged"),
    QT_TRANSLATE_NOOP("taxonomy", "forced to renounce"),
    QT_TRANSLATE_NOOP("taxonomy", "Summons or questioning by authorities"),
    QT_TRANSLATE_NOOP("taxonomy", "Summons"),
    QT_TRANSLATE_NOOP("taxonomy", "Agency"),
    QT_TRANSLATE_NOOP("taxonomy", "Who was questioned"),
    QT_TRANSLATE_NOOP("taxonomy", "Smear article or broadcast"),
    QT_TRANSLATE_NOOP("taxonomy", "Smear media"),
    QT_TRANSLATE_NOOP("taxonomy", "Outlet"),
    QT_TRANSLATE_NOOP("taxonomy", "Author"),
    QT_TRANSLATE_NOOP("taxonomy", "Headline"),
    QT_TRANSLATE_NOOP("taxonomy", "Publication date"),
    QT_TRANSLATE_NOOP("taxonomy", "URL"),
    QT_TRANSLATE_NOOP("taxonomy", "Charges, warrants, extradition, Interpol"),
    QT_TRANSLATE_NOOP("taxonomy", "Legal harassment"),
    QT_TRANSLATE_NOOP("taxonomy", "Case number"),
    QT_TRANSLATE_NOOP("taxonomy", "Court or agency"),
    QT_TRANSLATE_NOOP("taxonomy", "Interpol notice type"),
    QT_TRANSLATE_NOOP("taxonomy", "red notice"),
    QT_TRANSLATE_NOOP("taxonomy", "diffusion"),
    QT_TRANSLATE_NOOP("taxonomy", "blue notice"),
    QT_TRANSLATE_NOOP("taxonomy", "Country"),
    QT_TRANSLATE_NOOP("taxonomy", "Spyware or physical surveillance"),
    QT_TRANSLATE_NOOP("taxonomy", "Surveillance"),
    QT_TRANSLATE_NOOP("taxonomy", "Spyware name"),
    QT_TRANSLATE_NOOP("taxonomy", "Notification source"),
    QT_TRANSLATE_NOOP("taxonomy", "Forensic report (attach it as evidence)"),
    QT_TRANSLATE_NOOP("taxonomy", "Mass reporting / false takedowns"),
    QT_TRANSLATE_NOOP("taxonomy", "False takedowns"),
    QT_TRANSLATE_NOOP("taxonomy", "Platform"),
    QT_TRANSLATE_NOOP("taxonomy", "Content"),
    QT_TRANSLATE_NOOP("taxonomy", "Claim made"),
    QT_TRANSLATE_NOOP("taxonomy", "Physical attack or attempt"),
    QT_TRANSLATE_NOOP("taxonomy", "Physical attack"),
    QT_TRANSLATE_NOOP("taxonomy", "Injuries"),
    QT_TRANSLATE_NOOP("taxonomy", "Police report number"),
    QT_TRANSLATE_NOOP("taxonomy", "Other"),
    QT_TRANSLATE_NOOP("taxonomy", "Facebook"),
    QT_TRANSLATE_NOOP("taxonomy", "Instagram"),
    QT_TRANSLATE_NOOP("taxonomy", "X (Twitter)"),
    QT_TRANSLATE_NOOP("taxonomy", "Telegram"),
    QT_TRANSLATE_NOOP("taxonomy", "WhatsApp"),
    QT_TRANSLATE_NOOP("taxonomy", "YouTube"),
    QT_TRANSLATE_NOOP("taxonomy", "TikTok"),
    QT_TRANSLATE_NOOP("taxonomy", "E-mail"),
    QT_TRANSLATE_NOOP("taxonomy", "SMS"),
    QT_TRANSLATE_NOOP("taxonomy", "Phone call"),
    QT_TRANSLATE_NOOP("taxonomy", "In person"),
    QT_TRANSLATE_NOOP("taxonomy", "TV"),
    QT_TRANSLATE_NOOP("taxonomy", "Press"),
    QT_TRANSLATE_NOOP("taxonomy", "Me"),
    QT_TRANSLATE_NOOP("taxonomy", "A relative"),
    QT_TRANSLATE_NOOP("taxonomy", "A colleague"),
    QT_TRANSLATE_NOOP("taxonomy", "Someone else"),
)
