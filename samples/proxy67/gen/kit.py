"""Small spelling and drawing helpers of set 67 (on top of common.py)."""
from __future__ import annotations

from datetime import date as D

from common import PT_MM, Box, Line, Text, text_width, wd

from samples.letters.fmt import fullwidth, kanji_number, kanji_small

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
MAROON = (0.45, 0.08, 0.12)
INDIGO = (0.16, 0.18, 0.45)
OLIVE = (0.35, 0.40, 0.10)
PALE = (0.95, 0.95, 0.95)


def r_(d: D) -> str:
    """令和8年2月9日"""
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def rw(d: D) -> str:
    """令和8年2月24日（火）: the weekday always from the date."""
    return f"{r_(d)}（{wd(d)}）"


def h_(d: D) -> str:
    """平成 dates (contracts before 2019-05-01)."""
    assert d < D(2019, 5, 1)
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ww(d: D) -> str:
    return f"{west(d)}（{wd(d)}）"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kd(d: D) -> str:
    """令和八年一月十六日 / 平成三十一年三月八日 (vertical text)."""
    if d >= D(2019, 5, 1):
        return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"
    return f"平成{kanji_small(d.year - 1988)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def kyen(n: int) -> str:
    return f"金{kanji_number(n)}円"


def en(n: int) -> str:
    return f"{n:,}円"


def at(p, x, y, s, size=9.5, font="sans", align="l", color=(0, 0, 0)):
    p.add(Text(x, y, s, size, font, align, color))


def band(p, x, y, w, h, text, fill, size=13, color=(1, 1, 1), font="sans-bold", align="c"):
    p.add(Box(x, y, w, h, 0.0, None, fill))
    tx = {"c": x + w / 2, "l": x + 3, "r": x + w - 3}[align]
    at(p, tx, y + h / 2 + size * PT_MM * 0.36, text, size, font, align, color)


def frame(p, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None):
    p.add(Box(x, y, w, h, width, color, fill))


def hline(p, x0, x1, y, width=0.3, color=(0, 0, 0)):
    p.add(Line(x0, y, x1, y, width, color))


def dots(p, label, value, x0, x1, y, size=10, font="sans", vfont=None):
    """label ・・・・ value (middle dots), the value flush right."""
    at(p, x0, y, label, size, font)
    at(p, x1, y, value, size, vfont or font, "r")
    a = x0 + text_width(label, size, font) + 1.5
    b = x1 - text_width(value, size, vfont or font) - 1.5
    n = int((b - a) / text_width("・", size * 0.8, font))
    assert n >= 2, (label, value)
    at(p, a, y, "・" * n, size * 0.8, font, color=(0.4, 0.4, 0.4))


def grid_text(p, lines, x, y, cols, cell, size=11.0, font="serif", grid=True, pitch=None):
    """内容証明 paper: every character in its own cell of a `cols`-wide grid (light grey cells)."""
    pitch = pitch or cell * 1.12
    if grid:
        for r in range(len(lines)):
            for c in range(cols):
                p.add(Box(x + c * cell, y + r * pitch, cell, cell * 1.0, 0.12, (0.72, 0.72, 0.72)))
    for r, ln in enumerate(lines):
        assert len(ln) <= cols, (len(ln), ln)
        for c, ch in enumerate(ln):
            if ch != "　":
                at(p, x + c * cell + cell / 2, y + r * pitch + cell / 2 + size * PT_MM * 0.36, ch, size, font, "c")
    return y + len(lines) * pitch


_RUN = set("０１２３４５６７８９，．－")


def grid_wrap(text: str, cols: int) -> list[str]:
    """Fixed-width lines of `cols` characters for 内容証明 paper; a run of full-width digits never breaks, and no
    closing mark starts a line."""
    out = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if len(cur) == cols:
                k = cols
                if ch in _RUN or ch in "円年月日％":
                    while k > 0 and cur[k - 1] in _RUN:
                        k -= 1
                    if k and cur[k - 1] == "金":
                        k -= 1
                    if k < cols // 2:
                        k = cols
                if ch in "、。）」" and k == cols:
                    k = cols - 1
                out.append(cur[:k])
                cur = cur[k:]
            cur += ch
        out.append(cur)
    return out
