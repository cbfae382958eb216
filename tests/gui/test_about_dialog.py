"""The About dialog: this copy's version, its GPL, and the bundled components' licences (Qt's LGPL)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion

from app import __version__
from app.gui import about_dialog
from app.gui.about_dialog import AboutDialog
from app.gui.app_window import AppWindow


@pytest.fixture
def dialog(qtbot) -> AboutDialog:
    d = AboutDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def _row(dialog: AboutDialog, name: str) -> tuple[str, str, str]:
    row = dialog.row_of(name)
    assert row >= 0, f"{name} is not listed"
    return tuple(dialog.table.item(row, column).text() for column in range(3))  # type: ignore[return-value]


def test_it_shows_the_version_and_the_gpl(dialog) -> None:
    assert __version__ in dialog.version_label.text()
    assert "GNU General Public License" in dialog.licence_label.text()
    assert _row(dialog, "Threatlog") == ("Threatlog", __version__, "GPL-3.0-or-later")
    # The first row is selected: the project's own LICENSE, the exact GPL-3 text.
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    assert "Version 3, 29 June 2007" in dialog.licence_text.toPlainText()


def test_it_lists_qt_under_the_lgpl_with_the_versions_loaded(dialog) -> None:
    assert _row(dialog, "Qt") == ("Qt", qVersion(), "LGPL-3.0-only")
    name, version, licence = _row(dialog, "PySide6")
    assert (version, licence) == (metadata.version("PySide6-Essentials"), "LGPL-3.0-only")
    assert "LGPL" in _row(dialog, "Shiboken6")[2]


def test_it_reads_the_other_components_versions_at_run_time(dialog) -> None:
    assert _row(dialog, "SQLCipher")[1].startswith("4.")
    assert _row(dialog, "SQLCipher")[2].startswith("BSD")
    for name, dist in (("sqlcipher3", "sqlcipher3"), ("cryptography", "cryptography"), ("Pillow", "pillow"),
                       ("fpdf2", "fpdf2"), ("uharfbuzz", "uharfbuzz"), ("platformdirs", "platformdirs")):
        assert _row(dialog, name)[1] == metadata.version(dist), name
    assert _row(dialog, "HarfBuzz")[1][0].isdigit()
    assert _row(dialog, "Noto Sans")[1:] == ("2.004", "OFL-1.1")
    assert _row(dialog, "DejaVu Sans Mono")[1:] == ("2.37", "Bitstream-Vera")


def test_choosing_a_component_shows_its_licence_text(dialog) -> None:
    dialog.table.selectRow(dialog.row_of("cryptography"))
    assert "Apache License" in dialog.licence_text.toPlainText()
    dialog.table.selectRow(dialog.row_of("Noto Sans"))
    assert "SIL OPEN FONT LICENSE" in dialog.licence_text.toPlainText().upper()


def test_a_text_not_shipped_is_named_with_where_to_read_it(dialog, monkeypatch, tmp_path: Path) -> None:
    # In the source tree resources/licenses does not exist (a build adds it): the URL stands in.
    monkeypatch.setattr(about_dialog, "resource_dir", lambda: tmp_path)
    dialog.components = about_dialog.components()
    dialog.show_licence(dialog.row_of("Qt"))
    assert "LGPL-3.0-only" in dialog.licence_text.toPlainText()
    assert about_dialog.QT_LICENSES_URL in dialog.licence_text.toPlainText()


def test_the_lgpl_text_is_shown_when_this_copy_has_it(dialog, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "LGPL-3.0.txt").write_text("GNU LESSER GENERAL PUBLIC LICENSE\n", encoding="utf-8")
    monkeypatch.setattr(about_dialog, "resource_dir", lambda: tmp_path)
    dialog.components = about_dialog.components()
    dialog.show_licence(dialog.row_of("Qt"))
    assert dialog.licence_text.toPlainText().startswith("GNU LESSER GENERAL PUBLIC LICENSE")


def test_help_about_opens_it(qtbot, services, vault_dir) -> None:
    window = AppWindow(services, vault_dir)
    qtbot.addWidget(window)
    window.show()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    about = window.findChild(AboutDialog)
    assert about.isVisible() and __version__ in about.version_label.text()
    about.close()
