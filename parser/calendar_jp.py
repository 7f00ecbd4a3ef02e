"""The Japanese court calendar: which days a court is closed, and Japanese date text.

This is the only module that imports `holidays`. A court-procedure period that ends on a
Saturday, a Sunday, a 国民の祝日 (including 振替休日 and 国民の休日) or one of the year-end days
listed in ``parser/data/deadline_rules.yml`` (12/29–1/3) ends on the next day that is none of
these (民事訴訟法95条3項). The ``holidays`` package covers 1949–2099; outside that range only
weekends and the year-end days count, which is the best we can say about such dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import holidays
import yaml

from parser.errors import DataError
from parser.rules import parse_yaml

_RULES_FILE = Path(__file__).parent / "data" / "deadline_rules.yml"
_WEEKDAYS_JA = "月火水木金土日"
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")

MonthDay = tuple[int, int]


@cache
def _holidays_of_year(year: int) -> dict[date, str]:
    # One plain dict per year, built once: the holidays object fills itself lazily on lookup,
    # which is not something to share between threads of a web server.
    return dict(holidays.country_holidays("JP", years=year, language="ja").items())


@cache
def default_closed_days() -> frozenset[MonthDay]:
    """The year-end closure days (MM-DD) from ``deadline_rules.yml``, the one place they are written."""
    try:
        raw = parse_yaml(_RULES_FILE.read_text(encoding="utf-8"))["court_closed_days"]  # type: ignore[index]
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise DataError(f"{_RULES_FILE.name}: cannot read court_closed_days: {exc}") from exc
    return parse_closed_days(raw)


def parse_closed_days(values: Collection[str]) -> frozenset[MonthDay]:
    """Turn ``["12-29", "01-03"]`` into month/day pairs, rejecting anything else."""
    out: set[MonthDay] = set()
    for value in values:
        m = _MONTH_DAY.match(str(value))
        if m is None:
            raise DataError(f"court_closed_days: {value!r} is not MM-DD")
        month, day = int(m.group(1)), int(m.group(2))
        try:
            date(2024, month, day)  # a leap year, so 02-29 is accepted
        except ValueError as exc:
            raise DataError(f"court_closed_days: {value!r} is not a day of the year") from exc
        out.add((month, day))
    return frozenset(out)


def national_holiday_name(d: date) -> str | None:
    """The Japanese name of the national holiday on `d` (元日, 振替休日, 国民の休日, …), or None."""
    return _holidays_of_year(d.year).get(d)


def closure_reason_ja(d: date, *, closed_days: Collection[MonthDay] | None = None) -> str | None:
    """Why courts are closed on `d`, in plain Japanese, or None when they are open.

    A national holiday is named first (1/1 is 元日 before it is a year-end day).
    """
    closed = default_closed_days() if closed_days is None else closed_days
    name = national_holiday_name(d)
    if name is not None:
        return f"祝日（{name}）"
    if (d.month, d.day) in closed:
        return "年末年始の休み（12月29日〜1月3日）"
    if d.weekday() == 5:
        return "土曜日"
    if d.weekday() == 6:
        return "日曜日"
    return None


def is_court_closed(d: date, *, closed_days: Collection[MonthDay] | None = None) -> bool:
    """True on weekends, national holidays and the year-end closure days."""
    return closure_reason_ja(d, closed_days=closed_days) is not None


def is_rest_day(d: date, *, closed_days: Collection[MonthDay] | None = None) -> bool:
    """A Sunday, a national holiday or a year-end day: the days 民法142条 may treat as holidays.

    Saturday is left out on purpose: it is not a holiday under the 祝日法, and whether a private
    or prescription period moves off a Saturday is unsettled.
    """
    closed = default_closed_days() if closed_days is None else closed_days
    return d.weekday() == 6 or national_holiday_name(d) is not None or (d.month, d.day) in closed


def next_court_open_day(d: date, *, closed_days: Collection[MonthDay] | None = None) -> date:
    """`d` itself when courts are open that day, otherwise the first open day after it."""
    while is_court_closed(d, closed_days=closed_days):
        d += timedelta(days=1)
    return d


def previous_court_open_day(d: date, *, closed_days: Collection[MonthDay] | None = None) -> date:
    """`d` itself when courts are open that day, otherwise the last open day before it."""
    while is_court_closed(d, closed_days=closed_days):
        d -= timedelta(days=1)
    return d


def add_years_civil(trigger: date, years: int) -> date:
    """Last day of a period of `years` years that starts running on the day after `trigger`.

    民法140条: the first day is not counted, so counting starts the day after the trigger.
    民法143条2項: the period ends on the day before the day in the last year that has the same
    month and number as the start; if the last year has no such day (29 February), it ends on the
    last day of that month.
    """
    start = trigger + timedelta(days=1)
    try:
        return start.replace(year=start.year + years) - timedelta(days=1)
    except ValueError:  # started on 29 February, the last year has none: end of February
        return date(start.year + years, 3, 1) - timedelta(days=1)


def format_date_ja(d: date) -> str:
    """``2026年1月5日（月）``."""
    return f"{d.year}年{d.month}月{d.day}日（{_WEEKDAYS_JA[d.weekday()]}）"


# Each era's first day; 令和 starts 2019-05-01, 平成 1989-01-08.
_ERAS: dict[str, tuple[date, date | None]] = {
    "令和": (date(2019, 5, 1), None),
    "平成": (date(1989, 1, 8), date(2019, 4, 30)),
    "昭和": (date(1926, 12, 25), date(1989, 1, 7)),
}
_ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和"}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_ERA_DATE = re.compile(
    r"^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$"
)
_WESTERN_JA = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def parse_date_ja(text: str) -> date:
    """Read a date typed by a person: ``2025-12-18``, ``2025/12/18``, ``2025年12月18日``,
    ``令和7年12月18日``, ``令和元年5月1日``, ``R7.12.18`` (full-width digits are fine).

    Raises ValueError with a short English message when the text is not a real date, including an
    era date outside its era (平成31年5月1日 does not exist: 令和 began that day).
    """
    s = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    m = _ISO.match(s) or _WESTERN_JA.match(s)
    if m is not None:
        y, mo, d = (int(g) for g in m.groups())
        return _make_date(y, mo, d, text)
    m = _ERA_DATE.match(s.upper() if s[:1].isascii() else s)
    if m is None:
        raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD or 令和N年M月D日)")
    era = _ERA_LETTERS.get(m.group(1), m.group(1))
    era_year = 1 if m.group(2) == "元" else int(m.group(2))
    first, last = _ERAS[era]
    result = _make_date(first.year + era_year - 1, int(m.group(3)), int(m.group(4)), text)
    if era_year < 1 or result < first or (last is not None and result > last):
        raise ValueError(f"{text!r} is not a date in the {era} era")
    return result


def _make_date(y: int, mo: int, d: int, text: str) -> date:
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValueError(f"{text!r} is not a real calendar date") from None
