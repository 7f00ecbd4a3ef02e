"""Labelled and prose values: 「請求金額 金1,234,567円」, 「…をもって期限の利益を喪失」.

Labels come from parser/data/labels.yml and are matched exactly or, for OCR slips such as
森収利尺 for 未収利息, by edit distance — but a fuzzy label only counts when a value of the
right type follows it. The value is read after the label up to the next label on the row
(so 「元金 1,000,000 利息 20,000」 pairs correctly), else from the row below where it sits
under the label (table headers, label-above-value blocks).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from parser import normalize, parties, rules
from parser.layout import Row, Segment, vertical_overlap
from parser.models import DocumentType, Evidence, LabelSpec, ValueType


@dataclass(frozen=True)
class Candidate:
    path: str
    value: object
    evidence: Evidence
    score: float
    how: str
    rank: int = 0  # position of the label in its list: canonical spellings first
    row: int = 0


@dataclass(frozen=True)
class _Hit:
    spec: LabelSpec
    label: str
    start: int
    end: int
    score: float
    rank: int


# --------------------------------------------------------------------------- value readers

# A court's case number: era year, the case kind's 符号 in brackets (ロ 支払督促, ハ/ワ 訴訟, ノ 調停, ル 差押 …).
# 「令和7年(ワ)第58号」; enforcement's own codes carry a kanji: (財チ) 財産開示, (情チ) 情報取得, (執イ) 執行官.
_CASE_NO = re.compile(
    r"(?:令和|平成|昭和)\s*(?:元|\d{1,2}|[一二三四五六七八九十]{1,3})\s*年\s*\(\s*(?:少コ|手ハ|[財情執少手特][ァ-ヶ]|[ァ-ヶ]{1,2})\s*\)\s*第\s*(?:\d+|[〇一二三四五六七八九十百千]+)\s*号"
)
# 「(ト)第228号」, 「(ぬ)3318」: a kana in brackets heads the number (a 符号 without the era).
_KANA_REF = re.compile(r"\(\s*[ぁ-んァ-ヶ]{1,2}\s*\)\s*(?:第\s*\d+\s*号|\d[\d\-]{1,20})")
# 「R7-相-0388」, 「R7 0388」; not a postal code in the next cell (「CR-88-21406 604-0000京都市…」).
_REF_NO = re.compile(r"[A-Za-z0-9ぁ-んァ-ヶ](?:[A-Za-z0-9\-/]|\.(?=\d)| (?=\d)(?!\d{3}-\d{4}(?!\d))|(?<=-)[一-龯](?=-)){2,24}")
_BARE_RATE = re.compile(r"(\d{1,2}(?:\.\d{1,3})?)\s*(?:%|パーセント)")


_VALUE_HEAD = re.compile(r"^\s*(?:[金¥]\s*[\d壱弐参一二三四五六七八九十]|\d{1,3}(?:,\d{3})+)")
# 「年365日」 is no amount; 「14,335年14.6%」 is one (a figure grouped in thousands is no count of years).
_COUNTED = re.compile(r"\d+(?=\s*(?:日|か月|ヶ月|カ月|回|号|条|項|階|番))|(?<![\d,])\d+(?=\s*年)")
_PARENS = re.compile(r"[（(][^)）]*[)）]?")
# A table cell that holds an amount and nothing else (OCR may read 円 as P, F, [ or 1).
_AMOUNT_CELL = re.compile(r"\s*[金¥￥\\]?\s*[\d,.]+\s*(?:円|千円|[PF\[\]])?\s*[-※]?\s*")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|パーセント)")


def _blank(text: str, spans: Iterator[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _read_yen(text: str, unit: int) -> Iterator[normalize.Match]:
    # Dates and rates are numbers too: blank them out so 「(2025/12/31現在)」 is not 2,025円.
    text = _blank(text, ((m.start, m.end) for m in normalize.dates(text)))
    text = _blank(text, ((m.start(), m.end()) for m in _PERCENT.finditer(text)))
    text = _blank(text, ((m.start(), m.end()) for m in _COUNTED.finditer(text)))
    for m in normalize.amounts(text, bare_numbers=True, unit=unit):
        marked = re.search(r"[金¥円]", m.text)
        if not marked and _in_brackets(text, m.start):
            continue  # 「(証書貸付No.5518)」 beside the label: a number in a note, not the amount
        # A bare number counts only right after its label (a table cell), not in a sentence
        # (「元金に対し…1年を365日とする」); a parenthesis between them (「(…現在)」) is fine.
        # What a blanked period and rate leave behind (「R7.12.1～R8.2.18 年14.5%」) is no sentence either.
        rest = re.sub(r"[\s~～〜\-:：・/]|年(?=\s*$|\s)|から|まで", "", _PARENS.sub("", text[: m.start]))
        if marked or len(rest) <= 2:
            yield m


def _read_rate(text: str) -> Iterator[normalize.Match]:
    found = list(normalize.rates(text))
    if found:
        yield from found
        return
    for m in _BARE_RATE.finditer(text):
        value = float(m.group(1))
        if re.search(r"(?:につき|あたり|当たり|毎月|月利|月額の|[^年]月)\s*$", text[: m.start()]):
            continue  # 「1期につき2%」, 「月2%」: not a yearly rate
        if 0 < value <= 109.5:
            yield normalize.Match(value, m.start(), m.end(), m.group(0))


def _read_text(text: str) -> Iterator[normalize.Match]:
    for date_match in normalize.dates(text):  # 「JC-6030-118275 2026年3月3日」: the code ends before the date
        if date_match.start > 0:
            text = text[: date_match.start]
            break
    m = _CASE_NO.search(text) or _KANA_REF.search(text) or _REF_NO.search(text)
    if m and (re.match(r"[\s-]*[*＊●]", text[m.end() :]) or re.search(r"[*＊●][\s-]*$", text[: m.start()])):
        return  # a masked card number (5210-****-****-3306, ****6620) is not a file number
    if m and re.search(r"〒\s*$", text[: m.start()]):
        return  # 「お客様番号 | 〒690-0000」: the address block beside the label, the number is on the next line
    if m:
        value = re.sub(r"\s+", "", m.group(0))
        if "-" in value:  # a faded hyphen reads as a dot (KD-4129.03): codes do not mix the two
            value = value.replace(".", "-")
        # A code starts with letters: a leading 0 or 1 before a capital is the O or I of its
        # prefix (0R26-0177, 1S25-0616), read as a digit by the recognizer.
        value = re.sub(r"^[01](?=[A-Z]+-?\d)", lambda d: "O" if d.group(0) == "0" else "I", value)
        yield normalize.Match(value, m.start(), m.end(), m.group(0))


_ROLE_HEADERS = frozenset({"連帯保証人", "保証人", "主債務者", "債務者", "債権者", "譲渡人", "譲受人", "原告", "被告", "受託者", "委託者", "委託元", "相手方", "申立人"})
_NAME_LIKE = re.compile(r"^[^、。!?！？]{2,40}$")


@functools.cache
def _all_labels() -> frozenset[str]:
    return frozenset(label for spec in rules.labels().fields for label in spec.labels)


@functools.cache
def _trailing_labels() -> tuple[str, ...]:
    """Labels of dates, numbers and phones: no name ends in one (longest first)."""
    found = {label for spec in rules.labels().fields if spec.type in ("date", "phone", "int", "rate", "text") for label in spec.labels}
    return tuple(sorted((label for label in found if len(label) >= 3), key=len, reverse=True))


def _read_name(text: str) -> Iterator[normalize.Match]:
    """A name stands alone after its label: short, no sentence punctuation, no particle run-on,
    and not another label (「受託日」 under 「委託元」)."""
    cleaned = text.strip(" :：・)）【】[]")
    # 「委託元（債権者） 株式会社…」: the label's gloss (not 「(有)髙嶋精肉店」, a legal form written short)
    cleaned = re.sub(r"^[（(](?![株有同合][)）])[^)）]{1,8}[)）]\s*", "", cleaned)
    cleaned = re.sub(r"(?<=\S)([様殿])\s.*$", r"\1", cleaned)  # 「栗城達也様 譲受…」: the name ends at its honorific
    # 「株式会社こもれびクレジット（東京都…電話 03-…）」: the bracket holds its address, not its name.
    bracket = re.match(r"^(\S{2,40}?)\s*[（(][^)）]*(?:都|道|府|県|市|区|町|村|丁目|番地|電話|TEL)[^)）]*[)）]?\s*$", cleaned)
    if bracket:
        cleaned = bracket.group(1)
    # 「（原債権者 つわぶきカード株式会社、令和8年2月16日提訴）」: the name ends with its legal form.
    org_first = re.match(r"^(\S{2,30}?(?:株式会社|有限会社|合同会社|銀行|信用金庫|信用組合))[、,]", cleaned)
    if org_first:
        cleaned = org_first.group(1)
    # 「株式会社ひよどり信販債権譲受日」: a grid's next label, printed close, fell into the name's cell.
    tail = next((label for label in _trailing_labels() if cleaned.endswith(label) and len(cleaned) - len(label) >= 4), None)
    if tail:
        cleaned = cleaned[: -len(tail)].rstrip()
    run_on = re.match(r"^(?:に|の|が|は|を|と|へ|より|から|ない)", cleaned) or re.search(
        r"(?:ので|ます|ました|した|された|される|れた|れる|です)$", cleaned
    )  # a sentence, not a name (but こもれびクレジット is a name)
    compact = cleaned.replace(" ", "")
    bare = re.sub(r"[（(][^)）]*(?:[)）]|$)", "", compact)  # 「受託者（当社）」, 「残高（元金）」: a header with its gloss
    header_word = (
        compact in _all_labels() or bare in _ROLE_HEADERS
        or re.fullmatch(r"\S{0,10}(?:日|年月日|番号|金額|総額|期限|期日|期間|方法|割合|内容|種類|残高|残額|元金|利息|手数料|損害金)", bare)
        or re.search(r"(?:通知|通知書|お知らせ|ご案内|請求書|督促状|催告書)$", bare)  # the letter's title under a label
    )
    if _NAME_LIKE.match(cleaned) and not run_on and not header_word:
        yield normalize.Match(cleaned, 0, len(text), text)


def _read_name_ok(window: str) -> bool:
    return next(iter(_read_name(window)), None) is not None


def reader(kind: ValueType, *, unit: int = 1, ref: date | None = None) -> Callable[[str], Iterator[normalize.Match]]:
    readers: dict[str, Callable[[str], Iterator[normalize.Match]]] = {
        "yen": lambda t: _read_yen(t, unit),
        "date": lambda t: normalize.dates(t, ref=ref),
        "rate": _read_rate,
        "text": _read_text,
        "name": _read_name,
        "phone": normalize.phones,
        "int": normalize.license_numbers,
        "instalment_start": normalize.instalment_starts,
    }
    return readers[kind]


# --------------------------------------------------------------------------- labels

_LEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,2}(?=[^一二三四五六七八九十万千百円]))?[\s\d().、・●■□◆◇※\-:：①-⑳]*")


# What may stand before a party label in its cell: bullets, numbers, brackets, and a kanji list
# number (「二 原債権者 …」 in vertical letters).
_LABEL_LEAD = re.compile(
    r"(?:[一二三四五六七八九十]{1,2}(?![一二三四五六七八九十]))?(?:(?:通知人|差出人)(?=[(（]))?[\s\d().、・●■□◆◇※\-:：①-⑳(（【〔〈《\[]*"
)  # 「一」「(1)」「■」「【」 lead a label; so does 「通知人（」 before 「譲渡人）」


def _label_hits(text: str, specs: list[LabelSpec], document_type: DocumentType) -> list[_Hit]:
    hits: list[_Hit] = []
    for spec in specs:
        if spec.document_types and document_type not in spec.document_types:
            continue
        for rank, label in enumerate(spec.labels):
            short = len(label) <= 4
            if label not in text and (not short or label not in text.replace(" ", "")):
                continue  # most labels are not on most rows: skip the regex
            # A court paper spaces its party labels out (「原　告」), sometimes into cells of their own;
            # a table spaces short labels to the width of its column (「元　金」, 「利　息」).
            spaced = r"\s*".join(map(re.escape, label)) if short else re.escape(label)
            for m in re.finditer(spaced, text):
                if spec.type != "name" and m.group(0) != label:
                    cell_start = text.rfind("  ", 0, m.start()) + 1 if "  " in text[: m.start()] else 0
                    if not _LABEL_LEAD.fullmatch(text[cell_start : m.start()]) or m.group(0).count(" ") >= len(label):
                        continue  # spaced out, a label heads its cell: 「1 元 金」, not 「… 元 金利 …」
                # Exclusions look at the word the label stands in (「遅延利息」 is not 利息),
                # not at neighbouring cells (「元金 利息 …」).
                left = max(text.rfind(" ", 0, m.start()) + 1, m.start() - 4)
                right = text.find(" ", m.end())
                token = text[left : min(right if right >= 0 else len(text), m.end() + 6)]
                if any(word in token and word not in label for word in spec.exclude):  # 残元金合計 is a label
                    continue
                # A party label heads its cell (「債権者 …」, 「(譲受人) …」); in a sentence
                # (「譲受人に譲り渡し」) it is just a word.
                if spec.type == "name":
                    if re.match(r"[はがをにへと]|番号|No|ID|コード", text[m.end() :]):
                        continue  # 「債務者は令和元年…借り受け」: the role in a sentence; 「債務者番号」 a number's label
                    seg_start = text.rfind("  ", 0, m.start()) + 1 if "  " in text[: m.start()] else 0
                    seg_start = max(seg_start, text.rfind(" ", 0, m.start()) + 1)
                    gloss = re.fullmatch(r"(\S{2,6})[（(]", text[seg_start : m.start()])
                    glossing = (
                        spec.path == "creditor.name" and gloss is not None and gloss.group(1) in _ROLE_HEADERS
                        and re.match(r"[)）]", text[m.end() :])
                    )
                    if not _LABEL_LEAD.fullmatch(text[seg_start : m.start()]) and not glossing:
                        continue  # but 「委託元(債権者) A社」 names the role A plays
                hits.append(_Hit(spec, label, m.start(), m.end(), 1.0, rank))
        hits += _pattern_hits(text, spec, hits)
    return hits


def label_hits(text: str, specs: list[LabelSpec]) -> list[_Hit]:
    """The labels of `specs` that `text` holds, for any document type (a description that names a part)."""
    return [h for h in _label_hits(text, specs, DocumentType.other) if not h.spec.document_types]


def _pattern_hits(text: str, spec: LabelSpec, listed: list[_Hit]) -> list[_Hit]:
    """Label spellings of a family the list does not hold (ご相談番号, 債務者番号): a pattern match
    that heads its cell, is not a listed label already, and holds no excluded word."""
    hits = []
    for pattern in spec.patterns:
        for m in re.finditer(pattern, text):
            if any(h.start < m.end() and m.start() < h.end for h in listed):
                continue
            cell_start = text.rfind(" ", 0, m.start()) + 1
            if not _LABEL_LEAD.fullmatch(text[cell_start : m.start()]):
                continue
            if any(word in m.group(0) for word in spec.pattern_exclude):
                continue
            hits.append(_Hit(spec, m.group(0), m.start(), m.end(), 0.9, len(spec.labels)))
    return hits


_CHARGED_LATER = re.compile(r"\s*円?\s*[~～〜]\s*[¥￥]?\d[\d,]*\s*円|\s*[)）]?\s*(?:が必要|がかかり|が掛かり|を要し|が発生いたし|が発生し|を申し受け)")
_COMMON_ENDINGS = ("金額", "額", "金", "年月日", "日", "番号")
_SUM_WORDS = ("総額", "合計", "小計", "総計")


def _fuzzy_hits(text: str, specs: list[LabelSpec], document_type: DocumentType, follow: str) -> list[_Hit]:
    """A segment starting with something close to a long label (OCR slips).

    `follow` is the row from this segment on: the value must come right after the label.
    """
    body = _LEAD.sub("", text)
    offset = len(text) - len(body)
    if any(body.startswith(word) for word in rules.labels().not_labels):
        return []
    hits = []
    for spec in specs:
        if not spec.fuzzy or (spec.document_types and document_type not in spec.document_types):
            continue
        for label in spec.labels:
            if len(label) < 4:
                continue
            head = body[: len(label)]
            if len(head) < len(label) or re.search(r"[\d,¥]", head):
                continue  # a label that would swallow the first digits of its value (…損害金 1|33,625)
            if any(word in head and word not in label for word in _SUM_WORDS):
                continue  # 「治療費総額」 is no slip of 治療費残額: the changed character makes a word of its own
            # One slip per label (two from six characters on); half the label only when the label
            # stands alone in its own table cell (「森収利尺 | 20,000円」) and a value must follow.
            cell_only = body.strip() == head and spec.type in ("yen", "date", "rate")
            limit = (lambda n: n // 2) if cell_only else (lambda n: 1 if n < 6 else 2)
            if spec.type not in ("yen", "date", "rate"):
                limit = lambda n: 1 if n >= 5 else 0  # noqa: E731 - names and numbers: almost exact
            distance = Levenshtein.distance(head, label, score_cutoff=limit(len(label)))
            suffix = next((x for x in _COMMON_ENDINGS if label.endswith(x) and head.endswith(x)), "")
            stem = len(label) - len(suffix)
            if suffix and Levenshtein.distance(head[: -len(suffix)], label[: -len(suffix)]) > max(1, (stem - 1) // 2):
                continue  # 「協定金額」 is not 残元金額: the slips would all fall on the word that says what the sum is
            # A note in brackets may stand between (「遅延損害金 | (年14%・…から日割) | 24,020円」).
            rest = follow[offset + len(label) : offset + len(label) + 60]
            rest = rest[:48] if spec.type == "rate" else _PARENS.sub("", rest)[:24]  # a rate is often the note
            if (
                0 < distance <= limit(len(label))
                and not any(w in body for w in spec.exclude)
                and next(iter(reader(spec.type)(rest)), None) is not None
            ):
                score = 1.0 - distance / len(label)
                hits.append(_Hit(spec, label, offset, offset + len(label), score, spec.labels.index(label)))
    return hits


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest label at each place: 遅延損害金 wins over 損害金, 未収利息 over 利息."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for hit in hits:
        # A loose match does not shadow an exact one inside it (「ご融資残元金」 is 残元金, not 充当後残元金).
        shadowed = any(
            k.start <= hit.start and hit.end <= k.end and (k.end - k.start) > (hit.end - hit.start)
            and (k.score >= hit.score)
            for k in kept
        )
        if not shadowed:
            kept.append(hit)
    return kept


def _evidence(row: Row, start: int, end: int, confidence: float) -> Evidence:
    first, last = row.segment_at(start), row.segment_at(max(start, end - 1))
    segs = row.segments[first : last + 1]
    xs0, ys0, xs1, ys1 = zip(*(s.bbox for s in segs), strict=True)
    return Evidence(
        page=row.page,
        bbox=(min(xs0), min(ys0), max(xs1), max(ys1)),
        text=" ".join(s.raw for s in segs),
        confidence=round(max(0.0, min(1.0, confidence)), 3),
    )




def _name_on_next_row(rows: list[Row], row: Row, x: float | None = None) -> normalize.Match | None:
    """The name on the row below; with `x`, in the cell nearest that position (the label's column)."""
    nxt = rows[row.index + 1] if row.index + 1 < len(rows) else None
    if nxt is None or nxt.page != row.page:
        return None
    seg = nxt.segments[0] if x is None else min(nxt.segments, key=lambda s: abs(s.bbox[0] - x))
    return next(_read_name(seg.text), None)


_DISTRIBUTION = re.compile(r"充当(?!後|分)|配当金額|配当額")  # 「配当充当後残元金」 is what is left to claim; 「元金充当分 | 手数料充当分」 head the parts due
_SENTENCE_BETWEEN = re.compile(r"[ぁ-ゖ]{3,}|[、。]")


def _name_beside(rows: list[Row], row: Row) -> str | None:
    """The text of the next row when it starts right of a label that stands alone and shares part of its
    height: the two were printed on one line, one of them set a little lower."""
    nxt = rows[row.index + 1] if row.index + 1 < len(rows) else None
    if nxt is None or nxt.page != row.page:
        return None
    if vertical_overlap(row.bbox, nxt.bbox) < 0.3 or nxt.segments[0].bbox[0] < row.bbox[2]:
        return None
    return nxt.segments[0].text


def _latest_column(rows: list[Row], row: Row, unit: int) -> normalize.Match | None:
    """「項目 | 譲渡日（令和7年12月19日）現在 | 本書作成日（令和8年2月9日）現在」: of a row's amounts in
    columns dated by the header, the one under the latest date is the claim now."""
    amounts = [(seg, m) for seg in row.segments[1:] for m in _read_yen(seg.text, unit)][:4]
    if len(amounts) < 2:
        return None
    for above in reversed(rows[max(0, row.index - 8) : row.index]):
        if above.page != row.page:
            return None
        dated = [
            (seg, d.value)
            for seg in above.segments
            if re.search(r"現在|時点", seg.text)  # 「…現在」 columns, not a grid of dated fields
            for d in normalize.dates(seg.text)
            if isinstance(d.value, date)
        ]
        if len(dated) >= 2:
            seg, _ = max(dated, key=lambda sd: sd[1])
            centre = (seg.bbox[0] + seg.bbox[2]) / 2
            return min(amounts, key=lambda sm: abs((sm[0].bbox[0] + sm[0].bbox[2]) / 2 - centre))[1]
    return None


def _in_sentence(cell: str) -> bool:
    return len(cell) > 30 and bool(re.search(r"[、。]|ました|います|ります", cell))


def _in_note_on_amount(text: str, pos: int) -> bool:
    """The label stands inside a bracket that comments on an amount printed before it on the row."""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) >= 0:
        return False
    return next(iter(_read_yen(text[:opened], 1)), None) is not None


def _in_distribution_table(rows: list[Row], row: Row) -> bool:
    """The row belongs to a table whose header row, a few rows up, speaks of 充当 or 配当 in
    several columns."""
    columns = len(row.segments)
    for above in reversed(rows[max(0, row.index - TABLE_ROWS) : row.index + 1]):
        if above.page != row.page or len(above.segments) != columns or columns < 3:
            return False  # the table, if any, ended: its rows have as many cells as its header
        if _DISTRIBUTION.search(above.text):
            return True
    return False
_ZIP = re.compile(r"^〒?\s*\d{3}-\d{4}")


_IN_SENTENCE = re.compile(r"による|に対する|の割合|から|まで|について|とする|[、。]")
_TOTAL_ROW = re.compile(r"^(?:[^\d\s]{0,6}合\s*計|[^\d\s]{1,6}額\s*計|総\s*合?\s*計|計|小\s*計|合計額|総額)(?:[(（](?:円|千円)[)）])?$")  # 「延滞額合計」, 「合計(円)」 too
_NUMERAL = re.compile(r"[\d〇一二三四五六七八九十百千万壱弐参拾]")  # a table of a 縦書き-minded bank writes its figures in kanji
TABLE_ROWS = 12  # how far down a table's 合計 row is looked for


def _total_row_below(rows: list[Row], row: Row, seg_index: int) -> tuple[Row, int, int] | None:
    """The cell of the column headed by `row`'s cell in the table's 合計 row, when the table has one.

    A table of several loans (証書貸付 | 残元金 | 未収利息 …) ends in a 合計 row; that row, not
    the first loan's, holds what is claimed.
    """
    current, value_rows = row, 0
    subtotal = None  # a 小計 row, unless a 合計 follows it
    above: list[int] = []  # the column's amounts so far
    for _ in range(TABLE_ROWS):
        nxt = rows[current.index + 1] if current.index + 1 < len(rows) else None
        if nxt is None or nxt.page != row.page:
            return subtotal
        height = max(current.bbox[3] - current.bbox[1], 1.0)
        if nxt.bbox[1] - current.bbox[3] > 2.5 * height:
            return subtotal  # the table has ended
        cell = _cell_under(row, seg_index, nxt)
        if cell is None and all(seg.bbox[2] <= row.segments[0].bbox[0] for seg in nxt.segments):
            current = nxt  # the second line of a row's name (「マイカーローン」 over 「No.4418-220931」)
            continue
        if cell is None and len(nxt.segments) > 1 and _NUMERAL.search(nxt.segments[-1].text):
            current = nxt  # 「遅延損害金(年14.6%) | 74,986」: a row of the table with nothing in this column
            continue
        if cell is None or not _NUMERAL.search(nxt.text[cell[1] : cell[2]]):
            return subtotal  # a row without an amount in this column: not the same table any more
        if _TOTAL_ROW.match(nxt.segments[0].text.replace(" ", "")):
            # Under one row of values (元金 | 利息 | 損害金 across, their figures below) the 合計 row
            # adds that row up, not a column.
            if value_rows < 2:
                return subtotal
            if nxt.segments[0].text.replace(" ", "").startswith("小"):
                subtotal, current = cell, nxt  # a 合計 row may follow the 小計s
                continue
            return cell
        value = next(iter(_read_yen(nxt.text[cell[1] : cell[2]], 1)), None)
        amount = value.value if value is not None and isinstance(value.value, int) else None
        if amount is not None and above and amount == sum(above) and re.match(r"\s*[¥￥]?\d", nxt.text) and (
            value_rows >= 2 or len(above) >= 2
        ):
            return cell  # 「ショッピング 214,600 | キャッシング 324,300 | 538,900」: a sum row without its 合計 word
        if amount is not None:
            above.append(amount)
        current, value_rows = nxt, value_rows + 1
    return subtotal


def _under_total_column(
    rows: list[Row], row: Row, read: Callable[[str], Iterator[normalize.Match]]
) -> tuple[int, normalize.Match] | None:
    """「合計 | 20,000 | 12,570 | 59 | 12,629」 under 「… | 当初貸付金額 | 残元金 | 未収利息 | 計」: the figure in the
    table's 計 column, not the first one on the row (the sum of the original loans)."""
    if len(row.segments) < 4:
        return None
    for above in reversed(rows[max(0, row.index - TABLE_ROWS) : row.index]):
        if above.page != row.page:
            return None
        if len(above.segments) >= 4 and not re.search(r"\d", _PARENS.sub("", above.text)):
            if not _TOTAL_ROW.match(_PARENS.sub("", above.segments[-1].text).replace(" ", "")):
                return None  # the header ends in another column
            last = row.segments[-1].text
            if not _figure_cell(last):
                return None
            found = next(iter(read(last)), None)
            return None if found is None else (row.segment_start(len(row.segments) - 1), found)
    return None


def _bracket_around(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the still open bracket `pos` stands in (to its closing bracket or the end), if any."""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    if opened < 0 or max(text.rfind(")", 0, pos), text.rfind("）", 0, pos)) > opened:
        return None
    closed = min((i for i in (text.find(")", pos), text.find("）", pos)) if i >= 0), default=len(text))
    return opened, closed


def _in_brackets(text: str, pos: int) -> bool:
    return _bracket_around(text, pos) is not None


# An amount inside brackets (金四十五万円, 1,200円, ¥800), not the 金 of a label word (「合計（1の残元金及び2ないし5）」).
_AMOUNT_IN_NOTE = re.compile(r"金\s*[\d〇一二三四五六七八九十百千万壱弐参拾]|[\d〇一二三四五六七八九十]\s*円|[¥￥]")


_SHARE_NOTE = re.compile(r"\s*[（(]\s*(?:うち|内)[^)）]*[)）]")


def _note_after_label(text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """Is `hit` inside brackets that stand right after another label (a note on it, not a label)?"""
    span = _bracket_around(text, hit.start)
    if hit.spec.type == "name":
        return False  # 「請求額（原債権者 つわぶきカード株式会社、…）」: a party named in a note is still named
    if span is None:
        return False
    before = [h for h in hits if h.end <= span[0]]
    if _SHARE_NOTE.match(text, span[0]) and any(h.spec.path == hit.spec.path for h in before):
        return True  # 「手続費用(うち仮執行宣言の手続費用金1,206円) 5,336円」: a share of the same sum
    if _AMOUNT_IN_NOTE.search(text[span[0] : span[1]]):
        return False  # 「譲渡債権額（…現在 元金 金四十五万…円 利息 金…円）」: the breakdown itself
    # 「利息未払分(期限の利益喪失日まで)」: a word may finish the label before its note.
    return bool(before) and bool(re.fullmatch(r"[^\s\d]{0,4}", text[max(h.end for h in before) : span[0]].strip()))


def _annotation(text: str, pos: int) -> bool:
    """Is `pos` inside a formula in brackets? 「合計（1＋2＋3＋手続費用小計）」 names the parts of the
    total; it is not a label of its own that would cut the total's value off."""
    span = _bracket_around(text, pos)
    # 「ご請求金額(延滞金・諸費用込み)」 says what the total holds; it is no label of its own either.
    return span is not None and bool(re.search(r"[+＋]|込|含", text[span[0] : span[1]]))


def _sum_at_end(window: str, unit: int) -> normalize.Match | None:
    """In a 合計 row that runs across a table (「合計 10,550 63 40 10,653」) the total is the last
    amount, the one that the others add up to (or the balance left after the payments)."""
    values = list(normalize.amounts(window, bare_numbers=True, unit=unit))
    amounts = [v.value for v in values if isinstance(v.value, int)]
    if len(amounts) == len(values) >= 3 and amounts[-1] == sum(amounts[:-1]):
        return values[-1]
    # 「合計 | 517,000 | 286,000 | 231,000」 under 「治療費 | お支払済額 | 未払診療費」: what is left after the
    # payments, the last column, is what is claimed.
    # Not 「389,540 ショッピング141,300 / キャッシング248,240」: a note naming the parts of the first.
    bare = not re.search(r"[^\s\d,円¥|]", _blank(window, ((v.start, v.end) for v in values)))
    left = len(values) == 3 and re.search(r"残額|残高|差引|未払", window[values[1].end : values[2].start])  # 「…のみで、残額金…」
    if len(amounts) == len(values) == 3 and amounts[0] - amounts[1] == amounts[2] > 0 and (bare or left):
        return values[-1]
    return None


def _column_value(
    rows: list[Row], row: Row, seg_index: int, read: Callable[[str], Iterator[normalize.Match]], kind: str
) -> tuple[Row, int, int, normalize.Match] | None:
    """The value under a header cell. For a party, skip the postcode and address lines that
    stand between 「債権者 | 債務者」 and the names. For an amount, the table's 合計 row wins
    over its first row."""
    if kind == "yen":
        total = _total_row_below(rows, row, seg_index)
        if total is not None:
            nxt, a, b = total
            value = next(iter(read(nxt.text[a:b])), None)
            if value is not None:
                return nxt, a, b, value
    current, index = row, seg_index
    for _ in range(4 if kind == "name" else 1):
        below = _below(rows, current, index)
        if below is None:
            return None
        nxt, a, b = below
        text = nxt.text[a:b]
        if kind == "name" and (_ZIP.match(text) or parties.looks_like_address(text)):
            current, index = nxt, nxt.segment_at(a)
            continue
        if kind == "name":
            b, text = _spaced_name(nxt, a, b, text)
        if kind in ("name", "date", "text"):
            text += _wrapped_in_cell(rows, row, seg_index, nxt)
        if kind == "yen" and re.match(r"\s*[（(]", text):
            return None  # 「(1から4までの合計金745,760円)」 under a label is a note on the list, not its value
        value = next(iter(read(text)), None)
        if value is None and kind == "yen" and not re.search(r"\d", text):
            # A header cell two rows tall (「督促手続費用」 beside 「立替金元金 | 手数料 | …」): the values
            # are on the row after the sub-headers.
            after = rows[nxt.index + 1] if nxt.index + 1 < len(rows) else None
            height = max(row.bbox[3] - row.bbox[1], 1.0)
            if after is not None and after.page == row.page and after.bbox[1] - row.bbox[3] < 3 * height:
                cell = _cell_under(row, seg_index, after)
                if cell is not None and _AMOUNT_CELL.fullmatch(after.text[cell[1] : cell[2]]):
                    value = next(iter(read(after.text[cell[1] : cell[2]])), None)
                    if value is not None:
                        return after, cell[1], cell[2], value
        return (nxt, a, b, value) if value is not None else None
    return None


def _spaced_name(row: Row, a: int, b: int, text: str) -> tuple[int, str]:
    """A person's name printed with a wide space (「大貫　　里奈」) falls into two cells: join them."""
    index = row.segment_at(a)
    if len(text.strip()) > 3 or index + 1 >= len(row.segments):
        return b, text
    seg, following = row.segments[index], row.segments[index + 1]
    height = seg.bbox[3] - seg.bbox[1]
    if following.bbox[0] - seg.bbox[2] < 3 * height and re.fullmatch(r"[一-龯々ぁ-んァ-ヶー]{1,4}", following.text):
        return b + 1 + len(following.text), text + following.text
    return b, text


def _below(rows: list[Row], row: Row, seg_index: int) -> tuple[Row, int, int] | None:
    """The cell under a header cell on the next row of the same page, if it is close.

    When the header row and the row below have as many cells, the columns pair up in order
    (values are often right-aligned under centred headers); otherwise the nearest centre wins.
    """
    nxt = rows[row.index + 1] if row.index + 1 < len(rows) else None
    if nxt is None or nxt.page != row.page:
        return None
    height = max(row.bbox[3] - row.bbox[1], nxt.bbox[3] - nxt.bbox[1])  # a header may be printed smaller than its values
    if nxt.bbox[1] - row.bbox[3] > 2.5 * max(height, 1.0):
        return None
    cell = _cell_under(row, seg_index, nxt)
    after = rows[nxt.index + 1] if nxt.index + 1 < len(rows) else None
    if cell is None and after is not None and after.page == row.page and after.bbox[1] - row.bbox[3] < 4 * max(height, 1.0):
        # A tall cell elsewhere in the row (a 備考 of several lines) starts a line of its own above the values.
        below = _cell_under(row, seg_index, after)
        if below is not None and (_AMOUNT_CELL.fullmatch(after.text[below[1] : below[2]]) or _date_cell(after.text[below[1] : below[2]])):
            return below  # 「項目 | 金額 | お支払期日」 over 「元金残高 | 2,846,320円」 and 「約定利息 | 31,408円 | 2025年9月26日」
    return cell


_ITEM_AMOUNT = re.compile(r"\s*\d{1,2}\s*金\s*([\d,]+)\s*円\s*")


def _item_above(rows: list[Row], row: Row) -> tuple[Row, int] | None:
    """The numbered amount (「3 金16,047円」) a bracketed note ending on `row` names: the note may take
    two lines (「(上記1に対する…の割合に」 / 「よる遅延損害金)」)."""
    start = row
    if not re.match(r"\s*[(（]", row.text):
        prev = rows[row.index - 1] if row.index > 0 else None
        if prev is None or prev.page != row.page or not re.match(r"\s*[(（]", prev.text) or re.search(r"[)）]", prev.text):
            return None
        start = prev
    above = rows[start.index - 1] if start.index > 0 else None
    if above is None or above.page != row.page or not (m := _ITEM_AMOUNT.fullmatch(above.text)):
        return None
    return above, int(m.group(1).replace(",", ""))


_ITEM_LINE = re.compile(r"\s*[一二三四五六七八九十\d]{0,2}\s*[、.,]?\s*金\s*[\d,〇一二三四五六七八九十百千万億壱弐参拾]+\s*円\s*也?\s*")


def _proviso_above(rows: list[Row], row: Row, read: Callable[[str], Iterator[normalize.Match]]) -> tuple[Row, int] | None:
    """The amount of a 「一、金…円也」 line that the 「但し…」 line under it names."""
    if not re.match(r"\s*(?:但し|但|ただし)", row.text):
        return None
    above = rows[row.index - 1] if row.index > 0 else None
    if above is None or above.page != row.page or not _ITEM_LINE.fullmatch(above.text):
        return None
    amount = next(iter(read(above.text)), None)
    return (above, int(amount.value)) if amount is not None and isinstance(amount.value, int) else None


_OVERDUE_INTEREST = ("延滞利息", "遅延利息")


def _overdue_interest(hits: list[_Hit], specs: list[LabelSpec], *, damages_below_or_above: bool = False) -> list[_Hit]:
    """「延滞元金 | 延滞利息 | 遅延損害金」: beside a 遅延損害金 column (or a row of its own close by), 延滞利息 is the
    interest of the missed instalments, not another word for the late damages it usually is."""
    late = [h for h in hits if h.spec.path == "amounts.late_damages" and h.label not in _OVERDUE_INTEREST and h.score == 1.0]
    interest = next((s for s in specs if s.path == "amounts.interest" and s.type == "yen"), None)
    if not (late or damages_below_or_above) or interest is None:
        return hits
    return [
        _Hit(interest, h.label, h.start, h.end, h.score, h.rank)
        if h.spec.path == "amounts.late_damages" and h.label in _OVERDUE_INTEREST and h.score == 1.0 else h
        for h in hits
    ]


def _closes_note(text: str, hit: _Hit) -> bool:
    """A label word that ends a bracketed note after other words (「(令和8年9月16日~通知日)」), not a
    label in brackets of its own (「(譲渡人) | (譲受人)」)."""
    note = _bracket_around(text, hit.start)
    return note is not None and bool(text[note[0] + 1 : hit.start].strip()) and bool(re.match(r"\s*[)）]", text[hit.end :]))


def _header_cells(cells: list[str]) -> bool:
    """Short cells that name columns: 「原債権者 | 債権譲受日」, 「債権者(委託元) | 委託元ご契約番号 | 受託管理番号」;
    not 「原債権者 | 株式会社月見台銀行 | 債権譲受日 | 令和6年7月31日」, a row of labels and their values."""
    return all(len(c) <= 7 for c in cells) or all(
        len(c) <= 9 and not re.search(r"\d", c) and not parties.looks_like_org(c) for c in cells
    )


def _date_cell(text: str) -> bool:
    date = next(normalize.dates(text), None)
    return date is not None and not text[: date.start].strip() and not re.sub(r"[(（][月火水木金土日]曜?日?[)）]", "", text[date.end :]).strip()


def _label_starts(hits: list[_Hit]) -> set[int]:
    """Where a label starts right where another ends (「期限の利益喪失日最終入金日」): not after 「2.」 or in
    「手数料・利息」, and not inside a longer label (損害金 in 遅延損害金)."""
    return {h.start for h in hits if any(o.end == h.start for o in hits) and not any(o.start < h.start < o.end for o in hits)}


def _split_header(rows: list[Row], row: Row, seg_index: int, pos: int, cuts: set[int]) -> tuple[Row, int]:
    """Header cells set close together fall into one segment (「手数料・利息(未払分) 遅延損害金(年14.6%)」,
    「期限の利益喪失日最終入金日」) above a row of more values: split the header at its spaces and where
    a label starts right where another ends (`cuts`), each piece as wide as its characters, so that each label finds its own
    column when the pieces are as many as the values."""
    nxt = rows[row.index + 1] if row.index + 1 < len(rows) else None
    if nxt is None or nxt.page != row.page or len(nxt.segments) <= len(row.segments):
        return row, seg_index
    pieces: list[tuple[int, Segment]] = []  # (where the piece starts in row.text, the piece)
    offset = 0
    for seg in row.segments:
        bounds = sorted({0, len(seg.text)} | {i + 1 for i, ch in enumerate(seg.text) if ch == " "}
                        | {c - offset for c in cuts if offset < c < offset + len(seg.text) })  # fmt: skip
        words = [(a, seg.text[a:b].strip()) for a, b in itertools.pairwise(bounds) if seg.text[a:b].strip()]
        weights = [sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in w) + 1 for _, w in words]
        x0, y0, x1, y1 = seg.bbox
        left, scale = x0, (x1 - x0) / max(sum(weights), 1)
        for (a, word), weight in zip(words, weights, strict=True):
            pieces.append((offset + a, Segment(word, word, (left, y0, left + weight * scale, y1), seg.confidence)))
            left += weight * scale
        offset += len(seg.text) + 1
    if len(pieces) != len(nxt.segments):
        return row, seg_index
    column = max(i for i, (start, _) in enumerate(pieces) if start <= pos or i == 0)
    return dataclasses.replace(row, segments=[seg for _, seg in pieces]), column


def _cell_under(row: Row, seg_index: int, nxt: Row) -> tuple[Row, int, int] | None:
    """The cell of `nxt` in the column of `row`'s cell `seg_index`, as (row, start, end) in its text."""
    starts, pos = [], 0
    for seg in nxt.segments:
        starts.append(pos)
        pos += len(seg.text) + 1
    if len(nxt.segments) == len(row.segments) > 1:
        i = seg_index
    else:
        x0, _, x1, _ = row.segments[seg_index].bbox
        centre, width = (x0 + x1) / 2, max(x1 - x0, 1.0)
        distances = [abs((s.bbox[0] + s.bbox[2]) / 2 - centre) for s in nxt.segments]
        i = min(range(len(distances)), key=distances.__getitem__)
        seg = nxt.segments[i]
        if distances[i] > max(width, seg.bbox[2] - seg.bbox[0]):
            return None
    return nxt, starts[i], starts[i] + len(nxt.segments[i].text)


def labelled(
    rows: list[Row], document_type: DocumentType, *, unit_of: Callable[[Row], int], ref: date | None
) -> list[Candidate]:
    """Every label on every row with the value that belongs to it."""
    whole = "".join(r.text for r in rows)
    specs = [s for s in rules.labels().fields if not s.letter_has or re.search(s.letter_has, whole)]
    out: list[Candidate] = []
    # Where the printer wrapped a line, a value may run on into the next row (「確定遅延損害金2」+「13,490円」).
    runs_on = {
        para.rows[i][1].index: para.rows[i + 1][1].text for para in paragraphs(rows) for i in range(len(para.rows) - 1)
    }
    # Rows of a table that give the late damages an amount of their own (「延滞損害金 | 2,960円」).
    damages_rows = {
        r.index for r in rows
        if re.search(r"損害金", r.text) and not any(w in r.text for w in _OVERDUE_INTEREST) and next(normalize.amounts(r.text), None)
    }
    for row in rows:
        text = row.text
        hits = _label_hits(text, specs, document_type)
        pos = 0
        for seg in row.segments:
            hits += [
                _Hit(h.spec, h.label, h.start + pos, h.end + pos, h.score, h.rank)
                for h in _fuzzy_hits(seg.text, specs, document_type, text[pos:])
                if not any(e.start <= h.start + pos < e.end for e in hits)
            ]
            pos += len(seg.text) + 1
        # A label in brackets right after another label, before its value, is a note on it, not a label
        # that would cut that value off (「残元金 | (証書貸付No.5518) | 8,946,300円」, 「未払利息 |
        # (約定利率年2.85%・喪失日まで) | 63,420円」; not 「請求額 金318,246円（元金…）」).
        hits = _dedupe(hits)
        hits = _overdue_interest(hits, specs, damages_below_or_above=any(abs(i - row.index) <= 3 for i in damages_rows - {row.index}))
        hits = [
            h for h in hits
            if not _annotation(text, h.start) and not _note_after_label(text, h, hits)
        ]
        # 「遅延損害金年14.6%(令和8年9月16日~通知日) ¥1,663」: a label word closing a bracket names a day in
        # a note; it does not cut off the value after the bracket.
        stops = sorted({h.start for h in hits if not _closes_note(text, h)})
        for hit in hits:
            stop = next((s for s in stops if s >= hit.end), len(text))
            read = reader(hit.spec.type, unit=unit_of(row), ref=ref)
            window = text[hit.end : stop]
            if stop == len(text) and row.index in runs_on and hit.spec.type in ("yen", "date", "rate"):
                head = re.split(r"[、。]", runs_on[row.index], maxsplit=1)[0][:24]
                cut_number = re.search(r"[\d,金¥]$", window.rstrip())
                if hit.spec.type == "date" and next(iter(read(window)), None) is not None:
                    cut_number = None  # 「…喪失日2025/08/04」 is whole; 「2. 和解条件」 below it is no more of the day
                value_next = not window.strip() and _VALUE_HEAD.match(head)  # 「…遅延損害金」+「金参拾万…円」
                if cut_number or value_next:
                    window += head
            if hit.spec.type == "yen" and (share := _SHARE_NOTE.match(window)):
                window = " " * share.end() + window[share.end() :]  # the share in brackets is not the sum itself
            if hit.spec.type == "date" and re.match(r"\s*の?翌日", window):
                continue  # 「遅延損害金は喪失日の翌日から令和8年3月5日まで」: the label names a day, the date is another
            seg_index = row.segment_at(hit.start)
            if hit.spec.type == "date" and not window.strip() and seg_index == len(row.segments) - 1 and seg_index > 0:
                # 「2024年6月27日 | 同行への最終ご返済日」: a history table puts the day before what happened on it.
                before = row.segments[seg_index - 1].text
                day = next(iter(read(before)), None)
                if day is not None and _date_cell(before):
                    ev = _evidence(row, 0, hit.end, row.confidence * hit.score)
                    out.append(Candidate(hit.spec.path, day.value, ev, 0.9 * hit.score, f"label-after-value:{hit.label}", hit.rank, row.index))
                    continue
            in_cell = text[row.segment_start(seg_index) : hit.start].strip()
            lead = re.match(r"\S*?円", in_cell)  # 「1,284,517円求償」 before 「元金」: the figure starts the label's cell
            own = lead is not None and _figure_cell(lead.group(0)) and bool(re.fullmatch(r"[^\sぁ-ゖ]{0,4}", in_cell[lead.end() :]))
            # (not 「金546,000円及び遅延損害金」: the figure and the damages beside it)
            if hit.spec.type == "yen" and not _PARENS.sub("", window).strip() and seg_index == len(row.segments) - 1 and (seg_index > 0 or own):
                # 「金468,230円 | 立替金残元金」, 「金 | 1,284,517円求償元金(代位弁済額)」: a list that names each amount after it.
                before = in_cell if own else row.segments[seg_index - 1].text
                amount = next(iter(read(before)), None)
                if amount is not None and (own or _figure_cell(before.strip())):
                    ev = _evidence(row, row.segment_start(seg_index - (0 if own else 1)), hit.end, row.confidence * hit.score)
                    out.append(Candidate(hit.spec.path, amount.value, ev, 0.9 * hit.score, f"label-after-value:{hit.label}", hit.rank, row.index))
                    continue
            own_cell = _LABEL_LEAD.sub("", _PARENS.sub("", row.segments[seg_index].text)).replace(" ", "") == hit.label
            if (
                hit.spec.type == "name"
                and own_cell
                and seg_index + 1 < len(row.segments)
                and not parties.looks_like_address(row.segments[seg_index + 1].text)  # 「債権者 | 〒… | 株式会社…」
            ):
                # 「原債権者 | 株式会社かなめ銀行 | 物件所在地 | 新潟市…」: the name is the next cell only
                window = " " + row.segments[seg_index + 1].text
                if re.match(r"\s*代表", window) and (above_name := _org_above(rows, row, row.segments[seg_index + 1].bbox[0])):
                    window = " " + above_name  # 「債権者 | 代表者理事長…」 centred on its block, the name on the line above
            if hit.spec.type == "name" and own_cell and len(row.segments) == 1 and (beside := _name_beside(rows, row)):
                window = " " + beside  # 「債務者」 and 「郡司隆之」 a little lower to its right: one line printed unevenly
            if hit.spec.type == "name" and not own_cell and not _read_name_ok(window):
                # 「原告 株式会社… 代表取締役 浦野 誠司 | 939-0000富山県…」: the name ends with its cell
                cell_end = row.segment_start(seg_index) + len(row.segments[seg_index].text)
                if hit.end < cell_end < len(text):
                    window = text[hit.end : cell_end]
            if hit.spec.type == "name" and _WHAT_FOLLOWS.match(window):
                window = ""  # 「債権者(住所・氏名)」 heads a block: the name is on a line below
            if (paired := _paired_value(text, hit, stops)) is not None:
                start, part = paired  # 「原告／被告 | A社 ／ B」: each label takes the value in its own place
                window = " " * (start - hit.end) + part
            cell = _PARENS.sub("", row.segments[seg_index].text).replace(" ", "")
            # A header row: short cells, at least one other of them a label too.
            header_cell = (
                cell == hit.label
                and len(row.segments) > 1
                and _header_cells([_PARENS.sub("", seg.text).replace(" ", "") for seg in row.segments])
                and any(row.segment_at(h.start) != seg_index for h in hits if h.score == 1.0)
            )
            if header_cell and hit.spec.type == "name":
                window = ""  # 「原債権者 | 債権譲受日」 over a row of values: read the column, not the next header
            value = next(iter(read(window)), None) if window.strip(" :：") else None
            if value is None and hit.spec.type == "name" and (org := parties.org_at_start(window)):
                value = normalize.Match(org, 0, len(window), window)  # 「原契約 株式会社…との金銭消費貸借契約」
            if value is None and hit.spec.type == "name" and parties.looks_like_address(window):
                tail = parties.after_address(window)  # a row too long to be a name: 〒…9番9号 株式会社… 代表取締役…
                if tail is not None and parties.looks_like_org(tail):
                    value = normalize.Match(window, 0, len(window), window)
            if value is not None and hit.spec.type != "name" and _SENTENCE_BETWEEN.search(_PARENS.sub("", window[: value.start])):
                value = None  # 「右期限までに支払わなかったため…令和七年十一月二十日」: a sentence runs on, not a value
            if value is not None and hit.score < 1.0 and hit.spec.type == "yen" and not re.search(r"[金¥円]|\d,\d{3}", value.text):
                value = None  # after a near-label only an amount written as one (「督促手続課直通 050-…」 is not)
            near_name = hit.score < 1.0 and hit.spec.type == "name" and hit.spec.path != "debtor.name"
            glossing = hit.spec.type == "name" and bool(re.search(r"[^\s(（|]\s?[（(]$", text[: hit.start]))  # 「委託元(債権者)」
            if value is not None and glossing and not parties.looks_like_org(str(value.value)):
                value = None  # 「委託元(債権者) | ご契約 | …」 heads a column: the name is below, not in the next header
            if value is not None and near_name and not parties.looks_like_org(str(value.value)):
                value = None  # a near-label (債権譲渡の → 債権譲渡人) must be followed by an organisation
            if value is not None and hit.spec.type == "name" and hit.spec.path != "debtor.name" and _DEPARTMENT.search(str(value.value)):
                value = None  # 「譲受人 住宅ローン管理部 フリーダイヤル…」: whom to call, the company is named elsewhere
            if value is not None and hit.spec.type == "yen" and _CHARGED_LATER.match(window[value.end :]):
                value = None  # 「再開には…開栓手数料（3,300円）が必要です」: a fee that would be charged, not a part of the debt
            if value is not None and hit.spec.type == "yen" and _in_brackets(window, value.start):
                # 「振替不能手数料（330円×3回） ¥990」: the note's unit price, then the amount itself
                value = next((m for m in read(window) if not _in_brackets(window, m.start)), value)
            if value is not None and hit.spec.type == "yen":
                value = _sum_at_end(window, unit_of(row)) or value  # a row across columns ending in 計
                if hit.spec.path == "amounts.total" and (last := _under_total_column(rows, row, read)) is not None:
                    at, figure = last
                    value = normalize.Match(figure.value, at - hit.end, at - hit.end + len(figure.text), figure.text)
                value = _latest_column(rows, row, unit_of(row)) or value
            if value is not None and hit.spec.type == "name" and parties.looks_like_address(_PARENS.sub("", str(value.value))):
                tail = parties.after_address(window)
                if tail is not None and not parties.looks_like_org(tail) and (
                    hit.spec.path != "debtor.name" or re.search(r"ビル|タワー|ハイツ|マンション|レジデンス|コーポ|荘$|館$", tail)
                ):
                    tail = None  # the building the address ends with (「…99番9号 ミライエタワー」)
                if tail is not None:  # 「債権者 〒604-0000 京都市…9番地 らくよう保証株式会社」
                    ev = _evidence(row, hit.start, len(text), row.confidence * hit.score)
                    out.append(Candidate(hit.spec.path, tail, ev, 0.9 * hit.score, f"label-after-address:{hit.label}", hit.rank, row.index))
                    continue
                value = _name_on_next_row(rows, row, row.segments[seg_index].bbox[0])  # 「(譲渡人) 東京都…」 with the name below
                if value is not None:
                    nxt = rows[row.index + 1]
                    ev = _evidence(nxt, 0, len(nxt.text), nxt.confidence)
                    out.append(Candidate(hit.spec.path, value.value, ev, 0.85, f"label-address:{hit.label}", hit.rank, nxt.index))
                continue
            if value is not None:
                ev = _evidence(row, hit.start, hit.end + value.end, row.confidence * hit.score)
                score = 0.95 * hit.score
                if hit.spec.type == "yen" and re.match(r"\s*[(（【]?\s*ご?参考", text):
                    score *= 0.6  # 「(参考)相手方主張の債権額 金812,655円」: for reference, not what is claimed
                if hit.spec.type == "yen" and _in_distribution_table(rows, row):
                    score *= 0.6  # 「費用 | 配当前の債権額 | 配当充当額 | 充当後の残額」: history, not the claim
                if hit.spec.type == "yen" and _before_deduction(rows, row):
                    score *= 0.7  # 「求償債権額 22,441,681 / 配当金受領額 △13,731,300 / …」: the debt before the 配当 came off
                paid_inside = re.search(r"代位弁済(?:額|金)?の?内訳[^)）]*$", text[: hit.start])  # 「(代位弁済額内訳元金…、利息…)」
                if hit.spec.type == "yen" and (paid_inside or _share_of_what_was_paid(rows, row, text[: hit.start], row.segments[seg_index].bbox)):
                    score *= 0.6  # 「代位弁済額 1,864,940 / うち元金 1,826,400」: what the guarantor paid, not the claim
                if hit.spec.type == "yen" and _in_note_on_amount(text, hit.start):
                    score *= 0.7  # 「1,386,215円 代位弁済額（金庫の残元金1,362,000円・利息24,215円）」
                elif hit.spec.type in ("yen", "text") and _in_sentence(row.segments[seg_index].text):
                    # 「…元金1,482,115円及び利息14,205円、合計1,496,320円を代位弁済」, 「(…会員番号 HB-0418-2276)に基づく」:
                    # a table or the letter's head says it surer
                    score *= 0.8
                out.append(Candidate(hit.spec.path, value.value, ev, score, f"label:{hit.label}", hit.rank, row.index))
                continue
            if hit.score < 1.0:
                continue  # a fuzzy label needs its value right beside it
            if hit.spec.type == "yen" and re.fullmatch(r"\s*[)）]\s*", text[hit.end :]) and (item := _item_above(rows, row)) is not None:
                # 「2 金12,873円」 over 「(未払手数料)」: the court's list names each amount on the line below it.
                item_row, item_amount = item
                ev = _evidence(item_row, 0, len(item_row.text), item_row.confidence * hit.score)
                out.append(Candidate(hit.spec.path, item_amount, ev, 0.9, f"label-under-amount:{hit.label}", hit.rank, item_row.index))
                continue
            if hit.spec.type == "yen" and not text[hit.end :].strip(" 。") and (proviso := _proviso_above(rows, row, read)) is not None:
                # 「一、金弐百壱拾参万四千円也」 over 「但し、貸付金の残元本」: a 但し line names the amount above it.
                item_row, item_amount = proviso
                ev = _evidence(item_row, 0, len(item_row.text), item_row.confidence * hit.score)
                out.append(Candidate(hit.spec.path, item_amount, ev, 0.9, f"label-under-amount:{hit.label}", hit.rank, item_row.index))
                continue
            header, column = _split_header(rows, row, seg_index, hit.start, _label_starts(hits))
            cell = _PARENS.sub("", header.segments[column].text).replace(" ", "")
            qualified = (  # 「代位弁済日翌日からの損害金(年14.6%)」 heads its column like a bare 「損害金」
                cell.endswith(hit.label) and len(cell) <= 20 and len(header.segments) > 1 and not re.search(r"[\d、。]", cell)
                and all(len(_PARENS.sub("", seg.text).replace(" ", "")) <= 12 for i, seg in enumerate(header.segments) if i != column)
            )
            if (len(cell) > len(hit.label) + 6 and not qualified) or _DISTRIBUTION.search(row.text):
                continue  # only a label in its own cell has its value underneath; not a 充当 table
            # 「(譲渡人)」, 「【債権者】」 and 「債権者(住所・氏名)」 head a name; 「委託元ご契約番号」 does not
            heads = {re.sub(r"[()（）【】〔〕\[\]「」\s]", "", t) for t in (header.segments[column].text, _PARENS.sub("", header.segments[column].text))}
            if hit.spec.type == "name" and not any(h.endswith(hit.label) for h in heads):
                continue  # 「委託元ご契約番号」 heads a column of numbers, not of names
            if re.match(r"[のをにはがと]", text[hit.end :]):
                continue  # 「■原告の請求（訴状の要旨）」 is a heading that uses the word, not a label
            note = _bracket_around(text, hit.start)
            if note is not None and re.match(r"\s*[（(]", text) and text[note[0] : note[1]].strip("()（） ") != hit.label:
                continue  # 「(約定利率年2.85%・喪失日まで)」: a note under an amount heads no column; 「(譲渡人)」 does
            glossed = re.search(r"[^\s（(]\s?[（(][^)）]*$", text[: hit.start]) and not re.search(r"(?:通知人|差出人)[（(]$", text[: hit.start])
            if glossed and hit.spec.type == "yen" and note is not None and text[note[0] + 1 : note[1]].strip() == hit.label and (
                len(row.segments) > 1 and not re.search(r"\d", _PARENS.sub("", text))
            ):
                glossed = None  # 「ご利用残高(元金) | 利息 | …」: a header row whose gloss names the column's part
            if glossed and hit.spec.type == "yen" and (named := _named_in_brackets(text, hit, read)) is not None:
                start, amount = named  # 「3 金6,255円 (督促手続費用)」: the bracket names the amount before it
                ev = _evidence(row, start, hit.end, row.confidence * hit.score)
                out.append(Candidate(hit.spec.path, amount.value, ev, 0.9 * hit.score, f"label-after-amount:{hit.label}", hit.rank, row.index))
                continue
            if (_IN_SENTENCE.search(cell.replace(hit.label, "", 1)) and not qualified) or glossed:
                continue  # 「…の割合による遅延損害金」 ends a sentence; 「金5,840円（申立手続費用）」 names the amount before it
            above = _figure_above(rows, row, seg_index) if hit.spec.type == "yen" else None
            found = None if above is not None else _column_value(rows, header, column, read, hit.spec.type)
            if above is not None:
                # 「331,040 | 6,210 | 1,986 | ¥339,236」 over 「ご利用残高(元金) | 未払手数料 | …」, a column of
                # 「482,315円 / 残元金 / 21,804円 / 未払利息 …」: the names under the figures.
                up, k = above
                amount = next(iter(read(up.segments[k].text)), None)
                if amount is not None:
                    start = up.segment_start(k)
                    ev = _evidence(up, start, start + len(up.segments[k].text), up.confidence)
                    out.append(Candidate(hit.spec.path, amount.value, ev, 0.85, f"label-under-value:{hit.label}", hit.rank, up.index))
                continue
            if found is None:
                continue
            nxt, a, b, value = found
            if value is not None:
                ev = _evidence(nxt, a, b, nxt.confidence)
                # 「代位弁済額 | うち元金 | うち利息」 over their figures: what the guarantor paid, not the claim.
                paid_share = hit.spec.type == "yen" and bool(
                    re.match(r"\s*[(（]?うち", header.segments[column].text) and re.search(r"代位弁済(?:金)?額", header.text)
                )
                out.append(Candidate(hit.spec.path, value.value, ev, 0.5 if paid_share else 0.85, f"label-above:{hit.label}", hit.rank, nxt.index))
    return out


_DEPARTMENT = re.compile(r"^[^株有合（(]{0,8}(?:管理|回収|債権|業務|相談|融資|営業|審査|督促|担当|お客様)\S{0,3}(?:部|課|係|室|センター|グループ|チーム|窓口)$")
# 「約定利率/遅延損害金 年2.975%/年14.0%」, 「原告／被告 | A社 ／ B」: labels joined by a slash, values in the same order.
_SLASHED = re.compile(r"[^\s/／|]{1,14}(?:\s?[/／]\s?[^\s/／|]{1,14})+")
_SLASH = re.compile(r"\s*[/／]\s*")


def _paired_value(text: str, hit: _Hit, stops: list[int]) -> tuple[int, str] | None:
    """The value that a label paired with others by slashes takes: the part in the same place after the group."""
    group = next((m for m in _SLASHED.finditer(text) if m.start() <= hit.start < m.end()), None)
    if group is None:
        return None
    names = _SLASH.split(group.group())
    place = len(_SLASH.findall(text[group.start() : hit.start]))
    if len(names) < 2 or not _PARENS.sub("", names[place]).endswith(hit.label):
        return None
    stop = next((s for s in stops if s >= group.end()), len(text))
    rest = text[group.end() : stop]
    cuts = [group.end(), *(group.end() + m.end() for m in _SLASH.finditer(rest))]
    values = _SLASH.split(rest)
    if len(values) != len(names) or not all(v.strip() for v in values):
        return None  # 「EDI情報/管理番号 SO-0117-2604」: one value for the pair; 2025/11/24 splits in three
    return cuts[place], values[place]


_WHAT_FOLLOWS = re.compile(r"\s*[（(][^)）]{0,8}(?:住所|氏名|名称|商号|所在地)[^)）]{0,8}[)）]?\s*$")


def _label_cell(text: str) -> bool:
    """A cell that names something and holds no figure (「遅延損害金※1」, 「ご請求額(合計)」)."""
    bare = re.sub(r"※\d|[(（][^)）]*[)）]", "", text)
    heading = re.match(r"\s*[■□●◆◇▲【]", text)  # 「■ご請求額の内訳」 heads the block, it names no figure
    return len(text.replace(" ", "")) <= 16 and not heading and not re.search(r"\d|[。、]|ください|ます$|した$", bare)


def _figure_cell(text: str) -> bool:
    text = re.sub(r"\s*[+＋=＝]\s*$", "", text)  # 「1,138,602円 + | 1,834円 + | 59,662円 = | 1,200,098円」
    return bool(_AMOUNT_CELL.fullmatch(text)) and bool(re.search(r"[金¥￥円]|\d,\d{3}", text))


def _figure_above(rows: list[Row], row: Row, seg_index: int) -> tuple[Row, int] | None:
    """The amount right above a label whose column puts each figure before its name: read up the column,
    figure and name alternating, the run starts with a figure (「482,315円 / 残元金 / 21,804円 / 未払利息」 under
    a heading, 「331,040 | 6,210 | …」 over 「ご利用残高(元金) | 未払手数料 | …」). Under a row of names only,
    a figure below is the value all the same (a table's header over its rows)."""
    if not _label_cell(row.segments[seg_index].text):
        return None  # 「遅延損害金年14.0%」 holds its own value
    box = row.segments[seg_index].bbox

    def cell_of(r: Row) -> int | None:
        overlaps = [(min(seg.bbox[2], box[2]) - max(seg.bbox[0], box[0]), i) for i, seg in enumerate(r.segments)]
        best = max(overlaps, default=(0.0, -1))
        return best[1] if best[0] > 0 else None

    run: list[tuple[Row, int]] = []  # figures and names up the column, nearest first
    gaps, index = 0, row.index - 1
    while index >= 0 and rows[index].page == row.page and len(run) < 12:
        above = rows[index]
        k = cell_of(above)
        if k is None:
            gaps += 1
            if gaps > 2:
                break
        else:
            gaps = 0
            text = above.segments[k].text
            if not (_figure_cell(text) if len(run) % 2 == 0 else _label_cell(text)):
                break
            run.append((above, k))
        index -= 1
    if len(run) % 2 == 0:
        return None  # no figure above, or the run starts with a name: the figures are under their names
    below = rows[row.index + 1] if row.index + 1 < len(rows) else None
    k_below = cell_of(below) if below is not None and below.page == row.page else None
    header_row = all(_label_cell(seg.text) for seg in row.segments)
    if below is not None and k_below is not None and _figure_cell(below.segments[k_below].text) and header_row:
        return None  # 「元金 | 利息 | 損害金」 over its figures, a row of other figures above the table
    return run[0]


def _wrapped_in_cell(rows: list[Row], header: Row, seg_index: int, nxt: Row) -> str:
    """The rest of a value wrapped onto a second line of its cell (「株式会社霧笛」 over 「ファイナンス」,
    「令和8年2月」 over 「27日(金)限り」): a line that overlaps the value's own, in the same column."""
    after = rows[nxt.index + 1] if nxt.index + 1 < len(rows) else None
    if after is None or after.page != nxt.page or after.bbox[1] >= nxt.bbox[3]:
        return ""  # a row of its own below: the table's next record
    cell = _cell_under(header, seg_index, after)
    return after.text[cell[1] : cell[2]].strip() if cell is not None else ""


def _before_deduction(rows: list[Row], row: Row) -> bool:
    """A row of a table that goes on to take a 配当 or payment off (「配当金受領額 △13,731,300」)."""
    for below in rows[row.index + 1 : row.index + 5]:
        if below.page != row.page:
            return False
        if re.search(r"[△▲]\s*[\d,]{3,}", below.text) and re.search(r"配当|充当|受領|入金|弁済", below.text):
            return True
    return False


def _share_of_what_was_paid(rows: list[Row], row: Row, before: str, box: tuple[float, float, float, float]) -> bool:
    """A 「うち…」 or 「内訳…」 row under the sum a guarantor paid (代位弁済額), and the rows of that make-up
    after it: history, not the claim. In a block of two columns the rows above are read in the label's own
    column."""
    broken_down = bool(re.search(r"(?:うち|内訳)\s*$", before))
    for above in reversed(rows[max(0, row.index - 4) : row.index]):
        cells = [seg.text for seg in above.segments if min(seg.bbox[2], box[2]) > max(seg.bbox[0], box[0])]
        text = cells[0] if cells else above.text
        if re.match(r"\s*(?:代位弁済(?:金)?額|代位弁済金|弁済額)", text):
            return broken_down
        if re.match(r"\s*[(（]?\s*(?:うち|内訳)", text):
            broken_down = True
        elif not broken_down or not _figure_cell(above.segments[-1].text):
            return False  # the make-up ends where a row of another kind starts
    return False


def _org_above(rows: list[Row], row: Row, x: float) -> str | None:
    """The organisation's name on the line above, starting where the cell beside a label starts."""
    above = rows[row.index - 1] if row.index > 0 else None
    if above is None or above.page != row.page or len(above.segments) != 1:
        return None
    seg = above.segments[0]
    height = max(row.bbox[3] - row.bbox[1], 1.0)
    if abs(seg.bbox[0] - x) > height or not parties.looks_like_org(seg.text.replace(" ", "")):
        return None
    return seg.text


def _named_in_brackets(text: str, hit: _Hit, read: Callable[[str], Iterator[normalize.Match]]) -> tuple[int, normalize.Match] | None:
    """「金6,255円 (督促手続費用)」: an amount followed by a bracket that holds nothing but its name."""
    opening = max(text.rfind("(", 0, hit.start), text.rfind("（", 0, hit.start))
    # 「(確定遅延損害金令和7年9月3日から令和8年2月19日まで年14.6%)」: the name, then the period it covers.
    closing = re.match(r"\s*(?:等|など)?\s*(?:(?:令和|平成|\d{4}[年/])[^)）]{0,40})?[)）]", text[hit.end :])
    if opening < 0 or closing is None or text[opening + 1 : hit.start].strip():
        return None
    before = text[:opening].rstrip()
    amount = re.search(r"(?:金|[¥￥])\s*[\d,]+\s*円?$|[\d,]{3,}\s*円$", before)
    value = next(iter(read(amount.group(0))), None) if amount else None
    if amount is None or value is None:
        return None
    return amount.start(), value


# --------------------------------------------------------------------------- prose


@dataclass(frozen=True)
class Paragraph:
    """Rows of running text joined back together where the printer wrapped them."""

    text: str
    rows: list[tuple[int, Row]]  # (offset in text, row)

    def row_at(self, pos: int) -> tuple[Row, int]:
        offset, row = max(((o, r) for o, r in self.rows if o <= pos), key=lambda pair: pair[0])
        return row, pos - offset


def paragraphs(rows: list[Row]) -> list[Paragraph]:
    """A single-cell row that runs to the right margin and ends mid-sentence continues on the next
    row (「…令和6年12月2」 + 「6日の経過により…」)."""
    right: dict[int, float] = {}
    for row in rows:
        right[row.page] = max(right.get(row.page, 0.0), row.bbox[2])
    out: list[Paragraph] = []
    current: list[tuple[int, Row]] = []
    text = ""
    for row in rows:
        if current:
            prev = current[-1][1]
            wraps = (
                prev.page == row.page
                and len(prev.segments) == 1
                and len(row.segments) == 1
                and prev.bbox[2] >= 0.9 * right[prev.page]
                and not prev.text.rstrip().endswith(("。", ")", "」"))
                and row.index == prev.index + 1
            )
            if wraps:
                current.append((len(text), row))
                text += row.text
                continue
            out.append(Paragraph(text, current))
        current, text = [(0, row)], row.text
    if current:
        out.append(Paragraph(text, current))
    return out


def _written_as_money(text: str, m: normalize.Match) -> bool:
    """円, ¥, digits grouped in threes, or 金 that is not the end of a word (預金, 代金, 料金)."""
    if re.search(r"[¥￥円]|\d[,.]\d{3}", m.text):
        return True
    return m.text.startswith("金") and not (m.start > 0 and re.match(r"[一-龯]", text[m.start - 1]))


def run_on(paras: list[Paragraph], sep: str = " ") -> str:
    """The start of the paragraphs after the first: 40 characters, or, when the first stops mid-sentence
    (a line printed short: 「…同行が貴殿に対して有する」 / 「平成30年5月11日付…を譲り受けました。」), on to the
    end of that sentence within 90."""
    if len(paras) < 2:
        return ""
    if not re.search(r"[ぁ-ゖ、,]$", paras[0].text.rstrip()):
        return paras[1].text[:40]  # a sentence that ended, or a date or a heading on a line of its own
    rest = sep.join(p.text for p in paras[1:4])
    end = rest.find("。")
    return rest[: min(end + 1, 90)] if end >= 40 else paras[1].text[:40]


def prose(
    rows: list[Row], document_type: DocumentType, *, unit_of: Callable[[Row], int], ref: date | None
) -> list[Candidate]:
    """Values whose role is given by the words around them (rules in parser/data/prose.yml)."""
    out: list[Candidate] = []
    paras = paragraphs(rows)
    whole = "".join(p.text for p in paras)
    specs = [
        r for r in rules.prose().rules
        if (not r.document_types or document_type in r.document_types) and (not r.letter_has or re.search(r.letter_has, whole))
    ]
    for i, para in enumerate(paras):
        # A sentence may also run on across paragraphs: look a little way to each side.
        before_ctx = paras[i - 1].text[-40:] + " " if i else ""
        after_ctx = " " + run_on(paras[i:]) if i + 1 < len(paras) else ""
        if i + 1 < len(paras) and re.match(r"\s*ただし", paras[i + 1].text):
            after_ctx = " " + paras[i + 1].text  # 「金9,871円」 + 「ただし、…約定利息（年15.0%）」: the item's meaning
        text = para.text
        first_row = para.rows[0][1]
        for spec in specs:
            for m in reader(spec.type, unit=unit_of(first_row), ref=ref)(text):
                if spec.type == "yen" and not _written_as_money(text, m):
                    continue  # in running text money is written as money: 「普通預金2135567」 is an account
                after = (text[m.end :] + after_ctx).replace(" ", "")
                before = (before_ctx + text[: m.start]).replace(" ", "")
                if spec.after and not re.search(spec.after, after):
                    continue
                # 「遅延損害金49,086円」: the money reader takes the label's last 金 for the value's own.
                befores = (before, before + "金") if m.text.lstrip().startswith("金") else (before,)
                if spec.before and not any(re.search(spec.before, b) for b in befores):
                    continue
                if spec.reject_after and re.search(spec.reject_after, after):
                    continue
                if spec.reject_before and re.search(spec.reject_before, before):
                    continue
                if spec.value and not re.search(spec.value, m.text):
                    continue
                row, start = para.row_at(m.start)
                end = min(len(row.text), start + (m.end - m.start))
                ev = _evidence(row, start, end, row.confidence)
                out.append(Candidate(spec.path, m.value, ev, 0.75, f"prose:{spec.path}", 50, row.index))
    return out
