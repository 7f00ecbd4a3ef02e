"""Set 85 (set 18's common.py plus vcheck_era; set 18 copied it from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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


def vcheck_era(pages) -> None:
    """vcheck, plus: no 縦書き column ends between an era name and its year (…令和 | 七年…), or inside the era name
    (…令 | 和…), nor after 第 / 金 / 年 / 月 before a numeral (vcheck already asserts those)."""
    from samples.letters.layout import VText
    vcheck(pages)
    nums = set("〇一二三四五六七八九十元０１２３４５６７８９0123456789")
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if not (a.s and b.s):
                continue
            if a.s.endswith(("令和", "平成")) and b.s[0] in nums:
                raise AssertionError(f"column breaks between era and year: …{a.s[-6:]} | {b.s[:6]}…")
            if (a.s[-1] == "令" and b.s[0] == "和") or (a.s[-1] == "平" and b.s[0] == "成"):
                raise AssertionError(f"column breaks inside an era name: …{a.s[-6:]} | {b.s[:6]}…")


__all__ = ["vcheck_era", "photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]
