"""Set 36 (copied from set 18, which is a copy of set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


# --- set 36: a paragraph never ends a line with 令和 / 平成 / 金 / 第 when the next line starts with its digits -------

from samples.letters.proxydraw import Page as _ProxyPage  # noqa: E402
from samples.letters.proxydraw import wrap_nb as _wrap_nb  # noqa: E402

_HEADS = ("令和", "平成", "金", "第")


def wrap36(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    lines = _wrap_nb(s, width, size, font, indent)
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        if nxt[:1].isdigit():
            for h in _HEADS:
                if lines[i].endswith(h) and len(lines[i]) > len(h):
                    lines[i], lines[i + 1] = lines[i][: -len(h)], h + nxt
                    break
    return lines


class Page(_ProxyPage):  # noqa: F811
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap36(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)
