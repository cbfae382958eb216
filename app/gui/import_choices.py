"""The choices of the import preview: which chats and senders, which dates, how messages become
incidents, their type, and — where the source's own times need them — the date order and zone.

Split from import_dialog.py, which owns reading and writing. Two signals, because the choices
cost differently: `replan_wanted` (chats, senders, dates, grouping, type) is answered by
importers.replan from what was read; `reread_wanted` (date order, time zone) changes how the
source's times are read, so the source is read again.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from app.core.importers import ImportOptions, SourceKind, Tally
from app.core.importers.planning import MAX_GROUP_MINUTES
from app.core.importers.whatsapp_lines import DAY_FIRST, MONTH_FIRST
from app.core.records import taxonomy
from app.gui.filter_bar import TYPING_PAUSE_MS
from app.gui.form_widgets import section_header
from app.gui.icons import type_icon
from app.gui.labels import type_label

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_ROWS = 6  # a chat or sender list is as tall as its names, up to this many; then it scrolls
DEFAULT_GROUP_MINUTES = 10
# Sources whose times can come without a zone: WhatsApp's phone clock, a photo's EXIF date.
_ZONED_KINDS = (SourceKind.WHATSAPP, SourceKind.FOLDER)


class ImportChoices(QWidget):
    replan_wanted = Signal()
    reread_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: SourceKind | None = None
        self.chats = self._checklist(self.tr("Chats to import"))
        self.senders = self._checklist(self.tr("Senders to import"))
        self.chats_header = section_header(self.tr("Chats"))
        self.senders_header = section_header(self.tr("Senders"))

        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("From (2026-01)"))
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("Until (2026-12-31)"))
        self.until.setAccessibleName(self.tr("Until date"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.replan_wanted)
        for field in (self.since, self.until):
            field.setClearButtonEnabled(True)
            field.textChanged.connect(self._typing.start)

        self.one_each = QRadioButton(self.tr("One incident per &message"))
        self.grouped = QRadioButton(self.tr("&Consecutive messages from one sender as one incident,"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_GROUP_MINUTES)
        self.minutes.setValue(DEFAULT_GROUP_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes between grouped messages"))
        self.single = QRadioButton(self.tr("Everything as &one incident"))
        self.one_each.setChecked(True)
        self.grouping = QButtonGroup(self)
        for button in (self.one_each, self.grouped, self.single):
            self.grouping.addButton(button)
        self.grouping.buttonToggled.connect(lambda _button, checked: checked and self.replan_wanted.emit())
        self.minutes.valueChanged.connect(lambda _value: self.grouped.isChecked() and self._typing.start())

        self.incident_type = QComboBox()
        self.incident_type.setAccessibleName(self.tr("Type of the new incidents"))
        for kind in taxonomy.TYPES:
            self.incident_type.addItem(type_icon(kind.id), type_label(kind.id), kind.id)
        self.incident_type.setCurrentIndex(self.incident_type.findData("other"))
        self.incident_type.currentIndexChanged.connect(lambda _index: self.replan_wanted.emit())

        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("Date order of the chat"))
        self.date_order.addItem(self.tr("As the chat's dates show (else this computer's region)"), None)
        self.date_order.addItem(self.tr("Day first (05/10 is 5 October)"), DAY_FIRST)
        self.date_order.addItem(self.tr("Month first (05/10 is May 10)"), MONTH_FIRST)
        self.time_zone = QComboBox()
        self.time_zone.setAccessibleName(self.tr("Time zone of the times in the source"))
        self.time_zone.addItem(self.tr("This computer's time zone"), None)
        for name in sorted(zoneinfo.available_timezones()):
            self.time_zone.addItem(name, name)
        for combo in (self.date_order, self.time_zone):
            combo.currentIndexChanged.connect(lambda _index: self.reread_wanted.emit())

        self._build_layout()

    def _checklist(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.itemChanged.connect(lambda _item: self.replan_wanted.emit())
        return widget

    def _build_layout(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until)
        within = QHBoxLayout()
        within.setContentsMargins(24, 0, 0, 0)  # under its radio button's text
        each_within = QLabel(self.tr("each &within"))
        each_within.setBuddy(self.minutes)
        within.addWidget(each_within)
        within.addWidget(self.minutes)
        within.addWidget(QLabel(self.tr("of the one before")))
        within.addStretch(1)
        self.times = QWidget()
        times = QFormLayout(self.times)
        times.setContentsMargins(0, 0, 0, 0)
        self.date_order_label = QLabel(self.tr("&Date order:"))
        self.date_order_label.setBuddy(self.date_order)
        times.addRow(self.date_order_label, self.date_order)
        zone_label = QLabel(self.tr("Time &zone:"))
        zone_label.setBuddy(self.time_zone)
        times.addRow(zone_label, self.time_zone)
        dates_header = section_header(self.tr("&Dates"))
        dates_header.setBuddy(self.since)
        type_label_ = QLabel(self.tr("&Type of the new incidents"))
        type_label_.setBuddy(self.incident_type)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.chats_header, self.chats, self.senders_header, self.senders, dates_header):
            layout.addWidget(widget)
        layout.addLayout(dates)
        layout.addWidget(section_header(self.tr("Incidents")))
        layout.addWidget(self.one_each)
        layout.addWidget(self.grouped)
        layout.addLayout(within)
        layout.addWidget(self.single)
        layout.addWidget(type_label_)
        layout.addWidget(self.incident_type)
        layout.addWidget(self.times)
        layout.addStretch(1)

    # --- from a plan, and back to options -------------------------------------------------------

    def show_source(self, kind: SourceKind, chats: Sequence[Tally], senders: Sequence[Tally],
                    keep_ticks: bool) -> None:
        """Offer the chats and senders of a source just read, all ticked; or, when the same source
        was read again with other times (`keep_ticks`), ticked as the user left them."""
        self._kind = kind
        many_chats = len(chats) > 1
        has_senders = kind != SourceKind.FOLDER
        self.chats_header.setVisible(many_chats)
        self.chats.setVisible(many_chats)
        self.senders_header.setVisible(has_senders)
        self.senders.setVisible(has_senders)
        self._fill(self.chats, chats, keep_ticks)
        self._fill(self.senders, senders, keep_ticks)
        self.times.setVisible(kind in _ZONED_KINDS)
        for widget in (self.date_order_label, self.date_order):
            widget.setVisible(kind == SourceKind.WHATSAPP)

    def _fill(self, widget: QListWidget, tallies: Sequence[Tally], keep_ticks: bool) -> None:
        unchecked = {item.data(NAME_ROLE) for item in self._items(widget)
                     if keep_ticks and item.checkState() == Qt.CheckState.Unchecked}
        widget.blockSignals(True)  # filling is not a choice of the user's: no re-plan per item
        widget.clear()
        for tally in tallies:
            item = QListWidgetItem(self.tr("%1 (%n message(s))", "", tally.found).replace("%1", tally.name))
            item.setData(NAME_ROLE, tally.name)
            item.setToolTip(tally.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if tally.name in unchecked else Qt.CheckState.Checked)
            widget.addItem(item)
        widget.blockSignals(False)
        rows = min(widget.count(), LIST_ROWS)
        widget.setFixedHeight(rows * max(widget.sizeHintForRow(0), 1) + 2 * widget.frameWidth() + 4)

    @staticmethod
    def _items(widget: QListWidget) -> list[QListWidgetItem]:
        return [widget.item(row) for row in range(widget.count())]

    def _chosen(self, widget: QListWidget) -> tuple[str, ...]:
        """The names ticked, or () for "all" when every one is (the core's meaning of no filter)."""
        items = self._items(widget)
        ticked = tuple(item.data(NAME_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked)
        return () if len(ticked) == len(items) else ticked

    def nothing_ticked(self) -> bool:
        return any(widget.count() and not any(item.checkState() == Qt.CheckState.Checked
                                              for item in self._items(widget))
                   for widget in (self.chats, self.senders))

    def options(self) -> ImportOptions:
        zone = self.time_zone.currentData()
        return ImportOptions(
            kind=self._kind, chats=self._chosen(self.chats), senders=self._chosen(self.senders),
            since=self.since.text().strip() or None, until=self.until.text().strip() or None,
            group_minutes=self.minutes.value() if self.grouped.isChecked() else 0,
            single_incident=self.single.isChecked(), incident_type=self.incident_type.currentData(),
            date_order=self.date_order.currentData(), time_zone=zoneinfo.ZoneInfo(zone) if zone else None,
        )
