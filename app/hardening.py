"""Process hardening at start, for the CLI and the desktop app alike.

A crash must not leave the vault's plaintext in a core dump, and another process of the same user
should not be able to attach a debugger and read our memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """Best effort, never raises: hardening must not stop the app from starting."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_CORE; its crash dumps are governed by WER settings
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except OSError:
            pass


def is_dumpable() -> bool:
    """Whether the kernel would write a core dump of this process (Linux), for tests and `check`."""
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
        return True
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 1
    return False
