"""Drawing helpers for letters printed by mass-mailing systems, shared by proxy sets 14–18: customer barcode
bars, QR-like squares, an address window, a 重要/親展 stamp, label/value grids, a 払込取扱票 (payment slip), a
よくあるご質問 page; `vsafe` cuts 縦書き columns so that none ends inside a number, an amount or a date, and
`vcheck` asserts it; `wd`, `era` and `kdate` spell dates. Written by set 14's helper (vsafe and wd from set 12,
vcheck, era and kdate from set 16); each set imports them through its gen/common.py."""
from __future__ import annotations

import hashlib
from datetime import date as _date

from samples.letters import layout as _layout
from samples.letters.layout import GRAY, PT_MM, RED, Box, Line, Text, text_width
from samples.letters.proxydraw import wrap_nb

__all__ = ["vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed",
           "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]

NAVY = (0.08, 0.22, 0.48)
SHADE = (0.90, 0.90, 0.90)
WHITE = (1.0, 1.0, 1.0)


def _bits(key: str, n: int) -> list[int]:
    out: list[int] = []
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"{key}/{i}".encode()).digest()
        for byte in h:
            out.extend((byte >> k) & 1 for k in range(8))
        i += 1
    return out[:n]


def bars(p, x, y, w, h, key, tall=True):
    """A customer-barcode-like row of bars (postal 4-state look): deterministic from key."""
    n = int(w / 1.2)
    b = _bits(key, n * 2)
    for i in range(n):
        bx = x + i * 1.2
        top = y if (b[2 * i] or not tall) else y + h * 0.3
        bot = y + h if (b[2 * i + 1] or not tall) else y + h * 0.7
        p.add(Line(bx, top, bx, bot, 0.55))


def qr(p, x, y, s, key, n=21):
    """A QR-code-like square (finder patterns in three corners, random modules)."""
    m = s / n
    b = _bits(key, n * n)
    fill = (0, 0, 0)

    def finder(cx, cy):
        p.add(Box(x + cx * m, y + cy * m, 7 * m, 7 * m, width=m, color=fill))
        p.add(Box(x + (cx + 2) * m, y + (cy + 2) * m, 3 * m, 3 * m, color=None, fill=fill))

    for r in range(n):
        for c in range(n):
            if (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8):
                continue
            if b[r * n + c]:
                p.add(Box(x + c * m, y + r * m, m, m, color=None, fill=fill))
    finder(0.5, 0.5)
    finder(n - 7.5, 0.5)
    finder(0.5, n - 7.5)


def window(p, x, y, zipc, addr, name, barkey, w=92, h=38, size=10, name_size=13.5, code=None):
    """The address block as it shows through a window envelope: bars above the postcode, the address lines and the
    name with 様; `code` is a small printed mailing code under the bars (a distractor, not a customer number)."""
    p.add(Box(x, y, w, h, 0.2, GRAY))
    bars(p, x + 4, y + 3, min(w - 8, 62), 3.2, barkey)
    yy = y + 9.5
    if code:
        p.at(x + 4, yy, code, size=6.5)
        yy += 3.5
    p.at(x + 4, yy + 2.5, "〒" + zipc, size=size)
    yy += 2.5
    for a in addr:
        yy += size * PT_MM * 1.45
        p.at(x + 4, yy + 1, a, size=size)
    p.at(x + 8, y + h - 3.5, name, size=name_size)


def stamp(p, x, y, text, color=RED, size=12, w=None, h=9, fill=None):
    """A printed 重要 / 親展 mark: framed text."""
    w = w or text_width(text, size, "sans-bold") + 5
    p.add(Box(x, y, w, h, 0.6, color, fill))
    p.at(x + w / 2, y + h / 2 + size * PT_MM * 0.36, text, size=size, font="sans-bold", align="c",
         color=WHITE if fill else color)


def dashed(p, x0, x1, y, seg=2.0, gap=1.2, width=0.25):
    x = x0
    while x < x1:
        p.add(Line(x, y, min(x + seg, x1), y, width))
        x += seg + gap


def grid(p, x, y, widths, rows, h=7.0, size=8.5, lsize=None, shade=SHADE, vfont="sans", bold=()):
    """Rows of (label, value, label, value …): label cells shaded, values left. Returns the y below."""
    lsize = lsize or size - 0.5
    for r, row in enumerate(rows):
        cx = x
        for c, (txt, wdt) in enumerate(zip(row, widths, strict=False)):
            is_label = c % 2 == 0
            p.add(Box(cx, y, wdt, h, 0.25, (0, 0, 0), shade if is_label else None))
            if txt:
                f = "sans-bold" if (not is_label and (r, c) in bold) else (vfont if not is_label else "sans")
                p.at(cx + 1.5, y + h / 2 + (lsize if is_label else size) * PT_MM * 0.36, txt,
                     size=lsize if is_label else size, font=f)
            cx += wdt
        y += h
    return y


def slip(p, y, *, account, payee, amount, payer, note, title="払込取扱票", bank_line=None, fee_note=None, key="s"):
    """A 払込取扱票 at the foot of the page, under a キリトリ線: account number cells, the amount digit by digit in
    boxes, 加入者名, ご依頼人 and a 通信欄; a 受領証 strip on the right repeats the amount."""
    dashed(p, 12, 198, y)
    p.at(105, y - 1.0, "－－　キリトリ線　（ここから切り離してお使いください）　－－", size=6.5, align="c")
    y0 = y + 3
    H = 297 - 8 - y0
    p.add(Box(12, y0, 138, H, 0.4))
    p.add(Box(152, y0, 46, H, 0.4))
    p.add(Box(12, y0, 138, 6, 0.3, None, SHADE))
    p.at(14, y0 + 4.4, title, size=8.5, font="sans-bold")
    p.at(148, y0 + 4.4, "通常払込料金加入者負担", size=6.5, align="r")
    # account cells
    p.at(14, y0 + 10, "口座記号番号", size=6.5)
    ax = 14
    for ch in account:
        if ch == "-":
            p.at(ax + 1.2, y0 + 16, "－", size=9)
            ax += 4
            continue
        p.add(Box(ax, y0 + 11.5, 4.2, 6, 0.2))
        p.at(ax + 2.1, y0 + 16.3, ch, size=9, align="c")
        ax += 4.2
    # amount cells
    digits = f"{amount}"
    n = 10
    cx0 = 84
    p.at(cx0, y0 + 10, "金　額", size=6.5)
    for i in range(n):
        p.add(Box(cx0 + i * 6.2, y0 + 11.5, 6.2, 7, 0.2))
    lab = ["", "億", "千", "百", "十", "万", "千", "百", "十", "円"]
    for i, u in enumerate(lab):
        if u:
            p.at(cx0 + i * 6.2 + 5.8, y0 + 19.7, u, size=5, align="r")
    p.at(cx0 + (n - len(digits) - 1) * 6.2 + 3.1, y0 + 16.8, "¥", size=10, align="c")
    for i, d in enumerate(digits):
        p.at(cx0 + (n - len(digits) + i) * 6.2 + 3.1, y0 + 16.8, d, size=10.5, font="sans-bold", align="c")
    p.at(14, y0 + 24, "加入者名", size=6.5)
    ps = 9.5
    while text_width(payee, ps, "sans") > 54 and ps > 6:
        ps -= 0.5
    p.at(28, y0 + 24.3, payee, size=ps)
    p.at(14, y0 + 30, "ご依頼人", size=6.5)
    p.at(28, y0 + 30.3, payer, size=9.5)
    p.add(Box(84, y0 + 21, 64, H - 23, 0.2))
    p.at(85.5, y0 + 24, "通信欄", size=6.5)
    yy = y0 + 28
    for ln in note:
        p.at(86, yy, ln, size=7.5)
        yy += 3.6
    if bank_line:
        lines = wrap_nb(bank_line, 68, 6.3, "sans", "")
        for i, ln in enumerate(lines):
            p.at(14, y0 + H - 2.5 - 2.9 * (len(lines) - 1 - i), ln, size=6.3)
    # receipt strip
    p.add(Box(152, y0, 46, 6, 0.3, None, SHADE))
    p.at(175, y0 + 4.4, "振替払込請求書兼受領証", size=7, font="sans-bold", align="c")
    p.at(154, y0 + 10, "口座記号番号", size=6.5)
    p.at(154, y0 + 14.5, account, size=8.5)
    p.at(154, y0 + 20, "金額", size=6.5)
    p.at(196, y0 + 20.5, f"¥{amount:,}", size=10.5, font="sans-bold", align="r")
    p.at(154, y0 + 26, "加入者名", size=6.5)
    ps = 7.5
    while text_width(payee, ps, "sans") > 42 and ps > 5:
        ps -= 0.5
    p.at(154, y0 + 30, payee, size=ps)
    p.add(Box(180, y0 + H - 17, 15, 15, 0.2, GRAY))
    p.at(187.5, y0 + H - 9, "日附印", size=6, align="c", color=GRAY)
    if fee_note:
        p.at(154, y0 + 35, fee_note, size=6)


def faq(p, items, x0=20, x1=190, qsize=9.5, asize=8.8, qmark="Ｑ", amark="Ａ", qcolor=(0, 0, 0)):
    """A よくあるご質問 block: each (question, answer) as a bold Q line and an indented answer paragraph."""
    for q, a in items:
        p.gap(1.2)
        p.line(f"{qmark}．{q}", x=x0, size=qsize, font="sans-bold", color=qcolor)
        for ln in wrap_nb(f"{amark}．{a}", x1 - x0 - 5, asize, p.font, ""):
            p.line(ln, x=x0 + 5, size=asize)


# --- set 9's vsafe (copied via set 12): 縦書き columns that never break inside a date or an amount ------------

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


# --- added by set 16 ---------------------------------------------------------------------------------------

_NUMCH = set("〇一二三四五六七八九十百千万億０１２３４５６７８９0123456789，,．.・壱弐参拾萬")


def vcheck(pages) -> None:
    """Assert that no 縦書き column ends inside a run of digits / kanji numerals that the next column continues
    (a date, an amount, a phone number): the whole run must start the next column."""
    from samples.letters.layout import VText
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s and b.s and a.s[-1] in _NUMCH and b.s[0] in _NUMCH:
                raise AssertionError(f"column breaks inside a number: …{a.s[-6:]} | {b.s[:6]}…")
            if a.s and b.s and a.s[-1] in "年月金第" and b.s[0] in _NUMCH:
                raise AssertionError(f"column breaks inside a date/amount: …{a.s[-6:]} | {b.s[:6]}…")


def era(d: _date, fwid: bool = False) -> str:
    from samples.letters.fmt import fullwidth
    s = f"令和{d.year - 2018}年{d.month}月{d.day}日"
    return fullwidth(s) if fwid else s


def kdate(d: _date) -> str:
    from samples.letters.fmt import kanji_small
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"
