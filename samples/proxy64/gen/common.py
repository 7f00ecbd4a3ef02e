"""Set 64: set 18's common.py (copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


# --- set 64: fax machinery (written for this set; samples/letters is imported read-only) -------------------

import numpy as _np  # noqa: E402
from PIL import Image as _Image  # noqa: E402
from PIL import ImageDraw as _Draw  # noqa: E402
from PIL import ImageFont as _Font  # noqa: E402

from samples.letters.layout import FONT_FILES as _FF  # noqa: E402

PX = 200 / 25.4  # pixels per mm at 200 dpi


def _strip(w: int, h: int, s: str, size: int, font: str = "sans", x: int = 28) -> _np.ndarray:
    im = _Image.new("L", (w, h), 255)
    _Draw.Draw(im).text((x, (h - size) // 2 - 2), s, fill=0, font=_Font.truetype(_FF[font], size, index=0))
    return _np.asarray(im, dtype=_np.float32)


def hand(img: _Image.Image, notes: list, seed: int) -> _Image.Image:
    """Ballpoint / felt-pen notes drawn on a page before it is faxed: ('t', x_mm, y_mm, text, size_px) writes
    characters one by one with a wandering baseline and slant; ('o', x, y, w, h) rings a value; ('u', x0, x1, y)
    underlines; ('a', x0, y0, x1, y1) draws an arrow. The ink is dark blue, which the fax turns black."""
    rng = _np.random.default_rng(seed)
    img = img.copy()
    d = _Draw.Draw(img)
    ink = (25, 30, 90)
    for n in notes:
        k = n[0]
        if k == "t":
            _, x, y, s, size = n
            cx, cy = x * PX, y * PX
            for ch in s:
                sz = int(size * rng.uniform(0.9, 1.12))
                g = _Image.new("L", (sz * 2, sz * 2), 0)
                _Draw.Draw(g).text((sz // 2, sz // 2), ch, fill=255, font=_Font.truetype(_FF["sans-bold"], sz, index=0))
                g = g.rotate(float(rng.uniform(-9, 9)), resample=_Image.BICUBIC)
                img.paste(ink, (int(cx - sz // 2), int(cy - sz * 1.4 + rng.uniform(-3, 3))), g)
                cx += sz * rng.uniform(0.86, 1.0)
        elif k == "o":
            _, x, y, w, h = n
            t = _np.linspace(0, 2 * _np.pi * 1.08, 80)
            r = 1 + 0.05 * _np.sin(t * 3 + rng.uniform(0, 6))
            pts = [((x + w / 2 + w / 2 * r[i] * _np.cos(v)) * PX, (y + h / 2 + h / 2 * r[i] * _np.sin(v)) * PX)
                   for i, v in enumerate(t)]
            d.line(pts, fill=ink, width=4)
        elif k == "u":
            _, x0, x1, y = n
            xs = _np.linspace(x0, x1, 30)
            d.line([(v * PX, (y + 0.5 * _np.sin(i / 4)) * PX) for i, v in enumerate(xs)], fill=ink, width=4)
        elif k == "a":
            _, x0, y0, x1, y1 = n
            d.line([(x0 * PX, y0 * PX), (x1 * PX, y1 * PX)], fill=ink, width=4)
            ang = _np.arctan2(y1 - y0, x1 - x0)
            for da in (2.6, -2.6):
                d.line([(x1 * PX, y1 * PX), ((x1 + 3 * _np.cos(ang + da)) * PX, (y1 + 3 * _np.sin(ang + da)) * PX)],
                       fill=ink, width=4)
    return img


def fax_pass(g: _np.ndarray, rng, head: str | None, *, fine: bool = False, foot: str | None = None,
             crooked: float = 0.0, thr: float = 150.0, noise: float = 16.0, streaks: int = 2) -> _np.ndarray:
    """One trip through a fax line. `g` is a grey page at 200×200 dpi (float, 0–255). The sender's machine prints
    its header line over the top margin; `crooked` (degrees) is a sheet fed askew, whose uncovered corners the
    scanner's dark backing fills with a black wedge and band; the page is sent at 200×100 dpi (standard) or
    200×200 dpi (fine), binarised with a noisy threshold; the receiving machine may print its own footer.
    Returns a 0/255 uint8 array at the transmitted resolution."""
    import cv2
    h, w = g.shape
    if crooked:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), crooked, 1.0)
        g = cv2.warpAffine(g, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=35)
        band = _np.zeros_like(g)
        x0 = int(w * 0.955)
        band[:, x0:] = 1
        band = cv2.GaussianBlur(band, (0, 0), 12)
        g = g * (1 - 0.72 * band) + 30 * 0.72 * band
    if head is not None:
        g = _np.vstack([_strip(w, 44, head, 23), g[: h - 44]])
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    if not fine:
        g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    t = thr + rng.normal(0, noise, g.shape)
    bw = (g > t).astype(_np.uint8) * 255
    bw[rng.random(bw.shape) < 0.0012] = 0
    top = 30 if fine else 22
    for _ in range(streaks):
        row = int(rng.integers(top * 3, bw.shape[0] - 40))
        x0 = int(rng.integers(0, w // 2))
        bw[row, x0: x0 + int(rng.integers(w // 5, w // 2))] = 0
    if foot is not None:
        fh = 36 if fine else 18
        f = _strip(w, 36, foot, 21)
        if not fine:
            f = cv2.resize(f, (w, 18), interpolation=cv2.INTER_AREA)
        bw[-fh:] = (f > 140).astype(_np.uint8) * 255
    return bw


def unsquash(bw: _np.ndarray, full_h: int) -> _np.ndarray:
    """A received standard fax printed out: every line printed twice (the paper is 200×200 again)."""
    import cv2
    return cv2.resize(bw, (bw.shape[1], full_h), interpolation=cv2.INTER_NEAREST).astype(_np.float32)


def thermal(bw: _np.ndarray) -> _Image.Image:
    """A fax printout on paper: black print slightly grey and soft, off-white ground."""
    import cv2
    a = cv2.GaussianBlur(bw.astype(_np.float32), (0, 0), 0.8)
    a = 38 + a * (236 - 38) / 255.0
    rgb = _np.stack([a, a * 0.995, a * 0.975], axis=-1)
    return _Image.fromarray(_np.clip(rgb, 0, 255).astype(_np.uint8))
