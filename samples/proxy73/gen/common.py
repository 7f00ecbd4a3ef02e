"""Set 73: set 18's common.py plus this set's fax and scanner machinery at the end. Set 18 (copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). This set adds the furniture
of a mass-mailing system's letter: customer barcode bars, QR-like squares, an address window, a 重要/親展 stamp, a
boxed sender block, label/value grids, a 払込取扱票 (payment slip) at the foot and a よくあるご質問 page."""
from __future__ import annotations

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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "fax_page", "save_tiff", "scanner",
           "card_on_bed"]


# --- set 73: fax lines and scanners (written for this set; samples/letters is imported read-only) -----------

import numpy as _np  # noqa: E402
from PIL import Image as _Image  # noqa: E402
from PIL import ImageDraw as _Draw  # noqa: E402
from PIL import ImageFont as _Font  # noqa: E402

from samples.letters.layout import FONT_FILES as _FF  # noqa: E402


def _line_img(w: int, h: int, s: str, size: int, x: int = 26) -> _np.ndarray:
    """One line of machine print (a fax header) on white, grey 0–255."""
    im = _Image.new("L", (w, h), 255)
    _Draw.Draw(im).text((x, (h - size) // 2 - 3), s, fill=0, font=_Font.truetype(_FF["sans"], size, index=0))
    return _np.asarray(im, dtype=_np.float32)


def fax_page(img: _Image.Image, rng, head: str | None, *, fine: bool = False, head_mm: float | None = None,
             thr: float = 150.0, noise: float = 15.0, streaks: int = 2, drops: int = 1, size: int = 22) -> _Image.Image:
    """A page as the receiving fax machine stores it. `img` is the sheet at 200 dpi. The sending machine prints its
    header line: over the blank top margin (head_mm None: the top 40 px of the sheet are replaced, as most machines
    do), or ON the sheet at `head_mm` from the top edge, printed over whatever the letter has there (a sheet whose
    own first line sits high: both lines cross). Standard resolution halves the height (200×100 dpi), fine keeps
    200×200; the grey is thresholded with a noisy threshold; speckle, a streak or two, a dropped line."""
    import cv2
    g = _np.asarray(img.convert("L"), dtype=_np.float32)
    h, w = g.shape
    if head is not None:
        band = _line_img(w, 40, head, size)
        if head_mm is None:
            g = _np.vstack([band, g[: h - 40]])
        else:
            y0 = int(head_mm * 200 / 25.4)
            g[y0:y0 + 40] = _np.minimum(g[y0:y0 + 40], band)
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    if not fine:
        g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    bw = (g > thr + rng.normal(0, noise, g.shape)).astype(_np.uint8) * 255
    bw[rng.random(bw.shape) < 0.0012] = 0
    top = 40 if fine else 20
    for _ in range(streaks):
        row = int(rng.integers(top * 2, bw.shape[0] - 30))
        x0 = int(rng.integers(0, w // 2))
        bw[row: row + (2 if fine else 1), x0: x0 + int(rng.integers(w // 6, w // 2))] = 0
    for _ in range(drops):
        row = int(rng.integers(top * 2, bw.shape[0] - 30))
        bw[row, :] = 255
    return _Image.fromarray(bw).convert("1", dither=_Image.Dither.NONE)


def save_tiff(pages: list[_Image.Image], path, fine: bool) -> None:
    pages[0].save(path, format="TIFF", compression="group4", dpi=(200, 200) if fine else (200, 100),
                  save_all=len(pages) > 1, append_images=pages[1:])


def scanner(img: _Image.Image, rng, *, dpi: int = 200, angle: float = 0.4, grey: float = 0.0,
            back: _Image.Image | None = None, bleed: float = 0.0, staple: bool = False, holes: bool = False,
            noise: float = 2.5, lid: tuple[int, int, int] = (238, 238, 234)) -> _Image.Image:
    """A flatbed / document-feeder scan of a sheet rendered at 300 dpi, saved at `dpi`.

    grey: the scanner's auto-exposure pulls the paper to grey (0.2 = a clearly grey ground) and flattens contrast;
    back + bleed: the print on the BACK of the sheet shows through, mirrored and soft; staple: a staple in the top
    left corner with its shadow and the small dent it leaves; holes: two punched holes 80 mm apart in the left
    margin, dark (the scanner lid behind them is grey-black in an ADF); angle: degrees the sheet lies turned."""
    import cv2
    px = 300 / 25.4
    a = _np.asarray(img.convert("RGB"), dtype=_np.float32)
    h, w = a.shape[:2]
    if back is not None and bleed:
        b = _np.asarray(back.convert("L").resize((w, h)), dtype=_np.float32)[:, ::-1]
        b = cv2.GaussianBlur(b, (0, 0), 2.2)
        a = a * (1 - bleed * (1 - b / 255.0))[..., None]
    paper = _np.array([247, 245, 239], _np.float32) * (1 - grey)
    ink = _np.array([28, 28, 30], _np.float32) + 40 * grey
    a = ink + (a / 255.0) * (paper - ink)
    yy, xx = _np.mgrid[0:h, 0:w].astype(_np.float32)
    if holes:
        cy = h / 2
        for dy in (-40, 40):
            hx, hy, r = 11 * px, cy + dy * px, 3.0 * px
            d = _np.sqrt((xx - hx) ** 2 + (yy - hy) ** 2)
            rim = _np.exp(-((d - r) ** 2) / (2 * (0.5 * px) ** 2))
            inside = (d < r).astype(_np.float32)
            a = a * (1 - 0.25 * rim)[..., None]
            a = a * (1 - inside[..., None]) + inside[..., None] * _np.array([62, 62, 66], _np.float32)
    if staple:
        x0, y0 = 7 * px, 13 * px
        x1, y1 = 17 * px, 5 * px
        t = _np.clip(((xx - x0) * (x1 - x0) + (yy - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2), 0, 1)
        d = _np.sqrt((xx - x0 - t * (x1 - x0)) ** 2 + (yy - y0 - t * (y1 - y0)) ** 2)
        sh = _np.sqrt((xx - x0 - t * (x1 - x0) - 1.2 * px) ** 2 + (yy - y0 - t * (y1 - y0) - 1.4 * px) ** 2)
        a = a * (1 - 0.45 * _np.exp(-(sh ** 2) / (2 * (1.3 * px) ** 2)))[..., None]
        metal = _np.exp(-(d ** 2) / (2 * (0.32 * px) ** 2))
        a = a * (1 - 0.8 * metal)[..., None] + (metal * 40)[..., None]
        dent = _np.exp(-(((xx - 12 * px) ** 2) + ((yy - 9 * px) ** 2)) / (2 * (9 * px) ** 2))
        a = a * (1 - 0.06 * dent)[..., None]
    im = _Image.fromarray(_np.clip(a, 0, 255).astype(_np.uint8))
    if angle:
        im = im.rotate(angle, resample=_Image.BICUBIC, expand=False, fillcolor=lid)
    if dpi != 300:
        im = im.resize((round(w * dpi / 300), round(h * dpi / 300)), _Image.LANCZOS)
    a = _np.asarray(im, dtype=_np.float32)
    a = a + rng.normal(0, noise, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(a, (0, 0), 0.4)
    return _Image.fromarray(_np.clip(a, 0, 255).astype(_np.uint8))


def card_on_bed(card: _Image.Image, dpi: int, angle: float, at_mm: tuple[float, float] = (6.0, 8.0)) -> _Image.Image:
    """A postcard laid on an A4 flatbed and scanned as a whole A4 page: white lid around it, a faint shadow
    along the card's edges, the card slightly turned. `card` is rendered at 300 dpi; the result is at 300 dpi."""
    import cv2
    W, H = round(210 / 25.4 * 300), round(297 / 25.4 * 300)
    bed = _np.full((H, W, 3), 243.0, _np.float32)
    c = card.convert("RGB").rotate(angle, resample=_Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    m = _np.asarray(card.convert("L").point(lambda v: 255).rotate(angle, resample=_Image.BICUBIC, expand=True),
                    dtype=_np.float32) / 255.0
    x0, y0 = int(at_mm[0] * 300 / 25.4), int(at_mm[1] * 300 / 25.4)
    ch, cw = m.shape
    full = _np.zeros((H, W), _np.float32)
    full[y0:y0 + ch, x0:x0 + cw] = m
    shadow = cv2.GaussianBlur(full, (0, 0), 6)
    shadow = _np.roll(shadow, (8, 8), axis=(0, 1))
    bed = bed * (1 - 0.25 * _np.clip(shadow - full, 0, 1))[..., None]
    ca = _np.zeros((H, W, 3), _np.float32)
    ca[y0:y0 + ch, x0:x0 + cw] = _np.asarray(c, dtype=_np.float32)
    bed = bed * (1 - full[..., None]) + ca * full[..., None]
    return _Image.fromarray(_np.clip(bed, 0, 255).astype(_np.uint8))
