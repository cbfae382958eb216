"""The timeline window: the chart, what it is filtered by, and the figures behind it.

The figures are counted by app.core.patterns.stats in a worker (a 100,000-incident vault takes a moment)
over the same filter the incident list uses, so a bar's height is the number of incidents a
click on it lists. The window keeps no incident content: counts, labels and handles only.

Counting starts once the window is first painted: started with it, the worker takes the cores and
the interpreter from the window's first layout and paint, which then froze it for longer
(bench/bench_timeline.py). The account choices are the unfiltered figures' accounts, most
incidents first, so they cost no second query over the registry.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.core.patterns import campaigns, stats
from app.core.patterns.stats import Stats
from app.core.records import taxonomy
from app.core.records.search import Filter
from app.core.storage.vault import Vault
from app.gui.icons import icon
from app.gui.labels import platform_label, type_label
from app.gui.locale_format import decimal, number, period_name
from app.gui.services import Services
from app.gui.timeline_chart import ChartNotSaved, TimelineChart
from app.translate import describe

_SEVERITIES = ("1", "2", "3", "4", "5", stats.NO_SEVERITY)
_ACCOUNT_CHOICES = 200  # the accounts with most incidents; any other handle can be typed
ModelIndex = QModelIndex | QPersistentModelIndex


class _Figures(QAbstractTableModel):
    """Rows of figures, read by the view only for the rows on screen: a vault with thousands of
    accounts must not fill thousands of table items on the GUI thread."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers, self.rows = headers, []

    def set_rows(self, rows: list[list[object]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else number(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _table(headers: list[str]) -> QTableView:
    table = QTableView()
    table.setModel(_Figures(headers, table))
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableView, rows: list[list[object]]) -> None:
    table.model().set_rows(rows)


class TimelineDialog(QDialog):
    loaded = Signal()  # the chart and figures on screen are those of the current choices
    period_chosen = Signal(object, str, str)  # Filter of the period, campaign name, period label

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.vault = services, vault
        self.stats: Stats | None = None
        self._generation = 0
        self._shown_account: str | None = None
        self._has_account_choices = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Timeline and figures"))
        self.resize(1100, 760)

        self.granularity = QComboBox()
        self.granularity.setAccessibleName(self.tr("Incidents per"))
        self.granularity.addItem(self.tr("Per month"), "month")
        self.granularity.addItem(self.tr("Per week"), "week")
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.addItem(self.tr("All accounts"), None)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.lineEdit().editingFinished.connect(self._account_typed)
        self.account.activated.connect(self._account_typed)  # the same index again, after typing
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.addItem(self.tr("All campaigns"), None)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.addItem(self.tr("All platforms"), None)
        for platform_id, _ in taxonomy.PLATFORMS:
            self.platform.addItem(platform_label(platform_id), platform_id)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # counting: no steps to show, only that it is under way
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Counting…"))
        self.busy.hide()
        self.save_button = QPushButton(icon("export"), self.tr("&Save chart…"))
        self.save_button.setToolTip(self.tr("Save the chart as a PNG image or an SVG drawing (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_chart)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_chart)

        controls = QHBoxLayout()
        for widget in (self.granularity, self.account, self.campaign, self.platform):
            controls.addWidget(widget)
            if widget is not self.granularity:
                widget.setMinimumWidth(160)
        controls.addWidget(self.busy)
        controls.addStretch()
        controls.addWidget(self.save_button)

        self.chart = TimelineChart()
        self.chart.period_clicked.connect(self._period_clicked)
        hint = QLabel(self.tr("Click a bar (or choose one with the arrow keys and press Enter) to list its "
                              "incidents in the main window."))
        hint.setStyleSheet("color: #4a5561;")
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.trend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.by_type = _table([self.tr("Type"), self.tr("Incidents")])
        self.by_platform = _table([self.tr("Platform"), self.tr("Incidents")])
        self.by_account = _table([self.tr("Account"), self.tr("Platform"), self.tr("Incidents")])
        self.over_time = _table([self.tr("Period"), self.tr("Incidents"), self.tr("Mean severity"),
                                 *(self.tr("Severity %1").replace("%1", s) for s in _SEVERITIES[:-1]),
                                 self.tr("No severity")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.over_time, self.tr("Severity over time"))
        self.tabs.addTab(self.by_type, self.tr("By type"))
        self.tabs.addTab(self.by_platform, self.tr("By platform"))
        self.tabs.addTab(self.by_account, self.tr("By account"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.chart, 1)
        top_layout.addWidget(hint)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.trend)
        bottom_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([480, 280])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for combo in (self.granularity, self.account, self.campaign, self.platform):
            combo.currentIndexChanged.connect(self.refresh)
        self.chart.installEventFilter(self)  # counting and the campaign choices start after the first paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.chart and event.type() == QEvent.Type.Paint:
            self.chart.removeEventFilter(self)
            QTimer.singleShot(0, self, self._first_load)  # queued: runs once this paint is on screen
        return super().eventFilter(watched, event)

    def _first_load(self) -> None:
        if not self.isVisible():  # closed meanwhile (locking closes it): the vault may be closed too
            return
        if self._generation == 0:  # a choice made meanwhile has already asked
            self.refresh()
        self._load_campaigns()

    # --- loading --------------------------------------------------------------------------------

    def _load_campaigns(self) -> None:
        vault = self.vault

        def done(found: list[campaigns.Campaign]) -> None:
            self.campaign.blockSignals(True)
            for campaign in found:
                self.campaign.addItem(campaign.name, campaign.id)
            self.campaign.blockSignals(False)

        self.services.operations.run(lambda ctx: campaigns.list_campaigns(vault.connection()), done, self._report)

    def _add_account_choices(self, figures: Stats) -> None:
        """The accounts of figures over every incident (no filter), the most active first."""
        self.account.blockSignals(True)
        for account in figures.by_account[:_ACCOUNT_CHOICES]:
            self.account.addItem(f"{account.handle} ({platform_label(account.platform)})", account.handle)
        self.account.blockSignals(False)
        self._has_account_choices = True

    def current_filter(self) -> Filter:
        return Filter(account=self._account(), campaign=self.campaign.currentData(),
                      platform=self.platform.currentData())

    def _account(self) -> str | None:
        """The chosen account's handle, or a handle typed in (not among the choices)."""
        text = self.account.currentText().strip()
        index = self.account.findText(text)
        return self.account.itemData(index) if index >= 0 else text or None

    def _account_typed(self) -> None:
        if self._account() != self._shown_account:
            self.refresh()

    def refresh(self) -> None:
        """Count again in a worker; an answer to older choices arriving late is dropped."""
        self._generation += 1
        generation, f, by, vault = self._generation, self.current_filter(), self.granularity.currentData(), self.vault
        self._shown_account = f.account
        self.busy.show()

        def done(figures: Stats) -> None:
            if not self._has_account_choices and f == Filter():
                self._add_account_choices(figures)
            if generation == self._generation:
                self.busy.hide()
                self._show(figures)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.busy.hide()
                self._report(error)

        self.services.operations.run(lambda ctx: stats.compute(vault.connection(), f, by), done, failed)

    def _show(self, figures: Stats) -> None:
        self.stats = figures
        self.chart.set_periods(figures.periods, figures.granularity)
        _fill(self.by_type, [[type_label(k), n] for k, n in figures.by_type.items()])
        _fill(self.by_platform, [[self._platform(k), n] for k, n in figures.by_platform.items()])
        rows: list[list[object]] = [[a.handle, platform_label(a.platform), a.incidents] for a in figures.by_account]
        if figures.without_account:
            rows.append([self.tr("(no account named)"), "", figures.without_account])
        _fill(self.by_account, rows)
        _fill(self.over_time, [[period_name(p.label), p.total,
                                "" if p.mean_severity is None else decimal(p.mean_severity),
                                *(p.by_severity.get(s, 0) for s in _SEVERITIES)] for p in reversed(figures.periods)])
        self.trend.setText(self._trend_text(figures))
        self.loaded.emit()

    def _platform(self, platform_id: str) -> str:
        return self.tr("(no platform)") if platform_id == stats.NO_PLATFORM else platform_label(platform_id)

    def _trend_text(self, figures: Stats) -> str:
        t = figures.trend
        words = {"rising": self.tr("rising"), "falling": self.tr("falling"), "steady": self.tr("steady"),
                 "unknown": self.tr("unknown")}
        text = self.tr("Last three months: %1 incident(s) (%2 a month); the three months before: %3 (%4 a month). "
                       "Frequency: %5.")
        for mark, value in (("%1", number(t.recent)), ("%2", decimal(t.recent_per_month)),
                            ("%3", number(t.previous)), ("%4", decimal(t.previous_per_month)),
                            ("%5", words[t.direction])):
            text = text.replace(mark, value)
        return text + " " + self.tr("Severity: %1.").replace("%1", words[t.severity_direction])

    # --- using it -------------------------------------------------------------------------------

    def _period_clicked(self, start: str, end: str, label: str) -> None:
        f = replace(self.current_filter(), starts_in=(start, end))
        name = self.campaign.currentText() if f.campaign is not None else ""
        self.period_chosen.emit(f, name, label)

    def save_chart(self) -> None:
        name = self.services.dialogs.save_file(self, self.tr("Save the chart"), "threatlog-timeline.png",
                                               self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        try:
            self.chart.save(path)
        except ChartNotSaved as error:
            self._report(error)
            return
        self.services.dialogs.info(self, self.tr("The chart was saved as %1.").replace("%1", str(path)))

    def _report(self, error: BaseException) -> None:
        self.services.dialogs.error(self, describe(error))
