"""The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 8's helpers (with the Page whose paragraphs never break inside a number, an
amount or a date) and set 7's realistic phone photo (photo_real). Set 11 adds `vsplit` (縦書き columns that never end
inside a number, an amount or a date) and `wd` (the printed weekday of a date)."""
from __future__ import annotations

from samples.letters.layout import _NO_LINE_START, PT_MM
from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsplit", "wd", "per_col"]

_RUN = set("〇一二三四五六七八九十百千万億円年月日金壱弐参拾0123456789０１２３４５６７８９,，.．－-％%")


def wd(d) -> str:
    """（月）… for a date."""
    return "（" + "月火水木金土日"[d.weekday()] + "）"


def per_col(size: float, top: float = 22.0, bottom: float = 275.0) -> int:
    return int((bottom - top) / (size * PT_MM * 1.05))


def vsplit(cols: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """Pre-wrap 縦書き columns for layout.vertical_page so that a column never ends inside a run such as
    令和八年一月二十三日 or 金参百八拾弐万四千円 (the whole run moves to the next column)."""
    out: list[tuple[str, str]] = []
    for kind, text in cols:
        if kind not in ("body", "indent", "plain", "low"):
            out.append((kind, text))
            continue
        off = {"body": 1, "indent": 1, "plain": 0, "low": 8}[kind]
        first, cap = True, n - off
        while True:
            if len(text) <= cap:
                out.append((kind if first else ("low" if kind == "low" else "plain"), text))
                break
            k = cap
            while k > 1 and ((text[k - 1] in _RUN and text[k] in _RUN) or text[k - 1] in "「（"
                             or (text[k - 1] in "令平" and text[k] in "和成")):
                k -= 1
            while k < len(text) and text[k] in _NO_LINE_START and k < cap + 1:  # burasagari
                k += 1
            out.append((kind if first else ("low" if kind == "low" else "plain"), text[:k]))
            text = text[k:]
            first = False
            cap = n - (8 if kind == "low" else 0)
    return out
