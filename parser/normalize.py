"""Normalisation: text, amounts, dates, rates, phone numbers.

The raw OCR text is kept for evidence; everything here works on a normalised copy.
Era years come from japanera's era table (so 平成32年 — printed by systems that never
learned about 令和 — still converts), kanji and 大字 numerals from kanjize.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

import japanera
import opencc
from kanjize import kanji2number

from parser.models import OcrLine, OcrPage

# --------------------------------------------------------------------------- text

_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−ｰ－"})
# Characters OCR engines put in place of digits when the context is numeric.
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "|": "1"})
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ"
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])|(?<=[{_CJK}])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[年月日円万千号])"
)


@cache
def _converters() -> tuple[opencc.OpenCC, opencc.OpenCC]:
    return opencc.OpenCC("s2t"), opencc.OpenCC("t2jp")


@cache
def _fixes() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[re.Pattern[str], str], ...]]:
    from parser import rules  # the data layer imports this module, so import it late

    fixes = rules.ocr_fixes()
    words = tuple(sorted(fixes.replace.items(), key=lambda kv: -len(kv[0])))
    return words, tuple((re.compile(p), r) for p, r in fixes.patterns.items())


@cache
def _is_japanese(c: str) -> bool:
    try:
        c.encode("cp932")
        return True
    except UnicodeEncodeError:
        return False


def japanese_forms(s: str) -> str:
    """Chinese character forms an OCR model trained on Chinese puts in (单位, 损害, 记入) → Japanese.

    Only characters outside the Japanese character set are converted (OpenCC s2t then t2jp),
    so a name written with 岩 or 凛 is never touched; remaining look-alikes come from the table.
    """
    if not any("\u3400" <= c <= "\u9fff" and not _is_japanese(c) for c in s):
        return _fix(s)
    s2t, t2jp = _converters()
    s = "".join(c if _is_japanese(c) else t2jp.convert(s2t.convert(c)) for c in s)
    return _fix(s)


def _fix(s: str) -> str:
    words, patterns = _fixes()
    for wrong, right in words:
        s = s.replace(wrong, right)
    for pattern, right in patterns:
        s = pattern.sub(right, s)
    return s


def text(s: str) -> str:
    """NFKC, one kind of dash, single spaces; spaces between two CJK characters removed.

    Removing those spaces undoes Tesseract's habit of spacing out Japanese
    (「請 求 金 額」) and the letter-spacing of titles (「催 告 書」).
    """
    s = unicodedata.normalize("NFKC", s).translate(_DASHES)
    s = s.replace("\u3000", " ").replace("\u200b", "")
    s = re.sub(r"[ \t]+", " ", s).strip()
    s = re.sub(r"(\d)\. (\d+ ?%)", r"\1.\2", s)  # 「年19. 9%」: OCR spaces out a decimal point
    s = re.sub(r"(?<=年\d\d)[:;](?=\d\s?%)", ".", s)  # and a fax reads it as a colon: 「年14:6%」
    # 「2026年(令和8年)2月10日」, 「令和8年(2026年)2月10日」: one year, written twice.
    s = re.sub(r"(\d{4}年) ?\((?:令和|平成|昭和)(?:元|\d{1,2})年\) ?(?=\d{1,2}月)", r"\1", s)
    s = re.sub(r"((?:令和|平成|昭和)(?:元|\d{1,2})年) ?\(\d{4}年\) ?(?=\d{1,2}月)", r"\1", s)
    s = s.replace("(口)", "(ロ)").replace("(八)", "(ハ)")  # OCR reads the case codes ロ, ハ as the kanji 口, 八
    s = re.sub(r"(?<=年) ?\(7\) ?(?=第)", "(ワ)", s)  # and ワ as 7: 「令和8年(7)第96号」
    s = re.sub(r"(?<=\d);(?=\d{3}(?!\d))", ",", s)  # a faded comma read as ; 「557;357円」
    # A fax's 円 at the end of a table cell read as 「14」, 「1}」 or 「P]」: 「1,884,45014」 is no number.
    s = re.sub(r"(?<![\d,])(\d{1,3}(?:,\d{3})+)(?:\d{1,2}[}\]]?|P[}\]]|[}\]])$", r"\1円", s)
    s = re.sub(r"\(([月火水木金土日])\)\)", r"(\1)", s)  # a scan doubles the weekday's bracket: 「7月31日(木))までに」
    # and 日 before the weekday read as 「11」: 「令和8年2月2011(金)」.
    s = re.sub(r"(月\d{2})11(?=\s?[(（][月火水木金土日][)）])", r"\1日", s)
    # A letter on squared paper (内容証明) puts each digit in a cell of its own: 「金2, 8 4 1 , 0 0 0円」.
    s = re.sub(r"(?<=金)\s?\d(?: ?,? ?\d)+\s?(?=円)", lambda m: re.sub(r"\s", "", m.group(0)), s)
    # 「673,1 21」: a scan splits a group of three digits after a comma.
    s = re.sub(r"(?<=\d,)(\d) (\d\d)(?![\d,])|(?<=\d,)(\d\d) (\d)(?![\d,])", lambda m: "".join(g for g in m.groups() if g), s)
    # 「2026/03/0910:42」: a text layer glues the time to the date; a day has two digits.
    s = re.sub(r"(\d{4}/\d{1,2}/\d{2})(?=\d{1,2}:\d{2})", r"\1 ", s)
    return japanese_forms(_SPACE_BETWEEN_CJK.sub("", s))


def compact(s: str) -> str:
    """`text` with every space removed: the form names are compared and returned in."""
    return re.sub(r"\s+", "", text(s))


def pages(ocr_pages: list[OcrPage]) -> list[OcrPage]:
    """The normalize stage: fill `norm` on every line, keep the raw text untouched."""
    out = []
    for page in ocr_pages:
        lines = tuple(line.model_copy(update={"norm": text(_from_characters(line))}) for line in page.lines)
        out.append(page.model_copy(update={"lines": lines}))
    return out


SEAL_UNSURE = 0.6  # character confidence under a seal's ink; clean print reads at 0.9-1.0
HYPHEN_UNSURE = 0.8  # a vertical hyphen read as 1 scored 0.49-0.75; real digits there read at 0.98-1.0


def _katakana(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa"


def _from_characters(line: OcrLine) -> str:
    """The line's text with two OCR slips undone that only the character boxes reveal.

    Vertical ー. In vertical writing ー is a bare vertical stroke, and the recognizer tends to
    skip it (株式会社ハルカゼカード read as …カゼカド). It leaves a character-sized gap between
    the character boxes; between two katakana nothing but ー stands there.

    Seal over 株. A company seal stamped over 「株式会社」 can make the recognizer see two
    unsure characters where 株 stands (…信用保証機株式会社). A character read with little
    confidence right before an unsure 株 of 株式会社 is dropped; a confident one (証券株式会社)
    never is.
    """
    words = line.words
    if len(words) < 2 or any(len(w.text) != 1 for w in words) or "".join(w.text for w in words) != line.text:
        return line.text
    chars = [w.text for w in words]
    # Vertical hyphen. A hyphen set in a column (ＩＲ－５５２０１) is a bare vertical stroke too; the
    # recognizer reads it as an unsure 1 between the letters and the digits of a number. RapidOCR's
    # pages arrive mended from the image already (`ocr.rapid.mend_column_dashes`); this text-only
    # reading catches what another engine or recorded OCR still holds.
    if line.vertical:
        for i in range(1, len(words) - 1):
            if chars[i] == "1" and words[i].confidence < HYPHEN_UNSURE and chars[i - 1].isascii() and chars[i - 1].isalpha() and chars[i + 1].isdigit():
                chars[i] = "-"
    keep = [True] * len(words)
    for i in range(len(words) - 4):
        if "".join(chars[i + 1 : i + 5]) == "株式会社" and words[i].confidence < SEAL_UNSURE and words[i + 1].confidence < SEAL_UNSURE:
            keep[i] = False
    out = [chars[0]] if keep[0] else []
    pitch = sorted(w.bbox[3] - w.bbox[1] for w in words)[len(words) // 2]
    for i in range(1, len(words)):
        before, after = words[i - 1], words[i]
        gap = after.bbox[1] - before.bbox[3]
        if line.vertical and _katakana(before.text) and _katakana(after.text) and gap >= 0.6 * pitch:
            out.append("ー")
        if keep[i]:
            out.append(chars[i])
    return "".join(out)


def line_text(line: OcrLine) -> str:
    return line.norm or text(line.text)


# --------------------------------------------------------------------------- numbers

_KANJI_NUM = "〇零一二三四五六七八九十百千万萬壱弐参拾陌阡"
_DAIJI = str.maketrans({"萬": "万", "零": "〇", "陌": "百", "阡": "千", "弐": "二", "参": "三", "壱": "一", "拾": "十"})


_KANJI_CASE = re.compile(rf"(令和|平成|昭和)\s*(元|[{_KANJI_NUM}]{{1,3}})\s*年\s*([(（][^)）]{{1,3}}[)）])\s*第\s*([{_KANJI_NUM}]{{1,7}})\s*号")


def case_number_digits(s: str) -> str:
    """「令和七年(ハ)第一二三号」 → 「令和7年(ハ)第123号」: a case number in kanji, written as the courts' index has it."""

    def arabic(m: re.Match[str]) -> str:
        year = "元" if m[2] == "元" else str(kanji_int(m[2]))
        return f"{m[1]}{year}年{m[3]}第{kanji_int(m[4])}号"

    return _KANJI_CASE.sub(arabic, s)


def kanji_int(s: str) -> int | None:
    """Kanji or 大字 numerals (二十四, 一二三, 壱百弐拾参万) or plain digits → int."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    if s.isdigit():
        return int(s)
    try:
        return int(kanji2number(s.translate(_DAIJI)))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _num(s: str) -> int | None:
    s = s.strip()
    if re.fullmatch(r"\d+", s):
        return int(s)
    return kanji_int(s)


# --------------------------------------------------------------------------- amounts

# A digit group as printed: 1,234,567 / 1.234.567 (commas misread as periods) / 1234567.
_DIGITS = r"\d{1,6}(?:[,.]\d{3})+|\d+"
_KANJI_AMOUNT = rf"[{_KANJI_NUM}]+"

AMOUNT_RE = re.compile(
    rf"""
    (?P<minus>[△▲-])?
    (?:(?P<kin>金)\s*|(?P<yen_sign>[¥￥\\])\s*)?
    (?:
        (?P<man>\d{{1,5}})\s*万\s*(?P<man_rest>{_DIGITS})?\s*円
      | (?P<digits>{_DIGITS})\s*(?P<unit>千円|円|万円)?
      | (?P<kanji>{_KANJI_AMOUNT})\s*円
    )
    (?:也|-|※|\.-)?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Match:
    value: object
    start: int
    end: int
    text: str


def _digits_value(s: str) -> int | None:
    # Yen have no decimals: "1.234.567" is an OCR reading of "1,234,567".
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", s):
        return int(re.sub(r"[,.]", "", s))
    if s.isdigit():
        return int(s)
    return None


_KANJI_DIGITS = "〇一二三四五六七八九"
# Vertical letters write digits as kanji, grouped by 、 in threes: 金一、二三六、四八〇円.
_KANJI_GROUPED = re.compile(rf"(?<![{_KANJI_DIGITS}十百千万、,])[{_KANJI_DIGITS}]{{1,6}}(?:[、,][{_KANJI_DIGITS}]{{3}})+(?=円)")


# After 金 and whole groups of three, a fourth digit 1 (or ]) is the 円 the fax blurred.
# A faxed 円 also reads as P, F or [ after whole groups: 「8,946,300P」, 「63,420[」.
_YEN_AS_ONE = re.compile(
    r"(?<=金\d[,.]\d{3})[1\]l](?![\d,円])|(?<=金\d\d[,.]\d{3})[1\]l](?![\d,円])|(?<=\d{3}[,.]\d{3})[1\]l](?![\d,円])"
    r"|(?<=\d[,.]\d{3})[PF\[](?![A-Za-z\d])"
)


def _grouped_digits(m: re.Match[str]) -> str:
    return "".join(str(_KANJI_DIGITS.index(c)) if c in _KANJI_DIGITS else "," for c in m.group(0))


def amounts(s: str, *, bare_numbers: bool = False, unit: int = 1) -> Iterator[Match]:
    """Yen amounts in normalised text.

    A bare number (no 金, ¥ or 円) counts only when `bare_numbers` is set, i.e. in a table
    whose header says (単位:円) or next to an amount label. `unit` is 1000 under (単位:千円).
    """
    s = _KANJI_GROUPED.sub(_grouped_digits, s)  # 金一、二三六、四八〇円: same length, so positions hold
    s = _YEN_AS_ONE.sub(" ", s)  # 金14,306,2001: a faxed 円 read as 1 (same length again)
    for m in AMOUNT_RE.finditer(s):
        value: int | None
        if m["man"]:
            rest = _digits_value(m["man_rest"]) if m["man_rest"] else 0
            value = int(m["man"]) * 10_000 + (rest or 0)
        elif m["kanji"]:
            if not (m["kin"] or len(m["kanji"]) >= 2):
                continue
            value = kanji_int(m["kanji"])
        else:
            digits = m["digits"]
            value = _digits_value(digits)
            marked = m["kin"] or m["yen_sign"] or m["unit"]
            if value is None and marked and re.fullmatch(r"\d{4,6}(?:[,.]\d{3})+", digits):
                # 「金18402,516円」, 「金一八四〇二、五一六円」: the first separator was lost, not a digit.
                value = int(re.sub(r"[,.]", "", digits))
            if value is None or not (marked or bare_numbers):
                continue
            if not marked and "," not in digits and "." not in digits and len(digits) < 3 and unit == 1:
                continue  # a lone small number in a yen table is a count or a day; in a 千円 table it is money
            if m["unit"] == "千円" or (not m["unit"] and unit == 1000):
                value *= 1000
            elif m["unit"] == "万円":
                value *= 10_000
        if value is None:
            continue
        if m["minus"] in ("△", "▲"):
            value = -value
        yield Match(value, m.start(), m.end(), m.group(0))


def yen(s: str) -> int | None:
    """The first yen amount in a string, or None."""
    return next((int(m.value) for m in amounts(s, bare_numbers=True) if isinstance(m.value, int)), None)


# --------------------------------------------------------------------------- dates


@cache
def _era_starts() -> dict[str, int]:
    """Era name (and its initial) → Gregorian year of its first year, from japanera."""
    starts: dict[str, int] = {}
    for era in japanera.ERA_DATA_GENERAL:
        if era.since is not None and era.since.year >= 1868:
            starts[era.kanji] = era.since.year
            starts[era.kanji[0]] = era.since.year
            starts[era.english_head.upper()] = era.since.year
    return starts


_N = rf"(?:\d{{1,2}}|[{_KANJI_NUM}]{{1,3}})"
ERA_DATE_RE = re.compile(
    rf"(?P<era>令和|平成|昭和|大正|[令平昭]|[RHST](?=\s*\d))\s*(?P<y>元|{_N})\s*(?:年|[./-]|(?<=\d):)\s*"
    rf"(?P<m>{_N})\s*(?:月|[./-]|(?<=\d):)\s*(?P<d>{_N})(?![\d,]*,\d{{3}})(?:\s*日)?"
)
WEST_DATE_RE = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d\d|[一二〇][〇一二三四五六七八九]{{3}})\s*(?:年|[./-])\s*(?P<m>{_N})\s*(?:月|[./-])\s*(?P<d>{_N})(?![\d,]*,\d{{3}})(?:\s*日)?"
)
# (A day is followed by no figure grouped in thousands: 「2025年8月 12,000円」 is a month and an amount.)
# 「25/11/20」: a card company's system prints the year in two digits.
SHORT_YEAR_DATE_RE = re.compile(r"(?<![\d/.\-])(?P<y>[0-4]\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")
MONTH_DAY_RE = re.compile(rf"(?<![\d年./-])(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*日")


def _make_date(y: int, m: int | None, d: int | None) -> date | None:
    if m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _era_year(era: str, y: str) -> int | None:
    start = _era_starts().get(era)
    n = 1 if y == "元" else _num(y)
    if start is None or n is None or not 1 <= n <= 99:
        return None
    return start + n - 1


def dates(s: str, *, ref: date | None = None) -> Iterator[Match]:
    """Dates in normalised text: era, Western, month-day (year from `ref`), and 同年…/同月…/同日 (the year,
    month or day of the date written last before)."""
    found = list(_dates(s, ref=ref))
    yield from found
    for m in SAME_DATE_RE.finditer(s):
        before = [d for d in found if d.end <= m.start() and isinstance(d.value, date)]
        if not before or any(d.start <= m.start() < d.end for d in found):
            continue
        last: date = max(before, key=lambda d: d.end).value  # type: ignore[assignment]
        if m["y"]:
            d = _make_date(last.year, _num(m["m"]), _num(m["d"]))
        elif m["mo"]:
            d = _make_date(last.year, last.month, _num(m["md"]))
        else:
            d = last
        if d:
            found.append(Match(d, m.start(), m.end(), m.group(0)))  # 「同年9月30日…同日」: the 同日 is 9月30日
            yield found[-1]


# 「同年9月30日」, 「同月10日」, 「同日」 (not 同日付 of a letter's reference to itself, nor 同日中 of a time).
SAME_DATE_RE = re.compile(
    rf"(?P<y>同年)\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*日|(?P<mo>同月)\s*(?P<md>{_N})\s*日|同日(?![付中])"
)


def _dates(s: str, *, ref: date | None = None) -> Iterator[Match]:
    taken: list[tuple[int, int]] = []
    for m in ERA_DATE_RE.finditer(s):
        year = _era_year(m["era"], m["y"])
        d = _make_date(year, _num(m["m"]), _num(m["d"])) if year else None
        if d:
            taken.append((m.start(), m.end()))
            yield Match(d, m.start(), m.end(), m.group(0))
    for m in WEST_DATE_RE.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        year = _num(m["y"]) if m["y"].isdigit() else kanji_int(m["y"].replace("〇", "0"))
        if year and not str(m["y"]).isdigit():
            year = int("".join(str("〇一二三四五六七八九".index(c)) for c in m["y"]))
        d = _make_date(year, _num(m["m"]), _num(m["d"])) if year else None
        if d:
            taken.append((m.start(), m.end()))
            yield Match(d, m.start(), m.end(), m.group(0))
    for m in SHORT_YEAR_DATE_RE.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        d = _make_date(2000 + int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            taken.append((m.start(), m.end()))
            yield Match(d, m.start(), m.end(), m.group(0))
    if ref is None:
        return
    for m in MONTH_DAY_RE.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        month, day = _num(m["m"]), _num(m["d"])
        d = _make_date(ref.year, month, day)
        # A month before the letter's month means next year (「1月10日必着」 in a December letter).
        if d and month is not None and month < ref.month - 1:
            d = _make_date(ref.year + 1, month, day)
        if d:
            yield Match(d, m.start(), m.end(), m.group(0))


_INSTALMENTS = re.compile(
    r"(?P<month>(?:令和|平成)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月)(?:\s*(?P<first>\d{1,2})\s*日)?"
    r"\s*(?:から|以降)[^。]{0,40}?"
    r"毎月\s*(?P<day>末|\d{1,2})\s*日\s*(?:限り|まで)"
)


def instalment_starts(s: str) -> Iterator[Match]:
    """The first due date of a plan written by the month: 「令和8年4月から令和11年9月まで毎月末日限り金1万円ずつ」
    is due first on 2026-04-30; 「令和8年7月20日から…毎月20日限り」 on the day it names."""
    for m in _INSTALMENTS.finditer(s):
        first = first_date(m["month"] + "1日")
        if first is None:
            continue
        last_day = calendar.monthrange(first.year, first.month)[1]
        day = int(m["first"]) if m["first"] else last_day if m["day"] == "末" else int(m["day"])
        if 1 <= day <= last_day:
            yield Match(first.replace(day=day), m.start(), m.end(), m.group(0))


def first_date(s: str, *, ref: date | None = None) -> date | None:
    found = sorted(dates(s, ref=ref), key=lambda m: m.start)
    return found[0].value if found else None  # type: ignore[return-value]


# --------------------------------------------------------------------------- rates

_RATE_PATTERNS = [
    # Vertical letters write rates in kanji: 年十四・六パーセント.
    # A column may space its digits apart: 年二 〇 パーセント.
    re.compile(r"年(?:率|利)?\s*(?P<kint>[〇一二三四五六七八九十](?:\s?[〇一二三四五六七八九十]){0,2})(?:[・.](?P<kdec>[〇一二三四五六七八九]{1,3}))?\s*(?:パ[ー一-]?セント|%)"),
    re.compile(r"年(?:率|利)?\s*(?P<pct>\d{1,2}(?:\.\d{1,3})?)\s*(?:%|パ[ー一-]?セント|％)"),
    re.compile(r"(?P<pct>\d{1,2}(?:\.\d{1,3})?)\s*(?:%|パーセント)\s*\(?年"),
    re.compile(r"年\s*(?P<wari>[\d一二三四五六七八九]+)割(?:(?P<bu>[\d一二三四五六七八九]+)分)?(?:(?P<rin>[\d一二三四五六七八九]+)厘)?"),
    # Court papers count whole percent in 分: 「年3分の割合による金員」 is 3 %.
    re.compile(r"年\s*(?P<bu>[\d一二三四五六七八九十]{1,2})分(?:(?P<rin>[\d一二三四五六七八九]+)厘)?(?=の(?:割合|利率|率))"),
    re.compile(rf"日歩\s*(?P<sen>\d+(?:\.\d+)?|[{_KANJI_NUM}]{{1,3}})\s*銭"),
]


def rates(s: str) -> Iterator[Match]:
    """Annual percentage rates: 年14.6%, 年14.6パーセント, 年1割4分6厘, 日歩4銭 (=14.6%)."""
    for pattern in _RATE_PATTERNS:
        for m in pattern.finditer(s):
            groups = m.groupdict()
            if groups.get("kint"):
                whole = kanji_int(groups["kint"].replace(" ", "")) or 0
                decimals = "".join(str("〇一二三四五六七八九".index(c)) for c in groups.get("kdec") or "")
                value = float(f"{whole}.{decimals or 0}")
            elif groups.get("pct"):
                value = float(groups["pct"])
            elif groups.get("wari") or groups.get("bu"):
                parts = [_num(groups.get(k) or "0") or 0 for k in ("wari", "bu", "rin")]
                value = parts[0] * 10 + parts[1] + parts[2] / 10
            else:
                sen = groups["sen"]
                value = (float(sen) if sen[0].isdigit() else kanji_int(sen) or 0) * 365 / 100
            if 0 < value <= 109.5:
                yield Match(round(value, 3), m.start(), m.end(), m.group(0))


# --------------------------------------------------------------------------- phones, numbers

PHONE_RE = re.compile(
    # A fax may read a hyphen as a colon: 「TEL022:000-5186」.
    r"(?<!\d)(0\d{1,4})\s*[-(:]\s*(\d{1,4})\s*[-):.]\s*(\d{3,4})(?!\d|\.\d)|(?<!\d)(0[5-9]0\d{8}|0120\d{6}|0\d{9})(?!\d)"
    r"|\(\s*(0\d{1,4})\s*\)\s*(\d{1,4})\s*-\s*(\d{3,4})(?!\d)"  # (025)000-4128
)


# Inside a run of kanji digits an Arabic 1 is a vertical hyphen the recognizer misread (〇三1〇〇〇〇1…).
_KANJI_DIGIT_RUN = re.compile(r"[〇一二三四五六七八九](?:[〇一二三四五六七八九ー\-()1]*[〇一二三四五六七八九])?")


def _kanji_digits(s: str) -> str:
    """〇三－〇〇〇〇－一二三四 (vertical letters) → 03-0000-1234; single kanji (一郎) are left alone."""

    def convert(m: re.Match[str]) -> str:
        run = m.group(0)
        if sum(c in "〇一二三四五六七八九" for c in run) < 6:
            return run
        return "".join(str("〇一二三四五六七八九".index(c)) if c in "〇一二三四五六七八九" else "-" if c in "ー1" else c for c in run)

    return _KANJI_DIGIT_RUN.sub(convert, s)


def phones(s: str) -> Iterator[Match]:
    """Japanese phone numbers as digits and hyphens: 03(1234)5678 → 03-1234-5678."""
    # Vertical letters print 〇九八四―〇〇―五二一〇, and the recognizer drops the vertical dashes: put
    # them back. A number printed unbroken in Arabic digits stays as printed.
    if "〇" in s:  # a column read with gaps: 「〇 二三八 ( 〇 〇 ) 四四一 〇」
        s = re.sub(r"(?<=[〇一二三四五六七八九()（）―])\s+(?=[〇一二三四五六七八九()（）―])", "", s)
    in_kanji = bool(re.search(r"[〇一二三四五六七八九]{4}", s))
    if in_kanji:
        yield from _dash_read_as_one(s)
    s = _kanji_digits(s)
    for m in PHONE_RE.finditer(s.translate(_DIGIT_LOOKALIKES) if re.search(r"\d", s) else s):
        if m.group(4):
            value = _grouped(m.group(4)) if in_kanji else m.group(4)
        elif m.group(5):
            value = f"{m.group(5)}-{m.group(6)}-{m.group(7)}"
        else:
            value = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        # Ten digits, eleven for a mobile; a letter may also print a short exchange (「06-000-3391」).
        if 10 <= len(value.replace("-", "")) <= 11 or re.fullmatch(r"0\d-\d{3}-\d{4}", value):
            yield Match(value, m.start(), m.end(), m.group(0))


def _dash_read_as_one(s: str) -> Iterator[Match]:
    """〇四五一〇〇〇一九二六: eleven digits that are no mobile number, one of whose 一 is the vertical
    dash ― read as the kanji one. The 一 to drop is the one that falls where the number's own
    grouping puts a hyphen (after the area code 045 here, not inside 1926)."""
    for m in re.finditer(r"〇[〇一二三四五六七八九]{10}(?![〇一二三四五六七八九])", s):
        run = m.group(0)
        if run[:3] in ("〇七〇", "〇八〇", "〇九〇", "〇五〇"):
            continue  # eleven digits are right for a mobile or IP phone
        found = []
        for i, c in enumerate(run):
            if c != "一":
                continue
            digits = "".join(str("〇一二三四五六七八九".index(d)) for j, d in enumerate(run) if j != i)
            grouped = _grouped(digits)
            bounds = {len(part) for part in _cumulative(grouped.split("-"))[:-1]}
            if i in bounds:
                found.append(grouped)
        if len(found) == 1:
            yield Match(found[0], m.start(), m.end(), run)


def _cumulative(parts: list[str]) -> list[str]:
    return ["".join(parts[: k + 1]) for k in range(len(parts))]


def _grouped(digits: str) -> str:
    """An unbroken number with its hyphens where the Japanese numbering plan puts them, from the
    length of its area code (0984-00-5210, 03-0000-8217, 0120-000-318)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, "JP")
    except phonenumbers.NumberParseException:
        return digits
    grouped = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return grouped if grouped.replace("-", "") == digits else digits


LICENSE_RE = re.compile(
    # 「法務大応許可第34号」: a fax may blur 臣 (the words around it say what it is)
    # or drop it, and read 番 as 済 (「法務大許可済号第246号」)
    # or print a middle dot before the number (「法務大臣許可番号・第91号」)
    # and 務 as 移, 可 as 司, 号 as 母 (「法移大臣許司番号第731号」, 「第11母」); the trade may stand before the
    # number (「法務大臣許可債権回収業第408号」).
    rf"法[務移][大太][臣応巨臥]?\s*(?:許[可司])?\s*(?:[番済]号)?\s*[:：・]?\s*(?:許[可司])?\s*(?:債権(?:管理)?回収業)?\s*第\s*(?P<n>\d+|[{_KANJI_NUM}]+)\s*[号母]"
    rf"|許[可司]番号\s*[:：・]?\s*(?:法務大臣)?\s*第\s*(?P<n2>\d+|[{_KANJI_NUM}]+)\s*[号母]"
    # 「債権管理回収業 法務大臣許可 No.10」
    rf"|法務[大太][臣応巨臥]\s*許可\s*(?:番号)?\s*(?:No|NO|№)\.?\s*(?P<n3>\d+)(?!\d)"
)


def license_numbers(s: str) -> Iterator[Match]:
    """法務大臣許可番号 第N号 → N."""
    for m in LICENSE_RE.finditer(s):
        n = _num(m["n"] or m["n2"] or m["n3"])
        if n is not None and 0 < n < 10000:  # a fake servicer's 「第1207号」 is printed as such
            yield Match(n, m.start(), m.end(), m.group(0))
