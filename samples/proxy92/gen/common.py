"""Set 92 (copied from set 18, which is set 16's: set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
           "Page", "vsafe", "vsafe2", "vcheck2", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


# --- added by set 92: 縦書き columns that never end with 令和 / 平成 (or 令 | 和) before the year ----------------

_V2NUM = set("〇一二三四五六七八九十元０１２３４５６７８９")


def vsafe2(columns, size=12.5, top=22.0, bottom=275.0):
    """vsafe, then: a continuation column whose predecessor ends with 令和 / 平成 / 令 / 平 (the era cut off from its
    year) takes that tail with it. Re-flows the affected paragraph so no column grows past its height."""
    from samples.letters.layout import PT_MM as _PT
    em = size * _PT
    per_col = int((bottom - top) / (em * 1.05))
    out = vsafe(columns, size=size, top=top, bottom=bottom)
    fixed = []
    for kind, text in out:
        if kind == "plain" and fixed and fixed[-1][0] in ("body", "indent", "plain") and text[:1] in _V2NUM:
            pk, pt = fixed[-1]
            for tail in ("令和", "平成", "令", "平"):
                if pt.endswith(tail):
                    fixed[-1] = (pk, pt[: -len(tail)])
                    text = tail + text
                    break
        fixed.append((kind, text))
    # re-flow: any column now longer than it may be pushes its overflow into the next continuation column
    res = []
    carry = ""
    for i, (kind, text) in enumerate(fixed):
        text = carry + text if kind == "plain" else text
        carry = ""
        cap = per_col - (1 if kind in ("body", "indent") else 0)
        nxt_plain = i + 1 < len(fixed) and fixed[i + 1][0] == "plain"
        if len(text) > cap and nxt_plain:
            text, carry = text[:cap], text[cap:]
        res.append((kind, text))
    assert not carry
    return res


def vcheck2(pages) -> None:
    """vcheck, plus: no column ends with 令和 / 平成 / 令 / 平 while the next column starts with the year."""
    from samples.letters.layout import VText
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s.endswith(("令和", "平成", "令", "平")) and b.s[:1] in _V2NUM:
                raise AssertionError(f"column breaks inside an era date: …{a.s[-6:]} | {b.s[:6]}…")
