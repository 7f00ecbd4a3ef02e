"""Set 63: set 18's common.py (copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). This set adds the furniture
of a mass-mailing system's letter: customer barcode bars, QR-like squares, an address window, a 重要/親展 stamp, a
boxed sender block, label/value grids, a 払込取扱票 (payment slip) at the foot and a よくあるご質問 page.
Set 63 adds `kpos` (一、二三四、五六七円), `vwrap` / `vletter` (縦書き columns that never break inside a date, an amount,
a phone or a 第…号 run, found by a pattern), `vcheck63` (the same rule asserted on the laid-out columns) and `naiyou`
(the post office's 20字×26行 内容証明 sheet, A4 landscape, one character a cell, kinsoku by pushing out)."""
from __future__ import annotations

import re

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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "kpos", "vwrap", "vletter", "vcheck63",
           "naiyou"]


# --- set 63 -----------------------------------------------------------------------------------------------

_D = "〇一二三四五六七八九十元０１２３４５６７８９0123456789"
_N = _D + "百千万億壱弐参拾萬割、，,・．."
_SPAN = re.compile(rf"[{_D}]*[（(][{_D}]+[）)][{_D}]+|[{_D}Ａ-Ｚ]+(?:[－―ー-][{_D}Ａ-Ｚ]+)+|(?:令和|平成)?[{_D}]+年(?:[{_D}]+月)?(?:[{_D}]+日)?"
                   rf"|金?[{_D}壱弐参拾百千万][{_N}]*(?:円也|円|パーセント|％|%|分)?"
                   rf"|第[{_N}]+[号条項]")
_NO_START = set("、。，．）」』】〕・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")


def kpos(n: int, kin: bool = True) -> str:
    """金一、二三四、五六七円: positional kanji digits grouped with 、 (as typed on old vertical letters)."""
    from samples.letters.fmt import kanji_digits
    return ("金" if kin else "") + kanji_digits(f"{n:,}").replace(",", "、") + "円"


def _spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SPAN.finditer(text) if m.end() - m.start() > 1]


def vwrap(text: str, first: int, n: int, hang: bool = True) -> list[str]:
    """Cut `text` into columns (`first` characters in the first, `n` after) so that no column ends inside a date,
    an amount, a phone number or a 第…号 run; a closing mark hangs below the column (hang) or pushes the
    previous character out to the next column (the 内容証明 grid: one character a cell)."""
    sp = _spans(text)
    out, i = [], 0
    while i < len(text):
        k = min(len(text), i + (first if not out else n))
        for _ in range(6):
            k0 = k
            if k < len(text):
                for s, e in sp:
                    if s < k < e and s > i:
                        k = s
                if hang:
                    while k < len(text) and text[k] in _NO_START:
                        k += 1
                else:
                    while k < len(text) and text[k] in _NO_START and k - 1 > i:
                        k -= 1
            if k == k0:
                break
        out.append(text[i:k])
        i = k
    return out


def vletter(cols, size=12.0, top=22.0, bottom=275.0, **kw):
    """Pre-wrap with vwrap, lay out with layout.vertical_page, assert vcheck and vcheck63."""
    from samples.letters.layout import vertical_page
    per = int((bottom - top) / (size * PT_MM * 1.05))
    out = []
    for kind, text in cols:
        if kind in ("body", "indent", "plain"):
            parts = vwrap(text, per - (0 if kind == "plain" else 1), per)
            out.append((kind, parts[0]))
            out += [("plain", s) for s in parts[1:]]
        else:
            if kind == "low":
                assert len(text) <= per - 8, text
            out.append((kind, text))
    pages = vertical_page(out, size=size, top=top, bottom=bottom, **kw)
    vcheck(pages)
    vcheck63(pages)
    return pages


def vcheck63(pages) -> None:
    """No two consecutive columns (also across pages) split a date / amount / phone / 第…号 run between them."""
    from samples.letters.layout import VText
    cols = [it for pg in pages for it in pg.items if isinstance(it, VText)]
    for a, b in zip(cols, cols[1:], strict=False):
        ta, tb = a.s.rstrip("　")[-14:], b.s.lstrip("　")[:14]
        if not ta or not tb or a.s != a.s.rstrip("　") or b.s != b.s.lstrip("　"):
            continue
        for s, e in _spans(ta + tb):
            assert not (s < len(ta) < e), f"column breaks inside a run: …{ta} | {tb}…"


GRID_ROWS, GRID_COLS = 20, 26


def naiyou(cols, x_right=283.0, top=26.0, cw=10.3, ch=8.0, size=15.5, font="serif", grid=(0.62, 0.45, 0.32)):
    """The post office's 内容証明 sheet: A4 landscape, 26 columns of 20 cells, one character a cell. `cols` are
    (kind, text): title (indented 4), body (indented 1), plain, lowN (indented N), bottom (flush with the last cell),
    blank. Returns the pages (PageSpec) and asserts the column rules."""
    from samples.letters.layout import PageSpec, VText
    colstr: list[str] = []
    for kind, text in cols:
        if kind == "blank":
            colstr.append("")
        elif kind == "title":
            colstr.append("　" * 4 + "　".join(text))
        elif kind == "bottom":
            assert len(text) <= GRID_ROWS, text
            colstr.append("　" * (GRID_ROWS - len(text)) + text)
        elif kind.startswith("low"):
            ind = int(kind[3:])
            assert len(text) + ind <= GRID_ROWS, text
            colstr.append("　" * ind + text)
        else:
            ind = 1 if kind == "body" else 0
            parts = vwrap("　" * ind + text, GRID_ROWS, GRID_ROWS, hang=False)
            colstr += parts
    assert all(len(c) <= GRID_ROWS for c in colstr)
    assert not any(c[:1] in _NO_START for c in colstr if c)
    pages = []
    em = size * PT_MM
    pitch = ch / em
    for p0 in range(0, len(colstr), GRID_COLS):
        pg = PageSpec(297.0, 210.0, [])
        x_left = x_right - GRID_COLS * cw
        for r in range(GRID_ROWS + 1):
            pg.items.append(Line(x_left, top + r * ch, x_right, top + r * ch, 0.15 if 0 < r < GRID_ROWS else 0.35, grid))
        for c in range(GRID_COLS + 1):
            pg.items.append(Line(x_right - c * cw, top, x_right - c * cw, top + GRID_ROWS * ch,
                                 0.15 if 0 < c < GRID_COLS else 0.35, grid))
        for j, s in enumerate(colstr[p0:p0 + GRID_COLS]):
            if s.strip():
                pg.items.append(VText(x_right - (j + 0.5) * cw, top + (ch - em) / 2, s, size, font, pitch))
        pages.append(pg)
    vcheck(pages)
    vcheck63(pages)
    return pages
