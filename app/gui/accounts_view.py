"""The accounts window: the registry of perpetrator accounts, the incidents behind each, what the
user knows about them, and merging two that are one actor.

Everything is read and written through app.core.records.account_registry in a worker; a merge moves the
links and keeps the merged account's row and history (the core's rule), so it is asked once, in
plain words, and never undone silently. The list is a lazy model (accounts_model.py): a vault can
hold thousands of accounts. A vault opened read-only (damaged) shows everything and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.core.records import account_registry
from app.core.records.account_registry import Account
from app.core.storage.vault import Vault
from app.gui.accounts_model import INCIDENTS_COLUMN, AccountsModel, day
from app.gui.icons import icon
from app.gui.labels import platform_label
from app.gui.services import Services
from app.translate import describe


class AccountsDialog(QDialog):
    loaded = Signal()
    account_chosen = Signal(str)  # a handle: list its incidents in the main window

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.vault = services, vault
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Perpetrator accounts"))
        self.resize(1000, 600)

        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # widths from the rows on screen, not from thousands of accounts
        header.setSortIndicator(INCIDENTS_COLUMN, Qt.SortOrder.DescendingOrder)  # the most active first
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_incidents())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(260)

        self.show_button = QPushButton(icon("search"), self.tr("&Show incidents"))
        self.show_button.setToolTip(self.tr("List this account's incidents in the main window (Enter)"))
        self.show_button.clicked.connect(self.show_incidents)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Display name, profile URL, aliases and notes (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_account)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Select two accounts that are one actor (Ctrl+click) to merge them"))
        self.merge_button.clicked.connect(self.merge_selected)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_account)
        self.show_button.setDefault(True)  # Enter on a row lists its incidents
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.show_button, self.edit_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._selection_changed()
        self.refresh()

    # --- the list -------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        vault = self.vault
        self.services.operations.run(lambda ctx: account_registry.list_accounts(vault.connection()),
                                     lambda found: self._show(found, select), self._report)

    def _show(self, found: list[Account], select: int | None) -> None:
        self.model.set_accounts(found)
        row = self.model.row_of(account_id=select) if select is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> list[Account]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.account(row) for row in rows]

    def row_of(self, handle: str) -> int:
        return self.model.row_of(handle=handle)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        writable = not self.vault.read_only  # a damaged vault opened read-only: look, change nothing
        self.show_button.setEnabled(len(chosen) == 1)
        self.edit_button.setEnabled(writable and len(chosen) == 1)
        self.merge_button.setEnabled(writable and len(chosen) == 2)
        self.details.setText(self._describe(chosen[0]) if len(chosen) == 1 else
                             self.tr("Select an account to see what is known about it; select two that are "
                                     "one actor to merge them."))

    def _describe(self, account: Account) -> str:
        lines = [f"{account.handle} ({platform_label(account.platform)})"]
        for label, value in ((self.tr("Display name"), account.display_name),
                             (self.tr("Profile URL"), account.profile_url),
                             (self.tr("Aliases"), ", ".join(account.aliases))):
            if value:
                lines.append(f"{label}: {value}")
        lines.append(self.tr("%n incident(s)", "", account.incident_count))
        if account.merged:
            lines.append(self.tr("Merged into this account:"))
            lines += [f"  {m.handle} ({platform_label(m.platform)}), {day(m.merged_at)}" for m in account.merged]
        if account.notes:
            lines += ["", account.notes]
        return "\n".join(lines)

    # --- actions --------------------------------------------------------------------------------

    def show_incidents(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.account_chosen.emit(chosen[0].handle)

    def edit_account(self) -> None:
        chosen = self.selected()
        if not self.edit_button.isEnabled():  # Ctrl+E reaches here whatever the button shows
            return
        editor = AccountEditor(chosen[0], self)
        editor.accepted.connect(lambda: self._save(chosen[0].id, editor.values()))
        editor.open()

    def _save(self, account_id: int, values: dict[str, object]) -> None:
        vault = self.vault

        def work(ctx) -> None:
            with vault.transaction() as conn:
                account_registry.update(conn, account_id, **values)

        self.services.operations.run(work, lambda _: self.refresh(select=account_id), self._report)

    def merge_selected(self) -> None:
        chosen = self.selected()
        if not self.merge_button.isEnabled():
            return
        # The account with more incidents keeps its row; the other's handle still finds it afterwards.
        survivor, merged = sorted(chosen, key=lambda a: (-a.incident_count, a.first_seen or "~", a.id))
        question = self.tr(
            "Merge %1 into %2?\n\nThey will count as one actor: the %3 incident(s) of %1 are linked to %2, and "
            "its aliases move too. The incidents themselves are not changed, and %1 stays recorded as merged, "
            "so searching for it still finds them."
        )
        for mark, value in (("%1", f"{merged.handle} ({platform_label(merged.platform)})"),
                            ("%2", f"{survivor.handle} ({platform_label(survivor.platform)})"),
                            ("%3", str(merged.incident_count))):
            question = question.replace(mark, value)
        if not self.services.dialogs.confirm(self, question):
            return
        vault = self.vault

        def work(ctx) -> None:
            with vault.transaction() as conn:
                account_registry.merge(conn, survivor.id, merged.id)

        self.services.operations.run(work, lambda _: self.refresh(select=survivor.id), self._report)

    def _report(self, error: BaseException) -> None:
        self.services.dialogs.error(self, describe(error))


class AccountEditor(QDialog):
    """What the user knows about one account; the handle and platform are what incidents recorded."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Account %1").replace("%1", account.handle))
        self.display_name = QLineEdit(account.display_name)
        self.profile_url = QLineEdit(account.profile_url)
        self.profile_url.setPlaceholderText("https://")
        self.aliases = QLineEdit(", ".join(account.aliases))
        self.aliases.setPlaceholderText(self.tr("Other handles of the same actor, separated by commas"))
        self.notes = QPlainTextEdit(account.notes)
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Handle"), QLabel(f"{account.handle} ({platform_label(account.platform)})"))
        form.addRow(self.tr("&Display name"), self.display_name)
        form.addRow(self.tr("&Profile URL"), self.profile_url)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def values(self) -> dict[str, object]:
        return {"display_name": self.display_name.text(), "profile_url": self.profile_url.text(),
                "notes": self.notes.toPlainText(),
                "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()]}
