"""Sentences the user reads: English templates in the core, translated where they are shown.

The core never imports Qt, yet its error messages, import reasons, check reports and the PDF
report must reach the user in their language. So the core writes each such sentence as a `Text`:

    raise InvalidInput(Errors.tr("Severity must be 1 to 5, not {value}.").format(value=value))
    Import.tr("%n message(s) left out", "", skipped)

The spelling `Context.tr("…")` is what Qt's lupdate reads in Python: it files the template under
that context in resources/translations/*.ts, exactly as it does for the desktop app's `self.tr`,
and a third argument makes it a plural entry ("%n" is the count). Fields are named, in
`str.format` style, so a translator can move them. The desktop app and the CLI render a Text
through Qt's translators (app/translate.py); `str(text)` is the English sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# (context, template, disambiguation, count) -> the template in the reader's language, "%n" filled.
Translate = Callable[[str, str, str, "int | None"], str]
# (value, decimal places) -> the number as the reader's language writes it.
NumberFormat = Callable[[float, int], str]

_ENGLISH_PLURAL = re.compile(r"\((s|es)\)|\((\w*)\|(\w*)\)")


def english(context: str, template: str, disambiguation: str = "", count: int | None = None) -> str:
    """The source text itself. Plural templates spell English's two forms as "file(s)", or as
    "entr(y|ies)" where the word changes; the English .ts gives Qt the same two forms, and a test
    keeps the two in step."""
    if count is None:
        return template

    def form(m: re.Match[str]) -> str:
        if m.group(1):
            return "" if count == 1 else m.group(1)
        return m.group(2) if count == 1 else m.group(3)
    return _ENGLISH_PLURAL.sub(form, template).replace("%n", str(count))


def grouped(value: float, places: int = 0) -> str:
    """As English writes numbers (1,234,567.5): the reader's language may write 1 234 567,5, where a
    comma is the decimal sign."""
    return f"{value:,.{places}f}"


@dataclass(frozen=True)
class Number:
    """A field value the reader counts or measures with — a size, a number of lines, a mean — written
    as their language writes numbers. A plain int (a year, a revision) is shown as it is."""

    value: float
    places: int = 0


@dataclass(frozen=True)
class Text:
    """One translatable sentence with its field values; render it, or str() it for English."""

    context: str
    template: str
    disambiguation: str = ""
    count: int | None = None
    fields: tuple[tuple[str, object], ...] = ()

    def format(self, **fields: object) -> Text:
        return Text(self.context, self.template, self.disambiguation, self.count,
                    self.fields + tuple(fields.items()))

    def render(self, translate: Translate = english, number: NumberFormat = grouped) -> str:
        values = {name: _rendered(value, translate, number) for name, value in self.fields}
        translated = translate(self.context, self.template, self.disambiguation, self.count)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or misspelt a field must not hide the message: say it in English.
            return english(self.context, self.template, self.disambiguation, self.count).format(**values)

    def __str__(self) -> str:
        return self.render()


def _rendered(value: object, translate: Translate, number: NumberFormat) -> object:
    if isinstance(value, Text):
        return value.render(translate, number)
    if isinstance(value, Number):
        return number(value.value, value.places)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Text) for v in value):
        return "; ".join(v.render(translate, number) for v in value)
    return value


def plain(message: str) -> Text:
    """Words that are not ours to translate (an operating-system error, a name): shown as they are."""
    return Text("", "{message}", fields=(("message", message),))


def joined(*parts: Text | str, separator: str = " ") -> Text:
    """Sentences shown one after the other, each translated on its own."""
    names = [f"part{i}" for i in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Text("", template, fields=tuple(zip(names, (p if isinstance(p, Text) else plain(p) for p in parts))))


class Context:
    """A group of sentences, named as lupdate files them (`Errors.tr(...)` lands in context "Errors")."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, template: str, disambiguation: str = "", n: int | None = None) -> Text:
        return Text(self.name, template, disambiguation, n)


Errors = Context("Errors")  # why something could not be done (the ThreatlogError family)
Import = Context("Import")  # what an import plans, skips and warns about
Check = Context("Check")  # the integrity check's and the custody check's findings
Verify = Context("Verify")  # a bundle's verification report
Report = Context("Report")  # the PDF report in a bundle
Cli = Context("Cli")  # the command line's own messages and help
