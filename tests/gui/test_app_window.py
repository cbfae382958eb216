"""The desktop app as a user meets it: create or unlock, log, find, lock — checked through the core."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.core.records import evidence, incidents, search
from app.core.records.drafts import IncidentDraft
from app.core.storage.vault import Vault
from app.gui.app_window import AppWindow
from app.gui.create_vault_dialog import CreateVaultDialog, passphrase_strength
from app.gui.incident_form import IncidentForm
from tests.conftest import PASSPHRASE
from tests.gui.conftest import reopen, unlock
from tests.helpers import folder_digest, png_bytes


def _seed(vault_dir: Path, drafts: list[IncidentDraft]) -> list[str]:
    with reopen(vault_dir) as vault, vault.transaction() as conn:
        return incidents.create_many(conn, drafts)


def test_create_vault_shows_the_recovery_code_once_then_opens(qtbot, window, vault_dir) -> None:
    qtbot.mouseClick(window.start_page.create_button, Qt.MouseButton.LeftButton)
    dialog = window.start_page.findChild(CreateVaultDialog)
    dialog.passphrase.setText("quiet river under old bridge")
    dialog.repeat.setText("quiet river under old bridge")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.code.text()), timeout=20_000)
    code = dialog.code.text()
    assert not dialog.open_button.isEnabled()  # not before "I have written it down"
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None)
    window.lock()
    with Vault.open(vault_dir, passphrase="quiet river under old bridge"):
        pass
    with Vault.open(vault_dir, recovery_code=code):
        pass


def test_the_create_dialog_gives_the_vault_away(qtbot, window) -> None:
    """Locking rejects every dialog: the finished create dialog must not close the vault it handed
    to the window (it did, under the thumbnail worker's connection: a crash seen in CI)."""
    qtbot.mouseClick(window.start_page.create_button, Qt.MouseButton.LeftButton)
    dialog = window.start_page.findChild(CreateVaultDialog)
    dialog.passphrase.setText("quiet river under old bridge")
    dialog.repeat.setText("quiet river under old bridge")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.code.text()), timeout=20_000)
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None)
    dialog.reject()
    assert window.vault.is_open
    assert window.vault.connection().execute("SELECT count(*) FROM incidents").fetchone() == (0,)
    window.lock()


def test_mismatched_or_short_passphrases_cannot_create(qtbot, window) -> None:
    dialog = CreateVaultDialog(window.services, window.start_page.folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.setText("long enough passphrase")
    dialog.repeat.setText("long enough passphrasf")
    assert not dialog.create_button.isEnabled()
    assert passphrase_strength("correct horse battery staple") > passphrase_strength("abcdefgh")


def test_wrong_passphrase_shows_a_message_and_changes_nothing(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    window.start_page.set_folder(vault_dir)
    before = folder_digest(vault_dir)
    window.start_page.secret.setText("not my passphrase")
    qtbot.mouseClick(window.start_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in window.start_page.error.text(), timeout=20_000)
    assert window.main_page is None and window.start_page.secret.text() == ""
    assert folder_digest(vault_dir) == before


def test_lock_closes_the_database_and_shows_nothing_of_the_vault(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    _seed(vault_dir, [IncidentDraft("threat", "LOCK-CANARY title")])
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    conn = window.vault.connection()
    vault = window.vault
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.main_page is None and window.stack.currentWidget() is window.start_page
    assert not vault.is_open
    with pytest.raises(Exception):
        conn.execute("SELECT 1")
    shown = " ".join(w.text() for w in window.findChildren(type(window.count_label)) if hasattr(w, "text"))
    assert "LOCK-CANARY" not in shown


def test_panic_clears_what_the_app_copied_and_locks(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    window.clipboard.copy_text("sha256 of a screenshot")
    assert QApplication.clipboard().text() == "sha256 of a screenshot"
    window.panic()
    assert window.vault is None and window.main_page is None
    assert QApplication.clipboard().text() == ""


def test_search_as_you_type_uses_the_folded_index(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    _seed(vault_dir, [IncidentDraft("threat", "Ölüm təhdidi"), IncidentDraft("doxxing", "Address posted")])
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.keyClicks(page.filters.search, "tehdid")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "təhdidi" in page.model.index(0, 2).data()
    page.filters.since.setText("2026-13")
    qtbot.waitUntil(lambda: bool(page.filters.since.toolTip()))  # validated after the typing pause
    assert "month" in page.filters.since.toolTip() and page.model.rowCount() == 1
    assert not window.services.operations.busy  # an invalid date sends no query


def test_ctrl_v_logs_a_pasted_screenshot_byte_for_byte(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    screenshot = png_bytes(300, 200, (90, 20, 20))
    mime = QMimeData()
    mime.setData("image/png", screenshot)
    QApplication.clipboard().setMimeData(mime)
    window.main_page.table.setFocus()
    window.paste_action.trigger()
    form = window.main_page.findChild(IncidentForm)
    assert form is not None
    form.title.setText("Threat pasted from Telegram")
    with qtbot.waitSignal(form.saved, timeout=20_000) as saved:
        form.save()
    incident_id = saved.args[0]
    digest = hashlib.sha256(screenshot).hexdigest()
    # The thumbnail is made in the background after the save, and then shown without a click.
    qtbot.waitUntil(lambda: digest in window.main_page.detail.shown_thumbnails, timeout=20_000)
    window.lock()
    with reopen(vault_dir) as vault:
        (item,) = incidents.get(vault.connection(), incident_id).evidence
        assert item.sha256 == digest and item.source == "clipboard" and item.image["width"] == 300
        assert b"".join(evidence.read_chunks(vault.connection(), item.sha256)) == screenshot


def test_delete_asks_for_a_reason_and_keeps_a_tombstone(qtbot, gui_vault, window, dialogs, vault_dir) -> None:
    gui_vault.close()
    (incident_id,) = _seed(vault_dir, [IncidentDraft("harassment", "Comment wave")])
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    dialogs.answers["ask_text"].append("logged twice")
    page.delete_incident(incident_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    window.lock()
    with reopen(vault_dir) as vault:
        assert incidents.get(vault.connection(), incident_id).delete_reason == "logged twice"


def test_list_model_passes_qt_model_tester(qtmodeltester, gui_vault) -> None:
    from app.gui.incident_model import PAGE, IncidentTableModel

    with gui_vault.transaction() as conn:
        incidents.create_many(conn, [IncidentDraft("threat", f"Message {n}", occurred=f"2026-01-{n % 28 + 1:02d}")
                                     for n in range(PAGE * 2 + 17)])
    model = IncidentTableModel(gui_vault.connection)
    model.set_rows(search.find_seqs(gui_vault.connection(), search.Filter()))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == PAGE * 2 + 17
    assert model.index(PAGE * 2 + 16, 2).data().startswith("Message")


def test_settings_file_holds_no_incident_data(qtbot, gui_vault, window, vault_dir, tmp_path) -> None:
    gui_vault.close()
    _seed(vault_dir, [IncidentDraft("threat", "SETTINGS-CANARY")])
    window.start_page.set_folder(vault_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main_page.model.rowCount() == 1)
    window.services.settings.sync()
    window.lock()
    assert "SETTINGS-CANARY" not in (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert json.dumps(window.windowTitle()).find("CANARY") < 0


def test_a_whole_gui_session_leaves_no_plaintext(qtbot, services, tmp_path, monkeypatch) -> None:
    """Paste, thumbnails, the viewer, settings and Qt's own caches: the canary only exists in the
    encrypted vault afterwards."""
    import tempfile
    import time

    from tests.core.test_no_plaintext import IMAGE_MARKER
    from tests.helpers import scan_for_canary

    canary = "GUI-CANARY-5d1e-təhdid"
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    for name, value in (("HOME", home), ("TMPDIR", temp), ("XDG_CACHE_HOME", home / ".cache"),
                        ("XDG_DATA_HOME", home / ".local" / "share"), ("XDG_CONFIG_HOME", home / ".config")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    started = time.time()
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE, services.kdf)[0].close()
    window = AppWindow(services, vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)

    mime = QMimeData()
    mime.setData("image/png", png_bytes(640, 480, (20, 90, 160), text=IMAGE_MARKER))
    QApplication.clipboard().setMimeData(mime)
    window.paste_action.trigger()
    form = window.main_page.findChild(IncidentForm)
    form.title.setText(canary)
    form.sensitive.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=20_000):
        form.save()
    page = window.main_page
    qtbot.waitUntil(lambda: page.detail.incident_id is not None, timeout=10_000)
    with reopen(vault_dir) as vault:
        (incident_id,) = search.find_ids(vault.connection(), search.Filter())
        (item,) = incidents.get(vault.connection(), incident_id).evidence
    viewer = page.open_evidence(item, True)
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        pass
    viewer.reveal_action.trigger()
    viewer.close()
    services.settings.auto_lock_minutes = 7
    services.settings.sync()
    window.lock()
    QApplication.clipboard().clear()

    texts = (canary, "GUI-CANARY-5d1e", IMAGE_MARKER)
    assert scan_for_canary([vault_dir, home, temp], started, skip=tmp_path / "none", texts=texts) == []
