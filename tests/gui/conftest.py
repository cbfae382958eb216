"""GUI test fixtures: real widgets offscreen, dialogs answered in advance, a vault per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.core.storage.vault import Vault
from app.gui.app_window import AppWindow
from app.gui.dialogs import Dialogs
from app.gui.operations import Operations
from app.gui.services import Services
from app.gui.settings import Settings
from tests.conftest import PASSPHRASE, TEST_KDF


class ScriptedDialogs(Dialogs):
    """Answers modal questions from queues set by the test and records every message shown.

    A question with no scripted answer fails the test instead of blocking it forever.
    """

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.answers: dict[str, list[object]] = {"confirm": [], "open_files": [], "open_file": [],
                                                 "save_file": [], "folder": [], "ask_text": []}

    def _next(self, kind: str) -> object:
        if not self.answers[kind]:
            raise AssertionError(f"unexpected {kind} dialog: script an answer first")
        return self.answers[kind].pop(0)

    def error(self, parent, text: str) -> None:
        self.errors.append(text)

    def info(self, parent, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent, text: str) -> bool:
        return bool(self._next("confirm"))

    def ask_text(self, parent, title: str, question: str) -> str | None:
        return self._next("ask_text")  # type: ignore[return-value]

    def open_files(self, parent, title: str) -> list[str]:
        return list(self._next("open_files"))  # type: ignore[arg-type]

    def open_file(self, parent, title: str, name_filter: str = "") -> str | None:
        return self._next("open_file")  # type: ignore[return-value]

    def save_file(self, parent, title: str, suggested: str, name_filter: str = "") -> str | None:
        return self._next("save_file")  # type: ignore[return-value]

    def folder(self, parent, title: str) -> str | None:
        return self._next("folder")  # type: ignore[return-value]


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def services(qtbot, dialogs: ScriptedDialogs, tmp_path: Path) -> Iterator[Services]:
    operations = Operations()
    yield Services(dialogs=dialogs, settings=Settings(tmp_path / "settings.ini"), operations=operations,
                   kdf=TEST_KDF)
    operations.cancel_all()
    operations.wait_all()


@pytest.fixture
def gui_vault(vault_dir: Path) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, TEST_KDF)
    yield vault
    vault.close()


@pytest.fixture
def window(qtbot, services: Services, vault_dir: Path) -> AppWindow:
    win = AppWindow(services, vault_dir)
    qtbot.addWidget(win)
    win.show()
    return win


def unlock(qtbot, window: AppWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase and press Unlock; returns once the vault is open or the start page says why not."""
    window.start_page.secret.setText(passphrase)
    qtbot.mouseClick(window.start_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None or bool(window.start_page.error.text().strip(". ")
                                                                   and not window.start_page.secret.isEnabled() is False
                                                                   and window.start_page.error.text() != "Unlocking…"),
                    timeout=20_000)


def reopen(vault_dir: Path) -> Vault:
    """Read back through the core, in a fresh object, what the GUI saved."""
    return Vault.open(vault_dir, passphrase=PASSPHRASE)


@pytest.fixture(scope="session", autouse=True)
def _neutral_locale() -> None:
    """Dates and numbers as under the C locale (ISO dates, app/gui/locale_format.py) whatever this
    machine's locale, so that assertions on shown text hold everywhere; test_languages sets its own."""
    QLocale.setDefault(QLocale.c())


@pytest.fixture(scope="session", autouse=True)
def _release_qt_objects_before_exit():
    """Cached icons must not outlive the QApplication: Qt objects destroyed after it, during
    interpreter shutdown, crash PySide (a fatal error after every test passed)."""
    yield
    import gc

    from app.gui import icons

    icons.icon.cache_clear()
    icons.type_icon.cache_clear()
    gc.collect()
