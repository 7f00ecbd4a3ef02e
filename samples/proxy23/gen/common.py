"""Set 23 (copied from set 18, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds what its "old-fashioned office" letters need: positional kanji amounts
grouped with 、 (金四五二、八〇〇円也), 大字 with 也, kanji dates with 元年 and 平成, phone numbers in kanji digits, a
stricter column check (`vsafe23` / `vcheck23`: 、 inside a kanji number and 円|也 count as part of the number) and
the post office's 内容証明 certification at the foot of a 縦書き page (`naiyou_foot`)."""
from __future__ import annotations

from datetime import date as _date

from samples.letters import layout as _layout
from samples.letters.fmt import kanji_digits, kanji_number, kanji_small
from samples.letters.layout import PT_MM as _PT
from samples.letters.layout import Box as _Box
from samples.letters.layout import Seal as _Seal
from samples.letters.layout import VText as _VText
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM",
           "pos", "kpos", "daiji", "kd", "kphone", "vsafe23", "vcheck23", "naiyou_foot", "wdk"]

_KD = "〇一二三四五六七八九"


def pos(n: int) -> str:
    """Positional kanji digits grouped by three with 、: 452800 → 四五二、八〇〇."""
    return "".join(_KD[int(c)] if c.isdigit() else "、" for c in f"{n:,}")


def kpos(n: int, ya: bool = True) -> str:
    """金四五二、八〇〇円也 (positional kanji, 也 optional)."""
    return "金" + pos(n) + "円" + ("也" if ya else "")


def daiji(n: int, ya: bool = True) -> str:
    """金壱百弐拾参万四千五百六拾七円也."""
    return "金" + kanji_number(n, daiji=True) + "円" + ("也" if ya else "")


def kd(d: _date, gannen: bool = True) -> str:
    """令和七年十二月一日 / 令和元年六月十日 / 平成三十年四月二日 (kanji numerals)."""
    if d >= _date(2019, 5, 1):
        name, y = "令和", d.year - 2018
    else:
        name, y = "平成", d.year - 1988
    ys = "元" if (y == 1 and gannen) else kanji_small(y)
    return f"{name}{ys}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def wdk(d: _date) -> str:
    return "月火水木金土日"[d.weekday()]


def kphone(s: str) -> str:
    """'0577-000-3147' → 〇五七七（〇〇〇）三一四七."""
    a, b, c = s.split("-")
    return f"{kanji_digits(a)}（{kanji_digits(b)}）{kanji_digits(c)}"


_NUM = set("〇一二三四五六七八九十百千万億０１２３４５６７８９0123456789，,．.・壱弐参拾萬")


def vsafe23(columns, size=12.5, top=22.0, bottom=275.0):
    """samples.letters.mailing.vsafe, but 、 between kanji digits (四五二、八〇〇) and 円也 also stay whole."""
    em = size * _PT
    per_col = int((bottom - top) / (em * 1.05))
    tok = _NUM | set("年月日円金第、也号")
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
            if rest and chunk[-1] in tok and rest[0] in tok and not (chunk[-1] == "、" and chunk[-2:-1] not in _NUM):
                k = len(chunk)
                while k > 0 and chunk[k - 1] in tok and not (chunk[k - 1] == "、" and chunk[k - 2:k - 1] not in _NUM):
                    k -= 1
                if k >= 2 and chunk[k - 2:k] in ("令和", "平成"):
                    k -= 2
                if k > 4:
                    chunk, rest = chunk[:k], chunk[k:] + rest
            out.append((kind if first else "plain", chunk))
            first, s = False, rest
    return out


def vcheck23(pages) -> None:
    """vcheck, plus: no column ends with 、 inside a kanji number, or with 円 before 也, or with 金 before a digit."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, _VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if not (a.s and b.s):
                continue
            if a.s[-1] == "、" and a.s[-2:-1] and a.s[-2] in _NUM and b.s[0] in _NUM:
                raise AssertionError(f"column breaks inside a grouped kanji number: …{a.s[-6:]} | {b.s[:6]}…")
            if b.s[0] in "也円" or (a.s[-1] in "号第年月" and b.s[0] in _NUM):
                raise AssertionError(f"column breaks inside an amount / number: …{a.s[-6:]} | {b.s[:6]}…")


PURPLE = (0.30, 0.12, 0.42)


def naiyou_foot(pg, d: _date, number: str, officer: str, seed: int, x: float | None = None, y: float = 196.0) -> float:
    """The post office's 内容証明 certification at the foot of the last 縦書き page: a framed block of small columns
    (この郵便物は…第N号書留内容証明郵便物として差し出したことを証明します 日本郵便株式会社) and the round 郵便認証司 stamp
    over it. Placed left of the last text column unless x is given; returns the x used."""
    xs = [it.x for it in pg.items if isinstance(it, _VText)]
    if x is None:
        x = min(xs) - 9.0
    cols = [f"この郵便物は{kd(d)}", f"第{number}号書留内容証明郵便物", "として差し出したことを証明します",
            "日本郵便株式会社", f"郵便認証司　{officer}"]
    size = 6.8
    em = size * _PT
    w = len(cols) * em * 1.45 + 3
    h = max(len(c) for c in cols) * em * 1.05 + 5
    pg.items.append(_Box(x - w + em, y - 2.5, w, h, 0.35, PURPLE))
    for i, c in enumerate(cols):
        pg.items.append(_VText(x - i * em * 1.45, y, c, size, "serif", 1.05, PURPLE))
    pg.items.append(_Seal(x - w / 2 + em / 2, y - 14, 21.0, "round", "郵便認証司|書留/内容/証明", angle=-9, seed=seed))
    return x
