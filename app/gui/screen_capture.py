"""Capture a region of the screen as evidence, without Threatlog's own windows in the picture.

The app's windows are hidden first, the screen is grabbed a moment later (the compositor needs a
frame to take them away), and a full-screen overlay shows that still image: the user drags a
rectangle, Enter or a double-click keeps it, Esc cancels, a plain click takes the whole screen.
The result is PNG bytes in memory; nothing is written to disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen,
                           QPixmap, QScreen)
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.pending_evidence import PendingEvidence, image_bytes_from_qimage, timestamped_name

Grabber = Callable[[QScreen], QPixmap]

# Long enough for common compositors to repaint without our windows, short enough not to be felt.
HIDE_DELAY_MS = 300
# Below this many pixels of movement a press and release is a click, not a drag.
DRAG_THRESHOLD = 4


def grab_screen(screen: QScreen) -> QPixmap:
    return screen.grabWindow(0)


def _between(a: QPoint, b: QPoint) -> QRect:
    # QRect(QPoint, QPoint) includes both corners (one pixel too many); a drag of 200 px selects 200 px.
    return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()), abs(a.y() - b.y()))


class RegionCapture(QWidget):
    """Full-screen overlay over a still screenshot; emits `finished` with the evidence or None."""

    finished = Signal(object)  # PendingEvidence | None

    def __init__(self, screenshot: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.Tool)
        self._shot = screenshot
        self._anchor: QPoint | None = None
        self._selection = QRect()
        self._done = False
        self.setAccessibleName(self.tr("Screen region capture"))
        self.setAccessibleDescription(self.tr(
            "Drag to select an area. Enter or double-click keeps it, Escape cancels, "
            "a single click takes the whole screen."))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    @property
    def selection(self) -> QRect:
        """The selected rectangle in widget coordinates (empty: nothing selected yet)."""
        return QRect(self._selection)

    def _scale(self) -> tuple[float, float]:
        # The grab is in device pixels; the widget in logical ones (HiDPI, or a test pixmap).
        width, height = max(self.width(), 1), max(self.height(), 1)
        return self._shot.width() / width, self._shot.height() / height

    def _source_rect(self, area: QRect) -> QRect:
        sx, sy = self._scale()
        rect = QRect(round(area.x() * sx), round(area.y() * sy), round(area.width() * sx), round(area.height() * sy))
        return rect.intersected(self._shot.rect())

    def accept_selection(self) -> None:
        """Keep the selected area, or the whole screen when nothing is selected."""
        area = self._source_rect(self._selection) if not self._selection.isEmpty() else self._shot.rect()
        region = self._shot.copy(area).toImage()
        self._finish(PendingEvidence(timestamped_name("screen-capture", "png"), "screen_capture",
                                     data=image_bytes_from_qimage(region)))

    def cancel(self) -> None:
        self._finish(None)

    def _finish(self, result: PendingEvidence | None) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.finished.emit(result)
        self.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self._shot)
        # Dim everything but the selection, so the user sees exactly what will be kept.
        painter.fillRect(self.rect(), QColor(0, 0, 0, 120))
        if not self._selection.isEmpty():
            painter.drawPixmap(self._selection, self._shot, self._source_rect(self._selection))
            painter.setPen(QPen(QColor(80, 160, 255), 2))
            painter.drawRect(self._selection.adjusted(0, 0, -1, -1))
            source = self._source_rect(self._selection)
            self._draw_label(painter, f"{source.width()} × {source.height()}",
                             self._selection.bottomLeft() + QPoint(0, 6))
        else:
            self._draw_label(painter, self.tr(
                "Drag to select an area · Enter or double-click keeps it · Esc cancels · "
                "a single click takes the whole screen"), QPoint(24, 24))
        painter.end()

    def _draw_label(self, painter: QPainter, text: str, where: QPoint) -> None:
        metrics = painter.fontMetrics()
        box = metrics.boundingRect(text).adjusted(-8, -4, 8, 4)
        box.moveTopLeft(where)
        if box.bottom() > self.height():  # keep it visible when the selection reaches the bottom edge
            box.moveBottom(where.y() - 12)
        painter.fillRect(box, QColor(20, 20, 20, 220))
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.cancel()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Our own press state, not event.buttons(): synthetic moves in tests carry no buttons.
        if self._anchor is None:
            return
        point = event.position().toPoint()
        if (point - self._anchor).manhattanLength() >= DRAG_THRESHOLD:
            self._selection = _between(self._anchor, point).intersected(self.rect())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._anchor is None:
            return
        point = event.position().toPoint()
        anchor, self._anchor = self._anchor, None
        moved = (point - anchor).manhattanLength() >= DRAG_THRESHOLD
        if moved:
            self._selection = _between(anchor, point).intersected(self.rect())
            self.update()
        elif self._selection.isEmpty():
            # A click with nothing selected: the whole screen, the fastest capture there is.
            self.accept_selection()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.accept_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_selection()
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return self._shot.deviceIndependentSize().toSize()


class CaptureSession(QObject):
    """One capture in progress: hides the app, grabs, shows the overlay, restores the app."""

    overlay_shown = Signal(object)  # RegionCapture

    def __init__(self, window: QWidget, on_done: Callable[[PendingEvidence | None], None],
                 grab: Grabber = grab_screen, on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.overlay: RegionCapture | None = None
        self._on_done = on_done
        self._on_error = on_error
        self._grab = grab
        self._screen = window.screen() or QGuiApplication.primaryScreen()
        # Every visible top-level window of ours: a dialog's parent window must not be captured either.
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()]

    def start(self, delay_ms: int = HIDE_DELAY_MS) -> None:
        for widget in self._hidden:
            widget.hide()
        QTimer.singleShot(delay_ms, self._grab_and_show)

    def _grab_and_show(self) -> None:
        pixmap = self._grab(self._screen) if self._screen is not None else QPixmap()
        if pixmap.isNull():
            # Wayland sessions refuse grabs from applications; say so rather than fail silently.
            self._restore()
            if self._on_error is not None:
                self._on_error(self.tr("This system does not let Threatlog capture the screen. Take the "
                                       "screenshot with the system's own tool, then paste it here."))
            self._on_done(None)
            return
        overlay = RegionCapture(pixmap)
        overlay.finished.connect(self._finished)
        overlay.setGeometry(self._screen.geometry())
        self.overlay = overlay
        overlay.showFullScreen()
        overlay.raise_()
        overlay.activateWindow()
        overlay.setFocus()
        self.overlay_shown.emit(overlay)

    def _finished(self, result: PendingEvidence | None) -> None:
        self._restore()
        self._on_done(result)

    def _restore(self) -> None:
        # Parents first, so the dialog that asked for the capture ends up on top and active.
        for widget in sorted(self._hidden, key=lambda w: w is self.window):
            widget.show()
        self.window.raise_()
        self.window.activateWindow()


def capture_region(window: QWidget, on_done: Callable[[PendingEvidence | None], None],
                   grab: Grabber = grab_screen, on_error: Callable[[str], None] | None = None,
                   delay_ms: int = HIDE_DELAY_MS) -> CaptureSession:
    """Hide the app, let the user pick a region of the screen `window` is on, then call `on_done`.

    The windows come back whatever happens. `grab` is injectable so tests use a synthetic pixmap.
    A QDialog run with exec() must not use this: hiding it would end its event loop; use open()/show().
    """
    session = CaptureSession(window, on_done, grab, on_error)
    session.start(delay_ms)
    return session
