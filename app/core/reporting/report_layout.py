"""The building blocks of the bundle's PDF report: fonts, hostile-text cleaning, page furniture.

app/core/reporting/report.py decides what the report says (app/core/reporting/report_values.py how each value reads,
in the reader's language); this module makes sure that anything an incident contains can be
drawn, in memory only.

Text cleaning (`clean`), applied to every string that reaches the page:

- kept as they are: every character one of the bundled fonts can draw (Latin with Azerbaijani
  and Turkish letters, Cyrillic, Arabic with Persian letters, Greek, common symbols), and the
  invisible characters text needs to be right: ZWNJ (Persian half-space), ZWJ, LRM, RLM, soft
  hyphen. ARABIC LETTER MARK becomes the RLM it behaves like.
- shown as a visible mark "[U+XXXX name]" (runs of one character as "[U+XXXX name ×N]"):
  control characters (NUL, escape, form feed...), explicit bidi embeddings, overrides and
  isolates (U+202A-202E, U+2066-2069: they could reorder what the reader sees), lone surrogates,
  private-use, unassigned and noncharacter code points, and anything no bundled font has a
  glyph for: emoji above all, also scripts we do not bundle (Hebrew, CJK...). Nothing Latin,
  Cyrillic or Arabic is ever dropped.
- not shown, but counted in the note under the field: invisible format characters no font
  draws (zero-width space, word joiner, BOM, variation selectors, tag characters, emoji skin
  tone modifiers), and combining marks beyond 4 stacked on one letter ("Zalgo" text).
- layout: CR, CRLF, NEL and U+2028/2029 become line breaks (a space in one-line fields), a tab
  four spaces, a space character the fonts lack (ideographic space...) a plain space; more than
  3 line breaks in a row, 32 spaces or 8 tabs in a row are shortened to a mark saying how many
  there were; more than 4 of one invisible character in a row (ZWNJ...) are cut to 4. Each field has a length limit; beyond it the report says how many
  characters are not printed. The exact text is always in data/incidents.json.
"""

from __future__ import annotations

import io
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.enums import TextDirection
from PIL import Image, ImageFilter

from app.resources import resource_dir

# Colours (RGB): calm, printable in greyscale.
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 58, 95)
RULE = (206, 212, 218)
PANEL = (244, 246, 248)
WARN_INK, WARN_FILL = (122, 74, 0), (255, 244, 222)
ALERT_INK, ALERT_FILL = (160, 20, 30), (253, 232, 233)

SANS, ARABIC, MONO = "sans", "arabic", "mono"
LABEL_WIDTH = 42.0
RTL_SCALE = 1.15
_FONT_FILES = {
    (SANS, ""): "NotoSans-Regular.ttf",
    (SANS, "B"): "NotoSans-Bold.ttf",
    (ARABIC, ""): "NotoNaskhArabic-Regular.ttf",
    (ARABIC, "B"): "NotoNaskhArabic-Bold.ttf",
    (MONO, ""): "DejaVuSansMono.ttf",
}
# Private-use code points: user text can never contain them (clean() marks them), so the
# page-count alias cannot be triggered by an incident that happens to contain "{nb}".
PAGE_COUNT_ALIAS = "\ue000\ue001"

_KEEP_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\u00ad")
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")
_CONTROL_NAMES = {0: "null", 7: "bell", 8: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                  0x1B: "escape", 0x7F: "delete"}
_MAX_STACKED_MARKS = 4


def font_dir() -> Path:
    """The folder of the bundled TTF files: resources/fonts at the repo root, or in a frozen app.

    The one place that knows which folder holds the fonts; where resources/ itself is (the source
    tree or a PyInstaller build's sys._MEIPASS) is app.resources.resource_dir()'s to say.
    """
    return resource_dir() / "fonts"


@dataclass(frozen=True)
class Cleaned:
    text: str
    marked: int = 0     # characters shown as [U+XXXX] marks
    hidden: int = 0     # invisible or excess characters not shown
    omitted: int = 0    # characters beyond the field's limit, not printed

    @property
    def altered(self) -> bool:
        return bool(self.marked or self.hidden or self.omitted)


def _mark(char: str, count: int) -> str:
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "").lower()
    if not name:
        category = unicodedata.category(char)
        name = {"Cc": "control character", "Cs": "invalid", "Co": "private use"}.get(category, "")
    label = f"U+{code:04X} {name}".strip()
    return f"[{label} ×{count}]" if count > 1 else f"[{label}]"


def _invisible(char: str, category: str) -> bool:
    code = ord(char)
    return (category == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF or code in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0)
            or 0x180B <= code <= 0x180F)


def clean(value: object, limit: int, drawable: frozenset[int], multiline: bool = False) -> Cleaned:
    """`value` as text every character of which the report's fonts can draw (see module doc)."""
    if value is None:
        return Cleaned("")
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n")
    out: list[str] = []
    length = marked = hidden = stacked = 0
    i, n = 0, len(text)
    while i < n and length < limit:
        char = text[i]
        j = i + 1
        while j < n and text[j] == char:
            j += 1
        count = j - i
        code, category = ord(char), unicodedata.category(char)
        stacked = stacked + count if category in ("Mn", "Me") else 0
        if char in _LINE_BREAKS:
            if not multiline:
                piece = " "
            else:
                piece = "\n" * count if count <= 3 else f"\n\n[{count - 1} empty lines]\n\n"
        elif char == "\t" or (category == "Zs" and (char == " " or code not in drawable)):
            width = 4 if char == "\t" else 1
            if count * width <= 32:
                piece = " " * (count * width)
            else:
                piece = f" [{count} {'tabs' if char == chr(9) else 'spaces'}] "
        elif char in _KEEP_INVISIBLE or char == "\u061c":
            piece, hidden = ("\u200f" if char == "\u061c" else char) * min(count, 4), hidden + max(0, count - 4)
        elif category in ("Cc", "Cs", "Co", "Cn") or code in _BIDI_CONTROLS:
            piece, marked = _mark(char, count), marked + count
        elif code not in drawable and _invisible(char, category):
            piece, hidden = "", hidden + count
        elif category in ("Mn", "Me") and stacked > _MAX_STACKED_MARKS:
            keep = max(0, count - (stacked - _MAX_STACKED_MARKS))
            piece, hidden = char * keep, hidden + count - keep
        elif code not in drawable:
            piece, marked = _mark(char, count), marked + count
        else:
            piece = char * count
        if length + len(piece) > limit and len(piece) == count and piece == char * count:
            # A long run of one ordinary character: print what fits, count the rest as omitted.
            piece = char * (limit - length)
            j = i + len(piece)
        out.append(piece)
        length += len(piece)
        i = j
    return Cleaned("".join(out), marked, hidden, n - i)


def paragraph_is_rtl(text: str) -> bool:
    return auto_detect_base_direction(text) == TextDirection.RTL


class _BidiParagraph(BidiParagraph):
    """fpdf2 2.8 leaves a retained BN character (ZWNJ in "می‌کنیم") at the paragraph's level, which
    splits an RTL run inside an LTR paragraph in two and shows the halves in the wrong order.
    UBA (X9, retained BNs) gives such a character the level of the text before it: merge it back."""

    def split_bidi_fragments(self):  # type: ignore[no-untyped-def]
        merged: list[list] = []
        for text, direction in super().split_bidi_fragments():
            only_bn = all(unicodedata.bidirectional(c) == "BN" for c in text)
            if merged and (only_bn or merged[-1][1] == direction):
                merged[-1][0] += text
            elif merged and all(unicodedata.bidirectional(c) == "BN" for c in merged[-1][0]):
                merged[-1] = [merged[-1][0] + text, direction]
            else:
                merged.append([text, direction])
        return tuple((text, direction) for text, direction in merged)


class ReportPDF(FPDF):
    """FPDF with the bundled fonts, shaping, a running header on continued incidents, a footer."""

    def __init__(self, footer_left: str, page_of: str = "Page {page} of {pages}") -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        folder = font_dir()
        for (family, style), filename in _FONT_FILES.items():
            self.add_font(family, style, str(folder / filename))
        self.set_fallback_fonts([ARABIC, MONO], exact_match=False)
        self.set_text_shaping(True)
        self.alias_nb_pages(PAGE_COUNT_ALIAS)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)
        self.c_margin = 0
        self.footer_left = footer_left
        self.page_of = page_of  # the footer's page number, in the report's language
        self.running_title = ""       # set while an incident is drawn
        self.running_start_page = 0
        self.drawable = frozenset().union(*(font.cmap for font in self.fonts.values()))

    def close_fonts(self) -> None:
        """fpdf2 keeps each font file open (fontTools reads it lazily); done with them, close them."""
        for font in self.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()

    # fpdf2 internals, reproduced so that our _BidiParagraph is used (see its docstring).
    def _preload_bidirectional_text(self, text, markdown):  # type: ignore[no-untyped-def]
        if not self.text_shaping:
            return self._preload_font_styles(text, markdown)
        direction = self.text_shaping["direction"] or auto_detect_base_direction(text)
        self.text_shaping["paragraph_direction"] = direction
        paragraph = _BidiParagraph(text=text, base_direction=direction, preserve_bn_chars=True,
                                   alias=self.str_alias_nb_pages)
        emphasis = ("B" in self.font_style, "I" in self.font_style, self.strikethrough, self.underline)
        fragments = []
        for bidi_text, bidi_direction in paragraph.get_bidi_fragments():
            self.text_shaping["fragment_direction"] = bidi_direction
            fragments.extend(self._preload_font_styles(bidi_text, markdown, _initial_emphasis=emphasis))
            emphasis = getattr(self, "_markdown_emphasis", emphasis)
        return tuple(fragments)

    def header(self) -> None:
        if not self.running_title or self.page_no() <= self.running_start_page:
            return
        # A page break can come inside a padded block: draw with no padding, then give it back.
        saved, self.c_margin = self.c_margin, 0
        self.set_y(9)
        self.use_font(7.5, color=MUTED)
        self.cell(0, 4, self.fit(self.running_title, self.epw), new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.t_margin)
        self.c_margin = saved

    def footer(self) -> None:
        saved, self.c_margin = self.c_margin, 0
        self.set_y(-13)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_y(-11.5)
        self.use_font(7.5, color=MUTED)
        width = self.epw / 2
        self.cell(width, 4, self.footer_left, align="L")
        self.cell(width, 4, self.page_of.format(page=self.page_no(), pages=PAGE_COUNT_ALIAS), align="R")
        self.c_margin = saved

    # -- small drawing helpers ------------------------------------------------------------------

    def use_font(self, size: float, bold: bool = False, family: str = SANS,
                 color: tuple[int, int, int] = INK) -> None:
        self.set_font(family, "B" if bold and family != MONO else "", size)
        self.set_text_color(*color)

    def ensure_space(self, height: float) -> None:
        """A page break now if `height` mm would not fit: keeps a heading with its first lines."""
        if self.y + height > self.page_break_trigger:
            self.add_page()

    def text_block(self, text: str, height: float, x: float | None = None, width: float = 0,
                   fill: tuple[int, int, int] | None = None, pad: float = 0) -> None:
        """Paragraphs of `text`, each aligned by its own direction (Persian right, Russian left)."""
        x = self.l_margin if x is None else x
        width = width or (self.w - self.r_margin - x)
        if fill:
            self.set_fill_color(*fill)
        previous_margin, self.c_margin = self.c_margin, pad
        for paragraph in text.split("\n"):
            self.set_x(x)
            self._paragraph(paragraph, width, height, fill=bool(fill))
        self.c_margin = previous_margin

    def measure(self, text: str, height: float, width: float) -> float:
        """The height text_block would take, without drawing anything."""
        if not text:
            return 0.0
        return sum(self._paragraph(part, width, height, dry_run=True) for part in text.split("\n"))

    def _paragraph(self, text: str, width: float, height: float, fill: bool = False, dry_run: bool = False) -> float:
        # Naskh letters look smaller than Latin ones at the same size: right-to-left paragraphs
        # are set RTL_SCALE larger, so Persian and Arabic read as easily as the rest.
        rtl, size = paragraph_is_rtl(text), self.font_size_pt
        if rtl:
            self.set_font_size(size * RTL_SCALE)
        try:
            return self.multi_cell(width, height * (RTL_SCALE if rtl else 1), text, align="R" if rtl else "L",
                                   fill=fill, new_x="LEFT", new_y="NEXT", dry_run=dry_run, output="HEIGHT")
        finally:
            if rtl:
                self.set_font_size(size)

    def para(self, text: str, size: float = 9.5, color: tuple[int, int, int] = INK, bold: bool = False,
             family: str = SANS, height: float | None = None, gap: float = 0.0, **kwargs: Any) -> None:
        self.use_font(size, bold, family, color)
        self.text_block(text, height or size * 0.5, **kwargs)
        self.ln(gap)

    def heading(self, text: str, keep_with: float = 16.0) -> None:
        """A section heading, moved to the next page unless `keep_with` mm fit below it."""
        self.ensure_space(12 + keep_with)
        self.ln(3)
        self.para(text, 12, ACCENT, bold=True)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y + 0.8, self.w - self.r_margin, self.y + 0.8)
        self.ln(2.6)

    def row(self, label: str, value: str, note: str = "", family: str = SANS, size: float = 9.5) -> None:
        """A label on the left, its value (and a small note) on the right; nothing if no value."""
        if not value:
            return
        self.ensure_space(6)
        top, x = self.y, self.l_margin + LABEL_WIDTH
        self.use_font(8.5, color=MUTED)
        self.set_xy(self.l_margin, top + 0.35)
        self.multi_cell(LABEL_WIDTH - 3, 4.4, label, align="L", new_x="LMARGIN", new_y="NEXT")
        label_bottom, start_page = self.y, self.page
        self.set_xy(x, top)
        self.para(value, size, family=family, height=5.0, x=x)
        if note:
            self.para(note, 8, MUTED, height=4.2, x=x)
        if self.page == start_page:
            self.set_y(max(self.y, label_bottom))
        self.ln(1.4)

    def block(self, block: dict[str, Any], x: float, width: float, draw: bool) -> float:
        """Draw one styled block of a column at x, or (draw=False) only return its height."""
        self.use_font(block["size"], block.get("bold", False), block.get("family", SANS), block.get("color", INK))
        fill, pad, gap = block.get("fill"), block.get("pad", 0), block.get("gap", 0)
        if not draw:
            previous, self.c_margin = self.c_margin, pad
            height = self.measure(block["text"], block["height"], width)
            self.c_margin = previous
            return height + gap + (1.6 if fill else 0)
        self.set_x(x)
        if fill:
            self.set_fill_color(*fill)
            self.cell(width, 0.8, "", fill=True, new_x="LEFT", new_y="NEXT")
        self.text_block(block["text"], block["height"], x=x, width=width, fill=fill, pad=pad)
        if fill:
            self.cell(width, 0.8, "", fill=True, new_x="LEFT", new_y="NEXT")
        self.ln(gap)
        self.set_x(x)
        return 0.0

    def fit(self, text: str, width: float) -> str:
        """`text` cut with an ellipsis to fit one line of `width` mm in the current font."""
        text = text.replace("\n", " ")
        if self.get_string_width(text) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.get_string_width(text[:middle].rstrip() + "…") <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"


# -- images ---------------------------------------------------------------------------------------

_THUMB_MAX_BYTES = 4 * 1024 * 1024
_THUMB_MAX_PIXELS = 4_000_000
_BLURRED_SIDE = 96


def prepare_thumbnail(data: object, blur: bool) -> tuple[io.BytesIO, int, int] | None:
    """A clean JPEG of the preview (strongly blurred if asked), with its size, or None.

    Decoded and re-encoded with Pillow so that a damaged preview is skipped here rather than
    failing inside fpdf2; the blurred copy is also shrunk, so no detail survives in the PDF.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)) or not data or len(data) > _THUMB_MAX_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(data)), formats=("JPEG", "PNG", "WEBP")) as image:
                width, height = image.size
                if width <= 0 or height <= 0 or width * height > _THUMB_MAX_PIXELS:
                    return None
                rgb = image.convert("RGB")
        rgb.thumbnail((640, 640))
        if blur:
            rgb.thumbnail((320, 320))
            rgb = rgb.filter(ImageFilter.GaussianBlur(radius=max(8.0, max(rgb.size) / 12)))
            rgb.thumbnail((_BLURRED_SIDE, _BLURRED_SIDE))
            rgb = rgb.filter(ImageFilter.GaussianBlur(radius=2))
        clean_image = Image.frombytes("RGB", rgb.size, rgb.tobytes())
        out = io.BytesIO()
        clean_image.save(out, format="JPEG", quality=85)
        out.seek(0)
        return out, clean_image.width, clean_image.height
    except Exception:
        # Broad on purpose: a preview that Pillow cannot decode is skipped, never fatal.
        return None
