"""The proxy sets share their truth builder: samples/letters/proxykit.py. Set 8 reuses set 6's small drawing helpers
and adds a Page whose paragraphs never break inside a number, an amount or a date (wrap_nb)."""
from __future__ import annotations

from samples.letters.fmt import kanji_digits
from samples.letters.layout import PT_MM, Box, Line, Text, text_width
from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb", "Page"]


def leader(p: Page, label: str, value: str, x0: float, x1: float, size: float | None = None,
           font: str | None = None, dot: str = "…") -> None:
    """label ……… value on one line (dotted leader), value flush right at x1."""
    size = size or p.size
    font = font or p.font
    base = p.y + size * PT_MM
    p.add(Text(x0, base, label, size, font))
    p.add(Text(x1, base, value, size, font, "r"))
    free = (x1 - text_width(value, size, font)) - (x0 + text_width(label, size, font)) - 2.0
    assert free > 4.0, (label, value, free)
    n = max(2, int(free / text_width(dot, size, font)))
    p.add(Text(x0 + text_width(label, size, font) + 1.0, base, dot * n, size, font))
    p.y += p.lh(size)


def cell(p: Page, x: float, y: float, w: float, h: float, label: str, value: str, lsize: float = 7.5,
         vsize: float = 11.0, font: str | None = None, vfont: str | None = None, align: str = "l",
         width: float = 0.3) -> None:
    """A form cell: the small label on top, the value below it (label above value)."""
    font = font or p.font
    p.add(Box(x, y, w, h, width))
    p.add(Text(x + 1.5, y + 1.2 + lsize * PT_MM, label, lsize, font))
    vx = {"l": x + 2.5, "r": x + w - 2.5, "c": x + w / 2}[align]
    p.add(Text(vx, y + h - 2.0, value, vsize, vfont or font, align))


def kman(n: int) -> str:
    """金一二三万四五六七円 style: kanji digits with a 万 unit (vertical letters)."""
    hi, lo = divmod(n, 10000)
    if not hi:
        return "金" + kanji_digits(str(lo)) + "円"
    return "金" + kanji_digits(str(hi)) + "万" + kanji_digits(f"{lo:04d}") + "円"


def split_lines(p: Page, lines: list[str], x: float, size: float | None = None, font: str | None = None) -> None:
    """Lines set exactly as given (used to break an amount across two lines, as justified text does)."""
    for s in lines:
        p.line(s, x=x, size=size, font=font)


def seal_after(it, size, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


_ = (Line, kanji_digits)


# --- set 8: paragraphs that never break inside a number, an amount or a date -----------------------------------

from samples.letters import layout as _layout  # noqa: E402

_TOK = set("0123456789０１２３４５６７８９,，.．年月日")
_TAIL = set("円%％")


def _tok_start(cur: str) -> int:
    """Index in `cur` where the trailing number/date token starts (len(cur) when there is none)."""
    i = len(cur)
    while i > 0 and cur[i - 1] in _TOK:
        i -= 1
    if i < len(cur) and cur[i:i + 1] in ("年", "月", "日", ",", "，", ".", "．"):  # a token starts with a digit
        while i < len(cur) and not cur[i].isdigit() and cur[i] not in "０１２３４５６７８９":
            i += 1
    if i >= 2 and cur[i - 2:i] in ("令和", "平成"):
        i -= 2
    return i


def wrap_nb(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    """layout.wrap (greedy, simple kinsoku), but a line never ends inside a run such as 令和7年8月27日 or
    1,176,480円: the whole run moves to the next line."""
    lines: list[str] = []
    for para in s.split("\n"):
        cur = indent if para and not para.startswith(("（", "(", "※", "・", " ", "　")) else ""
        for ch in para:
            if (_layout.text_width(cur + ch, size, font) > width and cur.strip()
                    and ch not in _layout._NO_LINE_START):
                k = len(cur)
                if (ch in _TOK or ch in _TAIL) and cur[-1] in _TOK:
                    k = _tok_start(cur)
                elif ch in "和成" and cur[-1] in "令平":  # 令|和 → keep the era name whole
                    k = len(cur) - 1
                while k > 0 and cur[k - 1] in "（「(":  # no opening bracket at a line end
                    k -= 1
                if k <= len(cur) - len(cur.lstrip("　")) or k == 0:
                    k = len(cur)
                lines.append(cur[:k])
                cur = cur[k:]
            cur += ch
        lines.append(cur)
    return lines


class Page(_layout.Page):
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap_nb(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)
