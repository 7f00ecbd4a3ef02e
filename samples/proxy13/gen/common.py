"""Set 13 (copied from set 12, which is set 10 plus vsafe and wd). The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 8's helpers (with the Page whose paragraphs never break inside a number, an
amount or a date) and set 7's realistic phone photo (photo_real)."""
from __future__ import annotations

from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page"]


# --- set 9's vsafe (copied): 縦書き columns that never break inside a date or an amount -----------------------

from datetime import date as _date  # noqa: E402

from samples.letters import layout as _layout  # noqa: E402
from samples.letters.layout import PT_MM  # noqa: E402

_VTOK = set("〇一二三四五六七八九十百千万億年月日円・０１２３４５６７８９，－壱弐参拾萬")


def vsafe(columns, size=12.5, top=22.0, bottom=275.0):
    """Pre-wrap the body / indent / plain columns for layout.vertical_page so that a column never ends inside a run
    such as 令和七年九月八日 or 金六十八万三千二百円: the whole run starts the next column instead."""
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
                if k >= 1 and chunk[k - 1] == "金":
                    k -= 1
                if k >= 2 and chunk[k - 2:k] in ("令和", "平成"):
                    k -= 2
                if k > 4:
                    chunk, rest = chunk[:k], chunk[k:] + rest
            out.append((kind if first else "plain", chunk))
            first, s = False, rest
    return out


def wd(d: _date) -> str:
    """The weekday of `d` as one kanji (月…日): every printed weekday comes from here."""
    return "月火水木金土日"[d.weekday()]


__all__ += ["vsafe", "wd"]
