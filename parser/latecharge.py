"""遅延損害金 (late charges): how much accrues between two days.

The formula is principal × annual rate × days / 365, summed exactly and rounded down to the yen
once at the end (円未満切り捨て). Two day bases exist:

* ``"365"``: the contract says 「年365日の日割計算」, so every day is 1/365 of a year.
* ``"court"``: no such clause. Courts and the 東京地裁民事執行センター count whole years from the
  first day at the annual rate, then split the remaining days by calendar year: days that fall in
  a leap year are 1/366 of a year, the others 1/365.

Money is exact: rates are turned into fractions through their decimal text, because
1,000,000 × 14.6% × 107 / 365 is exactly 42,800 and binary floats would round it down to 42,799.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Literal

DayBasis = Literal["365", "court"]


@dataclass(frozen=True)
class Accrual:
    """One late-charge computation; `amount` is rounded down, `exact` is not."""

    amount: int
    exact: Fraction
    days: int
    whole_years: int
    first_day: date
    last_day: date
    day_basis: DayBasis


def _rate(rate_percent: float | int | Decimal | str) -> Fraction:
    value = Fraction(Decimal(str(rate_percent))) / 100
    if value < 0:
        raise ValueError("a late-charge rate cannot be negative")
    return value


def _same_day_years_later(d: date, years: int) -> date:
    # The next accrual year starts on the same month and day; a 29 February start moves to 1 March.
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)


def accrue(
    principal: int,
    rate_percent: float | int | Decimal | str,
    *,
    first_day: date,
    last_day: date,
    day_basis: DayBasis = "court",
) -> Accrual:
    """Late charges on `principal` for every day from `first_day` to `last_day`, both included.

    For charges "from the day after the 期限の利益喪失日 to the payment day", pass the day after
    the trigger as `first_day` (see `accrue_after`). An empty period (last before first) gives 0.
    """
    if principal < 0:
        raise ValueError("principal cannot be negative")
    rate = _rate(rate_percent)
    days = (last_day - first_day).days + 1
    if days <= 0:
        return Accrual(0, Fraction(0), 0, 0, first_day, last_day, day_basis)
    if day_basis == "365":
        exact = principal * rate * days / 365
        return Accrual(int(exact), exact, days, 0, first_day, last_day, day_basis)

    whole_years = 0
    while _same_day_years_later(first_day, whole_years + 1) <= last_day + timedelta(days=1):
        whole_years += 1
    rest_start = _same_day_years_later(first_day, whole_years)
    year_fraction = Fraction(whole_years)
    cursor = rest_start
    while cursor <= last_day:
        year_end = min(date(cursor.year, 12, 31), last_day)
        span = (year_end - cursor).days + 1
        year_fraction += Fraction(span, 366 if calendar.isleap(cursor.year) else 365)
        cursor = year_end + timedelta(days=1)
    exact = principal * rate * year_fraction
    return Accrual(int(exact), exact, days, whole_years, first_day, last_day, day_basis)


def accrue_after(
    principal: int,
    rate_percent: float | int | Decimal | str,
    *,
    trigger: date,
    until: date,
    day_basis: DayBasis = "court",
) -> Accrual:
    """Late charges from the day after `trigger` (期限の利益喪失日, 代位弁済日) to `until` inclusive."""
    return accrue(
        principal, rate_percent, first_day=trigger + timedelta(days=1), last_day=until, day_basis=day_basis
    )


def daily_amount(
    principal: int, rate_percent: float | int | Decimal | str, *, leap_year: bool = False
) -> Fraction:
    """What one day adds: principal × rate / 365 (or / 366 for a leap-year day on the court basis)."""
    return principal * _rate(rate_percent) / (366 if leap_year else 365)
