"""Process hardening the user cannot see but relies on: crash output and window titles carry no
incident data, and every window the app shows is offered to the OS for capture exclusion."""

from __future__ import annotations

import io
import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.gui import locking
from app.gui.crash_guard import install_crash_handler
from app.gui.create_vault_dialog import CreateVaultDialog
from app.gui.evidence_viewer import EvidenceViewer
from tests.helpers import png_bytes

CANARY = "CRASH-CANARY-təhdid"


def _parse_severity(text: str) -> int:
    return int(text)  # raises ValueError quoting the text, as real bugs do


def test_an_uncaught_error_shows_a_generic_message_and_prints_no_incident_data(qtbot, dialogs, capsys,
                                                                               monkeypatch) -> None:
    for name in ("excepthook", "unraisablehook"):
        monkeypatch.setattr(sys, name, getattr(sys, name))  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.delenv("THREATLOG_DEBUG", raising=False)
    hook = install_crash_handler(dialogs)
    assert sys.excepthook is hook
    try:
        _parse_severity(f"Threat from {CANARY}")
    except ValueError as error:
        hook(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    print(err)
    assert CANARY not in err and "Threat from" not in err
    assert "ValueError" in err and "test_hardening.py" in err and "_parse_severity" in err
    assert len(dialogs.errors) == 1 and CANARY not in dialogs.errors[0] and "ValueError" in dialogs.errors[0]


def test_every_window_the_app_shows_is_hardened(qtbot, window, monkeypatch) -> None:
    hardened: list[object] = []
    monkeypatch.setattr(locking, "harden_window", hardened.append)
    qtbot.mouseClick(window.start_page.create_button, Qt.MouseButton.LeftButton)
    dialog = window.start_page.findChild(CreateVaultDialog)  # it will show the recovery code
    qtbot.waitUntil(dialog.isVisible)
    assert dialog in hardened


def test_the_evidence_viewer_title_carries_no_file_name(qtbot, services, gui_vault) -> None:
    with gui_vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("threat", "Threat"))
        item = evidence.attach_stream(conn, incident_id, io.BytesIO(png_bytes()), f"{CANARY}.png").item
    viewer = EvidenceViewer(services, gui_vault, item, False)
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        pass
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert viewer.windowTitle() in titles and not any(CANARY in t for t in titles)
