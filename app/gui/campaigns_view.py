"""The campaigns window: campaigns the user made or accepted, and the ones detection suggests.

Detection reads every message of the vault, so it runs as an operation with progress and Cancel;
the suggestions it stores are the same numbered list `threatlog campaigns` prints. Nothing is
grouped without the user's go: a suggestion becomes a campaign only on Accept. A vault opened
read-only shows its campaigns and suggestions but offers nothing that would write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from app.core.errors import OperationCancelled
from app.core.patterns import campaign_suggestions, campaigns
from app.core.patterns.campaign_suggestions import SuggestedMessage, Suggestion
from app.core.patterns.campaigns import Campaign
from app.core.storage.database import Connection
from app.core.storage.vault import Vault
from app.gui.accounts_model import day
from app.gui.icons import icon
from app.gui.services import Services
from app.translate import describe

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    # Times and counts are short and must show whole; the text column takes the rest.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int | str, list[object]]]) -> None:
    """Rows of (id, values); the id rides on every cell so a sorted or selected row knows its object."""
    table.setRowCount(len(rows))
    for r, (key, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, value)
            item.setData(_ID_ROLE, key)
            table.setItem(r, c, item)


def _current_id(table: QTableWidget) -> int | str | None:
    row = table.currentRow()
    return table.item(row, 0).data(_ID_ROLE) if row >= 0 and table.item(row, 0) else None


class CampaignsDialog(QDialog):
    loaded = Signal()
    campaign_chosen = Signal(int, str)  # list the campaign's incidents in the main window

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.vault = services, vault
        self.campaigns: list[Campaign] = []
        self.suggestions: list[Suggestion] = []
        self._message_generation = 0
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Campaigns"))
        self.resize(1100, 680)

        self.campaign_table = _table([self.tr("Name"), self.tr("Origin"), self.tr("Incidents"), self.tr("Accounts"),
                                      self.tr("First (UTC)"), self.tr("Last (UTC)")], 0)
        self.campaign_table.setAccessibleName(self.tr("Campaigns"))
        self.campaign_table.doubleClicked.connect(lambda _index: self.show_campaign())
        self.show_button = QPushButton(icon("search"), self.tr("&Show incidents"))
        self.show_button.clicked.connect(self.show_campaign)
        self.rename_button = QPushButton(icon("edit"), self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename_campaign)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Ungroup…"))
        self.delete_button.setToolTip(self.tr("Delete the campaign; its incidents stay as they are"))
        self.delete_button.clicked.connect(self.delete_campaign)
        campaign_tab = self._tab(self.campaign_table, None, self.show_button, self.rename_button,
                                 self.delete_button)

        self.suggestion_table = _table([self.tr("Messages"), self.tr("Accounts"), self.tr("First (UTC)"),
                                        self.tr("Last (UTC)"), self.tr("Found by"), self.tr("Text")], 5)
        self.suggestion_table.setAccessibleName(self.tr("Suggested campaigns"))
        self.suggestion_table.itemSelectionChanged.connect(self._load_messages)
        self.message_table = _table([self.tr("Time (UTC)"), self.tr("Accounts"), self.tr("Message")], 2)
        self.message_table.setAccessibleName(self.tr("Messages of the suggestion"))
        self.detect_button = QPushButton(icon("search"), self.tr("&Detect campaigns"))
        self.detect_button.setToolTip(self.tr("Look for the same message from several accounts in a short time"))
        self.detect_button.clicked.connect(self.detect)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Make this suggestion a campaign (Alt+A)"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.dismiss_button = QPushButton(self.tr("D&ismiss"))
        self.dismiss_button.setToolTip(self.tr("Drop this suggestion; the same messages are not suggested again"))
        self.dismiss_button.clicked.connect(self.dismiss_suggestion)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.suggestion_table)
        split.addWidget(self.message_table)
        suggestion_tab = self._tab(split, self.tr(
            "Suggestions: the same or nearly the same message (or picture) from several accounts within 48 hours. "
            "Check the messages, then accept or dismiss."), self.detect_button, self.accept_button,
            self.dismiss_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(campaign_tab, self.tr("&Campaigns"))
        self.tabs.addTab(suggestion_tab, self.tr("S&uggestions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for table in (self.campaign_table, self.suggestion_table):
            table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()

    @staticmethod
    def _tab(main: QWidget, intro: str | None, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setStyleSheet("color: #4a5561;")
            layout.addWidget(label)
        layout.addWidget(main, 1)
        row = QHBoxLayout()
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return tab

    # --- loading --------------------------------------------------------------------------------

    def refresh(self, select_campaign: int | None = None) -> None:
        vault = self.vault

        def work(ctx) -> tuple[list[Campaign], list[Suggestion]]:
            conn = vault.connection()
            return campaigns.list_campaigns(conn), campaign_suggestions.list_open(conn)

        self.services.operations.run(work, lambda found: self._show(*found, select_campaign), self._report)

    def _show(self, found: list[Campaign], suggested: list[Suggestion], select_campaign: int | None) -> None:
        self.campaigns, self.suggestions = found, suggested
        origins = {"manual": self.tr("by hand"), "detected": self.tr("detected")}
        _fill(self.campaign_table, [(c.id, [c.name, origins.get(c.origin, c.origin), c.incident_count,
                                            c.account_count, day(c.first_time), day(c.last_time)]) for c in found])
        reasons = {"text": self.tr("text"), "image": self.tr("picture")}
        _fill(self.suggestion_table, [
            (s.id, [len(s.incident_ids), s.account_count, day(s.first_time), day(s.last_time),
                    ", ".join(reasons.get(r, r) for r in s.reasons),
                    " ".join(s.representative_text.split())[:300]]) for s in suggested])
        self.tabs.setTabText(1, self.tr("S&uggestions (%1)").replace("%1", str(len(suggested))))
        if select_campaign is not None:
            row = next((r for r, c in enumerate(found) if c.id == select_campaign), -1)
            self.campaign_table.selectRow(row)
        self.message_table.setRowCount(0)
        self._update_buttons()
        self.loaded.emit()

    def _load_messages(self) -> None:
        suggestion_id = _current_id(self.suggestion_table)
        self._message_generation += 1
        generation, vault = self._message_generation, self.vault
        if suggestion_id is None:
            self.message_table.setRowCount(0)
            return

        def done(found: list[SuggestedMessage]) -> None:
            if generation == self._message_generation:
                _fill(self.message_table, [(m.incident_id, [day(m.time), m.accounts, " ".join(m.text.split())])
                                           for m in found])

        self.services.operations.run(lambda ctx: campaign_suggestions.messages(vault.connection(), suggestion_id),
                                     done, self._report)

    def _update_buttons(self) -> None:
        writable = not self.vault.read_only  # a damaged vault opened read-only: look, change nothing
        has_campaign = _current_id(self.campaign_table) is not None
        self.show_button.setEnabled(has_campaign)
        self.rename_button.setEnabled(writable and has_campaign)
        self.delete_button.setEnabled(writable and has_campaign)
        has_suggestion = _current_id(self.suggestion_table) is not None
        self.accept_button.setEnabled(writable and has_suggestion)
        self.dismiss_button.setEnabled(writable and has_suggestion)
        self.detect_button.setEnabled(writable)  # detection stores its suggestions in the vault

    # --- campaigns ------------------------------------------------------------------------------

    def _current_campaign(self) -> Campaign | None:
        wanted = _current_id(self.campaign_table)
        return next((c for c in self.campaigns if c.id == wanted), None)

    def show_campaign(self) -> None:
        campaign = self._current_campaign()
        if campaign is not None:
            self.campaign_chosen.emit(campaign.id, campaign.name)

    def rename_campaign(self) -> None:
        campaign = self._current_campaign()
        if campaign is None:
            return
        name = self.services.dialogs.ask_text(self, self.tr("Rename campaign"), self.tr("New name:"))
        if name and name.strip():
            self._write(lambda conn: campaigns.update(conn, campaign.id, name=name), campaign.id)

    def delete_campaign(self) -> None:
        campaign = self._current_campaign()
        if campaign is None or not self.services.dialogs.confirm(self, self.tr(
                "Ungroup the campaign “%1”? Its incidents stay exactly as they are.").replace("%1", campaign.name)):
            return
        self._write(lambda conn: campaigns.delete(conn, campaign.id))

    # --- suggestions ----------------------------------------------------------------------------

    def detect(self) -> None:
        vault = self.vault

        def work(ctx) -> None:
            campaign_suggestions.refresh(vault.connection(), progress=ctx.report, cancelled=ctx.cancelled)

        def done(_: None) -> None:
            self.tabs.setCurrentIndex(1)
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, OperationCancelled):
                self.services.dialogs.info(self, describe(error))  # the user's choice, not a failure
            else:
                self._report(error)

        self.services.operations.run(work, done, failed, parent=self,
                                     label=self.tr("Looking for campaigns…"), cancellable=True)

    def accept_suggestion(self) -> None:
        suggestion_id = _current_id(self.suggestion_table)
        if suggestion_id is None:
            return
        vault = self.vault

        def work(ctx) -> int:
            with vault.transaction() as conn:
                return campaign_suggestions.accept(conn, suggestion_id)

        def done(campaign_id: int) -> None:
            self.tabs.setCurrentIndex(0)
            self.refresh(select_campaign=campaign_id)

        self.services.operations.run(work, done, self._report)

    def dismiss_suggestion(self) -> None:
        suggestion_id = _current_id(self.suggestion_table)
        if suggestion_id is not None:
            self._write(lambda conn: campaign_suggestions.dismiss(conn, suggestion_id))

    def _write(self, change: Callable[[Connection], object], select_campaign: int | None = None) -> None:
        vault = self.vault

        def work(ctx) -> None:
            with vault.transaction() as conn:
                change(conn)

        self.services.operations.run(work, lambda _: self.refresh(select_campaign), self._report)

    def _report(self, error: BaseException) -> None:
        self.services.dialogs.error(self, describe(error))
