"""Set 45 (copied from set 18, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds the furniture of office systems that print straight to PDF: a Word-like
running header and footer on every page (`word_frame`), the courts' standard A4 page (`court_page`, `court_foot`) and a
spreadsheet grid with column letters (`sheet`)."""
from __future__ import annotations

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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "word_frame", "court_page", "court_foot",
           "sheet"]

LIGHT = (0.72, 0.72, 0.72)


def word_frame(p, n: int, of: int, head_l: str, head_r: str, foot: list[str], size: float = 7.5) -> None:
    """A word processor's running header (two texts over a hairline) and footer (small lines and 'n / of')."""
    p.at(20, 12.5, head_l, size=size, color=GRAY)
    p.at(190, 12.5, head_r, size=size, color=GRAY, align="r")
    p.add(Line(20, 14.2, 190, 14.2, 0.2, GRAY))
    p.add(Line(20, 281, 190, 281, 0.2, GRAY))
    for i, s in enumerate(foot):
        p.at(20, 284.5 + i * 3.3, s, size=size - 0.8, color=GRAY)
    p.at(190, 284.5, f"{n} / {of}", size=size, color=GRAY, align="r")


def court_page(size: float = 12.0) -> Page:
    """The courts' standard A4 page: 横書き, left margin 30 mm (binding), top 35 mm, Mincho 12 pt, wide leading."""
    return Page(font="serif", size=size, left=30, right=20, top=35, leading=1.95)


def court_foot(p, n: int) -> None:
    p.at(110, 285, f"－ {n} －", size=10.5, font="serif", align="c")


def sheet(p, x: float, y: float, widths: list[float], rows: list[list[str]], aligns: str, h: float = 6.2,
          size: float = 8.5, header_rows: int = 1, letters: bool = True, bold_last: bool = True) -> float:
    """A spreadsheet printed with its gridlines: grey column letters A, B, C… and row numbers, light grid, a shaded
    header row, figures right-aligned. Returns the y below."""
    total = sum(widths)
    if letters:
        cx = x
        for i, w in enumerate(widths):
            p.add(Box(cx, y, w, 4.2, 0.15, LIGHT, (0.95, 0.95, 0.95)))
            p.at(cx + w / 2, y + 3.1, "ABCDEFGHIJ"[i], size=6, align="c", color=GRAY)
            cx += w
        p.add(Box(x - 6, y, 6, 4.2, 0.15, LIGHT, (0.95, 0.95, 0.95)))
        y += 4.2
    for r, row in enumerate(rows):
        if letters:
            p.add(Box(x - 6, y, 6, h, 0.15, LIGHT, (0.95, 0.95, 0.95)))
            p.at(x - 3, y + h / 2 + 1.0, str(r + 1), size=6, align="c", color=GRAY)
        cx = x
        head = r < header_rows
        last = bold_last and r == len(rows) - 1
        for c, (txt, w) in enumerate(zip(row, widths, strict=True)):
            p.add(Box(cx, y, w, h, 0.15, LIGHT, (0.86, 0.90, 0.96) if head else None))
            if txt:
                a = "c" if head else aligns[c]
                tx = {"l": cx + 1.2, "c": cx + w / 2, "r": cx + w - 1.2}[a]
                p.at(tx, y + h / 2 + size * PT_MM * 0.36, txt, size=size, align=a,
                     font="sans-bold" if (head or last) else "sans")
            cx += w
        y += h
    p.add(Line(x, y, x + total, y, 0.15, LIGHT))
    return y
