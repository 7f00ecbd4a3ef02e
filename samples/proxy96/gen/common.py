"""Set 96: set 18's common.py (copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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

__all__ = ["photo_real", "photo_held", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


def photo_held(img, rng, hand=None, hand_at=0.6, skin=(214, 172, 146), **kw):
    """photo_real, then (hand = "left" | "right" | "bottom") a thumb over the sheet's margin at `hand_at` (fraction
    of the height for left/right, of the width for bottom) and the palm/fingers off the sheet, with a shadow."""
    import cv2
    import numpy as np
    from PIL import Image

    shot = photo_real(img, rng, **kw)
    if not hand:
        return shot
    W, H = kw.get("canvas", (1800, 2400))
    fill = kw.get("fill", 0.84)
    w, h = img.size
    sc = min(W * fill / w, H * fill / h)
    pw, ph = w * sc, h * sc
    a = np.asarray(shot, dtype=np.float32)
    m = np.zeros((H, W), np.float32)
    j = rng.uniform(-1, 1, 4)
    if hand in ("left", "right"):
        y = H * hand_at + j[0] * 30
        edge = W / 2 - pw / 2 if hand == "left" else W / 2 + pw / 2
        sgn = 1 if hand == "left" else -1
        palm = (int(edge - sgn * W * 0.10), int(y + H * 0.06))
        cv2.ellipse(m, palm, (int(W * 0.13), int(H * 0.10)), 10 * sgn, 0, 360, 1.0, -1)
        thumb = (int(edge + sgn * (22 + j[1] * 6)), int(y))
        cv2.ellipse(m, thumb, (int(92 + j[2] * 6), 44), -12 * sgn, 0, 360, 1.0, -1)
        cv2.ellipse(m, (int(edge - sgn * 40), int(y + 14)), (90, 44), -8 * sgn, 0, 360, 1.0, -1)
    else:
        x = W * hand_at + j[0] * 30
        edge = H / 2 + ph / 2
        cv2.ellipse(m, (int(x), int(edge + H * 0.07)), (int(W * 0.12), int(H * 0.08)), 0, 0, 360, 1.0, -1)
        cv2.ellipse(m, (int(x + j[1] * 8), int(edge - 30)), (50, 100), 10, 0, 360, 1.0, -1)
        cv2.ellipse(m, (int(x), int(edge + 30)), (60, 80), 4, 0, 360, 1.0, -1)
    m = cv2.GaussianBlur(m, (0, 0), 2.2)
    sh = cv2.GaussianBlur(np.roll(m, (18, 14), axis=(0, 1)), (0, 0), 16)
    a = a * (1 - 0.38 * np.clip(sh - m, 0, 1))[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    tone = np.array(skin, np.float32)[None, None, :] * (0.88 + 0.12 * np.clip(1 - yy / H, 0, 1))[..., None]
    dist = cv2.distanceTransform((m > 0.5).astype(np.uint8), cv2.DIST_L2, 5)
    tone = tone * (0.72 + 0.28 * np.clip(dist / 40.0, 0, 1) ** 0.6)[..., None]  # rounded: darker towards the edge
    tone += rng.normal(0, 2.5, tone.shape).astype(np.float32)
    a = a * (1 - m[..., None]) + tone * m[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
