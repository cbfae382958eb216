"""The incident taxonomy of DOMAIN.md: types, their specific fields, platforms, targets.

Labels here are English source strings; the GUI passes them through Qt's translation system and
the CLI prints ids, so the core stays free of Qt. A sentence that names a label carries it as
`label_text`, translated where the sentence is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.wording import Errors, Text

# The context app/gui/labels.py translates these labels in (its SOURCE_STRINGS list them for lupdate).
LABEL_CONTEXT = "taxonomy"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | longtext | bool | date | url | int | choice
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class IncidentType:
    id: str
    label: str
    fields: tuple[Field, ...] = ()
    always_sensitive: bool = False

    @property
    def short_label(self) -> str:
        """For narrow places such as the incident list."""
        return _SHORT_LABELS.get(self.id, self.label)

    def field(self, key: str) -> Field:
        for field in self.fields:
            if field.key == key:
                return field
        if not self.fields:
            raise InvalidInput(Errors.tr("Incidents of type '{type}' have no fields of their own (not '{key}').")
                               .format(type=self.id, key=key))
        known = ", ".join(f.key for f in self.fields)
        raise InvalidInput(Errors.tr("Incidents of type '{type}' have no field '{key}' (fields: {known}).").format(
            type=self.id, key=key, known=known))


_EXPOSED = ("address", "phone", "family", "workplace", "photos", "documents", "other")
_FAMILY_EVENTS = ("summoned", "detained", "threatened", "charged", "forced to renounce", "other")
_INTERPOL = ("red notice", "diffusion", "blue notice", "other")

TYPES: tuple[IncidentType, ...] = (
    IncidentType(
        "threat",
        "Direct threat (violence, death, rape)",
        (
            Field("threat_wording", "Threat wording (original)", "longtext"),
            Field("channel", "Channel"),
            Field("explicitness", "Explicit or implicit", "choice", ("explicit", "implicit")),
            Field("mentions_family", "Mentions family", "bool"),
        ),
    ),
    IncidentType(
        "harassment",
        "Harassment / trolling",
        (
            Field("insult_kind", "Kind of insult", "choice", ("sexualised", "ethnic", "traitor", "religious", "other")),
            Field("message_count", "Number of messages", "int"),
        ),
    ),
    IncidentType(
        "doxxing",
        "Private data exposed",
        (Field("exposed", "What was exposed", "choice", _EXPOSED), Field("where", "Where")),
    ),
    IncidentType(
        "impersonation",
        "Fake profile / impersonation",
        (
            Field("fake_profile_url", "Fake profile URL", "url"),
            Field("takedown_requested", "Takedown requested", "bool"),
            Field("takedown_result", "Takedown result"),
        ),
    ),
    IncidentType(
        "account_compromise",
        "Hacked account / phishing",
        (
            Field("account", "Account"),
            Field("what_happened", "What happened", "longtext"),
            Field("recovery_status", "Recovery status", "choice", ("recovered", "in progress", "lost")),
            Field("phishing_link", "Phishing link", "url"),
        ),
    ),
    IncidentType(
        "intimate_image_abuse",
        "Intimate images published or threatened",
        (Field("where", "Where"), Field("demand", "Demand (if blackmail)", "longtext")),
        always_sensitive=True,
    ),
    IncidentType(
        "blackmail",
        "Blackmail / extortion",
        (Field("demand", "Demand", "longtext"), Field("deadline", "Deadline", "date")),
    ),
    IncidentType(
        "family_pressure",
        "Pressure on relatives",
        (
            Field("relation", "Relative (relation only)"),
            Field("place", "Place"),
            Field("what_happened", "What happened", "choice", _FAMILY_EVENTS),
        ),
    ),
    IncidentType(
        "state_summons",
        "Summons or questioning by authorities",
        (Field("agency", "Agency"), Field("place", "Place"), Field("questioned", "Who was questioned")),
    ),
    IncidentType(
        "smear_media",
        "Smear article or broadcast",
        (
            Field("outlet", "Outlet"),
            Field("author", "Author"),
            Field("headline", "Headline"),
            Field("publication_date", "Publication date", "date"),
            Field("article_url", "URL", "url"),
        ),
    ),
    IncidentType(
        "legal_harassment",
        "Charges, warrants, extradition, Interpol",
        (
            Field("case_number", "Case number"),
            Field("court_or_agency", "Court or agency"),
            Field("interpol_notice", "Interpol notice type", "choice", _INTERPOL),
            Field("country", "Country"),
        ),
    ),
    IncidentType(
        "surveillance",
        "Spyware or physical surveillance",
        (
            Field("spyware_name", "Spyware name"),
            Field("notification_source", "Notification source"),
            Field("forensic_report", "Forensic report (attach it as evidence)"),
        ),
    ),
    IncidentType(
        "content_takedown",
        "Mass reporting / false takedowns",
        (Field("takedown_platform", "Platform"), Field("content", "Content"), Field("claim", "Claim made")),
    ),
    IncidentType(
        "physical_attack",
        "Physical attack or attempt",
        (Field("place", "Place"), Field("injuries", "Injuries"), Field("police_report", "Police report number")),
    ),
    IncidentType("other", "Other"),
)

_TYPES_BY_ID = {t.id: t for t in TYPES}
_SHORT_LABELS = {
    "threat": "Threat", "harassment": "Harassment", "doxxing": "Doxxing", "impersonation": "Impersonation",
    "account_compromise": "Hacked account", "intimate_image_abuse": "Intimate images", "blackmail": "Blackmail",
    "family_pressure": "Family pressure", "state_summons": "Summons", "smear_media": "Smear media",
    "legal_harassment": "Legal harassment", "surveillance": "Surveillance", "content_takedown": "False takedowns",
    "physical_attack": "Physical attack",
}

PLATFORMS: tuple[tuple[str, str], ...] = (
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("x", "X (Twitter)"),
    ("telegram", "Telegram"),
    ("whatsapp", "WhatsApp"),
    ("youtube", "YouTube"),
    ("tiktok", "TikTok"),
    ("email", "E-mail"),
    ("sms", "SMS"),
    ("phone", "Phone call"),
    ("in_person", "In person"),
    ("tv", "TV"),
    ("press", "Press"),
    ("other", "Other"),
)
_PLATFORM_IDS = {pid for pid, _ in PLATFORMS}
# People type "Twitter", "e-mail", "WA"; accept the common spellings rather than reject them.
_PLATFORM_ALIASES = {"twitter": "x", "e-mail": "email", "mail": "email", "wa": "whatsapp", "ig": "instagram",
                     "fb": "facebook", "tg": "telegram", "call": "phone", "in person": "in_person"}

TARGETS: tuple[tuple[str, str], ...] = (
    ("me", "Me"),
    ("relative", "A relative"),
    ("colleague", "A colleague"),
    ("other", "Someone else"),
)


def label_text(label: str) -> Text:
    """One of the labels above as a sentence part, shown in the reader's language."""
    return Text(LABEL_CONTEXT, label)


def incident_type(type_id: str) -> IncidentType:
    try:
        return _TYPES_BY_ID[type_id]
    except KeyError:
        known = ", ".join(_TYPES_BY_ID)
        raise InvalidInput(Errors.tr("Unknown incident type '{type}'. Known types: {known}.").format(
            type=type_id, known=known)) from None


def platform_id(untrusted_name: str) -> str:
    name = untrusted_name.strip().lower()
    name = _PLATFORM_ALIASES.get(name, name)
    if name not in _PLATFORM_IDS:
        known = ", ".join(pid for pid, _ in PLATFORMS)
        raise InvalidInput(Errors.tr("Unknown platform '{platform}'. Known platforms: {known}.").format(
            platform=untrusted_name, known=known))
    return name


def is_platform(name: str) -> bool:
    return _PLATFORM_ALIASES.get(name.lower(), name.lower()) in _PLATFORM_IDS


def target_id(untrusted_name: str) -> str:
    name = untrusted_name.strip().lower()
    if name not in {tid for tid, _ in TARGETS}:
        raise InvalidInput(Errors.tr("Unknown target '{target}'. Use one of: {known}.").format(
            target=untrusted_name, known=", ".join(tid for tid, _ in TARGETS)))
    return name
