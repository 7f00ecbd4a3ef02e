"""The extract stage: every contract field with its evidence and confidence.

Order of work: the letter's own date first (month-day dates elsewhere take their year from
it), then labelled values and values named by their sentence, then the parties, then the
breakdown sum check. Where several readings compete, labelled beats prose, a canonical
label spelling beats a loose one, and the first place in the letter beats later ones.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from parser import breakdown, fields, normalize, parties, registry, rules
from parser.fields import Candidate
from parser.layout import Row, rows
from parser.models import (
    Classification,
    DocumentType,
    Evidence,
    Extraction,
    Found,
    OcrPage,
    SenderKind,
)

_SINGLE_VALUE_PATHS = (
    "amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs",
    "late_damages_rate_percent", "dates.issued", "dates.payment_due", "dates.acceleration",
    "dates.last_payment", "dates.assignment", "dates.hearing", "dates.answer_due", "dates.subrogation",
    "dates.contract", "dates.as_of", "reference_number",
)  # fmt: skip
_COURT_TYPES = {DocumentType.payment_order, DocumentType.payment_order_enforceable, DocumentType.lawsuit}


def _unit_of(letter_rows: list[Row]) -> Callable[[Row], int]:
    """(単位:千円) tables: bare numbers in the table the note stands over or under are thousands of yen.

    Only that table's: the letter's own sums below it (「ご請求金額合計 13,112,507」) are in yen, even
    where a fax lost their 円.
    """
    thousands: set[int] = set()
    for note in letter_rows:
        if not re.search(r"単位\s*[:：]?\s*千円?(?![\d,])|\(千円\)", note.text):
            continue
        thousands.add(note.index)
        for step in (-1, 1):
            i = note.index + step
            while 0 <= i < len(letter_rows) and letter_rows[i].page == note.page and len(letter_rows[i].segments) >= 2:
                thousands.add(i)
                i += step
    return lambda row: 1000 if row.index in thousands else 1


def _found(c: Candidate, confidence: float | None = None) -> Found:
    conf = c.score * c.evidence.confidence if confidence is None else confidence
    return Found(value=c.value, evidence=c.evidence, confidence=round(min(1.0, conf), 3), how=c.how)


def _issued(letter_rows: list[Row], labelled: list[Candidate], which: str = "first") -> Candidate | None:
    """The letter's date: labelled, else a date standing alone on its row (head first, then anywhere)."""
    for c in labelled:
        if c.path == "dates.issued":
            return c
    used_as_value = {c.row for c in labelled if c.how.startswith("label-above")}
    dated_rows = {c.row for c in labelled if c.path.startswith("dates.")}
    standalone: list[Candidate] = []
    beside: list[Candidate] = []  # alone in its cell of a head row that holds something else
    for row in letter_rows:
        if row.index in used_as_value or _under_heading(letter_rows, row):
            continue
        for m in normalize.dates(row.text):
            # A court dates its paper on the line it signs: 「令和8年5月18日 一関簡易裁判所 裁判所書記官 …」.
            signed = m.start <= 1 and bool(re.match(r"\s*\S{0,12}裁判所\S*", row.text[m.end :].replace(" ", "")))
            # 「酒田簡易裁判所 裁判所書記官 勝又千尋 | 令和8年5月15日」: the clerk signs and dates the paper.
            signed = signed or ("裁判所書記官" in row.text and len(list(normalize.dates(row.text))) == 1)
            # The date on a line of its own above the clerk's, the court's seal beside both (「令和8年3月4日 | REER」).
            below = letter_rows[row.index + 1] if row.index + 1 < len(letter_rows) else None
            signed = signed or (
                m.start <= 1 and len(row.segments) <= 3 and row.segment_at(m.start) == 0 and len(row.segments[0].text.strip()) <= len(m.text) + 4
                and below is not None and below.page == row.page and "裁判所書記官" in below.text
                and len(list(normalize.dates(below.text))) == 0
            )
            # 「令和8年5月25日 紫雲債権回収株式会社」: a company's signature line with its date.
            rest = row.text[m.end :].replace(" ", "")
            signed = signed or (
                m.start <= 1 and 4 <= len(rest) <= 30 and parties.looks_like_org(rest) and not re.search(r"による|について|に対|から|より|[をがは]", rest)
            )
            # 「上記督促に仮執行の宣言をする。令和8年6月30日」: the court's declaration dated where it ends.
            signed = signed or bool(re.search(r"(?:宣言|決定|命令)をする。?\s*$", row.text[: m.start]))
            above = letter_rows[row.index - 1] if row.index > 0 else None
            if above is not None and re.search(r"[(（]\s*(?:申立|受付)\S{0,4}$", above.text):
                continue  # 「…お問い合わせください。(申立日」 over 「令和8年8月3日)」: the day it was applied for
            if _alone(row.text, m) or signed:
                ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                standalone.append(Candidate("dates.issued", m.value, ev, 0.85, "signed-date" if signed else "standalone-date", 0, row.index))
        # The date of a letter often shares its line with the sender's name or a reference number
        # on the left: 「○○債権回収株式会社 … 令和8年3月4日」; a court's order date at the foot sits
        # between the clerk's title and name (「…裁判所書記官 紺屋 | 令和8年5月12日 | 久美子」).
        if row.index in dated_rows or (row.top_fraction >= 0.3 and which == "first") or len(row.segments) < 2:
            continue
        for before, seg in zip((None, *row.segments), row.segments, strict=False):
            if before is not None and re.search(r"[、,]\s*$", before.text):
                continue  # 「そこで当金庫は、 | 令和七年十二月十九日付」: a sentence runs on into the date
            for m in normalize.dates(seg.text):
                if _alone(seg.text, m):
                    ev = Evidence(page=row.page, bbox=seg.bbox, text=seg.raw, confidence=seg.confidence)
                    beside.append(Candidate("dates.issued", m.value, ev, 0.8, "standalone-date-beside", 0, row.index))
    first_page = [c for c in standalone if c.evidence.page == letter_rows[0].page]
    if which == "last":
        last = first_page or standalone or beside
        return last[-1] if last else None
    head = [c for c in first_page if _row(letter_rows, c).top_fraction < 0.3]
    beside = [c for c in beside if c.evidence.page == letter_rows[0].page]
    found = head or beside or standalone
    return found[0] if found else None


def _under_heading(letter_rows: list[Row], row: Row) -> bool:
    """A date under a short heading of its own (「裁判取下げ最終期日」, 「お振込期限」) is that heading's
    value, not the letter's date, even when the heading is not a label we know."""
    above = letter_rows[row.index - 1] if row.index > 0 else None
    if above is None or above.page != row.page:
        return False
    text = above.text.replace(" ", "")
    return len(text) <= 16 and not re.search(r"\d", text) and bool(re.search(r"(期日|期限|締切|まで)[:：]?$", text))


def _alone(text: str, m: normalize.Match) -> bool:
    rest = (text[: m.start] + text[m.end :]).replace(" ", "")
    return len(re.sub(r"\([月火水木金土日]\)|付|発行|作成|日付|現在", "", rest)) <= 2


def _yearless_dates(letter_rows: list[Row], ref: date) -> bool:
    return any(len(list(normalize.dates(r.text, ref=ref))) > len(list(normalize.dates(r.text))) for r in letter_rows)


def _row(letter_rows: list[Row], c: Candidate) -> Row:
    return letter_rows[c.row]


def _best(cands: list[Candidate]) -> Candidate:
    # 「残元金合計」 over 「残元金」: with several loans the 合計 line is the claim's.
    return sorted(cands, key=lambda c: (-round(c.score, 2), not c.how.endswith("合計"), c.rank, c.row))[0]


def _amounts(by_path: dict[str, list[Candidate]], out: dict[str, Found], letter_rows: list[Row]) -> str:
    """Pick amount readings that add up when possible; repair one OCR misreading."""
    paths = (breakdown.TOTAL, *breakdown.PARTS)
    options = {p: [_best(by_path[p])] + [c for c in by_path[p] if c.value != _best(by_path[p]).value] for p in paths if by_path.get(p)}
    fee_rows = {c.row: c for c in options.get("amounts.costs", []) if c.how.startswith("label")}
    if 2 <= len(fee_rows) <= 4:
        # 「督促手続費用 金4,755円」 and 「仮執行宣言の手続費用 金1,245円」: the costs are both rows.
        first = options["amounts.costs"][0]
        fees = sum(int(c.value) for c in fee_rows.values())  # type: ignore[call-overload]
        if all(c.value != fees for c in options["amounts.costs"]):
            options["amounts.costs"].append(dataclasses.replace(first, value=fees, how=f"cost-rows:{first.how}"))
    chosen = {p: opts[0] for p, opts in options.items()}
    result = breakdown.check({p: int(c.value) for p, c in chosen.items()})  # type: ignore[call-overload]
    if result.status == "mismatch":
        found = _readings_that_add_up(options, letter_rows) or _per_loan_sums(options)
        if found is not None:
            chosen, result = found
    elif result.status == "repaired":
        # A doubtful part (a 千円 history table's 利息 | 412), or a second 元金 row of the table, is more
        # likely the odd one out than an OCR slip: first try the readings that add up as printed.
        found = _readings_that_add_up(options, letter_rows)
        if found is not None:
            chosen, result = found
    for path, c in chosen.items():
        value = result.values.get(path, c.value)
        conf = c.score * c.evidence.confidence
        if result.status == "repaired" and path == result.repaired:
            conf = min(conf, 0.6)
        elif result.status == "mismatch":
            conf = min(conf, 0.5)
        elif result.status == "ok":
            conf = min(1.0, conf + 0.05)
        out[path] = Found(value=value, evidence=c.evidence, confidence=round(conf, 3), how=c.how)
    return result.status


def _per_loan_sums(options: dict[str, list[Candidate]]) -> tuple[dict[str, Candidate], breakdown.Check] | None:
    """Several loans, each with its own 元金・利息・損害金, and one 合計 for all (「一 住宅改良ローン
    元金…利息…損害金… 二 マイカーローン 元金…」): each part is the sum of its readings, when those
    sums add up to the total exactly."""
    if breakdown.TOTAL not in options:
        return None
    summed: dict[str, Candidate] = {breakdown.TOTAL: options[breakdown.TOTAL][0]}
    for path, cands in options.items():
        if path == breakdown.TOTAL:
            continue
        first = cands[0]
        # Distinct values of the table's rows: a label and a prose rule may read one amount twice,
        # and a sentence's amount is not another loan's.
        rows_read = [c for c in cands if c.how.startswith("label")] or [first]
        value = sum({int(c.value) for c in rows_read})  # type: ignore[call-overload]
        summed[path] = Candidate(path, value, first.evidence, first.score, f"sum-of-loans:{first.how}", first.rank, first.row)
    if all(summed[p].value == options[p][0].value for p in summed if p != breakdown.TOTAL):
        return None
    trial = breakdown.check({p: int(c.value) for p, c in summed.items()})  # type: ignore[call-overload]
    return (summed, trial) if trial.status == "ok" else None


ALTERNATIVES = 4  # readings tried per amount when the first ones do not add up
MAX_CHANGES = 3  # first choices one other set of readings may replace


def _readings_that_add_up(
    options: dict[str, list[Candidate]], letter_rows: list[Row]
) -> tuple[dict[str, Candidate], breakdown.Check] | None:
    """Other labelled readings that add up, changing as few first choices as possible.

    Letters repeat amounts in other roles: a second 合計, or the breakdown of an earlier sum
    (「代位弁済額 … (内訳) 元金…・利息…」) above the claim (「求償元金 … 遅延損害金 … 合計」).
    A part may also be left out: that 利息 belonged to the earlier sum, not to the claim.
    """
    paths = list(options)
    choices = [
        [*options[p][:ALTERNATIVES], *((None,) if p != breakdown.TOTAL else ())] for p in paths
    ]
    best: tuple[tuple[bool, int, float], dict[str, Candidate], breakdown.Check] | None = None
    for combo in itertools.product(*choices):
        picked = {p: c for p, c in zip(paths, combo, strict=True) if c is not None}
        trial = breakdown.check({p: int(c.value) for p, c in picked.items()})
        if trial.status != "ok":
            continue
        changes = sum(c is not options[p][0] for p, c in zip(paths, combo, strict=True))
        if changes > MAX_CHANGES:
            continue  # 「元金851,000円及び利息13,210円の合計864,210円を代位弁済した」 would replace the whole table
        # Then the surer readings: the mean, so that an extra part read from a note does not win by number.
        # What the guarantor paid the bank (「代位弁済額」 and its 内訳 above the 「ご請求額合計」) adds up too,
        # and may need fewer changes: it is history, the claim is the other sum.
        paid = "代位弁済" in _row(letter_rows, picked[breakdown.TOTAL]).text
        key = (paid, changes, -sum(c.score for c in picked.values()) / len(picked))
        if best is None or key < best[0]:
            best = (key, picked, trial)
    return None if best is None else (best[1], best[2])


def extract(pages: list[OcrPage], classification: Classification, *, use_nlp: bool = True) -> Extraction:
    letter_rows = rows(pages)
    doc_type = classification.document_type
    unit_of = _unit_of(letter_rows)
    labelled = fields.labelled(letter_rows, doc_type, unit_of=unit_of, ref=None)
    spec = next(s for s in rules.document_types().types if s.type == doc_type)
    issued = _issued(letter_rows, labelled, spec.issued_date)
    ref: date | None = issued.value if issued else None  # type: ignore[assignment]
    if ref is None:  # no letter date: year-less dates (「10月31日（金）まで」) take the year of the latest full date
        full = [m.value for r in letter_rows for m in normalize.dates(r.text) if isinstance(m.value, date)]
        ref = max(full, default=None)
    if ref is not None and _yearless_dates(letter_rows, ref):
        # Only 「12月10日必着」-style dates need the letter's year: read the labels again with it.
        labelled = fields.labelled(letter_rows, doc_type, unit_of=unit_of, ref=ref)
    prose = fields.prose(letter_rows, doc_type, unit_of=unit_of, ref=ref)
    # The letter's labelled date (「通知日 令和8年6月9日」) is not also what the next sentence goes on about.
    labelled_dates = {(c.row, c.value) for c in labelled if c.path == "dates.issued"}
    prose = [c for c in prose if not (c.path.startswith("dates.") and (c.row, c.value) in labelled_dates)]
    cands = labelled + prose
    by_path: dict[str, list[Candidate]] = defaultdict(list)
    # A 配当結果 report or a 完済 notice that says it demands nothing: its figures are history.
    history_only = doc_type is DocumentType.other and classification.claims_nothing
    claims_some = any(c.path == breakdown.TOTAL and c.value for c in cands)
    for c in cands:
        if c.path.startswith("amounts.") and c.value == 0 and (c.path == breakdown.TOTAL or not claims_some):
            continue  # 「現在残高 0円」 on a 完済 notice: nothing is claimed (a 「利息 0円」 row of a claim is stated)
        if c.path.startswith("amounts.") and c.value == 0 and re.search(r"[△▲]", letter_rows[c.row].text):
            continue  # 「執行費用 | 714,600円 | △714,600円 | 0円」: paid off by the 配当, no part of the claim
        if history_only and (c.path.startswith("amounts.") or c.path == "late_damages_rate_percent"):
            continue
        by_path[c.path].append(c)
    if doc_type is DocumentType.settlement_proposal and by_path.get(breakdown.TOTAL):
        by_path[breakdown.TOTAL] = [_plan_amount_lowered(c, letter_rows[c.row].text) for c in by_path[breakdown.TOTAL]]

    out: dict[str, Found] = {}
    if issued:
        out["dates.issued"] = _found(issued)
    for path in _SINGLE_VALUE_PATHS:
        if path.startswith("amounts.") or path == "dates.issued" or not by_path.get(path):
            continue
        labelled_only = [c for c in by_path[path] if not c.how.startswith("prose")]
        if path == "reference_number":
            # A contract number (ご契約番号) stands in only when no file or customer number is printed.
            own_numbers = [c for c in labelled_only if not c.how.endswith("契約番号")]
            labelled_only = own_numbers or labelled_only
            # 「会員番号 4980-XXXX-XXXX-2718」: a card number masked for print is nobody's file number.
            # A photo may read the mask as dots and keep only the digits: look at what stood before them too.
            unmasked = [c for c in labelled_only if not _MASKED.search(str(c.value)) and not _MASKED.search(
                normalize.text(c.evidence.text).split(str(c.value))[0][-24:])]
            labelled_only = unmasked or labelled_only
            # 「銀行お客様番号」, 「委託者会員番号」 in a servicer's letter: the number another party files the
            # debt under. The letter's own number (受託番号, 受付番号) comes first when it prints one.
            own_file = [c for c in labelled_only if not _OTHER_PARTYS.search(c.evidence.text.split(c.how.split(":")[-1])[0])]
            labelled_only = own_file or labelled_only
        if path == "dates.last_payment" and issued is not None and isinstance(ref_day := issued.value, date):
            # A plan's 「最終お支払日」 is a payment still to come, not the last one made: the sentence that
            # gives the last payment made (「最終のご入金は令和6年9月30日」) stands in for it.
            made = [c for c in by_path[path] if isinstance(c.value, date) and c.value <= ref_day]
            if not made:
                continue
            labelled_only = [c for c in labelled_only if c in made]
            by_path[path] = made
        if path.startswith("dates.") and len({c.value for c in labelled_only}) > 1:
            # 「次回の分割金のお支払日は5月27日です」 uses the label's word in a sentence about another date
            # than the one a box labels (「お支払期限 5月25日」).
            labelled_only = [c for c in labelled_only if not _label_in_sentence(c)] or labelled_only
        if path == "dates.payment_due" and issued is not None and isinstance(ref_day := issued.value, date):
            # 「催告書の発送（延滞金のお支払期限令和9年1月25日）」 in a history: a deadline already past
            # when the letter was written is not the one it sets.
            ahead = [c for c in labelled_only if isinstance(c.value, date) and c.value >= ref_day]
            labelled_only = ahead or labelled_only
        if path == "reference_number" and doc_type not in _COURT_TYPES:
            # A servicer's letter after a 競売 cites the court's 「令和6年(ケ)第41号」: its own file number comes first.
            own = [c for c in labelled_only if not _CASE_NUMBER.search(str(c.value))]
            labelled_only = own or labelled_only
        out[path] = _found(_best(labelled_only or by_path[path]))
    if "dates.issued" not in out and "dates.as_of" in out:
        # No date of its own, but 「ご請求明細（2026年5月14日現在）」: the letter was drawn up that day.
        as_of = out["dates.as_of"]
        out["dates.issued"] = as_of.model_copy(update={"confidence": min(as_of.confidence, 0.6), "how": "as-of-date"})
    last, issued_on = out.get("dates.last_payment"), out.get("dates.issued")
    if last is not None and issued_on is not None and last.value > issued_on.value:
        del out["dates.last_payment"]  # a payment that has not happened yet (a schedule's 最終回) is not the last one made
    _court_reference(letter_rows, doc_type, out)
    if "reference_number" in out and isinstance(ref_value := out["reference_number"].value, str):
        ref_value = normalize.case_number_digits(ref_value)
        if out["reference_number"].evidence.confidence < 1.0:
            # 「NS1260406」 read off a page image is 「NS-260406」: the recognizer reads a short hyphen after
            # the letters as 1, confidently (file numbers put a hyphen there; none of 112 letters-and-digits
            # numbers in our samples runs letters-1-digits). A text layer is taken as printed.
            ref_value = re.sub(r"^([A-Z]{1,4})1(\d{4,})$", r"\1-\2", ref_value)
        out["reference_number"] = out["reference_number"].model_copy(update={"value": ref_value})
    # 「訴訟物の価額 2,380,000円 貼用印紙額17,000円 予納郵券6,000円」: what the plaintiff paid the court to sue.
    by_path["amounts.costs"] = [c for c in by_path.get("amounts.costs", []) if "訴訟物の価額" not in _row(letter_rows, c).text]
    # 「お支払済額 △594,000円」: what was paid is history, never the claim.
    by_path[breakdown.TOTAL] = [c for c in by_path.get(breakdown.TOTAL, []) if int(c.value) > 0]  # type: ignore[call-overload]
    if doc_type in _COURT_TYPES:
        _claimed_principal(by_path)
    _cost_subtotal(by_path)
    _claim_items(letter_rows, by_path, unit_of)
    _printed_sum(letter_rows, by_path, unit_of)
    _arrears_interest(by_path)
    _balance_as_principal(by_path)
    _subtotal_as_principal(letter_rows, by_path, unit_of)
    _cut_label_part(letter_rows, by_path, unit_of)
    _unread_principal(letter_rows, by_path)
    _unlabelled_interest(letter_rows, by_path, unit_of)
    norm_text = "\n".join(r.text for r in letter_rows)
    _lone_part_as_total(by_path, norm_text)
    notes = [f"sum_check:{_amounts(by_path, out, letter_rows)}"]
    if by_path.get("amounts.offer"):
        # The sum a settlement offers (和解金): no claim of its own, but all that a scam's 「和解」 demands.
        out["amounts.offer"] = _found(_best(by_path["amounts.offer"]))
    for path in breakdown.PARTS:
        if path in out and isinstance(value := out[path].value, int) and value < 0:
            del out[path]  # 「配当金充当額 ▲514,800円」: a deduction is history, not a part of the claim
    # Names from a PDF text layer are exact; GiNZA (about 2 s to load) is for OCR'd pages.
    ocr_read = any(page.source == "ocr" for page in pages)
    _parties(letter_rows, doc_type, by_path, out, use_nlp=use_nlp, confirm_names=ocr_read)
    kind = parties.sender_kind(out["sender.name"].value if "sender.name" in out else None)
    if kind in (SenderKind.other, SenderKind.unknown) and "sender.license_number" in out:
        kind = SenderKind.servicer
    return Extraction(
        document_type=doc_type,
        type_confidence=classification.confidence,
        fields=out,
        # A demand for the whole balance names a sum: a second hearing's summons that prints none does not.
        lump_sum_demand=classification.lump_sum_demand and any(p.startswith("amounts.") for p in out),
        sender_kind=kind,
        raw_text="\n".join(r.raw for r in letter_rows),
        norm_text=norm_text,
        notes=notes,
    )


_TOTAL_WORD = re.compile(r"合\s*計|総額|請求金額|ご請求額")


# What a settlement plan asks (「お支払額 768,894円（損害金免除）」), beside the debt it settles (「お支払残高合計」).
_PLAN_AMOUNT = re.compile(r"(?:お支払い?|ご返済|ご入金|お振込み?)(?:総額|額|金額)")


def _plan_amount_lowered(c: Candidate, row_text: str) -> Candidate:
    """In a settlement proposal the claim is the debt as it stands; the amount a plan asks for is an offer."""
    label = c.how.split(":")[-1]  # 「label:総額」 read from 「お支払総額」
    plan = any(m.group(0).endswith(label) for m in _PLAN_AMOUNT.finditer(row_text))
    return dataclasses.replace(c, score=c.score * 0.85) if plan else c


def _lone_part_as_total(by_path: dict[str, list[Candidate]], text: str) -> None:
    """One amount and no sum (「整理手続費用 ¥86,000」, 「元金 420,000円」): that amount is all that is
    claimed. A fee demanded alone is the demand itself, not a cost added to a debt."""
    parts = [p for p in breakdown.PARTS if by_path.get(p)]
    if by_path.get(breakdown.TOTAL) or len(parts) != 1 or _TOTAL_WORD.search(text):
        return  # a 合計 printed but not read (「三 合計 金一八五五七、〇九七円」) is no lone amount
    best = _best(by_path[parts[0]])
    by_path[breakdown.TOTAL] = [dataclasses.replace(best, path=breakdown.TOTAL, how=f"only-amount:{best.how}")]
    if parts[0] == "amounts.costs":
        del by_path[parts[0]]


def _claimed_principal(by_path: dict[str, list[Candidate]]) -> None:
    """「被告は、原告に対し、2,380,000円及びこれに対する…年3パーセントの割合による金員を支払え」: the sum the
    damages run on is the principal claimed, however 請求の原因 splits it (請負残代金 2,280,000円 + 追加工事代金
    100,000円), when nothing else is claimed beside it."""
    if by_path.get("amounts.interest") or by_path.get("amounts.late_damages") or not by_path.get(breakdown.TOTAL):
        return
    total = _best(by_path[breakdown.TOTAL]).value
    claimed = [
        c for c in by_path.get("amounts.principal", [])
        if c.how.startswith("prose:") and re.search(r"及び\s*(?:これ|上記金員|右金員|同額)に対する", c.evidence.text) and c.value == total
    ]
    if claimed:
        by_path["amounts.principal"] = claimed


def _balance_as_principal(by_path: dict[str, list[Candidate]]) -> None:
    """「残債務額 3,747 / 約定利息 26 / 延滞損害金 16 / 元利合計 3,789」: with no principal labelled, a
    balance read as a total is the principal when it and the other parts add up to a larger total."""
    if by_path.get("amounts.principal") or not by_path.get(breakdown.TOTAL):
        return
    others = [int(_best(by_path[p]).value) for p in breakdown.PARTS if p != "amounts.principal" and by_path.get(p)]  # type: ignore[call-overload]
    if not others:
        return
    totals = by_path[breakdown.TOTAL]
    for small in totals:
        if any(int(big.value) == int(small.value) + sum(others) for big in totals):  # type: ignore[call-overload]
            by_path["amounts.principal"] = [Candidate("amounts.principal", small.value, small.evidence, small.score,
                                                      f"balance:{small.how}", small.rank, small.row)]  # fmt: skip
            by_path[breakdown.TOTAL] = [c for c in totals if c is not small and c.value != small.value]
            return


_SUBTOTAL_ROW = re.compile(r"^\s*小\s*計\s*[:：]?\s*[¥￥金]?\s*[\d,]+\s*円?\s*$")


def _subtotal_as_principal(letter_rows: list[Row], by_path: dict[str, list[Candidate]], unit_of: Callable[[Row], int]) -> None:
    """「未払利用料金 23,760円 / 契約解除料 22,000円 / 工事費残額 16,500円 / 小計 62,260円 / 延滞利息 3,091円 /
    合計 65,351円」: the debt's own items add up to a 小計, and the 小計 with the other parts to the total."""
    if not by_path.get(breakdown.TOTAL):
        return
    total = int(_best(by_path[breakdown.TOTAL]).value)  # type: ignore[call-overload]
    others = sum(int(_best(by_path[p]).value) for p in breakdown.PARTS if p != "amounts.principal" and by_path.get(p))  # type: ignore[call-overload]
    principal = by_path.get("amounts.principal")
    if not others or (principal and int(_best(principal).value) + others == total):  # type: ignore[call-overload]
        return
    for row in letter_rows:
        if not _SUBTOTAL_ROW.match(row.text):
            continue
        m = next(iter(fields.reader("yen", unit=unit_of(row))(row.text)), None)
        if m is not None and isinstance(m.value, int) and m.value + others == total:
            ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
            by_path["amounts.principal"] = [Candidate("amounts.principal", m.value, ev, 0.9, "subtotal", 0, row.index)]
            return


def _arrears_interest(by_path: dict[str, list[Candidate]]) -> None:
    """「延滞元金 | 延滞利息 | 遅延損害金」: where a letter prints both, 延滞利息 is the interest on the
    arrears and 遅延損害金 the damages (alone, 延滞利息 names the damages)."""
    late = by_path.get("amounts.late_damages", [])
    named = [c for c in late if c.how.endswith(":延滞利息")]
    others = [c for c in late if not c.how.endswith(":延滞利息")]
    if named and others and not by_path.get("amounts.interest"):
        by_path["amounts.interest"] = [dataclasses.replace(c, path="amounts.interest") for c in named]
        by_path["amounts.late_damages"] = others


def _first_readings(by_path: dict[str, list[Candidate]]) -> tuple[Candidate, dict[str, Candidate], int]:
    """The best reading of the total and of each part read, and what those parts lack of the total."""
    total = _best(by_path[breakdown.TOTAL])
    chosen = {p: _best(by_path[p]) for p in breakdown.PARTS if by_path.get(p)}
    return total, chosen, int(total.value) - sum(int(c.value) for c in chosen.values())  # type: ignore[call-overload]


def _cut_label_part(letter_rows: list[Row], by_path: dict[str, list[Candidate]], unit_of: Callable[[Row], int]) -> None:
    """「利 ¥18,206-」 (息： lost to the OCR): a row of the breakdown whose label is cut short is the
    part it begins to spell when its amount is exactly what the labelled parts lack of the total."""
    if not by_path.get(breakdown.TOTAL):
        return
    total, chosen, gap = _first_readings(by_path)
    missing = [spec for spec in rules.labels().fields if spec.path in breakdown.PARTS and spec.path not in chosen]
    if not chosen or not missing or gap <= 0:
        return
    block = [c.row for c in (total, *chosen.values())]
    for row in letter_rows[max(0, min(block) - 2) : max(block) + 1]:  # the missing part may head the table
        for m in fields.reader("yen", unit=unit_of(row))(row.text):
            # The reader takes the 金 of 「代金残金 216,000円」 for the amount's own prefix.
            head = re.sub(r"[\s:：]", "", row.text[: m.start]) + ("金" if m.text.startswith("金") else "")
            # An item's number and a bracketed period may stand in the label (「1 駐車場使用料(令和7年6月分~)」).
            core = re.sub(r"^\d{1,2}(?=\D)", "", re.sub(r"[（(][^)）]*[)）]", "", head))
            if m.value != gap or not core or re.search(r"\d", core):
                continue
            for spec in missing if len(chosen) >= 2 else ():
                if any(label.startswith(core) for label in spec.labels):
                    ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                    by_path[spec.path].append(Candidate(spec.path, gap, ev, 0.7, f"cut-label:{head}", 50, row.index))
                    return
            # 「ショッピング・キャッシング残高 | 402,300円」 above 手数料・利息 and 遅延損害金: a balance row
            # whose label we do not know, worth exactly what the parts lack, is the principal.
            # With two parts labelled, so is a row that names the debt in its trade's words (「1 駐車場使用料
            # (令和7年6月分~同年11月分) 79,200円」 over 確定遅延損害金 and 督促手続費用).
            named = re.search(r"元金|元本|残高|残額|残金|立替|貸付", head) or (
                len(chosen) >= 2 and not fields.label_hits(core, [s for s in rules.labels().fields if s.path != breakdown.TOTAL])
            )
            if "amounts.principal" not in chosen and named:
                ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                by_path["amounts.principal"].append(Candidate("amounts.principal", gap, ev, 0.7, f"balance-row:{head}", 50, row.index))
                return


def _unread_principal(letter_rows: list[Row], by_path: dict[str, list[Candidate]]) -> None:
    """「元金......」 with its figure lost to the OCR, above 利息 and 損害金 that were read: the principal is
    what the read parts lack of the total. Only for a row that holds the label alone, in the breakdown."""
    if by_path.get("amounts.principal") or not by_path.get(breakdown.TOTAL):
        return
    total, chosen, gap = _first_readings(by_path)
    if len(chosen) < 2 or gap <= 0:
        return
    labels = next(spec.labels for spec in rules.labels().fields if spec.path == "amounts.principal")
    block = [c.row for c in (total, *chosen.values())]
    for row in letter_rows[max(0, min(block) - 2) : max(block)]:
        head = re.sub(r"[\s.…・:：|]", "", row.segments[0].text)
        if head in labels and not re.search(r"\d", row.text):
            ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=min(row.confidence, 0.5))
            by_path["amounts.principal"].append(Candidate("amounts.principal", gap, ev, 0.5, f"unread:{head}", 50, row.index))
            return


def _unlabelled_interest(letter_rows: list[Row], by_path: dict[str, list[Candidate]], unit_of: Callable[[Row], int]) -> None:
    """「残元金 ¥198,700 / ¥3,116 / 遅延損害金 ¥19,380 / 合計 ¥221,196」 with the 利息 label lost to a fax:
    an amount alone on a row between the principal and the late damages, worth exactly what the parts lack
    of the total, is the interest (the order every breakdown prints them in)."""
    if by_path.get("amounts.interest") or not all(by_path.get(p) for p in (breakdown.TOTAL, "amounts.principal", "amounts.late_damages")):
        return
    total, chosen, gap = _first_readings(by_path)
    first, last = chosen["amounts.principal"].row, chosen["amounts.late_damages"].row
    if gap <= 0 or not first < last <= first + 3:
        return
    for row in letter_rows[first + 1 : last]:
        amounts = list(fields.reader("yen", unit=unit_of(row))(row.text))
        if len(amounts) == 1 and amounts[0].value == gap and not re.sub(r"[\s¥￥,\d円金.\-]", "", row.text):
            ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=min(row.confidence, 0.6))
            by_path["amounts.interest"].append(Candidate("amounts.interest", gap, ev, 0.6, "unlabelled-row", 50, row.index))
            return


# 「請求の趣旨 1 金 527,300円 / 2 金 18,440円 …」 and, in 請求の原因, 「請求の趣旨1は立替金残金,2は確定手数料,3は…確定
# 遅延損害金である」: the court's way of naming the parts of a claim.
_ITEM_ROW = re.compile(r"^\s*(\d{1,2})\s*金\s*[\d,]+\s*円\s*$")
_ITEM_KEY = re.compile(r"(?:請求の趣旨|[(（]内訳[)）])\s*(?=第?\s*\d{1,2}\s*項?\s*は)")  # 「(内訳)1は立替金残元金、2は…」
_ITEM_PART = re.compile(
    r"(?<!\d)(\d{1,2})\s*項?\s*は(.+?)(?=[,、]\s*(?:請求の趣旨|同)?\s*\d{1,2}\s*項?\s*は|である(?=。|$)|。|\n\s*\d{1,2}\s*(?=[^\d年月日,.円%])|$)", re.S
)
_PRINCIPAL_WORD = re.compile(r"元金|元本|残金|立替金|貸金|代金|売掛金|残高")


def _claim_items(letter_rows: list[Row], by_path: dict[str, list[Candidate]], unit_of: Callable[[Row], int]) -> None:
    """The numbered amounts of 請求の趣旨, each given its part by the sentence that says what it is."""
    items: dict[int, tuple[Row, int]] = {}
    for row in letter_rows:
        m = _ITEM_ROW.match(row.text)
        read = next(iter(fields.reader("yen", unit=unit_of(row))(row.text)), None) if m else None
        if m and read is not None and isinstance(read.value, int):
            items.setdefault(int(m[1]), (row, read.value))
    if len(items) < 2:
        return
    text = "\n".join(r.text for r in letter_rows)  # a new row that starts with a number is the next item (「5上記1の…」)
    key = _ITEM_KEY.search(text)
    if key is None:
        return
    end = text.find("。", key.start())
    specs = [s for s in rules.labels().fields if s.path in breakdown.PARTS]
    for m in _ITEM_PART.finditer(text[key.end() : end if end > 0 else len(text)]):
        if int(m[1]) not in items:
            continue
        hits = fields.label_hits(m[2].replace("\n", ""), specs)
        path = max(hits, key=lambda h: (h.spec.priority, len(h.label))).spec.path if hits else None
        if path is None and _PRINCIPAL_WORD.search(m[2]):
            path = "amounts.principal"
        if path is None:
            continue
        row, amount = items[int(m[1])]
        ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
        by_path[path].append(Candidate(path, amount, ev, 0.97, f"claim-item:{m[1]}", 0, row.index))


def _cost_subtotal(by_path: dict[str, list[Candidate]]) -> None:
    """「督促手続費用の内訳 申立手数料 2,500円 / 送達費用 1,099円 / … / 合計 5,109円」: a 合計 right under
    rows of fees, and their sum, adds up the costs, not the claim."""
    fees = [c for p in ("amounts.costs", "amounts.interest") for c in by_path.get(p, []) if c.how.startswith("label:")]
    for total in list(by_path.get(breakdown.TOTAL, [])):
        above: dict[int, int] = {}
        row = total.row - 1
        while (found := [c for c in fees if c.row == row]) and row not in above:
            above[row] = int(found[0].value)  # type: ignore[call-overload]
            row -= 1
        if len(above) < 2 or sum(above.values()) != total.value or not any(c.row in above for c in by_path.get("amounts.costs", [])):
            continue
        for path in ("amounts.costs", "amounts.interest"):
            by_path[path] = [c for c in by_path.get(path, []) if c.row not in above]
        by_path[breakdown.TOTAL] = [c for c in by_path[breakdown.TOTAL] if c is not total]
        by_path["amounts.costs"].append(dataclasses.replace(total, path="amounts.costs", how=f"cost-items:{total.how}"))
        return


def _printed_sum(letter_rows: list[Row], by_path: dict[str, list[Candidate]], unit_of: Callable[[Row], int]) -> None:
    """No labelled total, but the parts are labelled and an amount printed on its own equals their sum
    (「金463,939円」 under the items of 請求の趣旨, the 合計 word left out): that is the total."""
    if by_path.get(breakdown.TOTAL):
        return
    parts = [int(_best(by_path[p]).value) for p in breakdown.PARTS if by_path.get(p)]  # type: ignore[call-overload]
    if len(parts) < 2:
        return
    total = sum(parts)
    for row in letter_rows:
        for m in fields.reader("yen", unit=unit_of(row))(row.text):
            if m.value == total:
                ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                by_path[breakdown.TOTAL].append(Candidate(breakdown.TOTAL, total, ev, 0.8, "sum-of-parts-printed", 60, row.index))
                return


_OTHER_PARTYS = re.compile(r"(?:銀行|委託者|委託元|原債権者|譲渡人|旧)の?$")
_MASKED = re.compile(r"[XＸxＸ*＊※●•・…]{3,}|\.{3,}")  # 「****-2207」, a photo's dots 「……-2207」
_CASE_NUMBER = re.compile(r"[(（][財情執少手特]?[ァ-ヶ]{1,2}[)）]\s*第?\s*\d+\s*号")


def _court_paper(doc_type: DocumentType, letter_rows: list[Row]) -> bool:
    """A court's own paper: one of the court types, or one that is none of them (a 調停 summons, a
    差押命令) but is signed by the court's officer."""
    if next(s for s in rules.document_types().types if s.type == doc_type).sender_is_court:
        return True
    # Signed by its clerk, judge or bailiff (a 差押命令 by the 裁判官, a 差押調書 by the 執行官).
    # A court's record of a settlement (和解調書) is a settlement as much as a court paper.
    court_kinds = (DocumentType.other, DocumentType.settlement_proposal)
    return doc_type in court_kinds and any(re.search(r"裁判所書記官|^\s*(?:裁判官|執行官)\s*\S{1,5}\s?\S{0,5}$|(?:裁判所|支部)\s*執行官\s*\S{1,5}\s?\S{0,5}$", r.text) for r in letter_rows)


def _court_reference(letter_rows: list[Row], doc_type: DocumentType, out: dict[str, Found]) -> None:
    """On court papers the 事件番号 is the reference, wherever it is printed; on other letters only when
    they print no number of their own (a plaintiff's 和解条項案 quoting its case)."""
    court_paper = _court_paper(doc_type, letter_rows)
    if not court_paper and "reference_number" in out:
        return
    for row in letter_rows:
        for m in fields.reader("text")(row.text):
            if "号" in str(m.value) and "(" in str(m.value):
                if not court_paper and re.search(r"\((?:ケ|ヌ)\)", str(m.value)):
                    continue  # the 競売 case a servicer's letter cites is not its reference
                ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                out["reference_number"] = Found(value=m.value, evidence=ev, confidence=round(0.95 * row.confidence, 3), how="case-number")
                return


def _name_found(mention: parties.Mention, how: str, score: float) -> Found:
    ev = parties.evidence(mention)
    return Found(value=mention.name, evidence=ev, confidence=round(score * ev.confidence, 3), how=how)


def _labelled_name(by_path: dict[str, list[Candidate]], path: str) -> Found | None:
    for c in sorted(by_path.get(path, []), key=lambda c: (c.rank, c.row)):
        name = parties.clean_name(str(c.value))
        if name and not parties.looks_like_address(name) and not re.search(r"\d", name):
            return Found(value=name, evidence=c.evidence, confidence=round(c.score * c.evidence.confidence, 3), how=c.how)
    return None


def _parties(
    letter_rows: list[Row],
    doc_type: DocumentType,
    by_path: dict[str, list[Candidate]],
    out: dict[str, Found],
    *,
    use_nlp: bool,
    confirm_names: bool = True,
) -> None:
    spec = next(s for s in rules.document_types().types if s.type == doc_type)
    license_row = None
    licences: list[tuple[int, Found]] = []  # every printed 許可番号, by row
    earlier = next(s for s in rules.labels().fields if s.path == "original_creditor.name").labels
    earlier_party = re.compile(r"^[\s\d.．、・■●()（）]*(?:" + "|".join(map(re.escape, earlier)) + ")")
    for row in letter_rows:
        text = row.text
        if earlier_party.match(text):
            continue  # 「前債権者 アルファ債権回収株式会社（法務大臣許可番号第101号）」: an earlier creditor's licence
        below = letter_rows[row.index + 1] if row.index + 1 < len(letter_rows) else None
        if below is not None and re.search(r"許可(?:番号)?\s*[:：]?\s*$", text):
            # 「法務大臣許可番号：」 over 「第252号」 in a stacked sender block
            under = [seg.text for seg in below.segments if re.match(r"\s*第\s*\S{1,5}\s*号", seg.text)
                     and abs(seg.bbox[0] - row.segments[-1].bbox[0]) < 2 * (row.bbox[3] - row.bbox[1])]
            text += under[0] if under else ""
        lic = next(normalize.license_numbers(text), None)
        if lic is not None:
            ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
            licences.append((row.index, Found(value=lic.value, evidence=ev, confidence=round(0.95 * row.confidence, 3), how="license")))
    if licences:
        license_row, out["sender.license_number"] = licences[0]

    debtor = _labelled_name(by_path, "debtor.name")
    if debtor is not None and debtor.how == "label:主債務者":
        # A demand on a guarantor names the principal debtor (主債務者) in its table; the debtor
        # of the letter is the one it addresses, when that is someone else.
        mention = parties.debtor(letter_rows)
        if mention is not None and mention.name != debtor.value:
            debtor = _name_found(mention, "addressee", 0.9)
    if debtor is None:
        mention = parties.debtor(letter_rows)
        if mention is not None:
            debtor = _name_found(mention, "addressee", 0.9)
    if debtor is None and (glossed_person := parties.glossed_debtor(letter_rows)) is not None:
        debtor = _name_found(glossed_person, "glossed:乙", 0.85)  # a contract's other party, no addressee line
    if debtor is not None:
        # 「阿久津塗装 阿久津和樹様」 on a fax cover, 「阿久津和樹様」 on the letter: the person, not the shop.
        shorter = next((m for m in parties.addressees(letter_rows)
                        if len(m.name) >= 3 and m.name != debtor.value and str(debtor.value).endswith(m.name)), None)  # fmt: skip
        if shorter is not None:
            debtor = _name_found(shorter, "addressee", 0.9)
    original = _labelled_name(by_path, "original_creditor.name")
    labelled_assignor = _labelled_name({"x": [c for c in by_path.get("original_creditor.name", []) if c.how.endswith("譲渡人")]}, "x")
    if original is not None and labelled_assignor is not None and original.how.endswith("原債権者") and any("代位弁済" in r.text for r in letter_rows):
        # 「原債権者 …銀行 / 譲渡人 …保証株式会社」: the guarantor paid the bank and sold its claim on; the debt
        # came to this creditor from the guarantor (the bank is where the loan began).
        original = labelled_assignor
    if original is None or original.how.endswith("原契約"):
        # 「原契約 株式会社…銀行住宅ローン」 names the first lender; a 譲渡人 named in the text (a guarantor that
        # paid the bank and sold its claim) is the creditor the debt came from.
        mention = parties.original_creditor_in_prose(letter_rows)
        if mention is not None:
            original = _name_found(mention, "prose:original_creditor", 0.8)
    creditor = _labelled_name(by_path, "creditor.name")
    if creditor is None:
        mention = parties.creditor_in_prose(letter_rows)
        if mention is not None:
            creditor = _name_found(mention, "prose:creditor", 0.8)

    sender = _labelled_name(by_path, "sender.name")
    if _court_paper(doc_type, letter_rows):
        court = parties.court(letter_rows)
        if court is not None:
            sender = _name_found(court, "court", 0.95)
        # 「申立人 …」「相手方 …」 of a 調停調書: the company is owed whichever side applied (a debtor applies
        # for a 特定調停, so a person found under 申立人 is no creditor).
        person_applied = creditor is not None and creditor.how.endswith(":申立人") and not parties.looks_like_org(str(creditor.value))
        if creditor is None or debtor is None or person_applied:
            owed, owing = parties.either_side(letter_rows)
            if (creditor is None or person_applied) and owed is not None:
                creditor = _name_found(owed, "either-side", 0.85)
            if debtor is None and owing is not None:
                debtor = _name_found(owing, "either-side", 0.85)
    whole = "".join(r.text for r in letter_rows)  # the letter's text, read once for the phrases below
    voice = rules.parties().assignor_voice
    assignor_writes = bool(voice and re.search(voice, whole))
    # The seller's own notice may print the buyer's licence under 「譲受人」 (its name, address and number):
    # that licence neither marks the sender block nor is the sender's.
    buyers_licence = assignor_writes and license_row is not None and "譲受人" in "".join(
        r.text for r in letter_rows[max(0, license_row - 3) : license_row + 1]
    )
    if sender is None:
        # The original creditor does not sign a servicer's letter, but it does sign its own notice.
        exclude = {f.value for f in (original,) if f is not None and not assignor_writes}
        mention = parties.sender(
            letter_rows, exclude=exclude, license_row=None if buyers_licence else license_row, debtor=debtor.value if debtor else None,
            assignor_writes=assignor_writes,
        )  # fmt: skip
        if mention is not None:
            sender = _name_found(mention, "sender-block", 0.85)
    agent_voice = rules.parties().agent_voice
    lawyer_writes = bool(agent_voice and re.search(agent_voice, whole))
    if sender is not None and (sender.how.startswith("label") or lawyer_writes) and not spec.sender_is_court:
        agent = parties.agent(letter_rows, voice=lawyer_writes)
        if agent is not None and agent.name != sender.value:
            # 「通知人 A / 右代理人 B法律事務所 / 弁護士 …」: the lawyer signs for A, who claims the money.
            creditor = creditor or sender
            sender = _name_found(agent, "agent", 0.85)
    if sender is None and use_nlp:
        sender = _nlp_company(letter_rows, exclude={f.value for f in (original, debtor) if f})
    if debtor is not None and use_nlp and confirm_names:
        debtor = _nlp_confirm_person(letter_rows, debtor)

    if sender is not None and assignor_writes and (original is None or original.how.endswith("原契約")):
        # The assignor's own notice (「当行は…譲渡いたしました」): the debt came from the sender, whoever
        # lent first under the 原契約 (a guarantor selling what it paid the bank).
        original = sender
    if creditor is None and assignor_writes and (buyer := parties.org_under_heading(letter_rows, "譲受人")) is not None:
        creditor = _name_found(buyer, "heading:譲受人", 0.85)
    client = creditor if doc_type is DocumentType.assignment_notice and creditor and creditor.how.startswith("prose") else None
    if client is not None and (buyer := parties.org_under_heading(letter_rows, "譲受人")) is not None and buyer.name != client.value:
        # 「当職は、A社（以下「通知人」）の代理人として…通知人は…下記譲受人に譲渡いたしました」: the lawyer's client
        # sold the debt; the buyer under 「1.譲受人」 claims it now.
        original = original or client
        creditor = _name_found(buyer, "heading:譲受人", 0.85)
    glossed = functools.cache(lambda: parties.glossed_roles(letter_rows))  # read once, only when needed
    if doc_type is DocumentType.assignment_notice and not assignor_writes:
        # A joint notice (「通知人A（以下「譲渡人」）は…通知人B（以下「譲受人」）に譲渡」) is the buyer's: it
        # claims the money and signs first.
        buyer, seller = glossed().get("譲受人"), glossed().get("譲渡人")
        if buyer is not None and seller is not None and buyer.name != seller.name:
            buyer_found = _name_found(buyer, "glossed:譲受人", 0.85)
            if sender is None or sender.value == seller.name:
                sender = buyer_found
            if creditor is None or creditor.value == seller.name:
                creditor = buyer_found
            if original is None:
                original = _name_found(seller, "glossed:譲渡人", 0.85)
        elif sender is not None and original is not None and creditor is not None and sender.value == original.value != creditor.value:
            sender = creditor
    if original is None:
        # 「株式会社石鎚銀行（以下「銀行」という。）…銀行に対し金1,186,420円を代位弁済した」: the lender a guarantor
        # paid, or the one a letter names 原債権者 in passing.
        subrogated = any("代位弁済" in r.text for r in letter_rows)
        claimants = {f.value for f in (sender, creditor) if f is not None}
        for role in ("原債権者", "譲渡人", *(("銀行", "訴外銀行", "金融機関") if subrogated else ())):
            if (named := glossed().get(role)) is not None and named.name not in claimants:
                original = _name_found(named, f"glossed:{role}", 0.8)
                break
    mandate = rules.parties().mandate_voice
    entrusted = bool(mandate and re.search(mandate, whole.replace(" ", "")))
    if creditor is not None and original is not None and original.value == creditor.value and original.how.startswith("prose") and not entrusted:
        # 「債権者は、債務者に対し…貸し付けた」: the lender is the creditor itself (but a servicer collecting on
        # commission names the lender it collects for, who stays both)
        original = None
    if creditor is None:
        rule = spec.creditor
        for phrase, override in spec.creditor_if.items():
            if re.search(phrase, whole):
                rule = override
        creditor = {"sender": sender, "original_creditor": original, "labelled": None}[rule]
    bought = original is not None and sender is not None and parties.sender_kind(str(sender.value)) is SenderKind.servicer
    if creditor is None and doc_type is DocumentType.other and bought and not entrusted and not re.search(r"完済|完了いた|債権が?消滅", whole):
        creditor = sender  # a servicer's notice of a new address or a receipt: it still holds the debt it bought
    if original is None and creditor is not None and entrusted and not spec.sender_is_court and creditor != sender:
        original = creditor  # collected on commission (受託): the lender that entrusted the servicer is both
    for path, found in (("sender.name", sender), ("creditor.name", creditor), ("original_creditor.name", original),
                        ("debtor.name", debtor)):  # fmt: skip
        if found is not None:
            if isinstance(found.value, str):
                name = parties.settled_name(found.value, letter_rows, organisation=path != "debtor.name",
                                            ocr_read=confirm_names)  # fmt: skip
                name = parties.full_person(name, letter_rows) if path == "debtor.name" else name
                found = found.model_copy(update={"value": name})
            out[path] = found
    if buyers_licence and "sender.license_number" in out:
        del out["sender.license_number"]
    if sender is not None and parties.sender_kind(str(sender.value)) is SenderKind.law_office:
        out.pop("sender.license_number", None)  # a lawyer holds no servicer licence: the number is the client's
    if sender is not None and len({f.value for _, f in licences}) > 1:
        # Two servicers' numbers (a sale from one to another): the sender's is the one printed with its name.
        at = _row_of(letter_rows, sender)
        if at is not None and "sender.license_number" in out:
            out["sender.license_number"] = min(licences, key=lambda rf: (abs(rf[0] - at), rf[0] < at))[1]
    phone = _sender_phone(letter_rows, by_path, sender)
    if phone is not None:
        out["sender.phone"] = phone


def _label_in_sentence(c: Candidate) -> bool:
    """The candidate's label is the subject of a sentence (「…のお支払日は2026年5月27日です」)."""
    word = c.how.split(":", 1)[-1]
    return bool(word) and re.search(re.escape(word) + r"\s*は", normalize.text(c.evidence.text)) is not None


def _row_of(letter_rows: list[Row], found: Found) -> int | None:
    """The row a field was read from (its evidence box)."""
    return next((r.index for r in letter_rows if r.page == found.evidence.page and r.bbox == found.evidence.bbox), None)


def _sender_phone(letter_rows: list[Row], by_path: dict[str, list[Candidate]], sender: Found | None) -> Found | None:
    """The contact number printed with the sender (not a fax number)."""
    near_row = None
    if sender is not None:
        near_row = _row_of(letter_rows, sender)
        # In a joint notice each signer's block has its own 電話: the one under the sender's own name line
        # (its last short line, where it signs) is the sender's.
        signed = [r.index for r in letter_rows if str(sender.value) in r.text.replace(" ", "") and len(r.text) <= 60]
        if signed and (near_row is None or near_row not in signed):
            near_row = signed[-1]
    column: tuple[float, float] | None = None  # the sender's cell, where two blocks stand side by side
    if near_row is not None and sender is not None:
        cell = next((seg for seg in letter_rows[near_row].segments if str(sender.value)[:4] in seg.text.replace(" ", "")), None)
        if cell is not None and len(letter_rows[near_row].segments) > 1:
            column = (cell.bbox[0], cell.bbox[2])

    def off_column(c: Candidate) -> bool:
        if column is None or c.evidence.bbox is None:
            return False
        x0, _, x1, _ = c.evidence.bbox
        return min(x1, column[1]) - max(x0, column[0]) <= 0

    fax_numbers: set[object] = set()
    unlabelled = []
    for row in letter_rows:
        # A fax machine's header line (「2025/11/27 14:22 FROM: … 092-000-1579 P.001/001」) names the fax.
        header = bool(re.search(r"FROM|P\.\s*\d{3}|\d{4}/\d{2}/\d{2}\s+\d{1,2}:\d{2}", row.text.upper()))
        prev_end, fax_next = 0, False
        for m in normalize.phones(row.text):
            before = row.text[max(prev_end, m.start - 12) : m.start].upper().replace(" ", "")  # 「F A X送信先」
            prev_end = m.end
            # 「TEL/FAX 03-0000-2585/03-0000-2586」: the first number is the telephone, the second the fax.
            paired = bool(re.search(r"(?:TEL|電話)\W*(?:FAX|ファクス)", before))
            is_fax = fax_next or (not paired and ("FAX" in before or "ファクス" in before or "ファックス" in before))
            fax_next = paired
            if header or is_fax:
                fax_numbers.add(m.value)
                continue
            if re.search(r"(?<!電話)(?<!TEL)(?<!携帯)番号\W{0,2}$|NO\.?\W{0,2}$", before):
                continue  # 「保証番号:0427-118-2018」: a file number shaped like a telephone number
            cell = row.segments[row.segment_at(m.start)]  # its own cell: blocks may stand side by side
            ev = Evidence(page=row.page, bbox=cell.bbox, text=row.raw, confidence=row.confidence)
            unlabelled.append(Candidate("sender.phone", m.value, ev, 0.7, "phone", 99, row.index))
    cands = [c for c in by_path.get("sender.phone", []) if "FAX" not in c.evidence.text.upper()] + unlabelled
    cands = [c for c in cands if c.value not in fax_numbers] or cands
    if not cands:
        return None
    if sender is not None and parties.sender_kind(str(sender.value)) is SenderKind.court:
        # The court's own number (書記官, 民事第○係), not a party's 送達場所・連絡先.
        data = rules.parties()

        def court_rank(c: Candidate) -> int:
            window = " ".join(r.text for r in letter_rows[max(0, c.row - 1) : c.row + 1])
            window = re.sub(r"[(（][^)）]*ではありません[)）]", "", window)  # 「(債権者の連絡先ではありません)」
            if any(w in window for w in data.party_phone_context):
                return 2
            return 0 if any(w in c.evidence.text for w in data.court_phone_context) else 1

        return _found(min(cands, key=lambda c: (court_rank(c), c.row)))
    # A company's own line before a 「担当直通 090-…」 mobile on the same row.
    best = (
        min(cands, key=lambda c: (off_column(c), abs(c.row - near_row) + (3 if c.row < near_row else 0), registry.is_mobile(str(c.value)), c.rank))
        if near_row is not None
        else _best(cands)
    )
    return _found(best)


def _nlp_company(letter_rows: list[Row], *, exclude: set[object]) -> Found | None:
    from parser import nlp

    texts = [r.text for r in letter_rows[:200]]
    for ent in nlp.entities(texts):
        if ent.label in ("Company", "ORG") and ent.text not in exclude:
            name = parties.clean_name(ent.text)
            # GiNZA calls many words companies (「お客」): keep only names with a legal form or suffix.
            row = letter_rows[ent.doc_index]
            if name and parties.looks_like_org(name) and not parties.payee_row(letter_rows, row):
                ev = Evidence(page=row.page, bbox=row.bbox, text=row.raw, confidence=row.confidence)
                return Found(value=name, evidence=ev, confidence=round(0.6 * row.confidence, 3), how="nlp:Company")
    return None


def _nlp_confirm_person(letter_rows: list[Row], debtor: Found) -> Found:
    """GiNZA's Person entity raises confidence in an addressee name; disagreement lowers it."""
    from parser import nlp

    people = {e.text.replace(" ", "") for e in nlp.entities([debtor.evidence.text]) if e.label == "Person"}
    if not people:
        return debtor
    agree = any(str(debtor.value) in p or p in str(debtor.value) for p in people)
    conf = min(1.0, debtor.confidence + 0.05) if agree else debtor.confidence * 0.8
    return debtor.model_copy(update={"confidence": round(conf, 3)})
