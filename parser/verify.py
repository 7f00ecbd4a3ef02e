"""The verify stage: who is collecting, are they licensed, and does the letter look like a scam.

`verify(extraction)` picks the debt collector the letter is about — the sender, or in court papers
(支払督促, 訴状) the creditor when that is a servicer (a bank announcing an assignment or a law office
acting for a servicer is itself the sender: not_applicable, as the contract says) — checks it against the servicer
registry (`parser.registry`), and looks for the scam signals listed in ``parser/data/fraud.yml``.

A letter whose signals add up to the file's ``scam_threshold`` comes out ``not_licensed`` whatever its
name matched: a real servicer's name on a fake postcard is name spoofing, a court's name on a postcard
is not a court. The registry name stays, to say whom the letter imitates, and the reader gets the
advice text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from parser import normalize, registry
from parser.models import (
    DocumentType,
    Extraction,
    Registry,
    RegistryStatus,
    SenderKind,
    Verification,
)

COURT_TYPES = frozenset(
    {DocumentType.payment_order, DocumentType.payment_order_enforceable, DocumentType.lawsuit}
)
# A match is void when the rest of its sentence negates it: real servicers print warnings such as
# 「電子マネーでのお支払いをお願いすることはありません」.
_WRAPPED_LINE = 30  # characters: a line this long that ends without 。 was wrapped mid-sentence
_NEGATION = re.compile(
    r"ありません|いたしません|致しません|しません|ございません|おりません|できません|ことはない|ないでください|しないで|一切|絶対に"
)
# A sentence that warns about scams quotes their names and wording without being one
# (「当社を名乗る者から…個人名義の口座への振込みを求められた場合は、当社までご確認ください」).
_WARNING = re.compile(r"注意|架空請求|詐欺|不審|偽物|にせもの|だまされ|騙|名乗る|名のる|をかたる|なりすま|装った")
# Signals that follow from the registry verdict rather than from the text.
_REASON_SIGNALS = {
    "fake_sender": "fake_sender_name",
    "not_kabushiki": "servicer_not_kabushiki",
    "absent_complete": "unlicensed_servicer_name",
    "license_mismatch_number": "license_number_mismatch",
    "license_mismatch_name": "license_number_mismatch",
}


@dataclass(frozen=True)
class _CompiledSignal:
    code: str
    weight: float
    explanation_ja: str
    patterns: tuple[re.Pattern[str], ...]


@functools.cache
def _signals() -> tuple[_CompiledSignal, ...]:
    rules = registry.fraud_rules()
    return tuple(
        _CompiledSignal(s.code, s.weight, s.explanation_ja, tuple(re.compile(p) for p in s.patterns))
        for s in rules.signals
    )


def verify(extraction: Extraction, norm_text: str | None = None) -> Verification:
    """The registry verdict on the letter's debt collector, and its scam signals with explanations."""
    rules = registry.fraud_rules()
    text = unicodedata.normalize("NFKC", norm_text if norm_text is not None else extraction.norm_text or "")
    sender = _str(extraction.value("sender.name"))
    creditor = _str(extraction.value("creditor.name"))
    license_number = _int(extraction.value("sender.license_number"))
    phone = _str(extraction.value("sender.phone"))

    assessment = _assess_collector(extraction, sender, creditor, license_number, phone)
    chk = assessment.check

    found: dict[str, None] = {}  # ordered set of signal codes
    if (code := _REASON_SIGNALS.get(assessment.reason)) is not None:
        found[code] = None
    if any(registry.known_fake(n) for n in (sender, creditor)) or _fake_in_text(text):
        found["fake_sender_name"] = None
    haystacks = _haystacks(text, sender, creditor)
    for sig in _signals():
        if sig.code == "mobile_only_contact":
            if _mobile_only(sig, text, phone):
                found[sig.code] = None
        elif any(_first_unnegated(p, h) for p in sig.patterns for h in haystacks):
            found[sig.code] = None
    if extraction.document_type in COURT_TYPES and text.strip() and "裁判所" not in text:
        found["lawsuit_notice_not_from_court"] = None

    by_code = {s.code: s for s in _signals()}
    codes = [c for c in by_code if c in found] + [c for c in found if c not in by_code]
    score = sum(by_code[c].weight for c in codes if c in by_code)
    scam = score >= rules.scam_threshold

    status = chk.status
    notes = [chk.note_ja] if chk.note_ja else []
    if scam:
        # whatever the name matched (a real servicer, a closed one, a bank, a court), a letter with these
        # marks is not a licensed collector's: the status says so, the note keeps what the registry found
        if status is not RegistryStatus.not_licensed:
            who = f"「{chk.name}」の名前が使われていますが、" if chk.name else ""
            notes.insert(
                0,
                f"{who}この手紙には架空請求の特徴が複数あります（{len(codes)}件）。"
                "許可を受けた債権回収会社からの正規の請求とは扱えません。",
            )
            status = RegistryStatus.not_licensed
        notes.append(rules.advice_ja)
    elif codes:
        notes.append(f"注意すべき点が{len(codes)}件あります。下の説明を読んでから対応を決めてください。")
    notes.extend(_dated_name_note(extraction, assessment))

    reg_info = registry.load().info
    result = Registry(
        status=status,
        license_number=chk.license_number,
        name=chk.name,
        checked_name=chk.query or None,
        match_score=chk.match_score,
        registry_complete=chk.registry_complete,
        registry_as_of=reg_info.as_of.isoformat() if reg_info.as_of else None,
        source=chk.source,
        note_ja="".join(notes),
    )
    return Verification(
        registry=result,
        fraud_signals=codes,
        fraud_explanations_ja={c: by_code[c].explanation_ja for c in codes if c in by_code},
        scam=scam,
    )


def _assess_collector(
    extraction: Extraction,
    sender: str | None,
    creditor: str | None,
    license_number: int | None,
    phone: str | None,
) -> registry.Assessment:
    """Assess the debt collector: see the module doc for who that is."""
    court = (
        extraction.document_type in COURT_TYPES
        or extraction.sender_kind is SenderKind.court
        or registry.classify_name(sender) is SenderKind.court
    )
    creditor_is_servicer = bool(creditor) and registry.presents_as_servicer(creditor)
    if court and creditor_is_servicer and creditor:
        return registry.assess(creditor, license_number)
    first = registry.assess(sender or "", license_number, phone)
    if first.reason == "empty" and creditor_is_servicer and creditor:
        return registry.assess(creditor, license_number)  # no sender found: the servicer the letter names
    # A bank, guarantor or law office that writes needs no licence (the contract's not_applicable),
    # even when it names the servicer that bought or collects the debt.
    return first


def _haystacks(text: str, *names: str | None) -> tuple[str, ...]:
    """The text as read, the text with spaces inside lines removed, and the names the extractor found."""
    compact = "\n".join(re.sub(r"[ \t\u3000]+", "", line) for line in text.splitlines())
    extra = "\n".join(unicodedata.normalize("NFKC", n) for n in names if n)
    return tuple(h for h in (text, compact, extra) if h)


def _first_unnegated(pattern: re.Pattern[str], haystack: str) -> bool:
    """A match that its sentence neither negates (「…ことはありません」) nor quotes in a scam warning."""
    for m in pattern.finditer(haystack):
        start = max(haystack.rfind("。", 0, m.start()), haystack.rfind("\n", 0, m.start())) + 1
        stop = _sentence_end(haystack, m.end())
        rest = haystack[m.end() : min(stop, m.end() + 60)].replace("\n", "")
        if not _NEGATION.search(rest) and not _WARNING.search(haystack[start:stop]):
            return True
    return False


def _sentence_end(haystack: str, pos: int) -> int:
    """Where the sentence holding `pos` ends: at its 。, or at the end of its line unless the line is a
    long one the printer wrapped (「…ギフトカードでのお支払い」 / 「をお願いすることは一切ございません。」)."""
    line_start = haystack.rfind("\n", 0, pos) + 1
    while True:
        line_end = haystack.find("\n", pos)
        line_end = len(haystack) if line_end < 0 else line_end
        stop = haystack.find("。", pos, line_end)
        if stop >= 0:
            return stop
        if line_end == len(haystack) or line_end - line_start < _WRAPPED_LINE:
            return line_end
        line_start = pos = line_end + 1


def _fake_in_text(text: str) -> bool:
    return any(registry.known_fake(line) and not _WARNING.search(line) for line in re.split(r"[。\n]", text))


def _mobile_only(sig: _CompiledSignal, text: str, phone: str | None) -> bool:
    numbers = [str(m.value) for m in normalize.phones(text)] + ([phone] if phone else [])
    if not numbers:
        return False
    return all(registry.is_mobile(n) or any(p.search(n) for p in sig.patterns) for n in numbers)


def _dated_name_note(extraction: Extraction, assessment: registry.Assessment) -> list[str]:
    """For a former or merged name: was the name still right on the day the letter was written?"""
    rec = assessment.record
    if rec is None or assessment.reason not in {"former_name", "merged"} or not rec.event_date:
        return []
    issued = extraction.value("dates.issued")
    if isinstance(issued, str):
        issued_period = _period(issued)
        issued = issued_period[0] if issued_period else None
    period = _period(rec.event_date)
    if not isinstance(issued, date) or period is None:
        return []
    if issued < period[0]:
        return [
            f"手紙の日付（{issued.isoformat()}）はこの変更（{rec.event_date}）より前なので、"
            "当時はこの名前で正しかったと考えられます。今の問い合わせ先は新しい会社です。"
        ]
    if issued > period[1]:
        return [f"手紙の日付（{issued.isoformat()}）はこの変更（{rec.event_date}）より後です。"]
    return []


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of "2023-10-01", "2020-07" or "2007" (the precision the registry's sources gave)."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return start, date.fromordinal(nxt.toordinal() - 1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
