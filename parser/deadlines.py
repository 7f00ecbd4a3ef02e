"""The deadline stage: legal and letter-set dates, each with its basis, certainty and a note.

The rules are data (``parser/data/deadline_rules.yml``, validated by `DeadlineRules`); this
module only knows how to apply the five kinds of computation the data names:

* ``as_stated``    the date printed on the letter (お支払期限, 答弁書の提出期限, 口頭弁論期日);
* ``court_period`` trigger + N days, first day not counted (民法140条), moved off a day courts are
                   closed (民事訴訟法95条3項): the 督促異議 periods;
* ``before_date``  N days before another date (答弁書 ≈ hearing − 7 days when not printed);
* ``limitation``   the earliest possible 消滅時効 date, always ``estimated``;
* ``late_charge``  an informational 遅延損害金 estimate (see `parser.latecharge`).

Scam letters: the pipeline does not call `compute` for a letter it judged to be a 架空請求, and
no rule fires for document type ``other`` either, so such a letter never gets a deadline.

No "today" is used anywhere: every date comes in through the facts or the arguments.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from parser.calendar_jp import (
    MonthDay,
    add_years_civil,
    closure_reason_ja,
    format_date_ja,
    is_rest_day,
    next_court_open_day,
    parse_closed_days,
    previous_court_open_day,
)
from parser.errors import DataError
from parser.latecharge import DayBasis, accrue_after, daily_amount
from parser.models import (
    Certainty,
    CreditorKind,
    Dates,
    Deadline,
    DeadlineFacts,
    DeadlineRule,
    DeadlineRules,
    DocumentType,
    Extraction,
    LimitationPeriod,
    LimitationSpec,
)
from parser.rules import parse_yaml

RULES_FILE = Path(__file__).parent / "data" / "deadline_rules.yml"

DATE_FIELDS: frozenset[str] = frozenset(Dates.model_fields)
SPECIAL_TRIGGERS: frozenset[str] = frozenset({"received", "assumed_received", "limitation", "late_charge"})

# Every name a note template may use; the file is rejected when a template uses another.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "date", "raw_date", "trigger_date", "closed_reason", "next_open", "issued", "assumed",
        "assume_days", "start", "start_label", "years", "principal", "rate", "amount", "daily",
        "days", "basis_text", "creditor_label", "reference",
    }
)  # fmt: skip


# --------------------------------------------------------------------------- rules


@cache
def load_rules(path: Path = RULES_FILE) -> DeadlineRules:
    """Read and check the rule file once. A broken file is an author error: `DataError`."""
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
        rules = DeadlineRules.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise DataError(f"{path.name}: {exc}") from exc
    _check_rules(rules, path.name)
    return rules


def _template_names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_rules(rules: DeadlineRules, where: str) -> None:
    def fail(message: str) -> None:
        raise DataError(f"{where}: {message}")

    parse_closed_days(rules.court_closed_days)
    if set(rules.certainty_labels_ja) != set(Certainty):
        fail("certainty_labels_ja must name every certainty")
    templates: list[str] = [rules.lawyer_caveat_ja]
    for rule in rules.rules:
        if rule.trigger not in DATE_FIELDS | SPECIAL_TRIGGERS:
            fail(f"rule {rule.kind}: unknown trigger {rule.trigger!r}")
        for name in [*rule.skip_if, *rule.not_before]:
            if name not in DATE_FIELDS | {"received", "assumed_received"}:
                fail(f"rule {rule.kind}: unknown date {name!r} in skip_if/not_before")
        if rule.computation in ("court_period", "before_date") and (rule.days is None or rule.days < 0):
            fail(f"rule {rule.kind}: {rule.computation} needs days >= 0")
        if rule.computation == "limitation" and (
            rules.limitation is None or rule.certainty != Certainty.estimated
        ):
            fail(f"rule {rule.kind}: a limitation rule needs the limitation section and certainty estimated")
        if rule.computation == "late_charge" and rules.late_charge is None:
            fail(f"rule {rule.kind}: a late_charge rule needs the late_charge section")
        if (
            rule.certainty == Certainty.estimated
            and rule.trigger == "assumed_received"
            and not rule.assumption_ja
        ):
            fail(f"rule {rule.kind}: an assumed trigger must state its assumption")
        if not rule.label_ja:
            fail(f"rule {rule.kind}: label_ja is empty")
        templates += [rule.note_ja, rule.missed_ja, rule.closed_note_ja, rule.assumption_ja]
    if rules.limitation is not None:
        lim = rules.limitation
        for name in lim.start_fields:
            if name not in DATE_FIELDS or name not in lim.start_labels_ja:
                fail(f"limitation: start field {name!r} is not a labelled Dates field")
        allowed_years = {lim.old_law_commercial.years, lim.old_law_civil.years}
        seen: set[CreditorKind] = set()
        for spec in lim.creditor_kinds:
            seen.add(spec.kind)
            if spec.old_law_years not in allowed_years:
                fail(
                    f"limitation: {spec.kind} has {spec.old_law_years} years, not one of {sorted(allowed_years)}"
                )
        for pattern in [p for spec in lim.creditor_kinds for p in spec.patterns] + lim.court_fixed_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                fail(f"limitation: bad pattern {pattern!r}: {exc}")
        if seen != set(CreditorKind):
            fail("limitation: creditor_kinds must list every CreditorKind")
        templates += [
            lim.new_law.explain_ja, lim.old_law_commercial.explain_ja, lim.old_law_civil.explain_ja,
            lim.court_fixed.explain_ja, lim.new_law_unknown_contract_ja, lim.old_law_inferred_ja,
            lim.court_fixed_unknown_date_ja, lim.last_payment_start_ja, lim.rest_day_note_ja,
            lim.caveats_ja, lim.past_prefix_ja, lim.do_not_pay_ja, *lim.document_notes_ja.values(),
        ]  # fmt: skip
    if rules.late_charge is not None:
        lc = rules.late_charge
        for name in [*lc.start_fields, *lc.end_fields]:
            if name not in DATE_FIELDS:
                fail(f"late_charge: {name!r} is not a Dates field")
        for name in lc.start_fields:
            if name not in lc.start_labels_ja:
                fail(f"late_charge: start field {name!r} has no label")
        templates += [lc.basis_365_ja, lc.basis_court_ja, lc.basis_unknown_ja]
    for template in templates:
        try:
            unknown = _template_names(template) - PLACEHOLDERS
        except ValueError as exc:
            fail(f"bad template {template[:30]!r}: {exc}")
        if unknown:
            fail(f"unknown placeholder(s) {sorted(unknown)} in {template[:30]!r}")


def kind_label_ja(kind: str, rules: DeadlineRules | None = None) -> str:
    """The Japanese name of a deadline kind (督促異議の申立期限 …); the kind itself when unknown."""
    for rule in (rules or load_rules()).rules:
        if rule.kind == kind:
            return rule.label_ja
    return kind


def certainty_label_ja(certainty: Certainty, rules: DeadlineRules | None = None) -> str:
    return (rules or load_rules()).certainty_labels_ja.get(certainty, certainty.value)


# --------------------------------------------------------------------------- facts


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):  # a date-time from an extractor: keep the day
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def creditor_kind_of(*names: str | None, rules: DeadlineRules | None = None) -> CreditorKind:
    """The lender kind the first name that says so belongs to (信用金庫 → shinkin, …)."""
    lim = (rules or load_rules()).limitation
    if lim is None:
        return CreditorKind.unknown
    for name in names:
        if not name:
            continue
        compact = _compact(name)
        for spec in lim.creditor_kinds:
            if any(re.search(pattern, compact) for pattern in spec.patterns):
                return spec.kind
    return CreditorKind.unknown


def facts_from_extraction(extraction: Extraction, *, rules: DeadlineRules | None = None) -> DeadlineFacts:
    """Collect what the rules need from the extract stage's result."""
    rules = rules or load_rules()
    dates = Dates(**{name: _as_date(extraction.value(f"dates.{name}")) for name in Dates.model_fields})

    raw_rate = extraction.value("late_damages_rate_percent")
    rate = float(raw_rate) if _is_number(raw_rate) and 0 <= raw_rate <= 100 else None
    raw_principal = extraction.value("amounts.principal")
    principal = raw_principal if isinstance(raw_principal, int) and _is_number(raw_principal) else None
    if principal is not None and principal < 0:
        principal = None

    kind = creditor_kind_of(
        extraction.value("original_creditor.name"),
        extraction.value("creditor.name"),
        extraction.value("sender.name"),
        rules=rules,
    )
    text = _compact(extraction.norm_text or extraction.raw_text)
    fixed = False
    if rules.limitation is not None and extraction.document_type not in rules.limitation.court_document_types:
        # A letter that quotes a judgment, a 和解調書 or a court case number: 10 years (民法169条).
        fixed = any(re.search(pattern, text) for pattern in rules.limitation.court_fixed_patterns)
    basis_365: bool | None = None
    if rules.late_charge is not None and any(p in text for p in rules.late_charge.day_basis_365_phrases):
        basis_365 = True
    return DeadlineFacts(
        document_type=extraction.document_type,
        dates=dates,
        late_damages_rate_percent=rate,
        principal=principal,
        fixed_by_court=fixed,
        creditor_kind=kind,
        day_basis_365=basis_365,
    )


# --------------------------------------------------------------------------- computing


@dataclass(frozen=True)
class _Context:
    facts: DeadlineFacts
    received: date | None
    assume_days: int
    closed: frozenset[MonthDay]
    rules: DeadlineRules

    def trigger(self, name: str) -> date | None:
        if name == "received":
            return self.received
        if name == "assumed_received":
            issued = self.facts.dates.issued
            return None if issued is None else issued + timedelta(days=self.assume_days)
        if name in DATE_FIELDS:
            value = getattr(self.facts.dates, name)
            return value if isinstance(value, date) else None
        return None

    def closure(self, d: date) -> str | None:
        return closure_reason_ja(d, closed_days=self.closed)

    def next_open(self, d: date) -> date:
        return next_court_open_day(d, closed_days=self.closed)

    def previous_open(self, d: date) -> date:
        return previous_court_open_day(d, closed_days=self.closed)


def _render(template: str, values: Mapping[str, object]) -> str:
    if not template:
        return ""
    try:
        return template.format_map(values)
    except (KeyError, ValueError, IndexError) as exc:
        raise DataError(f"deadline_rules.yml: template {template[:30]!r} needs {exc}") from exc


def _note(rule: DeadlineRule, ctx: _Context, values: Mapping[str, object], *, closed: bool,
          extra: list[str] | None = None) -> str:  # fmt: skip
    parts = [_render(rule.note_ja, values)]
    if rule.certainty != Certainty.stated:
        parts.append(_render(rule.assumption_ja, values))
    if closed:
        parts.append(_render(rule.closed_note_ja, values))
    parts += extra or []
    parts.append(_render(rule.missed_ja, values))
    if rule.certainty != Certainty.stated:
        # Every computed or estimated date ends with the lawyer caveat.
        parts.append(ctx.rules.lawyer_caveat_ja)
    return "".join(p for p in parts if p)


def _trigger_text(rule: DeadlineRule, ctx: _Context, trigger: date) -> str:
    if rule.trigger == "assumed_received":
        unit = "day" if ctx.assume_days == 1 else "days"
        return f"assumed_received={trigger.isoformat()} (issued={ctx.facts.dates.issued} + {ctx.assume_days} {unit})"
    return f"{rule.trigger}={trigger.isoformat()}"


def _base_values(ctx: _Context, trigger: date) -> dict[str, object]:
    issued = ctx.facts.dates.issued
    return {
        "trigger_date": format_date_ja(trigger),
        "issued": format_date_ja(issued) if issued else "",
        "assumed": format_date_ja(trigger),
        "assume_days": ctx.assume_days,
    }


def _as_stated(rule: DeadlineRule, ctx: _Context) -> Deadline | None:
    day = ctx.trigger(rule.trigger)
    if day is None:
        return None
    reason = ctx.closure(day)
    values = _base_values(ctx, day) | {
        "date": format_date_ja(day),
        "raw_date": format_date_ja(day),
        "closed_reason": reason or "",
        "next_open": format_date_ja(ctx.next_open(day)),
    }
    return Deadline(
        kind=rule.kind,
        date=day,
        basis=rule.statute,
        certainty=rule.certainty,
        note_ja=_note(rule, ctx, values, closed=reason is not None),
        trigger=f"{rule.trigger}={day.isoformat()} (as printed)",
    )


def _shifted(rule: DeadlineRule, ctx: _Context, *, sign: int) -> Deadline | None:
    trigger = ctx.trigger(rule.trigger)
    if trigger is None or rule.days is None:
        return None
    raw = trigger + timedelta(days=sign * rule.days)
    reason = ctx.closure(raw)
    if rule.if_closed == "next_open":
        final = ctx.next_open(raw)
    elif rule.if_closed == "previous_open":
        final = ctx.previous_open(raw)
    else:
        final = raw
    for name in rule.not_before:
        floor = ctx.trigger(name)
        if floor is not None and final < floor:
            return None  # an estimate that is already behind the letter helps nobody
    values = _base_values(ctx, trigger) | {
        "date": format_date_ja(final),
        "raw_date": format_date_ja(raw),
        "closed_reason": reason or "",
        "next_open": format_date_ja(ctx.next_open(raw)),
        "days": rule.days,
    }
    text = _trigger_text(rule, ctx, trigger)
    if sign < 0:
        text += f" - {rule.days} days"
    return Deadline(
        kind=rule.kind,
        date=final,
        basis=rule.statute,
        certainty=rule.certainty,
        note_ja=_note(rule, ctx, values, closed=reason is not None and rule.if_closed != "keep"),
        trigger=text,
    )


def _court_period(rule: DeadlineRule, ctx: _Context) -> Deadline | None:
    # 民法140条: the day of receipt is not counted, so day 14 is trigger + 14.
    return _shifted(rule, ctx, sign=+1)


def _before_date(rule: DeadlineRule, ctx: _Context) -> Deadline | None:
    return _shifted(rule, ctx, sign=-1)


def _limitation_period(
    spec: LimitationSpec, ctx: _Context, starts: dict[str, date]
) -> tuple[LimitationPeriod, list[str]]:
    """Which period applies (new law, old law 商事/民事) and the sentences that explain the choice."""
    facts = ctx.facts
    kind_spec = next(s for s in spec.creditor_kinds if s.kind == facts.creditor_kind)
    contract = facts.dates.contract
    notes: list[str] = []
    if contract is not None:
        old_law = contract < spec.new_law_from
    else:
        # Every date on the letter comes after the contract: one before the new law proves an old contract.
        earliest_field, earliest = min(starts.items(), key=lambda kv: kv[1])
        old_law = earliest < spec.new_law_from
        if old_law:
            notes.append(
                _render(spec.old_law_inferred_ja, {"start_label": spec.start_labels_ja[earliest_field]})
            )
    if not old_law:
        notes.append(spec.new_law_unknown_contract_ja if contract is None else spec.new_law.explain_ja)
        return spec.new_law, notes
    period = (
        spec.old_law_civil if kind_spec.old_law_years == spec.old_law_civil.years else spec.old_law_commercial
    )
    notes.insert(0, _render(period.explain_ja, {"creditor_label": kind_spec.label_ja}))
    return period, notes


def _limitation(rule: DeadlineRule, ctx: _Context) -> Deadline | None:
    spec = ctx.rules.limitation
    if spec is None:
        return None
    facts = ctx.facts
    starts = {name: d for name in spec.start_fields if (d := ctx.trigger(name)) is not None}
    notes: list[str] = []
    if facts.fixed_by_court and facts.fixed_on is not None:
        start_field, start, period = "fixed_on", facts.fixed_on, spec.court_fixed
        notes.append(period.explain_ja)
    elif not starts:
        return None  # no trigger date on the letter: say nothing rather than guess
    else:
        # The latest date is the conservative start (§2.2.3); ties go to the later-listed field.
        order = {name: i for i, name in enumerate(spec.start_fields)}
        start_field, start = max(starts.items(), key=lambda kv: (kv[1], order[kv[0]]))
        if facts.fixed_by_court:
            period = spec.court_fixed
            notes.append(period.explain_ja)
        else:
            period, notes = _limitation_period(spec, ctx, starts)
    start_label = spec.start_labels_ja.get(start_field, start_field)
    values: dict[str, object] = {
        "start": format_date_ja(start),
        "start_label": start_label,
        "years": period.years,
    }
    if facts.fixed_by_court and facts.fixed_on is None:
        notes.append(_render(spec.court_fixed_unknown_date_ja, values))
    end = add_years_civil(start, period.years)
    values["date"] = format_date_ja(end)
    if start_field == "last_payment" and not facts.fixed_by_court:
        notes.append(spec.last_payment_start_ja)
    if is_rest_day(end, closed_days=ctx.closed):
        values |= {"closed_reason": ctx.closure(end) or "", "next_open": format_date_ja(ctx.next_open(end))}
        notes.append(_render(spec.rest_day_note_ja, values))
    notes.append(spec.document_notes_ja.get(facts.document_type, ""))
    notes.append(spec.caveats_ja)
    references = [d for d in (ctx.received, facts.dates.issued, facts.dates.as_of) if d is not None]
    if references and end < max(references):
        notes.append(_render(spec.past_prefix_ja, {"reference": format_date_ja(max(references))}))
    notes.append(spec.do_not_pay_ja)
    return Deadline(
        kind=rule.kind,
        date=end,
        basis=f"{period.statute}、{rule.statute}",
        certainty=Certainty.estimated,  # never stated or computed: the letter cannot show what paused it
        note_ja=_note(rule, ctx, values, closed=False, extra=[n for n in notes if n]),
        trigger=f"{start_field}={start.isoformat()}",
    )


def _yen(value: Fraction) -> str:
    """Whole yen, half up, with thousands separators (for 「約…円」 only; amounts are floored)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return f"{int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)):,}"


def _late_charge(rule: DeadlineRule, ctx: _Context) -> Deadline | None:
    spec = ctx.rules.late_charge
    facts = ctx.facts
    if spec is None or facts.principal is None or facts.late_damages_rate_percent is None:
        return None
    start_field = next((name for name in spec.start_fields if ctx.trigger(name) is not None), None)
    if start_field is None:
        return None
    start = ctx.trigger(start_field)
    assert start is not None
    end = next((d for name in spec.end_fields if (d := ctx.trigger(name)) is not None and d > start), None)
    if end is None:
        return None
    basis: DayBasis = "365" if facts.day_basis_365 else "court"
    accrual = accrue_after(
        facts.principal, facts.late_damages_rate_percent, trigger=start, until=end, day_basis=basis
    )
    daily = daily_amount(facts.principal, facts.late_damages_rate_percent)
    if facts.day_basis_365:
        basis_text = spec.basis_365_ja
    elif facts.day_basis_365 is False:
        basis_text = spec.basis_court_ja
    else:
        basis_text = spec.basis_unknown_ja
    values = {
        "principal": f"{facts.principal:,}",
        "rate": f"{facts.late_damages_rate_percent:g}",
        "start_label": spec.start_labels_ja.get(start_field, start_field),
        "start": format_date_ja(start),
        "date": format_date_ja(end),
        "days": accrual.days,
        "amount": f"{accrual.amount:,}",
        "daily": _yen(daily),
        "basis_text": basis_text,
    }
    return Deadline(
        kind=rule.kind,
        date=end,
        basis=rule.statute,
        certainty=Certainty.estimated,
        note_ja=_note(rule, ctx, values, closed=False),
        trigger=f"{start_field}={start.isoformat()}",
    )


_COMPUTATIONS: dict[str, Callable[[DeadlineRule, _Context], Deadline | None]] = {
    "as_stated": _as_stated,
    "court_period": _court_period,
    "before_date": _before_date,
    "limitation": _limitation,
    "late_charge": _late_charge,
}


def _applies(rule: DeadlineRule, document_type: DocumentType) -> bool:
    return "*" in rule.document_types or document_type in rule.document_types


def compute(
    facts: DeadlineFacts,
    *,
    received: date | None,
    assume_received_after_days: int | None = None,
    rules: DeadlineRules | None = None,
) -> list[Deadline]:
    """The deadlines these facts produce, sorted by date.

    `received` is the day the reader received the letter (送達日 for court papers); without it a
    court period is `estimated` from the printed date plus `assume_received_after_days` (default:
    ``default_days_to_receipt`` in the rule file), and the note says so. Not for scam letters: the
    caller skips this stage for them (and no rule fires for document type ``other``).
    """
    rules = rules or load_rules()
    days = rules.default_days_to_receipt if assume_received_after_days is None else assume_received_after_days
    if days < 0:
        raise ValueError("assume_received_after_days cannot be negative")
    ctx = _Context(facts, received, days, parse_closed_days(rules.court_closed_days), rules)
    found: list[tuple[date, int, Deadline]] = []
    for index, rule in enumerate(rules.rules):
        if not _applies(rule, facts.document_type):
            continue
        if any(ctx.trigger(name) is not None for name in rule.skip_if):
            continue
        deadline = _COMPUTATIONS[rule.computation](rule, ctx)
        if deadline is not None:
            found.append((deadline.date, index, deadline))
    return [deadline for _, _, deadline in sorted(found, key=lambda item: (item[0], item[1]))]
