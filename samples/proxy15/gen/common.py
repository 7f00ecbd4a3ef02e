"""Set 15 (copied from set 14, which is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). Set 14 added the furniture
of a mass-mailing system's letter (bars, qr, window, stamp, grid, slip, faq, dashed); set 15 keeps it and adds its own
date and money spellings at the end (era with 平成, JIS R8.1.9, 2026/1/9, kanji dates, positional kanji and 大字 yen)
and `gridlines`, which cuts a 内容証明 text into fixed-width lines without splitting a date or an amount."""
from __future__ import annotations

from datetime import date as _date

from samples.letters.mailing import (
    GRAY,
    NAVY,
    PT_MM,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Text,
    bars,
    dashed,
    faq,
    grid,
    qr,
    slip,
    stamp,
    text_width,
    vsafe,
    wd,
    window,
)
from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "era", "jis", "slash", "kdate",
           "kyen", "daiji", "gridlines", "fw"]


# --- set 15: date and money spellings ------------------------------------------------------------------------

from samples.letters.fmt import fullwidth as fw  # noqa: E402
from samples.letters.fmt import kanji_number, kanji_small  # noqa: E402


def _era(d: _date) -> tuple[str, str, int]:
    if d >= _date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    return "平成", "H", d.year - 1988


def era(d: _date, fwid: bool = False, week: bool = False) -> str:
    """令和7年10月24日 / 平成27年6月19日 (full-width with fwid, （金） with week)."""
    name, _, y = _era(d)
    s = f"{name}{y}年{d.month}月{d.day}日"
    s = fw(s) if fwid else s
    return s + (f"（{wd(d)}）" if week else "")


def jis(d: _date) -> str:
    """R7.11.20 / H29.11.10 (JIS X 0301 initial, no zero padding)."""
    _, ini, y = _era(d)
    return f"{ini}{y}.{d.month}.{d.day}"


def slash(d: _date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def kdate(d: _date) -> str:
    """令和八年一月九日 / 平成二十九年三月二十四日."""
    name, _, y = _era(d)
    return f"{name}{kanji_small(y)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def daiji(n: int, man: str = "万") -> str:
    """金弐千六百四拾壱万八千参百円 (大字); man="萬" for the old form."""
    return "金" + kanji_number(n, daiji=True).replace("万", man) + "円"


_GTOK = set("0123456789０１２３４５６７８９，,．.〇一二三四五六七八九十百千万萬億壱弐参拾年月日円")


def gridlines(text: str, n: int) -> list[str]:
    """Cut `text` into lines of at most n characters (a 内容証明 grid); a line never ends inside a run of digits,
    kanji numerals, 年月日 or 円 that the next line continues (the run moves down), and no line starts with 、。）."""
    out = []
    for para in text.split("\n"):
        s = para
        while len(s) > n:
            k = n
            while s[k] in "、。）」" and k > n - 3:
                k -= 1
            if s[k - 1] in _GTOK and s[k] in _GTOK:
                j = k
                while j > 0 and s[j - 1] in _GTOK:
                    j -= 1
                if j > 0 and s[j - 1] == "金":
                    j -= 1
                if j >= 2 and s[j - 2:j] in ("令和", "平成"):
                    j -= 2
                if j > 3:
                    k = j
            out.append(s[:k])
            s = s[k:]
        out.append(s)
    return out
