"""The figures the reliability tests prove (kills survived, saves lost, tampers detected...).

Each test adds what it measured; tests/reliability/conftest.py prints the table at the end of the
run, so `make reliability` shows in one place what the issue promises and what was measured.
"""

from __future__ import annotations

# name -> value, in the order first recorded. Values add up: two tests that each make tampers
# give the total made, which is what the summary reports.
_FIGURES: dict[str, int] = {}

# The rows of the summary table, in this order when present; anything else recorded follows.
SUMMARY_ORDER = (
    "kills survived",
    "acknowledged saves",
    "saves lost",
    "half-written bundles under a final name",
    "tampers made",
    "tampers detected",
    "canary hits",
    "files scanned for the canary",
    "fuzz examples run",
    "hostile files attached",
    "hostile files survived",
)


def add(name: str, value: int) -> None:
    """Add `value` to the figure `name` (created at 0)."""
    _FIGURES[name] = _FIGURES.get(name, 0) + value


def snapshot() -> dict[str, int]:
    ordered = {name: _FIGURES[name] for name in SUMMARY_ORDER if name in _FIGURES}
    ordered.update({name: value for name, value in _FIGURES.items() if name not in ordered})
    return ordered
