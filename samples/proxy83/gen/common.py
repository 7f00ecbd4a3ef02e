"""Set 83 (copied from set 18, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds `vsafe83` (set 9's vsafe that also keeps an era name with its year and
金 / 第 with the number that follows) and `vcheck83` (set 16's vcheck plus the era case: no column may end with 令 / 令和 /
平成 when the next column goes on with the year)."""
from __future__ import annotations

from samples.letters import layout as _layout
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "vsafe83", "vcheck83"]

_VTOK = set("〇一二三四五六七八九十百千万億年月日円・０１２３４５６７８９，－壱弐参拾萬")
_NUM = set("〇一二三四五六七八九十百千万億０１２３４５６７８９0123456789，,．.・壱弐参拾萬元")
_ERA_TAILS = ("令和", "平成", "昭和", "令", "平", "昭")


def vsafe83(columns, size=12.5, top=22.0, bottom=275.0):
    """set 9's vsafe, plus: a column never ends with an era name (令和 / 平成 …, or its first character) or with 金 / 第
    when the next column begins with the number; the whole run starts the next column instead."""
    em = size * PT_MM
    per_col = int((bottom - top) / (em * 1.05))
    out = []
    for kind, text in columns:
        if kind not in ("body", "indent", "plain"):
            out.append((kind, text))
            continue
        first, s = True, text
        while s:
            n = per_col - (1 if first and kind != "plain" else 0)
            chunk, rest = s[:n], s[n:]
            while rest and rest[0] in _layout._NO_LINE_START:
                chunk, rest = chunk + rest[0], rest[1:]
            if rest and chunk[-1] in _VTOK and rest[0] in _VTOK:
                k = len(chunk)
                while k > 0 and chunk[k - 1] in _VTOK:
                    k -= 1
                if k >= 1 and chunk[k - 1] in "金第":
                    k -= 1
                if k >= 2 and chunk[k - 2:k] in ("令和", "平成", "昭和"):
                    k -= 2
                if k > 4:
                    chunk, rest = chunk[:k], chunk[k:] + rest
            if rest:
                for tail in _ERA_TAILS + ("金", "第"):
                    if chunk.endswith(tail) and (rest[0] in _NUM or rest[0] in "和成"):
                        chunk, rest = chunk[:-len(tail)], tail + rest
                        break
            out.append((kind if first else "plain", chunk))
            first, s = False, rest
    return out


def vcheck83(pages) -> None:
    """set 16's vcheck, plus the era case: no column ends with 令 / 令和 / 平成 … while the next column continues the year."""
    from samples.letters.layout import VText
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if not (a.s and b.s):
                continue
            for tail in _ERA_TAILS:
                if a.s.endswith(tail) and (b.s[0] in _NUM or b.s[0] in "和成"):
                    raise AssertionError(f"column breaks after an era name: …{a.s[-6:]} | {b.s[:6]}…")
            if a.s[-1] in "金第" and b.s[0] in _NUM:
                raise AssertionError(f"column breaks after 金/第: …{a.s[-6:]} | {b.s[:6]}…")
