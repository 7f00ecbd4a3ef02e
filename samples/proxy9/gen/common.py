"""The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 8's helpers (set 6's leader/cell/kman and a Page whose paragraphs never break
inside a number, an amount or a date: wrap_nb) and set 7's phone photo (photo_real). Set 9 adds vsafe."""
from __future__ import annotations

from samples.letters import layout as _layout
from samples.letters.layout import PT_MM
from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb", "Page",
           "photo_real"]


# --- set 9: 縦書き columns that never break inside a date or an amount --------------------------------------------

_VTOK = set("〇一二三四五六七八九十百千万億年月日円・０１２３４５６７８９，－")


def vsafe(columns: list[tuple[str, str]], size: float = 12.5, top: float = 22.0, bottom: float = 275.0):
    """Pre-wrap the body / indent / plain columns for layout.vertical_page so that a column never ends inside a run
    such as 令和七年九月八日 or 金六十八万三千二百円: the whole run starts the next column instead."""
    em = size * PT_MM
    per_col = int((bottom - top) / (em * 1.05))
    out: list[tuple[str, str]] = []
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
                if k >= 1 and chunk[k - 1] == "金":
                    k -= 1
                if k >= 2 and chunk[k - 2:k] == "令和":
                    k -= 2
                if k > 4:
                    chunk, rest = chunk[:k], chunk[k:] + rest
            out.append((kind if first else "plain", chunk))
            first, s = False, rest
    return out
