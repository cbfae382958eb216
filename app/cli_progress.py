"""Progress of long CLI work on stderr, and the thumbnails that follow an attach.

Progress shows only on a terminal: a script reading stderr gets clean lines, never a stream of
carriage returns.
"""

from __future__ import annotations

import sys

from app.core.errors import ThreatlogError
from app.core.storage.vault import Vault
from app.core.untrusted import thumbnails
from app.core.wording import Cli, Text
from app.translate import say


class TerminalProgress:
    """A percentage on stderr, redrawn only when it changes."""

    def __init__(self, label: Text) -> None:
        self._label = say(label)
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != self._shown:
            self._shown = percent
            print(f"\r{self._label}… {percent:3d} %", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self._shown >= 0:
            print(file=sys.stderr)
            self._shown = -1


def terminal_progress(label: Text) -> TerminalProgress | None:
    return TerminalProgress(label) if sys.stderr.isatty() else None


def finish_thumbnails(vault: Vault) -> None:
    """Make the thumbnails and image facts of what was just attached (thumbnails.py).

    Called after the command has committed and printed its result, which stands whatever happens
    here: a failure is reported as a warning, and the next command or the app finishes the work.
    """
    sys.stdout.flush()
    progress = terminal_progress(Cli.tr("Making thumbnails"))
    try:
        thumbnails.make_pending(vault.connection(), progress)
    except ThreatlogError as error:
        print(say(Cli.tr("Warning: thumbnails were not made now ({reason}); they will be made later.")
                  .format(reason=error.text)), file=sys.stderr)
    finally:
        if progress is not None:
            progress.end()
