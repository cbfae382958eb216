"""Where the shipped files (icons, fonts, translations, licence texts) are: beside the source tree,
or inside a PyInstaller build (sys._MEIPASS). One lookup, so a packaged app finds the same files.

A build (packaging/threatlog.spec) lays them out as the source tree does: `resources/` and the
project's `LICENSE` side by side under sys._MEIPASS.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled)
    return Path(__file__).resolve().parents[1]


def resource_dir() -> Path:
    return _root() / "resources"


def license_file() -> Path:
    """The project's own licence, the GPL-3.0 text (LICENSE at the repository root)."""
    return _root() / "LICENSE"
