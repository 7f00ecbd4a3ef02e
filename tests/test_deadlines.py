"""The deadline stage: court periods, letter dates, 消滅時効, late charges, the CLI."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parser import deadlines as dl
from parser.calendar_jp import is_court_closed
from parser.cli_deadlines import deadlines_command
from parser.errors import DataError
from parser.models import (
    Certainty,
    CreditorKind,
    Dates,
    Deadline,
    DeadlineFacts,
    DocumentType,
    Evidence,
    Extraction,
    Found,
)

T = DocumentType
CAVEAT = dl.load_rules().lawyer_caveat_ja
PARSER_DIR = Path(dl.__file__).parent


def facts(document_type: DocumentType, **kwargs: Any) -> DeadlineFacts:
    date_fields = {k: v for k, v in kwargs.items() if k in Dates.model_fields}
    rest = {k: v for k, v in kwargs.items() if k not in Dates.model_fields}
    return DeadlineFacts(document_type=document_type, dates=Dates(**date_fields), **rest)


def only(deadlines: list[Deadline], kind: str) -> Deadline:
    found = [d for d in deadlines if d.kind == kind]
    assert len(found) == 1, [d.kind for d in deadlines]
    return found[0]


# --------------------------------------------------------------------------- 督促異議


OBJECTION_CASES = [
    # received, deadline — letters_and_law.md §2.1.3 and the calendar's hard cases
    (date(2025, 11, 20), date(2025, 12, 4)),  # plain
    (date(2025, 11, 10), date(2025, 11, 25)),  # raw 11/24 is a 振替休日
    (date(2025, 12, 18), date(2026, 1, 5)),  # raw 1/1; 1/2, 1/3 closed; 1/4 Sunday
    (date(2025, 12, 15), date(2026, 1, 5)),  # raw 12/29
    (date(2026, 12, 17), date(2027, 1, 4)),  # raw 12/31
    (date(2025, 4, 22), date(2025, 5, 7)),  # raw 5/6 振替休日 (Golden Week)
    (date(2026, 4, 20), date(2026, 5, 7)),  # raw 5/4 みどりの日, then 5/5, 5/6
    (date(2019, 4, 18), date(2019, 5, 7)),  # raw 5/2 (令和元年, 国民の休日) … 5/6
    (date(2019, 4, 17), date(2019, 5, 7)),  # raw 5/1 天皇の即位の日
    (date(2019, 10, 8), date(2019, 10, 23)),  # raw 10/22 即位礼正殿の儀 (令和元年)
    (date(2026, 9, 8), date(2026, 9, 24)),  # raw 9/22 国民の休日, 9/23 秋分の日
    (date(2024, 2, 15), date(2024, 2, 29)),  # leap day, a Thursday
    (date(2028, 2, 15), date(2028, 2, 29)),  # leap day, a Tuesday
    (date(2027, 2, 15), date(2027, 3, 1)),  # no leap day: raw 3/1 Monday
    (date(2025, 12, 6), date(2025, 12, 22)),  # raw 12/20 Saturday
]


@pytest.mark.parametrize("document_type", [T.payment_order, T.payment_order_enforceable])
@pytest.mark.parametrize(("received", "expected"), OBJECTION_CASES)
def test_objection_deadline(document_type: DocumentType, received: date, expected: date) -> None:
    found = dl.compute(facts(document_type, issued=received - timedelta(days=3)), received=received)
    objection = only(found, "payment_order_objection")
    assert objection.date == expected
    assert objection.certainty == Certainty.computed
    assert objection.trigger == f"received={received.isoformat()}"
    assert "必着" in objection.note_ja
    assert "95条3項" in objection.basis
    assert ("393条" in objection.basis) is (document_type == T.payment_order_enforceable)
    moved = expected != received + timedelta(days=14)
    assert ("次の開庁日にしています" in objection.note_ja) is moved
    assert objection.note_ja.endswith(CAVEAT)


def test_objection_notes_say_what_happens_if_missed() -> None:
    plain = only(dl.compute(facts(T.payment_order), received=date(2025, 11, 20)), "payment_order_objection")
    assert "仮執行宣言" in plain.note_ja and "差押え" in plain.note_ja
    final = only(
        dl.compute(facts(T.payment_order_enforceable), received=date(2025, 11, 20)), "payment_order_objection"
    )
    assert "確定判決と同じ効力" in final.note_ja and "10年" in final.note_ja


def test_objection_without_receipt_is_estimated_from_the_letter_date() -> None:
    found = dl.compute(facts(T.payment_order, issued=date(2025, 11, 5)), received=None)
    objection = only(found, "payment_order_objection")
    # default: received one day after the printed date → 11/6 + 14 = 11/20
    assert objection.date == date(2025, 11, 20)
    assert objection.certainty == Certainty.estimated
    assert "受け取った日が分からない" in objection.note_ja
    assert "2025年11月5日" in objection.note_ja and "1日後" in objection.note_ja
    assert objection.trigger is not None and objection.trigger.startswith("assumed_received=2025-11-06")

    later = dl.compute(
        facts(T.payment_order, issued=date(2025, 11, 5)), received=None, assume_received_after_days=5
    )
    assert only(later, "payment_order_objection").date == date(2025, 11, 25)  # raw 11/24 振替休日


def test_received_wins_over_the_assumption() -> None:
    found = dl.compute(facts(T.payment_order, issued=date(2025, 11, 5)), received=date(2025, 11, 10))
    objection = only(found, "payment_order_objection")
    assert (objection.date, objection.certainty) == (date(2025, 11, 25), Certainty.computed)


def test_no_objection_date_without_any_date() -> None:
    assert dl.compute(facts(T.payment_order), received=None) == []


def test_negative_assumption_is_refused() -> None:
    with pytest.raises(ValueError):
        dl.compute(
            facts(T.payment_order, issued=date(2025, 1, 6)), received=None, assume_received_after_days=-1
        )


# --------------------------------------------------------------------------- letter dates and lawsuits


def test_payment_due_is_stated_with_its_wording() -> None:
    found = dl.compute(facts(T.collection_notice, payment_due=date(2025, 12, 10)), received=None)
    due = only(found, "payment_due")
    assert (due.date, due.certainty, due.basis) == (date(2025, 12, 10), Certainty.stated, "書面に記載の期限")
    assert "債権者が決めた日付" in due.note_ja and "次の手続" in due.note_ja
    assert "最判平成11年3月11日" not in due.note_ja  # a Wednesday: nothing to say about holidays


def test_payment_due_on_a_holiday_mentions_the_next_business_day() -> None:
    due = only(
        dl.compute(facts(T.collection_notice, payment_due=date(2025, 11, 24)), received=None), "payment_due"
    )
    assert due.date == date(2025, 11, 24)  # as printed: the letter's date is not moved
    assert (
        "振替休日" in due.note_ja and "2025年11月25日" in due.note_ja and "最判平成11年3月11日" in due.note_ja
    )


def test_lawsuit_with_printed_dates() -> None:
    found = dl.compute(
        facts(T.lawsuit, issued=date(2026, 1, 5), answer_due=date(2026, 2, 9), hearing=date(2026, 2, 18)),
        received=date(2026, 1, 8),
    )
    answer, hearing = only(found, "answer_due"), only(found, "hearing")
    assert (answer.date, answer.certainty) == (date(2026, 2, 9), Certainty.stated)
    assert (hearing.date, hearing.certainty) == (date(2026, 2, 18), Certainty.stated)
    assert "擬制自白" in answer.note_ja and "159条" in answer.basis


def test_answer_due_estimated_from_the_hearing() -> None:
    found = dl.compute(facts(T.lawsuit, hearing=date(2026, 3, 4)), received=None)
    answer = only(found, "answer_due")
    assert (answer.date, answer.certainty) == (date(2026, 2, 25), Certainty.estimated)
    assert "1週間前" in answer.note_ja and answer.note_ja.endswith(CAVEAT)
    assert "民事訴訟規則80条" in answer.basis


def test_answer_due_estimate_moves_earlier_off_a_holiday() -> None:
    answer = only(dl.compute(facts(T.lawsuit, hearing=date(2026, 2, 18)), received=None), "answer_due")
    assert answer.date == date(2026, 2, 10)  # 2/11 建国記念の日 → the day before, never after
    assert "建国記念の日" in answer.note_ja


def test_answer_due_estimate_is_dropped_when_already_behind_the_letter() -> None:
    found = dl.compute(facts(T.lawsuit, hearing=date(2026, 2, 18)), received=date(2026, 2, 13))
    assert [d.kind for d in found] == ["hearing"]


def test_scam_and_other_letters_get_nothing() -> None:
    busy = facts(
        T.other, issued=date(2025, 11, 1), payment_due=date(2025, 11, 10), last_payment=date(2015, 1, 5),
        hearing=date(2025, 12, 1), principal=100_000, late_damages_rate_percent=14.6, acceleration=date(2015, 2, 1),
    )  # fmt: skip
    assert dl.compute(busy, received=date(2025, 11, 3)) == []


def test_deadlines_are_sorted_by_date() -> None:
    found = dl.compute(
        facts(T.lawsuit, issued=date(2026, 1, 5), hearing=date(2026, 3, 4), last_payment=date(2019, 1, 10)),
        received=date(2026, 1, 8),
    )
    assert [d.date for d in found] == sorted(d.date for d in found)
    assert [d.kind for d in found] == ["limitation_possible", "answer_due", "hearing"]


# --------------------------------------------------------------------------- 消滅時効


def test_worked_prescription_example() -> None:
    # letters_and_law.md: a 2018 card loan (old law, 株式会社 → 5 years); last payment 2020-05-27;
    # 当然喪失 on 2020-06-15 → 2025-06-15, a Sunday, so 2025-06-16 is the other view.
    found = dl.compute(
        facts(T.collection_notice, contract=date(2018, 4, 1), last_payment=date(2020, 5, 27),
              acceleration=date(2020, 6, 15), issued=date(2025, 9, 1), creditor_kind=CreditorKind.card),
        received=None,
    )  # fmt: skip
    limit = only(found, "limitation_possible")
    assert limit.date == date(2025, 6, 15)
    assert limit.certainty == Certainty.estimated
    assert limit.trigger == "acceleration=2020-06-15"
    assert "旧商法522条" in limit.basis and "143条" in limit.basis
    assert "2025年6月16日" in limit.note_ja and "日曜日" in limit.note_ja
    assert "書面の日付（2025年9月1日（月））より前" in limit.note_ja  # already past: the warning is explicit
    for words in ("152条", "147条", "援用", "145条", "10年", "弁護士か司法書士に相談"):
        assert words in limit.note_ja
    assert limit.note_ja.endswith(CAVEAT)


def test_worked_example_after_a_final_payment_order() -> None:
    found = dl.compute(
        facts(
            T.collection_notice,
            acceleration=date(2020, 6, 15),
            fixed_by_court=True,
            fixed_on=date(2021, 3, 10),
        ),
        received=None,
    )
    limit = only(found, "limitation_possible")
    assert limit.date == date(2031, 3, 10)
    assert "民法169条" in limit.basis and limit.trigger == "fixed_on=2021-03-10"
    assert "翌開庁日" not in limit.note_ja  # 2031-03-10 is a Monday


def test_court_fixed_without_a_date_counts_ten_years_and_says_it_is_early() -> None:
    limit = only(
        dl.compute(
            facts(T.collection_notice, last_payment=date(2016, 5, 9), fixed_by_court=True), received=None
        ),
        "limitation_possible",
    )
    assert limit.date == date(2026, 5, 9)
    assert "確定した日が分からない" in limit.note_ja


@pytest.mark.parametrize(
    ("kind", "contract", "years"),
    [
        (CreditorKind.shinkin, date(2015, 1, 1), 10),  # 信用金庫, old law → 旧民法167条
        (CreditorKind.jhf, date(2010, 1, 1), 10),
        (CreditorKind.bank, date(2015, 1, 1), 5),  # 商事 → 旧商法522条
        (CreditorKind.unknown, date(2015, 1, 1), 5),  # earliest possible: the shorter period
        (CreditorKind.shinkin, date(2021, 1, 1), 5),  # new law: 5 years whoever lent
        (CreditorKind.shinkin, None, 5),  # unknown contract and dates after 2020-04 → new law
    ],
)
def test_limitation_period_by_law_and_lender(kind: CreditorKind, contract: date | None, years: int) -> None:
    trigger = date(2021, 7, 20)
    limit = only(
        dl.compute(
            facts(T.collection_notice, contract=contract, acceleration=trigger, creditor_kind=kind),
            received=None,
        ),
        "limitation_possible",
    )
    assert limit.date == date(2021 + years, 7, 20)
    assert f"{years}年" in limit.note_ja


def test_old_law_is_inferred_from_an_early_date() -> None:
    limit = only(
        dl.compute(
            facts(T.assignment_notice, last_payment=date(2017, 3, 2), creditor_kind=CreditorKind.shinkin),
            received=None,
        ),
        "limitation_possible",
    )
    assert limit.date == date(2027, 3, 2)
    assert "旧民法167条" in limit.basis and "契約も改正前" in limit.note_ja
    assert "最終入金日から数えています" in limit.note_ja


def test_limitation_starts_at_the_latest_trigger() -> None:
    # A guarantee company's 求償権 runs from the 代位弁済日, after the last payment to the bank.
    limit = only(
        dl.compute(
            facts(T.acceleration_notice, last_payment=date(2021, 1, 27), acceleration=date(2021, 4, 1),
                  subrogation=date(2021, 6, 30), creditor_kind=CreditorKind.guarantor),
            received=None,
        ),
        "limitation_possible",
    )  # fmt: skip
    assert limit.trigger == "subrogation=2021-06-30" and limit.date == date(2026, 6, 30)


def test_limitation_leap_day_end() -> None:
    limit = only(
        dl.compute(facts(T.collection_notice, acceleration=date(2023, 2, 28)), received=None),
        "limitation_possible",
    )
    assert limit.date == date(2028, 2, 29)


def test_no_limitation_without_a_trigger_on_the_letter() -> None:
    found = dl.compute(
        facts(T.collection_notice, issued=date(2025, 1, 6), payment_due=date(2025, 1, 20)), received=None
    )
    assert "limitation_possible" not in {d.kind for d in found}


def test_court_papers_get_advice_on_raising_prescription() -> None:
    limit = only(
        dl.compute(facts(T.payment_order, last_payment=date(2018, 1, 10)), received=date(2025, 6, 2)),
        "limitation_possible",
    )
    assert "督促異議申立書で時効を主張" in limit.note_ja


def test_a_limitation_rule_cannot_be_made_computed(tmp_path: Path) -> None:
    raw = yaml.safe_load(dl.RULES_FILE.read_text(encoding="utf-8"))
    for rule in raw["rules"]:
        if rule["kind"] == "limitation_possible":
            rule["certainty"] = "computed"
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError):
        dl.load_rules(path)


def test_unknown_placeholders_are_rejected(tmp_path: Path) -> None:
    raw = yaml.safe_load(dl.RULES_FILE.read_text(encoding="utf-8"))
    raw["rules"][0]["note_ja"] = "期限は{deadline}です。"
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match="deadline"):
        dl.load_rules(path)


# --------------------------------------------------------------------------- late charges


def test_late_charge_estimate() -> None:
    found = dl.compute(
        facts(T.acceleration_notice, acceleration=date(2027, 11, 15), payment_due=date(2028, 3, 1),
              principal=1_000_000, late_damages_rate_percent=14.6, day_basis_365=True),
        received=None,
    )  # fmt: skip
    charge = only(found, "late_charge_accrual")
    assert (charge.date, charge.certainty) == (date(2028, 3, 1), Certainty.estimated)
    assert "42,800円" in charge.note_ja and "107日" in charge.note_ja and "400円" in charge.note_ja
    unknown_basis = dl.compute(
        facts(T.acceleration_notice, acceleration=date(2027, 11, 15), payment_due=date(2028, 3, 1),
              principal=1_000_000, late_damages_rate_percent=14.6),
        received=None,
    )  # fmt: skip
    assert "42,733円" in only(unknown_basis, "late_charge_accrual").note_ja


def test_no_late_charge_without_principal_or_rate() -> None:
    found = dl.compute(
        facts(T.acceleration_notice, acceleration=date(2027, 11, 15), payment_due=date(2028, 3, 1)),
        received=None,
    )
    assert "late_charge_accrual" not in {d.kind for d in found}


# --------------------------------------------------------------------------- from an extraction


def _found(value: Any) -> Found:
    return Found(value=value, evidence=Evidence(page=1, text="x", confidence=0.9), confidence=0.9)


def test_facts_from_extraction() -> None:
    extraction = Extraction(
        document_type=T.assignment_notice,
        fields={
            "dates.issued": _found(date(2025, 10, 1)),
            "dates.last_payment": _found(date(2018, 5, 31)),
            "dates.payment_due": _found("2025-10-15"),
            "dates.as_of": _found(datetime(2025, 9, 30, 15, 0)),
            "dates.hearing": _found("not a date"),
            "amounts.principal": _found(850_000),
            "late_damages_rate_percent": _found(14.6),
            "original_creditor.name": _found("さくら信用金庫"),
            "creditor.name": _found("テスト債権回収株式会社"),
        },
        norm_text="遅延損害金 年14.6%(年365日の日割計算)",
    )
    got = dl.facts_from_extraction(extraction)
    assert got.document_type == T.assignment_notice
    assert got.dates.issued == date(2025, 10, 1) and got.dates.payment_due == date(2025, 10, 15)
    assert got.dates.as_of == date(2025, 9, 30) and got.dates.hearing is None
    assert got.creditor_kind == CreditorKind.shinkin
    assert (got.principal, got.late_damages_rate_percent, got.day_basis_365) == (850_000, 14.6, True)
    assert got.fixed_by_court is False
    limit = only(dl.compute(got, received=None), "limitation_possible")
    assert limit.date == date(2028, 5, 31)  # old law, 信用金庫 → 10 years


def test_a_judgment_quoted_in_a_collection_letter_means_ten_years() -> None:
    text = "債務名義 東京簡易裁判所 令和2年(ロ)第123号 仮執行宣言付支払督促"
    letter = Extraction(document_type=T.collection_notice, norm_text=text)
    court = Extraction(document_type=T.payment_order_enforceable, norm_text=text)
    assert dl.facts_from_extraction(letter).fixed_by_court is True
    threat = Extraction(
        document_type=T.collection_notice, norm_text="法的手続により債務名義を取得し、強制執行を行います"
    )
    assert dl.facts_from_extraction(threat).fixed_by_court is False
    quoted = Extraction(
        document_type=T.collection_notice, norm_text="東京地方裁判所の判決正本に基づき請求します"
    )
    assert dl.facts_from_extraction(quoted).fixed_by_court is True
    assert (
        dl.facts_from_extraction(court).fixed_by_court is False
    )  # court papers quote these words themselves


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("JA東京中央", CreditorKind.ja),
        ("JAPAN債権回収株式会社", CreditorKind.unknown),
        ("中央労働金庫", CreditorKind.rokin),
        ("株式会社三井住友銀行", CreditorKind.bank),
        ("エム・ユー信用保証株式会社", CreditorKind.guarantor),
        ("独立行政法人住宅金融支援機構", CreditorKind.jhf),
    ],
)
def test_creditor_kind_of(name: str, kind: CreditorKind) -> None:
    assert dl.creditor_kind_of(name) == kind


# --------------------------------------------------------------------------- invariants

optional_day = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))


@st.composite
def any_facts(draw: st.DrawFn) -> tuple[DeadlineFacts, date | None]:
    dates = Dates(**{name: draw(optional_day) for name in Dates.model_fields})
    fixed_on = draw(optional_day)
    f = DeadlineFacts(
        document_type=draw(st.sampled_from(list(DocumentType))),
        dates=dates,
        late_damages_rate_percent=draw(st.one_of(st.none(), st.floats(0, 29.2))),
        principal=draw(st.one_of(st.none(), st.integers(0, 10**9))),
        fixed_by_court=draw(st.booleans()) or fixed_on is not None,
        fixed_on=fixed_on,
        creditor_kind=draw(st.sampled_from(list(CreditorKind))),
        day_basis_365=draw(st.one_of(st.none(), st.booleans())),
    )
    return f, draw(optional_day)


def _trigger_date(deadline: Deadline) -> date:
    assert deadline.trigger is not None
    match = re.search(r"\d{4}-\d{2}-\d{2}", deadline.trigger)
    assert match is not None
    return date.fromisoformat(match.group())


@settings(max_examples=300, deadline=None)
@given(any_facts())
def test_invariants(case: tuple[DeadlineFacts, date | None]) -> None:
    f, received = case
    found = dl.compute(f, received=received)
    assert [d.date for d in found] == sorted(d.date for d in found)
    if f.document_type == T.other:
        assert found == []
    for d in found:
        assert d.basis.strip() and d.note_ja.strip()
        assert d.certainty in set(Certainty)
        if d.certainty != Certainty.stated:
            assert d.note_ja.endswith(CAVEAT)
        if d.kind == "limitation_possible":
            assert d.certainty == Certainty.estimated
        if d.kind == "payment_order_objection":
            assert not is_court_closed(d.date)
            assert 14 <= (d.date - _trigger_date(d)).days <= 14 + 10
        if d.kind == "answer_due" and d.certainty == Certainty.estimated:
            # counted back from the hearing; never on a closed day, never behind the letter
            assert not is_court_closed(d.date)
            assert d.date < _trigger_date(d)
            for floor in (received, f.dates.issued):
                assert floor is None or d.date >= floor
        elif d.kind in ("limitation_possible", "late_charge_accrual"):
            assert d.date > _trigger_date(d)
        else:
            assert d.date >= _trigger_date(d)


def test_no_wall_clock_in_the_deadline_modules() -> None:
    for name in ("deadlines.py", "calendar_jp.py", "latecharge.py", "ics.py", "cli_deadlines.py"):
        source = (PARSER_DIR / name).read_text(encoding="utf-8")
        assert not re.search(r"\b(today|now|utcnow)\(", source), name


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def run() -> Any:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    app.command("deadlines")(deadlines_command)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["deadlines", *args])


def test_cli_json(run: Any) -> None:
    result = run("--document-type", "payment_order", "--received", "2025-12-18", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data[0]["kind"] == "payment_order_objection" and data[0]["date"] == "2026-01-05"
    assert {"kind", "date", "basis", "certainty", "note_ja"} <= set(data[0])


def test_cli_accepts_era_dates_and_prints_japanese(run: Any) -> None:
    result = run(
        "--document-type", "payment_order", "--issued", "令和元年5月1日", "--received", "令和元年5月7日"
    )
    assert result.exit_code == 0, result.output
    assert "2019年5月21日" in result.stdout and "督促異議の申立期限" in result.stdout


def test_cli_same_as_the_library(run: Any) -> None:
    args = ["--document-type", "lawsuit", "--hearing", "2026-03-04", "--last-payment", "2019-01-10", "--json"]
    data = json.loads(run(*args).stdout)
    expected = dl.compute(
        facts(T.lawsuit, hearing=date(2026, 3, 4), last_payment=date(2019, 1, 10)), received=None
    )
    assert data == [d.model_dump(mode="json") for d in expected]


@pytest.mark.parametrize(
    "args",
    [
        ["--document-type", "payment_order", "--received", "2025-02-30"],
        ["--document-type", "payment_order", "--issued", "平成31年5月1日"],
        ["--document-type", "letter"],
        ["--document-type", "payment_order", "--creditor-kind", "mafia"],
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(run: Any, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")


def test_cli_nothing_to_say(run: Any) -> None:
    result = run("--document-type", "collection_notice", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_cli_writes_ics(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    result = run("--document-type", "payment_order", "--received", "2025-11-10", "--ics", str(out))
    assert result.exit_code == 0, result.output
    body = out.read_bytes()
    assert b"DTSTART;VALUE=DATE:20251125" in body and b"DTSTAMP:20251110T000000Z" in body
    assert (
        run("--document-type", "payment_order", "--received", "2025-11-10", "--ics", str(out)).exit_code == 0
    )
    assert out.read_bytes() == body  # repeatable: no wall clock


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from([T.payment_order, T.payment_order_enforceable]),
)
def test_objection_is_the_first_open_day_from_day_14(received: date, document_type: DocumentType) -> None:
    objection = only(dl.compute(facts(document_type), received=received), "payment_order_objection")
    raw = received + timedelta(days=14)
    assert objection.date >= raw and not is_court_closed(objection.date)
    day = raw
    while day < objection.date:  # everything skipped was a closed day
        assert is_court_closed(day)
        day += timedelta(days=1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_estimated_answer_is_the_last_open_day_a_week_before(hearing: date) -> None:
    answer = only(dl.compute(facts(T.lawsuit, hearing=hearing), received=None), "answer_due")
    raw = hearing - timedelta(days=7)
    assert answer.certainty == Certainty.estimated
    assert answer.date <= raw and not is_court_closed(answer.date)
    day = answer.date + timedelta(days=1)
    while day <= raw:
        assert is_court_closed(day)
        day += timedelta(days=1)
