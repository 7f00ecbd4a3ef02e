"""The proxy sets share their truth builder: samples/letters/proxykit.py. Set 8 reuses set 6's small drawing helpers."""
from __future__ import annotations

from samples.letters.fmt import kanji_digits
from samples.letters.layout import PT_MM, Box, Line, Page, Text, text_width
from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after"]


def leader(p: Page, label: str, value: str, x0: float, x1: float, size: float | None = None,
           font: str | None = None, dot: str = "…") -> None:
    """label ……… value on one line (dotted leader), value flush right at x1."""
    size = size or p.size
    font = font or p.font
    base = p.y + size * PT_MM
    p.add(Text(x0, base, label, size, font))
    p.add(Text(x1, base, value, size, font, "r"))
    free = (x1 - text_width(value, size, font)) - (x0 + text_width(label, size, font)) - 2.0
    assert free > 4.0, (label, value, free)
    n = max(2, int(free / text_width(dot, size, font)))
    p.add(Text(x0 + text_width(label, size, font) + 1.0, base, dot * n, size, font))
    p.y += p.lh(size)


def cell(p: Page, x: float, y: float, w: float, h: float, label: str, value: str, lsize: float = 7.5,
         vsize: float = 11.0, font: str | None = None, vfont: str | None = None, align: str = "l",
         width: float = 0.3) -> None:
    """A form cell: the small label on top, the value below it (label above value)."""
    font = font or p.font
    p.add(Box(x, y, w, h, width))
    p.add(Text(x + 1.5, y + 1.2 + lsize * PT_MM, label, lsize, font))
    vx = {"l": x + 2.5, "r": x + w - 2.5, "c": x + w / 2}[align]
    p.add(Text(vx, y + h - 2.0, value, vsize, vfont or font, align))


def kman(n: int) -> str:
    """金一二三万四五六七円 style: kanji digits with a 万 unit (vertical letters)."""
    hi, lo = divmod(n, 10000)
    if not hi:
        return "金" + kanji_digits(str(lo)) + "円"
    return "金" + kanji_digits(str(hi)) + "万" + kanji_digits(f"{lo:04d}") + "円"


def split_lines(p: Page, lines: list[str], x: float, size: float | None = None, font: str | None = None) -> None:
    """Lines set exactly as given (used to break an amount across two lines, as justified text does)."""
    for s in lines:
        p.line(s, x=x, size=size, font=font)


def seal_after(it, size, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


_ = (Line, kanji_digits)
