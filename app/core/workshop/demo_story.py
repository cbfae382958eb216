"""What the demo vault contains: 18 months in the life of Leyla Həsənova, an invented Azerbaijani
investigative journalist living in exile in Berlin. Every person, handle, phone number, outlet and
case number here is made up; phone numbers use the 555 01xx block reserved for fiction.

The story follows the patterns of DOMAIN.md so that a trainer can show each feature on it:
three troll waves of near-identical messages from many accounts (campaign detection finds them),
threats that were deleted after reading, a fake profile with her phone number, a hacked Instagram,
a cousin summoned by police, a smear article, charges in absentia and an Interpol diffusion, and
threatening messages in Azerbaijani, Russian and English. demo.py turns this into a vault.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.workshop.demo_pictures import (ArticleShot, Bubble, ChatShot, Comment, CommentsShot, FeedShot, Picture,
                                             Post, ProfileShot)

JOURNALIST = "Leyla Həsənova"
_SEED = 2026  # the waves' accounts and timing come from this seed, so every build is the same


@dataclass(frozen=True)
class Entry:
    draft: IncidentDraft
    pictures: tuple[tuple[str, Picture], ...] = ()
    key: str = ""  # how the hand-made campaigns below refer to the entry


@dataclass(frozen=True)
class AccountNote:
    platform: str
    handle: str
    display_name: str
    notes: str


@dataclass(frozen=True)
class HandCampaign:
    name: str
    description: str
    keys: tuple[str, ...]


def _berlin(day: str, time: str = "") -> str:
    """A date, or a date-time at Berlin's offset that day (summer time from April to October)."""
    if not time:
        return day
    offset = "+02:00" if 4 <= int(day[5:7]) <= 10 else "+01:00"
    return f"{day}T{time}{offset}"


# --- the troll waves -----------------------------------------------------------------------------

_FIRST = ("Elçin", "Ramil", "Sevda", "Nurlan", "Aynur", "Tural", "Könül", "Rəşad", "Gülnar", "Vüqar", "Samir",
          "Ləman", "Orxan", "Fidan", "Kamran", "Nərgiz", "Anar", "Səbinə")
_WORDS = ("veten", "haqq", "millet", "qeyret", "bayraq", "torpaq", "patriot", "ses", "oglu", "qizi")

_ASCII = str.maketrans("əƏıİöÖüÜşŞçÇğĞ", "eEiIoOuUsScCgG")


@dataclass(frozen=True)
class _Wave:
    platform: str
    day: str
    start_hour: int
    title: str
    text: str
    translation: str
    insult_kind: str
    size: int
    page: str = ""  # where the comments were posted, and the post they answer
    post: str = ""


def _variants(text: str, rng: random.Random) -> str:
    """How copies of one ordered text differ: no diacritics, an extra hashtag, shouting, a word cut."""
    choice = rng.randrange(5)
    if choice == 1:
        return text.translate(_ASCII)
    if choice == 2:
        return f"{text} #{rng.choice(('xain', 'satqın', 'предатель', 'traitor'))}"
    if choice == 3:
        return text.rstrip("!.") + "!!!"
    if choice == 4:
        return " ".join(text.split()[1:])
    return text


def _handle(platform: str, rng: random.Random) -> str:
    name = rng.choice(_FIRST).translate(_ASCII).lower()
    word = rng.choice(_WORDS)
    if platform == "facebook":
        return f"{name}.{word}.{rng.randrange(10, 99)}"
    return f"@{word}_{name}_{rng.randrange(100, 9999)}"


def _wave_entries(wave: _Wave, rng: random.Random) -> list[Entry]:
    handles = list(dict.fromkeys(_handle(wave.platform, rng) for _ in range(wave.size * 2)))[:wave.size]
    entries = []
    minute = 0
    for handle in handles:
        minute += rng.randrange(3, 17)
        time = f"{wave.start_hour + minute // 60:02d}:{minute % 60:02d}"
        entries.append(Entry(IncidentDraft(
            "harassment", wave.title, occurred=_berlin(wave.day, time), platform=wave.platform,
            accounts=(AccountRef(wave.platform, handle),), text=_variants(wave.text, rng),
            translation=wave.translation, severity=2, details={"insult_kind": wave.insult_kind})))
    first = entries[0]
    return [Entry(first.draft, _wave_pictures(wave, entries))] + entries[1:]


def _wave_pictures(wave: _Wave, entries: list[Entry]) -> tuple[tuple[str, Picture], ...]:
    """The screenshot the journalist took of the wave: the thread or feed with its first copies."""
    shown = [(e.draft.accounts[0].handle, e.draft.text) for e in entries[:4]]
    if wave.platform == "x":
        return (("search-results.png", FeedShot("Лейла Гасанова", tuple(
            Post(handle.split("_")[1].title(), handle, text, f"{n + 1}h", (n * 3 % 7, 10 + n * 7, 25 + n * 11))
            for n, (handle, text) in enumerate(shown)))),)
    return (("comments.png", CommentsShot(wave.page, wave.post, "3h", tuple(
        Comment(handle.lstrip("@"), text, f"{40 - 9 * n}m") for n, (handle, text) in enumerate(shown)))),)


_WAVES = (
    _Wave("facebook", "2025-06-14", 19, "Troll comments under my article",
          f"{JOURNALIST} vətən xainidir, Avropada oturub ölkəmizi satır. Onun yeri həbsxanadır!",
          f"{JOURNALIST} is a traitor to the homeland, sitting in Europe selling out our country. "
          "Her place is in prison!", "traitor", 13, "Azad Söz Media",
          "Yeni araşdırma: deputatın qardaşının şirkəti 40 milyon manatlıq dövlət sifarişi alıb. "
          f"{JOURNALIST} yazır."),
    _Wave("x", "2025-12-03", 20, "Wave of posts calling me a traitor",
          "Лейла Гасанова — предатель, продалась Западу за гранты. Таким не место среди нас!",
          "Leyla Hasanova is a traitor who sold herself to the West for grants. Such people have no place "
          "among us!", "traitor", 11),
    _Wave("instagram", "2026-06-20", 21, "Comments after the press-freedom award",
          "Bu mükafat xəyanətin qiymətidir. Qrant jurnalisti Leyla Həsənova xalqımızı təmsil etmir!",
          "This award is the price of treason. Grant journalist Leyla Hasanova does not represent our "
          "people!", "traitor", 9, "leyla.hasanova",
          "Bu gün Berlində mətbuat azadlığı mükafatını aldım. Bu mükafat vətənimdə həbsdə olan "
          "həmkarlarıma aiddir."),
)


def troll_waves() -> list[Entry]:
    rng = random.Random(_SEED)
    return [entry for wave in _WAVES for entry in _wave_entries(wave, rng)]


# --- everything else, in the order it happened ---------------------------------------------------

def _tg(contact: str, day: str, clock: str, *bubbles: Bubble, app: str = "telegram",
        status: str = "last seen recently") -> tuple[tuple[str, Picture], ...]:
    return ((f"{app}-{clock.replace(':', '')}.png", ChatShot(app, contact, status, day, tuple(bubbles), clock)),)


_KOLGE = AccountRef("telegram", "@qara_kolge_77")
_KOLGE_NEW = AccountRef("telegram", "@qara_kolge_78")
_RU_NUMBER = AccountRef("whatsapp", "+994 50 555 01 87")
_FAKE_PROFILE = "https://instagram.com/leyla.hasanova.official"


def _events_2025() -> list[Entry]:
    return [
        Entry(IncidentDraft("surveillance", "Apple warns of a state-sponsored attack on my iPhone",
                            occurred=_berlin("2025-05-06", "08:12"), platform="email", severity=4,
                            text="Apple believes you are being targeted by state-sponsored attackers who are trying "
                                 "to remotely compromise the iPhone associated with your Apple ID.",
                            details={"notification_source": "Apple threat notification"},
                            tags=("spyware",))),
        Entry(IncidentDraft("threat", "“Security officer” on Telegram: “we will find you”",
                            occurred=_berlin("2025-05-20", "23:14"), platform="telegram", accounts=(_KOLGE,),
                            text="Salam, Leyla xanım. Mən DTX-dan yazıram.\nSəni tapacağıq. Harada gizlənsən də, "
                                 "Berlində də tapacağıq.",
                            translation="Hello, Ms Leyla. I am writing from the DTX [State Security Service].\n"
                                        "We will find you. Wherever you hide, we will find you in Berlin too.",
                            severity=5, tags=("deleted after reading",),
                            notes="He deleted every message a minute after I read it. Screenshot taken at once.",
                            details={"channel": "Telegram private chat", "explicitness": "explicit",
                                     "mentions_family": False}),
              _tg("Qara Kölgə", "20 May", "23:17",
                  Bubble("Salam, Leyla xanım. Mən DTX-dan yazıram.", "23:12"),
                  Bubble("Səni tapacağıq. Harada gizlənsən də, Berlində də tapacağıq.", "23:14"),
                  Bubble("Kimsiniz? Bu nömrəni haradan götürmüsünüz?", "23:15", True))),
        Entry(IncidentDraft("threat", "Same Telegram account mentions my mother in Gəncə",
                            occurred=_berlin("2025-06-02", "00:41"), platform="telegram", accounts=(_KOLGE,),
                            text="Anan Gəncədə yaşayır, unutma. Yazmağı dayandır.",
                            translation="Your mother lives in Ganja, don't forget. Stop writing.",
                            severity=5, tags=("deleted after reading",),
                            details={"explicitness": "implicit", "mentions_family": True}),
              _tg("Qara Kölgə", "2 June", "00:43",
                  Bubble("Anan Gəncədə yaşayır, unutma.", "00:41"),
                  Bubble("Yazmağı dayandır.", "00:41"))),
        Entry(IncidentDraft("impersonation", "Fake Instagram profile in my name shows my phone number",
                            occurred="2025-07-09", platform="instagram",
                            accounts=(AccountRef("instagram", "leyla.hasanova.official"),), severity=4,
                            urls=(_FAKE_PROFILE,),
                            details={"fake_profile_url": _FAKE_PROFILE, "takedown_requested": True,
                                     "takedown_result": "removed on 12 July; recreated on 13 July"}),
              (("fake-profile.png", ProfileShot("leyla.hasanova.official", JOURNALIST,
                                                ("Jurnalist | Journalist", "Əlaqə: WhatsApp +994 50 555 01 23",
                                                 "Yazın, cavab verirəm :)"), ("12", "1,204", "87"))),)),
        Entry(IncidentDraft("doxxing", "My private number posted on an escort site", occurred="2025-07-11",
                            platform="other", severity=4, sensitive=True,
                            notes="Dozens of calls and messages at night since. Number changed on 20 July.",
                            details={"exposed": "phone", "where": "an escort advertising site (screenshot kept "
                                                                   "offline by my lawyer)"})),
        Entry(IncidentDraft("impersonation", "Fake profile recreated the next day", occurred="2025-07-13",
                            platform="instagram", accounts=(AccountRef("instagram", "leyla.hasanova.real"),),
                            severity=3, details={"takedown_requested": True, "takedown_result": "pending"}),
              (("fake-profile-2.png", ProfileShot("leyla.hasanova.real", JOURNALIST,
                                                  ("Rəsmi səhifə", "WhatsApp: +994 50 555 01 23"),
                                                  ("3", "311", "40"))),)),
        Entry(IncidentDraft("account_compromise", "Instagram account taken over after a fake copyright SMS",
                            occurred=_berlin("2025-08-21", "14:02"), platform="instagram", severity=3,
                            text="Instagram: your account will be deleted in 24h for copyright violation. "
                                 "Appeal: https://lnstagram-help.example/appeal?id=77812",
                            details={"account": "@leyla.hasanova (my own)", "recovery_status": "recovered",
                                     "phishing_link": "https://lnstagram-help.example/appeal?id=77812",
                                     "what_happened": "I entered my password on the link; the e-mail and phone "
                                                      "of the account were changed within minutes."}),
              _tg("Instagram", "Today 14:02", "14:05", Bubble(
                  "Instagram: your account will be deleted in 24h for copyright violation. "
                  "Appeal: https://lnstagram-help.example/appeal?id=77812", "14:02"), app="sms",
                  status="Text Message")),
        Entry(IncidentDraft("threat", "Russian threat on WhatsApp from an unknown number",
                            occurred=_berlin("2025-09-10", "02:41"), platform="whatsapp", accounts=(_RU_NUMBER,),
                            text="Мы знаем, где ты живёшь. Скоро увидимся.\nПерестань писать, иначе будет хуже.",
                            translation="We know where you live. See you soon.\nStop writing, or it will be worse.",
                            severity=5, details={"explicitness": "implicit", "mentions_family": False}),
              _tg("+994 50 555 01 87", "10 September", "02:44",
                  Bubble("Мы знаем, где ты живёшь. Скоро увидимся.", "02:41"),
                  Bubble("Перестань писать, иначе будет хуже.", "02:41"), app="whatsapp", status="online")),
        Entry(IncidentDraft("harassment", "Sexualised insults in Instagram messages", occurred="2025-09-25",
                            platform="instagram", accounts=(AccountRef("instagram", "qeyretli.oglan.88"),),
                            severity=3, sensitive=True, text="[a dozen sexualised insults; originals in the "
                                                             "screenshots kept by my lawyer]",
                            details={"insult_kind": "sexualised", "message_count": 14})),
        Entry(IncidentDraft("family_pressure", "Cousin summoned to the police in Gəncə",
                            occurred="2025-10-02/2025-10-03", platform="phone", target="relative", severity=4,
                            text="Leyla, məni polisə çağırdılar. Dedilər ki, qayıtsın, yoxsa daha pis olacaq.",
                            translation="Leyla, they summoned me to the police. They said: let her come back, "
                                        "or it will be worse.",
                            notes="Cousin asked me not to write his name anywhere.",
                            details={"relation": "cousin", "place": "Gəncə", "what_happened": "summoned"}),
              key="cousin"),
        Entry(IncidentDraft("smear_media", "Article by an MP calls me an “informational terrorist”",
                            occurred="2025-11-14", platform="press", severity=3,
                            urls=("https://xeberekspres.example/siyaset/12877",),
                            details={"outlet": "Xəbər Ekspres", "author": "Rauf Məmmədli (MP)",
                                     "headline": "“Avropada oturan informasiya terrorçusu”: Leyla Həsənova kimə "
                                                 "xidmət edir?", "publication_date": "2025-11-14",
                                     "article_url": "https://xeberekspres.example/siyaset/12877"}),
              (("article.png", ArticleShot(
                  "Xəbər Ekspres", (160, 20, 30), "xeberekspres.example/siyaset/12877", "SİYASƏT",
                  "“Avropada oturan informasiya terrorçusu”: Leyla Həsənova kimə xidmət edir?",
                  "Rauf Məmmədli, Milli Məclisin deputatı · 14 noyabr 2025, 09:12",
                  "Son illər xarici qrantlarla maliyyələşən bir qrup “jurnalist” ölkəmizin imicinə zərbə "
                  "vurmağa çalışır. Onlardan biri də Leyla Həsənovadır. Berlində oturub yazdığı “araşdırmalar” "
                  "kimin sifarişidir?")),), "article"),
        Entry(IncidentDraft("smear_media", "TV segment repeats the article and shows my parents’ street",
                            occurred="2025-11-16", platform="tv", severity=4,
                            details={"outlet": "Ekran TV (prime-time news)", "headline": "İnformasiya terrorçusu"}),
              key="tv"),
    ]


def _events_2026() -> list[Entry]:
    return [
        Entry(IncidentDraft("legal_harassment", "Charged in absentia with “calls against the state”",
                            occurred="2026-01-15", platform="press", severity=5,
                            details={"case_number": "1(101)-0117/2026", "court_or_agency": "Bakı şəhəri "
                                     "Ağır Cinayətlər Məhkəməsi", "country": "Azerbaijan"}),
              (("charges-news.png", ArticleShot(
                  "Dövlət Xəbər", (20, 70, 140), "dovletxeber.example/hadise/40211", "HADİSƏ",
                  "Xaricdə yaşayan jurnalist Leyla Həsənovaya qiyabi ittiham elan edilib",
                  "Dövlət Xəbər · 15 yanvar 2026, 17:40",
                  "Məhkəmə jurnalistin barəsində həbs qətimkan tədbiri seçilməsi üçün vəsatət verib. Cinayət "
                  "işi üzrə istintaq davam edir.")),), "charges"),
        Entry(IncidentDraft("harassment", "Gloating replies to the news of the charges",
                            occurred=_berlin("2026-01-15", "19:30"), platform="facebook",
                            accounts=(AccountRef("facebook", "rauf.memmedli.deputat"),), severity=2,
                            text="Nəhayət! Qoy gəlsin, məhkəmə qarşısında cavab versin.",
                            translation="Finally! Let her come and answer before the court.",
                            details={"insult_kind": "traitor"})),
        Entry(IncidentDraft("family_pressure", "Uncle made to renounce me on television", occurred="2026-01-28",
                            platform="tv", target="relative", severity=4,
                            details={"relation": "uncle", "place": "Bakı", "what_happened": "forced to renounce"}),
              key="uncle"),
        Entry(IncidentDraft("legal_harassment", "Arrest warrant in absentia", occurred="2026-02-09",
                            platform="other", severity=5,
                            details={"case_number": "1(101)-0117/2026", "court_or_agency": "Investigation "
                                     "department of the prosecutor's office", "country": "Azerbaijan"}),
              key="warrant"),
        Entry(IncidentDraft("content_takedown", "YouTube removes my investigation after a false copyright claim",
                            occurred="2026-02-18", platform="youtube", severity=3,
                            details={"takedown_platform": "YouTube", "content": "video “40 milyonluq sifariş”",
                                     "claim": "copyright — claimed by “Xəbər Ekspres”, who own none of the footage"})),
        Entry(IncidentDraft("threat", "English DM on Instagram: “traitors end up in the ground”",
                            occurred=_berlin("2026-03-12", "21:03"), platform="instagram",
                            accounts=(AccountRef("instagram", "free.speech.hunter"),), severity=5,
                            text="You think Europe will protect you? Traitors end up in the ground.",
                            details={"explicitness": "explicit", "mentions_family": False}),
              _tg("free.speech.hunter", "MAR 12, 9:03 PM", "21:11",
                  Bubble("You think Europe will protect you? Traitors end up in the ground.", "21:03"),
                  Bubble("Stop this.", "21:10", True), app="instagram", status="Active 5m ago")),
        Entry(IncidentDraft("legal_harassment", "Interpol diffusion requested against me", occurred="2026-03",
                            platform="other", severity=5,
                            notes="Learned through my lawyer; request to Interpol's CCF filed on 2 April.",
                            details={"case_number": "1(101)-0117/2026", "court_or_agency": "Interpol NCB Baku",
                                     "interpol_notice": "diffusion", "country": "Azerbaijan"}),
              key="interpol"),
        Entry(IncidentDraft("intimate_image_abuse", "Threat to publish private photos unless I stop writing",
                            occurred=_berlin("2026-04-08", "23:50"), platform="whatsapp", accounts=(_RU_NUMBER,),
                            severity=5, text="У нас есть твои фото. Перестань писать, или их увидят все.",
                            translation="We have your photos. Stop writing, or everyone will see them.",
                            details={"where": "WhatsApp message", "demand": "stop publishing"}),
              _tg("+994 50 555 01 87", "8 April", "23:52",
                  Bubble("У нас есть твои фото.", "23:50"),
                  Bubble("Перестань писать, или их увидят все.", "23:50"), app="whatsapp", status="online")),
        Entry(IncidentDraft("blackmail", "E-mail demands 3,000 euros or the photos go to my family",
                            occurred=_berlin("2026-04-20", "06:12"), platform="email", severity=5, sensitive=True,
                            text="Sizin şəkilləriniz bizdədir. 3000 avro ödəyin, yoxsa ailənizə göndərəcəyik.",
                            translation="We have your pictures. Pay 3,000 euros, or we will send them to your "
                                        "family.",
                            details={"demand": "3,000 euros in bitcoin", "deadline": "2026-04-27"})),
        Entry(IncidentDraft("state_summons", "Former colleague questioned about my sources", occurred="2026-05-19",
                            platform="in_person", target="colleague", severity=4,
                            details={"agency": "DTX (State Security Service)", "place": "Bakı",
                                     "questioned": "a former colleague at the newspaper"})),
        Entry(IncidentDraft("surveillance", "Man photographing my building, then following me to the U-Bahn",
                            occurred=_berlin("2026-07-02", "08:30"), platform="in_person", severity=4,
                            location="(left out on purpose: it can endanger)",
                            notes="Tall man, grey jacket; the same man was at the café on 28 June.")),
        Entry(IncidentDraft("physical_attack", "Man tries to grab my phone and shouts “xain” near my home",
                            occurred=_berlin("2026-08-30", "22:15"), platform="in_person", severity=5,
                            details={"place": "street near my home", "injuries": "bruised wrist",
                                     "police_report": "Fictional report 2026/08-5512"})),
        Entry(IncidentDraft("threat", "New Telegram account, same style: “your days are counted”",
                            occurred=_berlin("2026-09-15", "23:02"), platform="telegram", accounts=(_KOLGE_NEW,),
                            text="Qara Kölgə yenə buradadır. Günlərin sayılıdır, Leyla.",
                            translation="Black Shadow is here again. Your days are counted, Leyla.",
                            severity=5, tags=("deleted after reading",),
                            details={"explicitness": "explicit", "mentions_family": False}),
              _tg("Qara Kölgə", "15 September", "23:04",
                  Bubble("Qara Kölgə yenə buradadır.", "23:02"),
                  Bubble("Günlərin sayılıdır, Leyla.", "23:02"))),
        Entry(IncidentDraft("threat", "Russian Telegram message: “you are next”",
                            occurred=_berlin("2026-10-05", "01:17"), platform="telegram", accounts=(_KOLGE_NEW,),
                            text="Ты следующая. Никакой Берлин тебя не спрячет.",
                            translation="You are next. No Berlin will hide you.", severity=5,
                            tags=("deleted after reading",),
                            details={"explicitness": "explicit", "mentions_family": False}),
              _tg("Qara Kölgə", "5 October", "01:18", Bubble("Ты следующая.", "01:17"),
                  Bubble("Никакой Берлин тебя не спрячет.", "01:17"))),
        Entry(IncidentDraft("doxxing", "My Berlin district posted in a Telegram “traitors list” channel",
                            occurred="2026-10-19", platform="telegram", severity=5,
                            text="Xainlər siyahısı #14: Leyla Həsənova. Berlində, Neuköllndə yaşayır.",
                            translation="Traitors list #14: Leyla Hasanova. Lives in Berlin, in Neukölln.",
                            details={"exposed": "address", "where": "Telegram channel “Xainlər siyahısı”"})),
    ]


def story() -> list[Entry]:
    """Every entry of the demo: about sixty incidents."""
    return _events_2025() + troll_waves() + _events_2026()


ACCOUNT_NOTES = (
    AccountNote("telegram", "@qara_kolge_77", "Qara Kölgə (“Black Shadow”)",
                "Claims to be a State Security officer; deletes each message after it is read."),
    AccountNote("whatsapp", "+994 50 555 01 87", "Unknown Azerbaijani number",
                "Writes in Russian, always at night."),
)
# The second Telegram account is the same actor after the first was reported: merged into it.
MERGED_ACCOUNTS = (("telegram", "@qara_kolge_77"), ("telegram", "@qara_kolge_78"))

HAND_CAMPAIGNS = (
    HandCampaign("Smear before the charges", "Article and TV segment two months before the criminal case; the "
                 "same case number runs through the warrant and the Interpol diffusion.",
                 ("article", "tv", "charges", "warrant", "interpol")),
    HandCampaign("Pressure on my family", "Relatives at home summoned and shamed after my articles.",
                 ("cousin", "uncle")),
)
