"""One colour per incident type, shared by the timeline in the app and the chart in the PDF report,
so that a lawyer reading the report and the journalist showing the app see the same colours.

Neighbouring types differ in hue and lightness, so stacked bars stay readable in greyscale prints
and for the common red-green colour-vision deficiencies (the palette is Tableau's 20, reordered).
"""

from __future__ import annotations

Rgb = tuple[int, int, int]

TYPE_COLOURS: dict[str, Rgb] = {
    "threat": (214, 39, 40),
    "harassment": (255, 127, 14),
    "doxxing": (148, 103, 189),
    "impersonation": (31, 119, 180),
    "account_compromise": (23, 190, 207),
    "intimate_image_abuse": (227, 119, 194),
    "blackmail": (140, 86, 75),
    "family_pressure": (188, 189, 34),
    "state_summons": (44, 160, 44),
    "smear_media": (255, 187, 120),
    "legal_harassment": (174, 199, 232),
    "surveillance": (127, 127, 127),
    "content_takedown": (197, 176, 213),
    "physical_attack": (152, 223, 138),
    "other": (199, 199, 199),
}
_UNKNOWN: Rgb = (90, 90, 90)


def type_colour(type_id: str) -> Rgb:
    """The type's colour; a type this version does not know (an older or newer vault) gets grey."""
    return TYPE_COLOURS.get(type_id, _UNKNOWN)
