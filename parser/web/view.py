"""What the result page shows, worked out from a `ParseResult`: badge, amounts, deadlines, boxes.

The templates only lay these values out. The one date used here, `today`, comes from the web
layer (the only place besides the CLI that reads the clock) and is used only to count the days
left before each deadline.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache

from parser import rules
from parser.deadlines import certainty_label_ja, kind_label_ja
from parser.ics import DEFAULT_SKIP_KINDS, to_ics
from parser.models import DocumentType, ParseResult, RegistryStatus, SenderKind
from parser.web.preview import PagePreview

UNCERTAIN_BELOW = 0.6  # the same line summarize uses for needs_review

_SENDER_KIND_JA = {
    SenderKind.servicer: "債権回収会社",
    SenderKind.bank: "銀行",
    SenderKind.guarantor: "保証会社",
    SenderKind.lender: "貸金業者・カード会社",
    SenderKind.law_office: "法律事務所",
    SenderKind.court: "裁判所",
    SenderKind.public_body: "公的機関",
    SenderKind.other: "その他",
    SenderKind.unknown: "差出人の種類は不明",
}
_BADGE = {
    RegistryStatus.licensed: ("許可業者（登録簿で確認）", "ok"),
    RegistryStatus.unverified: ("要確認", "warn"),
    RegistryStatus.closed: ("要確認", "warn"),
    RegistryStatus.license_mismatch: ("要確認", "warn"),
    RegistryStatus.not_licensed: ("詐欺の疑い", "danger"),
}
_BADGE_DETAIL = {
    RegistryStatus.licensed: "法務大臣の許可を受けた債権回収会社として、登録簿で確認できました。",
    RegistryStatus.unverified: "手元の登録簿では確認できませんでした。法務省の許可業者一覧で確かめてください。",
    RegistryStatus.closed: "以前は許可を受けていましたが、今は営業していない会社名です。",
    RegistryStatus.license_mismatch: "会社名と許可番号が登録簿と一致しません。偽物の可能性があります。",
    RegistryStatus.not_licensed: "許可を受けた債権回収会社ではありません。架空請求（詐欺）の疑いがあります。",
    RegistryStatus.not_applicable: "債権回収会社ではないので、法務大臣の許可は必要ない差出人です。",
}
# Names of the values shown under the page images (the letter's own words where it has them).
FIELD_JA = {
    "sender.name": "差出人",
    "sender.license_number": "許可番号",
    "sender.phone": "差出人の電話番号",
    "creditor.name": "債権者",
    "original_creditor.name": "元の借入先",
    "debtor.name": "宛名",
    "amounts.total": "請求金額",
    "amounts.principal": "元金",
    "amounts.interest": "利息",
    "amounts.late_damages": "遅延損害金",
    "amounts.costs": "費用",
    "late_damages_rate_percent": "遅延損害金の利率",
    "dates.issued": "書面の日付",
    "dates.payment_due": "支払期限",
    "dates.acceleration": "期限の利益喪失日",
    "dates.last_payment": "最終入金日",
    "dates.assignment": "債権譲渡日",
    "dates.hearing": "口頭弁論期日",
    "dates.answer_due": "答弁書の提出期限",
    "dates.subrogation": "代位弁済日",
    "dates.contract": "契約日",
    "dates.as_of": "計算の基準日",
    "reference_number": "管理番号・事件番号",
}
QUALITY_JA = {
    "too_small": "写真が小さすぎます。書面に近づいて撮ってください。",
    "too_dark": "写真が暗すぎます。明るい場所で撮ってください。",
    "too_blurry": "写真がぼやけています。ピントを合わせて、手を止めて撮ってください。",
    "page_cut_off": "書面の端が切れています。紙全体が写るように撮ってください。",
}
_AMOUNT_PARTS = ("principal", "interest", "late_damages", "costs")
_SUM_CHECK = {
    "ok": ("内訳の合計は請求金額と一致しています。", "ok"),
    "repaired": ("読み取りを補正すると、内訳の合計が請求金額と一致しました。書面で確かめてください。", "warn"),
    "mismatch": ("内訳の合計が請求金額と一致しません。書面の数字を確かめてください。", "warn"),
    "incomplete": ("内訳がそろっていないため、合計の確認はできませんでした。", "neutral"),
}


@dataclass(frozen=True)
class Badge:
    label: str
    tone: str  # ok | warn | danger | neutral: a CSS class
    detail: str


@dataclass(frozen=True)
class Row:
    path: str
    label: str
    value: str
    uncertain: bool


@dataclass(frozen=True)
class DeadlineView:
    date_ja: str
    iso: str
    label: str
    days_left: int
    when_ja: str
    certainty: str
    certainty_ja: str
    note: str
    note_more: str  # the rest of a long note, folded away on the page
    urgent: bool


@dataclass(frozen=True)
class Box:
    number: int  # the marker shown on the page and in the list below it
    x: float
    y: float
    w: float
    h: float
    uncertain: bool
    label: str
    value: str


@dataclass
class PageView:
    number: int
    width: float
    height: float
    image: str
    boxes: list[Box] = field(default_factory=list)

    @property
    def unit(self) -> float:
        """One hundredth of the long side: marker sizes in the page's own units."""
        return max(self.width, self.height) / 100

    def markers(self) -> list[tuple[int, float, float, bool]]:
        """One numbered marker per box (number, x, y, uncertain), left of the box where there is room."""
        r = self.unit * 1.2
        seen: dict[int, tuple[int, float, float, bool]] = {}
        for b in self.boxes:
            x = b.x - r * 1.3 if b.x - r * 2.4 >= 0 else b.x + r
            y = b.y + min(b.h, r * 2) / 2
            if b.number in seen:
                seen[b.number] = (b.number, x, y, seen[b.number][3] or b.uncertain)
            else:
                seen[b.number] = (b.number, x, y, b.uncertain)
        return list(seen.values())


@dataclass
class ResultView:
    result: ParseResult
    document_type_ja: str
    badge: Badge
    sender: Row | None
    parties: list[Row]
    total: Row | None
    breakdown: list[Row]
    sum_check: tuple[str, str] | None
    rate: Row | None
    lump_sum_ja: str | None
    deadlines: list[DeadlineView]
    estimates: list[tuple[str, str]]
    pages: list[PageView]
    fields: list[Row]
    uncertain: list[Row]
    json_href: str
    ics_href: str | None
    scam: bool
    quality: list[str]


def uncertain(result: ParseResult, path: str) -> bool:
    return result.confidence.get(path, 1.0) < UNCERTAIN_BELOW or any(
        reason.startswith(path + " ") for reason in result.review_reasons
    )


def date_ja(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"


def yen(n: int) -> str:
    return f"{n:,}円"


@cache
def _document_type_names() -> dict[DocumentType, str]:
    return {spec.type: spec.name_ja for spec in rules.document_types().types}


def badge(result: ParseResult) -> Badge:
    status = result.registry.status
    if status is RegistryStatus.not_applicable:
        return Badge(_SENDER_KIND_JA[result.sender.kind], "neutral", _BADGE_DETAIL[status])
    label, tone = _BADGE[status]
    return Badge(label, tone, _BADGE_DETAIL[status])


def _row(result: ParseResult, path: str, value: str | None, label: str | None = None) -> Row | None:
    if value is None:
        return None
    return Row(path, label or FIELD_JA.get(path, path), value, uncertain(result, path))


def _value_text(result: ParseResult, path: str) -> str | None:
    obj: object = result
    for part in path.split("."):
        obj = getattr(obj, part, None)
    if obj is None:
        return None
    if isinstance(obj, bool):
        return "はい" if obj else "いいえ"
    if isinstance(obj, int) and path.startswith("amounts."):
        return yen(obj)
    if isinstance(obj, date):
        return date_ja(obj)
    if path == "late_damages_rate_percent":
        return f"年{obj:g}%"
    if path == "sender.license_number":
        return f"第{obj}号"
    return str(obj)


def when_ja(days: int) -> str:
    """Days left in words: exact up to two months, then months, then years and months."""
    if days == 0:
        return "今日まで"
    span = abs(days)
    if span <= 60:
        text = f"{span}日"
    else:
        months = round(span / 30.44)
        text = f"約{months}か月" if months < 24 else f"約{months // 12}年" + (f"{months % 12}か月" if months % 12 else "")
    return f"あと{text}" if days > 0 else f"{text}過ぎています"


def _split_note(note: str, lead_chars: int = 70) -> tuple[str, str]:
    """A long note's first sentence, and the rest (shown on request)."""
    end = note.find("。") + 1
    if len(note) <= lead_chars or not 0 < end < len(note):
        return note, ""
    return note[:end], note[end:]


def deadlines(result: ParseResult, today: date) -> list[DeadlineView]:
    """Dates to act on, earliest first. Informational items (the late-charge estimate) are left out."""
    out = []
    for d in sorted(result.deadlines, key=lambda d: (d.date, d.kind)):
        if d.kind in DEFAULT_SKIP_KINDS:
            continue
        days = (d.date - today).days
        lead, more = _split_note(d.note_ja)
        out.append(DeadlineView(
            date_ja=date_ja(d.date), iso=d.date.isoformat(), label=kind_label_ja(d.kind), days_left=days,
            when_ja=when_ja(days), certainty=d.certainty.value, certainty_ja=certainty_label_ja(d.certainty),
            note=lead, note_more=more, urgent=0 <= days <= 14,
        ))  # fmt: skip
    return out


def estimates(result: ParseResult) -> list[tuple[str, str]]:
    """The informational items that are not deadlines (the late-charge estimate): label and note."""
    return [(kind_label_ja(d.kind), d.note_ja) for d in result.deadlines if d.kind in DEFAULT_SKIP_KINDS]


def pages(result: ParseResult, previews: list[PagePreview]) -> list[PageView]:
    """Each preview with the boxes of the values read on it, numbered in reading order.

    Two values read from the same box (the sender who is also the creditor) share its number.
    """
    views = []
    numbers: dict[tuple[int, tuple[float, ...]], int] = {}
    for p in previews:
        view = PageView(p.number, p.width, p.height, p.data_url())
        # Reading order (top to bottom, then left to right), so the list follows the letter.
        on_page = sorted(
            ((path, ev) for path, ev in result.evidence.items() if ev.page == p.number and ev.bbox is not None),
            key=lambda item: (item[1].bbox[1], item[1].bbox[0]),  # type: ignore[index]
        )
        for path, ev in on_page:
            if not p.boxes or ev.bbox is None:
                continue
            x0, y0, x1, y1 = ev.bbox
            # Boxes are in the page's own units; one outside the page means the units disagree.
            if not (0 <= x0 < x1 <= p.width * 1.02 and 0 <= y0 < y1 <= p.height * 1.02):
                continue
            number = numbers.setdefault((p.number, tuple(ev.bbox)), len(numbers) + 1)
            view.boxes.append(Box(
                number, x0, y0, x1 - x0, y1 - y0, uncertain(result, path), FIELD_JA.get(path, path),
                _value_text(result, path) or ev.text,
            ))  # fmt: skip
        views.append(view)
    return views


def _data_url(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


def build(result: ParseResult, previews: list[PagePreview], *, today: date, now: datetime | None = None) -> ResultView:
    a = result.amounts
    rows = [_row(result, path, _value_text(result, path)) for path in FIELD_JA]
    fields = [r for r in rows if r is not None]
    breakdown = [r for r in (_row(result, f"amounts.{k}", _value_text(result, f"amounts.{k}")) for k in _AMOUNT_PARTS) if r]
    parties = [
        r for r in (
            _row(result, "creditor.name", result.creditor.name if result.creditor.name != result.sender.name else None,
                 "請求している人（債権者）"),
            _row(result, "original_creditor.name", result.original_creditor.name, "元の借入先（原債権者など）"),
            _row(result, "sender.license_number", _value_text(result, "sender.license_number"), "書面の許可番号"),
            _row(result, "reference_number", result.reference_number, "管理番号・事件番号"),
        ) if r is not None
    ]  # fmt: skip
    calendar = [d for d in result.deadlines if d.kind not in DEFAULT_SKIP_KINDS]
    ics = None
    if calendar and not result.fraud_signals:
        stamp = now or datetime.now(UTC)
        ics = _data_url("text/calendar", to_ics(result.deadlines, title_ja=result.sender.name or "督促状", stamp=stamp))
    typed = result.document_type is not DocumentType.other
    return ResultView(
        result=result,
        document_type_ja=_document_type_names().get(result.document_type, result.document_type.value),
        badge=badge(result),
        sender=_row(result, "sender.name", result.sender.name),
        parties=parties,
        total=_row(result, "amounts.total", _value_text(result, "amounts.total")),
        breakdown=breakdown,
        sum_check=_SUM_CHECK.get(a.sum_check) if (a.total is not None and breakdown) else None,
        rate=_row(result, "late_damages_rate_percent", _value_text(result, "late_damages_rate_percent")),
        lump_sum_ja=(
            ("はい：残りの全額を一度に支払うよう求めています" if result.lump_sum_demand else "いいえ（一括請求の文言は見つかりませんでした）")
            if typed else None
        ),
        deadlines=deadlines(result, today),
        estimates=estimates(result),
        pages=pages(result, previews),
        fields=fields,
        uncertain=[r for r in fields if r.uncertain],
        json_href=_data_url("application/json", result.model_dump_json(indent=2).encode("utf-8")),
        ics_href=ics,
        scam=bool(result.fraud_signals),
        quality=[QUALITY_JA.get(q, q) for q in result.quality],
    )
