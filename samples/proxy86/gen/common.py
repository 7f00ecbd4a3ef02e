"""Set 86 (set 18's common.py, plus wdate / kyen / vcheck2; set 18 copied it from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). This set adds the furniture
of a mass-mailing system's letter: customer barcode bars, QR-like squares, an address window, a 重要/親展 stamp, a
boxed sender block, label/value grids, a 払込取扱票 (payment slip) at the foot and a よくあるご質問 page."""
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "wdate", "kyen", "vcheck2"]


# --- added by set 86 -----------------------------------------------------------------------------------------


def wdate(d) -> str:
    """2026年4月17日"""
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    """金三十八万四千円 (positional kanji)."""
    from samples.letters.fmt import kanji_number
    return "金" + kanji_number(n) + "円"


def vcheck2(pages) -> None:
    """vcheck, plus: no 縦書き column ends with an era name (令 / 令和 / 平成) that the next column continues."""
    from samples.letters.layout import VText
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s.endswith(("令和", "平成")) or (a.s.endswith(("令", "平")) and b.s[:1] in ("和", "成")):
                raise AssertionError(f"column breaks after an era name: …{a.s[-6:]} | {b.s[:6]}…")
