"""The timeline window: its numbers are the vault's, a click on a period lists exactly that period's
incidents, and a saved chart is a real PNG or SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.core.records import incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft
from app.gui.app_window import AppWindow
from app.gui.timeline_view import TimelineDialog

DRAFTS = [
    IncidentDraft("threat", "T1", occurred="2026-08-03T10:00+00:00", platform="telegram", severity=5,
                  accounts=(AccountRef("telegram", "@qara_kolge"),)),
    IncidentDraft("harassment", "H1", occurred="2026-08-20", platform="x", severity=2),
    IncidentDraft("harassment", "H2", occurred="2026-10-05T23:30+00:00", platform="x", severity=3,
                  accounts=(AccountRef("x", "@troll_1"),)),
    IncidentDraft("harassment", "H3", occurred="2026-10-06", platform="x",
                  accounts=(AccountRef("x", "@troll_1"),)),
    IncidentDraft("doxxing", "D1", occurred="2026-10-31T23:59+00:00", platform="telegram", severity=4),
    IncidentDraft("threat", "T2", occurred="2026-11-01T00:00+00:00", platform="telegram", severity=5,
                  accounts=(AccountRef("telegram", "@qara_kolge"),)),
    # Known only as "September": counted in September, and listed when September is clicked.
    IncidentDraft("smear_media", "S1", occurred="2026-09", platform="tv", severity=3),
]


@pytest.fixture
def window(qtbot, services, gui_vault) -> AppWindow:
    with gui_vault.transaction() as conn:
        incidents.create_many(conn, DRAFTS)
    win = AppWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.show_vault(gui_vault)
    return win


def _timeline(qtbot, window: AppWindow) -> TimelineDialog:
    dialog = window.view_menu.open_timeline()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stats is not None and not window.services.operations.busy)
    return dialog


def _titles(qtbot, window: AppWindow, expected: int) -> Counter:
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == expected and not window.services.operations.busy)
    return Counter(page.model.index(row, 2).data() for row in range(expected))


def test_the_chart_shows_the_vaults_numbers_per_month_and_week(qtbot, window) -> None:
    dialog = _timeline(qtbot, window)
    periods = dialog.chart.periods
    assert [p.label for p in periods] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [dict(p.by_type) for p in periods] == [{"threat": 1, "harassment": 1}, {"smear_media": 1},
                                                  {"harassment": 2, "doxxing": 1}, {"threat": 1}]
    model = dialog.by_type.model()
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert shown == {"Direct threat (violence, death, rape)": "2", "Harassment / trolling": "3",
                     "Private data exposed": "1", "Smear article or broadcast": "1"}
    with qtbot.waitSignal(dialog.loaded):
        dialog.granularity.setCurrentIndex(dialog.granularity.findData("week"))
    weeks = dialog.chart.periods
    assert sum(p.total for p in weeks) == len(DRAFTS)
    assert weeks[0].label == "2026-W32" and weeks[-1].label == "2026-W44"


def test_filters_narrow_the_chart(qtbot, window) -> None:
    dialog = _timeline(qtbot, window)
    qtbot.waitUntil(lambda: dialog.account.count() == 3)  # all, and the two accounts
    with qtbot.waitSignal(dialog.loaded):
        dialog.account.setCurrentIndex(dialog.account.findData("@troll_1"))
    assert [(p.label, p.total) for p in dialog.chart.periods] == [("2026-10", 2)]
    with qtbot.waitSignal(dialog.loaded):
        dialog.account.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.loaded):  # a handle typed in, not chosen
        dialog.account.lineEdit().setText("@qara_kolge")
        dialog.account.lineEdit().editingFinished.emit()
    assert dialog.stats.total == 2
    with qtbot.waitSignal(dialog.loaded):  # "All accounts" chosen again from the list
        dialog.account.setCurrentIndex(0)
        dialog.account.activated.emit(0)
    with qtbot.waitSignal(dialog.loaded):
        dialog.platform.setCurrentIndex(dialog.platform.findData("telegram"))
    assert dialog.stats.total == 3 and dialog.stats.by_platform == {"telegram": 3}


@pytest.mark.parametrize(("label", "titles"), [("2026-10", {"H2", "H3", "D1"}), ("2026-09", {"S1"}),
                                               ("2026-11", {"T2"})])
def test_clicking_a_period_lists_exactly_its_incidents(qtbot, window, gui_vault, label: str, titles: set) -> None:
    dialog = _timeline(qtbot, window)
    dialog.chart.resize(900, 400)
    index = [p.label for p in dialog.chart.periods].index(label)
    qtbot.mouseClick(dialog.chart, Qt.MouseButton.LeftButton, pos=dialog.chart.bar_centre(index))
    listed = _titles(qtbot, window, len(titles))
    assert set(listed) == titles
    f = window.main_page.current_filter()
    assert {search.summaries(gui_vault.connection(), [s])[0].title
            for s in search.find_seqs(gui_vault.connection(), f)} == titles  # the core agrees
    assert window.main_page.filters.period_chip.isVisible() and label in window.main_page.filters.period_chip.text()


def test_keyboard_chooses_a_period_too(qtbot, window) -> None:
    dialog = _timeline(qtbot, window)
    dialog.chart.setFocus()
    qtbot.keyClick(dialog.chart, Qt.Key.Key_Left)  # the last period
    qtbot.keyClick(dialog.chart, Qt.Key.Key_Return)
    assert set(_titles(qtbot, window, 1)) == {"T2"}


@pytest.mark.parametrize("suffix", [".png", ".svg", ""])
def test_the_saved_chart_is_a_valid_png_or_svg(qtbot, window, dialogs, tmp_path: Path, suffix: str) -> None:
    dialog = _timeline(qtbot, window)
    target = tmp_path / f"chart{suffix}"
    dialogs.answers["save_file"].append(str(target))
    dialog.save_chart()
    written = target if suffix else target.with_name("chart.png")
    assert dialogs.errors == [] and str(written) in dialogs.infos[-1]
    if written.suffix == ".svg":
        root = ET.parse(written).getroot()
        assert root.tag.endswith("svg")
        assert len(root.findall(".//{http://www.w3.org/2000/svg}rect")) + \
            len(root.findall(".//{http://www.w3.org/2000/svg}path")) >= 4
        assert "2026-10" in written.read_text(encoding="utf-8")
    else:
        image = QImage(str(written))
        assert not image.isNull() and (image.width(), image.height()) == (1200, 600)
        colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 7) for y in range(0, 600, 7)}
        assert "#d62728" in colours  # the threat colour: bars were drawn


def test_an_unwritable_place_gives_a_plain_error(qtbot, window, dialogs, tmp_path: Path) -> None:
    dialog = _timeline(qtbot, window)
    dialogs.answers["save_file"].append(str(tmp_path / "missing-folder" / "chart.png"))
    dialog.save_chart()
    assert dialogs.errors and "could not be written" in dialogs.errors[-1]
