"""argparse's own words — "usage:", "options", "the following arguments are required: %s" — in
the reader's language, like the rest of the command line.

argparse looks every message up at run time through the module globals `_` and `ngettext` it
took from gettext. Pointing them at app.translate makes Qt's translators answer them (context
"Argparse"). The messages a user can meet are listed below for lupdate, as Python 3.11 spells
them; one a later Python spells differently, or a programmer's error such as "dest= is
required", is shown as argparse has it, in English.
"""

from __future__ import annotations

import argparse

from app.core.wording import Context
from app.translate import qt_translate

CONTEXT = "Argparse"  # lupdate files `Argparse.tr(...)` under the name of the variable
Argparse = Context(CONTEXT)

WORDS = (
    Argparse.tr("usage: "),
    Argparse.tr("positional arguments"),
    Argparse.tr("options"),
    Argparse.tr("show this help message and exit"),
    Argparse.tr("%(prog)s: error: %(message)s\n"),
    Argparse.tr("argument %(argument_name)s: %(message)s"),
    Argparse.tr("the following arguments are required: %s"),
    Argparse.tr("one of the arguments %s is required"),
    Argparse.tr("unrecognized arguments: %s"),
    Argparse.tr("ambiguous option: %(option)s could match %(matches)s"),
    Argparse.tr("invalid choice: %(value)r (choose from %(choices)s)"),
    Argparse.tr("invalid %(type)s value: %(value)r"),
    Argparse.tr("not allowed with argument %s"),
    Argparse.tr("ignored explicit argument %r"),
    Argparse.tr("unexpected option string: %s"),
    Argparse.tr("expected one argument"),
    Argparse.tr("expected at most one argument"),
    Argparse.tr("expected at least one argument"),
    # A plural message is looked up by its singular (argparse's other one is a programmer's error);
    # the forms keep argparse's "%s" for the number.
    Argparse.tr("expected %s argument", "", 0),
)


def _gettext(message: str) -> str:
    return qt_translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    found = qt_translate(CONTEXT, singular, "", count)
    if found == singular:  # no translation: argparse's own English
        return singular if count == 1 else plural
    return found


def speak_argparse() -> None:
    """From now on argparse speaks the language app.translate speaks (English without a translator)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
