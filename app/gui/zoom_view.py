"""An image view that zooms and pans, and can show a blurred stand-in instead of the image.

The scene is always the size of the original in pixels, whether the original or the small
blurred preview is on screen, so "100%" and "fit" mean the same thing in both states and the
view does not jump when the user reveals or hides the content.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

MIN_SCALE = 0.02
MAX_SCALE = 32.0
_WHEEL_STEP = 1.25
_WHEEL_NOTCH = 120  # angleDelta units of one wheel notch


class ZoomView(QGraphicsView):
    zoom_changed = Signal(float)  # the new scale, 1.0 = 100%

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        # Smooth scaling matters most for the blurred preview, which is drawn many times its size.
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self._image: QImage | None = None
        self._preview: QImage | None = None
        self._showing_original = False
        self._fit_enlarge: bool | None = None  # None: the user chose a zoom; keep it on resize
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setBackgroundBrush(QColor("#e5e8eb"))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys pan, like dragging does

    def set_image(self, image: QImage, preview: QImage | None) -> None:
        self._image = image
        self._preview = preview
        self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))

    def show_original(self, show: bool) -> None:
        """The real pixels, or the blurred preview stretched over the same area."""
        if self._image is None:
            return
        # Fail closed: without a blurred preview, hiding shows nothing rather than the original.
        source = self._image if show else (self._preview if self._preview is not None else QImage())
        self._showing_original = show
        pixmap = QPixmap.fromImage(source)
        if pixmap.isNull():
            self._item.setPixmap(QPixmap())
            self._showing_original = False
            return
        # Only one pixmap exists at a time: hiding again drops the revealed copy.
        self._item.setPixmap(pixmap)
        self._item.setTransform(QTransform.fromScale(self._image.width() / pixmap.width(),
                                                     self._image.height() / pixmap.height()))

    def showing_original(self) -> bool:
        return self._image is not None and self._showing_original

    def clear_image(self) -> None:
        self._item.setPixmap(QPixmap())
        self._image = None
        self._preview = None
        self._showing_original = False

    def scale_factor(self) -> float:
        """1.0 is one image pixel per screen pixel (device-independent)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        wanted = max(MIN_SCALE, min(MAX_SCALE, current * factor))
        if current > 0 and wanted != current:
            self.scale(wanted / current, wanted / current)
        self._fit_enlarge = None
        self.zoom_changed.emit(self.scale_factor())

    def actual_size(self) -> None:
        self.resetTransform()
        self._fit_enlarge = None
        self.zoom_changed.emit(1.0)

    def fit(self, enlarge: bool = True) -> None:
        """Show the whole image; with enlarge=False a small image stays at 100% instead of blurring up."""
        self._fit_enlarge = enlarge
        self._refit()

    def _refit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty() or self._fit_enlarge is None:
            return
        viewport = self.viewport().rect()
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if not self._fit_enlarge:
            scale = min(scale, 1.0)
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())
        self.zoom_changed.emit(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._refit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / _WHEEL_NOTCH
            if notches:
                self.zoom_by(_WHEEL_STEP ** notches)
            event.accept()
            return
        super().wheelEvent(event)  # plain wheel scrolls, as everywhere else
