"""The summarize stage: the result object, review flags and a summary a worried reader understands."""

from __future__ import annotations

from datetime import date
from typing import Any

from parser import rules
from parser.deadlines import kind_label_ja
from parser.models import (
    Amounts,
    Certainty,
    Dates,
    Deadline,
    Document,
    DocumentType,
    Evidence,
    Extraction,
    NamedParty,
    OcrPage,
    ParseResult,
    ProblemItem,
    RegistryStatus,
    Sender,
    Source,
    StepCondition,
    Verification,
)

# Fields whose doubt puts the whole result up for human review.
_KEY_FIELDS = ("sender.name", "amounts.total", "dates.payment_due", "dates.hearing")
_REVIEW_BELOW = 0.6
_MIN_LETTER_CHARS = 30
_COURT = {DocumentType.payment_order, DocumentType.payment_order_enforceable, DocumentType.lawsuit}

_STATUS_JA = {
    RegistryStatus.licensed: "法務大臣の許可を受けた債権回収会社として登録簿で確認できました。",
    RegistryStatus.license_mismatch: "会社名と許可番号が登録簿と一致しません。偽物の可能性があります。",
    RegistryStatus.not_licensed: "許可を受けた債権回収会社ではありません。架空請求（詐欺）の疑いがあります。",
    RegistryStatus.unverified: "手元の登録簿では確認できませんでした（登録簿は一部のみです）。",
    RegistryStatus.closed: "以前は許可を受けていましたが、現在は営業していない会社名です。",
    RegistryStatus.not_applicable: "債権回収会社ではないため、法務大臣の許可は不要な差出人です。",
}
_AMOUNT_JA = {"principal": "元金", "interest": "利息", "late_damages": "遅延損害金", "costs": "費用"}


def _value(extraction: Extraction, path: str) -> Any:
    return extraction.value(path)


def is_scam(extraction: Extraction, verification: Verification) -> bool:
    return verification.registry.status is RegistryStatus.not_licensed and bool(verification.fraud_signals)


def _review(extraction: Extraction, verification: Verification, pages: list[OcrPage]) -> list[str]:
    reasons = []
    if extraction.type_confidence < _REVIEW_BELOW:
        reasons.append("document_type uncertain")
    for path in _KEY_FIELDS:
        found = extraction.fields.get(path)
        if found is not None and found.confidence < _REVIEW_BELOW:
            reasons.append(f"{path} uncertain")
    if "sender.name" not in extraction.fields:
        reasons.append("sender not found")
    if "amounts.total" not in extraction.fields and extraction.document_type is not DocumentType.other:
        reasons.append("total not found")
    if "sum_check:mismatch" in extraction.notes:
        reasons.append("breakdown does not add up to the total")
    if "sum_check:repaired" in extraction.notes:
        reasons.append("an amount was repaired by the sum check")
    if any(page.quality for page in pages):
        reasons.append("image quality")
    return reasons


def _steps(extraction: Extraction, verification: Verification, deadlines: list[Deadline], today: date | None) -> list[str]:
    scam = is_scam(extraction, verification)
    limitation_past = any(
        d.kind == "limitation_possible" and today is not None and d.date <= today for d in deadlines
    )

    def holds(c: StepCondition) -> bool:
        return (
            (not c.document_types or extraction.document_type in c.document_types)
            and (c.scam is None or c.scam == scam)
            and (c.lump_sum is None or c.lump_sum == extraction.lump_sum_demand)
            and (not c.registry or verification.registry.status in c.registry)
            and (c.limitation_past is None or c.limitation_past == limitation_past)
        )

    return [step.text_ja for step in rules.next_steps().steps if holds(step.when)]


def _yen(n: int | None) -> str:
    return "記載なし" if n is None else f"{n:,}円"


def _date_ja(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"


def summary_ja(result: ParseResult) -> str:
    """Plain Japanese, most important first; scam warnings above everything."""
    type_names = {spec.type: spec.name_ja for spec in rules.document_types().types}
    lines: list[str] = []
    if result.fraud_signals:
        lines.append("【注意】架空請求（詐欺）の疑いがあります。書面の電話番号には連絡しないでください。")
        lines += [f"・{text}" for text in result.fraud_explanations_ja.values()]
        lines.append("")
    if "no_letter_text" in result.warnings:
        lines.append("この画像からは書面の文字がほとんど読み取れませんでした。書面全体が写るように撮り直してください。")
    lines.append(f"書類の種類: {type_names[result.document_type]}")
    sender = result.sender.name or "読み取れませんでした"
    if result.sender.license_number:
        sender += f"（法務大臣許可番号 第{result.sender.license_number}号と記載）"
    lines.append(f"差出人: {sender}")
    if result.creditor.name and result.creditor.name != result.sender.name:
        lines.append(f"請求している人（債権者）: {result.creditor.name}")
    if result.original_creditor.name:
        lines.append(f"元の借入先（原債権者など）: {result.original_creditor.name}")
    lines.append(f"差出人の確認: {_STATUS_JA[result.registry.status]}")
    if result.registry.note_ja:
        lines.append(f"  {result.registry.note_ja}")
    a = result.amounts
    lines.append(f"請求されている金額: {_yen(a.total)}")
    parts = [f"{ja} {_yen(getattr(a, k))}" for k, ja in _AMOUNT_JA.items() if getattr(a, k) is not None]
    if parts:
        check = {"ok": "合計と一致", "repaired": "読み取りを補正して合計と一致", "mismatch": "合計と一致しません。書面で確かめてください"}
        lines.append(f"  内訳: {' / '.join(parts)}" + (f"（{check[a.sum_check]}）" if a.sum_check in check else ""))
    if result.late_damages_rate_percent is not None:
        lines.append(f"  遅延損害金の利率: 年{result.late_damages_rate_percent:g}%（支払うまで増え続けます）")
    if result.document_type is not DocumentType.other:
        lump = "はい（残りの全額を一度に支払うよう求めています）" if result.lump_sum_demand else "いいえ（書面からは読み取れません）"
        lines.append(f"一括請求: {lump}")
    if result.deadlines:
        lines.append("")
        lines.append("【期限】")
        for d in result.deadlines:
            tag = {Certainty.stated: "書面に記載", Certainty.computed: "法律から計算", Certainty.estimated: "目安"}[d.certainty]
            lines.append(f"・{_date_ja(d.date)} {kind_label_ja(d.kind)}（{tag}）")
            lines.append(f"  {d.note_ja}")
    elif result.fraud_signals:
        lines.append("期限: 架空請求の疑いがあるため、期限は示しません。")
    if result.next_steps_ja:
        lines.append("")
        lines.append("【これからできること】")
        lines += [f"・{s}" for s in result.next_steps_ja]
    if result.needs_review:
        lines.append("")
        lines.append("※読み取りに自信がない項目があります。必ず書面の原本と見比べてください。")
    if result.quality:
        lines.append("※写真が不鮮明です。明るい場所で、書面全体がまっすぐ写るように撮り直してください。")
    return "\n".join(lines)


def build(
    document: Document,
    pages: list[OcrPage],
    extraction: Extraction,
    verification: Verification,
    deadlines: list[Deadline],
    *,
    today: date | None = None,
    meta: dict[str, Any] | None = None,
) -> ParseResult:
    v = extraction.value
    evidence: dict[str, Evidence] = {path: f.evidence for path, f in extraction.fields.items()}
    total = v("amounts.total")
    if verification.scam and total is None and "amounts.offer" in extraction.fields:
        # A scam's 「和解金 148,000円」 is the sum it demands.
        total = v("amounts.offer")
        evidence["amounts.total"] = evidence["amounts.offer"]
    sum_check = next((n.split(":", 1)[1] for n in extraction.notes if n.startswith("sum_check:")), "incomplete")
    reasons = _review(extraction, verification, pages)
    quality = sorted({q for page in pages for q in page.quality})
    # A blank page or a photo of something else: say so instead of an empty "other" letter.
    warnings = ["no_letter_text"] if len(extraction.norm_text.replace(" ", "")) < _MIN_LETTER_CHARS else []
    if warnings:
        reasons.append("no letter text found")
    result = ParseResult(
        source=Source(
            file=document.name,
            pages=len(pages),
            kind=document.kind,
            sha256=document.sha256,
            engines=sorted({p.engine or p.source for p in pages}),
        ),
        # A scam dressed as a 督促状 is not one: no collection document and no creditor behind it.
        document_type=DocumentType.other if verification.scam else extraction.document_type,
        sender=Sender(name=v("sender.name"), license_number=v("sender.license_number"), phone=v("sender.phone"),
                      kind=extraction.sender_kind),  # fmt: skip
        creditor=NamedParty(name=None if verification.scam else v("creditor.name")),
        registry=verification.registry,
        # A scam invents its 「ご契約先」: no creditor behind it. The items of its bill are reported only when
        # they add up to the sum it demands (「(元金39,800円、遅延損害金18,600円、法的手続費用35,000円)」).
        original_creditor=NamedParty(name=None if verification.scam else v("original_creditor.name")),
        debtor=NamedParty(name=v("debtor.name")),
        amounts=Amounts(total=total, sum_check=sum_check) if verification.scam and sum_check != "ok" else Amounts(
            total=v("amounts.total"), principal=v("amounts.principal"), interest=v("amounts.interest"),
            late_damages=v("amounts.late_damages"), costs=v("amounts.costs"), sum_check=sum_check,
        ),  # fmt: skip
        late_damages_rate_percent=None if verification.scam else v("late_damages_rate_percent"),
        lump_sum_demand=extraction.lump_sum_demand and not verification.scam,  # no real claim behind a scam
        # A scam's 「訴訟取下げ最終期日」 is no court's hearing or answer date.
        dates=Dates(**{k.split(".", 1)[1]: f.value for k, f in extraction.fields.items()
                       if k.startswith("dates.") and not (verification.scam and k in _COURT_DATES)}),  # fmt: skip
        reference_number=v("reference_number"),
        deadlines=deadlines,
        fraud_signals=verification.fraud_signals,
        fraud_explanations_ja=verification.fraud_explanations_ja,
        evidence=evidence,
        confidence={path: f.confidence for path, f in extraction.fields.items()},
        needs_review=bool(reasons),
        review_reasons=reasons,
        quality=quality,
        warnings=warnings,
        next_steps_ja=_steps(extraction, verification, deadlines, today),
        meta=meta or {},
    )
    return result.model_copy(update={"summary_ja": summary_ja(result)})


_COURT_DATES = {"dates.hearing", "dates.answer_due"}


def failed(name: str, error: Exception, *, code: str, meta: dict[str, Any] | None = None) -> ParseResult:
    """A result for a document that could not be read: `errors` filled, nothing guessed."""
    # One line: a library may have appended its own context to our error (OmegaConf's 「full_key: …」 lines).
    message = str(error).split("\n", 1)[0]
    result = ParseResult(
        source=Source(file=name, pages=0),
        errors=[ProblemItem(code=code, message=message)],
        needs_review=True,
        review_reasons=["document could not be read"],
        meta=meta or {},
    )
    summary = f"この書類は読み取れませんでした: {message}\n書類をもう一度撮影するか、PDFで保存し直してから試してください。"
    return result.model_copy(update={"summary_ja": summary})
