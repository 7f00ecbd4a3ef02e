"""遅延損害金: the 365-day basis, the court method for leap years, rounding."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parser.latecharge import accrue, accrue_after, daily_amount


def test_worked_example_with_a_365_clause() -> None:
    # letters_and_law.md §2.5.4: ¥1,000,000 at 14.6%, acceleration 2027-11-15, paid 2028-03-01.
    result = accrue_after(
        1_000_000, 14.6, trigger=date(2027, 11, 15), until=date(2028, 3, 1), day_basis="365"
    )
    assert result.days == 107
    assert result.amount == 42_800  # exactly; floats would give 42,799


def test_worked_example_on_the_court_basis() -> None:
    # 46 days of 2027 ÷ 365 + 61 days of 2028 ÷ 366 = 18,400 + 24,333.3 → 42,733.
    result = accrue_after(
        1_000_000, 14.6, trigger=date(2027, 11, 15), until=date(2028, 3, 1), day_basis="court"
    )
    assert result.amount == 42_733
    assert result.whole_years == 0


def test_tokyo_execution_centre_example_whole_years_then_split_days() -> None:
    # 元本10万円・年18%、起算日 令和3年8月2日 → 令和7年7月15日: 3 years + 152/366 + 196/365, floored once.
    result = accrue(100_000, 18, first_day=date(2021, 8, 2), last_day=date(2025, 7, 15), day_basis="court")
    assert result.whole_years == 3
    assert result.exact == Fraction(100_000 * 18, 100) * (3 + Fraction(152, 366) + Fraction(196, 365))
    assert result.amount == 71_141


def test_tokyo_example_without_a_leap_year() -> None:
    result = accrue(100_000, 18, first_day=date(2021, 8, 2), last_day=date(2023, 8, 15), day_basis="court")
    assert (result.whole_years, result.amount) == (2, 36_690)


def test_whole_year_exactly_is_the_annual_rate() -> None:
    result = accrue(1_000_000, 5, first_day=date(2023, 3, 1), last_day=date(2024, 2, 29), day_basis="court")
    assert result.whole_years == 1 and result.amount == 50_000


def test_empty_period_is_zero() -> None:
    result = accrue_after(1_000_000, 14.6, trigger=date(2025, 1, 10), until=date(2025, 1, 10))
    assert (result.amount, result.days) == (0, 0)


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        accrue(-1, 14.6, first_day=date(2025, 1, 1), last_day=date(2025, 2, 1))
    with pytest.raises(ValueError):
        accrue(1, -3, first_day=date(2025, 1, 1), last_day=date(2025, 2, 1))


def test_daily_amount() -> None:
    assert daily_amount(1_000_000, 14.6) == 400  # 日歩4銭
    assert daily_amount(1_000_000, 14.6, leap_year=True) == Fraction(146_000, 366)


@given(
    st.integers(0, 50_000_000),
    st.decimals(min_value=0, max_value="29.2", places=2),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.integers(0, 5000),
)
def test_court_basis_never_exceeds_365_basis(principal: int, rate: object, first: date, span: int) -> None:
    last = first + timedelta(days=span)
    court = accrue(principal, str(rate), first_day=first, last_day=last, day_basis="court")
    flat = accrue(principal, str(rate), first_day=first, last_day=last, day_basis="365")
    assert 0 <= court.exact <= flat.exact
    assert flat.exact == principal * Fraction(str(rate)) / 100 * (span + 1) / 365
    assert court.amount == int(court.exact) and flat.amount == int(flat.exact)
    assert court.days == flat.days == span + 1


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.integers(0, 3000),
    st.integers(1, 400),
)
def test_more_days_never_cost_less(first: date, span: int, extra: int) -> None:
    a = accrue(1_234_567, 14.6, first_day=first, last_day=first + timedelta(days=span))
    b = accrue(1_234_567, 14.6, first_day=first, last_day=first + timedelta(days=span + extra))
    assert b.exact > a.exact
