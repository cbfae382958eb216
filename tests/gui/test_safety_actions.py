"""Back up, check, restore and destroy through the desktop app, and a damaged vault opened
read-only: clicked through real widgets, checked through the core and on the disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.core.errors import VaultNotFound
from app.core.records import incidents, search
from app.core.records.drafts import IncidentDraft
from app.core.records.search import Filter
from app.core.storage.vault import DB_NAME, SLOTS_NAME, Vault
from app.gui.export_dialog import ExportDialog
from app.gui.safety_actions import suggested_backup_name
from app.gui.safety_dialogs import BackupDoneDialog, DestroyDialog, IntegrityReportDialog
from tests.bundle_helpers import populate
from tests.conftest import PASSPHRASE
from tests.gui.conftest import reopen, unlock
from tests.helpers import damage_one_evidence_chunk, damage_the_log, folder_digest, vault_with_unflushed_log

WAIT = 30_000


def _titles(vault: Vault) -> set[str]:
    conn = vault.connection()
    return {incidents.get(conn, i).draft.title for i in search.find_ids(conn, Filter())}


def test_back_up_then_restore_into_a_new_folder(qtbot, gui_vault, window, dialogs, vault_dir, tmp_path) -> None:
    with gui_vault.transaction() as conn:
        incidents.create_many(conn, [IncidentDraft("threat", "Backed-up threat"),
                                     IncidentDraft("doxxing", "Address posted")])
    gui_vault.close()
    unlock(qtbot, window)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.answers["save_file"].append(str(usb / "my-backup"))  # the .zip is added
    with qtbot.waitSignal(window.safety.backed_up, timeout=WAIT) as backed_up:
        window.backup_action.trigger()
    result = backed_up.args[0]
    assert result.path == usb / "my-backup.zip"
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    shown = window.findChild(BackupDoneDialog)
    assert shown.isVisible() and shown.sha256.text() == result.sha256
    assert not list(usb.glob("*.part"))

    window.lock()
    restored = tmp_path / "restored"
    restored.mkdir()  # the folder dialog returns a folder that exists, as the user made it
    dialogs.answers["open_file"].append(str(result.path))
    dialogs.answers["folder"].append(str(restored))
    dialogs.answers["confirm"].append(True)  # "Open it now?"
    with qtbot.waitSignal(window.start_page.safety.restored, timeout=WAIT):
        qtbot.mouseClick(window.start_page.restore_button, Qt.MouseButton.LeftButton)
    assert window.start_page.folder == restored and window.start_page.unlock_box.isVisibleTo(window)
    with reopen(restored) as vault:
        assert _titles(vault) == {"Backed-up threat", "Address posted"}
    with reopen(vault_dir) as original:
        assert _titles(original) == {"Backed-up threat", "Address posted"}  # the original is untouched


def test_a_suggested_backup_name_carries_only_the_date() -> None:
    from datetime import date

    assert suggested_backup_name(date(2026, 3, 9)) == "threatlog-backup-2026-03-09.zip"


def test_check_reports_a_healthy_vault(qtbot, gui_vault, window) -> None:
    populate(gui_vault)
    gui_vault.close()
    unlock(qtbot, window)
    with qtbot.waitSignal(window.safety.checked, timeout=WAIT) as checked:
        window.check_action.trigger()
    assert checked.args[0].healthy
    dialog = window.findChild(IntegrityReportDialog)
    assert dialog.verdict.text() == "Healthy: nothing in this vault is damaged."
    assert dialog.findings.count() == 0
    assert [dialog.stages.topLevelItem(i).text(0) for i in range(dialog.stages.topLevelItemCount())] == ["OK"] * 7


def test_check_names_the_damaged_item_and_export_refuses_it(qtbot, gui_vault, window, dialogs, tmp_path) -> None:
    populate(gui_vault)
    victim, page = damage_one_evidence_chunk(gui_vault, "proof.bin")
    unlock(qtbot, window)  # damage inside one file's bytes does not stop the vault from opening
    with qtbot.waitSignal(window.safety.checked, timeout=WAIT):
        window.check_action.trigger()
    dialog = window.findChild(IntegrityReportDialog)
    assert dialog.verdict.text().startswith("Damaged:")
    found = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    print("\n".join(found))
    offset = QLocale().toString(1_048_576)  # as the reader's locale writes it (C under the tests: 1048576)
    assert any(f"'proof.bin' of incident {victim}" in line and f"from offset {offset}" in line for line in found)
    assert any(f"Page {page} of vault.db" in line for line in found)
    evidence_stage = dialog.stages.topLevelItem(dialog.stages.topLevelItemCount() - 1)
    assert (evidence_stage.text(0), evidence_stage.text(1)) == ("DAMAGED", "evidence")

    export = ExportDialog(window.services, window.vault, Filter(), victim, window)
    qtbot.waitUntil(export.export_button.isEnabled, timeout=WAIT)
    dialogs.answers["save_file"].append(str(tmp_path / "bundle.zip"))
    with qtbot.waitSignal(export.export_ended, timeout=WAIT):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    message = dialogs.errors[-1]
    print(message)
    assert message.startswith("Some evidence in this vault is damaged, so no bundle was written")
    assert f"'proof.bin' of incident {victim}" in message and "Check integrity" in message
    assert "threatlog check" not in message  # the app's own advice, not the command line's
    assert not list(tmp_path.glob("bundle.zip*"))


def _destroy(qtbot, window, start) -> None:
    start()
    dialog = window.findChild(DestroyDialog)
    assert dialog is not None and not dialog.destroy_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "destroy")  # not the word shown: nothing happens
    assert not dialog.destroy_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "DESTROY")
    with qtbot.waitSignal(window.safety.destroyed, timeout=WAIT):
        qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)


def _assert_destroyed(window, dialogs, vault_dir: Path) -> None:
    assert not (vault_dir / SLOTS_NAME).exists() and not (vault_dir / DB_NAME).exists()
    assert not vault_dir.exists()  # nothing else was in the folder
    with pytest.raises(VaultNotFound):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert window.vault is None and window.stack.currentWidget() is window.start_page
    assert window.start_page.create_button.isVisibleTo(window)  # "no vault here" now
    assert "The vault is destroyed" in dialogs.infos[-1]


def test_destroy_from_the_menu_locks_erases_and_returns_to_the_start_page(qtbot, gui_vault, window, dialogs,
                                                                          vault_dir) -> None:
    gui_vault.close()
    unlock(qtbot, window)
    vault = window.vault
    _destroy(qtbot, window, window.destroy_action.trigger)
    assert not vault.is_open  # locked before anything was erased: the app holds no key
    _assert_destroyed(window, dialogs, vault_dir)


def test_a_locked_vault_is_destroyed_from_the_start_page_without_unlocking(qtbot, gui_vault, window, dialogs,
                                                                           services, vault_dir) -> None:
    gui_vault.close()
    services.settings.last_vault_dir = str(vault_dir)
    window.start_page.set_folder(vault_dir)
    assert window.start_page.destroy_button.isVisibleTo(window)
    _destroy(qtbot, window, lambda: qtbot.mouseClick(window.start_page.destroy_button, Qt.MouseButton.LeftButton))
    _assert_destroyed(window, dialogs, vault_dir)
    assert services.settings.last_vault_dir == ""  # nor does the settings file still say where it was


def test_cancelling_destroy_changes_nothing(qtbot, gui_vault, window, vault_dir) -> None:
    gui_vault.close()
    before = folder_digest(vault_dir)
    qtbot.mouseClick(window.start_page.destroy_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(DestroyDialog)
    qtbot.keyClicks(dialog.typed, "DESTROY")
    dialog.reject()
    assert folder_digest(vault_dir) == before


def test_a_damaged_vault_opens_read_only_with_editing_disabled(qtbot, gui_vault, window, dialogs, tmp_path) -> None:
    crashed = tmp_path / "crashed"
    ids = vault_with_unflushed_log(gui_vault, crashed)
    damage_the_log(crashed)
    before = folder_digest(crashed)
    window.start_page.set_folder(crashed)

    dialogs.answers["confirm"].append(False)  # "Open it read-only?" — not now
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "write-ahead log" in window.start_page.error.text())
    assert window.main_page is None and "Restore from a backup" in window.start_page.error.text()

    dialogs.answers["confirm"].append(True)
    window.start_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.start_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None, timeout=WAIT)
    page = window.main_page
    assert window.vault.read_only
    banner = page.findChild(QLabel, "read-only-banner")
    assert banner is not None and banner.isVisibleTo(window) and banner.text().startswith("Read-only")
    for action in (window.new_action, window.paste_action, window.capture_action, window.edit_action,
                   window.attach_action, window.delete_action):
        assert not action.isEnabled(), action.text()
    for action in (window.export_action, window.backup_action, window.check_action, window.find_action):
        assert action.isEnabled(), action.text()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    assert page.model.rowCount() < len(ids)  # the saves behind the damage cannot be read: none is invented
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.incident_id is not None, timeout=WAIT)
    buttons = {b.text(): b.isEnabled() for b in page.detail.findChildren(QPushButton)}
    assert buttons["&Edit"] is False and buttons["Add &files…"] is False and buttons["&Delete…"] is False
    assert page.edit_incident(page.current_id()) is None and not page.acceptDrops()
    window.lock()
    after = folder_digest(crashed)
    # Nothing was written: the damaged log, the evidence of what was lost, is still there as found.
    assert {n: after[n] for n in (DB_NAME, DB_NAME + "-wal", SLOTS_NAME)} == {
        n: before[n] for n in (DB_NAME, DB_NAME + "-wal", SLOTS_NAME)}
