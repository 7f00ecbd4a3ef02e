"""Set 38 (the drawing helpers of set 18's common.py, re-exported) plus this set's own "poor copies that are still
readable": every effect below works on the clean page image (or on the photo) and is driven by a numpy Generator, so
the output is fixed by the letter's seed. Page effects (on the paper, before the camera / scanner): coffee stain,
handwritten margin note, fold crease through a table row, a cylinder curl. Capture effects: a 150 dpi scan with JPEG
artefacts, a crooked scan with the dark lid border, a faint-toner photocopy, fax streaks, a PDF-viewer screenshot
1000 px wide, and `photo38` (set 7's photo_real with a patterned tablecloth, a yellow lamp and a stronger vignette)."""
from __future__ import annotations

import io

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
           "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM",
           "coffee", "handnote", "crease", "curl", "jpeg_rt", "scan150", "crooked", "faint_copy", "fax_streaks",
           "screenshot", "photo38"]


def _np(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ------------------------------------------------------------------ on the paper


def coffee(img, rng, cx, cy, r, strength=0.35):
    """A coffee-cup ring (cx, cy, r as fractions of the width): a brown ring with a darker rim and a pale inside
    wash; multiplied, so the print under it stays readable."""
    a = _np(img)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    X, Y, R = cx * w, cy * w, r * w
    wob = cv2.resize(rng.normal(0, 1, (6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    d = np.sqrt((xx - X) ** 2 + (yy - Y) ** 2) + wob * R * 0.03
    rim = np.exp(-((d - R) ** 2) / (2 * (R * 0.025) ** 2))
    wash = (d < R) * 0.25 * (0.6 + 0.4 * (d / R))
    m = np.clip(rim + wash, 0, 1) * strength
    brown = np.array([0.62, 0.45, 0.28], np.float32)
    a = a * (1 - m[..., None] * (1 - brown))
    return _img(a)


def handnote(img, rng, x_mm, y_mm, lines, size_mm=5.5, color=(30, 50, 150), angle=-6.0, dpi=200):
    """A note written in ballpoint in the margin: each character set separately with its own wobble (size,
    slant, baseline), joined strokes thickened a little, blue ink. Not a field of the letter."""
    px = dpi / 25.4
    w, h = img.size
    layer = Image.new("L", (w, h), 0)
    fs = int(size_mm * px)
    font = ImageFont.truetype(FONT_FILES["serif"], fs, index=0)
    y = y_mm * px
    for ln in lines:
        x = x_mm * px
        for ch in ln:
            s = int(fs * rng.uniform(0.88, 1.1))
            f = font if s == fs else ImageFont.truetype(FONT_FILES["serif"], s, index=0)
            g = Image.new("L", (s * 2, s * 2), 0)
            ImageDraw.Draw(g).text((s // 2, s // 2), ch, fill=255, font=f)
            g = g.rotate(rng.uniform(-9, 9) + angle, resample=Image.BICUBIC)
            layer.paste(255, (int(x - s // 2), int(y - s // 2 + rng.uniform(-0.08, 0.08) * s)), g)
            x += f.getlength(ch) * rng.uniform(0.9, 1.02)
        y += fs * 1.45
    m = np.asarray(layer, dtype=np.float32) / 255.0
    m = cv2.dilate(m, np.ones((2, 2), np.uint8))
    m = cv2.GaussianBlur(m, (0, 0), 0.7) * 0.85
    a = _np(img)
    ink = np.array(color, np.float32)
    a = a * (1 - m[..., None]) + ink * m[..., None]
    return _img(a)


def crease(img, rng, y_mm, dpi=200, depth=0.16, shift=3):
    """The letter was folded in three and the fold runs at y_mm: the half below is a little darker (it lies at an
    angle to the light), a thin bright ridge and a dark valley line, and the print below is shifted sideways by a few
    pixels (the paper never lies flat again)."""
    a = _np(img)
    h, w = a.shape[:2]
    yc = int(y_mm * dpi / 25.4)
    yy = np.arange(h, dtype=np.float32)[:, None]
    tilt = np.linspace(-2, 2, w, dtype=np.float32)[None, :]
    d = yy - yc - tilt
    shade = 1 - depth * np.exp(-np.clip(d, 0, None) / 90.0) * (d > 0)
    shade = shade * (1 + 0.10 * np.exp(-((d + 2.5) ** 2) / 3.0)) * (1 - 0.30 * np.exp(-((d - 0.5) ** 2) / 1.2))
    b = a.copy()
    b[yc + 1:, :] = np.roll(a[yc + 1:, :], shift, axis=1)
    b[yc + 1:, :shift] = a[yc + 1:, :shift]
    b = b * shade[..., None]
    b += rng.normal(0, 1.0, b.shape[:2])[..., None]
    return _img(b)


def curl(img, bend=60.0, lift=0.10):
    """The sheet curls up towards its right edge (a page that was rolled): columns pushed towards the middle as the
    paper turns away, rows bowed, and the curled strip darker."""
    a = _np(img)
    h, w = a.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    t = np.clip((xs / w - 0.55) / 0.45, 0, 1)
    mx = xs + bend * t ** 2 * 1.6
    my = ys + bend * t ** 2 * (ys / h - 0.5) * 0.9 + bend * 0.5 * np.sin(np.pi * xs / w) * (ys / h - 0.5) * 0.3
    out = cv2.remap(a, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    light = 1 - lift * 2.2 * t ** 1.5
    return _img(out * light[..., None])


# ------------------------------------------------------------------ capture


def jpeg_rt(img, quality):
    """One round trip through a low-quality JPEG (block artefacts, ringing round the strokes)."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=quality, subsampling=2)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def scan150(img, rng, quality=38, skew=0.8, grey=True):
    """A cheap multifunction scan at 150 dpi (img must be rasterised at 150), grey, saved as a low-quality JPEG by the
    scanner before it became a PNG / PDF: block artefacts round every character."""
    ang = float(rng.uniform(0.3, skew)) * (1 if rng.random() < 0.5 else -1)
    im = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = _np(im)
    if grey:
        a = a.mean(axis=2, keepdims=True).repeat(3, axis=2)
    a = a / 255.0 * np.array([238, 236, 230], np.float32) + 6
    a += rng.normal(0, 4.0, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(a, (0, 0), 0.45)
    return jpeg_rt(_img(a), quality)


def crooked(img, rng, angle=3.1, border=(28, 26, 24)):
    """A page laid crooked on the glass with the lid not closed: the sheet turned by `angle` degrees, the glass
    around it dark (the room behind), a grey shadow band along the page edge; the output keeps the A4 frame, so
    two corners of the page are cut by the frame."""
    a = _np(img)
    h, w = a.shape[:2]
    pad = int(w * 0.05)
    canvas = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    canvas[:] = np.array(border, np.float32)
    mask = np.zeros(canvas.shape[:2], np.float32)
    canvas[pad:pad + h, pad:pad + w] = a * np.array([0.965, 0.955, 0.93], np.float32)
    mask[pad:pad + h, pad:pad + w] = 1
    M = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), angle, 1.0)
    M[0, 2] += w * 0.018
    M[1, 2] += h * 0.012
    rot = cv2.warpAffine(canvas, M, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR,
                         borderValue=border)
    mk = cv2.warpAffine(mask, M, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR)
    edge = cv2.GaussianBlur(mk, (0, 0), 14)
    rot = rot * (0.72 + 0.28 * np.clip((edge - 0.5) * 2.2, 0, 1))[..., None] * mk[..., None] + \
        rot * (1 - mk[..., None])
    noise = cv2.GaussianBlur(rng.normal(0, 1, rot.shape[:2]).astype(np.float32), (0, 0), 3) * 10
    rot = rot + (noise * (1 - mk))[..., None] + rng.normal(0, 2.5, rot.shape[:2])[..., None]
    out = rot[pad // 2:pad // 2 + h, pad // 2 + pad // 3:pad // 2 + pad // 3 + w]
    return _img(cv2.GaussianBlur(out, (0, 0), 0.5))


def faint_copy(img, rng, ink=0.52, edge=True):
    """A photocopy from a machine low on toner: black print becomes mid grey (only `ink` of its darkness is left),
    uneven across the page (a broad lighter stripe), toner dust, a grey smear along one long edge."""
    g = _np(img).mean(axis=2)
    h, w = g.shape
    dark = 1 - g / 255.0
    low = cv2.resize(rng.uniform(0.78, 1.0, (5, 4)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    stripe = 1 - 0.22 * np.exp(-((xx - rng.uniform(0.35, 0.65)) ** 2) / 0.02)
    dark = dark * ink * low * stripe
    holes = cv2.GaussianBlur((rng.random((h, w)) < 0.03).astype(np.float32), (0, 0), 0.8)
    dark = dark * (1 - 0.5 * np.clip(holes * 3, 0, 1))
    out = 243 - dark * 235
    out += (rng.random((h, w)) < 0.0012) * -90.0
    if edge:
        out *= 1 - 0.28 * np.exp(-(np.arange(w, dtype=np.float32)[None, :]) / (w * 0.02))
    out += rng.normal(0, 3.0, (h, w))
    out = cv2.GaussianBlur(out, (0, 0), 0.55)
    return _img(np.repeat(out[..., None], 3, axis=2))


def fax_streaks(page, rng, n=7, avoid_text=False):
    """Horizontal streaks of a fax with a dirty read head / a noisy line: thin dark lines across the whole width,
    a band of broken bits and white dropouts. `page` is the 1-bit fax page from degrade.fax. With avoid_text the
    dark lines fall only between lines of print (a streak along a baseline of a squashed fax can eat a name)."""
    bw = np.array(page.convert("L"))
    h, w = bw.shape
    ink = (bw < 128).mean(axis=1)
    for _ in range(n):
        r = int(rng.integers(30, h - 3))
        while avoid_text and ink[max(0, r - 4):r + 6].max() > 0.004:
            r = int(rng.integers(30, h - 3))
        t = int(rng.integers(1, 3))
        line = rng.random(w) < rng.uniform(0.55, 0.95)
        bw[r:r + t, line] = 0
    for _ in range(2):
        r0 = int(rng.integers(60, h - 20))
        band = bw[r0:r0 + 6]
        flip = rng.random(band.shape) < 0.05
        band[flip] = 255 - band[flip]
    for _ in range(3):
        r = int(rng.integers(30, h - 2))
        bw[r, :] = 255
    return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE)


def screenshot(img, title, page_of="1 / 1", zoom="74%"):
    """A screenshot of the letter open in a PDF viewer, shared as an image 1000 px wide: a dark toolbar with the
    file name, page counter and zoom, the grey viewer background, the page fitted to ~900 px."""
    W = 1000
    pw = 900
    ph = int(round(img.height * pw / img.width))
    page = img.resize((pw, ph), Image.LANCZOS)
    H = 46 + 20 + ph + 20
    out = Image.new("RGB", (W, H), (82, 86, 89))
    d = ImageDraw.Draw(out)
    d.rectangle((0, 0, W, 45), fill=(50, 54, 57))
    f = ImageFont.truetype(FONT_FILES["sans"], 15, index=0)
    for k in range(3):  # the menu button
        d.rectangle((18, 15 + k * 6, 34, 16 + k * 6), fill=(230, 230, 230))
    d.text((48, 13), title, fill=(235, 235, 235), font=f)
    d.text((470, 13), page_of + "   |   －  " + zoom + "  ＋", fill=(230, 230, 230), font=f)
    d.polygon([(884, 16), (896, 16), (890, 27)], outline=(230, 230, 230))  # download
    d.rectangle((884, 29, 896, 30), fill=(230, 230, 230))
    d.rectangle((918, 17, 932, 29), outline=(230, 230, 230))  # print
    for k in range(3):  # more
        d.ellipse((962, 15 + k * 6, 965, 18 + k * 6), fill=(230, 230, 230))
    out.paste(page, ((W - pw) // 2, 66))
    d.rectangle(((W - pw) // 2 - 1, 65, (W + pw) // 2, 66 + ph), outline=(60, 60, 60))
    return out


# ------------------------------------------------------------------ phone photo


def _cloth(kind, W, H, rng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (8, 6)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "gingham":  # red-and-white check tablecloth, slightly wavy
        p = 46.0
        u = (xx + warp * 9) / p
        v = (yy + warp * 7) / p
        a1 = (np.floor(u) % 2 == 0).astype(np.float32)
        a2 = (np.floor(v) % 2 == 0).astype(np.float32)
        k = (a1 + a2) / 2
        white = np.array([236, 228, 222], np.float32)
        red = np.array([178, 40, 48], np.float32)
        a = white[None, None] * (1 - k[..., None]) + red[None, None] * k[..., None]
        a += (np.sin(xx / 1.7) * np.sin(yy / 1.7) * 6)[..., None]
    else:  # "floral": a busy print of small flowers on navy
        base = np.array([38, 48, 92], np.float32)
        a = np.broadcast_to(base, (H, W, 3)).copy()
        m = np.zeros((H, W), np.float32)
        for _ in range(int(W * H / 5200)):
            cx, cy = rng.uniform(0, W), rng.uniform(0, H)
            r = rng.uniform(6, 13)
            for k in range(5):
                t = k * 2 * np.pi / 5
                cv2.circle(m, (int(cx + r * np.cos(t)), int(cy + r * np.sin(t))), int(r * 0.55), 1.0, -1)
        m = cv2.GaussianBlur(m, (0, 0), 1.2)
        petal = np.array([226, 196, 120], np.float32)
        a = a * (1 - m[..., None]) + petal * m[..., None]
    a += ((xx / W - 0.5) * rng.uniform(-25, 25) + (yy / H - 0.5) * rng.uniform(-25, 25))[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def photo38(img, rng, canvas=(1800, 2400), fill=0.84, keystone=0.05, tilt=2.5, bg="wood", creases=0, shadow=0.0,
            shadow_side="right", blur=0.9, bow=0.0, warm=0.0, glare=0.0, vignette=0.2, lamp=0.0, light=(0.12, 0.24)):
    """photo_real (set 7) with two more surfaces ("gingham", "floral"), a stronger vignette and a yellow lamp
    (lamp: 0..1, a low tungsten light: everything yellow-orange, blue channel much weaker). The other arguments are
    photo_real's."""
    if bg in ("wood", "desk", "cloth", "tatami") and not lamp and vignette == 0.2 and light == (0.12, 0.24):
        return photo_real(img, rng, canvas=canvas, fill=fill, keystone=keystone, tilt=tilt, bg=bg, creases=creases,
                          shadow=shadow, shadow_side=shadow_side, blur=blur, bow=bow, warm=warm, glare=glare)
    from samples.letters.proxydraw import _table_top

    W, H = canvas
    src = _np(img)
    h, w = src.shape[:2]
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
    mask_src = (src.sum(axis=2) > 6).astype(np.float32)  # a curled page has black (no paper) where it turned away
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
    mask = cv2.warpPerspective(mask_src, M, (W, H), flags=cv2.INTER_LINEAR)
    table = _cloth(bg, W, H, rng) if bg in ("gingham", "floral") else _table_top(bg, W, H, rng)
    drop = cv2.GaussianBlur(mask, (0, 0), 14)
    drop = np.roll(drop, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    table *= (1 - 0.4 * drop)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    li = 1.0 - rng.uniform(*light) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - vignette * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * np.clip(li * vign, 0.05, 1)[..., None]
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
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.45) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.09 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.06 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm - 0.10 * lamp, 0.92 - 0.08 * warm - 0.42 * lamp], dtype=np.float32)
    a = a * tint * rng.uniform(0.9, 0.97)
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, 3.0 + 2.0 * lamp, a.shape).astype(np.float32)
    return _img(a)
