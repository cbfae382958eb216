"""The unlocked vault: filters above, the incident list on the left, the selected incident on the
right. Every query and write runs through Operations; the GUI thread only draws."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from app.core.records import evidence, incidents, search
from app.core.records.search import Filter
from app.core.storage.vault import Vault
from app.gui.detail_pane import DetailData, DetailPane, load_detail
from app.gui.evidence_viewer import EvidenceViewer
from app.gui.filter_bar import FilterBar
from app.gui.incident_form import IncidentForm
from app.gui.incident_model import COLUMNS, ID_ROLE, IncidentTableModel
from app.gui.pending_evidence import PendingEvidence, attach_all, carries_evidence, from_mime_data, total_size
from app.gui.safety_dialogs import read_only_banner
from app.gui.services import Services
from app.gui.thumbnail_maker import ThumbnailMaker
from app.translate import describe


class MainPage(QWidget):
    count_changed = Signal(int)

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault = vault
        self._filter = Filter()
        self._sort = ("date", True)
        self._generation = 0

        self.filters = FilterBar()
        self.filters.changed.connect(self.set_filter)
        self.model = IncidentTableModel(vault.connection, self)
        self.model.sort_requested.connect(self._sort_by)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: a campaign is made by hand from a selection (View menu).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        for column, width in (("date", 150), ("type", 150), ("platform", 90), ("accounts", 140), ("evidence", 70)):
            # Never narrower than the header: "Evidence" is "Доказательства" in Russian.
            index = COLUMNS.index(column)
            self.table.setColumnWidth(index, max(width, header.sectionSizeHint(index)))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_incident(index.data(ID_ROLE)))

        self.detail = DetailPane(blur_all=services.settings.blur_all_media)
        self.detail.edit_requested.connect(self.edit_incident)
        self.detail.add_files_requested.connect(self.add_files)
        self.detail.paste_requested.connect(self.paste_into)
        self.detail.delete_requested.connect(self.delete_incident)
        self.detail.account_clicked.connect(self.filters.show_account)
        self.detail.evidence_opened.connect(self.open_evidence)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        if vault.read_only:
            layout.insertWidget(0, read_only_banner())
            self.detail.read_only = True
        self.setAcceptDrops(not vault.read_only)
        # Pictures saved before a crash or by the CLI may still wait for their thumbnails.
        self.thumbnails = ThumbnailMaker(services.operations, vault, self)
        self.thumbnails.made.connect(self._thumbnails_made)
        self.thumbnails.request()
        self.refresh()

    # --- the list -------------------------------------------------------------------------------

    def set_filter(self, new_filter: Filter) -> None:
        self._filter = new_filter
        self.refresh()

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Re-run the current query in a worker; older answers arriving late are dropped."""
        self._generation += 1
        generation, f, (key, descending) = self._generation, self._filter, self._sort
        wanted = select or self.current_id()
        vault = self.vault

        def work(ctx) -> tuple[list[int], int | None]:
            conn = vault.connection()
            row = conn.execute("SELECT seq FROM incidents WHERE id = ?", (wanted,)).fetchone() if wanted else None
            return search.find_seqs(conn, f, key, descending), row[0] if row else None

        def done(result: tuple[list[int], int | None]) -> None:
            if generation == self._generation:
                self._show_rows(*result)

        self.services.operations.run(work, done, self._report)

    def _show_rows(self, seqs: list[int], wanted_seq: int | None) -> None:
        self.model.set_rows(seqs)
        self.count_changed.emit(len(seqs))
        row = self.model.row_of_seq(wanted_seq) if wanted_seq is not None else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.show_empty(self.tr("No incidents match.") if self._filter != Filter() and not seqs else "")

    def current_filter(self) -> Filter:
        """The search and filters the list shows now (what "export the listed incidents" exports)."""
        return self._filter

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The selected incidents, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    def select(self, incident_id: str) -> None:
        self.refresh(select=incident_id)

    def _stored(self, incident_id: str) -> None:
        """After a save or attach: show the incident; its pictures' thumbnails follow."""
        self.select(incident_id)
        self.thumbnails.request()

    def _thumbnails_made(self) -> None:
        if (incident_id := self.current_id()) is not None:
            self.show_incident(incident_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        incident_id = current.data(ID_ROLE) if current.isValid() else None
        if incident_id:
            self.show_incident(incident_id)

    def show_incident(self, incident_id: str) -> None:
        vault = self.vault

        def done(data: DetailData) -> None:
            if self.current_id() in (None, incident_id):
                self.detail.show_detail(data)

        self.services.operations.run(lambda ctx: load_detail(vault, incident_id), done, self._report)

    # --- actions --------------------------------------------------------------------------------

    def new_incident(self, pending: Sequence[PendingEvidence] = ()) -> IncidentForm:
        form = IncidentForm(self.services, self.vault, pending=pending, parent=self)
        form.saved.connect(self._stored)
        form.open()
        return form

    def edit_incident(self, incident_id: str | None = None) -> IncidentForm | None:
        incident_id = incident_id or self.current_id()
        if not incident_id or self.vault.read_only:
            return None
        incident = incidents.get(self.vault.connection(), incident_id)
        if incident.deleted_at:
            return None
        form = IncidentForm(self.services, self.vault, incident=incident, parent=self)
        form.saved.connect(self._stored)
        form.open()
        return form

    def paste(self) -> IncidentForm | None:
        """Ctrl+V in the main window: a new incident with the pasted screenshot or files."""
        pending = from_mime_data(QApplication.clipboard().mimeData())
        if not pending:
            self.services.dialogs.info(self, self.tr("The clipboard holds no image or file to log."))
            return None
        return self.new_incident(pending)

    def paste_into(self, incident_id: str) -> None:
        pending = from_mime_data(QApplication.clipboard().mimeData())
        if not pending:
            self.services.dialogs.info(self, self.tr("The clipboard holds no image or file to attach."))
            return
        self.attach(incident_id, pending)

    def add_files(self, incident_id: str | None = None) -> None:
        incident_id = incident_id or self.current_id()
        if not incident_id:
            return
        paths = self.services.dialogs.open_files(self, self.tr("Add evidence files"))
        if paths:
            self.attach(incident_id, [PendingEvidence(Path(p).name, "file", path=Path(p)) for p in paths])

    def attach(self, incident_id: str, pending: Sequence[PendingEvidence]) -> None:
        vault = self.vault
        items = list(pending)

        def work(ctx) -> None:
            total = total_size(items)  # reads file sizes: not on the GUI thread
            with vault.transaction() as conn:
                attach_all(conn, incident_id, items, lambda done: ctx.report(done, total), ctx.cancelled)
            # Large files leave the write-ahead log big; fold it into the database now, off the GUI thread.
            vault.connection().execute("PRAGMA wal_checkpoint(PASSIVE)")

        self.services.operations.run(work, lambda _: self._stored(incident_id), self._report, parent=self,
                                     label=self.tr("Storing evidence…"), cancellable=True)

    def delete_incident(self, incident_id: str | None = None) -> None:
        incident_id = incident_id or self.current_id()
        if not incident_id:
            return
        reason = self.services.dialogs.ask_text(self, self.tr("Delete incident"), self.tr(
            "The incident will be hidden but kept, with every revision, and the reason recorded.\nWhy delete it?"))
        if not reason or not reason.strip():
            return
        vault = self.vault

        def work(ctx) -> None:
            with vault.transaction() as conn:
                incidents.delete(conn, incident_id, reason)

        self.services.operations.run(work, lambda _: self.refresh(), self._report)

    def open_evidence(self, item: evidence.EvidenceItem, sensitive: bool) -> EvidenceViewer:
        viewer = EvidenceViewer(self.services, self.vault, item, sensitive, parent=self)
        viewer.open()
        return viewer

    def _report(self, error: BaseException) -> None:
        self.services.dialogs.error(self, describe(error))

    # --- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if carries_evidence(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        pending = from_mime_data(event.mimeData())
        if not pending:
            return
        event.acceptProposedAction()
        row_index = self.table.indexAt(self.table.viewport().mapFrom(self, event.position().toPoint()))
        if row_index.isValid():
            self.attach(row_index.data(ID_ROLE), pending)
        else:
            self.new_incident(pending)

    # --- locking --------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Before the vault closes: drop every row and detail this page shows or caches.

        The page is about to be destroyed, so nothing here may start a new query."""
        self._generation += 1  # answers still in flight are for a page that no longer shows them
        self.filters.blockSignals(True)
        self.model.clear()
        self.detail.show_empty()
