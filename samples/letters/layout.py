"""A tiny page-description layer: letters are lists of positioned items in millimetres.

Templates build pages with `Page` (a cursor-based builder); `render.py` turns the same
items into a digital PDF, and every image kind is rasterised from that PDF, so a letter
looks the same in every input kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageFont

PT_MM = 25.4 / 72  # one typographic point in millimetres
FONT_FILES = {
    "sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "sans-bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "serif-bold": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
}
BLACK = (0.0, 0.0, 0.0)
RED = (0.80, 0.08, 0.10)
GRAY = (0.35, 0.35, 0.35)


@dataclass
class Text:
    x: float  # mm from the left; the anchor depends on align (l, c, r)
    y: float  # baseline, mm from the top
    s: str
    size: float = 10.5  # points
    font: str = "sans"
    align: str = "l"
    color: tuple[float, float, float] = BLACK


@dataclass
class VText:
    """One vertical column: characters stacked downwards from (x centre, y top)."""

    x: float
    y: float
    s: str
    size: float = 12.0
    font: str = "serif"
    pitch: float = 1.05  # advance per character in em
    color: tuple[float, float, float] = BLACK


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3  # mm
    color: tuple[float, float, float] = BLACK


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.3
    color: tuple[float, float, float] | None = BLACK
    fill: tuple[float, float, float] | None = None


@dataclass
class Seal:
    """A red ink seal; drawn as an image so that its characters never enter the text layer."""

    x: float  # centre, mm
    y: float
    size: float  # mm (diameter or side)
    kind: str  # round | square | maru (small 認印) | oval
    text: str  # square: read in columns right to left; round: ring text (| inner text)
    angle: float = 0.0
    seed: int = 0


@dataclass
class PageSpec:
    w: float = 210.0
    h: float = 297.0
    items: list = field(default_factory=list)


@lru_cache(maxsize=8)
def _probe(font: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILES[font], 100, index=0)


def text_width(s: str, size: float, font: str = "sans") -> float:
    """Width in mm of a string set in `font` at `size` points."""
    return _probe(font).getlength(s) / 100.0 * size * PT_MM


_NO_LINE_START = set("、。，．）」』】〕・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")


def wrap(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    """Greedy character wrap with simple kinsoku (no closing mark at a line start)."""
    lines: list[str] = []
    for para in s.split("\n"):
        cur = indent if para and not para.startswith(("（", "(", "※", "・", " ", "　")) else ""
        for ch in para:
            if text_width(cur + ch, size, font) > width and cur.strip() and ch not in _NO_LINE_START:
                lines.append(cur)
                cur = ""
            cur += ch
        lines.append(cur)
    return lines


class Page:
    """Cursor-based builder for one page (A4 portrait unless told otherwise)."""

    def __init__(self, w: float = 210.0, h: float = 297.0, font: str = "sans", size: float = 10.5,
                 left: float = 20.0, right: float = 20.0, top: float = 20.0, leading: float = 1.6):
        self.spec = PageSpec(w, h, [])
        self.font, self.size, self.leading = font, size, leading
        self.left, self.right = left, w - right
        self.y = top

    # -- primitives --------------------------------------------------------------------
    def add(self, item: object) -> None:
        self.spec.items.append(item)

    def at(self, x: float, y: float, s: str, size: float | None = None, font: str | None = None,
           align: str = "l", color: tuple[float, float, float] = BLACK) -> None:
        self.add(Text(x, y, s, size or self.size, font or self.font, align, color))

    def lh(self, size: float | None = None) -> float:
        return (size or self.size) * PT_MM * self.leading

    # -- flowing text ------------------------------------------------------------------
    def line(self, s: str = "", x: float | None = None, size: float | None = None, font: str | None = None,
             align: str = "l", color: tuple[float, float, float] = BLACK, advance: float = 1.0) -> float:
        """Write one line at the cursor and move down; returns the baseline used."""
        size = size or self.size
        base = self.y + size * PT_MM
        if s:
            if x is None:
                x = {"l": self.left, "c": (self.left + self.right) / 2, "r": self.right}[align]
            self.add(Text(x, base, s, size, font or self.font, align, color))
        self.y += self.lh(size) * advance
        return base

    def para(self, s: str, x0: float | None = None, x1: float | None = None, size: float | None = None,
             font: str | None = None, indent: str = "　") -> None:
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)

    def gap(self, mm: float) -> None:
        self.y += mm

    def title(self, s: str, size: float = 16.0, font: str | None = None, spaced: bool = False,
              color: tuple[float, float, float] = BLACK) -> None:
        if spaced:
            s = "　".join(s)
        self.gap(2)
        self.line(s, align="c", size=size, font=font or (self.font + "-bold" if "-bold" not in self.font else self.font),
                  color=color)
        self.gap(3)

    def rule(self, x0: float | None = None, x1: float | None = None, width: float = 0.3) -> None:
        self.add(Line(self.left if x0 is None else x0, self.y, self.right if x1 is None else x1, self.y, width))

    # -- blocks ------------------------------------------------------------------------
    def kv(self, rows: list[tuple[str, str]], x: float | None = None, label_w: float = 32.0, sep: str = "",
           size: float | None = None, font: str | None = None) -> None:
        """label  value lines; `sep` such as '：' is appended to the label."""
        x = self.left if x is None else x
        size = size or self.size
        for label, value in rows:
            base = self.y + size * PT_MM
            self.add(Text(x, base, label + sep, size, font or self.font))
            vx = x + label_w
            for i, ln in enumerate(wrap(value, self.right - vx, size, font or self.font, "")):
                if i:
                    base = self.y + size * PT_MM
                self.add(Text(vx, base, ln, size, font or self.font))
                self.y += self.lh(size)

    def table(self, rows: list[list[str]], widths: list[float], x: float | None = None, size: float | None = None,
              row_h: float | None = None, aligns: str | None = None, header: bool = False, shade_col0: bool = False,
              ruled: str = "grid", font: str | None = None, line_w: float = 0.3, pad: float = 1.8) -> None:
        """A ruled table. ruled: grid (all cells) | rows (horizontal rules only) | none | outer."""
        x = self.left if x is None else x
        size = size or self.size
        row_h = row_h or size * PT_MM * 2.0
        aligns = aligns or ("l" + "r" * (len(widths) - 1))
        top = self.y
        total_w = sum(widths)
        for r, row in enumerate(rows):
            y0 = self.y
            shade_row = header and r == 0
            if shade_row:
                self.add(Box(x, y0, total_w, row_h, color=None, fill=(0.88, 0.88, 0.88)))
            cx = x
            for c, (cell, w) in enumerate(zip(row, widths, strict=False)):
                if shade_col0 and c == 0 and not shade_row:
                    self.add(Box(cx, y0, w, row_h, color=None, fill=(0.93, 0.93, 0.93)))
                base = y0 + row_h / 2 + size * PT_MM * 0.34
                a = "c" if shade_row else aligns[c]
                tx = {"l": cx + pad, "c": cx + w / 2, "r": cx + w - pad}[a]
                if cell:
                    self.add(Text(tx, base, cell, size, font or self.font, a))
                cx += w
            self.y += row_h
        if ruled == "none":
            return
        if ruled in ("grid", "rows", "outer"):
            ys = [top + i * row_h for i in range(len(rows) + 1)]
            for i, yy in enumerate(ys):
                if ruled != "outer" or i in (0, len(ys) - 1):
                    self.add(Line(x, yy, x + total_w, yy, line_w * (2 if i in (0, len(ys) - 1) and ruled == "rows" else 1)))
        if ruled in ("grid", "outer"):
            xs = [x]
            for w in widths:
                xs.append(xs[-1] + w)
            for i, xx in enumerate(xs):
                if ruled == "grid" or i in (0, len(xs) - 1):
                    self.add(Line(xx, top, xx, self.y, line_w))

    def seal(self, x: float, y: float, size: float, kind: str, text: str, angle: float = 0.0, seed: int = 0) -> None:
        self.add(Seal(x, y, size, kind, text, angle, seed))

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.3,
            color: tuple[float, float, float] | None = BLACK, fill: tuple[float, float, float] | None = None) -> None:
        self.add(Box(x, y, w, h, width, color, fill))

    def vcol(self, x: float, y: float, s: str, size: float = 12.0, font: str = "serif", pitch: float = 1.05) -> None:
        self.add(VText(x, y, s, size, font, pitch))


def post_office_stamp(page: PageSpec, seed: int) -> Seal:
    """The 内容証明 certification stamp, placed left of the last text column."""
    xs = [it.x for it in page.items if isinstance(it, VText)]
    x = max(17.0, min(xs) - 16.0) if xs else 30.0
    return Seal(x, 36.0, 26.0, "round", "郵便認証司|書留/内容/証明", angle=-12, seed=seed)


def vertical_page(columns: list[tuple[str, str]], size: float = 12.5, font: str = "serif", right: float = 188.0,
                  top: float = 22.0, bottom: float = 275.0, col_pitch: float | None = None,
                  left_limit: float = 18.0) -> list[PageSpec]:
    """Lay out 縦書き text: each (kind, text) is a column (kind: body | title | indent | bottom),
    wrapped to the column height, written right to left. Returns one or more pages."""
    em = size * PT_MM
    col_pitch = col_pitch or em * 1.75
    per_col = int((bottom - top) / (em * 1.05))
    pages: list[PageSpec] = [PageSpec()]
    x = right

    def new_col() -> None:
        nonlocal x
        x -= col_pitch
        if x < left_limit:
            pages.append(PageSpec())
            x = right

    first = True
    for kind, text in columns:
        if not first:
            new_col()
        first = False
        if kind == "blank":
            continue
        if kind == "title":
            sz = size * 1.35
            pages[-1].items.append(VText(x - em * 0.1, top + em * 2, "　".join(text), sz, font + "-bold", 1.05))
            new_col()
            continue
        offset = {"body": 1, "indent": 1, "plain": 0, "low": 0}.get(kind, 0)
        if kind == "bottom":
            # right-aligned to the bottom of the column (dates, names)
            n = len(text)
            start = top + (per_col - n - 1) * em * 1.05
            pages[-1].items.append(VText(x, start, text, size, font))
            continue
        if kind == "low":
            offset = 8
        def take(s: str, n: int) -> tuple[str, str]:
            chunk, rest = s[:n], s[n:]
            # burasagari: a closing mark never starts a column, it hangs below the last one
            while rest and rest[0] in _NO_LINE_START:
                chunk, rest = chunk + rest[0], rest[1:]
            return chunk, rest

        chunk, s = take(text, per_col - offset)
        pages[-1].items.append(VText(x, top + offset * em * 1.05, chunk, size, font))
        while s:
            new_col()
            chunk, s = take(s, per_col)
            pages[-1].items.append(VText(x, top, chunk, size, font))
    return pages
