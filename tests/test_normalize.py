from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parser import normalize

# fmt: off
AMOUNTS = [
    ("金1,234,567円", 1234567),
    ("￥1,234,567-", 1234567),
    ("¥1,234,567※", 1234567),
    ("金１，２３４，５６７円", 1234567),
    ("1,234千円", 1234000),
    ("123万4,567円", 1234567),
    ("約86万円", 860000),
    ("金壱百弐拾参万四千五百六拾七円", 1234567),
    ("金百二十三万四千五百六十七円也", 1234567),
    ("金 1,234,567 円", 1234567),
    ("△12,000円", -12000),
    ("1.111.111円", 1111111),  # commas read as periods
]
DATES = [
    ("令和7年11月24日(月)", date(2025, 11, 24)),
    ("令和７年１１月２４日", date(2025, 11, 24)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("令和1年5月1日", date(2019, 5, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("平成32年1月10日", date(2020, 1, 10)),  # a system that never learned about 令和
    ("昭和62年3月1日", date(1987, 3, 1)),
    ("R7.11.24", date(2025, 11, 24)),
    ("R07.11.24", date(2025, 11, 24)),
    ("H30.04.01", date(2018, 4, 1)),
    ("令7.11.24", date(2025, 11, 24)),
    ("2025年11月24日", date(2025, 11, 24)),
    ("2025/11/24", date(2025, 11, 24)),
    ("2025-11-24", date(2025, 11, 24)),
    ("２０２５．１１．２４", date(2025, 11, 24)),
    ("令和七年十一月二十四日", date(2025, 11, 24)),
    ("二〇二五年十一月二十四日", date(2025, 11, 24)),
]
RATES = [("年14.6%", 14.6), ("年14.6パーセント", 14.6), ("年率14.60％", 14.6), ("年1割4分6厘", 14.6), ("日歩4銭", 14.6),
         ("年3%", 3.0), ("年21.9%", 21.9)]
PHONES = [("TEL 03(1234)5678", "03-1234-5678"), ("03-1234-5678", "03-1234-5678"), ("0120-000-123", "0120-000-123"),
          ("090-1234-5678", "090-1234-5678"), ("ＴＥＬ ０３－１２３４－５６７８", "03-1234-5678")]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts(text: str, expected: int) -> None:
    assert [m.value for m in normalize.amounts(normalize.text(text), bare_numbers=True)][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: date) -> None:
    assert normalize.first_date(normalize.text(text)) == expected


def test_case_number_is_not_a_date() -> None:
    assert normalize.first_date("事件番号 令和7年(ロ)第1234号") is None


def test_month_day_takes_year_from_the_letter_and_rolls_over() -> None:
    assert normalize.first_date("11月24日(月)必着", ref=date(2025, 11, 10)) == date(2025, 11, 24)
    assert normalize.first_date("1月10日必着", ref=date(2025, 12, 20)) == date(2026, 1, 10)


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_rates(text: str, expected: float) -> None:
    assert [m.value for m in normalize.rates(normalize.text(text))][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_phones(text: str, expected: str) -> None:
    assert [m.value for m in normalize.phones(normalize.text(text))][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("法務大臣許可番号 第113号", 113), ("法務大臣許可第5号", 5), ("許可番号:法務大臣第10号", 10), ("法務大臣許可番号第百十三号", 113)],
)
def test_license_numbers(text: str, expected: int) -> None:
    assert [m.value for m in normalize.license_numbers(normalize.text(text))] == [expected]


def test_text_removes_spacing_between_japanese_but_keeps_cells_apart() -> None:
    assert normalize.text("請 求 金 額　金 1,234 円") == "請求金額金1,234円"
    assert normalize.text("元金 1,000,000 利息 20,000") == "元金1,000,000 利息20,000"


@given(st.integers(min_value=1, max_value=10**10))
def test_amount_round_trip(n: int) -> None:
    assert normalize.yen(f"金{n:,}円") == n
    assert normalize.yen(f"￥{n:,}-") == n


@given(st.dates(min_value=date(1989, 1, 8), max_value=date(2090, 12, 31)))
def test_era_date_round_trip(d: date) -> None:
    era, start = ("令和", 2019) if d >= date(2019, 5, 1) else ("平成", 1989)
    year = d.year - start + 1
    label = "元" if year == 1 else str(year)
    assert normalize.first_date(f"{era}{label}年{d.month}月{d.day}日") == d
    assert normalize.first_date(d.strftime("%Y/%m/%d")) == d


@given(st.text(max_size=200))
def test_normalisers_never_crash(s: str) -> None:
    t = normalize.text(s)
    assert normalize.text(t) == t  # idempotent
    list(normalize.amounts(t, bare_numbers=True))
    list(normalize.dates(t, ref=date(2025, 1, 1)))
    list(normalize.rates(t))
    list(normalize.phones(t))
    list(normalize.license_numbers(t))
