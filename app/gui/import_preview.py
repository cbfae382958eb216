"""What an import will do, shown before anything is written: the incidents it creates (a table),
what is already in the vault, what is left out and why, warnings, and files the export lacks.

Split from import_dialog.py, which owns reading and writing. Everything shown here comes from a
sender or an export and is hostile: plain text only, never rich text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, \
    QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.core.importers import ImportPlan, PlannedIncident, SourceKind
from app.gui.incident_model import compact_when
from app.gui.verify_view import CAUTION, boxed, headline, wrapped
from app.translate import say

# Missing files are listed one a line; an export made without media names hundreds.
MAX_LISTED_MISSING = 12
ModelIndex = QModelIndex | QPersistentModelIndex


def kind_label(kind: SourceKind) -> str:
    labels = {
        SourceKind.TELEGRAM: QCoreApplication.translate("ImportPreview", "Telegram export"),
        SourceKind.WHATSAPP: QCoreApplication.translate("ImportPreview", "WhatsApp chat export"),
        SourceKind.EMAIL: QCoreApplication.translate("ImportPreview", "E-mail"),
        SourceKind.MBOX: QCoreApplication.translate("ImportPreview", "Mailbox (mbox)"),
        SourceKind.FOLDER: QCoreApplication.translate("ImportPreview", "Folder of files"),
    }
    return labels[kind]


class PlannedIncidentsModel(QAbstractTableModel):
    """The incidents a plan creates; rows are drawn on demand, so 50,000 of them cost nothing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedIncident, ...] = ()
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Accounts"), self.tr("Files"))

    def set_rows(self, rows: tuple[PlannedIncident, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        incident = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(incident, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 3:  # which files, and how large
                return "\n".join(f"{name}  ({QLocale().formattedDataSize(size)})" for name, size in incident.files)
            return self._display(incident, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, incident: PlannedIncident, column: int) -> str:
        draft = incident.draft
        if column == 0:
            return compact_when(draft.occurred) if draft.occurred else self.tr("date unknown")
        if column == 1:
            return draft.title
        if column == 2:
            return ", ".join(account.handle for account in draft.accounts)
        return str(len(incident.files))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class ImportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = wrapped(selectable=True)
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setStyleSheet("color: #4a5561;")
        self.summary = headline(wrapped(selectable=True))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.duplicates = wrapped(selectable=True)
        self.duplicates.setAccessibleName(self.tr("Already in the vault"))
        self.left_out = wrapped(selectable=True)
        self.left_out.setAccessibleName(self.tr("Left out"))
        self.attention = boxed(wrapped(selectable=True), CAUTION)
        self.attention.setAccessibleName(self.tr("Warnings and missing files"))
        self.model = PlannedIncidentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents that will be created"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 175)
        self.table.setColumnWidth(2, 240)
        self.table.setColumnWidth(3, 50)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.source, self.summary, self.duplicates, self.left_out, self.attention):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)

    def show_working(self, text: str) -> None:
        self.summary.setText(text)

    def show_problem(self, text: str) -> None:
        """A choice that cannot be planned (a date that does not read): say why, show no incidents."""
        self.summary.setText(text)
        for widget in (self.duplicates, self.left_out, self.attention):
            widget.setVisible(False)
        self.model.set_rows(())

    def show_plan(self, plan: ImportPlan) -> None:
        source = plan.source
        self.source.setText(self.tr("%1: %2 — %n item(s) found", "", len(source.messages))
                            .replace("%1", kind_label(source.kind)).replace("%2", str(source.path)))
        self.summary.setText(self.summary_text(plan))
        self.duplicates.setText(self._duplicates_text(plan))
        self.duplicates.setVisible(bool(plan.duplicates))
        self.left_out.setText(self._left_out_text(plan))
        self.left_out.setVisible(bool(plan.skipped))
        self.attention.setText(self._attention_text(plan))
        self.attention.setVisible(bool(plan.warnings or plan.missing))
        self.model.set_rows(plan.incidents)

    def summary_text(self, plan: ImportPlan) -> str:
        if not plan.incidents:
            return self.tr("Nothing new to import.")
        # One sentence for translators (word order differs between languages), its counts plural-aware.
        return (self.tr("%1 will be created, with %2 (%3).")
                .replace("%1", self.tr("%n new incident(s)", "", len(plan.incidents)))
                .replace("%2", self.tr("%n evidence file(s)", "", plan.evidence_files))
                .replace("%3", QLocale().formattedDataSize(plan.evidence_bytes)))

    def _duplicates_text(self, plan: ImportPlan) -> str:
        count = len(plan.duplicates)
        if not plan.incidents and count == len(plan.selected):
            return self.tr("All %n item(s) chosen are already in the vault: importing again creates nothing.", "",
                           count)
        return self.tr("%n item(s) chosen are already in the vault and will not be imported again.", "", count)

    def _left_out_text(self, plan: ImportPlan) -> str:
        return self.tr("Left out: %1.").replace("%1", "; ".join(say(reason) for reason in plan.left_out))

    def _attention_text(self, plan: ImportPlan) -> str:
        lines = [say(warning) for warning in plan.warnings]
        missing = plan.missing
        if missing:
            lines.append(self.tr("%n file(s) named in the export are not in it. Their messages are imported all "
                                 "the same, and each incident's notes say what is missing:", "", len(missing)))
            lines += [self.tr("• %1 (in “%2”)").replace("%1", say(what)).replace("%2", title)
                      for title, what in missing[:MAX_LISTED_MISSING]]
            if len(missing) > MAX_LISTED_MISSING:
                lines.append(self.tr("… and %n more", "", len(missing) - MAX_LISTED_MISSING))
        return "\n".join(lines)
