"""Translated labels for the core's ids (types, platforms, targets, fields).

The core keeps English source strings free of Qt; they are translated here in the "taxonomy"
context. The QT_TRANSLATE_NOOP-style list below lets lupdate find them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core import taxonomy

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
