"""The demo in the app: opened from the start screen with no passphrase, a banner, a one-click reset."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.records import incidents, search
from app.core.storage.vault import Vault
from app.core.workshop import demo
from app.gui.app_window import AppWindow
from app.gui.demo_actions import DEMO_FOLDER
from app.gui.services import Services
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.gui.conftest import ScriptedDialogs


def _open_demo(qtbot, window: AppWindow) -> None:
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None, timeout=60_000)


def test_open_the_demo_shows_the_banner_and_reset_rebuilds(qtbot, window: AppWindow, services: Services,
                                                           dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    services.extra[DEMO_FOLDER] = folder
    assert window.start_page.demo_button.isVisible()
    _open_demo(qtbot, window)

    assert window.vault is not None and window.vault.folder == folder
    assert window.demo_banner.isVisible()
    assert demo.PASSPHRASE in window.demo_banner.label.text() and "DEMO" in window.demo_banner.label.text()
    qtbot.waitUntil(lambda: window.count_label.text().startswith("60"), timeout=20_000)
    first_id = window.vault.vault_id
    # The folder remembered for the next start stays the user's own vault.
    assert services.settings.last_vault_dir != str(folder)

    # A trainer's exercise changes the demo; Reset brings it back as it was made.
    with window.vault.transaction() as conn:
        incidents.delete(conn, search.find_ids(conn, search.Filter())[0], "workshop exercise")
    dialogs.answers["confirm"].append(True)
    qtbot.mouseClick(window.demo_banner.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None and window.vault.vault_id != first_id, timeout=60_000)
    assert window.demo_banner.isVisible()
    with Vault.open(folder, passphrase=demo.PASSPHRASE) as reopened:
        conn = reopened.connection()
        assert search.count(conn, search.Filter(include_deleted=True)) == search.count(conn, search.Filter())

    window.lock()
    assert not window.demo_banner.isVisible()
    assert window.start_page.isVisible()


def test_a_real_vault_shows_no_banner_and_the_reset_can_be_declined(qtbot, window: AppWindow, services: Services,
                                                                    dialogs: ScriptedDialogs, vault_dir: Path,
                                                                    tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, TEST_KDF)[0].close()
    window.start_page.set_folder(vault_dir)
    window.start_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.start_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None, timeout=20_000)
    assert not window.demo_banner.isVisible()
    window.lock()

    services.extra[DEMO_FOLDER] = tmp_path / "demo"
    _open_demo(qtbot, window)
    first_id = window.vault.vault_id
    dialogs.answers["confirm"].append(False)
    window.demo_banner.reset_button.click()
    assert window.vault is not None and window.vault.vault_id == first_id


def test_the_demo_never_replaces_a_real_vault(qtbot, window: AppWindow, services: Services, vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, TEST_KDF)[0].close()
    services.extra[DEMO_FOLDER] = vault_dir
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not the Threatlog demo" in window.start_page.error.text(), timeout=20_000)
    assert window.main_page is None
    assert window.start_page.demo_button.isEnabled()
    with Vault.open(vault_dir, passphrase=PASSPHRASE):
        pass
