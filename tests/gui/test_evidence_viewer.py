"""The evidence viewer as the user meets it: blurred first when sensitive, real pixels on reveal,
hostile files end in a sentence, and a plaintext copy leaves the vault only after a warning."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageStat
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.gui.blur import blurred, blurred_pixmap
from app.gui.evidence_viewer import EvidenceViewer
from app.gui.locking import CONCEALMENT_FORMATS


def _stripes_png(width: int = 480, height: int = 360) -> bytes:
    """High-contrast detail (like text in a screenshot): a blur shows up as a variance collapse."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 6):
        draw.line((x, 0, x, height), fill="black", width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _attach(vault, data: bytes, name: str) -> evidence.EvidenceItem:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("threat", "Evidence viewer test"))
        return evidence.attach_stream(conn, incident_id, io.BytesIO(data), name).item


def _variance(image: QImage) -> float:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    rows = b"".join(raw[y * stride: y * stride + width] for y in range(height))
    return ImageStat.Stat(Image.frombytes("L", (width, height), rows)).var[0]


def _open(qtbot, services, vault, item, sensitive: bool) -> tuple[EvidenceViewer, str]:
    viewer = EvidenceViewer(services, vault, item, sensitive)
    qtbot.addWidget(viewer)
    viewer.resize(800, 600)
    with qtbot.waitSignal(viewer.loaded, timeout=10000) as blocker:
        viewer.show()
    return viewer, blocker.args[0]


def _shown(viewer: EvidenceViewer) -> QImage:
    """What the screen shows of the image itself, without the background around it."""
    view = viewer.view
    area = view.mapFromScene(view.sceneRect()).boundingRect().intersected(view.viewport().rect())
    return view.viewport().grab(area.adjusted(1, 1, -1, -1)).toImage()


def test_sensitive_image_is_blurred_until_revealed_and_can_be_hidden_again(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, _stripes_png(), "threat.png")
    viewer, kind = _open(qtbot, services, gui_vault, item, sensitive=True)
    assert kind == "image"
    original_variance = _variance(QImage.fromData(_stripes_png()))

    viewer.view.actual_size()  # one image pixel per screen pixel, so the grab is comparable
    assert not viewer.revealed and viewer.image_cover.isVisible()
    assert _variance(_shown(viewer)) < original_variance * 0.05

    qtbot.mouseClick(viewer.image_cover.button, Qt.MouseButton.LeftButton)
    assert viewer.revealed and not viewer.image_cover.isVisible()
    assert viewer.reveal_action.text() == "Hide again"
    assert _variance(_shown(viewer)) > original_variance * 0.8

    viewer.reveal_action.trigger()
    assert not viewer.revealed and viewer.image_cover.isVisible()
    assert _variance(_shown(viewer)) < original_variance * 0.05


def test_plain_image_shows_the_original_unless_all_media_is_blurred(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, _stripes_png(), "screenshot.png")
    original_variance = _variance(QImage.fromData(_stripes_png()))
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    viewer.view.actual_size()
    assert viewer.revealed and not viewer.image_cover.isVisible()
    assert _variance(_shown(viewer)) > original_variance * 0.8
    viewer.close()

    services.settings.blur_all_media = True
    blurred_viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    blurred_viewer.view.actual_size()
    assert not blurred_viewer.revealed
    assert _variance(_shown(blurred_viewer)) < original_variance * 0.05


def test_zoom_shortcuts_and_ctrl_wheel_change_the_scale(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, _stripes_png(1600, 1200), "big.png")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    with qtbot.waitActive(viewer):
        viewer.activateWindow()
    view = viewer.view
    fitted = view.scale_factor()
    assert fitted < 1.0  # 1600 px wide does not fit 800: the whole image is shown

    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(0.8)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted, rel=0.02)

    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor() == pytest.approx(fitted * 1.25, rel=0.02)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.mark.parametrize("name, data", [
    ("truncated.png", _stripes_png()[:900]),
    ("bomb.png", b"\x89PNG\r\n\x1a\n"
     + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
     + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 100_000)) + _png_chunk(b"IEND", b"")),
])
def test_hostile_image_gives_one_line_message(qtbot, services, gui_vault, name: str, data: bytes) -> None:
    item = _attach(gui_vault, data, name)
    viewer, kind = _open(qtbot, services, gui_vault, item, sensitive=True)
    assert kind == "error"
    assert viewer.pages.currentWidget() is viewer.error_label
    assert "cannot be shown" in viewer.error_label.text() and "\n" not in viewer.error_label.text()
    assert item.sha256 in viewer.sha_label.text()  # the hash is still there for the record


def test_text_evidence_is_shown_read_only(qtbot, services, gui_vault) -> None:
    message = "Biz sənin harada yaşadığını bilirik.\nМы знаем, где ты живёшь.\n" * 100
    # A broken byte past the sniffed head: the type is still text, the byte shows as U+FFFD.
    item = _attach(gui_vault, message.encode() + b"\xff broken byte", "message.txt")
    viewer, kind = _open(qtbot, services, gui_vault, item, sensitive=False)
    assert kind == "text"
    assert viewer.text_view.isReadOnly()
    assert viewer.text_view.toPlainText().startswith(message)
    assert "\ufffd" in viewer.text_view.toPlainText()


def test_sensitive_text_is_not_in_the_widget_until_revealed(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, b"We will find your parents.", "threat.txt")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=True)
    assert viewer.text_view.toPlainText() == "" and viewer.text_cover.isVisible()
    viewer.reveal_action.trigger()
    assert viewer.text_view.toPlainText() == "We will find your parents."


def test_other_media_gets_a_panel_and_a_copy_only_after_confirmation(qtbot, services, dialogs, gui_vault,
                                                                    tmp_path: Path) -> None:
    video = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 50
    item = _attach(gui_vault, video, "voice.mp4")
    viewer, kind = _open(qtbot, services, gui_vault, item, sensitive=False)
    assert kind == "other"
    assert viewer.pages.currentWidget() is viewer.other_page
    assert not viewer.save_button.isVisible() and viewer.panel_save_button.isVisible()

    dialogs.answers["confirm"].append(False)
    qtbot.mouseClick(viewer.panel_save_button, Qt.MouseButton.LeftButton)
    assert not dialogs.answers["confirm"] and not list(tmp_path.glob("*.mp4"))

    target = tmp_path / "copy.mp4"
    dialogs.answers["confirm"].append(True)
    dialogs.answers["save_file"].append(str(target))
    with qtbot.waitSignal(viewer.saved, timeout=10000):
        qtbot.mouseClick(viewer.panel_save_button, Qt.MouseButton.LeftButton)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    assert target.read_bytes() == video
    assert dialogs.infos and not dialogs.errors


def test_copy_sha256_goes_through_the_clipboard_guard(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, b"note", "note.txt")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    qtbot.mouseClick(viewer.copy_sha_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == item.sha256
    assert all(mime.hasFormat(name) for name in CONCEALMENT_FORMATS)
    QGuiApplication.clipboard().clear()


def test_closing_drops_the_decoded_image(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, _stripes_png(), "threat.png")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    viewer.close()
    assert viewer.view.scene().items()[0].pixmap().isNull()
    assert viewer._loaded is None


def test_blur_helpers_hide_detail_and_refuse_garbage(qapp) -> None:
    original = QImage.fromData(_stripes_png())
    soft = blurred(original)
    assert soft.size() == original.size()
    assert _variance(soft) < _variance(original) * 0.05
    assert blurred(QImage()).isNull()
    from PySide6.QtCore import QSize

    assert blurred_pixmap(b"not an image", QSize(96, 96)) is None
    thumb = blurred_pixmap(_stripes_png(), QSize(96, 96))
    assert thumb is not None and max(thumb.width(), thumb.height()) == 96


def test_conceal_covers_a_plain_image_too(qtbot, services, gui_vault) -> None:
    item = _attach(gui_vault, _stripes_png(), "screenshot.png")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=False)
    viewer.conceal()  # what panic and lock call
    assert not viewer.revealed and viewer.image_cover.isVisible()
    assert viewer.image_cover.title.text() == "Hidden"
    assert not viewer.view.showing_original()


def test_too_large_image_gets_the_panel_not_a_decode(qtbot, services, gui_vault, monkeypatch) -> None:
    monkeypatch.setattr("app.gui.evidence_loading.DECODE_LIMIT_BYTES", 1000)
    item = _attach(gui_vault, _stripes_png(), "huge.png")
    viewer, kind = _open(qtbot, services, gui_vault, item, sensitive=True)
    assert kind == "other"
    assert "too large" in viewer.other_reason.text()


def test_viewing_writes_no_plaintext_to_disk(qtbot, services, gui_vault, tmp_path: Path) -> None:
    canary = b"CANARY-7f3e-threat-text"
    item = _attach(gui_vault, canary + b" we know where you live", "canary.txt")
    viewer, _ = _open(qtbot, services, gui_vault, item, sensitive=True)
    viewer.reveal_action.trigger()
    assert viewer.text_view.toPlainText().startswith(canary.decode())
    viewer.close()
    gui_vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaked = [p for p in tmp_path.rglob("*") if p.is_file() and canary in p.read_bytes()]
    assert not leaked
