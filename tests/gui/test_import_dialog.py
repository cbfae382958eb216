"""The import preview as the journalist uses it: what it shows is what the core plans, what is
imported is exactly what it showed (read back after reopening the vault), and a cancel, a second
import or a damaged export leaves the vault as it was."""

from __future__ import annotations

import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.core import importers
from app.core.errors import ImportMalformed
from app.core.importers import ImportOptions
from app.core.records import custody, incidents, search
from app.core.records.search import Filter
from app.core.storage.vault import Vault
from app.gui.import_dialog import ImportDialog
from tests.gui.conftest import reopen, unlock
from tests.import_fixtures import telegram_full, whatsapp_export

WAIT = 30_000
GROUP_CHAT = "Vətən keşikçiləri"


def _dialog(qtbot, services, vault: Vault, *, imports: bool = False) -> ImportDialog:
    dialog = ImportDialog(services, vault)
    if not imports:  # one that imports closes and deletes itself: nothing left for qtbot to close
        qtbot.addWidget(dialog)
    return dialog


def _read_folder(qtbot, dialog: ImportDialog, dialogs, path: Path) -> None:
    dialogs.answers["folder"].append(str(path))
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        qtbot.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)


def _import(qtbot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def _rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    """(date, title, files) of every incident the preview lists."""
    model = dialog.preview.model
    return [tuple(model.index(row, column).data() for column in (0, 1, 3)) for row in range(model.rowCount())]


def _titles(plan: importers.ImportPlan) -> list[str]:
    return [incident.draft.title for incident in plan.incidents]


def _stored(vault_dir: Path) -> list[tuple[str, str, str | None]]:
    """(title, type, occurred) of every incident, read back through the core in a fresh vault object."""
    vault = reopen(vault_dir)
    try:
        conn = vault.connection()
        found = [incidents.get(conn, i) for i in search.find_ids(conn, Filter())]
        return sorted((i.draft.title, i.draft.type, i.draft.occurred) for i in found)
    finally:
        vault.close()


def _import_entries(vault: Vault) -> list[custody.CustodyEntry]:
    return [e for e in custody.entries(vault.connection()) if e.action == "import"]


def test_preview_shows_what_the_core_plans_and_writes_nothing(qtbot, services, dialogs, gui_vault, tmp_path) -> None:
    export = telegram_full(tmp_path / "Telegram export")
    expected = importers.plan(export, ImportOptions(), gui_vault)
    dialog = _dialog(qtbot, services, gui_vault)
    _read_folder(qtbot, dialog, dialogs, export)

    preview = dialog.preview
    assert dialog.pages.currentIndex() == 1 and not dialogs.errors
    assert preview.summary.text() == (
        f"{len(expected.incidents)} new incident(s) will be created, with {expected.evidence_files} evidence "
        f"file(s) ({QLocale().formattedDataSize(expected.evidence_bytes)}).")
    assert [title for _, title, _ in _rows(dialog)] == _titles(expected)
    assert sum(int(files) for _, _, files in _rows(dialog)) == expected.evidence_files
    assert _rows(dialog)[0][0] == "2026-10-05 23:14"
    assert dialog.import_button.text() == f"&Import {len(expected.incidents)} incident(s)"
    assert dialog.import_button.isEnabled()
    assert preview.left_out.text() == "Left out: 1 service message(s) (joins, pins, calls)."
    assert "1 file(s) named in the export are not in it" in preview.attention.text()
    assert "File not included" in preview.attention.text()
    assert not preview.duplicates.isVisibleTo(dialog)
    choices = dialog.choices
    assert choices.chats.count() == len(expected.chats) == 2 and choices.senders.count() == len(expected.senders)
    assert not choices.times.isVisibleTo(dialog)  # Telegram gives every time with its offset
    # A preview is a preview: the vault has no incident, no evidence and no custody entry more.
    assert search.count(gui_vault.connection(), Filter()) == 0 and not _import_entries(gui_vault)


def test_one_chat_grouped_from_the_menu_creates_exactly_the_preview(qtbot, gui_vault, window, dialogs, tmp_path,
                                                                    vault_dir) -> None:
    export = telegram_full(tmp_path / "Telegram export")
    unlock(qtbot, window)
    page = window.main_page
    thumbnail_requests = []
    page.thumbnails.request = lambda: thumbnail_requests.append(True)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    _read_folder(qtbot, dialog, dialogs, export)
    assert len(_rows(dialog)) == 12

    choices = dialog.choices
    qara = next(choices.chats.item(r) for r in range(choices.chats.count()) if choices.chats.item(r).text()
                .startswith("Qara Kölgə"))
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        qara.setCheckState(Qt.CheckState.Unchecked)
    assert len(_rows(dialog)) == 5
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        choices.grouped.setChecked(True)
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        choices.incident_type.setCurrentIndex(choices.incident_type.findData("harassment"))
    expected = importers.plan(export, ImportOptions(chats=(GROUP_CHAT,), group_minutes=10,
                                                    incident_type="harassment"))
    assert [title for _, title, _ in _rows(dialog)] == _titles(expected)
    assert _titles(expected)[0] == "Патриот Родины: Предатель! (+2 more)" and len(expected.incidents) == 3
    assert _rows(dialog)[0][0] == "2026-10-07 12:00 – 12:04"  # a group's time is its first to its last message
    assert "7 in other chats" in dialog.preview.left_out.text()

    _import(qtbot, dialog)
    assert dialogs.infos == ["Imported 3 incident(s) with 5 evidence file(s)."] and not dialogs.errors
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)  # the list shows them
    assert thumbnail_requests
    window.lock()
    assert _stored(vault_dir) == sorted((i.draft.title, "harassment", i.draft.occurred) for i in expected.incidents)


def test_the_same_export_twice_creates_nothing_and_the_preview_says_so(qtbot, services, dialogs, gui_vault,
                                                                        tmp_path, vault_dir) -> None:
    export = whatsapp_export(tmp_path, "android_german_dots", as_zip=True)
    first = _dialog(qtbot, services, gui_vault, imports=True)
    dialogs.answers["open_file"].append(str(export))
    with qtbot.waitSignal(first.planned, timeout=WAIT):
        qtbot.mouseClick(first.choose_file_button, Qt.MouseButton.LeftButton)
    assert first.choices.times.isVisibleTo(first)  # WhatsApp times come without a zone
    _import(qtbot, first)
    assert dialogs.infos == ["Imported 7 incident(s) with 9 evidence file(s)."]
    entries = len(_import_entries(gui_vault))

    again = _dialog(qtbot, services, gui_vault)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(again.planned, timeout=WAIT):
        again.dropEvent(drop)  # dropped on the dialog, as from a file manager
    assert again.preview.summary.text() == "Nothing new to import."
    assert again.preview.duplicates.text() == ("All 7 item(s) chosen are already in the vault: importing again "
                                               "creates nothing.")
    assert again.preview.model.rowCount() == 0 and not again.import_button.isEnabled()
    with qtbot.waitSignal(again.planned, timeout=WAIT):  # planned again with another grouping: nothing new
        again.choices.single.setChecked(True)
    assert again.preview.summary.text() == "Nothing new to import." and again.preview.duplicates.isVisibleTo(again)
    assert search.count(gui_vault.connection(), Filter()) == 7 and len(_import_entries(gui_vault)) == entries == 7


def test_cancel_mid_import_writes_nothing(qtbot, services, dialogs, gui_vault, tmp_path, vault_dir,
                                         monkeypatch) -> None:
    reached, go = threading.Event(), threading.Event()
    real_apply = importers.apply

    def held_apply(vault, plan, progress=None, cancelled=None):
        def progress_then_wait(done: int, total: int) -> None:
            progress(done, total)
            reached.set()
            go.wait(WAIT / 1000)  # the worker stands still mid-import until the test pressed Cancel
        return real_apply(vault, plan, progress_then_wait, cancelled)

    monkeypatch.setattr(importers, "apply", held_apply)
    export = telegram_full(tmp_path / "Telegram export")
    dialog = _dialog(qtbot, services, gui_vault)
    _read_folder(qtbot, dialog, dialogs, export)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    progress = dialog.findChild(QProgressDialog)
    assert "Cancel undoes all of it" in progress.labelText()
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT):
        progress.findChild(QPushButton).click()  # its Cancel button, as the user presses it
        go.set()
    assert dialogs.infos == ["The import was cancelled; nothing was written."] and not dialogs.errors
    assert dialog.import_button.isEnabled() and dialog.pages.isEnabled()  # the user may try again
    assert _stored(vault_dir) == []
    assert not _import_entries(gui_vault)


def test_a_malformed_export_shows_the_core_message_and_writes_nothing(qtbot, services, dialogs, gui_vault,
                                                                      tmp_path) -> None:
    export = telegram_full(tmp_path / "Telegram export")
    result = export / "result.json"
    result.write_bytes(result.read_bytes()[:700])  # the export was cut off mid-way
    with pytest.raises(ImportMalformed) as refused:
        importers.plan(export, ImportOptions())
    dialog = _dialog(qtbot, services, gui_vault)
    _read_folder(qtbot, dialog, dialogs, export)
    assert dialogs.errors == [str(refused.value)] and "line" in str(refused.value)
    assert dialog.pages.currentIndex() == 0 and not dialog.import_button.isEnabled()
    assert search.count(gui_vault.connection(), Filter()) == 0 and not _import_entries(gui_vault)


def test_a_time_zone_reads_the_chat_again(qtbot, services, dialogs, gui_vault, tmp_path) -> None:
    export = whatsapp_export(tmp_path, "ios_day_first_24h", as_zip=False)
    dialog = _dialog(qtbot, services, gui_vault)
    _read_folder(qtbot, dialog, dialogs, export)
    zone = dialog.choices.time_zone
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        zone.setCurrentIndex(zone.findData("Asia/Baku"))
    expected = importers.plan(export, ImportOptions(time_zone=ZoneInfo("Asia/Baku")))
    assert dialog.plan is not None and dialog.plan.incidents[0].draft.occurred == "2026-10-05T23:14:02+04:00"
    assert [i.draft.occurred for i in dialog.plan.incidents] == [i.draft.occurred for i in expected.incidents]
