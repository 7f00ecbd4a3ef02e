"""Set 57 (copied from set 18, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds the furniture of further systems that print straight to PDF: a diagonal
watermark under the text (`watermark`), a filled-in PDF form field (`field`, `tick`), a fixed-pitch field of a
core-banking print (`fix`), a browser's print header and footer (`browser_frame`), and a 縦書き layouter with ruby
and 割注 (`vruby_page`)."""
from __future__ import annotations

import math

from samples.letters.layout import PageSpec, VText
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
                                     era,
                                     faq,
                                     grid,
                                     kdate,
                                     qr,
                                     slip,
                                     stamp,
                                     text_width,
                                     vcheck,
                                     vsafe,
                                     wd,
                                     window,
)
from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "watermark", "field", "tick", "fix",
           "browser_frame", "vruby_page", "FIELD"]

FIELD = (0.86, 0.91, 1.0)  # the pale blue a PDF viewer shows behind a filled-in form field
INK = (0.05, 0.12, 0.45)


def watermark(p, text: str, cx: float, cy: float, size: float = 96, angle: float = 35.0, color=(0.86, 0.86, 0.86),
              step: float | None = None) -> None:
    """A diagonal watermark set character by character along a rising line, inserted at the BEGINNING of the page's
    items so that it lies under the print (its characters are in the text layer, first)."""
    step = step or size * PT_MM * 1.15
    a = math.radians(angle)
    n = len(text)
    items = []
    for i, ch in enumerate(text):
        d = (i - (n - 1) / 2) * step
        items.append(Text(cx + d * math.cos(a), cy - d * math.sin(a) + size * PT_MM * 0.35, ch, size, "sans-bold",
                          "c", color))
    p.spec.items[0:0] = items


def field(p, x, y, w, h, value, size=10.5, align="l", font="serif"):
    """A filled-in form field: pale blue background, a hairline frame, the typed value in dark blue."""
    p.add(Box(x, y, w, h, 0.15, (0.55, 0.62, 0.8), FIELD))
    if value:
        tx = {"l": x + 1.5, "r": x + w - 1.5, "c": x + w / 2}[align]
        s = size
        while text_width(value, s, font) > w - 3 and s > 6:
            s -= 0.5
        p.at(tx, y + h / 2 + s * PT_MM * 0.36, value, size=s, font=font, align=align, color=INK)


def tick(p, x, y, on: bool, label: str, size=9.5):
    """A form check box: ticked boxes carry a 「レ」 in the field colour."""
    p.add(Box(x, y, 3.6, 3.6, 0.2, (0.3, 0.3, 0.3), FIELD))
    if on:
        p.at(x + 1.8, y + 3.1, "レ", size=9, font="sans-bold", align="c", color=INK)
    p.at(x + 5.2, y + 3.1, label, size=size)


def fix(p, col: int, row: float, s: str, size: float = 9.0, x0: float = 16.0, y0: float = 30.0, pitch: float = 2.0,
        lh: float = 4.6, right: bool = False, font: str = "sans", color=(0, 0, 0)) -> None:
    """A core-banking print: every field starts (or ends, right=True) at a fixed column of a character grid."""
    x = x0 + col * pitch
    p.at(x, y0 + row * lh, s, size=size, font=font, align="r" if right else "l", color=color)


def browser_frame(p, n: int, of: int, stamp_: str, title: str, url: str) -> None:
    """A browser's print of a web mail: date-time and page title at the top, URL and n/of at the bottom."""
    p.at(10, 8, stamp_, size=7.5, font="sans")
    p.at(105, 8, title, size=7.5, font="sans", align="c")
    p.at(10, 291, url, size=7.0, font="sans")
    p.at(200, 291, f"{n}/{of}", size=7.5, font="sans", align="r")


# --- 縦書き with ruby and 割注 -----------------------------------------------------------------------------------

_NUMCH = set("〇一二三四五六七八九十百千万億０１２３４５６７８９0123456789，,．.・壱弐参拾萬")


def _units(text: str):
    """Markup: {base|kana} = base with ruby; 《right／left》 = a two-line 割注 in half-size characters."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            j = text.index("}", i)
            base, kana = text[i + 1:j].split("|")
            out.append(("r", base, kana))
            i = j + 1
        elif ch == "《":
            j = text.index("》", i)
            a, b = text[i + 1:j].split("／")
            out.append(("w", a, b))
            i = j + 1
        else:
            out.append(("c", ch))
            i += 1
    return out


def _cells(u) -> float:
    if u[0] == "c":
        return 1
    if u[0] == "r":
        return len(u[1])
    return math.ceil(max(len(u[1]), len(u[2])) / 2)


def _first(u) -> str:
    return u[1][0] if u[0] in ("c", "r") else ""


def _last(u) -> str:
    return u[1][-1] if u[0] in ("c", "r") else ""


def vruby_page(columns, size=12.0, top=24.0, bottom=272.0, right=188.0, pitch=None):
    """One 縦書き page from (kind, text) columns (kind: title | body | plain | low | bottom | blank), with ruby and 割注.
    A column never ends inside a run of digits / kanji numerals, or after 年 / 月 / 金 / 第 before one (checked with
    vcheck on the main text of each column). Returns (page, main_columns)."""
    from samples.letters.layout import _NO_LINE_START
    em = size * PT_MM
    adv = em * 1.05
    pitch = pitch or em * 1.9
    per = int((bottom - top) / adv)
    page = PageSpec()
    mains: list[str] = []
    x = right

    def emit(units, x, y0):
        main, seg, y, sy = "", "", y0, y0

        def flush():
            nonlocal seg, main
            if seg:
                page.items.append(VText(x, sy, seg, size, "serif"))
                main += seg
                seg = ""

        for u in units:
            if u[0] in ("c", "r"):
                if not seg:
                    sy = y
                seg += u[1]
                if u[0] == "r":
                    base, kana = u[1], u[2]
                    ks = size * 0.48
                    kem = ks * PT_MM
                    span = len(base) * adv
                    kp = min(1.05, span / (len(kana) * kem))
                    page.items.append(VText(x + em * 0.78, y + (span - len(kana) * kem * kp) / 2, kana, ks, "serif", kp))
                    y += span
                else:
                    y += adv
            else:
                flush()
                hs = size * 0.5
                page.items.append(VText(x + em * 0.26, y, u[1], hs, "serif", 1.05))
                page.items.append(VText(x - em * 0.26, y, u[2], hs, "serif", 1.05))
                y += _cells(u) * adv
                main += "＊"
        flush()
        return main

    first = True
    for kind, text in columns:
        if not first:
            x -= pitch
        first = False
        if kind == "blank":
            continue
        if kind == "title":
            page.items.append(VText(x - em * 0.1, top + em * 2, "　".join(text), size * 1.3, "serif-bold", 1.05))
            x -= pitch * 0.6
            mains.append("")
            continue
        units = _units(text)
        if kind == "bottom":
            n = sum(_cells(u) for u in units)
            mains.append(emit(units, x, top + (per - n) * adv))
            continue
        off = {"body": 1, "plain": 0, "low": 8}[kind]
        while units:
            room, k, used = per - off, 0, 0
            while k < len(units) and used + _cells(units[k]) <= room:
                used += _cells(units[k])
                k += 1
            while k < len(units) and units[k][0] == "c" and units[k][1] in _NO_LINE_START:
                k += 1
            if k < len(units):
                j = k
                while j > 0 and (_last(units[j - 1]) in _NUMCH or _last(units[j - 1]) in "年月日円") and \
                        _first(units[j]) in _NUMCH | set("年月日円"):
                    j -= 1
                if j < k:
                    while j > 0 and _last(units[j - 1]) in "金第":
                        j -= 1
                    if j >= 2 and _last(units[j - 2]) + _last(units[j - 1]) in ("令和", "平成"):
                        j -= 2
                    if j > 4:
                        k = j
            mains.append(emit(units[:k], x, top + off * adv))
            units = units[k:]
            off = 0
            if units:
                x -= pitch
    assert x > 14, ("vertical page overflows", x)
    vcheck([PageSpec(items=[VText(0, 0, m or "　") for m in mains])])
    return page, mains
