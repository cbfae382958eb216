"""The selected incident in full: fields, evidence (thumbnails, blurred when sensitive), its
revision history and its custody entries. Loaded by a worker; shown here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from app.core.records import custody, evidence, incidents
from app.core.records.custody import CustodyEntry
from app.core.records.evidence import EvidenceItem
from app.core.records.incidents import Incident, Revision
from app.core.records.taxonomy import incident_type
from app.core.storage.vault import Vault
from app.gui.blur import blurred_pixmap
from app.gui.icons import icon, type_icon
from app.gui.labels import platform_label, target_label, tr, type_label
from app.gui.locale_format import moment, number

THUMB = QSize(148, 112)


@dataclass(frozen=True)
class DetailData:
    incident: Incident
    thumbnails: dict[str, bytes]
    revisions: list[Revision]
    custody: list[CustodyEntry]


def load_detail(vault: Vault, incident_id: str) -> DetailData:
    """Runs in a worker: everything the pane shows, in one read."""
    conn = vault.connection()
    incident = incidents.get(conn, incident_id)
    thumbs = {item.sha256: data for item in incident.evidence
              if (data := evidence.thumbnail(conn, item.sha256)) is not None}
    return DetailData(incident, thumbs, incidents.history(conn, incident_id),
                      list(custody.entries(conn, incident_id)))


def _wrapping_label(text: str, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # evidence text is never interpreted as markup
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                      Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #34495e; margin-top: 12px;")
    return label


class DetailPane(QScrollArea):
    edit_requested = Signal(str)
    add_files_requested = Signal(str)
    paste_requested = Signal(str)
    delete_requested = Signal(str)
    account_clicked = Signal(str)
    evidence_opened = Signal(object, bool)  # EvidenceItem, sensitive

    def __init__(self, blur_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Incident details"))
        self.blur_all = blur_all
        self.read_only = False  # a damaged vault opened read-only: nothing may be changed
        self.incident_id: str | None = None
        self.show_empty()

    def show_empty(self, text: str = "") -> None:
        self.incident_id = None
        self.shown_thumbnails: frozenset[str] = frozenset()  # SHA-256 of the pictures shown with a thumbnail
        label = QLabel(text or self.tr("Select an incident to see it here, or press Ctrl+N to log a new one."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #7f8c8d; padding: 40px;")
        self.setWidget(label)

    def show_detail(self, data: DetailData) -> None:
        incident = data.incident
        self.incident_id = incident.id
        self.shown_thumbnails = frozenset(data.thumbnails)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.addLayout(self._header(incident))
        if incident.purged_at:
            layout.addWidget(_wrapping_label(self.tr("This incident was purged: its content was removed.")))
        else:
            if incident.deleted_at:
                banner = _wrapping_label(self.tr("Deleted %1 — %2").replace("%1", moment(incident.deleted_at))
                                         .replace("%2", incident.delete_reason or ""))
                banner.setStyleSheet("background: #fdecea; color: #922b21; padding: 6px; border-radius: 4px;")
                layout.addWidget(banner)
            layout.addLayout(self._actions(incident))
            layout.addLayout(self._fields(incident))
            layout.addWidget(_section(self.tr("Evidence")))
            layout.addLayout(self._evidence(incident, data.thumbnails))
            self._texts(layout, incident)
        layout.addWidget(_section(self.tr("History")))
        layout.addWidget(_wrapping_label(self._history_text(data.revisions)))
        layout.addWidget(_section(self.tr("Custody log")))
        # As the exported custody log and the verifier write it (ISO 8601 UTC, to the second): the
        # user compares these lines with theirs, so they are not localized.
        log = _wrapping_label("\n".join(f"#{e.seq}  {e.utc_time[:19]}  {e.action}  {e.object_sha256[:16]}"
                                        for e in data.custody))
        log.setFont(QFont("monospace"))
        log.setStyleSheet("color: #5d6d7e;")
        layout.addWidget(log)
        layout.addStretch()
        self.setWidget(page)

    def _header(self, incident: Incident) -> QHBoxLayout:
        row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(type_icon(incident.draft.type).pixmap(36, 36))
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        kind = QLabel(type_label(incident.draft.type))
        kind.setStyleSheet("color: #5d6d7e;")
        title = _wrapping_label(incident.draft.title or self.tr("(untitled)"))
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(kind)
        column.addWidget(title)
        row.addLayout(column, 1)
        return row

    def _actions(self, incident: Incident) -> QHBoxLayout:
        row = QHBoxLayout()
        live = not incident.deleted_at and not self.read_only
        for text, name, signal in ((self.tr("&Edit"), "edit", self.edit_requested),
                                   (self.tr("Add &files…"), "attach", self.add_files_requested),
                                   (self.tr("&Paste screenshot"), "paste", self.paste_requested),
                                   (self.tr("&Delete…"), "delete", self.delete_requested)):
            button = QPushButton(icon(name), text)
            button.setEnabled(live)
            button.clicked.connect(lambda _=False, s=signal: s.emit(incident.id))
            row.addWidget(button)
        row.addStretch()
        return row

    def _fields(self, incident: Incident) -> QFormLayout:
        d = incident.draft
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Occurred (as you stated):"),
                    _wrapping_label(readable_occurred(d.occurred) if d.occurred else self.tr("not given")))
        form.addRow(self.tr("Recorded (by the app):"), _wrapping_label(moment(incident.recorded_at) + " UTC"))
        if d.platform:
            form.addRow(self.tr("Platform:"), _wrapping_label(platform_label(d.platform)))
        if d.accounts:
            links = QLabel(", ".join(f'<a href="{i}">{_escape(a.handle)}</a>' for i, a in enumerate(d.accounts)))
            links.setTextFormat(Qt.TextFormat.RichText)
            links.setWordWrap(True)
            links.linkActivated.connect(lambda i, accounts=d.accounts: self.account_clicked.emit(accounts[int(i)].handle))
            links.setToolTip(self.tr("Click an account to list its incidents"))
            form.addRow(self.tr("Accounts:"), links)
        if d.target:
            form.addRow(self.tr("Target:"), _wrapping_label(target_label(d.target)))
        if d.severity:
            form.addRow(self.tr("Severity:"), _wrapping_label(f"{d.severity} / 5"))
        if d.tags:
            form.addRow(self.tr("Tags:"), _wrapping_label(", ".join(d.tags)))
        if d.urls:
            form.addRow(self.tr("URLs:"), _wrapping_label("\n".join(d.urls)))
        if d.location:
            form.addRow(self.tr("Location:"), _wrapping_label(d.location))
        kind = incident_type(d.type)
        for key, value in d.details.items():
            field = kind.field(key)
            form.addRow(tr(field.label) + ":", _wrapping_label(self._detail_value(field.kind, value)))
        if d.sensitive:
            form.addRow(self.tr("Sensitive:"), _wrapping_label(self.tr("yes — media stays blurred until you reveal it")))
        return form

    def _detail_value(self, kind: str, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if kind == "choice":
            return tr(str(value))  # a taxonomy choice such as 'address'
        return number(value) if isinstance(value, int) else str(value)

    def _evidence(self, incident: Incident, thumbnails: dict[str, bytes]) -> QGridLayout:
        grid = QGridLayout()
        if not incident.evidence:
            grid.addWidget(_wrapping_label(self.tr("No evidence yet. Paste a screenshot (Ctrl+V) or add files.")), 0, 0)
            return grid
        blur = incident.draft.sensitive or self.blur_all
        for n, item in enumerate(incident.evidence):
            grid.addWidget(self._evidence_button(item, thumbnails.get(item.sha256), blur, incident.draft.sensitive),
                           n // 3, n % 3)
        return grid

    def _evidence_button(self, item: EvidenceItem, thumb: bytes | None, blur: bool, sensitive: bool) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(THUMB)
        button.setAutoRaise(True)
        pixmap = blurred_pixmap(thumb, THUMB) if thumb and blur else None
        if pixmap is not None:
            button.setIcon(pixmap)
        elif thumb and not blur:
            plain = QPixmap()
            plain.loadFromData(thumb)
            button.setIcon(plain.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
        else:
            button.setIcon(icon("attach"))
        name = item.display_name if len(item.display_name) <= 24 else item.display_name[:22] + "…"
        button.setText(f"{name}\n{item.sha256[:16]}…")
        button.setToolTip(f"{item.display_name}\n{item.media_type}\nSHA-256 {item.sha256}")
        button.setAccessibleName(self.tr("Open evidence %1").replace("%1", item.display_name))
        button.clicked.connect(lambda _=False: self.evidence_opened.emit(item, sensitive or self.blur_all))
        return button

    def _texts(self, layout: QVBoxLayout, incident: Incident) -> None:
        d = incident.draft
        for title, text in ((self.tr("Original text"), d.text), (self.tr("Translation"), d.translation),
                            (self.tr("Private notes (never exported unless you choose)"), d.notes)):
            if text:
                layout.addWidget(_section(title))
                box = _wrapping_label(text)
                box.setStyleSheet("background: #f7f9fa; border: 1px solid #e1e5e8; border-radius: 4px; padding: 8px;")
                layout.addWidget(box)

    def _history_text(self, revisions: list[Revision]) -> str:
        lines = []
        previous = None
        for revision in revisions:
            when = moment(revision.saved_at)
            if previous is None:
                lines.append(self.tr("Revision %1 — %2 UTC — created").replace("%1", str(revision.revision)).replace("%2", when))
            else:
                now, before = revision.draft.to_json(), previous.draft.to_json()
                changed = ", ".join(k for k in now if now[k] != before.get(k)) or "—"
                lines.append(self.tr("Revision %1 — %2 UTC — changed: %3").replace("%1", str(revision.revision))
                             .replace("%2", when).replace("%3", changed))
            previous = revision
        return "\n".join(lines)


def readable_occurred(canonical: str) -> str:
    """'2026-10-05T23:14:00+04:00' -> '05.10.2026 23:14 (UTC+04:00)' in the user's locale; ranges as
    'start – end'."""
    def one(part: str) -> str:
        offset = part[19:] if "T" in part else ""
        return f"{moment(part)} (UTC{offset})" if offset else moment(part)
    return " – ".join(one(part) for part in canonical.split("/"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
