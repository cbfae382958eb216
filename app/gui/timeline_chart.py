"""The timeline: incidents per week or month as bars stacked by type, drawn with QPainter.

One drawing function serves the screen, a PNG and an SVG, so a saved chart is exactly what the
user saw. A click (or Enter on the bar chosen with the arrow keys) asks to list the incidents of
that period; the chart itself holds only counts, never incident content.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFontMetrics, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.errors import ThreatlogError
from app.core.patterns import stats
from app.core.patterns.stats import Period
from app.core.patterns.type_colours import type_colour
from app.core.records import taxonomy
from app.gui.labels import type_label, type_short_label
from app.gui.locale_format import number, period_name

_TYPE_ORDER = {kind.id: n for n, kind in enumerate(taxonomy.TYPES)}
_AXIS = QColor("#6c757d")
_GRID = QColor("#e3e7eb")
_SELECTED = QColor("#1f3a5f")
_INK = QColor("#212529")
_PAPER = QColor("white")  # the same on screen, in a PNG and in an SVG, whatever the desktop theme
_LEGEND_WIDTH = 190
_MARGIN = 12


class ChartNotSaved(ThreatlogError):
    """The chart could not be written where the user asked."""


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    slot: float
    step: int  # the value between two grid lines
    top: int  # the value at the top of the plot

    def bar(self, index: int) -> QRectF:
        left = self.plot.left() + index * self.slot
        gap = min(self.slot * 0.2, 6.0)
        return QRectF(left + gap / 2, self.plot.top(), max(self.slot - gap, 1.0), self.plot.height())

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / self.top


def _nice_step(maximum: int) -> int:
    """A grid step of 1, 2 or 5 times a power of ten giving four to eight lines."""
    raw = max(maximum / 5, 1)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def type_order(periods: Sequence[Period]) -> list[str]:
    """The types present, in the taxonomy's order (stacking and legend agree)."""
    present = {kind for p in periods for kind in p.by_type}
    return sorted(present, key=lambda kind: (_TYPE_ORDER.get(kind, len(_TYPE_ORDER)), kind))


class TimelineChart(QWidget):
    period_clicked = Signal(str, str, str)  # first day, the day after the period, its label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: tuple[Period, ...] = ()
        self.granularity = "month"
        self.selected = -1
        self.setMinimumSize(480, 260)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline of incidents"))

    def set_periods(self, periods: Sequence[Period], granularity: str) -> None:
        self.periods, self.granularity, self.selected = tuple(periods), granularity, -1
        self.setAccessibleDescription(self.tr("%n period(s); arrow keys choose one, Enter lists its incidents.", "",
                                              len(self.periods)))
        self.update()

    # --- drawing --------------------------------------------------------------------------------

    def _layout(self, size: QSize) -> _Layout:
        metrics = QFontMetrics(self.font())
        maximum = max((p.total for p in self.periods), default=0)
        step = _nice_step(maximum)
        top = max(step * math.ceil(maximum / step), step)
        left = metrics.horizontalAdvance(number(top)) + _MARGIN + 8
        plot = QRectF(left, _MARGIN + metrics.height() / 2, size.width() - left - _LEGEND_WIDTH - 2 * _MARGIN,
                      size.height() - 2 * _MARGIN - 2 * metrics.height() - 8)
        return _Layout(plot, plot.width() / max(len(self.periods), 1), step, top)

    def paint(self, painter: QPainter, size: QSize) -> None:
        """Draw the whole chart into `size` (the widget, a PNG or an SVG)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        if not self.periods:
            painter.setPen(_AXIS)
            painter.drawText(QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No incidents to chart."))
            return
        layout = self._layout(size)
        self._grid(painter, layout)
        kinds = type_order(self.periods)
        for index, period in enumerate(self.periods):
            self._bar(painter, layout, index, period, kinds)
        self._labels(painter, layout)
        self._legend(painter, size, kinds)

    def _grid(self, painter: QPainter, layout: _Layout) -> None:
        metrics = painter.fontMetrics()
        for value in range(0, layout.top + 1, layout.step):
            y = layout.y(value)
            painter.setPen(QPen(_GRID if value else _AXIS, 1))
            painter.drawLine(layout.plot.left(), y, layout.plot.right(), y)
            painter.setPen(_AXIS)
            painter.drawText(QRectF(0, y - metrics.height() / 2, layout.plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(value))

    def _bar(self, painter: QPainter, layout: _Layout, index: int, period: Period, kinds: list[str]) -> None:
        slot = layout.bar(index)
        base = 0
        painter.setPen(Qt.PenStyle.NoPen)
        for kind in kinds:
            count = period.by_type.get(kind, 0)
            if count:
                painter.setBrush(QColor(*type_colour(kind)))
                painter.drawRect(QRectF(slot.left(), layout.y(base + count), slot.width(),
                                        layout.y(base) - layout.y(base + count)))
                base += count
        if index == self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(_SELECTED, 2, Qt.PenStyle.DashLine))
            painter.drawRect(slot.adjusted(-1, -1, 1, 1))

    def _labels(self, painter: QPainter, layout: _Layout) -> None:
        metrics = painter.fontMetrics()
        shown = [period_name(p.label) for p in self.periods]
        widest = max(metrics.horizontalAdvance(label) for label in shown) + 12
        every = max(1, math.ceil(widest / layout.slot))  # no two labels overlap
        painter.setPen(_AXIS)
        for index in range(0, len(self.periods), every):
            centre = layout.plot.left() + (index + 0.5) * layout.slot
            painter.drawText(QRectF(centre - widest / 2, layout.plot.bottom() + 4, widest, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, shown[index])

    def _legend(self, painter: QPainter, size: QSize, kinds: list[str]) -> None:
        metrics = painter.fontMetrics()
        x, y = size.width() - _LEGEND_WIDTH - _MARGIN + 8, float(_MARGIN)
        line = metrics.height() + 4
        for kind in reversed(kinds):  # top to bottom as the stack reads
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(*type_colour(kind)))
            painter.drawRect(QRectF(x, y + 2, 12, 12))
            painter.setPen(_INK)
            text = metrics.elidedText(type_short_label(kind), Qt.TextElideMode.ElideRight, _LEGEND_WIDTH - 24)
            painter.drawText(QRectF(x + 18, y, _LEGEND_WIDTH - 20, line), Qt.AlignmentFlag.AlignVCenter, text)
            y += line

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), _PAPER)
        self.paint(painter, self.size())
        painter.end()

    # --- choosing a period ----------------------------------------------------------------------

    def index_at(self, point: QPoint) -> int:
        if not self.periods:
            return -1
        layout = self._layout(self.size())
        if not layout.plot.contains(point.toPointF()):
            return -1
        index = int((point.x() - layout.plot.left()) // layout.slot)
        return index if 0 <= index < len(self.periods) else -1

    def bar_centre(self, index: int) -> QPoint:
        """Where a click lands on the period's bar (for tests and accessibility tools)."""
        return self._layout(self.size()).bar(index).center().toPoint()

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.periods):
            return
        self.selected = index
        self.update()
        period = self.periods[index]
        self.period_clicked.emit(period.start, stats.period_end(period.start, self.granularity),
                                 period_name(period.label))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose(self.index_at(event.position().toPoint()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position().toPoint())
        if index < 0:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(index), self)

    def describe(self, index: int) -> str:
        chosen = self.periods[index]
        lines = [self.tr("%1: %n incident(s)", "", chosen.total).replace("%1", period_name(chosen.label))]
        lines += [f"{type_label(kind)}: {count}" for kind, count in chosen.by_type.items()]
        return "\n".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.periods:
            step = -1 if key == Qt.Key.Key_Left else 1
            start = self.selected if self.selected >= 0 else (len(self.periods) if step < 0 else -1)
            self.selected = min(max(start + step, 0), len(self.periods) - 1)
            self.update()
            QToolTip.showText(self.mapToGlobal(self.bar_centre(self.selected)), self.describe(self.selected), self)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected >= 0:
            self.choose(self.selected)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        QToolTip.hideText()
        super().focusOutEvent(event)

    # --- saving ---------------------------------------------------------------------------------

    def save(self, path: Path, size: QSize = QSize(1200, 600)) -> None:  # noqa: B008 - an immutable default
        """Write the chart as SVG (by the file's suffix) or else PNG, at `size`."""
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("Timeline of incidents"))
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), _PAPER)
            self.paint(painter, size)
            if not painter.end():
                raise ChartNotSaved(self.tr("The chart could not be written to %1.").replace("%1", str(path)))
            return
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(_PAPER)
        painter = QPainter(image)
        self.paint(painter, size)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise ChartNotSaved(self.tr("The chart could not be written to %1.").replace("%1", str(path)))
