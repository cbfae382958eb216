"""A labelled, seeded set of hostile messages for measuring campaign detection (tests and bench).

Campaigns: one text posted by many accounts within hours, every copy disguised the way trolls do
it — typos, emoji, Azerbaijani without diacritics or in Cyrillic, Latin letters swapped for Cyrillic
or Greek look-alikes (and the reverse in Russian), fullwidth letters, digits for letters, invisible
characters, words re-ordered, words dropped or added, extra hashtags and mentions, case and
punctuation changes.
Noise that looks alike without being a campaign: messages on the same topic with the same words,
short generic insults from unrelated people at any time, one account quoting the same news
headline again and again, a headline shared by only two accounts, a campaign text echoed weeks
later by one or two accounts, a persistent harasser writing different messages.

Every person named here is invented. The set is built in blocks of BLOCK_DAYS, each with its own
campaigns, accounts and noise, so `generate(blocks=n)` scales the volume without crowding the
calendar: the benchmark's 100,000 messages are the same kind of data over more time.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PIL import Image, ImageDraw, ImageFont

from app.core.patterns.campaign_detection import Group, Message
from app.core.records.drafts import AccountRef, IncidentDraft

BLOCK_DAYS = 180
FIRST_DAY = datetime(2024, 1, 1, tzinfo=timezone.utc)
BAKU = timezone(timedelta(hours=4))


@dataclass(frozen=True)
class SyntheticMessage:
    text: str
    time: datetime
    occurred: str  # as the user would type it: an instant, or only the day or the month
    platform: str
    handle: str | None
    campaign: str | None  # the label: which campaign the message belongs to, None for noise


@dataclass(frozen=True)
class Target:
    name: str
    first: str
    name_ru: str
    first_ru: str
    name_en: str
    handle: str


TARGETS = (
    Target("Aynur Əliyeva", "Aynur", "Айнур Алиева", "Айнур", "Aynur Aliyeva", "@aynur_eliyeva"),
    Target("Rəşad Məmmədli", "Rəşad", "Рашад Мамедли", "Рашад", "Rashad Mammadli", "@rashad_m"),
    Target("Leyla Hüseynova", "Leyla", "Лейла Гусейнова", "Лейла", "Leyla Huseynova", "@leyla_huseyn"),
    Target("Elvin Qasımov", "Elvin", "Эльвин Гасымов", "Эльвин", "Elvin Gasimov", "@elvin_qasimov"),
)

# (language, text): what one campaign's accounts were told to post.
TEMPLATES = (
    ("az", "{name} vətən xainidir, Avropada oturub ölkəmizi satır. Onun yeri həbsxanadır!"),
    ("az", "Bu satqın jurnalistin əsl üzünü hamı görsün: xaricdən pul alıb doğma xalqına qarşı yalan yazır"),
    ("az", "{first} xanım, ermənilərə işləməyiniz artıq sübut olunub, qayıdıb məhkəmə qarşısında cavab verin"),
    ("az", "Səni tapacağıq {first}, ailən də cavab verəcək, heç bir ölkədə gizlənə bilməyəcəksən"),
    ("az", "{name} kimi xainlərin vətəndaşlığı ləğv edilməli və bütün əmlakı müsadirə olunmalıdır"),
    ("az", "Xain {first}, ölkəni tərk etdin, indi dilini də qısa saxla!"),
    ("ru", "Журналистка {name_ru} — предатель родины, работает на иностранные спецслужбы, её место в тюрьме"),
    ("ru", "Хватит врать, {first_ru}! Все знают, кто тебе платит за эту грязную ложь о нашей стране"),
    ("en", "{name_en} is a paid foreign agent spreading lies about our country, do not believe a word of it"),
)
SHORT_TEMPLATES = (("az", "Satqın {first}!"), ("ru", "Предательница {first_ru}"))

HASHTAGS = ("#xain", "#satqın", "#Azərbaycan", "#vətən", "#предатель", "#traitor", "#rədd_ol")
EMOJI = ("🤮", "🐍", "💩", "😡", "🔥", "👎", "🇦🇿", "🤡", "‼️")
FILLERS = ("bax", "hə", "hamı bilsin", "əlbəttə", "вот", "да")
ZERO_WIDTH = ("\u200b", "\u200c", "\u2060", "\u00ad")

# Noise on the same topic: a subject, what they do, sometimes a second remark, an ending. Unrelated
# people write these independently, with the same topic words, but rarely the same sentence.
SUBJECTS = ("{name}", "{first}", "Bu jurnalist", "Bu qadın", "O", "Xaricdəki jurnalistlər", "Belə adamlar",
            "{first} xanım", "Bu satqınlar", "Qaçqın jurnalistlər", "Onun kimiləri", "Bu müxalifətçilər",
            "Sizin {first}", "Bu yazar", "Həmin jurnalist", "Mühacir {first}", "Bunlar", "Onun dostları")
PREDICATES = (
    "xalqa yalan danışır", "ölkəni hər gün pisləyir", "Avropadan qrant alır", "vətəni çoxdan satıb",
    "heç kimə lazım deyil", "xaricdə rahat yaşayır", "utanmalıdır etdiyinə görə", "bir gün cavab verəcək",
    "ermənilərin xeyrinə yazır", "özünü qəhrəman sayır", "dövlətə böhtan atır", "gənclərin beynini zəhərləyir",
    "ailəsini də biabır etdi", "pulu kim verirsə onun mahnısını oxuyur", "heç vaxt geri qayıtmayacaq",
    "hər şeyi təhrif edir", "yalnız özünü düşünür", "Qərbin oyuncağıdır", "millətə xəyanət edib",
    "dünən yenə efirə çıxıb", "sosial şəbəkədə şou düzəldir", "qrant pulları ilə yaşayır",
    "hər yazısında ölkəni gözdən salır", "yalan xəbər yayır", "əsgərlərimizi təhqir edib",
    "xarici səfirliklərdən göstəriş alır", "müsahibədə yenə yalan danışdı", "bizim dəyərlərə hörmət etmir",
    "öz xalqına düşməndir", "Brüsseldə toplantıya gedib", "saxta sənədlər paylaşır", "hamını aldadır",
    "heç nə bilmədən danışır", "bizi dünyaya rüsvay edir", "jurnalist deyil, təxribatçıdır",
    "çoxdan unudulub", "keçmişini gizlədir", "vergi ödəmir",
)
REMARKS = (
    "", "", "", "bunu hamı görür", "özü də bilir", "məktəbdə də belə idi", "heç kim inanmır",
    "bu gün yenə yazıb", "videosuna baxın", "şərhləri oxuyun", "qonşuları da deyir", "arxivdə var",
    "dünən də eyni şeyi yazmışdı", "sənədlər ortadadır", "hamının gözü qarşısında",
)
ENDINGS = ("", "", "hamı bunu bilir", "biz unutmayacağıq", "rədd olsun", "Allah cəzasını versin", "ayıb olsun",
           "bəsdir artıq", "sözün düzü belədir", "bunu yazın", "yadda saxlayın", "daha nə deyim",
           "xalq hər şeyi görür", "vaxt göstərəcək", "gülməlidir")
RU_SUBJECTS = ("{name_ru}", "{first_ru}", "Эта журналистка", "Эти эмигранты", "Такие люди", "Она",
               "Все эти оппозиционеры", "Эти продажные писаки", "Ваша {first_ru}", "Эта особа")
RU_PREDICATES = ("врёт на каждом шагу", "живёт на западные гранты", "ненавидит свою страну", "давно продалась",
                 "никому не нужна", "позорит свою семью", "клевещет на государство", "ответит за всё",
                 "работает против народа", "получает деньги из-за границы", "пишет одну грязь",
                 "снова выступила в эфире", "распространяет фейки", "оскорбляет наших солдат",
                 "выполняет заказ посольств", "сама не верит в то что пишет", "устраивает шоу в соцсетях",
                 "прячется в Европе", "забыла откуда она родом", "путает правду и ложь")
RU_ENDINGS = ("", "", "все это знают", "мы не забудем", "позор", "хватит уже", "так и запишите",
              "время покажет", "смешно")
INSULTS = ("Xain!", "Satqın", "Rədd ol", "Позор!", "Предатель", "Utan!", "Xain 🐍", "Ayıb olsun", "Ölkəni satan!",
           "Traitor", "Yalançı", "Лгунья", "Xain qadın", "Rədd ol burdan")
HEADLINES = (
    "{name} xarici kəşfiyyatla əməkdaşlıqda ittiham olunur",
    "Qalmaqallı jurnalist {first} yenə də dövlət əleyhinə çıxış edib",
    "Источник: {name_ru} получала деньги от иностранных фондов",
)
PLATFORMS = ("facebook", "instagram", "x", "telegram", "youtube", "tiktok")

_NO_DIACRITICS = str.maketrans("əƏşŞçÇğĞıİöÖüÜ", "eEsScCgGiIoOuU")
_AZ_CYRILLIC = {
    "a": "а", "b": "б", "c": "ҹ", "ç": "ч", "d": "д", "e": "е", "ə": "ә", "f": "ф", "g": "ҝ", "ğ": "ғ",
    "h": "һ", "x": "х", "ı": "ы", "i": "и", "j": "ж", "k": "к", "q": "г", "l": "л", "m": "м", "n": "н",
    "o": "о", "ö": "ө", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "ү", "v": "в",
    "y": "ј", "z": "з",
}
_LATIN_LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
                     "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "B": "В", "H": "Н", "K": "К",
                     "M": "М", "T": "Т"}
_GREEK_LOOKALIKES = {"a": "α", "o": "ο", "i": "ι", "k": "κ", "x": "χ", "v": "ν",
                     "A": "Α", "O": "Ο", "I": "Ι", "K": "Κ", "X": "Χ", "B": "Β", "E": "Ε", "H": "Η", "N": "Ν",
                     "T": "Τ"}
_CYRILLIC_LOOKALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
                        "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "В": "B", "Н": "H", "К": "K",
                        "М": "M", "Т": "T"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}


def _fill(text: str, target: Target) -> str:
    return text.format(name=target.name, first=target.first, name_ru=target.name_ru, first_ru=target.first_ru,
                       name_en=target.name_en)


def _to_cyrillic(text: str) -> str:
    return "".join(
        (_AZ_CYRILLIC[ch.lower()].upper() if ch.isupper() else _AZ_CYRILLIC[ch]) if ch.lower() in _AZ_CYRILLIC
        else ch
        for ch in text.replace("İ", "I")
    )


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped
    if kind == 1:
        return word[:i] + word[i + 1:]  # a letter dropped
    if kind == 2:
        return word[:i] + word[i] + word[i:]  # a letter doubled
    return word[:i] + rng.choice("aeiouklmnrst") + word[i + 1:]


def _swap_letters(word: str, table: dict[str, str], rng: random.Random, count: int) -> str:
    spots = [i for i, ch in enumerate(word) if ch in table]
    chars = list(word)
    for i in rng.sample(spots, min(count, len(spots))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def disguise(text: str, language: str, target: Target, rng: random.Random) -> str:
    """One copy of a campaign text, varied the way troll accounts vary it."""
    if language == "az" and rng.random() < 0.45:
        text = text.translate(_NO_DIACRITICS)
    elif language == "az" and rng.random() < 0.2:
        text = _to_cyrillic(text)
    if rng.random() < 0.15:
        text = text.upper()
    elif rng.random() < 0.15:
        text = text.lower()
    if rng.random() < 0.2:
        text = "".join(ch for ch in text if ch not in ",.:!—")
    elif rng.random() < 0.15:
        text = text.rstrip(".!") + "!!!"
    words = text.split()
    if len(words) > 4 and rng.random() < 0.35:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    if len(words) > 6 and rng.random() < 0.2:
        cut = rng.randrange(2, len(words) - 2)
        words = words[cut:] + words[:cut]  # the second half first
    if len(words) > 6 and rng.random() < 0.2:
        del words[rng.randrange(len(words))]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
    # About one typo in twelve words, at least sometimes one in a short text.
    words = [_typo(w, rng) if rng.random() < max(0.08, 0.15 / len(words)) else w for w in words]
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        table = _CYRILLIC_LOOKALIKES if language == "ru" else rng.choice((_LATIN_LOOKALIKES, _GREEK_LOOKALIKES))
        words[i] = _swap_letters(words[i], table, rng, rng.randint(1, 3))
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        words[i] = _swap_letters(words[i], _LEET, rng, 2)
    if rng.random() < 0.08:
        i = rng.randrange(len(words))
        words[i] = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in words[i])
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        cut = rng.randrange(len(words[i]) + 1)
        words[i] = words[i][:cut] + rng.choice(ZERO_WIDTH) + words[i][cut:]
    for _ in range(rng.choice((0, 0, 1, 2, 3))):
        words.insert(rng.randrange(len(words) + 1), rng.choice(EMOJI))
    if rng.random() < 0.3:
        words += rng.sample(HASHTAGS, rng.randint(1, 2))
    if rng.random() < 0.2:
        words.insert(0, target.handle)
    return " ".join(words)


class _Block:
    """One BLOCK_DAYS period: its own accounts, campaigns and noise."""

    def __init__(self, number: int, rng: random.Random) -> None:
        self.number = number
        self.rng = rng
        self.start = FIRST_DAY + timedelta(days=number * BLOCK_DAYS)
        self.messages: list[SyntheticMessage] = []
        # A troll farm: its accounts post campaign copies, and ordinary abuse in between.
        self.farm = [f"@{rng.choice(('vetenperver', 'azeri_ruh', 'haqq_sesi', 'qeyretli', 'patriot'))}_"
                     f"{number}_{n}" for n in range(120)]
        self.public = [f"@user{number}_{n}" for n in range(400)]
        self.platform_of: dict[str | None, str] = {}  # each account lives on one platform

    def time(self, day: float) -> datetime:
        return self.start + timedelta(days=day)

    def add(self, text: str, when: datetime, handle: str | None, campaign: str | None, precise: bool = True) -> None:
        local = when.astimezone(BAKU)
        if precise:
            occurred = local.strftime("%Y-%m-%dT%H:%M+04:00")
        else:
            occurred = local.strftime("%Y-%m") if self.rng.random() < 0.5 else local.strftime("%Y-%m-%d")
        platform = self.platform_of.setdefault(handle, self.rng.choice(PLATFORMS))
        self.messages.append(SyntheticMessage(text, when, occurred, platform, handle, campaign))

    def campaign(self, label: str, language: str, template: str, accounts: int, per_account: float,
                 hours: float) -> None:
        rng = self.rng
        target = rng.choice(TARGETS)
        text = _fill(template, target)
        handles = rng.sample(self.farm, min(accounts, len(self.farm)))
        begin = self.time(rng.uniform(2, BLOCK_DAYS - 4))
        for _ in range(max(accounts, round(accounts * per_account))):
            when = begin + timedelta(hours=min(hours, rng.expovariate(3 / hours)))
            self.add(disguise(text, language, target, rng), when, rng.choice(handles), label)
        if rng.random() < 0.5:
            # Weeks later one or two accounts post the text again: an echo, not a campaign.
            later = begin + timedelta(days=rng.uniform(10, 40))
            for handle in rng.sample(self.public, rng.randint(1, 2)):
                self.add(disguise(text, language, target, rng), later + timedelta(hours=rng.uniform(0, 30)),
                         handle, None)

    def topic_noise(self, count: int) -> None:
        rng = self.rng
        for _ in range(count):
            target = rng.choice(TARGETS)
            if rng.random() < 0.75:
                parts = (rng.choice(SUBJECTS), rng.choice(PREDICATES), rng.choice(REMARKS), rng.choice(ENDINGS))
            else:
                parts = (rng.choice(RU_SUBJECTS), rng.choice(RU_PREDICATES), rng.choice(RU_ENDINGS))
            text = _fill(" ".join(p for p in parts if p), target)
            if rng.random() < 0.3:
                text += " " + rng.choice(EMOJI)
            handle = rng.choice(self.farm if rng.random() < 0.3 else self.public)
            self.add(text, self.time(rng.uniform(0, BLOCK_DAYS)), handle if rng.random() < 0.95 else None, None,
                     precise=rng.random() < 0.85)

    def insults(self, count: int) -> None:
        rng = self.rng
        for _ in range(count):
            self.add(rng.choice(INSULTS), self.time(rng.uniform(0, BLOCK_DAYS)), rng.choice(self.public), None)

    def headlines(self) -> None:
        rng = self.rng
        target = rng.choice(TARGETS)
        for headline in HEADLINES:
            text = _fill(headline, target)
            begin = rng.uniform(0, BLOCK_DAYS - 12)
            page = f"@xeber_{self.number}_{rng.randrange(1000)}"
            for _ in range(rng.randint(8, 15)):  # one news page posting it again and again
                self.add(text, self.time(begin + rng.uniform(0, 10)), page, None)
            shared = begin + 10 + rng.uniform(3, 30)  # after the page stopped posting it
            for handle in rng.sample(self.public, 2):  # two readers share it the same day
                self.add(text + " " + rng.choice(EMOJI), self.time(shared + rng.uniform(0, 1)), handle, None)

    def harasser(self, count: int) -> None:
        rng = self.rng
        handle = f"@qara_kolge_{self.number}"
        for _ in range(count):
            target = rng.choice(TARGETS)
            text = _fill(f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}, {rng.choice(PREDICATES)}", target)
            self.add(text, self.time(rng.uniform(0, BLOCK_DAYS)), handle, None)


def generate(seed: int = 6, blocks: int = 1) -> list[SyntheticMessage]:
    """About 1,500 messages per block (180 days), 12 campaigns among them; sorted by time."""
    messages: list[SyntheticMessage] = []
    for number in range(blocks):
        rng = random.Random(seed * 1_000_003 + number)
        block = _Block(number, rng)
        for n, (language, template) in enumerate(TEMPLATES):
            block.campaign(f"b{number}-c{n}", language, template, accounts=rng.randint(6, 40),
                           per_account=rng.uniform(1, 2.5), hours=rng.uniform(2, 30))
        for n, (language, template) in enumerate(SHORT_TEMPLATES):
            block.campaign(f"b{number}-s{n}", language, template, accounts=rng.randint(14, 30), per_account=1.5,
                           hours=rng.uniform(1, 6))
        block.campaign(f"b{number}-r", *rng.choice(TEMPLATES), accounts=rng.randint(8, 20), per_account=1.2,
                       hours=rng.uniform(3, 12))  # a template used again by another wave
        block.topic_noise(750)
        block.insults(150)
        block.headlines()
        block.harasser(40)
        messages += block.messages
    messages.sort(key=lambda m: m.time)
    return messages


def to_messages(items: list[SyntheticMessage]) -> list[Message]:
    """Detection input, keyed by position; a message known only to the day or month gets no time,
    as load_messages does for the vault (a day is within the window, so it keeps its start)."""
    account_ids: dict[str, int] = {}
    out = []
    for index, item in enumerate(items):
        accounts = (account_ids.setdefault(item.handle, len(account_ids)),) if item.handle else ()
        out.append(Message(str(index), _seconds(item), accounts, item.text))
    return out


def _seconds(item: SyntheticMessage) -> int | None:
    if len(item.occurred) == 7:  # "YYYY-MM": a month is longer than the window
        return None
    if len(item.occurred) == 10:
        return int(datetime.fromisoformat(item.occurred).replace(tzinfo=timezone.utc).timestamp())
    return int(datetime.fromisoformat(item.occurred).timestamp())


def to_drafts(items: list[SyntheticMessage]) -> list[IncidentDraft]:
    return [
        IncidentDraft("harassment", f"Comment on {item.platform}", occurred=item.occurred, platform=item.platform,
                      accounts=(AccountRef(item.platform, item.handle),) if item.handle else (), text=item.text)
        for item in items
    ]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    true_pairs: int
    suggested_pairs: int


def pairwise_scores(items: list[SyntheticMessage], groups: list[Group], key_to_index: dict[str, int]) -> Scores:
    """Precision and recall over pairs of messages: a pair is "together" in the truth when both
    messages belong to one campaign, and in the result when both are in one suggestion."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    truth_sizes: dict[str, int] = {}
    for item in items:
        if item.campaign:
            truth_sizes[item.campaign] = truth_sizes.get(item.campaign, 0) + 1
    together = suggested = 0
    for group in groups:
        suggested += pairs(len(group.keys))
        labels: dict[str, int] = {}
        for key in group.keys:
            label = items[key_to_index[key]].campaign
            if label:
                labels[label] = labels.get(label, 0) + 1
        together += sum(pairs(n) for n in labels.values())
    truth = sum(pairs(n) for n in truth_sizes.values())
    return Scores(together / suggested if suggested else 1.0, together / truth if truth else 1.0, truth, suggested)


def screenshot(seed: int, width: int = 1080, height: int = 1920) -> Image.Image:
    """A phone screenshot of a chat: the same app layout every time, different people and messages.

    Different seeds are the hard case for a perceptual hash: the layout (header, bubbles, white
    background) is shared, only the content differs.
    """
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=42)
    draw.rectangle([0, 0, width, 160], fill=(40, 110, 200))
    draw.ellipse([30, 30, 130, 130], fill=tuple(rng.randrange(256) for _ in range(3)))
    draw.text((160, 55), f"user_{rng.randrange(10_000)}", fill="white", font=font)
    words = "xain satqın jurnalist vətən ölkə pul yalan Avropa həbs məhkəmə ailə tapacağıq".split()
    y = 220
    while y < height - 200:
        lines, mine = rng.randint(1, 4), rng.random() < 0.5
        bubble_width, bubble_height = rng.randint(400, 900), rng.randint(1, 4) * 60 + 40
        x = width - 40 - bubble_width if mine else 40
        draw.rounded_rectangle([x, y, x + bubble_width, y + bubble_height], radius=30,
                               fill=(200, 240, 200) if mine else (235, 235, 235))
        for line in range(lines):
            draw.text((x + 30, y + 25 + line * 60), " ".join(rng.choices(words, k=rng.randint(2, 6))), fill="black",
                      font=font)
        y += bubble_height + rng.randint(30, 90)
    return image


def encoded(image: Image.Image, kind: str = "PNG", quality: int = 90) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, quality=quality)
    return buffer.getvalue()


def recaptures(image: Image.Image) -> dict[str, bytes]:
    """The same screenshot as platforms and people pass it on: resized, re-compressed, cropped a little."""
    width, height = image.size
    return {
        "resized": encoded(image.resize((720, 1280))),
        "recompressed": encoded(image, "JPEG", 45),
        "resized and recompressed": encoded(image.resize((540, 960)), "JPEG", 40),
        "status bar cropped": encoded(image.crop((0, int(height * 0.04), width, height))),
        "edges cropped": encoded(image.crop((int(width * 0.02), int(height * 0.02), int(width * 0.98),
                                             int(height * 0.98))).resize((800, 1420)), "JPEG", 60),
    }
