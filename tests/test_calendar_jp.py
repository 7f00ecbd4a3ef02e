"""The court calendar: holidays, year-end closure, period ends and Japanese dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parser.calendar_jp import (
    add_years_civil,
    closure_reason_ja,
    default_closed_days,
    format_date_ja,
    is_court_closed,
    is_rest_day,
    national_holiday_name,
    next_court_open_day,
    parse_closed_days,
    parse_date_ja,
    previous_court_open_day,
)
from parser.errors import DataError

days_2000_2090 = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@pytest.mark.parametrize(
    ("day", "closed", "reason_part"),
    [
        (date(2025, 11, 24), True, "振替休日"),  # 勤労感謝の日 on a Sunday
        (date(2025, 11, 25), False, None),
        (date(2026, 9, 22), True, "国民の休日"),  # between 敬老の日 and 秋分の日
        (date(2019, 5, 1), True, "天皇の即位の日"),  # 令和元年5月1日
        (date(2019, 10, 22), True, "即位礼正殿の儀"),
        (date(2025, 12, 29), True, "年末年始"),  # a Monday, closed only as a year-end day
        (date(2026, 1, 2), True, "年末年始"),
        (date(2026, 1, 1), True, "元日"),  # the holiday name wins over the year-end block
        (date(2025, 12, 27), True, "土曜日"),
        (date(2025, 12, 28), True, "日曜日"),
        (date(2025, 12, 26), False, None),
        (date(2024, 2, 29), False, None),
    ],
)
def test_closed_days_and_reasons(day: date, closed: bool, reason_part: str | None) -> None:
    assert is_court_closed(day) is closed
    reason = closure_reason_ja(day)
    if reason_part is None:
        assert reason is None
    else:
        assert reason is not None and reason_part in reason


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 1), date(2026, 1, 5)),  # 1/1 元日, 1/2 1/3 closure, 1/4 Sunday
        (date(2025, 11, 24), date(2025, 11, 25)),
        (date(2019, 4, 27), date(2019, 5, 7)),  # the ten-day Golden Week of 令和 year one
        (date(2025, 5, 3), date(2025, 5, 7)),
        (date(2026, 5, 2), date(2026, 5, 7)),
        (date(2026, 12, 31), date(2027, 1, 4)),
        (date(2025, 12, 4), date(2025, 12, 4)),  # an open day is its own answer
    ],
)
def test_next_court_open_day(day: date, expected: date) -> None:
    assert next_court_open_day(day) == expected


def test_previous_court_open_day_crosses_the_year_end() -> None:
    assert previous_court_open_day(date(2026, 1, 3)) == date(2025, 12, 26)
    assert previous_court_open_day(date(2026, 2, 11)) == date(2026, 2, 10)


def test_rest_day_excludes_plain_saturday() -> None:
    assert not is_rest_day(date(2025, 6, 14))  # Saturday
    assert is_rest_day(date(2025, 6, 15))  # Sunday
    assert is_rest_day(date(2025, 12, 30))
    assert is_rest_day(date(2025, 11, 3))


def test_closed_days_come_from_the_rule_file_and_match_the_statute() -> None:
    # 民事訴訟法95条3項: 12/29–12/31 and 1/2–1/3 (1/1 is 元日).
    assert default_closed_days() >= {(12, 29), (12, 30), (12, 31), (1, 2), (1, 3)}


def test_closed_days_are_checked() -> None:
    assert parse_closed_days(["02-29"]) == {(2, 29)}
    with pytest.raises(DataError):
        parse_closed_days(["12/29"])
    with pytest.raises(DataError):
        parse_closed_days(["02-30"])


def test_holiday_names_are_japanese() -> None:
    assert national_holiday_name(date(2025, 5, 6)) == "振替休日"
    assert national_holiday_name(date(2025, 5, 7)) is None


@pytest.mark.parametrize(
    ("trigger", "years", "end"),
    [
        (date(2020, 6, 15), 5, date(2025, 6, 15)),  # letters_and_law.md worked example
        (date(2021, 3, 10), 10, date(2031, 3, 10)),  # final 支払督促 → 10 years
        (date(2020, 2, 28), 5, date(2025, 2, 28)),  # starts 2/29; 2025 has none → end of February
        (date(2023, 2, 28), 5, date(2028, 2, 29)),  # starts 3/1; ends the day before 2028-03-01
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2019, 4, 30), 5, date(2024, 4, 30)),  # the last day of 平成
        (date(2019, 12, 31), 5, date(2024, 12, 31)),
    ],
)
def test_add_years_civil(trigger: date, years: int, end: date) -> None:
    assert add_years_civil(trigger, years) == end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-18", date(2025, 12, 18)),
        ("2025/12/18", date(2025, 12, 18)),
        ("２０２５－１２－１８", date(2025, 12, 18)),
        ("2025年12月18日", date(2025, 12, 18)),
        ("令和7年12月18日", date(2025, 12, 18)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和１年５月１日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("r7.12.18", date(2025, 12, 18)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_parse_date_ja(text: str, expected: date) -> None:
    assert parse_date_ja(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025-13-01",
        "2025-02-29",
        "平成31年5月1日",
        "令和元年4月30日",
        "令和0年5月1日",
        "tomorrow",
        "",
        "昭和64年1月8日",
    ],
)
def test_parse_date_ja_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date_ja(text)


def test_format_date_ja() -> None:
    assert format_date_ja(date(2026, 1, 5)) == "2026年1月5日（月）"


@given(days_2000_2090)
def test_next_open_day_is_open_and_nothing_open_was_skipped(day: date) -> None:
    result = next_court_open_day(day)
    assert result >= day
    assert not is_court_closed(result)
    skipped = day
    while skipped < result:
        assert is_court_closed(skipped)
        skipped += timedelta(days=1)
    assert (result - day).days <= 10  # the longest closure is the 2019 Golden Week


@given(days_2000_2090)
def test_previous_open_day_is_open(day: date) -> None:
    result = previous_court_open_day(day)
    assert result <= day and not is_court_closed(result)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 20))
def test_add_years_civil_is_about_n_years_later(trigger: date, years: int) -> None:
    end = add_years_civil(trigger, years)
    assert end > trigger
    assert abs((end - trigger).days - round(365.2425 * years)) <= 2
