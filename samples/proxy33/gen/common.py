"""Set 33 (copied from set 18, which is set 16 unchanged: set 14's furniture plus vcheck, era and kdate). The proxy
sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py), imported read-only. This set adds what odd paper formats need: a monospace face for the
dot-matrix letter (Noto Sans Mono CJK JP, taken out of the system's Noto collection into a temporary file and
registered under the key "mono" of this process only), `vgrid` (縦書き in a fixed grid: N characters a column, a
column never ending inside a number or a date) and `hand` (a thumb holding a postcard in a phone photo)."""
from __future__ import annotations

import tempfile
from pathlib import Path

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
                                     kdate,
                                     qr,
                                     stamp,
                                     text_width,
                                     vcheck,
                                     wd,
)
from samples.letters.proxydraw import Page, cell, leader, photo_real, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "wrap_nb", "Page", "wd", "vcheck", "era",
           "kdate", "bars", "qr", "stamp", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text",
           "text_width", "PT_MM", "use_mono", "vgrid", "hand"]

def use_mono(workdir: Path | None = None) -> None:
    """Register the monospace face (Noto Sans Mono CJK JP, face 5 of the Noto collection) as font key "mono" in
    this process: the shared FONT_FILES dict gets one more entry in memory; no shared file is changed."""
    from fontTools.ttLib import TTCollection

    if "mono" in _layout.FONT_FILES:
        return
    workdir = workdir or Path(tempfile.mkdtemp(prefix="proxy33fonts-"))
    out = workdir / "NotoSansMonoCJKjp-Regular.otf"
    if not out.exists():
        col = TTCollection("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        face = col.fonts[5]
        assert face["name"].getDebugName(4) == "Noto Sans Mono CJK JP"
        face.recalcTimestamp = False  # keep the font's own timestamp: the PDFs stay byte-identical run to run
        face.save(str(out))
    _layout.FONT_FILES["mono"] = str(out)


_NUMCH = set("〇一二三四五六七八九十百千万億０１２３４５６７８９0123456789，,．.・壱弐参拾萬")
_NOSTART = set("、。，．）」』】〕・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")


_RUN = _NUMCH | set("年月日円")


def _cut(s: str, n: int) -> tuple[str, str]:
    """One grid column of at most n characters from s: a date or an amount (a run of numerals with 年/月/日/円, with
    a leading 令和/平成/金) is never split, so no column ends inside a number, and the next column never starts with
    a closing mark. Short columns leave empty cells."""
    if len(s) <= n:
        return s, ""
    k = n
    while k > 1 and s[k] in _NOSTART:
        k -= 1
    if s[k - 1] in _RUN and s[k] in _RUN and any(c in _NUMCH for c in s[max(0, k - 3):k + 3]):
        while k > 0 and s[k - 1] in _RUN:
            k -= 1
        if k >= 1 and s[k - 1] in "金第":
            k -= 1
        if k >= 2 and s[k - 2:k] in ("令和", "平成"):
            k -= 2
    assert k > n // 3, s[:n]
    return s[:k], s[k:]


def vgrid(paras, *, per_col, x_right, pitch, top, cell, size, font="serif", page_w=210.0, page_h=297.0,
          cols_per_page, color=(0, 0, 0)):
    """縦書き in a fixed grid: each (indent, text) paragraph starts a new column, `indent` empty cells first; a
    paragraph text of None is an empty column. Returns a list of PageSpec (columns right to left)."""
    from samples.letters.layout import PageSpec, VText

    cols: list[tuple[int, str]] = []
    for indent, text in paras:
        if text is None:
            cols.append((0, ""))
            continue
        first = True
        s = text
        while s:
            off = indent if first else 0
            chunk, s = _cut(s, per_col - off)
            cols.append((off, chunk))
            first = False
    pages = []
    for i in range(0, len(cols), cols_per_page):
        pg = PageSpec(page_w, page_h, [])
        for j, (off, chunk) in enumerate(cols[i:i + cols_per_page]):
            if chunk:
                y = top + off * cell + (cell - size * PT_MM) / 2  # each character centred in its cell
                vt = VText(x_right - j * pitch, y, chunk, size, font, cell / (size * PT_MM), color)
                pg.items.append(vt)
        pages.append(pg)
    return pages


def hand(img, rng, side="bottom", skin=(214, 168, 140)):
    """A thumb (with its nail) over one edge of a postcard in a phone photo: the card is held, not lying flat."""
    import cv2
    import numpy as np
    from PIL import Image

    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    H, W = a.shape[:2]
    if side == "bottom":
        cx, cy = W * rng.uniform(0.42, 0.58), H * 0.90
        ax, ay, ang = W * 0.055, H * 0.16, rng.uniform(-12, 12)
    else:  # left
        cx, cy = W * 0.08, H * rng.uniform(0.55, 0.7)
        ax, ay, ang = W * 0.15, H * 0.06, rng.uniform(-8, 8)
    m = np.zeros((H, W), np.float32)
    cv2.ellipse(m, (int(cx), int(cy)), (int(ax), int(ay)), ang, 0, 360, 1.0, -1)
    if side == "bottom":
        cv2.rectangle(m, (int(cx - ax), int(cy)), (int(cx + ax), H), 1.0, -1)
    else:
        cv2.rectangle(m, (0, int(cy - ay)), (int(cx), int(cy + ay)), 1.0, -1)
    soft = cv2.GaussianBlur(m, (0, 0), 3.0)
    shade = cv2.GaussianBlur(m, (0, 0), max(ax, ay) * 0.35)
    col = np.array(skin, np.float32)[None, None, :] * (0.72 + 0.33 * shade)[..., None]
    nail = np.zeros((H, W), np.float32)
    if side == "bottom":
        cv2.ellipse(nail, (int(cx), int(cy - ay * 0.55)), (int(ax * 0.55), int(ay * 0.28)), ang, 0, 360, 1.0, -1)
    else:
        cv2.ellipse(nail, (int(cx + ax * 0.55), int(cy)), (int(ax * 0.28), int(ay * 0.55)), ang, 0, 360, 1.0, -1)
    nail = cv2.GaussianBlur(nail, (0, 0), 2.0) * soft
    col = col * (1 - nail[..., None]) + np.array([232, 196, 186], np.float32) * nail[..., None]
    dy, dx = int(H * 0.012), int(W * 0.01)
    shifted = np.zeros_like(m)
    shifted[dy:, dx:] = m[:H - dy, :W - dx]  # the thumb's shadow falls down-right (no wrap-around)
    drop = cv2.GaussianBlur(shifted, (0, 0), 18)
    a = a * (1 - 0.35 * drop * (1 - soft))[..., None]
    a = a * (1 - soft[..., None]) + col * soft[..., None]
    a += rng.normal(0, 2.0, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
