"""The report's incident pages: one section per incident, its fields and long texts, then its
evidence files with previews, hashes and paths; each also gives the index its line.

Incident content is hostile input (report_layout.py cleans it); long text is printed within a
budget so that one enormous paste cannot hold an export up for minutes.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.reporting.report_layout import (ACCENT, ALERT_FILL, ALERT_INK, INK, MONO, MUTED, PANEL, RULE, WARN_FILL,
                                              WARN_INK, Cleaned, ReportPDF, clean, prepare_thumbnail)
from app.core.reporting.report_values import (ReportLanguage, account_text, as_list, detail_text, file_size, note_for,
                                              platform_text, target_text, type_info, when)
from app.core.wording import Report, Text

# Laying out text costs about 0.1 ms a character, so the report prints at most LONG_TEXT_LIMIT
# characters of one text field and, once REPORT_TEXT_BUDGET characters of long text are printed,
# only SHORT_TEXT_LIMIT more per field; a note says what is not printed. 200 KB pasted into an
# incident must not hold the export up for minutes; the full text is in data/incidents.json.
LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, REPORT_TEXT_BUDGET = 20_000, 2_000, 300_000
_TITLE_LIMIT, _FIELD_LIMIT, _URL_LIMIT, _LIST_LIMIT = 400, 2_000, 6_000, 100

_THUMB_COL, _THUMB_W, _THUMB_H = 40.0, 34.0, 48.0


class IncidentPages:
    """Writes incident sections into `pdf` and keeps, for the index, where each one starts."""

    def __init__(self, pdf: ReportPDF, incidents: list[dict], thumbnail: Callable[[str], bytes | None],
                 language: ReportLanguage) -> None:
        self.pdf, self.incidents, self.thumbnail, self.language = pdf, incidents, thumbnail, language
        self.entries: list[dict] = []  # one index line per incident written
        self.fresh_page = False  # True when the page just begun is empty: the next incident starts on it
        self.budget = REPORT_TEXT_BUDGET

    # text helpers

    def say(self, text: Text) -> str:
        return self.language.say(text)

    def note(self, cleaned: Cleaned) -> str:
        return note_for(cleaned, self.language)

    def cleaned(self, value: object, limit: int = _FIELD_LIMIT, multiline: bool = False) -> Cleaned:
        return clean(value, limit, self.pdf.drawable, multiline)

    def text(self, value: object, limit: int = _FIELD_LIMIT) -> str:
        return self.cleaned(value, limit).text

    def long_cleaned(self, value: object, limit: int = LONG_TEXT_LIMIT, multiline: bool = True) -> Cleaned:
        cleaned = self.cleaned(value, max(SHORT_TEXT_LIMIT, min(limit, self.budget)), multiline)
        self.budget -= len(cleaned.text)
        return cleaned

    # incidents

    def incident(self, number: int, incident: dict) -> None:
        pdf = self.pdf
        title = self.cleaned(incident.get("title"), _TITLE_LIMIT)
        label, field_labels, always_sensitive = type_info(incident, self.language)
        kind = self.text(label, 200)
        sensitive = incident.get("sensitive") is True or always_sensitive
        evidence = [item if isinstance(item, dict) else {} for item in as_list(incident.get("evidence"))]
        pdf.running_title = ""
        if not self.fresh_page:
            pdf.add_page()
        self.fresh_page = False
        shown_title = title.text + (" …" if title.omitted else "") or self.say(Report.tr("(untitled)"))
        pdf.running_title = self.say(Report.tr("Incident {number} (continued) · {title}").format(
            number=number, title=shown_title))
        pdf.running_start_page = pdf.page
        link = pdf.add_link(page=pdf.page)
        pdf.start_section(f"{number}. {shown_title[:120]}")
        occurred = when(incident.get("occurred_at")) or self.text(incident.get("occurred_at"), 200)
        recorded = when(incident.get("recorded_at"), seconds=True) or self.text(incident.get("recorded_at"), 200)
        dates = (occurred or recorded).split(" – ")
        self.entries.append({
            "number": number, "title": shown_title, "kind": kind, "files": len(evidence), "page": pdf.page,
            "link": link, "date": dates[0].split(" ")[0] + ("" if occurred else " *"),
            "date2": self.say(Report.tr("to {date}").format(date=dates[1].split(" ")[0])) if len(dates) > 1 else "",
        })
        meta = self.say(Report.tr("INCIDENT {number} OF {total}").format(number=number, total=len(self.incidents)))
        meta += f"   ·   ID {self.text(incident.get('id'), 64)}"
        if isinstance(incident.get("revision"), int):
            meta += "   ·   " + self.say(Report.tr("REVISION {revision}").format(revision=incident["revision"]))
        pdf.para(meta, 8, MUTED, bold=True, gap=1.5)
        pdf.para(shown_title, 16, INK, bold=True, height=7.6, gap=1)
        pdf.para(kind, 10.5, ACCENT, height=5.4, gap=3)
        if sensitive:
            pdf.para(self.say(Report.tr("Sensitive: previews of this incident's images are blurred in this report. "
                                        "The original files in data/evidence are not blurred.")),
                     8.8, WARN_INK, fill=WARN_FILL, pad=2.5, height=5, gap=3)
        if title.altered:
            pdf.para(self.note(title), 8, MUTED, gap=2)
        say = self.say
        pdf.row(say(Report.tr("Occurred")), occurred or say(Report.tr("not stated")), say(Report.tr("as stated by the user")))
        pdf.row(say(Report.tr("Recorded")), recorded,
                say(Report.tr("recorded by the app when first saved (computer clock)")))
        pdf.row(say(Report.tr("Platform")), self.text(platform_text(incident.get("platform"), self.language)))
        self.list_row(say(Report.tr("Accounts")),
                      [account_text(item, self.language) for item in as_list(incident.get("accounts"))])
        pdf.row(say(Report.tr("Target")), self.text(target_text(incident.get("target"), self.language)))
        severity = incident.get("severity")
        if isinstance(severity, int) and not isinstance(severity, bool):
            pdf.row(say(Report.tr("Severity")), say(Report.tr("{severity} of 5").format(severity=severity)))
        tags = (self.text(tag, 200) for tag in as_list(incident.get("tags"))[:_LIST_LIMIT])
        pdf.row(say(Report.tr("Tags")), ", ".join(tag for tag in tags if tag))
        self.list_row(say(Report.tr("URLs")), as_list(incident.get("urls")), _URL_LIMIT,
                      say(Report.tr("shown as text, not as links: open with care")))
        details = incident.get("details") if isinstance(incident.get("details"), dict) else {}
        if details:
            pdf.heading(say(Report.tr("Details")))
            for key, value in list(details.items())[:_LIST_LIMIT]:
                cleaned = self.long_cleaned(detail_text(value, self.language))
                pdf.row(self.text(field_labels.get(key, key), 200), cleaned.text, self.note(cleaned))
        self.long_text(say(Report.tr("Original text")), incident.get("text"), say(Report.tr("exactly as received")))
        self.long_text(say(Report.tr("Translation")), incident.get("translation"),
                       say(Report.tr("by the user, not a certified translation")))
        by_choice = say(Report.tr("included by the user's choice"))
        if "notes" in incident:
            self.long_text(say(Report.tr("Private notes")), incident.get("notes"), by_choice)
        if "location" in incident:
            self.long_text(say(Report.tr("Location")), incident.get("location"), by_choice)
        self.evidence_section(evidence, sensitive)
        pdf.running_title = ""

    def list_row(self, label: str, values: list, limit: int = _FIELD_LIMIT, note: str = "") -> None:
        pdf = self.pdf
        lines = [self.long_cleaned(value, limit, False).text for value in values[:_LIST_LIMIT] if value is not None]
        if len(values) > _LIST_LIMIT:
            lines.append(self.say(Report.tr("… and {count} more (see data/incidents.json)").format(
                count=len(values) - _LIST_LIMIT)))
        pdf.row(label, "\n".join(line for line in lines if line), note)

    def long_text(self, title: str, value: object, note: str) -> None:
        pdf = self.pdf
        cleaned = self.long_cleaned(value)
        if not cleaned.text.strip() and not cleaned.altered:
            return
        pdf.heading(title)
        pdf.para(note, 8, MUTED, height=4.2, gap=1.5)
        pdf.set_fill_color(*PANEL)
        pdf.cell(0, 2.2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.para(cleaned.text, 10, height=5.6, fill=PANEL, pad=3)
        pdf.cell(0, 2.2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
        if cleaned.altered:
            pdf.ln(1)
            pdf.para(self.note(cleaned), 8, MUTED, height=4.2)

    def evidence_section(self, evidence: list[dict], sensitive: bool) -> None:
        pdf = self.pdf
        rows = [self.evidence_row(position, item, sensitive) for position, item in enumerate(evidence, start=1)]
        pdf.heading(self.say(Report.tr("Evidence files ({count})").format(count=len(evidence))),
                    keep_with=rows[0]["height"] if rows else 8)
        if not rows:
            pdf.para(self.say(Report.tr("No files are attached to this incident.")), 9, MUTED)
        for row in rows:
            self.draw_evidence_row(row, sensitive)

    def evidence_row(self, position: int, item: dict, sensitive: bool) -> dict:
        pdf, data = self.pdf, None
        if isinstance(item.get("sha256"), str):
            try:
                data = self.thumbnail(item["sha256"])
            except Exception:
                data = None  # a preview the vault cannot give is skipped, never fatal
        preview = prepare_thumbnail(data, blur=sensitive)
        shown = (0.0, 0.0)
        if preview:
            scale = min(_THUMB_W / preview[1], _THUMB_H / preview[2])
            shown = (preview[1] * scale, preview[2] * scale)
        left = shown[1] + (6 if sensitive else 2) if preview else 14
        blocks = self.evidence_blocks(position, item)
        width = pdf.epw - _THUMB_COL
        right = sum(pdf.block(block, pdf.l_margin + _THUMB_COL, width, draw=False) for block in blocks)
        return {"preview": preview, "shown": shown, "left": left, "blocks": blocks, "height": max(left, right) + 4}

    def draw_evidence_row(self, row: dict, sensitive: bool) -> None:
        pdf, x = self.pdf, self.pdf.l_margin + _THUMB_COL
        if row["height"] < pdf.page_break_trigger - pdf.t_margin:
            pdf.ensure_space(row["height"])
        top, page, (width, height) = pdf.y + 1.5, pdf.page, row["shown"]
        if row["preview"]:
            pdf.image(row["preview"][0], pdf.l_margin, top, w=width, h=height)
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.2)
            pdf.rect(pdf.l_margin, top, width, height)
            if sensitive:
                pdf.set_xy(pdf.l_margin, top + height + 0.8)
                pdf.use_font(7.5, True, color=WARN_INK)
                pdf.cell(_THUMB_W, 4, self.say(Report.tr("blurred: sensitive")))
        else:
            pdf.set_fill_color(*PANEL)
            pdf.set_xy(pdf.l_margin, top)
            pdf.use_font(7.5, color=MUTED)
            pdf.cell(_THUMB_W, 12, self.say(Report.tr("no preview")), align="C", fill=True)
        pdf.set_xy(x, top)
        for block in row["blocks"]:
            pdf.block(block, x, pdf.epw - _THUMB_COL, draw=True)
        bottom = max(pdf.y, top + row["left"]) if pdf.page == page else pdf.y
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, bottom + 1.5, pdf.w - pdf.r_margin, bottom + 1.5)
        pdf.set_y(bottom + 3)

    def evidence_blocks(self, position: int, item: dict) -> list[dict]:
        image = item.get("image") if isinstance(item.get("image"), dict) else {}
        missing = self.say(Report.tr("(missing)"))
        name = self.text(item.get("display_name") or item.get("filename") or self.say(Report.tr("(no name)")), 300)
        facts = [self.text(item.get("media_type"), 100), file_size(item.get("size"), self.language)]
        if isinstance(image.get("width"), int) and isinstance(image.get("height"), int):
            facts.append(f"{image['width']} × {image['height']} px")
        label = dict(size=7.2, bold=True, color=MUTED, height=3.8)
        blocks = [dict(text=f"{position}.  {name}", size=10, bold=True, height=5.2),
                  dict(text=" · ".join(fact for fact in facts if fact), size=8.5, color=MUTED, height=4.6, gap=1.2),
                  dict(text="SHA-256", **label),
                  dict(text=self.text(item.get("sha256"), 200) or missing, size=8.3, family=MONO, height=4.4, gap=1),
                  dict(text=self.say(Report.tr("FILE IN THIS BUNDLE")), **label),
                  dict(text=self.text(item.get("path"), 1000) or missing, size=8, family=MONO, height=4.2, gap=1)]
        notes = []
        original = self.text(item.get("filename"), 300)
        if original and original != name:
            notes.append(self.say(Report.tr("Original file name: {name}").format(name=original)))
        attached = when(item.get("attached_at"), seconds=True)
        if attached:
            source = self.text(item.get("source"), 40)
            sentence = (Report.tr("Attached {moment}, recorded by the app (source: {source})") if source
                        else Report.tr("Attached {moment}, recorded by the app"))
            notes.append(self.say(sentence.format(moment=attached, source=source)))
        taken, camera = self.text(image.get("taken_at"), 60), self.text(image.get("camera"), 100)
        if taken or camera:
            parts = [self.say(Report.tr("taken {moment}").format(moment=when(taken) or taken)) if taken else "",
                     self.say(Report.tr("camera {camera}").format(camera=camera)) if camera else ""]
            notes.append(self.say(Report.tr("In the file's metadata: {facts}").format(
                facts=" · ".join(part for part in parts if part))))
        if notes:
            blocks.append(dict(text="\n".join(notes), size=8, color=MUTED, height=4.2, gap=1))
        if item.get("gps_in_metadata") is True:
            blocks.append(dict(text=self.say(Report.tr(
                "GPS LOCATION IN THIS FILE — the original file's metadata contains GPS coordinates (not shown "
                "here). Anyone who receives the file can read them.")),
                               size=8.2, bold=True, color=ALERT_INK, fill=ALERT_FILL, pad=2, height=4.6, gap=1))
        return blocks
