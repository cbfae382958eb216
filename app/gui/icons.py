"""Icons from the original SVGs in resources/icons (sharp at any DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.resources import resource_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_dir() / "icons" / f"{name}.svg"))


@cache
def type_icon(type_id: str) -> QIcon:
    path = resource_dir() / "icons" / "types" / f"{type_id}.svg"
    return QIcon(str(path if path.exists() else resource_dir() / "icons" / "types" / "other.svg"))


def app_icon() -> QIcon:
    return icon("threatlog")
