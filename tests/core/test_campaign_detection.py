"""Campaign detection measured on the labelled synthetic set, and its rules one by one.

Pairwise precision and recall (tests/core/campaign_fixtures.pairwise_scores): over all pairs of
messages, a pair is together in the truth when both belong to one campaign, and in the result when
both are in one suggestion. Suggestion-level precision: the share of suggestions whose messages are
mostly from one true campaign (a suggestion of noise is a false alarm the user has to dismiss).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timezone

import pytest

from app.core.errors import InvalidInput, OperationCancelled
from app.core.patterns import campaign_detection, near_duplicates
from app.core.patterns.campaign_detection import DetectionSettings, Group, Message, find_groups
from tests.core.campaign_fixtures import TARGETS, TEMPLATES, disguise, generate, pairwise_scores, to_messages

SEEDS = (6, 7, 8, 9)
START = int(datetime(2025, 10, 4, 18, tzinfo=timezone.utc).timestamp())
HOUR = 3600


def _detect(seed: int) -> tuple[list, list[Group], dict[str, int]]:
    items = generate(seed)
    messages = to_messages(items)
    return items, find_groups(messages), {m.key: i for i, m in enumerate(messages)}


@pytest.mark.parametrize("seed", SEEDS)
def test_pairwise_precision_and_recall_on_the_labelled_set(seed: int) -> None:
    items, groups, index = _detect(seed)
    scores = pairwise_scores(items, groups, index)
    assert scores.precision >= 0.95, scores
    assert scores.recall >= 0.90, scores


def test_suggestions_are_campaigns_not_noise() -> None:
    suggestions = noise = 0
    for seed in SEEDS:
        items, groups, index = _detect(seed)
        for group in groups:
            labels = Counter(items[index[key]].campaign for key in group.keys)
            suggestions += 1
            noise += labels.most_common(1)[0][0] is None
    assert suggestions >= 40
    assert noise / suggestions <= 0.05


def test_every_campaign_of_the_set_is_suggested() -> None:
    items, groups, index = _detect(6)
    campaigns = {item.campaign for item in items if item.campaign}
    found = {items[index[group.representative]].campaign for group in groups}
    assert campaigns <= found


def _copies(texts: list[str], accounts: int, spacing: int = 600, start: int = START) -> list[Message]:
    return [Message(f"m{n}", start + n * spacing, (n % accounts,), text) for n, text in enumerate(texts)]


@pytest.mark.parametrize("disguised", [
    "AYNUR ƏLIYEVA VƏTƏN XAINIDIR, AVROPADA OTURUB ÖLKƏMIZI SATIR",  # case
    "Aynur Eliyeva veten xainidir, Avropada oturub olkemizi satir",  # no diacritics
    "Айнур Әлијева вәтән хаиниdir, Авропада отуруб өлкәмизи сатыр",  # Azerbaijani Cyrillic
    "Aynur Əliyeva vətən хаіnidir, Аvropada oturub ölkəmizi sаtır",  # Cyrillic look-alikes
    "Aynur Əliyeva vətən xainidir 🐍🤮 Avropada oturub ölkəmizi satır 🇦🇿",  # emoji
    "Ölkəmizi satır, Avropada oturub: Aynur Əliyeva vətən xainidir",  # words re-ordered
    "Aynur Əliyeva vətən xainidr, Avropda oturub ölkəmizi satır #xain #vətən",  # typos, hashtags
])
def test_each_disguise_alone_is_seen_through(disguised: str) -> None:
    plain = "Aynur Əliyeva vətən xainidir, Avropada oturub ölkəmizi satır"
    (group,) = find_groups(_copies([plain, disguised, plain, disguised], accounts=4))
    assert len(group.keys) == 4


def test_unrelated_messages_on_the_same_topic_are_not_linked() -> None:
    texts = ["Aynur Əliyeva vətən xainidir", "Aynur Əliyeva Avropadan qrant alır",
             "Bu jurnalist vətən xainidir, hamı bilir", "Aynur xanım xalqa yalan danışır",
             "Aynur Əliyeva vətən xainidir, onun yeri həbsxanadır", "Vətən xaini Aynur Avropada yaşayır"]
    # Two accounts are enough here, so that any pair linked by mistake would show.
    assert find_groups(_copies(texts, accounts=6), DetectionSettings(min_accounts=2)) == []


def test_copies_more_than_the_window_apart_are_separate_waves() -> None:
    text = "Səni tapacağıq, ailən də cavab verəcək"
    first = _copies([text] * 4, accounts=4)
    later = _copies([text] * 4, accounts=4, start=START + 5 * 24 * HOUR)
    lonely = [Message("alone", START + 20 * 24 * HOUR, (9,), text)]
    groups = find_groups([*first, *[Message("w2" + m.key, m.time, m.accounts, m.text) for m in later], *lonely])
    assert sorted(len(g.keys) for g in groups) == [4, 4]
    assert all(g.last_time - g.first_time <= 48 * HOUR for g in groups)


def test_a_chain_of_copies_stays_one_wave_while_no_gap_exceeds_the_window() -> None:
    text = "Səni tapacağıq, ailən də cavab verəcək"
    (group,) = find_groups(_copies([text] * 6, accounts=6, spacing=20 * HOUR))
    assert len(group.keys) == 6
    assert group.last_time - group.first_time == 100 * HOUR
    # ...but three accounts must have posted within one window: 20 h apart, two at most in 24 h.
    assert find_groups(_copies([text] * 6, accounts=6, spacing=20 * HOUR), DetectionSettings(window_hours=24)) == []


def test_many_copies_from_too_few_accounts_are_not_a_campaign() -> None:
    text = "Qalmaqallı jurnalist yenə də dövlət əleyhinə çıxış edib"
    assert find_groups(_copies([text] * 15, accounts=2)) == []
    assert len(find_groups(_copies([text] * 15, accounts=2), DetectionSettings(min_accounts=2))) == 1


def test_short_insults_need_a_crowd() -> None:
    assert find_groups(_copies(["Xain!"] * 6, accounts=6)) == []
    (group,) = find_groups(_copies(["Xain!", "XAIN 🐍", "xain!!!"] * 4, accounts=12))
    assert len(group.accounts) == 12


def test_messages_known_only_to_the_month_are_left_out() -> None:
    text = "Səni tapacağıq, ailən də cavab verəcək"
    messages = _copies([text] * 3, accounts=3) + [Message("month", None, (7,), text)]
    (group,) = find_groups(messages)
    assert "month" not in group.keys


def test_the_representative_is_the_most_typical_copy() -> None:
    template = "Aynur Əliyeva vətən xainidir, Avropada oturub ölkəmizi satır"
    texts = [template + " 🐍", "Aynur vətən xainidir", template + " #xain #vətən #rədd_ol", template + "!!!"]
    (group,) = find_groups(_copies(texts, accounts=4))
    assert group.representative in ("m0", "m3")


def test_messages_holding_the_same_picture_are_linked() -> None:
    texts = ["Bax bu", "Salam", "Aynur haqqında", "Paylaşın"]
    near = 0x0F0F_0F0F_0F0F_0F0F
    messages = [Message(f"m{n}", START + n * HOUR, (n,), text, (near ^ (1 << n),)) for n, text in enumerate(texts)]
    (group,) = find_groups(messages)
    assert group.reasons == ("image",)
    assert len(group.keys) == 4


def test_progress_is_reported_and_cancel_stops_detection() -> None:
    items = generate(6)
    seen: list[tuple[int, int]] = []
    find_groups(to_messages(items), progress=lambda done, total: seen.append((done, total)), total=len(items))
    assert seen and seen[-1][1] == len(items) and seen[-1][0] <= len(items)
    with pytest.raises(OperationCancelled):
        find_groups(to_messages(items), cancelled=lambda: True)


def test_each_message_is_compared_with_a_bounded_number_of_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """No all-pairs: however many texts share a bucket, a new text is compared exactly with at most
    a few leaders per band, so the work per message does not grow with the vault."""
    compared: list[int] = []
    real_similar, real_new_group = near_duplicates.NearDuplicates._similar, near_duplicates.NearDuplicates._new_group

    def similar(self, ids, other):  # type: ignore[no-untyped-def]
        compared[-1] += 1
        return real_similar(self, ids, other)

    def new_group(self, features, word_count):  # type: ignore[no-untyped-def]
        compared.append(0)
        return real_new_group(self, features, word_count)

    monkeypatch.setattr(near_duplicates.NearDuplicates, "_similar", similar)
    monkeypatch.setattr(near_duplicates.NearDuplicates, "_new_group", new_group)
    messages = to_messages(generate(6, blocks=4))
    find_groups(messages)
    bound = near_duplicates._BANDS * near_duplicates._LEADERS_PER_BUCKET
    assert max(compared) <= bound
    assert sum(compared) / len(messages) < bound / 8


def test_a_campaign_of_thousands_of_identical_copies_is_cheap() -> None:
    target, (language, template) = TARGETS[0], TEMPLATES[0]
    rng = random.Random(1)
    text = template.format(name=target.name, first=target.first)
    messages = [Message(f"m{n}", START + n * 5, (n % 300,), disguise(text, language, target, rng)) for n in range(3000)]
    (group,) = find_groups(messages)
    assert len(group.keys) >= 2950


def test_settings_are_checked() -> None:
    with pytest.raises(InvalidInput):
        DetectionSettings(min_accounts=1)
    with pytest.raises(InvalidInput):
        DetectionSettings(window_hours=0)
    with pytest.raises(InvalidInput):
        DetectionSettings(image_distance=30)


def test_detection_in_a_vault_reads_text_else_title_accounts_and_time(vault) -> None:
    from app.core.records import incidents
    from app.core.records.drafts import AccountRef, IncidentDraft

    drafts = [
        IncidentDraft("harassment", "Səni tapacağıq, ailən də cavab verəcək", occurred=f"2025-10-04T18:{n:02d}+04:00",
                      platform="x", accounts=(AccountRef("x", f"@troll{n}"),))
        for n in range(3)
    ] + [IncidentDraft("harassment", "Comment", text="Səni tapacağıq, ailən də cavab verəcək!!",
                       occurred="2025-10-04T19:00+04:00", platform="x", accounts=(AccountRef("x", "@troll9"),)),
         IncidentDraft("harassment", "Səni tapacağıq, ailən də cavab verəcək", occurred="2025-10",
                       accounts=(AccountRef("x", "@troll7"),))]
    with vault.transaction() as conn:
        ids = incidents.create_many(conn, drafts)
        incidents.delete(conn, ids[0], "logged twice")
    (group,) = campaign_detection.detect(vault.connection())
    assert set(group.keys) == set(ids[1:4])
    assert len(group.accounts) == 3
