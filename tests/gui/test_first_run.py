"""The first-run guide: shown on the first start only, skippable, walked by keyboard, reopened from Help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from app.gui.first_run import FirstRunGuide, show_guide_on_first_run
from app.gui.settings import Settings


def _texts(guide: FirstRunGuide) -> str:
    return "\n".join(label.text() for page_id in guide.pageIds() for label in guide.page(page_id).findChildren(QLabel))


def test_shows_on_the_first_start_only_and_skipping_counts_as_seen(qtbot, window, services, tmp_path: Path) -> None:
    guide = show_guide_on_first_run(services, str(window.start_page.folder), window)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    qtbot.mouseClick(guide.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not guide.isVisible())
    assert Settings(tmp_path / "settings.ini").guide_seen  # read back from the file, as the next start does
    assert show_guide_on_first_run(services, str(window.start_page.folder), window) is None


def test_walks_by_keyboard_to_the_end(qtbot, window, services) -> None:
    guide = show_guide_on_first_run(services, str(window.start_page.folder), window)
    qtbot.waitUntil(guide.isVisible)
    seen = []
    for _ in range(len(guide.pageIds()) - 1):
        seen.append(guide.currentPage().title())
        qtbot.keyClick(guide, Qt.Key.Key_Return)  # Next is the default button until the last page
    seen.append(guide.currentPage().title())
    assert guide.currentId() == guide.pageIds()[-1] and len(set(seen)) == len(seen) == 4
    with qtbot.waitSignal(guide.finished, timeout=2000):
        qtbot.keyClick(guide, Qt.Key.Key_Return)  # Start
    assert services.settings.guide_seen


def test_escape_skips(qtbot, window, services) -> None:
    guide = show_guide_on_first_run(services, str(window.start_page.folder), window)
    qtbot.waitUntil(guide.isVisible)
    with qtbot.waitSignal(guide.finished, timeout=2000):
        qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert services.settings.guide_seen


def test_help_menu_shows_it_again(qtbot, window, services) -> None:
    services.settings.guide_seen = True
    window.guide_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(FirstRunGuide) is not None and window.findChild(FirstRunGuide).isVisible())


def test_says_where_things_are_how_to_lock_and_to_take_care(qtbot, window, services) -> None:
    guide = show_guide_on_first_run(services, str(window.start_page.folder), window)
    text = _texts(guide)
    assert str(window.start_page.folder) in text  # the vault folder, named
    assert "recovery code" in text
    assert "F12" in text and "Ctrl+Shift+L" in text
    assert "after 5 minute" in text  # the idle lock, with the time set (English plurals: test_languages)
    assert "breaks" in text and "trust" in text and "blurred" in text
