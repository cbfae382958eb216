"""Building blocks of the incident form: a field with its hint and inline error, text areas that
lay out any script, and the type-specific rows that change with the incident type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QTextOption
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpinBox,
                               QTextEdit, QVBoxLayout, QWidget)

from app.core.errors import InvalidInput
from app.core.records import taxonomy
from app.core.records.occurred import parse_occurred
from app.gui import labels
from app.translate import describe

ERROR_COLOR = "#b3261e"
NO_VALUE = "—"


class FieldBox(QWidget):
    """A field, optional widgets beside it, a quiet hint below, and an error shown only when needed."""

    def __init__(self, field: QWidget, hint: str = "", beside: Sequence[QWidget] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        if beside:
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(field, 1)
            for widget in beside:
                row.addWidget(widget)
            layout.addLayout(row)
        elif field.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding:
            layout.addWidget(field)
        else:
            # A combo box as wide as the window reads as a text field; keep it to its content.
            layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self.hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.hint.setFont(small)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setAccessibleName(QCoreApplication.translate("IncidentForm", "Error"))
        self.error.hide()
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        # Screen readers read the description when the field gets focus again.
        self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.error.clear()
            self.field.setAccessibleDescription("")

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()


class TextArea(QTextEdit):
    """A plain-text area of a set number of lines, where each paragraph lays out in its own
    script's direction: an Arabic line right to left and right-aligned, a Russian one left to right.

    A QTextEdit restricted to plain text rather than a QPlainTextEdit, because only QTextEdit's
    layout aligns a right-to-left paragraph to the right (QPlainTextEdit keeps it on the left).
    """

    def __init__(self, accessible_name: str, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAcceptRichText(False)  # pasted HTML arrives as its text; nothing is formatted
        self.setAccessibleName(accessible_name)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        # Tab moves to the next field (keyboard users); a pasted message keeps its tab characters.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                + 2 * round(self.document().documentMargin()) + 2)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines))

    def minimumSizeHint(self) -> QSize:
        # The scroll area's own minimum (room for both scroll bars) would make every area 70 px tall.
        return QSize(super().minimumSizeHint().width(), self._height(min(self._lines, 2)))


def text_area(accessible_name: str, lines: int) -> TextArea:
    return TextArea(accessible_name, lines)


def plain_text(edit: QTextEdit) -> str:
    """The text as typed: unlike toPlainText(), keeps no-break spaces and line separators."""
    return edit.document().toRawText().replace("\u2029", "\n")


def line_edit(accessible_name: str, placeholder: str = "", ltr: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    if ltr:  # URLs and dates read left to right in every locale
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def section_header(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setContentsMargins(0, 14, 0, 2)
    label.setAccessibleName(text)
    return label


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def check_date(box: FieldBox, text: str) -> bool:
    """Live validation of a date field; True when it is empty or readable."""
    if not text.strip():
        box.clear_error()
        return True
    try:
        parse_occurred(text)
    except InvalidInput as error:
        box.show_error(describe(error))
        return False
    box.clear_error()
    return True


def live_date_check(box: FieldBox, edit: QLineEdit) -> None:
    """Check the date on every keystroke, so the error shows before the user presses Save."""
    def changed(text: str) -> None:  # a slot returns None: PySide mishandles a returned bool
        check_date(box, text)

    edit.textChanged.connect(changed)


class TypeFields(QObject):
    """The rows of one incident type's own fields, inside the form's layout, rebuilt on type change.

    Values typed for a key survive a type change and come back if a type with the same key is
    chosen again ("place" is shared by several types): switching type to look must not lose text.
    """

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._boxes: dict[str, FieldBox] = {}
        self._kind: taxonomy.IncidentType | None = None
        self._cache: dict[str, Any] = {}
        self._explicit: set[str] = set()  # bool keys the user set (an unchecked box then means "no")
        self._loaded: dict[str, tuple[Any, Any]] = {}  # key: (stored value, what the widget showed)

    @property
    def boxes(self) -> dict[str, FieldBox]:
        return dict(self._boxes)

    def focus_chain(self) -> list[QWidget]:
        return [box.field for box in self._boxes.values()]

    def rebuild(self, kind: taxonomy.IncidentType, row: int) -> None:
        self._cache.update(self.values())
        for box in self._boxes.values():
            self._form.removeRow(box)
        self._boxes = {}
        self._kind = kind
        for offset, spec in enumerate(kind.fields):
            box = FieldBox(*self._make(spec))
            label = QLabel(labels.tr(spec.label))
            label.setBuddy(box.field)
            label.setWordWrap(True)
            box.field.setAccessibleName(labels.tr(spec.label))
            self._form.insertRow(row + offset, label, box)
            self._boxes[spec.key] = box
            if spec.kind == "date":
                assert isinstance(box.field, QLineEdit)
                live_date_check(box, box.field)
        self.set_values({k: v for k, v in self._cache.items() if k in self._boxes})

    def _make(self, spec: taxonomy.Field) -> tuple[QWidget, str]:
        if spec.kind == "longtext":
            return text_area(spec.label, 3), ""
        if spec.kind == "bool":
            box = QCheckBox(QCoreApplication.translate("IncidentForm", "Yes"))
            box.clicked.connect(lambda _checked, key=spec.key: self._explicit.add(key))
            return box, ""
        if spec.kind == "int":
            spin = QSpinBox()
            # -1 shows as "—": not known, which is different from zero.
            spin.setRange(-1, 1_000_000)
            spin.setSpecialValueText(NO_VALUE)
            spin.setValue(-1)
            spin.setMaximumWidth(160)
            return spin, ""
        if spec.kind == "choice":
            combo = QComboBox()
            combo.addItem(NO_VALUE, None)
            for choice in spec.choices:
                text = labels.tr(choice)
                combo.addItem(text[:1].upper() + text[1:], choice)
            return combo, ""
        if spec.kind == "date":
            return line_edit(spec.label, QCoreApplication.translate("IncidentForm", "e.g. 2026-10-05, 2026-10 or 2026"),
                             ltr=True), ""
        return line_edit(spec.label, ltr=spec.kind == "url"), ""

    def values(self) -> dict[str, Any]:
        if self._kind is None:
            return {}
        result: dict[str, Any] = {}
        for spec in self._kind.fields:
            value = self._read(spec, self._boxes[spec.key].field)
            loaded = self._loaded.get(spec.key)
            if loaded is not None and loaded[1] == value:
                # Untouched: keep the stored value exactly (a text area turns "\r\n" into "\n").
                value = loaded[0]
            if value is not None:
                result[spec.key] = value
        return result

    def _read(self, spec: taxonomy.Field, field: QWidget) -> Any:
        if isinstance(field, QCheckBox):
            return True if field.isChecked() else (False if spec.key in self._explicit else None)
        if isinstance(field, QSpinBox):
            return field.value() if field.value() >= 0 else None
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QTextEdit):
            return plain_text(field) or None
        if isinstance(field, QLineEdit):
            return field.text() if field.text().strip() else None
        return None

    def load(self, values: dict[str, Any]) -> None:
        """Fill in an existing incident's values, remembering them so untouched ones stay exact."""
        self.set_values(values)
        if self._kind is not None:
            for key, value in values.items():
                if key in self._boxes:
                    spec = self._kind.field(key)
                    self._loaded[key] = (value, self._read(spec, self._boxes[key].field))

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            box = self._boxes.get(key)
            if box is None:
                continue
            field = box.field
            if isinstance(field, QCheckBox):
                self._explicit.add(key)
                field.setChecked(bool(value))
            elif isinstance(field, QSpinBox):
                field.setValue(int(value))
            elif isinstance(field, QComboBox):
                index = field.findData(value)
                field.setCurrentIndex(max(index, 0))
            elif isinstance(field, QTextEdit):
                field.setPlainText(str(value))
            elif isinstance(field, QLineEdit):
                field.setText(str(value))

    def box_for_key(self, key: str) -> FieldBox | None:
        return self._boxes.get(key)
