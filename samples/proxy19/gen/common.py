"""Set 19 (copied from set 18, which is set 16's unchanged: set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd), plus `mtable`, a ruled table with merged (spanning) cells and cells of several lines, for this set's theme "tables everywhere". The proxy sets share their truth builder
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "mtable"]


def mtable(p, x, y, widths, heights, cells, size=9.0, font=None, lw=0.3, pad=1.8, color=(0, 0, 0)):
    """A ruled table whose cells may span rows and columns (a merged header such as 「ご請求金額」 over 元金 / 利息 /
    損害金) and may hold several lines ("\n"). cells: (row, col, text) or (row, col, text, opts) with opts keys rs, cs
    (spans), a (l / c / r), f (font), s (size), fill, color, lw. Every cell is drawn as its own box. Returns the y below."""
    font = font or p.font
    for spec in cells:
        r, c, text = spec[:3]
        o = spec[3] if len(spec) > 3 else {}
        rs, cs = o.get("rs", 1), o.get("cs", 1)
        x0 = x + sum(widths[:c])
        w = sum(widths[c:c + cs])
        y0 = y + sum(heights[:r])
        h = sum(heights[r:r + rs])
        p.add(Box(x0, y0, w, h, o.get("lw", lw), color, o.get("fill")))
        if not text:
            continue
        sz = o.get("s", size)
        lines = text.split("\n")
        lead = sz * PT_MM * 1.3
        base = y0 + h / 2 - lead * (len(lines) - 1) / 2 + sz * PT_MM * 0.36
        a = o.get("a", "c")
        tx = {"l": x0 + pad, "c": x0 + w / 2, "r": x0 + w - pad}[a]
        for i, ln in enumerate(lines):
            p.at(tx, base + i * lead, ln, size=sz, font=o.get("f", font), align=a, color=o.get("color", (0, 0, 0)))
    return y + sum(heights)
