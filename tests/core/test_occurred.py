import re
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.records.occurred import Occurred, parse_date_bound, parse_occurred, utc_now

BAKU = timezone(timedelta(hours=4))


def _instant(text: str, utc: str) -> Occurred:
    return Occurred("instant", text, utc, utc)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-10-05T14:30+04:00", _instant("2026-10-05T14:30:00+04:00", "2026-10-05T10:30:00Z")),
        ("2026-10-05T14:30:15Z", _instant("2026-10-05T14:30:15+00:00", "2026-10-05T14:30:15Z")),
        ("2026-10-05 14:30 -0330", _instant("2026-10-05T14:30:00-03:30", "2026-10-05T18:00:00Z")),
        ("2026-10-05t01:00+04:00", _instant("2026-10-05T01:00:00+04:00", "2026-10-04T21:00:00Z")),
        ("2026-10-05 14:30", _instant("2026-10-05T14:30:00+04:00", "2026-10-05T10:30:00Z")),
        ("2026-10-5 9:05", _instant("2026-10-05T09:05:00+04:00", "2026-10-05T05:05:00Z")),
        ("2026-10-05", Occurred("date", "2026-10-05", "2026-10-05T00:00:00Z", "2026-10-05T23:59:59Z")),
        ("2026-10", Occurred("month", "2026-10", "2026-10-01T00:00:00Z", "2026-10-31T23:59:59Z")),
        ("2028-02", Occurred("month", "2028-02", "2028-02-01T00:00:00Z", "2028-02-29T23:59:59Z")),
        ("2026", Occurred("year", "2026", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z")),
        ("  2026-10-05\n", Occurred("date", "2026-10-05", "2026-10-05T00:00:00Z", "2026-10-05T23:59:59Z")),
        ("1900", Occurred("year", "1900", "1900-01-01T00:00:00Z", "1900-12-31T23:59:59Z")),
        ("2100-12-31", Occurred("date", "2100-12-31", "2100-12-31T00:00:00Z", "2100-12-31T23:59:59Z")),
    ],
)
def test_each_single_form_is_accepted(written: str, expected: Occurred) -> None:
    assert parse_occurred(written, BAKU) == expected


@pytest.mark.parametrize(
    ("written", "text", "start", "end"),
    [
        ("2026-10-01/2026-10-10", "2026-10-01/2026-10-10", "2026-10-01T00:00:00Z", "2026-10-10T23:59:59Z"),
        ("2026-10-01..2026-10-10", "2026-10-01/2026-10-10", "2026-10-01T00:00:00Z", "2026-10-10T23:59:59Z"),
        (" 2026-10 .. 2026-11 ", "2026-10/2026-11", "2026-10-01T00:00:00Z", "2026-11-30T23:59:59Z"),
        ("2025 / 2026-03", "2025/2026-03", "2025-01-01T00:00:00Z", "2026-03-31T23:59:59Z"),
        (
            "2026-10-05 14:30/2026-10-06",
            "2026-10-05T14:30:00+04:00/2026-10-06",
            "2026-10-05T10:30:00Z",
            "2026-10-06T23:59:59Z",
        ),
        ("2026-10-05/2026-10-05", "2026-10-05/2026-10-05", "2026-10-05T00:00:00Z", "2026-10-05T23:59:59Z"),
        # "from the 5th until the end of October": the end lies after the start, so it is accepted.
        ("2026-10-05/2026-10", "2026-10-05/2026-10", "2026-10-05T00:00:00Z", "2026-10-31T23:59:59Z"),
    ],
)
def test_ranges_span_the_start_of_the_first_to_the_end_of_the_last(
    written: str, text: str, start: str, end: str
) -> None:
    assert parse_occurred(written, BAKU) == Occurred("range", text, start, end)


@pytest.mark.parametrize(
    "written",
    ["2026-10-05T14:30+04:00", "2026-10-05T14:30:15Z", "2026-10-05 14:30", "2026-10-05", "2026-10", "2026",
     "2026-10-01..2026-10-10", "2026-10-05 14:30 / 2026-10-06T09:00-05:00"],
)
def test_canonical_text_round_trips(written: str) -> None:
    occurred = parse_occurred(written, BAKU)
    assert parse_occurred(occurred.text) == occurred
    assert parse_occurred(occurred.text, timezone(timedelta(hours=-7))) == occurred


def test_explicit_offset_wins_over_the_default_zone() -> None:
    assert parse_occurred("2026-10-05T14:30+01:00", BAKU).text == "2026-10-05T14:30:00+01:00"


def test_default_zone_decides_the_instant_of_a_time_without_offset() -> None:
    in_baku = parse_occurred("2026-10-05 14:30", BAKU)
    in_utc = parse_occurred("2026-10-05 14:30", timezone.utc)
    assert in_baku.start == "2026-10-05T10:30:00Z"
    assert in_utc.text == "2026-10-05T14:30:00+00:00"
    assert in_utc.start == "2026-10-05T14:30:00Z"


@pytest.fixture
def local_zone_plus_4(monkeypatch: pytest.MonkeyPatch):
    if not hasattr(time, "tzset"):
        pytest.skip("the local zone can only be switched on Unix")
    monkeypatch.setenv("TZ", "XYZ-04")  # POSIX sign: four hours east of UTC
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone_plus_4")
def test_without_default_zone_the_system_local_zone_is_used_and_written_out() -> None:
    assert parse_occurred("2026-10-05 14:30").text == "2026-10-05T14:30:00+04:00"
    assert parse_date_bound("2026-10-05 14:30", end=False) == "2026-10-05T10:30:00Z"


def test_historical_offsets_with_seconds_round_trip() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        baku = zoneinfo.ZoneInfo("Asia/Baku")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time-zone database on this system")
    occurred = parse_occurred("1910-05-01 12:00", baku)
    assert occurred.text == "1910-05-01T12:00:00+03:19:24"
    assert occurred.start == "1910-05-01T08:40:36Z"
    assert parse_occurred(occurred.text) == occurred


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2026-13-01", "month must be 1–12"),
        ("2026-00", "month must be 1–12"),
        ("2026-02-30", "day must be 1–28 for 2026-02"),
        ("2026-04-31", "day must be 1–30 for 2026-04"),
        ("2026-10-00", "day must be 1–31"),
        ("1899-12-31", "year must be 1900–2100"),
        ("2101", "year must be 1900–2100"),
        ("2026-10-05 24:00", "hour must be 0–23"),
        ("2026-10-05 14:60", "minute must be 0–59"),
        ("2026-10-05 23:59:60", "second must be 0–59"),
        ("2026-10-05T14:30+15:00", "offset must be -14:00 to +14:00"),
        ("2026-10-05T14:30+04:75", "offset minute must be 0–59"),
        ("yesterday", "write it like 2026-10-05"),
        ("05.10.2026", "write it like 2026-10-05"),
        ("2026-10-05T14:30:00.5Z", "write it like 2026-10-05"),
        ("٢٠٢٦", "write it like 2026-10-05"),
    ],
)
def test_bad_dates_are_rejected_with_a_message_naming_them(written: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_occurred(written, BAKU)
    assert f"'{written}'" in str(caught.value)
    assert problem in str(caught.value)


def test_the_example_message_reads_as_specified() -> None:
    with pytest.raises(InvalidInput, match=r"^Cannot read the date '2026-13-01': month must be 1–12\.$"):
        parse_occurred("2026-13-01")


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2026-10-10/2026-10-01", "it ends (2026-10-01) before it starts (2026-10-10)"),
        ("2026/2025-06", "it ends (2025-06) before it starts (2026)"),
        ("2026-10-05T14:00+04:00..2026-10-05T13:00+04:00", "before it starts"),
        ("2026/2027/2028", "a range has one start and one end"),
        ("2026..2027..2028", "a range has one start and one end"),
        ("2026/", "the end is missing"),
        ("..2026", "the start is missing"),
    ],
)
def test_bad_ranges_are_rejected(written: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_occurred(written, BAKU)
    assert f"'{written}'" in str(caught.value)
    assert problem in str(caught.value)


def test_a_bad_part_of_a_range_is_named() -> None:
    with pytest.raises(InvalidInput, match="'2026-02-30': day must be 1–28"):
        parse_occurred("2026-02-01/2026-02-30", BAKU)


@pytest.mark.parametrize("written", ["", "   ", "\n\t"])
def test_empty_input_is_rejected(written: str) -> None:
    with pytest.raises(InvalidInput, match="No date given"):
        parse_occurred(written)


def test_overlong_input_is_rejected_without_echoing_all_of_it() -> None:
    written = "2026-10-05" + " " * 91
    with pytest.raises(InvalidInput, match="too long: 101 characters, at most 100") as caught:
        parse_occurred(written)
    assert "'2026-10-05" in str(caught.value)
    assert len(str(caught.value)) < 100


def test_control_characters_in_input_cannot_break_the_message() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_occurred("2026\u202e-10\nrm")
    assert "\n" not in str(caught.value)
    assert "\u202e" not in str(caught.value)


@pytest.mark.parametrize(
    ("written", "since", "until"),
    [
        ("2026", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z"),
        ("2026-02", "2026-02-01T00:00:00Z", "2026-02-28T23:59:59Z"),
        ("2026-10-05", "2026-10-05T00:00:00Z", "2026-10-05T23:59:59Z"),
        ("2026-10-05T14:30+04:00", "2026-10-05T10:30:00Z", "2026-10-05T10:30:00Z"),
        ("2026-10-05 14:30", "2026-10-05T10:30:00Z", "2026-10-05T10:30:00Z"),
    ],
)
def test_date_bounds_for_filters(written: str, since: str, until: str) -> None:
    assert parse_date_bound(written, end=False, default_tz=BAKU) == since
    assert parse_date_bound(written, end=True, default_tz=BAKU) == until


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2026-10/2026-11", "give one date"),
        ("2026-13", "month must be 1–12"),
        ("", "No date given"),
        ("soon", "'soon'"),
    ],
)
def test_date_bounds_reject_ranges_and_bad_dates(written: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(problem)):
        parse_date_bound(written, end=True)


def test_utc_now_has_microseconds_and_is_current() -> None:
    before = datetime.now(timezone.utc)
    now = utc_now()
    after = datetime.now(timezone.utc)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", now)
    assert before <= datetime.strptime(now, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc) <= after


def test_utc_now_sorts_as_text_in_time_order() -> None:
    stamps = [utc_now() for _ in range(50)]
    assert stamps == sorted(stamps)


OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timedelta(minutes=minutes))
WALL_TIMES = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31, 23, 59, 59)).map(
    lambda moment: moment.replace(microsecond=0)
)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _written_offset(offset: timedelta, colon: bool) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"


@given(WALL_TIMES, OFFSETS, st.sampled_from(["T", " "]), st.booleans())
def test_any_valid_datetime_round_trips(wall: datetime, offset: timedelta, separator: str, colon: bool) -> None:
    written = f"{wall:%Y-%m-%d}{separator}{wall:%H:%M:%S}{_written_offset(offset, colon)}"
    occurred = parse_occurred(written)
    utc = wall.replace(tzinfo=timezone(offset)).astimezone(timezone.utc)
    assert occurred.kind == "instant"
    assert occurred.text == f"{wall:%Y-%m-%dT%H:%M:%S}{_written_offset(offset, colon=True)}"
    assert occurred.start == occurred.end == f"{utc:%Y-%m-%dT%H:%M:%S}Z"
    assert parse_occurred(occurred.text) == occurred


@given(DATES)
def test_any_valid_date_month_and_year_round_trips(day: date) -> None:
    for written, kind in [(f"{day:%Y-%m-%d}", "date"), (f"{day:%Y-%m}", "month"), (f"{day:%Y}", "year")]:
        occurred = parse_occurred(written)
        assert (occurred.kind, occurred.text) == (kind, written)
        assert parse_occurred(occurred.text) == occurred
        assert occurred.start <= f"{day:%Y-%m-%d}T00:00:00Z" < f"{day:%Y-%m-%d}T23:59:59Z" <= occurred.end


@given(DATES, DATES)
def test_ranges_of_dates_are_accepted_in_order_and_rejected_reversed(first: date, second: date) -> None:
    low, high = sorted([first, second])
    occurred = parse_occurred(f"{low}/{high}")
    assert (occurred.start, occurred.end) == (f"{low}T00:00:00Z", f"{high}T23:59:59Z")
    assert parse_occurred(occurred.text) == occurred
    if low != high:
        with pytest.raises(InvalidInput, match="before it starts"):
            parse_occurred(f"{high}..{low}")


@given(st.text() | st.text(alphabet="0123456789-:/.TZz+ \t"))
def test_arbitrary_text_raises_nothing_but_invalid_input(text: str) -> None:
    try:
        occurred = parse_occurred(text, BAKU)
    except InvalidInput:
        pass
    else:
        assert parse_occurred(occurred.text) == occurred
    for parse in (lambda: parse_occurred(text), lambda: parse_date_bound(text, end=True)):
        try:
            parse()
        except InvalidInput:
            pass


@given(st.integers(1899, 2101), st.integers(1, 12), st.integers(1, 31), st.integers(0, 23), st.integers(0, 59),
       st.sampled_from("+-"), st.integers(0, 15), st.sampled_from([0, 30, 45, 59]))
@example(2026, 10, 5, 12, 0, "-", 0, 0)  # '-00:00' is written '+00:00' in canonical form
@example(2026, 2, 29, 12, 0, "+", 4, 0)  # no such day
@example(1900, 1, 1, 0, 0, "+", 14, 0)  # UTC falls in 1899
def test_canonical_instants_take_a_shortcut_to_the_same_result(year: int, month: int, day: int, hour: int,
                                                               minute: int, sign: str, off_h: int, off_m: int) -> None:
    from app.core.records import occurred

    text = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:07{sign}{off_h:02d}:{off_m:02d}"
    try:
        expected = occurred._parse_general(text, None)
    except InvalidInput as error:
        with pytest.raises(InvalidInput, match=re.escape(str(error))):
            occurred._parse_single(text, None)
    else:
        assert occurred._parse_single(text, None) == expected
