"""Set 88 (copied from set 18's common.py: set 14's mailing furniture plus vcheck, era and kdate, re-exported from
samples.letters). Set 88 adds two phone-photo variants of its own: a letter held up in two hands (thumbs over the
margins, a room behind it) and two pages photographed side by side on one table."""
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

__all__ = ["photo_real", "photo_hand", "photo_two", "clean", "late", "truth", "leader", "cell", "kman", "split_lines",
           "seal_after", "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp",
           "grid", "slip", "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text",
           "text_width", "PT_MM"]


def _thumbs(img, rng, sides=("left", "right")):
    """Draw thumbs over the page margins (in page pixels), as when a letter is held up in both hands."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    w, h = img.size
    base = img.convert("RGB")
    for side in sides:
        layer = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(layer)
        tw = int(w * rng.uniform(0.050, 0.060))
        th = int(h * rng.uniform(0.085, 0.10))
        yc = int(h * rng.uniform(0.48, 0.62))
        if side == "left":
            box = (-tw, yc - th // 2, tw, yc + th // 2)
        else:
            box = (w - tw, yc - th // 2, w + tw, yc + th // 2)
        d.ellipse(box, fill=255)
        layer = layer.filter(ImageFilter.GaussianBlur(2.5))
        m = np.asarray(layer, np.float32)[..., None] / 255.0
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        dx = (xx - (0 if side == "left" else w)) / max(tw, 1)
        shade = 1.0 - 0.18 * np.clip(np.abs(dx), 0, 1.5)[..., None]
        skin = np.array([222, 176, 150], np.float32) * shade + rng.normal(0, 3, (h, w, 1)).astype(np.float32)
        a = np.asarray(base, np.float32)
        # a soft shadow of the thumb on the paper
        sh = np.asarray(layer.filter(ImageFilter.GaussianBlur(14)), np.float32)[..., None] / 255.0
        sh = np.roll(sh, (10, 8 if side == "left" else -8), axis=(0, 1))
        a = a * (1 - 0.25 * sh * (1 - m))
        a = a * (1 - m) + skin * m
        base = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return base


def photo_hand(img, rng, sides=("left", "right"), **kw):
    """A letter held up in both hands: thumbs over the side margins, then set 7's photo_real (the background is the
    room or the cloth behind the sheet)."""
    return photo_real(_thumbs(img, rng, sides), rng, **kw)


def photo_two(imgs, rng, canvas=(2600, 1900), bg="desk", tilt=(1.5, -2.0), blur=0.9, glare=0.0, warm=0.1,
              creases=2, fill=0.88):
    """Two pages photographed side by side on one table (page 1 left, page 2 right), each with its own tilt."""
    import cv2
    import numpy as np
    from PIL import Image

    from samples.letters.proxydraw import _table_top

    W, H = canvas
    table = _table_top(bg, W, H, rng)
    acc = np.zeros((H, W, 3), np.float32)
    msum = np.zeros((H, W), np.float32)
    for i, im in enumerate(imgs):
        src = np.asarray(im.convert("RGB"), np.float32)
        h, w = src.shape[:2]
        if creases:
            yy = np.arange(h, dtype=np.float32)[:, None]
            shade = np.ones((h, 1), np.float32)
            for k in range(1, creases + 1):
                yc = h * k / (creases + 1) + rng.uniform(-0.01, 0.01) * h
                sgn = 1 if k % 2 else -1
                dd = (yy - yc) * sgn
                shade *= 1 - 0.09 * np.exp(-np.clip(dd, 0, None) / 28.0) * (dd > 0)
                shade *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
            src = src * shade[..., None]
        scale = min(W / 2 * fill / w, H * fill / h)
        pw, ph = w * scale, h * scale
        cx = W * (0.26 if i == 0 else 0.74) + rng.uniform(-0.01, 0.01) * W
        cy = H / 2 + rng.uniform(-0.02, 0.02) * H
        c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                      [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], np.float32)
        k = 0.03 * pw
        c[0, 0] += k
        c[1, 0] -= k
        c += rng.uniform(-0.008, 0.008, c.shape).astype(np.float32) * np.float32(pw)
        th = np.deg2rad(tilt[i])
        rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]], np.float32)
        c = (c - [cx, cy]) @ rot.T + [cx, cy]
        M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), c.astype(np.float32))
        warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
        acc = acc * (1 - mask[..., None]) + warped * mask[..., None]
        msum = np.maximum(msum, mask)
    drop = cv2.GaussianBlur(msum, (0, 0), 14)
    drop = np.roll(drop, (10, 10), axis=(0, 1))
    table *= (1 - 0.4 * drop)[..., None]
    a = acc * msum[..., None] + table * (1 - msum[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.12, 0.2) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.4) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.08 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.07 * H) ** 2)))
        a = a + (glare * g)[..., None]
    a = a * np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], np.float32) * rng.uniform(0.92, 0.97)
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, 3.0, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
