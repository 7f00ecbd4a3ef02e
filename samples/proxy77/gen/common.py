"""Set 77 (copied from set 18's, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py).

This set adds `photo77`, a copy of proxydraw.photo_real (set 7's realistic phone photo) with what this set's phone
photos need: two more surfaces (a quilted bed cover, a car seat), a cold cast for a page photographed in shade, the
hard-edged shadow of the phone itself over part of the page, a crumpled page smoothed out again, and a handwritten
ballpoint note in the margin. Every value on the page stays readable to a person."""
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

__all__ = ["photo_real", "photo77", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after",
           "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip",
           "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


def _surface(kind: str, W: int, H: int, rng):
    """What the sheet lies on. bedcover: a pale quilted cover with soft folds; carseat: dark woven seat fabric with
    perforations and a seam; anything else: proxydraw's table tops (wood, desk, cloth, tatami)."""
    import cv2
    import numpy as np

    from samples.letters.proxydraw import _table_top

    if kind not in ("bedcover", "carseat"):
        return _table_top(kind, W, H, rng)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    folds = cv2.resize(rng.normal(0, 1, (5, 4)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "bedcover":
        base = np.array([214, 196, 204], np.float32)
        d1 = np.abs(((xx + yy) / 90.0) % 1.0 - 0.5)
        d2 = np.abs(((xx - yy) / 90.0) % 1.0 - 0.5)
        seams = np.exp(-(d1 ** 2) / 0.002) + np.exp(-(d2 ** 2) / 0.002)
        puff = (0.25 - np.minimum(d1, d2)) * 24
        dots = ((np.sin(xx / 7.0) * np.sin(yy / 7.0)) > 0.93) * -18
        a = base[None, None, :] + (puff - seams * 22 + dots + folds * 14)[..., None]
        a[..., 2] += 6 * np.sin(yy / 160.0)[...]
    else:
        base = np.array([56, 57, 62], np.float32)
        weave = np.sin(xx / 1.7) * np.sin(yy / 1.7) * 7
        perf = (((xx % 22) - 11) ** 2 + ((yy % 22) - 11) ** 2 < 7) * -22
        seam_x = W * rng.uniform(0.12, 0.2)
        seam = np.exp(-((xx - seam_x - 30 * np.sin(yy / 400.0)) ** 2) / 30.0) * -30
        bolster = np.clip((seam_x - xx) / 40.0, 0, 1) * 14
        a = base[None, None, :] + (weave + perf + seam + bolster + folds * 9)[..., None]
    a += ((xx / W - 0.5) * rng.uniform(-25, 25) + (yy / H - 0.5) * rng.uniform(-25, 25))[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def _note(img, note, rng):
    """A handwritten ballpoint note on the page: each (text, fx, fy, px, angle) is drawn character by character with a
    wobbling baseline, uneven size and slant, in blue ink (fx, fy: fraction of the page width / height)."""
    from PIL import Image, ImageDraw, ImageFont

    from samples.letters.layout import FONT_FILES

    img = img.convert("RGB")
    for text, fx, fy, px, angle in note:
        font = ImageFont.truetype(FONT_FILES["sans"], int(px), index=0)
        tile = Image.new("L", (int(px * 1.25 * (len(text) + 1)), int(px * 2.2)), 0)
        d = ImageDraw.Draw(tile)
        x = px * 0.3
        for ch in text:
            f = ImageFont.truetype(FONT_FILES["sans"], int(px * rng.uniform(0.88, 1.1)), index=0)
            d.text((x, px * 0.4 + rng.uniform(-0.08, 0.08) * px), ch, fill=230, font=f)
            x += f.getlength(ch) * rng.uniform(0.92, 1.05)
        del font
        tile = tile.crop((0, 0, int(x + px * 0.3), tile.height))
        tile = tile.transform(tile.size, Image.Transform.AFFINE, (1, 0.18, -0.18 * tile.height / 2, 0, 1, 0),
                              resample=Image.BICUBIC)
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
        ink = Image.new("RGB", tile.size, (28, 48, 150))
        img.paste(ink, (int(fx * img.width), int(fy * img.height)), tile)
    return img


def _crumple(src, rng, strength):
    """A page crumpled into a ball and smoothed out again: a random height field with sharp ridges; shading from its
    slope and a small displacement. Shading stays within about ±15 % so that every value remains readable."""
    import cv2
    import numpy as np

    h, w = src.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    hf = np.zeros((h, w), np.float32)
    for n in (4, 7, 12):
        hf += cv2.resize(rng.normal(0, 1, (n, n)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC) / n * 6
    for _ in range(14):  # ridges: folds along random lines
        ang = rng.uniform(0, np.pi)
        off = rng.uniform(-0.5, 0.5) * max(w, h)
        dist = (xs - w / 2) * np.cos(ang) + (ys - h / 2) * np.sin(ang) - off
        hf += -np.abs(dist) / max(w, h) * rng.uniform(0.6, 1.6) * (rng.random() < 0.5 and 1 or -1)
    gx = cv2.Sobel(hf, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(hf, cv2.CV_32F, 0, 1, ksize=3)
    g = (gx * 0.7 + gy * 0.7)
    g = g / (np.abs(g).max() + 1e-6)
    shade = 1 + np.clip(g, -1, 1) * 0.15 * strength
    mx = xs + gx / (np.abs(gx).max() + 1e-6) * 2.5 * strength
    my = ys + gy / (np.abs(gy).max() + 1e-6) * 2.5 * strength
    out = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out * shade[..., None]


def photo77(img, rng, canvas=(1800, 2400), fill=0.84, keystone=0.05, tilt=2.5, bg="wood", creases=0,
            shadow=0.0, shadow_side="right", blur=0.9, bow=0.0, warm=0.0, glare=0.0, cold=0.0, phone=0.0,
            phone_side="top", crumple=0.0, note=(), exposure=1.0):
    """proxydraw.photo_real plus: bg "bedcover" / "carseat"; cold (0–1): the bluish cast of a page photographed in
    shade; phone (0–1): the hard-edged shadow of the phone held above the page, from `phone_side` (top, left, right);
    crumple (0–1): a crumpled page smoothed out; note: handwritten lines (see _note); exposure: overall brightness."""
    import cv2
    import numpy as np
    from PIL import Image

    if note:
        img = _note(img, note, rng)
    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    if crumple:
        src = _crumple(src, rng, crumple)
    if creases:
        yy = np.arange(h, dtype=np.float32)[:, None]
        shade = np.ones((h, 1), np.float32)
        for i in range(1, creases + 1):
            yc = h * i / (creases + 1) + rng.uniform(-0.01, 0.01) * h
            side = 1 if i % 2 else -1
            d = (yy - yc) * side
            shade *= 1 - 0.10 * np.exp(-np.clip(d, 0, None) / 28.0) * (d > 0)
            shade *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
        src = src * shade[..., None]
    if bow:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        mx = xs + bow * np.sin(np.pi * ys / h) * np.sin(np.pi * xs / w)
        my = ys + bow * 0.6 * np.sin(2 * np.pi * xs / w) * np.sin(np.pi * ys / h)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W * (1 - fill + 0.2), H / 2 + rng.uniform(-0.03, 0.03) * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = keystone * pw
    c[0, 0] += k
    c[1, 0] -= k
    c[0, 1] += k * 0.25
    c[1, 1] += k * 0.25
    c += rng.uniform(-0.012, 0.012, c.shape).astype(np.float32) * np.float32(pw)
    th = np.deg2rad(tilt * (1 if rng.random() < 0.5 else -1))
    rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    table = _surface(bg, W, H, rng)
    drop = cv2.GaussianBlur(mask, (0, 0), 14)
    drop = np.roll(drop, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    table *= (1 - 0.4 * drop)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.12, 0.24) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.2 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if shadow:
        band = np.zeros((H, W), np.float32)
        if shadow_side == "right":
            x0 = W * rng.uniform(0.66, 0.74)
            pts = [[x0, -10], [W + 10, -10], [W + 10, H * 0.62], [x0 + W * 0.08, H * 0.5]]
        elif shadow_side == "bottom":
            y0 = H * rng.uniform(0.72, 0.78)
            pts = [[-10, y0 + H * 0.04], [W * 0.55, y0], [W + 10, y0 + H * 0.03], [W + 10, H + 10], [-10, H + 10]]
        else:
            pts = [[-10, -10], [W * 0.5, -10], [W * 0.32, H * 0.2], [-10, H * 0.3]]
        cv2.fillPoly(band, [np.array(pts, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 22)
        a = a * (1 - shadow * band)[..., None]
    if phone:  # the phone's own shadow: a rounded slab with the hand behind it, a harder edge than a hand shadow
        band = np.zeros((H, W), np.float32)
        pw2, ph2 = W * rng.uniform(0.30, 0.36), H * rng.uniform(0.24, 0.30)
        if phone_side == "top":
            x0, y0 = W * rng.uniform(0.35, 0.5), H * rng.uniform(0.03, 0.06)
            hand = [[x0 + pw2 * 0.3, y0 + 5], [x0 + pw2 * 0.75, y0 + 5], [x0 + pw2 * 0.95, -10], [x0 + pw2 * 0.2, -10]]
        elif phone_side == "left":
            x0, y0 = -pw2 * 0.4, H * rng.uniform(0.45, 0.6)
            hand = [[x0, y0 + ph2 * 0.6], [-10, y0 + ph2 * 1.2], [-10, y0 + ph2 * 0.5]]
        else:
            x0, y0 = W - pw2 * 0.8, H * rng.uniform(0.04, 0.08)
            hand = [[x0 + pw2, y0 + ph2 * 0.4], [W + 10, y0 + ph2 * 1.1], [W + 10, y0 + ph2 * 0.3]]
        r = int(min(pw2, ph2) * 0.12)
        x1, y1 = int(x0 + pw2), int(y0 + ph2)
        cv2.rectangle(band, (int(x0) + r, int(y0)), (x1 - r, y1), 1.0, -1)
        cv2.rectangle(band, (int(x0), int(y0) + r), (x1, y1 - r), 1.0, -1)
        for px_, py_ in ((int(x0) + r, int(y0) + r), (x1 - r, int(y0) + r), (int(x0) + r, y1 - r), (x1 - r, y1 - r)):
            cv2.circle(band, (px_, py_), r, 1.0, -1)
        cv2.fillPoly(band, [np.array(hand, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 9)
        a = a * (1 - phone * band)[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.45) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.09 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.06 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], dtype=np.float32) * rng.uniform(0.9, 0.97)
    if cold:
        tint = tint * np.array([1.0 - 0.16 * cold, 1.0 - 0.04 * cold, 1.0 + 0.10 * cold], dtype=np.float32)
    a = a * tint * exposure
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, 3.0 + 2.0 * cold, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
