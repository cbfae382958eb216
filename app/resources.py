"""Where the shipped files (icons, fonts, translations) are: beside the source tree, or inside a
PyInstaller build (sys._MEIPASS). One function, so a packaged app finds the same files."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
