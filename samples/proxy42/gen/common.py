"""Set 42 (copied from set 18, which is set 16's common.py; set 16 is set 14 plus vcheck, era and kdate). The proxy
sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py
and samples/letters/mailing.py). Set 42 ("vertical writing and the old ways") adds the spelling of the old ways —
kanji dates with 平成 / 元年 (`kd`), positional kanji and 大字 amounts (`kyen`, `dyen`), kanji digits for phones and
号 numbers (`kph`, `kgo`) — and three 縦書き layouts: `vletter` (vertical_page + vsafe + vcheck), `naiyou_grid` (the
post office's 20字×26行 内容証明 grid, one character a cell) and `vtable` (a vertical table: the 項目 across the top,
each item written downward)."""
from __future__ import annotations

from datetime import date as _date

from samples.letters.fmt import fmt_date, kanji_digits, kanji_number
from samples.letters.layout import (
    _NO_LINE_START,
    PT_MM,
    Box,
    Line,
    PageSpec,
    Seal,
    Text,
    VText,
    vertical_page,
)
from samples.letters.mailing import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    era,
    kdate,
    stamp,
    text_width,
    vcheck,
    vsafe,
    wd,
)
from samples.letters.proxydraw import Page, photo_real, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate",
           "stamp", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "VText", "Seal", "PageSpec",
           "text_width", "PT_MM", "kd", "kyen", "dyen", "kph", "kgo", "vletter", "seal_on", "naiyou_grid", "vtable",
           "kpct", "KPage", "wrap_k"]

_VNUM = set("〇一二三四五六七八九十百千万億０１２３４５６７８９，－・壱弐参拾萬元")


def kd(d: _date, weekday: bool = False) -> str:
    """令和七年十一月二十日 / 平成三十一年四月二十六日 / 令和元年…: kanji date in its own era (元年 for year 1)."""
    s = fmt_date(d, "kansuji")
    return s + (f"（{wd(d)}）" if weekday else "")


def kyen(n: int) -> str:
    """金百二十三万四千五百六十七円 (positional kanji)."""
    return f"金{kanji_number(n)}円"


def dyen(n: int) -> str:
    """金壱百弐拾参万四千五百六拾七円 (大字)."""
    return f"金{kanji_number(n, daiji=True)}円"


def kpct(r: float) -> str:
    whole, _, frac = f"{r:g}".partition(".")
    return "年" + kanji_number(int(whole)) + ("・" + kanji_digits(frac) if frac else "") + "パーセント"


def kph(phone: str) -> str:
    """028-000-6150 → 〇二八（〇〇〇）六一五〇."""
    a, b, c = phone.split("-")
    return f"{kanji_digits(a)}（{kanji_digits(b)}）{kanji_digits(c)}"


def kgo(n: int | str) -> str:
    """第一二三号: a 号 number in kanji digits, digit by digit."""
    return f"第{kanji_digits(str(n))}号"


def vletter(cols, size=10.5, pitch=6.3, left_limit=12.0, pages_expected=1, top=22.0, bottom=275.0):
    """A 縦書き letter: vsafe-wrapped columns laid out by layout.vertical_page, checked with vcheck. A kind lowN
    (N a number) is a plain column lowered by N full-width spaces."""
    cols = [("plain", "　" * int(k[3:]) + t) if k.startswith("low") and k != "low" else (k, t) for k, t in cols]
    pages = vertical_page(vsafe(cols, size=size, top=top, bottom=bottom), size=size, col_pitch=pitch,
                          left_limit=left_limit, top=top, bottom=bottom)
    assert len(pages) == pages_expected, (len(pages), [len([i for i in p.items if isinstance(i, VText)]) for p in pages])
    return pages


def seal_on(page: PageSpec, needle: str, at: str, size: float, text: str, seed: int, kind: str = "square",
            angle: float = 0.0, low: int = 8, top: float = 22.0, fsize: float = 10.5, dx: float = 0.0) -> None:
    """Put a seal over the character `at` of the column that contains `needle` (a 印 pressed over the name)."""
    cols = [it for it in page.items if isinstance(it, VText) and needle in it.s]
    assert cols, needle
    col = cols[0]
    i = col.s.index(at) + len(at) / 2
    y = col.y + i * col.size * PT_MM * col.pitch
    page.items.append(Seal(col.x + dx, y, size, kind, text, angle=angle, seed=seed))


# --- horizontal paragraphs that never break inside a kanji date or amount either ----------------------------

_HTOK = set("0123456789０１２３４５６７８９,，.．〇一二三四五六七八九十百千万億壱弐参拾萬元年月日円")


def wrap_k(s: str, width: float, size: float, font: str = "serif", indent: str = "") -> list[str]:
    """Greedy wrap with simple kinsoku; a line never ends inside a run of digits / kanji numerals with their
    年月日円 (令和七年九月三十日, 金百四十八万二千三百円, 1,482,300円): the whole run moves to the next line."""
    from samples.letters.layout import _NO_LINE_START, text_width
    lines: list[str] = []
    for para in s.split("\n"):
        cur = indent if para and not para.startswith(("（", "(", "※", "・", " ", "　")) else ""
        for ch in para:
            if text_width(cur + ch, size, font) > width and cur.strip() and ch not in _NO_LINE_START:
                k = len(cur)
                if ch in _HTOK and cur[-1] in _HTOK:
                    while k > 0 and cur[k - 1] in _HTOK:
                        k -= 1
                    if k >= 1 and cur[k - 1] in "金第":
                        k -= 1
                    if k >= 2 and cur[k - 2:k] in ("令和", "平成"):
                        k -= 2
                while k > 0 and cur[k - 1] in "（「(":
                    k -= 1
                if k <= len(indent) or k < 4:
                    k = len(cur)
                lines.append(cur[:k])
                cur = cur[k:]
            cur += ch
        lines.append(cur)
    return lines


class KPage(Page):
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap_k(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)


# --- the post office's 内容証明 grid: 20 characters a column, 26 columns a page ------------------------------


def _grid_wrap(kind: str, text: str, n: int) -> list[tuple[int, str]]:
    """(offset, chunk) columns of at most n cells: no column ends inside a number or a date (the run moves on),
    and a closing mark never starts a column (the character before it moves on with it: 追い出し)."""
    out: list[tuple[int, str]] = []
    off = {"body": 1, "indent": 1, "plain": 0}.get(kind, 0)
    if kind.startswith("low"):
        off = int(kind[3:] or 8)
    if kind == "bottom":
        return [(n - len(text), text)]
    s, first = text, True
    while s:
        cap = n - off if first else n
        if kind.startswith("low"):
            cap = n - off
        chunk, rest = s[:cap], s[cap:]
        while rest and rest[0] in _NO_LINE_START:
            chunk, rest = chunk[:-1], chunk[-1] + rest
        if rest and chunk[-1] in _VNUM | set("年月日円") and rest[0] in _VNUM | set("年月日円"):
            k = len(chunk)
            while k > 0 and chunk[k - 1] in _VNUM | set("年月日円"):
                k -= 1
            if k >= 1 and chunk[k - 1] in "金第":
                k -= 1
            if k >= 2 and chunk[k - 2:k] in ("令和", "平成"):
                k -= 2
            if k > 3:
                chunk, rest = chunk[:k], chunk[k:] + rest
        out.append((off if (first or kind.startswith("low")) else 0, chunk))
        first, s = False, rest
    return out


def naiyou_grid(cols, *, n=20, ncols=26, size=12.5, seed=0, footer=True):
    """A4 landscape 内容証明 sheet(s): ruled cells, one character a cell, columns right to left. `cols` as for
    vertical_page (kinds body / indent / plain / low[k] / bottom / blank / title). Returns the pages."""
    W, H = 297.0, 210.0
    x_right, x_left = 282.0, 34.0
    pitch = (x_right - x_left) / ncols
    top, cell = 26.0, 7.6
    columns: list[tuple[int, str]] = []
    for kind, text in cols:
        if kind == "blank":
            columns.append((0, ""))
        elif kind == "title":
            t = "　".join(text) if 2 * len(text) - 1 <= n - 4 else text
            columns.append(((n - len(t)) // 2 if len(t) < n - 6 else 2, t))
        else:
            columns.extend(_grid_wrap(kind, text, n))
    pages = []
    for p0 in range(0, len(columns), ncols):
        pg = PageSpec(W, H, [])
        brown = (0.55, 0.35, 0.2)
        for c in range(ncols + 1):
            x = x_right - c * pitch
            pg.items.append(Line(x, top, x, top + n * cell, 0.25 if 0 < c < ncols else 0.5, brown))
        for r in range(n + 1):
            y = top + r * cell
            pg.items.append(Line(x_left, y, x_right, y, 0.12 if 0 < r < n else 0.5, brown))
        for c, (off, s) in enumerate(columns[p0:p0 + ncols]):
            assert len(s) + off <= n, (s, off)
            if s:
                x = x_right - (c + 0.5) * pitch
                em = size * PT_MM
                pg.items.append(VText(x, top + off * cell + (cell - em) / 2, s, size, "serif", cell / em))
        pg.items.append(Text(W / 2, top - 4, "（二十字×二十六行）", 8, "serif", "c", GRAY))
        if footer:
            pg.items.append(Text(W - 21, H - 9, f"（{len(pages) + 1}枚目）", 8, "serif", "r", GRAY))
        pages.append(pg)
    return pages


# --- a vertical table: the 項目 across the top, each item written downward -------------------------------


def vtable(page: PageSpec, x_right: float, top: float, items: list[tuple[str, str]], *, strip: float = 7.4,
           head_h: float = 34.0, body_h: float = 74.0, size: float = 10.5, head: tuple[str, str] | None = None) -> float:
    """Draw the strips right to left from x_right; returns the x of the left edge. `head` = (label, value) of a
    first strip written in bold (項目 / 金額)."""
    strips = ([head] if head else []) + items
    em = size * PT_MM
    x = x_right
    for i, (lab, val) in enumerate(strips):
        x0 = x - strip
        shade = SHADE if i == 0 and head else (0.95, 0.95, 0.95)
        page.items.append(Box(x0, top, strip, head_h, 0.3, (0, 0, 0), shade))
        page.items.append(Box(x0, top + head_h, strip, body_h, 0.3))
        f = "serif-bold" if (i == 0 and head) else "serif"
        page.items.append(VText(x - strip / 2, top + 3.0, lab, size, f, 1.05))
        assert len(lab) * em * 1.05 < head_h - 3, lab
        assert len(val) * em * 1.05 < body_h - 3, val
        page.items.append(VText(x - strip / 2, top + head_h + 3.0, val, size, f, 1.05))
        x = x0
    page.items.append(Box(x, top, x_right - x, head_h + body_h, 0.7))
    return x
