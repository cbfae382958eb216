"""Locking aids: the idle timer, the clipboard guard, the panic shortcut, capture exclusion.

A laptop can be taken from a café table, or a projector can show the app to a room. These pieces
let the main window lock on its own when nobody touches it, wipe what Threatlog left on the
clipboard, lock in one keystroke, and keep its windows out of screen recordings where the OS
allows it. The main window wires them to the actual lock; nothing here knows about the vault.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.settings import Settings

_MS_PER_MINUTE = 60_000
CLEAR_AFTER_MS = 30_000

_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
})

# Names that clipboard managers and the OS history read as "do not record this". Every platform
# ignores the others' names, so all are set everywhere: one code path, testable on any OS.
_KDE_HINT = "x-kde-passwordManagerHint"  # Klipper, CopyQ, wl-clip-persist and others on Linux
_MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"
_MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"  # nspasteboard.org convention (Maccy, Alfred…)
# Qt's Windows backend registers a raw clipboard format under the name given in value="…".
_WIN_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
_WIN_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
_WIN_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
_DWORD_ZERO = (0).to_bytes(4, "little")

CONCEALMENT_FORMATS: dict[str, bytes] = {
    _KDE_HINT: b"secret",
    _MAC_CONCEALED_MIME: b"1",
    _MAC_CONCEALED_UTI: b"1",
    _WIN_EXCLUDE: _DWORD_ZERO,
    _WIN_HISTORY: _DWORD_ZERO,  # Win+V history
    _WIN_CLOUD: _DWORD_ZERO,  # clipboard sync to the Microsoft account
}

PANIC_KEYS = (QKeySequence(Qt.Key.Key_F12), QKeySequence("Ctrl+Shift+L"))


class IdleLock(QObject):
    """Emits `idle_timeout` once when no input reached the app for the configured time.

    Restart it with `start()` after the vault is unlocked again; input on the lock screen does
    not re-arm it.
    """

    idle_timeout = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None, *, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        # Tests pass a short interval instead of waiting minutes; the app never does.
        self._interval_override = interval_ms
        self._armed = False
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._apply_interval(settings.auto_lock_minutes)

    @property
    def active(self) -> bool:
        return self._armed and self._timer.isActive()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            # Filtering on the application sees input for every window and dialog, including
            # modal ones, without each widget having to report activity.
            app.installEventFilter(self)
            self._filtering = True
        self._armed = True
        self._restart()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def set_minutes(self, minutes: int) -> None:
        """Follow a changed setting at once; 0 turns auto-lock off."""
        self._interval_override = None
        self._apply_interval(minutes)
        self._restart()

    def _apply_interval(self, minutes: int) -> None:
        if self._interval_override is not None:
            self._interval = max(1, self._interval_override)
        else:
            self._interval = max(0, int(minutes)) * _MS_PER_MINUTE

    def _restart(self) -> None:
        if self._armed and self._interval > 0:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._armed and event.type() in _ACTIVITY_EVENTS:
            self._restart()
        return False  # only watching: every event still reaches its widget

    def _on_timeout(self) -> None:
        self._armed = False
        self.idle_timeout.emit()


class ClipboardGuard(QObject):
    """Puts text on the clipboard marked as secret, and takes back what Threatlog put there."""

    cleared = Signal()

    def __init__(self, parent: QObject | None = None, *, clipboard: QClipboard | None = None,
                 clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._copied: str | None = None
        # True when the last clipboard change happened while one of our windows had focus:
        # then it was almost certainly Ctrl+C in one of our text fields, i.e. vault content.
        self._app_changed_clipboard = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, clear_after_ms))
        self._timer.timeout.connect(self._on_timeout)
        self._clipboard.dataChanged.connect(self._on_data_changed)
        _register_mac_concealment()

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for name, value in CONCEALMENT_FORMATS.items():
            mime.setData(name, QByteArray(value))
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start()

    def clear_if_ours(self) -> bool:
        """For lock and panic: clear the clipboard (and X11 selection) if Threatlog filled it."""
        cleared = False
        if self._holds_ours() or self._clipboard.ownsClipboard() or self._app_changed_clipboard:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        # Selecting text in any of our fields fills the X11 primary selection, which a middle
        # click pastes anywhere; it is ours to clear as long as we still own it.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        self._forget()
        if cleared:
            self.cleared.emit()
        return cleared

    def _holds_ours(self) -> bool:
        if self._copied is None:
            return False
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        # The marker as well as the text: the user may have copied the same words elsewhere.
        return mime is not None and mime.hasFormat(_KDE_HINT) and mime.text() == self._copied

    def _on_timeout(self) -> None:
        # Only our own copy is taken back; if the user copied something else since, it is theirs.
        if self._holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self._forget()
            self.cleared.emit()
        else:
            self._copied = None

    def _on_data_changed(self) -> None:
        self._app_changed_clipboard = QApplication.activeWindow() is not None

    def _forget(self) -> None:
        self._timer.stop()
        self._copied = None
        self._app_changed_clipboard = False


_mac_converter: object | None = None


def _register_mac_concealment() -> None:
    """On macOS, publish the concealed marker under its real UTI instead of Qt's wrapped name.

    Qt otherwise offers unknown MIME types as 'com.trolltech.anymime.…', which clipboard managers
    do not recognise. QUtiMimeConverter exists only in macOS builds of Qt (6.5+); if it is not
    there the other names still go out and nothing fails.
    """
    global _mac_converter  # noqa: PLW0603 - Qt keeps converters registered while the instance lives
    if sys.platform != "darwin" or _mac_converter is not None:
        return
    with contextlib.suppress(Exception):
        from PySide6 import QtGui

        base = getattr(QtGui, "QUtiMimeConverter", None)
        if base is None:
            return

        class _ConcealedConverter(base):  # type: ignore[misc, valid-type]
            def utiForMime(self, mime: str) -> str:  # noqa: N802 - Qt override
                return _MAC_CONCEALED_UTI if mime == _MAC_CONCEALED_MIME else ""

            def mimeForUti(self, uti: str) -> str:  # noqa: N802 - Qt override
                return _MAC_CONCEALED_MIME if uti == _MAC_CONCEALED_UTI else ""

            def convertFromMime(self, mime: str, data: object, uti: str) -> list[QByteArray]:  # noqa: N802
                return [QByteArray(b"1")]

            def convertToMime(self, mime: str, data: list[QByteArray], uti: str) -> object:  # noqa: N802
                return QByteArray(b"1")

        _mac_converter = _ConcealedConverter()


def clipboard_guard(services: object) -> ClipboardGuard:
    """The one guard of these services, so lock and panic know everything any view copied."""
    extra: dict[str, object] = services.extra  # type: ignore[attr-defined]
    guard = extra.get("clipboard_guard")
    if not isinstance(guard, ClipboardGuard):
        guard = ClipboardGuard()
        extra["clipboard_guard"] = guard
    return guard


def install_panic_shortcut(window: QWidget, on_panic: Callable[[], None]) -> QShortcut:
    """F12 or Ctrl+Shift+L from any Threatlog window, dialogs included, calls `on_panic`."""
    shortcut = QShortcut(window)
    shortcut.setKeys(list(PANIC_KEYS))
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.setAutoRepeat(False)
    shortcut.activated.connect(on_panic)
    # If a dialog happens to bind the same key, panic must still win rather than do nothing.
    shortcut.activatedAmbiguously.connect(on_panic)
    return shortcut


_WDA_MONITOR = 0x01
_WDA_EXCLUDEFROMCAPTURE = 0x11
_NS_WINDOW_SHARING_NONE = 0


def harden_window(window: QWidget) -> None:
    """Keep `window` out of screenshots, screen recordings and screen sharing where the OS allows.

    A projector mirrors the display rather than capturing it, so a trainer's demo still shows.
    Never raises: this is a best-effort layer, and the app must start without it.
    """
    try:
        if sys.platform == "win32":
            _harden_windows(int(window.winId()))
        elif sys.platform == "darwin":
            _harden_macos(int(window.winId()))
        # Linux: X11 lets every client read every window, and Wayland compositors decide about
        # capture themselves; no API lets an application opt out, so nothing is possible here.
    except Exception:  # noqa: BLE001 - a missing API or an old OS must not stop the app
        return


class _ExcludeOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            harden_window(watched)
        return False


def harden_every_window(owner: QWidget) -> QObject:
    """`harden_window` for `owner` and for every top-level window the app shows from now on.

    Dialogs are windows of their own to the OS: the incident form, the recovery code, the key
    dialog and the viewer would otherwise be captured while the main window is not. The filter
    lives as long as `owner`.
    """
    harden_window(owner)
    guard = _ExcludeOnShow(owner)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(guard)
    return guard


def _harden_windows(hwnd: int) -> None:
    import ctypes

    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    # WDA_EXCLUDEFROMCAPTURE needs Windows 10 2004; older versions accept WDA_MONITOR, which
    # captures the window as a black rectangle instead of leaving it out.
    if not user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), _WDA_EXCLUDEFROMCAPTURE):
        user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), _WDA_MONITOR)


def _harden_macos(view_pointer: int) -> None:
    try:
        import objc  # type: ignore[import-not-found]
    except ImportError:
        return  # without pyobjc there is no safe way to reach NSWindow from Python
    view = objc.objc_object(c_void_p=view_pointer)  # winId() is the NSView of the window
    ns_window = view.window()
    if ns_window is not None:
        ns_window.setSharingType_(_NS_WINDOW_SHARING_NONE)
