"""incidents.csv: the bundle's incidents as a spreadsheet, one row per incident.

incidents.json is the record; this is a view for a lawyer who works in Excel or Numbers. The
text in it was written by the people who attacked the user, so a cell that a spreadsheet would
run as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`) is defused with a leading
apostrophe. UTF-8 with a byte-order mark, because Excel otherwise reads Azerbaijani and Russian
as the Windows code page.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

# OWASP's list for CSV injection: these open a formula, tab and CR can hide one behind whitespace.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, with an apostrophe in front when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _joined(items: list[str]) -> str:
    return "\n".join(items)


def _columns(include_notes: bool, include_location: bool) -> list[str]:
    columns = ["id", "recorded_at", "revision", "type", "title", "occurred_at", "platform", "accounts", "target",
               "severity", "sensitive", "tags", "urls", "text", "translation"]
    if include_location:
        columns.append("location")
    if include_notes:
        columns.append("notes")
    return [*columns, "details", "evidence_paths", "evidence_sha256"]


def _row(incident: dict[str, Any], columns: list[str]) -> list[str]:
    derived = {
        "accounts": _joined([f"{a['platform']}:{a['handle']}" for a in incident["accounts"]]),
        "sensitive": "yes" if incident["sensitive"] else "no",
        "tags": _joined(incident["tags"]),
        "urls": _joined(incident["urls"]),
        "details": json.dumps(incident["details"], ensure_ascii=False) if incident["details"] else "",
        "evidence_paths": _joined([e["path"] for e in incident["evidence"]]),
        "evidence_sha256": _joined([e["sha256"] for e in incident["evidence"]]),
    }
    return [safe_cell(derived[c] if c in derived else incident[c]) for c in columns]


def render(incidents: list[dict[str, Any]], include_notes: bool, include_location: bool) -> bytes:
    """The CSV file's bytes for the incident objects of incidents.json."""
    columns = _columns(include_notes, include_location)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for incident in incidents:
        writer.writerow(_row(incident, columns))
    return buffer.getvalue().encode("utf-8-sig")
