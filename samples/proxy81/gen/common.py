"""Set 81: set 18's gen/common.py (set 16's furniture plus vcheck, era and kdate, re-exported from
samples/letters/{mailing,proxydraw,proxykit}.py) plus this set's own fax and scanner machinery, written for this set:

* `fax_page`: one trip through a fax line. The sending machine's header line is added at the top (the page moves down
  under it); an optional receiving machine's line is printed at the BOTTOM; standard (200×100) or fine (200×200)
  resolution; `dither` sends the page in halftone mode, so grey table cells become an ordered dot pattern instead of
  vanishing; `light` is the sender's darkness setting turned down (thin strokes); speckle, a streak, a dropped line.
  A page that went through a fax once can be sent again (a fax of a fax): `refax`.
* `save_tiff`: a multi-page G4 TIFF with the right dpi tags.
* `photocopy`: what a photocopier does to a letter before it is scanned: darker strokes, a grey ground with toner
  dust, and black borders where the copier saw past the edge of the sheet.
* `crooked`: a sheet laid crooked on the glass of a flatbed (smaller than the bed, turned 2–3°, its edge shadow).
* `uketsuke`: a red 受付印 (date stamp of the receiving office) pressed into a margin.
* `highlight`: yellow highlighter strokes over given boxes (mm), as a reader marks a letter before it is scanned.
* `folds`: the creases of a letter unfolded from a tri-fold envelope, pressed flat on the glass."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from samples.letters.layout import FONT_FILES
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
           "fax_page", "refax", "save_tiff", "photocopy", "crooked", "uketsuke", "highlight", "folds"]

_BAYER = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26],
                   [12, 44, 4, 36, 14, 46, 6, 38], [60, 28, 52, 20, 62, 30, 54, 22],
                   [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                   [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32)


def _line_img(w: int, h: int, text: str, size: int, x: int = 30) -> np.ndarray:
    im = Image.new("L", (w, h), 255)
    font = ImageFont.truetype(FONT_FILES["sans"], size, index=0)
    ImageDraw.Draw(im).text((x, (h - size) // 2 - 2), text, fill=0, font=font)
    return np.asarray(im, dtype=np.float32)


def fax_page(img: Image.Image, rng: np.random.Generator, header: str | None = None, footer: str | None = None,
             fine: bool = False, dither: bool = False, light: bool = False) -> Image.Image:
    """One trip through a fax line (input: a page rendered at 200 dpi). Returns a 1-bit image at 200×100 (standard) or
    200×200 (fine)."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    if header is not None:  # the sending machine prints its line above the page and pushes the page down
        g = np.vstack([_line_img(w, 40, header, 22), g[: h - 40]])
    if footer is not None:  # the receiving machine prints its own line over the bottom margin
        g[h - 44:h - 4] = np.minimum(g[h - 44:h - 4], _line_img(w, 40, footer, 21, x=60))
    g = cv2.GaussianBlur(g, (0, 0), 0.55)
    if not fine:
        g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    if dither:  # halftone mode: an ordered dot pattern for every grey, strokes stay solid
        thr = np.tile(_BAYER, (g.shape[0] // 8 + 1, g.shape[1] // 8 + 1))[: g.shape[0], : g.shape[1]]
        thr = 40 + thr / 63.0 * 208 + rng.normal(0, 6, g.shape)
    else:
        thr = (120 if light else 150) + rng.normal(0, 16, g.shape)
    bw = (g > thr).astype(np.uint8) * 255
    if dither:
        bw[g > 244] = 255  # the paper stays white
    bw[rng.random(bw.shape) < 0.0012] = 0
    for _ in range(int(rng.integers(1, 3))):
        row = int(rng.integers(60, bw.shape[0] - 60))
        x0 = int(rng.integers(0, w // 2))
        bw[row, x0:x0 + int(rng.integers(w // 5, w // 2))] = 0
    if rng.random() < 0.6:
        row = int(rng.integers(60, bw.shape[0] - 60))
        bw[row, :] = 255
    return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE)


def refax(page: Image.Image, fine: bool = False) -> Image.Image:
    """A received fax page (1-bit) back to a 200 dpi grey page, ready to be faxed on."""
    g = page.convert("L")
    if not fine:
        g = g.resize((g.width, g.height * 2), Image.NEAREST)
    return g.filter(ImageFilter.GaussianBlur(0.6)).convert("RGB")


def save_tiff(pages: list[Image.Image], path, fine: bool = False) -> None:
    pages[0].save(path, format="TIFF", compression="group4", dpi=(200, 200 if fine else 100),
                  save_all=len(pages) > 1, append_images=pages[1:])


def photocopy(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A photocopy of the letter: darker, greyer, toner dust, black borders past the sheet's left and bottom edges."""
    a = np.asarray(img.convert("L"), dtype=np.float32) / 255.0
    h, w = a.shape
    a = a ** 1.5  # strokes thicken and darken
    ground = 0.86 + 0.03 * cv2.resize(rng.normal(0, 1, (6, 5)).astype(np.float32), (w, h),
                                      interpolation=cv2.INTER_CUBIC)
    a = a * ground
    a[rng.random(a.shape) < 0.0008] = 0.25  # toner dust
    # the original lay a little off on the copier: black beyond its left and bottom edges, a ragged boundary
    left = int(rng.integers(26, 40))
    bottom = int(rng.integers(30, 46))
    edge_l = left + np.cumsum(rng.normal(0, 0.35, h)).astype(int).clip(-6, 6)
    edge_b = bottom + np.cumsum(rng.normal(0, 0.35, w)).astype(int).clip(-6, 6)
    for y in range(h):
        a[y, : max(0, edge_l[y])] = 0.08
    for x in range(w):
        a[h - max(0, edge_b[x]):, x] = 0.08
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    out = np.clip(a * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(out).convert("RGB")


def crooked(img: Image.Image, rng: np.random.Generator, angle: float, scale: float = 0.93) -> Image.Image:
    """The sheet laid crooked on the glass: a little smaller than the bed, turned `angle` degrees, with its edge
    shadow on the lid."""
    W, H = img.size
    sheet = img.resize((int(W * scale), int(H * scale)), Image.LANCZOS)
    bed = Image.new("RGB", (W, H), (236, 236, 234))
    mask = Image.new("L", sheet.size, 255)
    sheet = sheet.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(236, 236, 234))
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox = int((W - sheet.width) / 2 + rng.uniform(-12, 12))
    oy = int((H - sheet.height) / 2 + rng.uniform(-10, 10))
    shadow = Image.new("L", (W, H), 0)
    shadow.paste(mask, (ox + 7, oy + 7))
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    bed = Image.composite(Image.new("RGB", (W, H), (150, 150, 148)), bed, shadow.point(lambda v: v * 55 // 100))
    bed.paste(sheet, (ox, oy), mask)
    return bed


def uketsuke(img: Image.Image, x_mm: float, y_mm: float, top: str, date_s: str, bottom: str, rng: np.random.Generator,
             dpi: int = 200, d_mm: float = 24.0, angle: float = -8.0) -> Image.Image:
    """A red 受付印 pressed at (x_mm, y_mm) (centre): a circle with the office name above, the date in a band across
    the middle, and 受付 below; uneven ink, slightly turned."""
    px = dpi / 25.4
    n = int(d_mm * px)
    m = Image.new("L", (n + 8, n + 8), 0)
    d = ImageDraw.Draw(m)
    lw = max(3, n // 40)
    d.ellipse((4, 4, n + 4, n + 4), outline=255, width=lw)
    c = (n + 8) / 2
    band = n * 0.17
    d.line((4 + n * 0.06, c - band, n + 4 - n * 0.06, c - band), fill=255, width=lw - 1)
    d.line((4 + n * 0.06, c + band, n + 4 - n * 0.06, c + band), fill=255, width=lw - 1)
    f1 = ImageFont.truetype(FONT_FILES["sans-bold"], int(n * 0.13), index=0)
    f2 = ImageFont.truetype(FONT_FILES["sans-bold"], int(n * 0.17), index=0)
    f3 = ImageFont.truetype(FONT_FILES["sans-bold"], int(n * 0.16), index=0)
    d.text((c, c - band - n * 0.13), top, fill=255, font=f1, anchor="mm")
    d.text((c, c), date_s, fill=255, font=f2, anchor="mm")
    d.text((c, c + band + n * 0.14), bottom, fill=255, font=f3, anchor="mm")
    ink = np.asarray(m, dtype=np.float32) / 255.0
    blot = cv2.resize(rng.random((n // 10 + 2, n // 10 + 2)).astype(np.float32), ink.shape[::-1],
                      interpolation=cv2.INTER_CUBIC)
    ink = np.clip(ink * (0.6 + 0.5 * blot), 0, 1)
    alpha = Image.fromarray((ink * 230).astype(np.uint8)).rotate(angle, resample=Image.BICUBIC)
    alpha = alpha.filter(ImageFilter.GaussianBlur(0.7))
    base = np.asarray(img.convert("RGB"), dtype=np.float32)
    al = np.asarray(alpha, dtype=np.float32)[..., None] / 255.0
    x0, y0 = int(x_mm * px - alpha.width / 2), int(y_mm * px - alpha.height / 2)
    region = base[y0:y0 + alpha.height, x0:x0 + alpha.width]
    red = np.array([200, 35, 45], np.float32)
    base[y0:y0 + alpha.height, x0:x0 + alpha.width] = region * (1 - al) + (region * red / 255.0) * al
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def highlight(img: Image.Image, rects, rng: np.random.Generator, dpi: int = 200) -> Image.Image:
    """Yellow highlighter strokes (multiply) over each (x, y, w, h) box in mm, with a slightly wavy edge."""
    px = dpi / 25.4
    base = np.asarray(img.convert("RGB"), dtype=np.float32)
    mask = np.zeros(base.shape[:2], np.float32)
    for x, y, w, h in rects:
        x0, y0, x1, y1 = int(x * px), int(y * px), int((x + w) * px), int((y + h) * px)
        for xx in range(x0, x1):
            j = int(rng.normal(0, 1.2))
            mask[y0 + j:y1 + j, xx] = 1.0
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)
    ink = np.array([255, 242, 120], np.float32) / 255.0
    base = base * (1 - mask[..., None] * (1 - ink))
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def folds(img: Image.Image, rng: np.random.Generator, n: int = 2) -> Image.Image:
    """A letter unfolded from a tri-fold envelope and pressed on the glass: each crease a thin grey line with a soft
    shade on one side."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h = a.shape[0]
    yy = np.arange(h, dtype=np.float32)[:, None]
    shade = np.ones((h, 1), np.float32)
    for i in range(1, n + 1):
        yc = h * i / (n + 1) + rng.uniform(-0.012, 0.012) * h
        side = 1 if i % 2 else -1
        d = (yy - yc) * side
        shade *= 1 - 0.07 * np.exp(-np.clip(d, 0, None) / 22.0) * (d > 0)
        shade *= 1 - 0.22 * np.exp(-((yy - yc) ** 2) / 2.0)
    return Image.fromarray(np.clip(a * shade[..., None], 0, 255).astype(np.uint8))
