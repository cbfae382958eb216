"""The readable PDF report inside every evidence bundle (data/report.pdf).

Its reader is a lawyer or a judge: a cover with the signer's fingerprint and how to verify the
bundle, an index with page numbers, then one section per incident with its evidence files (report_incidents.py).
Everything is built in memory; no byte of an incident touches the disk. Incident content is
hostile input: app/core/reporting/report_layout.py says how odd text is cleaned before it is drawn.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from app.core.reporting.report_chart import Timeline, draw_timeline
from app.core.reporting.report_incidents import IncidentPages
from app.core.reporting.report_layout import ACCENT, INK, MONO, MUTED, PANEL, RULE, WARN_FILL, WARN_INK, ReportPDF
from app.core.reporting.report_values import ENGLISH, ReportLanguage, as_list, when
from app.core.wording import Report


@dataclass(frozen=True)
class ReportContext:
    bundle_id: str
    exported_at: str
    signer_fingerprint: str
    signer_identity: str
    bag_name: str
    custody_head: str
    included_notes: bool
    included_location: bool


def render_report(context: ReportContext, incidents: list[dict], thumbnail: Callable[[str], bytes | None],
                  timeline: Timeline | None = None, language: ReportLanguage = ENGLISH) -> bytes:
    """The report as PDF bytes, in `language`. Odd incident content never makes it fail.

    Should laying out some text still fail (a bug, not a refusal), the report is made again with
    every non-ASCII character written as an escape, and says so on its cover: the bundle keeps a
    report, and the exact text is in data/incidents.json either way.
    """
    try:
        return _render(context, incidents, thumbnail, timeline, language)
    except Exception:
        return _render(context, _ascii(incidents), thumbnail, timeline, language, simplified=True)


def _render(context: ReportContext, incidents: list[dict], thumbnail: Callable[[str], bytes | None],
            timeline: Timeline | None = None, language: ReportLanguage = ENGLISH, simplified: bool = False) -> bytes:
    items = [item if isinstance(item, dict) else {} for item in (incidents or [])]
    writer = _Writer(context, items, thumbnail, language)
    try:
        writer.cover(simplified)
        writer.index()
        if timeline is not None:
            writer.timeline(timeline)
        for number, incident in enumerate(items, start=1):
            writer.incident(number, incident)
        return bytes(writer.pdf.output())
    finally:
        writer.pdf.close_fonts()


def _ascii(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("ascii", "backslashreplace").decode("ascii")
    if isinstance(value, dict):
        return {_ascii(key): _ascii(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_ascii(item) for item in value]
    return value


# -- the document ---------------------------------------------------------------------------------

_ROW_H, _INDEX_HEAD_H = 11.0, 7.0
# How to verify, in each language the app speaks: the report's own language first, then the other
# two, since the recipient (a court abroad, a lawyer at home) may read another language than the sender.
_COVER_AZ = (
    "Bu hesabat paketin oxunaqlı xülasəsidir; orijinal sübut faylları data/evidence qovluğunda, "
    "qeydə alınmış dəqiq məlumatlar isə data/incidents.json faylındadır. Paket imzalandıqdan sonra "
    "onda heç nəyin dəyişdirilmədiyini yoxlamaq üçün VERIFY.txt faylındakı addımları izləyin "
    "(ingilis, Azərbaycan və rus dillərində). İmza barmaq izi yuxarıda göstərilən açara aid "
    "olmalıdır; bu barmaq izini göndərənlə telefonla və ya şəxsən təsdiqləyin.")
_COVER_RU = (
    "Этот отчёт — удобное для чтения изложение содержимого пакета; оригинальные файлы "
    "доказательств находятся в папке data/evidence, а точные записанные данные — в файле "
    "data/incidents.json. Чтобы убедиться, что после подписания в пакете ничего не было изменено, "
    "выполните шаги из файла VERIFY.txt (на английском, азербайджанском и русском языках). "
    "Подпись должна быть сделана ключом, отпечаток которого указан выше; подтвердите этот "
    "отпечаток у отправителя по телефону или при личной встрече.")
_COVER_EN = (
    "This report is a readable summary of the bundle; the original evidence files are in the folder "
    "data/evidence, and the exact recorded data is in data/incidents.json. To check that nothing in "
    "the bundle was changed after it was signed, follow the steps in VERIFY.txt (in English, "
    "Azerbaijani and Russian). The signature must come from the key whose fingerprint is shown "
    "above; confirm this fingerprint with the sender by phone or in person.")


_COVERS = {"en": ("How to verify this bundle", _COVER_EN), "az": ("Bu paketi necə yoxlamaq olar", _COVER_AZ),
           "ru": ("Как проверить этот пакет", _COVER_RU)}


class _Writer(IncidentPages):
    """The incident pages (report_incidents.py) with what comes before them: cover, index, chart."""

    def __init__(self, context: ReportContext, incidents: list[dict],
                 thumbnail: Callable[[str], bytes | None], language: ReportLanguage) -> None:
        self.context = context
        self.short_id = re.sub(r"[^0-9a-fA-F]", "", str(context.bundle_id))[:8] or "unknown"
        say = language.say
        pdf = ReportPDF(footer_left=say(Report.tr("Threatlog evidence report · bundle {bundle}").format(
            bundle=self.short_id)), page_of=language.template(Report.tr("Page {page} of {pages}")))
        pdf.set_title(say(Report.tr("Evidence report")))
        pdf.set_creator("Threatlog")
        pdf.set_lang(language.code)
        try:
            moment = datetime.strptime(str(context.exported_at), "%Y-%m-%dT%H:%M:%SZ")
            pdf.set_creation_date(moment.replace(tzinfo=timezone.utc))
        except ValueError:
            pass
        super().__init__(pdf, incidents, thumbnail, language)

    # cover

    def cover(self, simplified: bool) -> None:
        pdf, ctx, say = self.pdf, self.context, self.say
        pdf.add_page()
        pdf.start_section(say(Report.tr("Cover")))
        count, files = len(self.incidents), sum(len(as_list(item.get("evidence"))) for item in self.incidents)
        pdf.para(say(Report.tr("THREATLOG · EVIDENCE BUNDLE")), 8.5, MUTED, bold=True, gap=1)
        pdf.para(say(Report.tr("Evidence report")), 26, INK, bold=True, height=12, gap=1.5)
        pdf.para(self.text(ctx.bag_name), 10, MUTED, family=MONO, gap=5)
        if simplified:
            pdf.para(say(Report.tr("Simplified report: some incident text could not be laid out, so every character "
                                   "outside plain ASCII is written as an escape (\\u…). The exact data is in "
                                   "data/incidents.json.")), 9, WARN_INK, fill=WARN_FILL, pad=2, height=5, gap=4)
        exported = when(ctx.exported_at, seconds=True) or self.text(ctx.exported_at)
        pdf.row(say(Report.tr("Exported")),
                exported and say(Report.tr("{moment}  (computer clock)").format(moment=exported)))
        gps = sum(1 for item in self.incidents for ev in as_list(item.get("evidence"))
                  if isinstance(ev, dict) and ev.get("gps_in_metadata") is True)
        contents = Report.tr("{incidents}, {files}").format(
            incidents=Report.tr("%n incident(s)", "", count), files=Report.tr("%n evidence file(s)", "", files))
        gps_note = Report.tr("GPS coordinates in the metadata of %n file(s): share with care", "", gps)
        pdf.row(say(Report.tr("Contents")), say(contents), say(gps_note) if gps else "")
        yes, no = say(Report.tr("yes")), say(Report.tr("no"))
        pdf.row(say(Report.tr("Also included")), say(Report.tr("private notes: {notes}   ·   locations: {locations}").format(
            notes=yes if ctx.included_notes else no, locations=yes if ctx.included_location else no)))
        pdf.row(say(Report.tr("Bundle ID")), self.text(ctx.bundle_id), family=MONO, size=9)
        pdf.row(say(Report.tr("Custody log head")), self.text(ctx.custody_head), family=MONO, size=8.3,
                note=say(Report.tr("SHA-256 of the vault's last custody-log entry at export; also in bag-info.txt")))
        pdf.ln(2)
        self.fingerprint_panel()
        self.verify_steps()

    def fingerprint_panel(self) -> None:
        pdf, fingerprint = self.pdf, self.text(self.context.signer_fingerprint, 200)
        identity = self.text(self.context.signer_identity, 200)
        body = fingerprint[7:] if fingerprint.startswith("SHA256:") and len(fingerprint) <= 55 else ""
        groups = [body[i:i + 4] for i in range(0, len(body), 4)]
        top, height = pdf.y, 43 if groups else 24
        x, width = pdf.l_margin + 5, pdf.epw - 10
        pdf.set_fill_color(*PANEL)
        pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(0.8)
        pdf.line(pdf.l_margin, top, pdf.l_margin, top + height)
        pdf.set_xy(x, top + 3.5)
        pdf.para(self.say(Report.tr("Signed by the key with this fingerprint")), 9, ACCENT, bold=True, x=x,
                 width=width, gap=1)
        if groups:
            pdf.para("SHA256:", 10, MUTED, family=MONO, x=x, width=width, height=5)
            for line in (groups[:6], groups[6:]):
                pdf.para("  ".join(line), 19, INK, family=MONO, height=8.6, x=x, width=width)
            pdf.ln(1.2)
            pdf.para(self.say(Report.tr("As printed by ssh-keygen: {fingerprint}").format(fingerprint=fingerprint)),
                     8.5, MUTED, family=MONO, x=x, width=width)
            pdf.para(self.say(Report.tr("Letters are case-sensitive.  Signer identity: {identity}").format(
                identity=identity)), 8.5, MUTED, x=x, width=width)
        else:
            pdf.para(fingerprint or self.say(Report.tr("(missing)")), 12, INK, family=MONO, height=6, x=x, width=width)
            pdf.para(self.say(Report.tr("Signer identity: {identity}").format(identity=identity)), 8.5, MUTED,
                     x=x, width=width)
        pdf.set_y(max(pdf.y, top + height) + 2)

    def verify_steps(self) -> None:
        pdf, say = self.pdf, self.say
        identity = self.text(self.context.signer_identity, 200) or "<identity>"
        pdf.heading(say(Report.tr("How to verify this bundle")))
        pdf.para(say(Report.tr("Anyone can check, without Threatlog, that no file in this bundle changed after it "
                               "was signed. Unzip the bundle, open a terminal in its folder (Windows: Command "
                               "Prompt; macOS: Terminal):")), 9, gap=1.5)
        mono = dict(size=8, family=MONO, fill=PANEL, pad=2.5, height=4.4, gap=1.2)
        pdf.para(say(Report.tr("1.  Check the signature. It must print Good \"threatlog-evidence\" signature … "
                               "with the fingerprint above:")), 9, gap=1)
        pdf.para(f"ssh-keygen -Y verify -f allowed_signers -I {identity} -n threatlog-evidence "
                 "-s tagmanifest-sha256.txt.sig < tagmanifest-sha256.txt", **mono)
        pdf.para(say(Report.tr("2.  Check every file against the signed lists (on macOS: shasum -a 256 -c …; on "
                               "Windows: certutil -hashfile FILE SHA256 for each file, as VERIFY.txt shows):")),
                 9, gap=1)
        pdf.para("sha256sum -c tagmanifest-sha256.txt\nsha256sum -c manifest-sha256.txt", **mono)
        pdf.ln(1)
        own = self.language.code if self.language.code in _COVERS else "en"
        pdf.para(_COVERS[own][1], 9, gap=2.5)
        for heading, paragraph in (cover for code, cover in _COVERS.items() if code != own):
            pdf.ensure_space(22)
            pdf.para(heading, 9, ACCENT, bold=True, gap=0.3)
            pdf.para(paragraph, 8.6, height=4.3, gap=2.5)

    # index

    def index(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.start_section(self.say(Report.tr("Index")))
        first = int((pdf.page_break_trigger - pdf.t_margin - 26 - _INDEX_HEAD_H) // _ROW_H)
        later = int((pdf.page_break_trigger - pdf.t_margin - _INDEX_HEAD_H) // _ROW_H)
        pages = 1 + max(0, math.ceil((len(self.incidents) - first) / later))
        self.rows_per_page = (first, later)
        pdf.insert_toc_placeholder(lambda _pdf, _outline: self.draw_index(), pages=pages)
        self.fresh_page = True  # the placeholder ends with a page break: the first incident starts there

    def draw_index(self) -> None:
        pdf = self.pdf
        pdf.para(self.say(Report.tr("Incidents")), 18, INK, bold=True, height=9, gap=2)
        pdf.para(self.say(Report.tr("In the order exported. Dates are as stated by the user; a date marked * was not "
                                    "stated and is the day the incident was recorded in the app. Click a line to "
                                    "open the incident.")), 8.5, MUTED, height=4.4)
        pdf.set_y(pdf.t_margin + 26)
        if not self.entries:
            pdf.para(self.say(Report.tr("This bundle contains no incidents.")), 10, MUTED)
        capacity = self.rows_per_page[0]
        for position, entry in enumerate(self.entries):
            if position == capacity:
                pdf.add_page()
                capacity += self.rows_per_page[1]
            if position == 0 or pdf.y <= pdf.t_margin + 0.1:
                self.index_header()
            self.index_row(entry)

    def index_header(self) -> None:
        pdf = self.pdf
        pdf.use_font(8, True, color=MUTED)
        for label, width, align in ((Report.tr("No."), 10, "L"), (Report.tr("Date"), 27, "L"),
                                    (Report.tr("Incident"), pdf.epw - 63, "L"), (Report.tr("Files"), 13, "R"),
                                    (Report.tr("Page"), 13, "R")):
            pdf.cell(width, _INDEX_HEAD_H, pdf.fit(self.say(label), width), align=align)
        pdf.ln(_INDEX_HEAD_H)
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)

    def index_row(self, entry: dict) -> None:
        pdf, top, x = self.pdf, self.pdf.y, self.pdf.l_margin
        middle = pdf.epw - 63
        pdf.use_font(9, color=MUTED)
        pdf.set_xy(x, top + 1.2)
        pdf.cell(10, 4.6, str(entry["number"]))
        pdf.use_font(8.5, color=INK)
        pdf.cell(27, 4.6, pdf.fit(entry["date"], 26))
        pdf.use_font(9.5, True, color=INK)
        pdf.cell(middle, 4.6, pdf.fit(entry["title"], middle - 2))
        pdf.use_font(9, color=INK)
        pdf.cell(13, 4.6, str(entry["files"]), align="R")
        pdf.cell(13, 4.6, str(entry["page"]), align="R")
        pdf.set_xy(x + 10, top + 5.9)
        pdf.use_font(8, color=MUTED)
        pdf.cell(27, 4, pdf.fit(entry["date2"], 26))
        pdf.cell(middle, 4, pdf.fit(entry["kind"], middle - 2))
        pdf.link(x, top, pdf.epw, _ROW_H, entry["link"])
        pdf.set_draw_color(*RULE)
        pdf.line(x, top + _ROW_H, pdf.w - pdf.r_margin, top + _ROW_H)
        pdf.set_xy(x, top + _ROW_H)

    def timeline(self, timeline: Timeline) -> None:
        self.pdf.start_section(self.say(Report.tr("Incidents over time")))
        draw_timeline(self.pdf, timeline, self.language)
        self.fresh_page = False  # the chart took the page after the index

