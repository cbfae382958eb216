"""About Threatlog: the version, the project's licence (GPL-3.0-or-later) and the licences of the
components a desktop build ships — Qt and PySide6 under the LGPL among them.

Versions are read at run time from what is actually loaded (package metadata, Qt, SQLCipher's
own pragmas, the fonts' name tables), so the dialog describes this copy of the app, not the one
it was written for. Licence texts are shown where this copy has them: the project's LICENSE,
the texts in resources/licenses (put there by packaging/threatlog.spec), the ones in each Python
package's metadata, and the font licences in resources/fonts.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app import __version__
from app.gui.icons import app_icon
from app.resources import license_file, resource_dir

PROJECT_URL_LICENCE = "https://www.gnu.org/licenses/gpl-3.0.html"
QT_LICENSES_URL = "https://doc.qt.io/qt-6/licenses-used-in-qt.html"


@dataclass(frozen=True)
class Component:
    name: str
    version: str        # "" when this copy cannot tell
    licence: str        # SPDX expression
    texts: tuple[Callable[[], str | None], ...] = ()  # where the licence text may be found, in order
    url: str = ""       # where the licence is published, when no text is shipped

    def licence_text(self) -> str | None:
        for source in self.texts:
            try:
                text = source()
            except (OSError, UnicodeDecodeError, metadata.PackageNotFoundError):
                continue
            if text:
                return text
        return None


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _file(path: Path) -> Callable[[], str | None]:
    return lambda: path.read_text(encoding="utf-8") if path.is_file() else None


def _shipped(name: str) -> Callable[[], str | None]:
    return _file(resource_dir() / "licenses" / name)


def _dist_licences(dist: str) -> Callable[[], str | None]:
    """The licence files a package carries in its .dist-info (copied into builds with its metadata)."""
    def read() -> str | None:
        texts = []
        for file in metadata.files(dist) or []:
            upper = file.name.upper()
            if ".dist-info" in str(file) and upper.startswith(("LICEN", "COPYING")):
                located = Path(str(file.locate()))
                if located.is_file():
                    texts.append(located.read_text(encoding="utf-8"))
        return "\n\n".join(texts) or None
    return read


def _sqlcipher_versions() -> tuple[str, str, str]:
    """SQLCipher's, its SQLite's and its crypto library's versions, asked of the loaded module."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA key = 'about'")  # an empty in-memory database: nothing is stored
            cipher = (conn.execute("PRAGMA cipher_version").fetchone() or ("",))[0]
            provider = (conn.execute("PRAGMA cipher_provider_version").fetchone() or ("",))[0]
        finally:
            conn.close()
        return str(cipher), sqlcipher3.sqlite_version, _first_version(str(provider))
    except Exception:  # noqa: BLE001 - an About box must open whatever the database layer says
        return "", "", ""


def _first_version(text: str) -> str:
    match = re.search(r"\d+(?:\.\d+)+[a-z]?", text)
    return match.group(0) if match else ""


def _cryptography_openssl() -> str:
    try:
        from cryptography.hazmat.backends.openssl import backend

        return _first_version(backend.openssl_version_text())
    except Exception:  # noqa: BLE001
        return ""


def _harfbuzz_version() -> str:
    try:
        import uharfbuzz

        return uharfbuzz.version_string()
    except Exception:  # noqa: BLE001
        return ""


def _font_version(file_name: str) -> str:
    """The version in the font's own name table (name ID 5), e.g. 'Version 2.004; ttfautohint…'."""
    try:
        from fontTools.ttLib import TTFont

        with TTFont(str(resource_dir() / "fonts" / file_name), lazy=True) as font:
            return _first_version(font["name"].getDebugName(5) or "")
    except Exception:  # noqa: BLE001
        return ""


def components() -> list[Component]:
    """Threatlog first, then what it ships with; the same list in the source tree and in a build."""
    cipher, sqlite, cipher_openssl = _sqlcipher_versions()
    lgpl = (_shipped("LGPL-3.0.txt"),)
    lgpl_url = "https://www.gnu.org/licenses/lgpl-3.0.html"
    fonts = resource_dir() / "fonts"
    items = [
        Component("Threatlog", __version__, "GPL-3.0-or-later", (_file(license_file()),), PROJECT_URL_LICENCE),
        Component("Python", platform.python_version(), "PSF-2.0", (_shipped("Python.txt"),),
                  "https://docs.python.org/3/license.html"),
        Component("Qt", qVersion(), "LGPL-3.0-only", lgpl, QT_LICENSES_URL),
        Component("PySide6 (Qt for Python)", _dist_version("PySide6-Essentials"), "LGPL-3.0-only", lgpl, lgpl_url),
        Component("Shiboken6", _dist_version("shiboken6"), "LGPL-3.0-only", lgpl, lgpl_url),
        Component("SQLCipher (Zetetic LLC)", cipher.replace(" community", ""), "BSD-3-Clause",
                  (_shipped("SQLCipher.txt"),), "https://www.zetetic.net/sqlcipher/license/"),
        Component("SQLite", sqlite, "blessing (public domain)", (), "https://sqlite.org/copyright.html"),
        Component("OpenSSL (in SQLCipher)", cipher_openssl, "Apache-2.0", (_shipped("Apache-2.0.txt"),),
                  "https://www.openssl.org/source/license.html"),
        Component("sqlcipher3", _dist_version("sqlcipher3"), "Zlib", (_dist_licences("sqlcipher3"),),
                  "https://github.com/coleifer/sqlcipher3"),
        Component("cryptography", _dist_version("cryptography"), "Apache-2.0 OR BSD-3-Clause",
                  (_dist_licences("cryptography"),), "https://github.com/pyca/cryptography"),
        Component("OpenSSL (in cryptography)", _cryptography_openssl(), "Apache-2.0",
                  (_shipped("Apache-2.0.txt"), _dist_licences("cryptography")),
                  "https://www.openssl.org/source/license.html"),
        Component("Pillow", _dist_version("pillow"), "MIT-CMU (HPND)", (_dist_licences("pillow"),),
                  "https://github.com/python-pillow/Pillow/blob/main/LICENSE"),
        Component("fpdf2", _dist_version("fpdf2"), "LGPL-3.0-only", (_dist_licences("fpdf2"),) + lgpl, lgpl_url),
        Component("fontTools", _dist_version("fonttools"), "MIT", (_dist_licences("fonttools"),),
                  "https://github.com/fonttools/fonttools"),
        Component("defusedxml", _dist_version("defusedxml"), "PSF-2.0", (_dist_licences("defusedxml"),),
                  "https://github.com/tiran/defusedxml"),
        Component("uharfbuzz", _dist_version("uharfbuzz"), "Apache-2.0", (_dist_licences("uharfbuzz"),),
                  "https://github.com/harfbuzz/uharfbuzz"),
        Component("HarfBuzz", _harfbuzz_version(), "MIT (\u201cOld MIT\u201d)", (_shipped("HarfBuzz.txt"),),
                  "https://github.com/harfbuzz/harfbuzz/blob/main/COPYING"),
        Component("platformdirs", _dist_version("platformdirs"), "MIT", (_dist_licences("platformdirs"),),
                  "https://github.com/tox-dev/platformdirs"),
        Component("Noto Sans, Noto Naskh Arabic (fonts)", _font_version("NotoSans-Regular.ttf"), "OFL-1.1",
                  (_file(fonts / "LICENSE-Noto.txt"),), "https://openfontlicense.org/"),
        Component("DejaVu Sans Mono (font)", _font_version("DejaVuSansMono.ttf"), "Bitstream-Vera",
                  (_file(fonts / "LICENSE-DejaVu.txt"),), "https://dejavu-fonts.github.io/License.html"),
    ]
    if getattr(sys, "frozen", False):
        items.append(Component("PyInstaller bootloader", _dist_version("pyinstaller"),
                               "GPL-2.0-or-later WITH Bootloader-exception", (_dist_licences("pyinstaller"),),
                               "https://github.com/pyinstaller/pyinstaller/blob/develop/COPYING.txt"))
    return items


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About Threatlog"))
        self.setAccessibleName(self.tr("About Threatlog"))
        self.setMinimumSize(720, 600)
        self.components = components()

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        self.version_label = QLabel(self.tr("Threatlog %1").replace("%1", __version__))
        font = QFont(self.version_label.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        self.version_label.setFont(font)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(self.tr("An encrypted record of threats and their evidence."))
        heading = QVBoxLayout()
        heading.addWidget(self.version_label)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.licence_label = QLabel(self.tr(
            "Threatlog is free software: you can redistribute it and/or modify it under the terms of the GNU "
            "General Public License as published by the Free Software Foundation, either version 3 of the "
            "License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY."))
        self.licence_label.setWordWrap(True)

        caption = QLabel(self.tr("Threatlog includes these components, each under its own licence. "
                                 "Choose one to read its licence:"))
        caption.setWordWrap(True)
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Bundled components and their licences"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, component in enumerate(self.components):
            for column, value in enumerate((component.name, component.version or "\u2014", component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        caption.setBuddy(self.table)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        qt_note = QLabel(self.tr("Qt is used under the GNU LGPL version 3: this copy loads it as separate "
                                 "libraries, which you may replace with your own build of the same version. Qt "
                                 "includes third-party code under its own licences, listed at %1.")
                         .replace("%1", f'<a href="{QT_LICENSES_URL}">{QT_LICENSES_URL}</a>'))
        qt_note.setWordWrap(True)
        qt_note.setOpenExternalLinks(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.licence_label)
        layout.addWidget(caption)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.licence_text, 2)
        layout.addWidget(qt_note)
        layout.addWidget(buttons)

        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.table.selectRow(0)
        self.show_licence(0)

    def row_of(self, name: str) -> int:
        """The table row of the component whose name starts with `name` (-1 if none)."""
        return next((i for i, c in enumerate(self.components) if c.name.startswith(name)), -1)

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        text = component.licence_text()
        wrap = QPlainTextEdit.LineWrapMode.NoWrap  # licence texts keep their own line breaks
        if text is None:
            text = (self.tr("%1 is distributed under %2. The full text is not included in this copy; "
                            "it is published at %3")
                    .replace("%1", component.name).replace("%2", component.licence).replace("%3", component.url))
            wrap = QPlainTextEdit.LineWrapMode.WidgetWidth
        self.licence_text.setLineWrapMode(wrap)
        self.licence_text.setPlainText(text)
