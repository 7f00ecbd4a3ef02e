"""Set 21 (copied from set 18 = set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
from samples.letters.proxydraw import Page as _Page
from samples.letters.proxydraw import cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

# --- added by set 21: a paragraph never breaks inside a run of digits, Latin letters and date/amount marks
# (R07.03.27, 2025/11/20, 1,782,400円, 令和7年3月31日), not only inside the runs that wrap_nb knows.

_RUN = set("0123456789０１２３４５６７８９,，.．/／:：-－ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz年月日円%％")


def wrap_runs(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    from samples.letters import layout as _layout
    lines: list[str] = []
    for para in s.split("\n"):
        cur = indent if para and not para.startswith(("（", "(", "※", "・", " ", "　")) else ""
        for ch in para:
            if _layout.text_width(cur + ch, size, font) > width and cur.strip() and ch not in _layout._NO_LINE_START:
                k = len(cur)
                if ch in _RUN and cur[-1] in _RUN:
                    while k > 0 and cur[k - 1] in _RUN:
                        k -= 1
                    if k >= 2 and cur[k - 2:k] in ("令和", "平成"):
                        k -= 2
                while k > 0 and cur[k - 1] in "（「(":
                    k -= 1
                if k <= len(cur) - len(cur.lstrip("　")) or k == 0:
                    k = len(cur)
                lines.append(cur[:k])
                cur = cur[k:]
            cur += ch
        lines.append(cur)
    return lines


class Page(_Page):
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap_runs(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)


__all__ = ["wrap_runs", "photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]
