"""Idle lock, clipboard guard, panic shortcut and capture exclusion, with short injected timeouts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.gui.locking import (
    CONCEALMENT_FORMATS, ClipboardGuard, IdleLock, harden_window, install_panic_shortcut,
)


def _mouse_move(widget: QWidget) -> None:
    point = QPointF(5, 5)
    event = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_idle_lock_fires_after_the_interval_without_activity(qtbot, services) -> None:
    idle = IdleLock(services.settings, interval_ms=50)
    with qtbot.waitSignal(idle.idle_timeout, timeout=2000):
        idle.start()
    assert not idle.active  # fired once; input on the lock screen does not re-arm it
    idle.stop()


def test_idle_lock_waits_while_activity_keeps_arriving(qtbot, services) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    idle = IdleLock(services.settings, interval_ms=300)
    fired: list[bool] = []
    idle.idle_timeout.connect(lambda: fired.append(True))
    idle.start()
    ticks = {"n": 0}

    def activity() -> None:
        ticks["n"] += 1
        if ticks["n"] % 2:
            _mouse_move(widget)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                     Qt.KeyboardModifier.NoModifier, "a"))

    pulse = QTimer()
    pulse.timeout.connect(activity)
    pulse.start(40)
    # Well over twice the interval of continuous activity: it must not fire.
    qtbot.waitUntil(lambda: ticks["n"] >= 20, timeout=5000)
    assert not fired
    pulse.stop()
    with qtbot.waitSignal(idle.idle_timeout, timeout=2000):
        pass
    idle.stop()


def test_idle_lock_zero_minutes_means_never(qtbot, services) -> None:
    services.settings.auto_lock_minutes = 0
    idle = IdleLock(services.settings)
    idle.start()
    assert not idle.active
    idle.set_minutes(5)
    assert idle.active
    idle.stop()


def test_copy_text_is_concealed_and_cleared_after_the_timeout(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=100)
    guard.copy_text("a1b2c3 sha")
    mime = clipboard.mimeData()
    assert mime.text() == "a1b2c3 sha"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    for name, value in CONCEALMENT_FORMATS.items():
        assert bytes(mime.data(name)) == value
    assert bytes(mime.data('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"')) == b"\0\0\0\0"
    with qtbot.waitSignal(guard.cleared, timeout=2000):
        pass
    mime = clipboard.mimeData()
    assert clipboard.text() == "" and (mime is None or not mime.formats())


def test_what_the_user_copied_meanwhile_is_not_cleared(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=100)
    guard.copy_text("our hash")
    theirs = QMimeData()
    theirs.setText("the user's own text")
    clipboard.setMimeData(theirs)
    expired = QTimer()
    expired.setSingleShot(True)
    with qtbot.waitSignal(expired.timeout, timeout=2000):
        expired.start(300)  # well past clear_after_ms
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_clear_if_ours_clears_our_copy_and_what_our_widgets_copied(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    guard.copy_text("our hash")
    assert guard.clear_if_ours()
    assert clipboard.text() == ""

    # Ctrl+C in one of our fields while our window has focus is vault content too.
    field = QLineEdit("private note from the vault")
    qtbot.addWidget(field)
    with qtbot.waitActive(field):
        field.show()
        field.activateWindow()
    field.selectAll()
    field.copy()
    assert clipboard.text() == "private note from the vault"
    assert guard.clear_if_ours()
    assert clipboard.text() == ""


def test_clear_if_ours_leaves_a_foreign_clipboard_alone(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    assert QApplication.activeWindow() is None  # nothing of ours has focus: another app copied
    clipboard.setText("copied in another program")
    assert not guard.clear_if_ours()
    assert clipboard.text() == "copied in another program"
    clipboard.clear()


def test_panic_shortcut_fires_from_any_window(qtbot) -> None:
    main, other = QWidget(), QLineEdit()
    qtbot.addWidget(main)
    qtbot.addWidget(other)
    panics: list[bool] = []
    shortcut = install_panic_shortcut(main, lambda: panics.append(True))
    assert {key.toString() for key in shortcut.keys()} == {"F12", "Ctrl+Shift+L"}
    main.show()
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    qtbot.keyClick(other, Qt.Key.Key_F12)
    qtbot.keyClick(other, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panics == [True, True]


def test_harden_window_never_raises(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    harden_window(window)
    window.show()
    harden_window(window)
