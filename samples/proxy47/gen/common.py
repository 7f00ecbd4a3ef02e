"""Set 47 (copied from set 18, which is a copy of set 16: set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's
vsafe and wd). The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py, samples/letters/mailing.py). Set 47 adds `Page.para` that never ends a line with 令和 /
平成 / 金 / 第 / ￥ when the next line opens with its digits, and `hcheck`, which asserts that over every page."""
from __future__ import annotations

import re

from samples.letters.layout import Text as _Text
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
from samples.letters.proxydraw import Page as _BasePage
from samples.letters.proxydraw import cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "hcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip",
           "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]

_LEADS = ("令和", "平成", "金", "第", "￥", "¥")
_NUM = re.compile(r"[0-9０-９][0-9０-９,，.．年月日円号]")


def wrap47(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    """wrap_nb, then a line that ends with a lead such as 令和 or 金 hands it to the next line when that opens with a
    digit (so 金 / 1,234円 never stands split over two lines)."""
    lines = wrap_nb(s, width, size, font, indent)
    for i in range(len(lines) - 1):
        if not lines[i + 1][:1].isdigit():
            continue
        for lead in _LEADS:
            if lines[i].endswith(lead) and len(lines[i].strip()) > len(lead):
                lines[i] = lines[i][: -len(lead)]
                lines[i + 1] = lead + lines[i + 1]
                break
    return lines


class Page(_BasePage):
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap47(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)


def hcheck(pages) -> None:
    """Assert that no horizontal text line at the left margin ends with a lead (令和, 金, 第, ￥) while the line below it
    at the same x opens with digits."""
    for pg in pages:
        items = [it for it in pg.items if isinstance(it, _Text) and it.align == "l"]
        for a, b in zip(items, items[1:], strict=False):
            if abs(a.x - b.x) < 0.01 and 0 < b.y - a.y < a.size * PT_MM * 2.2 and _NUM.match(b.s):
                assert not a.s.endswith(_LEADS), f"line ends with a lead before digits: …{a.s[-8:]} | {b.s[:8]}…"
