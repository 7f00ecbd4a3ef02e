"""Formatting of dates, money and numbers the way Japanese letters print them.

Each style mirrors a row of the date / amount tables in the research notes, so that the
sample set exercises every spelling the parser has to read.
"""

from __future__ import annotations

from datetime import date

_FW = str.maketrans("0123456789,./-()%:", "０１２３４５６７８９，．／－（）％：")
_KANJI_DIGIT = "〇一二三四五六七八九"
_WEEKDAY = "月火水木金土日"


def fullwidth(s: str) -> str:
    """Digits and common ASCII punctuation to their full-width forms."""
    return s.translate(_FW)


def kanji_digits(s: str) -> str:
    """Digit by digit (〇一二三…), as used for phone and case numbers in vertical text."""
    return "".join(_KANJI_DIGIT[int(c)] if c.isdigit() else c for c in s)


def kanji_small(n: int) -> str:
    """Positional kanji for 1..99 (十一, 二十四): years, months and days in vertical letters."""
    if n < 10:
        return _KANJI_DIGIT[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI_DIGIT[tens]) + "十" + ("" if ones == 0 else _KANJI_DIGIT[ones])


def era(d: date) -> tuple[str, int]:
    """Era name and year; 令和 began on 2019-05-01."""
    if d >= date(2019, 5, 1):
        return "令和", d.year - 2018
    return "平成", d.year - 1988


def fmt_date(d: date, style: str = "kanji", weekday: bool = False) -> str:
    """Render a date in one of the styles of research §1.0.2.

    kanji 令和7年11月24日 · fw 令和７年１１月２４日 · gannen (令和元年 for year 1, else kanji) ·
    jis R7.11.24 · jis0 R07.11.24 · west 2025年11月24日 · slash 2025/11/24 · dot 2025.11.24 ·
    kansuji 令和七年十一月二十四日 · west_fw ２０２５年１１月２４日
    """
    name, y = era(d)
    initial = {"令和": "R", "平成": "H"}[name]
    if style == "kanji":
        s = f"{name}{y}年{d.month}月{d.day}日"
    elif style == "gannen":
        s = f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    elif style == "fw":
        s = fullwidth(f"{name}{y}年{d.month}月{d.day}日")
    elif style == "jis":
        s = f"{initial}{y}.{d.month}.{d.day}"
    elif style == "jis0":
        s = f"{initial}{y:02d}.{d.month:02d}.{d.day:02d}"
    elif style == "west":
        s = f"{d.year}年{d.month}月{d.day}日"
    elif style == "west_fw":
        s = fullwidth(f"{d.year}年{d.month}月{d.day}日")
    elif style == "slash":
        s = f"{d.year}/{d.month:02d}/{d.day:02d}"
    elif style == "dot":
        s = f"{d.year}.{d.month:02d}.{d.day:02d}"
    elif style == "kansuji":
        ys = "元" if y == 1 else kanji_small(y)
        s = f"{name}{ys}年{kanji_small(d.month)}月{kanji_small(d.day)}日"
    else:
        raise ValueError(style)
    if weekday:
        wd = _WEEKDAY[d.weekday()]
        s += f"（{wd}）" if style in ("fw", "west_fw", "kansuji") else f"({wd})"
    return s


def comma(n: int) -> str:
    return f"{n:,}"


def _kanji_4(n: int, daiji: bool) -> str:
    """0..9999 in kanji with 千百十 units."""
    digits = "〇壱弐参四五六七八九" if daiji else _KANJI_DIGIT
    ten = "拾" if daiji else "十"
    out = ""
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, ten)):
        q, n = divmod(n, unit_value)
        if q:
            # 大字 keeps 壱 before every unit (anti-tampering); plain kanji drops 一.
            out += ("" if (q == 1 and not daiji) else digits[q]) + unit
    if n:
        out += digits[n]
    return out


def kanji_number(n: int, daiji: bool = False) -> str:
    """123456 → 十二万三千四百五十六; with daiji → 壱拾弐万参千四百五拾六."""
    if n == 0:
        return "零" if daiji else "〇"
    parts = []
    for unit_value, unit in ((10**8, "億"), (10**4, "万"), (1, "")):
        q, n = divmod(n, unit_value)
        if q:
            parts.append(_kanji_4(q, daiji) + unit)
    return "".join(parts)


def yen(n: int, style: str = "kin") -> str:
    """Render an amount in one of the styles of research §1.0.3.

    kin 金1,234,567円 · kin_sp 金 1,234,567 円 · en 1,234,567円 · kin_fw 金１，２３４，５６７円 ·
    fw １，２３４，５６７円 · yen_dash ￥1,234,567- · yen_kome ¥1,234,567※ · plain 1,234,567 ·
    sen 1,235 (only for exact thousands) · daiji 金壱百弐拾参万四千五百六拾七円 ·
    kanji 金百二十三万四千五百六十七円 · kanji_bare 百二十三万四千五百六十七円 · yaku 金1,234,567円也
    """
    if style == "kin":
        return f"金{n:,}円"
    if style == "kin_sp":
        return f"金 {n:,} 円"
    if style == "en":
        return f"{n:,}円"
    if style == "kin_fw":
        return fullwidth(f"金{n:,}円")
    if style == "fw":
        return fullwidth(f"{n:,}円")
    if style == "yen_dash":
        return f"￥{n:,}-"
    if style == "yen_kome":
        return f"¥{n:,}※"
    if style == "plain":
        return f"{n:,}"
    if style == "sen":
        if n % 1000:
            raise ValueError(f"{n} is not a whole number of thousands")
        return f"{n // 1000:,}"
    if style == "daiji":
        return f"金{kanji_number(n, daiji=True)}円"
    if style == "kanji":
        return f"金{kanji_number(n)}円"
    if style == "kanji_bare":
        return f"{kanji_number(n)}円"
    if style == "yaku":
        return f"金{n:,}円也"
    raise ValueError(style)


def rate(r: float, style: str = "pct") -> str:
    """年14.6% · 年14.6パーセント · 年率14.60％ · 年十四・六パーセント (vertical)."""
    txt = f"{r:g}"
    if style == "pct":
        return f"年{txt}%"
    if style == "pct_fw":
        return fullwidth(f"年{txt}%")
    if style == "percent_word":
        return f"年{txt}パーセント"
    if style == "nenritsu":
        return f"年率{r:.2f}％"
    if style == "kansuji":
        whole, _, frac = txt.partition(".")
        s = kanji_small(int(whole)) + ("・" + kanji_digits(frac) if frac else "")
        return f"年{s}パーセント"
    raise ValueError(style)
