"""The timeline page of the PDF report: the exported incidents per month (or week), stacked by
type, drawn with fpdf2's own lines and rectangles, and the figures beside it.

A reader sees the pattern (a wave in October, escalation before a trial) without counting index
lines. The numbers come from app.core.patterns.stats, counted as the app's timeline counts them, so the
chart in the report and the one on the user's screen agree. Nothing here knows Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.patterns import stats
from app.core.patterns.stats import Period
from app.core.patterns.type_colours import type_colour
from app.core.records import taxonomy
from app.core.reporting.report_layout import ACCENT, INK, MUTED, RULE, ReportPDF
from app.core.reporting.report_values import ENGLISH, ReportLanguage
from app.core.storage.database import Connection
from app.core.wording import Report

_MIN_MONTHS = 3  # fewer months than this: weeks show the shape better
_PLOT_H, _LEGEND_W = 85.0, 52.0
_ORDER = {kind.id: n for n, kind in enumerate(taxonomy.TYPES)}


@dataclass(frozen=True)
class Timeline:
    granularity: str  # 'month' or 'week'
    periods: tuple[Period, ...]


def timeline_for(conn: Connection, incident_ids: Sequence[str]) -> Timeline | None:
    """The exported incidents' timeline, or None when they all fall in one period (nothing to see)."""
    months = stats.periods_of(conn, incident_ids, "month")
    if len(months) >= _MIN_MONTHS:
        return Timeline("month", months)
    weeks = stats.periods_of(conn, incident_ids, "week")
    return Timeline("week", weeks) if len(weeks) > 1 else None


def _label(kind: str, language: ReportLanguage) -> str:
    return language.label(taxonomy.incident_type(kind).short_label) if kind in _ORDER else kind


def draw_timeline(pdf: ReportPDF, timeline: Timeline, language: ReportLanguage = ENGLISH) -> None:
    """The chart and its table, from the current position on a fresh page."""
    periods = timeline.periods
    total = sum(p.total for p in periods)
    pdf.para(language.say(Report.tr("Incidents over time")), 18, INK, bold=True, height=9, gap=1)
    explanation = (Report.tr("%n exported incident(s) per month, from {first} to {last}, by type. An incident "
                             "counts in the month in which it started (as stated by the user, or when it was "
                             "recorded if no date was stated).", "", total)
                   if timeline.granularity == "month" else
                   Report.tr("%n exported incident(s) per week, from {first} to {last}, by type. An incident "
                             "counts in the week in which it started (as stated by the user, or when it was "
                             "recorded if no date was stated).", "", total))
    pdf.para(language.say(explanation.format(first=periods[0].label, last=periods[-1].label)), 8.5, MUTED,
             height=4.4, gap=4)
    kinds = sorted({k for p in periods for k in p.by_type}, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
    top = pdf.y
    _bars(pdf, periods, kinds, top)
    _legend(pdf, kinds, top, language)
    pdf.set_y(top + _PLOT_H + 14)
    _table(pdf, periods, kinds, language)


def _bars(pdf: ReportPDF, periods: Sequence[Period], kinds: list[str], top: float) -> None:
    maximum = max(p.total for p in periods)
    step = _step(maximum)
    ceiling = max(step * math.ceil(maximum / step), step)
    left, width = pdf.l_margin + 9, pdf.epw - _LEGEND_W - 9
    bottom = top + _PLOT_H
    pdf.set_line_width(0.2)
    pdf.use_font(7, color=MUTED)
    for value in range(0, ceiling + 1, step):
        y = bottom - _PLOT_H * value / ceiling
        pdf.set_draw_color(*(MUTED if value == 0 else RULE))
        pdf.line(left, y, left + width, y)
        pdf.set_xy(pdf.l_margin, y - 2)
        pdf.cell(7, 4, str(value), align="R")
    slot = width / len(periods)
    gap = min(slot * 0.2, 1.5)
    for index, period in enumerate(periods):
        base = 0
        for kind in kinds:
            count = period.by_type.get(kind, 0)
            if count:
                pdf.set_fill_color(*type_colour(kind))
                height = _PLOT_H * count / ceiling
                pdf.rect(left + index * slot + gap / 2, bottom - _PLOT_H * base / ceiling - height,
                         max(slot - gap, 0.3), height, style="F")
                base += count
    every = max(1, math.ceil(16 / slot))  # about 16 mm per label
    pdf.use_font(7, color=MUTED)
    for index in range(0, len(periods), every):
        pdf.set_xy(left + (index + 0.5) * slot - 8, bottom + 1.5)
        pdf.cell(16, 4, periods[index].label, align="C")


def _step(maximum: int) -> int:
    raw = max(maximum / 5, 1)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _legend(pdf: ReportPDF, kinds: list[str], top: float, language: ReportLanguage) -> None:
    x, y = pdf.w - pdf.r_margin - _LEGEND_W + 5, top
    for kind in reversed(kinds):  # in the order the stack reads, top down
        pdf.set_fill_color(*type_colour(kind))
        pdf.rect(x, y + 0.8, 3.2, 3.2, style="F")
        pdf.set_xy(x + 5, y)
        pdf.use_font(7.5, color=INK)
        pdf.cell(_LEGEND_W - 10, 4.8, pdf.fit(_label(kind, language), _LEGEND_W - 10))
        y += 5.2


def _table(pdf: ReportPDF, periods: Sequence[Period], kinds: list[str], language: ReportLanguage) -> None:
    """The numbers behind the bars, periods with incidents only, and the mean severity."""
    pdf.heading(language.say(Report.tr("Figures per period")), keep_with=12)
    columns = [(Report.tr("Period"), 22.0), (Report.tr("Incidents"), 18.0), (Report.tr("Mean severity"), 24.0)]
    rest = pdf.epw - sum(w for _, w in columns)
    pdf.use_font(7.5, True, color=MUTED)
    for label, width in columns + [(Report.tr("Types"), rest)]:
        pdf.cell(width, 5, pdf.fit(language.say(label), width - 1))
    pdf.ln(5)
    for period in periods:
        if not period.total:
            continue
        pdf.ensure_space(5)
        pdf.use_font(8, color=INK)
        severity = "" if period.mean_severity is None else language.number(period.mean_severity, 1)
        for text, (_, width) in zip((period.label, language.number(period.total, 0), severity), columns):
            pdf.cell(width, 4.6, text)
        kinds_text = ", ".join(f"{_label(k, language)} {language.number(period.by_type[k], 0)}" for k in kinds
                               if period.by_type.get(k))
        pdf.use_font(7.5, color=ACCENT)
        pdf.cell(rest, 4.6, pdf.fit(kinds_text, rest), new_x="LMARGIN", new_y="NEXT")
