"""Export, verify and key dialogs as the journalist and the lawyer use them, checked through the
core verifier, the bagit reference validator and the file's own hash."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from pathlib import Path

import bagit
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.core.bundles import bundle, signing
from app.core.bundles.bundle import Selection
from app.core.bundles.verify import FileStatus, verify_bundle
from app.core.bundles.verify_text import ProblemKind, first_problem
from app.core.records.search import Filter
from app.gui.app_window import AppWindow
from app.gui.export_dialog import ExportDialog
from app.gui.key_dialog import KeyDialog
from app.gui.verify_dialog import VerifyDialog
from tests.bundle_helpers import LOCATION_CANARY, NOTE_CANARY, extract, populate, rewrite_zip
from tests.conftest import PASSPHRASE

WAIT = 30_000


@pytest.fixture
def sample(gui_vault):
    return populate(gui_vault)


@pytest.fixture
def exported(gui_vault, sample, tmp_path: Path) -> Path:
    return bundle.export_bundle(gui_vault, tmp_path / "bundle.zip", Selection()).path


def _export_dialog(qtbot, services, vault, selected: str | None, f: Filter = Filter()) -> ExportDialog:  # noqa: B008
    dialog = ExportDialog(services, vault, f, selected)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    return dialog


def _verify_dialog(qtbot, services, path: Path, signer: str | None = None) -> VerifyDialog:
    dialog = VerifyDialog(services, None, path=None, expected_signer=signer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.set_bundle(path)
    return dialog


def test_export_previews_gps_and_leaves_notes_out_then_writes_a_bundle_that_verifies(
        qtbot, services, dialogs, gui_vault, sample, tmp_path) -> None:
    dialog = _export_dialog(qtbot, services, gui_vault, sample.threat)
    assert dialog.scope_selected.isChecked() and not dialog.scope_listed.isEnabled()  # no filter is active
    assert not dialog.include_notes.isChecked() and not dialog.include_location.isChecked()
    assert "GPS position" in dialog.gps_warning.text() and "Фото с GPS.jpg" in dialog.gps_warning.text()
    assert "destroy it as evidence" in dialog.gps_warning.text() and dialog.gps_warning.isVisibleTo(dialog)
    assert "Left out: the private notes of 1 incident" in dialog.left_out.text()
    assert "Left out: the locations of 1 incident" in dialog.left_out.text()
    assert dialog.summary.text().startswith("1 incident(s), 3 evidence file(s)")
    assert dialog.contents.topLevelItemCount() == 1 and dialog.contents.topLevelItem(0).childCount() == 3
    fingerprint = signing.load(gui_vault.connection()).fingerprint()
    assert fingerprint in dialog.signer.text()

    dialog.scope_all.setChecked(True)  # the preview follows the choice
    qtbot.waitUntil(lambda: dialog.contents.topLevelItemCount() == 2, timeout=WAIT)

    out = tmp_path / "to-lawyer.zip"
    dialogs.answers["save_file"].append(str(tmp_path / "to-lawyer"))  # the .zip is added
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and dialog.result is not None
    assert dialog.done_sha256.text() == hashlib.sha256(out.read_bytes()).hexdigest()
    assert dialog.done_fingerprint.text() == fingerprint
    assert verify_bundle(out).intact
    bag = extract(out, tmp_path / "unzipped")
    bagit.Bag(str(bag)).validate()
    for path in bag.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert NOTE_CANARY.encode() not in data and LOCATION_CANARY.encode() not in data, path

    qtbot.mouseClick(dialog.copy_fingerprint_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == fingerprint
    QGuiApplication.clipboard().clear()
    dialog.verify_now()
    check = dialog.verify_dialog
    qtbot.waitUntil(lambda: check.banner.headline.text() != "", timeout=WAIT)
    assert check.banner.headline.text().startswith("INTACT")
    assert "This is the key you said you expected" in check.banner.explanation.text()


def test_cancelling_mid_export_leaves_no_file(qtbot, services, dialogs, gui_vault, sample, tmp_path,
                                              monkeypatch) -> None:
    reached, go = threading.Event(), threading.Event()
    real_export = bundle.export_bundle

    def held_export(vault, out_path, selection, include_notes=False, include_location=False, progress=None,
                    cancelled=None, report_language=None):
        def progress_then_wait(done: int, total: int) -> None:
            progress(done, total)
            reached.set()
            go.wait(WAIT / 1000)  # the worker stands still mid-payload until the test pressed Cancel
        return real_export(vault, out_path, selection, include_notes, include_location, progress_then_wait,
                           cancelled, report_language)

    monkeypatch.setattr(bundle, "export_bundle", held_export)
    dialog = _export_dialog(qtbot, services, gui_vault, sample.threat)
    out = tmp_path / "cancelled.zip"
    dialogs.answers["save_file"].append(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    assert Path(str(out) + ".part").exists()  # it really was half-written
    progress = dialog.findChild(QProgressDialog)
    progress.findChild(QPushButton).click()  # its Cancel button, as the user presses it
    go.set()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=WAIT)
    assert "cancelled" in dialogs.infos[0] and not dialogs.errors
    assert not out.exists() and not Path(str(out) + ".part").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("cancelled")]
    assert dialog.export_button.isEnabled() and dialog.pages.currentIndex() == 0


def test_verify_shows_intact_with_the_fingerprint_and_copies_the_cli_report(
        qtbot, services, gui_vault, exported) -> None:
    fingerprint = signing.load(gui_vault.connection()).fingerprint()
    dialog = _verify_dialog(qtbot, services, exported)
    assert dialog.banner.headline.text() == "INTACT — nothing was changed since it was signed"
    assert fingerprint in dialog.banner.signer.text()
    assert dialog.banner.note.isVisibleTo(dialog) and "another channel" in dialog.banner.note.text()
    table = dialog.files
    assert table.rowCount() > 5 and all(table.index(r, 0).data() == "OK" for r in range(table.rowCount()))
    assert hashlib.sha256(exported.read_bytes()).hexdigest() in dialog.proof.bundle_hash.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()
    assert copied.splitlines()[-1].startswith(f"INTACT — signed by key {fingerprint}")  # the CLI's verdict line
    assert "INTACT — nothing was changed since it was signed" in copied


def test_verify_marks_the_altered_file(qtbot, services, exported, tmp_path) -> None:
    def flip(members: dict[str, bytes]) -> dict[str, bytes]:
        path = next(p for p in sorted(members) if p.endswith(".mp4"))
        data = members[path]
        return {**members, path: data[:100] + bytes([data[100] ^ 1]) + data[101:]}

    tampered = tmp_path / "tampered.zip"
    rewrite_zip(exported, tampered, flip)
    dialog = _verify_dialog(qtbot, services, tampered)
    headline = dialog.banner.headline.text()
    assert headline.startswith("NOT INTACT — the file “") and "video_clip.mp4" in headline
    assert "was changed after it was signed" in headline
    altered = next(c.path for c in verify_bundle(tampered).files if c.status is FileStatus.ALTERED)
    row = dialog.files.row_of(altered)
    assert row == 0  # problems first
    assert dialog.files.index(row, 0).data() == "ALTERED"
    assert "changed after it was signed" in dialog.files.index(row, 2).data()
    assert dialog.files.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # colour, and words


def test_a_hostile_zip_is_refused_in_plain_words(qtbot, services, dialogs, tmp_path) -> None:
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("bag/bagit.txt", b"BagIt-Version: 1.0\n")
        archive.writestr("bag/../../escape.txt", b"outside")
    dialog = _verify_dialog(qtbot, services, hostile)
    assert dialog.banner.headline.text().startswith("NOT INTACT — this file was refused")
    assert "'..'" in dialog.banner.explanation.text() and "Nothing was extracted" in dialog.banner.explanation.text()
    assert not dialog.details.isVisibleTo(dialog) and not dialogs.errors
    assert not (tmp_path.parent / "escape.txt").exists()
    assert "NOT INTACT — The archive was refused" in dialog.report_text()


def test_a_wrong_expected_key_is_not_intact(qtbot, services, exported) -> None:
    other = "SHA256:" + "A" * 43
    dialog = _verify_dialog(qtbot, services, exported, signer=other)
    assert dialog.banner.headline.text() == ("NOT INTACT — it was signed by a different key than the one you "
                                             "expected")
    assert "not a key you trust" in dialog.banner.explanation.text()
    dialog.signer_field.setText("SHA256:nope")
    dialog.verify()
    assert dialog.input_error.isVisibleTo(dialog) and "not a key fingerprint" in dialog.input_error.text()


def test_allowed_signers_file_and_dropping_a_zip(qtbot, services, dialogs, gui_vault, exported, tmp_path) -> None:
    trust = tmp_path / "allowed_signers"
    trust.write_text(signing.load(gui_vault.connection()).allowed_signers_line() + "\n", encoding="utf-8")
    dialog = VerifyDialog(services)
    qtbot.addWidget(dialog)
    dialogs.answers["open_file"].append(str(trust))
    dialog.load_allowed_signers()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(exported))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.dropEvent(drop)
    assert dialog.banner.headline.text().startswith("INTACT")
    assert not dialog.banner.note.isVisibleTo(dialog)  # the key was given: nothing left to compare by hand
    assert dialog.proof.trust.text() == "Key: this is the key you expected."


def test_key_dialog_shows_the_vaults_fingerprint(qtbot, services, gui_vault) -> None:
    key = signing.load(gui_vault.connection())
    dialog = KeyDialog(services, gui_vault)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.copy_line_button.isEnabled(), timeout=WAIT)
    assert dialog.fingerprint.text() == key.fingerprint()
    assert dialog.signers_line.text() == key.allowed_signers_line()
    qtbot.mouseClick(dialog.copy_line_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key.allowed_signers_line()
    QGuiApplication.clipboard().clear()


def test_the_main_window_offers_export_and_key(qtbot, services, gui_vault, vault_dir) -> None:
    gui_vault.close()
    window = AppWindow(services, vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert not window.export_action.isEnabled() and not window.key_action.isEnabled()  # locked
    window.start_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.start_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.main_page is not None, timeout=WAIT)
    assert window.export_action.isEnabled() and window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    assert window.export_action in window.toolbar.actions()
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.chosen()[0] == Selection()  # nothing listed or selected: all
    window.key_action.trigger()
    assert window.findChild(KeyDialog) is not None
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=WAIT)


def test_first_problem_names_each_kind(exported, tmp_path) -> None:
    changes = {
        ProblemKind.MISSING: lambda m: {k: v for k, v in m.items() if not k.endswith(".mp4")},
        ProblemKind.ADDED: lambda m: {**m, "data/evidence/planted.jpg": b"never in the vault"},
        # One byte more: the declared size (Payload-Oxum) is checked before each file's hash.
        ProblemKind.COUNT: lambda m: {**m, "data/custody-log.jsonl": m["data/custody-log.jsonl"] + b"\n"},
    }
    assert first_problem(verify_bundle(exported)).kind is ProblemKind.NONE
    for kind, change in changes.items():
        target = tmp_path / f"{kind}.zip"
        rewrite_zip(exported, target, change)
        problem = first_problem(verify_bundle(target))
        assert problem.kind is kind, problem
