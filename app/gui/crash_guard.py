"""What an unexpected error (a bug of ours) leaves behind: a generic message, and on stderr where it
happened in our code, never what it was about.

Python's default hook prints the exception's message and the source lines of every frame. A
message can quote incident data ("invalid literal for int(): '<a threat's text>'"), and stderr
ends up in terminal scrollback, journald or a bug report. So the app prints only the exception's
type and the file, line and function of each frame (issue 5, "no incident data in crash output").
Core dumps are off already (app.hardening). Set THREATLOG_DEBUG=1 to get full tracebacks while
developing, as the CLI allows.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.gui.dialogs import Dialogs

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_line(kind: type[BaseException], tb: TracebackType | None) -> str:
    """One line for stderr: the error's type and where it was raised, nothing of its message."""
    frames = [f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in traceback.extract_tb(tb)]
    where = " <- ".join(reversed(frames[-8:])) or "unknown place"
    return f"threatlog: unexpected error ({kind.__name__}) at {where}"


def install_crash_handler(dialogs: Dialogs) -> Hook:
    """Replace Python's hooks for uncaught exceptions in the GUI process; returns the new excepthook."""
    if os.environ.get("THREATLOG_DEBUG"):
        return sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        print(crash_line(kind, tb), file=sys.stderr, flush=True)
        if showing or QCoreApplication.instance() is None:
            return  # an error while the message is up (or after Qt is gone) is only counted on stderr
        showing = True
        try:
            dialogs.error(None, QCoreApplication.translate(
                "CrashGuard", "Something went wrong inside Threatlog (%1). What you just did may not have been "
                "saved; everything saved before is safe in the vault. If it happens again, lock the vault and "
                "restart Threatlog.").replace("%1", kind.__name__))
        finally:
            showing = False

    sys.excepthook = hook
    threading.excepthook = lambda args: print(crash_line(args.exc_type, args.exc_traceback), file=sys.stderr)
    # Errors in __del__ and finalizers: the default hook would print the object's repr as well.
    sys.unraisablehook = lambda u: print(crash_line(type(u.exc_value), u.exc_traceback), file=sys.stderr)
    return hook
