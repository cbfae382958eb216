"""Running the real CLI entry point in-process, outside pytest fixtures (loops, Hypothesis bodies)."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

from app.cli import main


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def plain(self) -> bool:
        """What a user reads: a message, never a traceback."""
        return "Traceback" not in self.out + self.err and bool((self.out + self.err).strip())


def run_cli(vault_dir: Path | None, passphrase_file: Path | None, *args: str) -> Outcome:
    # An exception other than those the CLI turns into a message escapes main() and fails the test.
    argv = (["--vault", str(vault_dir)] if vault_dir else []) + (
        ["--passphrase-file", str(passphrase_file)] if passphrase_file else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return Outcome(code, out.getvalue(), err.getvalue())
