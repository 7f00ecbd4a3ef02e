"""Set 93 (copied from set 18's gen/common.py). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py, samples/letters/mailing.py).
This set adds `photo_hand`: set 7's realistic phone photo (proxydraw.photo_real) of a letter held up in one hand,
a thumb over the sheet's edge and the fingers' shadow behind it."""
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

__all__ = ["photo_real", "photo_hand", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after",
           "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip",
           "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


def photo_hand(img, rng, side="left", thumb_y=0.62, fill=0.86, **kw):
    """A letter held up in one hand: photo_real, then a thumb pressing the sheet's `side` margin (skin tone,
    a nail, a soft shadow on the paper). The thumb stays inside the page margin so no text is covered."""
    import cv2
    import numpy as np
    from PIL import Image

    canvas = kw.pop("canvas", (1800, 2400))
    shot = photo_real(img, rng, canvas=canvas, fill=fill, **kw)
    a = np.asarray(shot, dtype=np.float32).copy()
    H, W = a.shape[:2]
    w, h = img.size
    scale = min(W * fill / w, H * fill / h)
    pw = w * scale
    edge = W / 2 - pw / 2 if side == "left" else W / 2 + pw / 2
    sgn = 1 if side == "left" else -1
    cy = H * thumb_y
    cx = edge + sgn * pw * 0.015
    ax, ay = pw * 0.05, H * 0.085
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = np.deg2rad(sgn * 14)
    dx, dy = xx - cx, yy - cy
    u = dx * np.cos(ang) + dy * np.sin(ang)
    v = -dx * np.sin(ang) + dy * np.cos(ang)
    r = (u / ax) ** 2 + (v / ay) ** 2
    thumb = np.clip((1.0 - r) * 8, 0, 1)
    shadow = cv2.GaussianBlur(np.roll(thumb, (int(H * 0.008), int(sgn * pw * 0.02)), axis=(0, 1)), (0, 0), 18)
    a *= (1 - 0.35 * shadow)[..., None]
    skin = np.array([214, 160, 128], np.float32)
    shade = 0.78 + 0.3 * np.clip(0.5 - u / ax * 0.5 * sgn, 0, 1)  # lit from the page side
    tone = skin[None, None, :] * shade[..., None] + rng.normal(0, 3, (H, W))[..., None]
    nail_r = ((u / (ax * 0.55)) ** 2 + ((v + ay * 0.55) / (ay * 0.3)) ** 2)
    nail = np.clip((1.0 - nail_r) * 6, 0, 1)
    tone = tone * (1 - nail[..., None]) + np.array([232, 196, 186], np.float32)[None, None, :] * nail[..., None]
    a = a * (1 - thumb[..., None]) + tone * thumb[..., None]
    a = cv2.GaussianBlur(a, (0, 0), 0.8)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
