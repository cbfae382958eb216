"""The incident form, driven through its real widgets; every outcome is read back by reopening the
vault through the core, as a court or the next session would see it."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTextEdit,
                               QWidget)

from app.core.records import evidence, incidents
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.untrusted import thumbnails
from app.gui.incident_form import IncidentForm
from app.gui.pending_evidence import PendingEvidence
from tests.gui.conftest import reopen
from tests.gui.test_screen_capture import synthetic_screen
from tests.helpers import png_bytes

TITLE_AZ = "Anamı polis şöbəsinə çağırıblar — İlqarın adı çəkildi"
TEXT_MIXED = ("Sən xainsən. Ailəni tapacağıq.\nТы предатель, мы знаем, где живёт твоя мать.\u00a0!\n"
              "سنجدك أينما كنت\n\tİ ı Ə ə Ğ ğ")
TRANSLATION = "You are a traitor. We will find your family.\nWe know where your mother lives."


@pytest.fixture
def open_form(qtbot, services, gui_vault):
    def make(**kwargs) -> IncidentForm:
        form = IncidentForm(services, gui_vault, **kwargs)
        # Teardown closes it without the "discard what you typed?" question.
        qtbot.addWidget(form, before_close_func=lambda widget: widget.discard())
        form.show()
        qtbot.waitExposed(form)
        # Known accounts loaded and given evidence hashed: the form is as the user first sees it.
        qtbot.waitUntil(lambda: not services.operations.busy)
        return form

    return make


def save(qtbot, form: IncidentForm) -> str:
    activate(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=30_000) as blocker:
        qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    return blocker.args[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard layout or input method would: one key event per character, any script
    (QTest.keyClicks only maps Latin-1 characters to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def put_on_clipboard(**formats: bytes) -> None:
    mime = QMimeData()
    for name, data in formats.items():
        mime.setData(name, QByteArray(data))
    QGuiApplication.clipboard().setMimeData(mime)


def activate(qtbot, form: IncidentForm) -> None:
    # Window shortcuts (Ctrl+S, Ctrl+Shift+V) only reach the active window, as for a real user.
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)


def paste_shortcut(qtbot, form: IncidentForm) -> None:
    activate(qtbot, form)
    qtbot.keyClick(form.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def drag_and_drop(target: QWidget, mime: QMimeData) -> None:
    """What the window system sends for a drop: enter (must be accepted), move, drop."""
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(10, 10), *rest)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(QPoint(10, 10), *rest))
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), *rest))


def stored(vault_dir: Path, incident_id: str):
    with reopen(vault_dir) as vault:
        return incidents.get(vault.connection(), incident_id)


def test_title_has_the_focus_and_every_field_is_named(open_form) -> None:
    form = open_form()
    assert form.focusWidget() is form.title
    assert form.minimumWidth() >= 720 and form.minimumHeight() >= 640
    buddied = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    fields = [w for kind in (QLineEdit, QComboBox, QTextEdit, QCheckBox, QPushButton, QSpinBox)
              for w in form.findChildren(kind) if not isinstance(w.parent(), (QComboBox, QSpinBox))]
    unnamed = [w for w in fields if w.isVisibleTo(form) and not w.accessibleName() and w not in buddied
               and not (isinstance(w, QPushButton) and w.text())]
    assert unnamed == []


def test_create_with_common_and_type_specific_fields(qtbot, open_form, vault_dir: Path) -> None:
    form = open_form()
    select(form.type_combo, "family_pressure")
    type_text(form.title, TITLE_AZ)
    form.occurred.setText("2026-11-03 09:15 +04:00")
    select(form.severity, 4)
    form.tags.setText("ailə, polis")
    boxes = form.type_fields.boxes
    boxes["relation"].field.setText("anam (mother)")
    boxes["place"].field.setText("Bakı, Nəsimi rayon polis şöbəsi")
    select(boxes["what_happened"].field, "summoned")
    select(form.platform, "phone")
    form.accounts.setText("+994 50 000 00 00, telegram:@Qara_Kölgə")
    select(form.target, "relative")
    form.urls.setPlainText("https://t.me/example/1\n\nhttps://example.org/post?id=7")
    form.location.setText("Berlin")
    form.text.setPlainText(TEXT_MIXED)
    form.translation.setPlainText(TRANSLATION)
    form.notes.setPlainText("Lawyer: call on Monday.")
    form.sensitive.setChecked(True)

    incident_id = save(qtbot, form)

    incident = stored(vault_dir, incident_id)
    assert incident.revision == 1
    assert incident.draft == IncidentDraft(
        type="family_pressure", title=TITLE_AZ, occurred="2026-11-03T09:15:00+04:00", platform="phone",
        accounts=(AccountRef("phone", "+994 50 000 00 00"), AccountRef("telegram", "@Qara_Kölgə")),
        target="relative", text=TEXT_MIXED, translation=TRANSLATION,
        urls=("https://t.me/example/1", "https://example.org/post?id=7"), location="Berlin", severity=4,
        tags=("ailə", "polis"), notes="Lawyer: call on Monday.", sensitive=True,
        details={"place": "Bakı, Nəsimi rayon polis şöbəsi", "relation": "anam (mother)",
                 "what_happened": "summoned"})


def test_typed_values_survive_a_change_of_type(qtbot, open_form, vault_dir: Path) -> None:
    form = open_form()
    select(form.type_combo, "family_pressure")
    form.type_fields.boxes["place"].field.setText("Gəncə")
    select(form.type_combo, "harassment")
    assert "place" not in form.type_fields.boxes
    select(form.type_combo, "state_summons")
    assert form.type_fields.boxes["place"].field.text() == "Gəncə"
    form.type_fields.boxes["agency"].field.setText("DTX")
    form.title.setText("Colleague questioned")
    incident_id = save(qtbot, form)
    assert stored(vault_dir, incident_id).draft.details == {"agency": "DTX", "place": "Gəncə"}


def test_pasted_png_is_stored_byte_for_byte(qtbot, open_form, vault_dir: Path) -> None:
    untrusted_png = png_bytes(120, 80, text="from the messenger " + os.urandom(8).hex())
    put_on_clipboard(**{"image/png": untrusted_png, "text/plain": b"ignored text"})
    form = open_form()
    paste_shortcut(qtbot, form)
    digest = hashlib.sha256(untrusted_png).hexdigest()
    qtbot.waitUntil(lambda: form.evidence.pending_hashes() == [digest])
    assert form.evidence.list.topLevelItem(0).text(2) == digest  # the user sees the fingerprint
    form.title.setText("Threat with screenshot")
    incident_id = save(qtbot, form)
    with reopen(vault_dir) as vault:
        [item] = incidents.get(vault.connection(), incident_id).evidence
        assert (item.sha256, item.source, item.size) == (digest, "clipboard", len(untrusted_png))
        assert b"".join(evidence.read_chunks(vault.connection(), item.sha256)) == untrusted_png


def test_ctrl_v_in_the_evidence_list_pastes_a_decoded_image_as_png(qtbot, open_form, vault_dir: Path) -> None:
    image = QImage(33, 21, QImage.Format.Format_ARGB32)
    image.fill(QColor(20, 120, 220))
    image.setPixelColor(5, 7, QColor(255, 0, 0))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    form = open_form(pending=[])
    form.evidence.paste_button.click()
    qtbot.waitUntil(lambda: all(form.evidence.pending_hashes()) and len(form.evidence.pending()) == 1)
    activate(qtbot, form)
    form.evidence.list.setFocus()
    QApplication.clipboard().setMimeData(_copy_of_image_mime(image))
    qtbot.keyClick(form.evidence.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(form.evidence.pending()) == 2)
    form.title.setText("Decoded image")
    incident_id = save(qtbot, form)
    with reopen(vault_dir) as vault:
        items = incidents.get(vault.connection(), incident_id).evidence
        assert len(items) == 1  # the same picture twice is one original
        data = b"".join(evidence.read_chunks(vault.connection(), items[0].sha256))
    assert items[0].media_type == "image/png"
    assert QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32) == image


def _copy_of_image_mime(image: QImage) -> QMimeData:
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def test_empty_clipboard_says_so_inline(open_form) -> None:
    QGuiApplication.clipboard().setText("only text")
    form = open_form()
    form.evidence.paste()
    assert form.evidence.status.isVisible() and "clipboard" in form.evidence.status.text()
    assert form.evidence.pending() == []


def test_files_dropped_on_a_text_field_become_evidence(qtbot, open_form, vault_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "forensic report.pdf"
    report.write_bytes(b"%PDF-1.7 forensic " + os.urandom(64))
    form = open_form()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    mime.setText(QUrl.fromLocalFile(str(report)).toString())
    drag_and_drop(form.text.viewport(), mime)
    assert form.text.toPlainText() == ""  # the path did not land in the original text
    words = QMimeData()
    words.setText("dragged words")
    drag_and_drop(form.text.viewport(), words)
    assert form.text.toPlainText() == "dragged words"  # text drags still reach the text field
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: form.evidence.pending_hashes() == [digest])
    form.title.setText("Spyware notification")
    incident_id = save(qtbot, form)
    [item] = stored(vault_dir, incident_id).evidence
    assert (item.sha256, item.filename, item.source) == (digest, "forensic report.pdf", "file")


def test_add_files_and_remove_one_before_saving(qtbot, open_form, dialogs, vault_dir: Path, tmp_path: Path) -> None:
    keep, drop = tmp_path / "keep.txt", tmp_path / "drop.txt"
    keep.write_bytes(b"keep")
    drop.write_bytes(b"drop")
    dialogs.answers["open_files"].append([str(keep), str(drop)])
    form = open_form()
    form.evidence.add_button.click()
    qtbot.waitUntil(lambda: all(form.evidence.pending_hashes()) and len(form.evidence.pending()) == 2)
    form.evidence.list.topLevelItem(1).setSelected(True)
    form.evidence.remove_button.click()
    assert [p.name for p in form.evidence.pending()] == ["keep.txt"]
    form.title.setText("Two files, one kept")
    incident_id = save(qtbot, form)
    assert [i.filename for i in stored(vault_dir, incident_id).evidence] == ["keep.txt"]


def test_an_unreadable_file_is_dropped_with_a_message(qtbot, open_form, dialogs, tmp_path: Path) -> None:
    dialogs.answers["open_files"].append([str(tmp_path)])  # a folder
    form = open_form()
    form.evidence.add_button.click()
    qtbot.waitUntil(lambda: form.evidence.status.isVisible())
    assert form.evidence.pending() == []


def test_edit_saves_a_new_revision_and_keeps_untouched_text_exact(qtbot, open_form, gui_vault,
                                                                   vault_dir: Path) -> None:
    original = "line one\r\nline two\u2028same paragraph\u00a0nbsp"
    with gui_vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft(
            "threat", "First version", text=original, platform="x", accounts=(AccountRef("x", "@a"),
                                                                             AccountRef("telegram", "@b")),
            details={"mentions_family": False, "channel": "DM"}))
        evidence.attach_stream(conn, incident_id, io.BytesIO(b"stored"), "old.txt")
        incident = incidents.get(conn, incident_id)
    form = open_form(incident=incident)
    assert form.windowTitle() == "Edit incident"
    assert form.accounts.text() == "@a, telegram:@b"
    assert form.evidence.list.topLevelItem(0).text(2) == hashlib.sha256(b"stored").hexdigest()
    assert form.evidence.pending() == []

    form.title.setText("Second version")
    assert save(qtbot, form) == incident_id
    with reopen(vault_dir) as vault:
        history = incidents.history(vault.connection(), incident_id)
        current = incidents.get(vault.connection(), incident_id)
    assert [r.revision for r in history] == [1, 2]
    assert current.draft.title == "Second version"
    assert current.draft.text == original
    assert current.draft.details == {"channel": "DM", "mentions_family": False}
    assert current.draft.accounts == incident.draft.accounts

    unchanged = open_form(incident=current)
    save(qtbot, unchanged)
    assert stored(vault_dir, incident_id).revision == 2  # nothing changed: no new revision


def test_invalid_date_is_shown_inline_and_nothing_is_saved(qtbot, open_form, vault_dir: Path) -> None:
    form = open_form()
    form.title.setText("Bad date")
    qtbot.keyClicks(form.occurred, "early October")
    assert form.occurred_box.error.isVisible()
    assert "early October" in form.occurred_box.error.text()
    activate(qtbot, form)
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.save_operation is None
    assert form.focusWidget() is form.occurred
    form.occurred.setText("2026-10")
    assert not form.occurred_box.error.isVisible()
    with reopen(vault_dir) as vault:
        assert vault.connection().execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_missing_title_is_shown_inline(open_form, dialogs) -> None:
    form = open_form()
    form.save()
    assert form.title_box.error.isVisible() and form.isVisible()
    assert dialogs.errors == []


def test_now_fills_a_readable_local_time(open_form) -> None:
    form = open_form()
    form.now_button.click()
    assert form.occurred.text() and not form.occurred_box.error.isVisible()


def test_cancelling_a_large_attach_saves_nothing(qtbot, open_form, vault_dir: Path, tmp_path: Path) -> None:
    video = tmp_path / "recording.mp4"
    with open(video, "wb") as f:
        for _ in range(50):
            f.write(os.urandom(1024 * 1024))
    form = open_form(pending=[])
    form.evidence.add([PendingEvidence("recording.mp4", "file", path=video)])
    qtbot.waitUntil(lambda: all(form.evidence.pending_hashes()), timeout=30_000)
    form.title.setText("Call recording")
    form.save()
    operation = form.save_operation
    assert operation is not None
    # Cancel from the worker thread after the first stored chunk: mid-attach, whatever the timing.
    operation.signals.progressed.connect(lambda done, total: operation.context.cancel(),
                                         Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    assert form.isVisible() and form.banner.isVisible()
    assert form.title.text() == "Call recording" and len(form.evidence.pending()) == 1
    with reopen(vault_dir) as vault:
        conn = vault.connection()
        assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_intimate_image_abuse_is_always_sensitive(qtbot, open_form, vault_dir: Path) -> None:
    form = open_form()
    select(form.type_combo, "intimate_image_abuse")
    assert form.sensitive.isChecked() and not form.sensitive.isEnabled()
    select(form.type_combo, "threat")
    assert not form.sensitive.isChecked() and form.sensitive.isEnabled()
    select(form.type_combo, "intimate_image_abuse")
    form.title.setText("Photos threatened")
    incident_id = save(qtbot, form)
    assert stored(vault_dir, incident_id).draft.sensitive is True


def test_screen_region_capture_is_stored_as_png_evidence(qtbot, open_form, vault_dir: Path) -> None:
    form = open_form()
    form.evidence.grab = lambda screen: synthetic_screen()
    form.evidence.capture_delay_ms = 0
    form.evidence.capture_button.click()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: form.evidence.capture_session.overlay is not None)
    overlay = form.evidence.capture_session.overlay
    qtbot.waitExposed(overlay)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(overlay, QPoint(164, 148))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(164, 148))
    qtbot.keyClick(overlay, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.isVisible() and all(form.evidence.pending_hashes())
                    and len(form.evidence.pending()) == 1)
    form.title.setText("Captured")
    incident_id = save(qtbot, form)
    with reopen(vault_dir) as vault:
        thumbnails.make_pending(vault.connection())  # the main window's ThumbnailMaker does this
        [item] = incidents.get(vault.connection(), incident_id).evidence
    assert item.source == "screen_capture" and item.image["width"] == 64 and item.image["height"] == 48


def test_cancel_asks_only_when_something_was_entered(qtbot, open_form, dialogs) -> None:
    empty = open_form()
    empty.reject()  # no scripted answer: a question here would fail the test
    assert not empty.isVisible()
    typed = open_form()
    typed.title.setText("half typed")
    dialogs.answers["confirm"] += [False, True]
    activate(qtbot, typed)
    qtbot.keyClick(typed.title, Qt.Key.Key_Escape)
    assert typed.isVisible() and typed.title.text() == "half typed"
    qtbot.keyClick(typed.title, Qt.Key.Key_Escape)
    assert not typed.isVisible()


def test_a_failed_save_keeps_everything_typed(qtbot, open_form, gui_vault, dialogs) -> None:
    with gui_vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("threat", "Will be deleted"))
        incident = incidents.get(conn, incident_id)
    form = open_form(incident=incident)
    with gui_vault.transaction() as conn:
        incidents.delete(conn, incident_id, "duplicate")
    form.title.setText("My careful edit")
    form.save()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=30_000)
    assert "deleted" in dialogs.errors[0]
    assert form.isVisible() and form.title.text() == "My careful edit" and form.save_button.isEnabled()


def test_known_accounts_are_offered_for_completion(qtbot, open_form, gui_vault) -> None:
    with gui_vault.transaction() as conn:
        incidents.create(conn, IncidentDraft("harassment", "Earlier", platform="telegram",
                                             accounts=(AccountRef("telegram", "@troll_az_1"),)))
    form = open_form()
    qtbot.waitUntil(lambda: bool(form.accounts_completer.suggestions()))
    select(form.platform, "x")
    form.accounts.setText("@someone, ")
    form.accounts.setCursorPosition(len(form.accounts.text()))
    qtbot.keyClicks(form.accounts, "troll")
    popup = form.accounts_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    form.accounts_completer.completer.activated[str].emit(form.accounts_completer.suggestions()[0])
    assert form.accounts.text() == "@someone, telegram:@troll_az_1"


CANARY = "CANARY-4b1d-təhdid-угроза-تهديد"


def test_paste_and_save_leave_no_plaintext_on_disk(qtbot, open_form, vault_dir: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    for name, value in (("HOME", home), ("TMPDIR", temp), ("XDG_CACHE_HOME", home / ".cache"),
                        ("XDG_DATA_HOME", home / ".local" / "share"), ("XDG_CONFIG_HOME", home / ".config")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    marker = os.urandom(16).hex()
    put_on_clipboard(**{"image/png": png_bytes(300, 200, text=CANARY + marker)})
    form = open_form()
    paste_shortcut(qtbot, form)
    type_text(form.title, CANARY)
    for edit in (form.text, form.translation, form.notes, form.urls):
        type_text(edit, CANARY)
    for line in (form.location, form.tags, form.accounts):
        type_text(line, CANARY)
    qtbot.waitUntil(lambda: len(form.evidence.pending()) == 1 and all(form.evidence.pending_hashes()))
    incident_id = save(qtbot, form)
    with reopen(vault_dir) as vault:
        assert incidents.get(vault.connection(), incident_id).draft.title == CANARY
    QGuiApplication.clipboard().clear()
    needles = [text.encode(encoding) for text in (CANARY, marker, "CANARY-4b1d")
               for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = [str(path) for path in tmp_path.rglob("*") if path.is_file() and not path.is_symlink()
            and any(needle in path.read_bytes() for needle in needles)]
    assert hits == []
    assert any(vault_dir.iterdir())  # the scan did cover the vault folder
