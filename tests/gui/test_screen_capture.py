"""Region capture: hides the app, lets the user select, returns PNG bytes, always restores the app."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QWidget

from app.gui.pending_evidence import PendingEvidence
from app.gui.screen_capture import RegionCapture, capture_region


def synthetic_screen() -> QPixmap:
    """A screenshot whose every pixel says where it is, so a crop can be checked exactly."""
    size = QGuiApplication.primaryScreen().geometry().size()
    width, height = size.width(), size.height()
    pixels = bytes(channel for y in range(height) for x in range(width)
                   for channel in (x % 256, y % 256, (x // 256) * 16 + y // 256))
    image = QImage(pixels, width, height, 3 * width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())  # copy: the QImage must not outlive `pixels`


class Capture:
    def __init__(self, qtbot) -> None:
        self.window = QWidget()
        self.window.setWindowTitle("Threatlog")
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.results: list[PendingEvidence | None] = []
        self.errors: list[str] = []
        self.grabbed_while_visible: list[bool] = []

    def start(self, qtbot, pixmap: QPixmap) -> RegionCapture:
        def grab(screen) -> QPixmap:
            self.grabbed_while_visible.append(self.window.isVisible())
            return pixmap

        self.session = capture_region(self.window, self.results.append, grab, self.errors.append, delay_ms=0)
        assert not self.window.isVisible()  # hidden before the grab is even scheduled
        qtbot.waitUntil(lambda: self.session.overlay is not None and self.session.overlay.isVisible())
        return self.session.overlay


def test_drag_then_enter_keeps_exactly_the_selected_pixels(qtbot) -> None:
    capture = Capture(qtbot)
    shot = synthetic_screen()
    overlay = capture.start(qtbot, shot)
    assert capture.grabbed_while_visible == [False]
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(50, 40))
    qtbot.mouseMove(overlay, QPoint(150, 90))
    qtbot.mouseMove(overlay, QPoint(250, 140))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(250, 140))
    assert overlay.selection.size().toTuple() == (200, 100)
    assert not capture.results  # a drag only selects; Enter or a double-click keeps it
    overlay.grab()  # paints the dimmed screen and the size label without error
    qtbot.keyClick(overlay, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(capture.results))
    [result] = capture.results
    assert result is not None and result.source == "screen_capture" and result.path is None
    assert result.name.startswith("screen-capture-") and result.name.endswith(".png")
    image = QImage.fromData(result.data, "PNG")
    assert (image.width(), image.height()) == (200, 100)
    assert image.pixelColor(0, 0) == shot.toImage().pixelColor(50, 40)
    assert image.pixelColor(199, 99) == shot.toImage().pixelColor(249, 139)
    assert capture.window.isVisible()


def test_a_click_without_dragging_takes_the_whole_screen(qtbot) -> None:
    capture = Capture(qtbot)
    shot = synthetic_screen()
    overlay = capture.start(qtbot, shot)
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.waitUntil(lambda: bool(capture.results))
    image = QImage.fromData(capture.results[0].data, "PNG")
    assert image.size() == shot.size()
    assert capture.window.isVisible()


def test_double_click_keeps_the_selection(qtbot) -> None:
    capture = Capture(qtbot)
    overlay = capture.start(qtbot, synthetic_screen())
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(overlay, QPoint(40, 30))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(40, 30))
    qtbot.mouseDClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: bool(capture.results))
    assert QImage.fromData(capture.results[0].data, "PNG").size().toTuple() == (30, 20)


def test_escape_cancels_and_restores_the_window(qtbot) -> None:
    capture = Capture(qtbot)
    overlay = capture.start(qtbot, synthetic_screen())
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(capture.results))
    assert capture.results == [None]
    assert capture.window.isVisible()


def test_a_refused_grab_restores_the_window_and_says_why(qtbot) -> None:
    capture = Capture(qtbot)
    capture.session = capture_region(capture.window, capture.results.append, lambda screen: QPixmap(),
                                     capture.errors.append, delay_ms=0)
    qtbot.waitUntil(lambda: bool(capture.results))
    assert capture.results == [None]
    assert capture.errors and "paste" in capture.errors[0]
    assert capture.window.isVisible()
