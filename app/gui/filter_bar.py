"""Search box and filters above the incident list. Results follow typing after a short pause, and
the query itself runs in a worker (see MainPage), so typing never waits for the vault.

A campaign or a timeline period has no field to type in: chosen in the campaigns or timeline
window, it shows here as a button that says what filters the list, and a click removes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.errors import InvalidInput
from app.core.records import taxonomy
from app.core.records.occurred import parse_date_bound
from app.core.records.search import Filter
from app.gui.icons import icon, type_icon
from app.gui.labels import platform_label, type_label
from app.translate import describe

TYPING_PAUSE_MS = 250


class FilterBar(QWidget):
    changed = Signal(object)  # a valid app.core.records.search.Filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search titles, messages, accounts, tags, file names…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Filter by type"))
        self.type.addItem(self.tr("All types"), None)
        for kind in taxonomy.TYPES:
            self.type.addItem(type_icon(kind.id), type_label(kind.id), kind.id)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Filter by platform"))
        self.platform.addItem(self.tr("All platforms"), None)
        for platform_id, _ in taxonomy.PLATFORMS:
            self.platform.addItem(platform_label(platform_id), platform_id)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Account"))
        self.account.setAccessibleName(self.tr("Filter by account"))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("From (2026-01)"))
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("Until (2026-12-31)"))
        self.until.setAccessibleName(self.tr("Until date"))
        self._campaign: int | None = None
        self._starts_in: tuple[str, str] | None = None
        self.campaign_chip = self._chip(self.tr("Show incidents of every campaign"), self._clear_campaign)
        self.period_chip = self._chip(self.tr("Show incidents of every period"), self._clear_period)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        for field in (self.tag, self.account, self.since, self.until):
            field.setMaximumWidth(150)
            field.setClearButtonEnabled(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        for field in (self.search, self.tag, self.account, self.since, self.until):
            field.textChanged.connect(self._timer.start)
        self.type.currentIndexChanged.connect(self._emit)
        self.platform.currentIndexChanged.connect(self._emit)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.type, self.platform, self.tag, self.account, self.since, self.until,
                       self.campaign_chip, self.period_chip):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)

    def current(self) -> Filter:
        return Filter(
            query=self.search.text(),
            type=self.type.currentData(),
            platform=self.platform.currentData(),
            tag=self.tag.text().strip() or None,
            account=self.account.text().strip() or None,
            since=self.since.text().strip() or None,
            until=self.until.text().strip() or None,
            campaign=self._campaign,
            starts_in=self._starts_in,
        )

    def _chip(self, tooltip: str, remove: Callable[[], None]) -> QPushButton:
        chip = QPushButton()
        chip.setToolTip(tooltip)
        chip.setStyleSheet("QPushButton { background: #e8eef6; border: 1px solid #9fb3cc; border-radius: 10px;"
                           " padding: 2px 8px; color: #1f3a5f; }")
        chip.clicked.connect(remove)
        chip.hide()
        return chip

    def _dates_valid(self) -> bool:
        valid = True
        for field, end in ((self.since, False), (self.until, True)):
            text = field.text().strip()
            try:
                if text:
                    parse_date_bound(text, end=end)
                field.setStyleSheet("")
                field.setToolTip("")
            except InvalidInput as error:
                field.setStyleSheet("border: 1px solid #b03a2e;")
                field.setToolTip(describe(error))
                valid = False
        return valid

    def _emit(self) -> None:
        self._timer.stop()
        if self._dates_valid():
            self.changed.emit(self.current())

    def clear(self) -> None:
        self._set_campaign(None, "")
        self._set_period(None, "")
        for field in (self.search, self.tag, self.account, self.since, self.until):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        for combo in (self.type, self.platform):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._emit()

    def show_account(self, handle: str) -> None:
        self.account.setText(handle)
        self._emit()

    def show_selection(self, f: Filter, campaign_name: str = "", period_label: str = "") -> None:
        """Show exactly `f` (the timeline's filters and a period), every other field cleared."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        for field, value in ((self.account, f.account), (self.tag, f.tag), (self.since, f.since),
                             (self.until, f.until), (self.search, f.query)):
            field.blockSignals(True)
            field.setText(value or "")
            field.blockSignals(False)
        for combo, value in ((self.type, f.type), (self.platform, f.platform)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self._set_campaign(f.campaign, campaign_name)
        self._set_period(f.starts_in, period_label)
        self._emit()

    def _set_campaign(self, campaign_id: int | None, name: str) -> None:
        self._campaign = campaign_id
        self.campaign_chip.setText(self.tr("Campaign: %1").replace("%1", name or f"#{campaign_id}") + "  ✕")
        self.campaign_chip.setVisible(campaign_id is not None)

    def _set_period(self, starts_in: tuple[str, str] | None, label: str) -> None:
        self._starts_in = starts_in
        self.period_chip.setText(self.tr("Period: %1").replace("%1", label) + "  ✕")
        self.period_chip.setVisible(starts_in is not None)

    def _clear_campaign(self) -> None:
        self._set_campaign(None, "")
        self._emit()

    def _clear_period(self) -> None:
        self._set_period(None, "")
        self._emit()
