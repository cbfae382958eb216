"""The reliability suite's plugin: a `record` fixture for figures, and the summary table at the end."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.reliability import figures

_seconds = 0.0  # setup, call and teardown of this folder's tests only, also inside a full `make test`


@pytest.fixture
def record() -> Callable[[str, int], None]:
    """`record(name, value)` adds a measured figure to the summary table (values add up)."""
    return figures.add


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    global _seconds
    if "tests/reliability/" in report.nodeid.replace("\\", "/"):
        _seconds += report.duration


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    table = figures.snapshot()
    if not table:
        return
    width = max(len(name) for name in table)
    terminalreporter.section("reliability figures")
    for name, value in table.items():
        terminalreporter.write_line(f"{name:<{width}}  {value:>8}")
    terminalreporter.write_line(f"{'seconds in tests/reliability':<{width}}  {_seconds:>8.0f}")
