"""The incident form: log a new incident, or edit one (a new revision), with its evidence.

Built for someone under stress: the title has the focus, only the title is required, a pasted
screenshot is one key away, and saving is one transaction in a worker (incident and evidence
together, all or nothing) so the window never freezes and nothing half-saved remains. On any
error the dialog stays open with everything typed.

Open it with show() or open(), not exec(): screen capture hides the dialog, which would end exec().
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.core.errors import InvalidInput
from app.core.records import accounts, drafts, incidents, taxonomy
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.records.evidence import AttachCancelled
from app.core.records.incidents import Incident
from app.core.storage.vault import Vault
from app.gui import labels
from app.gui.accounts_field import AccountsCompleter, format_accounts, parse_accounts
from app.gui.evidence_section import EvidenceSection
from app.gui.form_widgets import (ERROR_COLOR, NO_VALUE, FieldBox, TypeFields, line_edit, live_date_check, plain_text,
                                  section_header, split_list, text_area)
from app.gui.icons import icon, type_icon
from app.gui.operations import Operation, OperationContext
from app.gui.pending_evidence import PendingEvidence, attach_all, total_size
from app.gui.services import Services
from app.translate import describe

KNOWN_HANDLES_LIMIT = 10_000


def now_text() -> str:
    """The current local time with its offset, in a form parse_occurred reads: '2026-11-22 14:30 +04:00'."""
    now = datetime.now().astimezone()
    offset = now.strftime("%z")
    return f"{now:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:5]}"


class IncidentForm(QDialog):
    saved = Signal(str)  # the incident id, after the transaction committed

    def __init__(self, services: Services, vault: Vault, incident: Incident | None = None,
                 pending: Sequence[PendingEvidence] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._vault = vault
        self._incident = incident
        self._saving = False
        self._closing = False
        self._sensitive_choice = False
        self._loaded: dict[QWidget, tuple[str, str]] = {}
        self.save_operation: Operation | None = None
        self.handles_operation: Operation | None = None
        self.setWindowTitle(self.tr("Edit incident") if incident else self.tr("New incident"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowIcon(icon("edit" if incident else "new"))
        self.setMinimumSize(720, 640)
        self.resize(800, 820)
        self._build(incident)
        if incident is not None:
            self._load(incident.draft)
        else:
            self._type_changed()
        self.evidence.add(list(pending))
        self._initial = self.draft()
        self.evidence.accept_drops_on(self)
        self._load_known_handles()
        self.title.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _build(self, incident: Incident | None) -> None:
        content = QWidget()
        outer = QVBoxLayout(content)
        self.form = form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the form, not between its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        outer.setContentsMargins(20, 4, 24, 16)

        self._section(self.tr("What happened"))
        self.type_combo = QComboBox()
        for kind in taxonomy.TYPES:
            self.type_combo.addItem(type_icon(kind.id), labels.type_label(kind.id), kind.id)
        self.type_combo.setCurrentIndex(self.type_combo.findData("threat"))
        self.type_combo.setMaxVisibleItems(len(taxonomy.TYPES))
        self._row(self.tr("&Type"), self.type_combo, self.tr("Type of incident"))
        self.title = line_edit(self.tr("Title"), self.tr("A few words, e.g. “Death threat in Telegram comments”"))
        self.title.setMaxLength(drafts.MAX_TITLE)
        self.title_box = self._row(self.tr("T&itle"), self.title)
        self.title.textChanged.connect(self.title_box.clear_error)
        self.occurred = line_edit(self.tr("When it happened"),
                                  self.tr("2026-10-05 14:30 · 2026-10-05 · 2026-10 · 2026-10-01/2026-10-10"), ltr=True)
        self.now_button = QPushButton(self.tr("&Now"))
        self.now_button.setAccessibleName(self.tr("Set to the current time"))
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(lambda: self.occurred.setText(now_text()))
        self.occurred_box = self._row(self.tr("&When"), self.occurred, beside=[self.now_button], hint=self.tr(
            "A day, a month or a range is enough when you do not know the exact time."))
        live_date_check(self.occurred_box, self.occurred)
        self.severity = QComboBox()
        for text, value in ((NO_VALUE, None), (self.tr("1 — low"), 1), ("2", 2), ("3", 3), ("4", 4),
                            (self.tr("5 — severe"), 5)):
            self.severity.addItem(text, value)
        self.severity_box = self._row(self.tr("Se&verity"), self.severity, self.tr("Severity"))
        self.tags = line_edit(self.tr("Tags"))
        self.tags_box = self._row(self.tr("Ta&gs"), self.tags, hint=self.tr("Separate tags with commas."))
        self._type_row = form.rowCount()
        self.type_fields = TypeFields(form, self)

        self._section(self.tr("Who and where"))
        self.platform = self._id_combo(taxonomy.PLATFORMS, labels.platform_label)
        self.platform_box = self._row(self.tr("&Platform"), self.platform, self.tr("Platform"))
        self.accounts = line_edit(self.tr("Perpetrator accounts"), self.tr("@handle, @another"), ltr=True)
        self.accounts_box = self._row(self.tr("&Accounts"), self.accounts, hint=self.tr(
            "Separate with commas. An account on another platform: telegram:@name."))
        self.accounts_completer = AccountsCompleter(self.accounts, lambda: self.platform.currentData())
        self.target = self._id_combo(taxonomy.TARGETS, labels.target_label)
        self.target_box = self._row(self.tr("Ta&rget"), self.target, self.tr("Who was targeted"))
        self.urls = text_area(self.tr("URLs"), 2)
        self.urls.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.urls_box = self._row(self.tr("&URLs"), self.urls, hint=self.tr("One address per line."))
        self.location = line_edit(self.tr("Location"))
        self.location_box = self._row(self.tr("&Location"), self.location,
                                      hint=self.tr("Optional — it can endanger you or others."))

        self._section(self.tr("Text"))
        self.text = text_area(self.tr("Original text"), 6)
        self.text_box = self._row(self.tr("&Original text"), self.text,
                                  hint=self.tr("Exactly as received, in any language or script."))
        self.translation = text_area(self.tr("Translation"), 4)
        self.translation_box = self._row(self.tr("Tran&slation"), self.translation)

        self._section(self.tr("Evidence"))
        self.evidence = EvidenceSection(self._services, incident.evidence if incident else ())
        form.addRow(self.evidence)

        self._section(self.tr("Private"))
        self.notes = text_area(self.tr("Private notes"), 3)
        self.notes_box = self._row(self.tr("Private not&es"), self.notes,
                                   hint=self.tr("Never exported unless you choose."))
        self.sensitive = QCheckBox(self.tr("Mar&k as sensitive: media stays blurred until you choose to look"))
        self.sensitive.setAccessibleName(self.tr("Sensitive"))
        self.sensitive_box = FieldBox(self.sensitive)
        form.addRow("", self.sensitive_box)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {ERROR_COLOR};")
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field must not save a half-typed incident
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.buttons.setContentsMargins(20, 0, 20, 0)
        self.banner.setContentsMargins(20, 4, 20, 0)

        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.evidence.paste)
        self.type_combo.currentIndexChanged.connect(self._type_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._incident is not None:
            # QDialog focuses the title as if by Tab, selecting it all: one keystroke would replace
            # the stored title. Put the cursor at the end instead, once that focus has arrived.
            QTimer.singleShot(0, self._title_cursor_to_end)

    def _title_cursor_to_end(self) -> None:
        if shiboken6.isValid(self):
            self.title.end(False)

    def _section(self, title: str) -> None:
        self.form.addRow(section_header(title))

    def _row(self, label_text: str, field: QWidget, accessible: str = "", hint: str = "",
             beside: Sequence[QWidget] = ()) -> FieldBox:
        box = FieldBox(field, hint, beside)
        label = QLabel(label_text)
        label.setBuddy(field)
        if accessible:
            field.setAccessibleName(accessible)
        self.form.addRow(label, box)
        return box

    def _id_combo(self, items: Sequence[tuple[str, str]], label_of) -> QComboBox:
        combo = QComboBox()
        combo.addItem(NO_VALUE, None)
        for item_id, _ in items:
            combo.addItem(label_of(item_id), item_id)
        return combo

    def _type_changed(self) -> None:
        kind = taxonomy.incident_type(self.type_combo.currentData())
        self.type_fields.rebuild(kind, self._type_row)
        if kind.always_sensitive:
            if self.sensitive.isEnabled():
                self._sensitive_choice = self.sensitive.isChecked()
            self.sensitive.setChecked(True)
            self.sensitive.setEnabled(False)
            self.sensitive_box.hint.setText(self.tr("Always sensitive for this type of incident."))
            self.sensitive_box.hint.show()
        elif not self.sensitive.isEnabled():
            self.sensitive.setEnabled(True)
            self.sensitive.setChecked(self._sensitive_choice)
            self.sensitive_box.hint.hide()
        self.evidence.accept_drops_on(self)  # the new type's fields too
        self._tab_order()

    def _tab_order(self) -> None:
        chain = [self.type_combo, self.title, self.occurred, self.now_button, self.severity, self.tags,
                 *self.type_fields.focus_chain(), self.platform, self.accounts, self.target, self.urls,
                 self.location, self.text, self.translation, self.evidence.list, self.evidence.add_button,
                 self.evidence.paste_button, self.evidence.capture_button, self.evidence.remove_button,
                 self.notes, self.sensitive, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- loading and reading ---------------------------------------------------------------------

    def _load(self, draft: IncidentDraft) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(draft.type), 0))
        self._type_changed()  # even if the index did not change: the rows must exist before loading
        self.title.setText(draft.title)
        self.occurred.setText(draft.occurred or "")
        self.severity.setCurrentIndex(max(self.severity.findData(draft.severity), 0))
        self.tags.setText(", ".join(draft.tags))
        self.platform.setCurrentIndex(max(self.platform.findData(draft.platform), 0))
        self.accounts.setText(format_accounts(draft.accounts, draft.platform))
        self.target.setCurrentIndex(max(self.target.findData(draft.target), 0))
        self.urls.setPlainText("\n".join(draft.urls))
        for widget, value in ((self.text, draft.text), (self.translation, draft.translation),
                              (self.notes, draft.notes), (self.location, draft.location)):
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
            self._loaded[widget] = (value, self._shown(widget))
        self.type_fields.load(draft.details)
        self._sensitive_choice = draft.sensitive
        if self.sensitive.isEnabled():
            self.sensitive.setChecked(draft.sensitive)

    def _shown(self, widget: QWidget) -> str:
        return widget.text() if isinstance(widget, QLineEdit) else plain_text(widget)  # type: ignore[arg-type]

    def _exact(self, widget: QWidget) -> str:
        """What the field holds; an untouched stored value comes back exactly, even if the widget
        normalised it on display (a text area shows "\\r\\n" as one line break)."""
        shown = self._shown(widget)
        loaded = self._loaded.get(widget)
        return loaded[0] if loaded is not None and loaded[1] == shown else shown

    def draft(self) -> IncidentDraft:
        """What the form holds now, not yet validated."""
        return IncidentDraft(
            type=self.type_combo.currentData(), title=self.title.text(),
            occurred=self.occurred.text().strip() or None, platform=self.platform.currentData(),
            accounts=parse_accounts(self.accounts.text()), target=self.target.currentData(),
            text=self._exact(self.text), translation=self._exact(self.translation),
            urls=tuple(line.strip() for line in plain_text(self.urls).splitlines() if line.strip()),
            location=self._exact(self.location), severity=self.severity.currentData(),
            tags=split_list(self.tags.text()), notes=self._exact(self.notes),
            sensitive=self.sensitive.isChecked(), details=self.type_fields.values(),
        )

    # -- known accounts, for completion ------------------------------------------------------------

    def _load_known_handles(self) -> None:
        vault = self._vault

        def work(context: OperationContext) -> list[AccountRef]:
            return accounts.known_handles(vault.connection(), "", KNOWN_HANDLES_LIMIT)

        def loaded(refs: list[AccountRef]) -> None:
            if not self._closing and shiboken6.isValid(self):
                self.accounts_completer.set_known(refs)

        # A failure only means no suggestions; the user can still type every handle.
        self.handles_operation = self._services.operations.run(work, loaded, lambda error: None)

    # -- saving, cancelling -----------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self._closing:
            return
        self.banner.hide()
        dates = [self.occurred_box] + [b for b in self.type_fields.boxes.values() if b.has_error]
        bad_date = next((box for box in dates if box.has_error), None)
        if bad_date is not None:
            self._reveal(bad_date)
            return
        try:
            draft = drafts.validate(self.draft())
        except InvalidInput as error:
            self._show_input_error(error)
            return
        pending = self.evidence.pending()
        incident_id = self._incident.id if self._incident is not None else None
        vault = self._vault

        def work(context: OperationContext) -> str:
            with vault.transaction() as conn:
                if incident_id is None:
                    saved_id = incidents.create(conn, draft)
                else:
                    incidents.edit(conn, incident_id, draft)
                    saved_id = incident_id
                total = total_size(pending)
                attach_all(conn, saved_id, pending, lambda done: context.report(done, total), context.cancelled)
            return saved_id

        self._set_saving(True)
        label = self.tr("Saving and storing evidence…") if pending else self.tr("Saving…")
        operation = self._services.operations.run(work, parent=self, label=label, cancellable=bool(pending))
        # `finished`, not on_success: a save that committed just as the user pressed Cancel is saved,
        # and the form must say so rather than invite a second, duplicate save.
        operation.finished.connect(lambda: self._save_finished(operation))
        self.save_operation = operation

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.scroll.setEnabled(not saving)

    def _save_finished(self, operation: Operation) -> None:
        if self._closing or not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if operation.error is None:
            self._closing = True
            self.evidence.shutdown()
            self.saved.emit(operation.result)
            self.accept()
            return
        error = operation.error
        if isinstance(error, AttachCancelled):
            self._show_banner(self.tr("Saving was cancelled; nothing was stored. Everything you entered is "
                                      "still here."))
        elif isinstance(error, InvalidInput):
            self._show_input_error(error)
        else:
            self._services.dialogs.error(self, describe(error))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _field_for(self, message: str) -> FieldBox | None:
        lowered = message.lower()
        kind = taxonomy.incident_type(self.type_combo.currentData())
        for spec in kind.fields:
            if f"'{spec.key}'" in message or f"the field '{spec.label.lower()}'" in lowered:
                return self.type_fields.box_for_key(spec.key)
        words = (("title", self.title_box), ("severity", self.severity_box), ("platform", self.platform_box),
                 ("account", self.accounts_box), ("target", self.target_box), ("url", self.urls_box),
                 ("tag", self.tags_box), ("original text", self.text_box), ("translation", self.translation_box),
                 ("location", self.location_box), ("notes", self.notes_box), ("date", self.occurred_box),
                 ("range", self.occurred_box))
        return next((box for word, box in words if word in lowered), None)

    def _show_input_error(self, error: InvalidInput) -> None:
        # Which field is wrong is read from the English sentence (str of the error), which does not
        # change with the language; the user reads it in theirs.
        box = self._field_for(str(error))
        message = describe(error)
        if box is None:
            self._services.dialogs.error(self, message)
            return
        box.show_error(message)
        self._reveal(box)

    def _reveal(self, box: FieldBox) -> None:
        self.scroll.ensureWidgetVisible(box)
        box.field.setFocus()

    def _dirty(self) -> bool:
        return self.draft() != self._initial or bool(self.evidence.pending())

    def discard(self) -> None:
        """Close without asking and without saving (the vault is locking, or a test ends)."""
        if self.save_operation is not None:
            self.save_operation.context.cancel()
        self._closing = True
        self.evidence.shutdown()
        super().reject()

    def reject(self) -> None:
        if self._saving:
            return  # the progress dialog's Cancel stops a save; closing now would hide its outcome
        if not self._closing and self._dirty() and not self._services.dialogs.confirm(
                self, self.tr("Close without saving? What you entered here will be lost.")):
            return
        self._closing = True
        self.evidence.shutdown()
        super().reject()
