"""The perpetrator-accounts field: handles separated by commas, completed from the accounts the
vault already knows, so one troll account is spelled one way across incidents."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.core.records import taxonomy
from app.core.records.drafts import AccountRef
from app.gui import labels
from app.gui.form_widgets import split_list


def parse_accounts(text: str) -> tuple[AccountRef, ...]:
    """'@a, telegram:@b': a handle takes the incident's platform unless it names its own (as the CLI)."""
    refs = []
    for part in split_list(text):
        head, sep, tail = part.partition(":")
        if sep and tail.strip() and taxonomy.is_platform(head.strip()):
            refs.append(AccountRef(taxonomy.platform_id(head.strip()), tail.strip()))
        else:
            refs.append(AccountRef("", part))
    return tuple(refs)


def format_accounts(refs: Sequence[AccountRef], platform: str | None) -> str:
    return ", ".join(r.handle if r.platform == (platform or "other") else f"{r.platform}:{r.handle}" for r in refs)


class AccountsCompleter(QObject):
    """Completes the handle under the cursor (not the whole line) from the known accounts.

    A suggestion shows its platform; choosing one inserts the bare handle when it is on the
    incident's platform, else 'platform:handle', so the account is linked to the right platform.
    """

    def __init__(self, edit: QLineEdit, current_platform: Callable[[], str | None]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._current_platform = current_platform
        self._refs: dict[str, AccountRef] = {}
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(edit)
        self.completer.activated[str].connect(self._insert)
        edit.textEdited.connect(self._typed)

    def set_known(self, refs: Sequence[AccountRef]) -> None:
        self._refs = {f"{r.handle} — {labels.platform_label(r.platform)}": r for r in refs}
        self._model.setStringList(list(self._refs))

    def suggestions(self) -> list[str]:
        return self._model.stringList()

    def _segment(self) -> tuple[int, int]:
        text, cursor = self._edit.text(), self._edit.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        return start, len(text) if end < 0 else end

    def _typed(self, text: str) -> None:
        start, _ = self._segment()
        prefix = text[start:self._edit.cursorPosition()].strip()
        self.completer.setCompletionPrefix(prefix)
        if prefix and self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert(self, shown: str) -> None:
        ref = self._refs.get(shown)
        if ref is None:
            return
        text = self._edit.text()
        start, end = self._segment()
        handle = ref.handle if ref.platform == (self._current_platform() or "other") else f"{ref.platform}:{ref.handle}"
        before = text[:start].rstrip()
        before = before + " " if before else ""
        self._edit.setText(before + handle + text[end:])
        self._edit.setCursorPosition(len(before + handle))
