"""Set 54 (copied from set 18, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds its own "hard image" effects, all deterministic from the letter's seed:
`shoot` (a phone photo: held in one hand with fingers over a corner, a glare stripe, a steep angle from above, a night
shot with sensor noise, a messenger-app copy), `fax_streak` (a standard-resolution fax with a vertical streak from dirty
scanner glass), `spread` (two A4 pages side by side in one flatbed image), `handwrite` (a pen note in the margin) and
`envelope` (a 特別送達 envelope lying over the lower part of the sheet)."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

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
    grid,
    kdate,
    qr,
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
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "dashed", "RED",
           "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "shoot", "fax_streak",
           "spread", "handwrite", "envelope"]


def _surface(kind: str, W: int, H: int, rng) -> np.ndarray:
    """What is behind the sheet: a room seen past a hand-held letter, a dark kitchen table at night, a bed cover, or
    (anything else) one of set 7's table tops."""
    from samples.letters.proxydraw import _table_top

    if kind not in ("room", "night", "duvet"):
        return _table_top(kind, W, H, rng)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (6, 5)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "room":  # out-of-focus room: a wall, a door frame, a floor
        base = np.array([150, 140, 125], np.float32)
        a = base[None, None, :] + (warp * 14)[..., None]
        a[yy > H * 0.78] *= np.array([0.55, 0.45, 0.38], np.float32)
        door = (xx > W * 0.06) & (xx < W * 0.11)
        a[door] *= 0.7
    elif kind == "night":
        base = np.array([40, 34, 30], np.float32)
        a = base[None, None, :] + (warp * 6 + np.sin(xx / 11.0 + warp * 2) * 3)[..., None]
    else:  # duvet: pale cotton with big soft folds
        base = np.array([196, 190, 200], np.float32)
        folds = np.sin(xx / 140.0 + warp * 1.3) * 16 + np.sin(yy / 95.0 - warp) * 10
        a = base[None, None, :] + folds[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def _fingers(a: np.ndarray, corner, rng, side: str = "bl") -> None:
    """A thumb across the sheet's corner and the tips of two fingers behind the edge, in skin tone with soft
    shading (drawn in place on `a`)."""
    H, W = a.shape[:2]
    cx, cy = float(corner[0]), float(corner[1])
    sx = 1 if side in ("bl", "tl") else -1
    sy = 1 if side in ("tl", "tr") else -1
    m = np.zeros((H, W), np.float32)
    # the thumb: a long ellipse coming in from outside the sheet, over the corner
    tcx, tcy = cx + sx * 70, cy + sy * 40
    ang = 35 if sx * sy < 0 else -35
    cv2.ellipse(m, (int(tcx), int(tcy)), (150, 62), ang, 0, 360, 1.0, -1)
    # the palm / base of the thumb outside the frame edge
    cv2.ellipse(m, (int(cx - sx * 120), int(cy - sy * 10)), (190, 150), 0, 0, 360, 1.0, -1)
    m = cv2.GaussianBlur(m, (0, 0), 3.5)
    skin = np.array([214, 160, 128], np.float32) * rng.uniform(0.92, 1.02)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 0.75 + 0.25 * np.clip(1 - np.hypot(xx - tcx, yy - tcy) / 240.0, 0, 1)
    nail = np.zeros((H, W), np.float32)
    nx, ny = tcx + sx * 95 * np.cos(np.deg2rad(ang)), tcy + sx * 95 * np.sin(np.deg2rad(ang))
    cv2.ellipse(nail, (int(nx), int(ny)), (34, 26), ang, 0, 360, 1.0, -1)
    nail = cv2.GaussianBlur(nail, (0, 0), 2.5) * 0.25
    col = skin[None, None, :] * shade[..., None] + nail[..., None] * 60
    # the thumb's own shadow on the paper
    sh = cv2.GaussianBlur(np.roll(m, (int(-sy * 14), int(sx * 14)), axis=(0, 1)), (0, 0), 12)
    a *= (1 - 0.35 * sh * (1 - m))[..., None]
    a[:] = a * (1 - m[..., None]) + col * m[..., None]


def shoot(img, rng, canvas=(1800, 2400), fill=0.84, keystone=0.05, drop=0.0, tilt=2.5, bg="wood", creases=0,
          bow=0.0, blur=0.9, warm=0.0, fingers=None, stripe=0.0, stripe_angle=-12.0, stripe_y=0.49, expose=1.0, noise=3.0,
          chroma=0.0, depth=0.0, shadow=0.0, shadow_side="right", small_width=None):
    """A phone photo, after set 7's photo_real, with this set's hard cases.

    keystone: top edge narrower (fraction of the width); drop: the top edge also comes down (a phone held 20–30° off
    the vertical foreshortens the upper half); fingers: 'bl' / 'br' / 'tl' / 'tr', a thumb over that corner of the
    sheet; stripe: strength (0–0.6) of a glare stripe from a ceiling light, across the middle at stripe_angle degrees;
    expose < 1 and noise / chroma: a night shot; depth: the far (top) part slightly out of focus; small_width: the
    photo as a messenger app re-sends it (downscaled to that width)."""
    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    if creases:
        yy = np.arange(h, dtype=np.float32)[:, None]
        sh = np.ones((h, 1), np.float32)
        for i in range(1, creases + 1):
            yc = h * i / (creases + 1) + rng.uniform(-0.01, 0.01) * h
            d = (yy - yc) * (1 if i % 2 else -1)
            sh *= 1 - 0.10 * np.exp(-np.clip(d, 0, None) / 28.0) * (d > 0)
            sh *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
        src = src * sh[..., None]
    if bow:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        mx = xs + bow * np.sin(np.pi * ys / h) * np.sin(np.pi * xs / w)
        my = ys + bow * 0.6 * np.sin(2 * np.pi * xs / w) * np.sin(np.pi * ys / h)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        # the bent sheet catches the light unevenly: one side a little darker
        src = src * (0.9 + 0.1 * np.cos(np.pi * xs / w))[..., None]
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = keystone * pw
    c[0, 0] += k
    c[1, 0] -= k
    c[0, 1] += drop * ph
    c[1, 1] += drop * ph
    c += rng.uniform(-0.01, 0.01, c.shape).astype(np.float32) * np.float32(pw)
    th = np.deg2rad(tilt * (1 if rng.random() < 0.5 else -1))
    rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    table = _surface(bg, W, H, rng)
    if bg == "room":
        table = cv2.GaussianBlur(table, (0, 0), 6)
    dropsh = cv2.GaussianBlur(mask, (0, 0), 14)
    dropsh = np.roll(dropsh, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    table *= (1 - 0.4 * dropsh)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if depth:  # the far edge out of focus: blend towards a blurred copy, more at the top
        far = cv2.GaussianBlur(a, (0, 0), depth)
        wgt = np.clip(1 - (yy / H) / 0.45, 0, 1)[..., None]
        a = a * (1 - wgt) + far * wgt
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.10, 0.2) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.2 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if shadow:
        band = np.zeros((H, W), np.float32)
        if shadow_side == "right":
            x0 = W * rng.uniform(0.70, 0.76)
            pts = [[x0, -10], [W + 10, -10], [W + 10, H * 0.62], [x0 + W * 0.08, H * 0.5]]
        else:
            y0 = H * rng.uniform(0.74, 0.78)
            pts = [[-10, y0 + H * 0.04], [W * 0.55, y0], [W + 10, y0 + H * 0.03], [W + 10, H + 10], [-10, H + 10]]
        cv2.fillPoly(band, [np.array(pts, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 22)
        a = a * (1 - shadow * band)[..., None]
    if fingers:
        idx = {"tl": 0, "tr": 1, "br": 2, "bl": 3}[fingers]
        _fingers(a, c[idx], rng, fingers)
    if stripe:  # a long bright band (a fluorescent tube reflected on glossy paper), values stay visible under it
        t = np.deg2rad(stripe_angle)
        d = (yy - H * (stripe_y + rng.uniform(-0.01, 0.01))) * np.cos(t) - (xx - W / 2) * np.sin(t)
        g = np.exp(-(d ** 2) / (2 * (0.04 * H) ** 2)) * (0.75 + 0.25 * np.sin(xx / W * np.pi))
        a = a + (stripe * g)[..., None] * (255 - np.clip(a, 0, 255)) + (22 * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], dtype=np.float32) * rng.uniform(0.9, 0.97)
    a = a * tint * expose
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, noise, a.shape[:2]).astype(np.float32)[..., None]
    if chroma:  # colour noise of a small sensor at high ISO, in blotches
        cn = rng.normal(0, chroma, (H // 2, W // 2, 3)).astype(np.float32)
        a += cv2.resize(cn, (W, H), interpolation=cv2.INTER_LINEAR)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if small_width:
        out = out.resize((small_width, round(H * small_width / W)), Image.LANCZOS)
    return out


def envelope(img: Image.Image, text_lines, y_frac: float = 0.8, angle: float = -4.0, seed: int = 0) -> Image.Image:
    """A brown 特別送達 envelope lying over the lower part of the sheet (before the photo is taken)."""
    rng = np.random.default_rng(seed)
    W, H = img.size
    ew, eh = int(W * 1.05), int(H * 0.55)
    env = Image.new("RGBA", (ew, eh), (196, 160, 110, 255))
    a = np.asarray(env, dtype=np.float32).copy()
    a[..., :3] += rng.normal(0, 6, (eh, ew))[..., None]
    env = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGBA")
    d = ImageDraw.Draw(env)
    fs = int(W / 30)
    font = ImageFont.truetype(FONT_FILES["sans-bold"], fs, index=0)
    d.rectangle((int(ew * 0.06), int(eh * 0.10), int(ew * 0.06) + fs * 6, int(eh * 0.10) + int(fs * 1.6)),
                outline=(190, 20, 30, 255), width=4)
    d.text((int(ew * 0.06) + fs * 3, int(eh * 0.10) + int(fs * 0.8)), "特別送達", fill=(190, 20, 30, 255), font=font,
           anchor="mm")
    font2 = ImageFont.truetype(FONT_FILES["sans"], int(fs * 0.8), index=0)
    for i, s in enumerate(text_lines):
        d.text((int(ew * 0.42), int(eh * 0.10) + i * int(fs * 1.3)), s, fill=(40, 30, 25, 255), font=font2)
    env = env.rotate(angle, resample=Image.BICUBIC, expand=True)
    out = img.convert("RGB").copy()
    # its shadow on the paper
    sh = Image.new("L", out.size, 0)
    sh.paste(env.getchannel("A"), (int(-W * 0.03) + 10, int(H * y_frac) - 12))
    sa = np.asarray(sh, dtype=np.float32) / 255.0
    sa = cv2.GaussianBlur(sa, (0, 0), 10)
    o = np.asarray(out, dtype=np.float32) * (1 - 0.35 * sa)[..., None]
    out = Image.fromarray(np.clip(o, 0, 255).astype(np.uint8))
    out.paste(env, (int(-W * 0.03), int(H * y_frac)), env)
    return out


def handwrite(img: Image.Image, lines, x: int, y: int, size: int, rng, color=(28, 48, 150), angle: float = -3.0,
              underline: bool = False) -> Image.Image:
    """A ballpoint note: each character a little rotated, shifted and of its own size, the strokes thickened and the
    ink uneven; written on the page image before it is scanned."""
    layer = Image.new("L", img.size, 0)
    font = ImageFont.truetype(FONT_FILES["sans"], size, index=0)
    for j, s in enumerate(lines):
        px = x
        py = y + j * int(size * 1.45)
        for ch in s:
            fs = int(size * rng.uniform(0.88, 1.1))
            f = font if fs == size else ImageFont.truetype(FONT_FILES["sans"], fs, index=0)
            g = Image.new("L", (fs * 2, fs * 2), 0)
            ImageDraw.Draw(g).text((fs // 2, fs // 2), ch, fill=255, font=f)
            g = g.rotate(rng.uniform(-8, 8) + angle, resample=Image.BICUBIC)
            layer.paste(255, (int(px - fs // 2 + rng.uniform(-2, 2)), int(py - fs // 2 + rng.uniform(-3, 3))), g)
            adv = f.getlength(ch)
            px += int(adv * rng.uniform(0.92, 1.05))
            py += int(size * np.tan(np.deg2rad(angle)) * -0.9)
        if underline and j == len(lines) - 1:
            ImageDraw.Draw(layer).line([(x, py + int(size * 1.25)), (px, py + int(size * 1.2))], fill=255, width=3)  # under the last line
    m = np.asarray(layer, dtype=np.float32) / 255.0
    m = cv2.dilate(m, np.ones((2, 2), np.uint8))
    m = cv2.GaussianBlur(m, (0, 0), 0.7)
    ink = m * rng.uniform(0.7, 1.0, m.shape[:2]).astype(np.float32) ** 0.3
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    col = np.array(color, np.float32)
    a = a * (1 - ink[..., None] * 0.9) + col * ink[..., None] * 0.9
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def fax_streak(page: Image.Image, rng, x_frac: float, width: int = 3) -> Image.Image:
    """A vertical black streak down a received fax page (dirt on the sender's scanner glass): not quite straight,
    broken in a few places."""
    a = np.asarray(page.convert("L"), dtype=np.uint8).copy()
    h, w = a.shape
    x = x_frac * w
    for yy in range(40, h):
        if rng.random() < 0.012:  # a short gap
            continue
        x += rng.normal(0, 0.08)
        x0 = int(x)
        a[yy, x0:x0 + width] = 0
    return Image.fromarray(a).convert("1", dither=Image.Dither.NONE)


def spread(left: Image.Image, right: Image.Image, rng) -> Image.Image:
    """Two A4 pages laid side by side on an A3 flatbed and scanned as one image: each page a little turned, a dark
    gutter shadow where they meet, the grey lid edge at the top."""
    w, h = left.size
    W, H = 2 * w + 40, h + 50
    canvas = Image.new("RGB", (W, H), (236, 236, 232))
    for i, pg in enumerate((left, right)):
        ang = float(rng.uniform(0.4, 1.1)) * (1 if i else -1)
        pg = pg.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(236, 236, 232))
        canvas.paste(pg, (10 + i * (w + 20), 30))
    a = np.asarray(canvas, dtype=np.float32)
    xx = np.arange(W, dtype=np.float32)[None, :]
    gut = np.exp(-((xx - W / 2) ** 2) / (2 * 22.0 ** 2))
    a = a * (1 - 0.45 * gut)[..., None]
    a[:18] *= 0.45
    paper = np.array([246, 244, 238], dtype=np.float32)
    a = a / 255.0 * paper
    a += rng.normal(0, 2.5, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
