"""Set 68 (copied from set 18, itself copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "snap", "envelope_over", "MM_PX"]


# --- added by set 68: a phone photo built as a small scene -----------------------------------------------------
# The sheet (or two sheets side by side, or a sheet half in its window envelope) is laid on a table top (wood,
# tatami, a kotatsu cloth, or a checked / dotted kitchen oilcloth), seen at an angle (the far edge narrower and
# shorter), lit by a warm lamp from one side, with tri-fold creases, a thumb holding the sheet at its margin, and a
# focus that is sharp at the near edge and a little soft at the far one. Everything stays readable.

MM_PX = 200 / 25.4  # pixels per mm of a page rasterised at 200 dpi (samples.letters.proxykit.write_letter)
_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
_FONTB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def _oilcloth(kind, W, H, rng):
    """A kitchen-table oilcloth: red or blue gingham checks, or small flowers on a cream ground."""
    import cv2
    import numpy as np

    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (6, 5)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind.startswith("gingham"):
        s = rng.uniform(52, 64)
        xs, ys = xx + warp * 6, yy + warp * 4 + xx * 0.03
        cx, cy = (np.floor(xs / s) % 2), (np.floor(ys / s) % 2)
        n = (cx + cy)[..., None]
        col = np.array([196, 62, 70] if kind == "gingham" else [58, 88, 168], np.float32)
        paper = np.array([236, 232, 224], np.float32)
        a = paper + (col - paper) * (n * 0.45)
        a += (np.sin(xx / 1.7) * np.sin(yy / 1.7) * 4)[..., None]  # the woven look printed on the vinyl
    else:  # "dots": small five-petal flowers on cream
        a = np.zeros((H, W, 3), np.float32) + np.array([226, 214, 178], np.float32)
        step = 90
        for gy in range(-step, H + step, step):
            for gx in range(-step, W + step, step):
                ox = gx + (step / 2 if (gy // step) % 2 else 0) + rng.uniform(-8, 8)
                oy = gy + rng.uniform(-8, 8)
                for k in range(5):
                    t = k * 2 * np.pi / 5
                    cv2.circle(a, (int(ox + 11 * np.cos(t)), int(oy + 11 * np.sin(t))), 8, (206, 120, 96), -1)
                cv2.circle(a, (int(ox), int(oy)), 6, (236, 196, 80), -1)
                cv2.ellipse(a, (int(ox + 24), int(oy + 14)), (12, 5), 30, 0, 360, (110, 140, 84), -1)
    a += ((xx / W - 0.5) * rng.uniform(-20, 20) + (yy / H - 0.5) * rng.uniform(-20, 20))[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def _shift(m, dy, dx):
    """`m` moved down by dy and right by dx pixels (dy, dx >= 0), without wrapping round the frame."""
    import numpy as np

    out = np.zeros_like(m)
    out[dy:, dx:] = m[:m.shape[0] - dy, :m.shape[1] - dx]
    return out


def _thumb(a, rng, side, at):
    """The photographer's thumb holding the sheet down at the frame edge: a rounded skin-coloured finger coming in
    from the edge, lit like a cylinder, with a nail near its tip, a knuckle crease and a soft shadow on the paper."""
    import cv2
    import numpy as np

    H, W = a.shape[:2]
    wdt = 0.072 * min(W, H)
    reach = 0.13 * min(W, H)
    if side == "left":
        p0, d = np.array([-0.05 * W, H * at + 0.04 * H]), np.array([1.0, -0.3])
    elif side == "right":
        p0, d = np.array([1.05 * W, H * at + 0.04 * H]), np.array([-1.0, -0.3])
    else:  # bottom
        p0, d = np.array([W * at - 0.03 * W, 1.05 * H]), np.array([0.25, -1.0])
    d = d / np.linalg.norm(d)
    edge = {"left": 0.0, "right": W, "bottom": H}[side]
    t_edge = abs((edge - (p0[0] if side != "bottom" else p0[1])) / (d[0] if side != "bottom" else d[1]))
    p1 = p0 + d * (t_edge + reach)
    m = np.zeros((H, W), np.float32)
    cv2.line(m, tuple(int(v) for v in p0), tuple(int(v) for v in p1), 1.0, int(wdt))
    cv2.circle(m, tuple(int(v) for v in p1), int(wdt / 2), 1.0, -1)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    nrm = np.array([-d[1], d[0]])
    across = ((xx - p1[0]) * nrm[0] + (yy - p1[1]) * nrm[1]) / (wdt / 2)
    along = (xx - p1[0]) * d[0] + (yy - p1[1]) * d[1]
    light = (0.72 + 0.36 * np.sqrt(np.clip(1 - across ** 2, 0, 1)) - 0.06 * across)[..., None]
    skin = np.array([214, 160, 132], np.float32) * light
    ang = float(np.degrees(np.arctan2(d[1], d[0])))
    nail = np.zeros((H, W), np.float32)
    nc = p1 - d * wdt * 0.28
    cv2.ellipse(nail, (int(nc[0]), int(nc[1])), (int(wdt * 0.33), int(wdt * 0.27)), ang, 0, 360, 1.0, -1)
    nail = cv2.GaussianBlur(nail * m, (0, 0), 2.5)
    nailc = np.array([228, 186, 174], np.float32) * (light + 0.04)
    tone = skin * (1 - nail[..., None]) + nailc * nail[..., None]
    crease = np.exp(-((along + wdt * 1.35) ** 2) / (2 * (wdt * 0.035) ** 2)) * (np.abs(across) < 0.8)
    tone = tone * (1 - 0.22 * crease[..., None])
    tone += rng.normal(0, 2.0, tone.shape).astype(np.float32)
    soft = cv2.GaussianBlur(m, (0, 0), 3)
    shade = cv2.GaussianBlur(_shift(m, int(H * 0.012), int(W * 0.01)), (0, 0), 20)
    a = a * (1 - 0.42 * np.clip(shade - soft, 0, 1))[..., None]
    return a * (1 - soft[..., None]) + tone * soft[..., None]


def snap(img, rng, *, alpha=None, canvas=(2100, 2800), fill=0.86, offset=(0.0, 0.0), pitch=0.04, yaw=0.0,
         tilt=2.0, bg="wood", creases=0, crease_h=None, warm=0.0, lamp=None, glare=0.0, thumb=None, blur=0.9,
         defocus=0.0, bow=0.0):
    """A phone photo of `img` (RGB; `alpha` marks where there is paper, for two sheets or a sheet in an envelope).

    pitch: the far (top) edge narrower and shorter (fraction of the width); yaw: the right edge shorter;
    tilt: degrees (signed); creases: tri-fold crease lines (crease_h: the height in px the folds divide, when the
    image is taller than the letter); warm: the lamp's colour (0–1); lamp: (x, y) of the lamp as fractions of the
    frame, the light falling off away from it; thumb: (side, where); defocus: extra blur at the far edge."""
    import cv2
    import numpy as np
    from PIL import Image

    from samples.letters.proxydraw import _table_top

    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    al = np.ones((h, w), np.float32) if alpha is None else alpha.astype(np.float32)
    if creases:
        ch = crease_h or h
        y0 = h - ch
        yy = np.arange(h, dtype=np.float32)[:, None]
        shade = np.ones((h, 1), np.float32)
        for i in range(1, creases + 1):
            yc = y0 + ch * i / (creases + 1) + rng.uniform(-0.01, 0.01) * ch
            side = 1 if i % 2 else -1
            d = (yy - yc) * side
            shade *= 1 - 0.11 * np.exp(-np.clip(d, 0, None) / 30.0) * (d > 0)
            shade *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
        src = src * shade[..., None]
    if bow:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        mx = xs + bow * np.sin(np.pi * ys / h) * np.sin(np.pi * xs / w)
        my = ys + bow * 0.6 * np.sin(2 * np.pi * xs / w) * np.sin(np.pi * ys / h)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + offset[0] * W, H / 2 + offset[1] * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = pitch * pw
    c[0, 0] += k
    c[1, 0] -= k
    c[0, 1] += k * 0.6
    c[1, 1] += k * 0.6
    if yaw:
        c[1, 1] += yaw * ph * 0.5
        c[2, 1] -= yaw * ph * 0.5
        c[1, 0] -= yaw * pw * 0.25
        c[2, 0] -= yaw * pw * 0.25
    c += rng.uniform(-0.008, 0.008, c.shape).astype(np.float32) * np.float32(pw)
    th = np.deg2rad(tilt)
    rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(al, M, (W, H), flags=cv2.INTER_LINEAR)
    if bg in ("gingham", "gingham_blue", "dots"):
        table = _oilcloth(bg, W, H, rng)
    else:
        table = _table_top(bg, W, H, rng)
    drop = _shift(cv2.GaussianBlur(mask, (0, 0), 13), int(rng.uniform(6, 14)), int(rng.uniform(6, 14)))
    table *= (1 - 0.42 * drop)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if lamp is not None:
        lx, ly = lamp[0] * W, lamp[1] * H
        d2 = ((xx - lx) ** 2 + (yy - ly) ** 2) / float(max(W, H)) ** 2
        light = 0.66 + 0.42 * np.exp(-d2 / 0.5)
    else:
        ang = rng.uniform(0, 2 * np.pi)
        lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
        light = 1.0 - rng.uniform(0.1, 0.2) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if glare:
        gx, gy = rng.uniform(0.35, 0.65) * W, rng.uniform(0.2, 0.4) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.1 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.07 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.975 - 0.07 * warm, 0.93 - 0.2 * warm], dtype=np.float32) * rng.uniform(0.93, 0.98)
    a = a * tint
    if thumb:
        a = _thumb(a, rng, thumb[0], thumb[1])
    sharp = cv2.GaussianBlur(a, (0, 0), blur)
    if defocus:
        soft = cv2.GaussianBlur(a, (0, 0), blur + defocus)
        wgt = np.clip(1.15 - yy / H * 1.3, 0, 1)[..., None]  # the far (top) part of the frame is the softest
        a = sharp * (1 - wgt) + soft * wgt
    else:
        a = sharp
    a += rng.normal(0, 3.2, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def envelope_over(img, *, cover_mm, window_mm, lines, color, mark, extra_mm=70):
    """A sheet pulled half out of a 角形2号 window envelope: the envelope (240 mm wide) covers the sheet's top
    `cover_mm`, its glassine window at `window_mm` (x, y, w, h on the sheet) lets the address through; `extra_mm` of
    the envelope shows above the sheet. `lines` are (x_mm, y_mm, text, size_mm, bold, rgb) printed on the envelope
    in sheet coordinates; `mark` is the envelope's colour band (rgb) along its lower edge. Returns (image, alpha)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    k = MM_PX
    sheet = img.convert("RGB")
    sw, sh = sheet.size
    left = int(15 * k)
    top = int(extra_mm * k)
    W, H = sw + 2 * left, sh + top
    out = Image.new("RGB", (W, H), (0, 0, 0))
    out.paste(sheet, (left, top))
    alpha = np.zeros((H, W), np.float32)
    alpha[top:, left:left + sw] = 1.0
    ey1 = top + int(cover_mm * k)
    env = Image.new("RGB", (W, ey1), color)
    d = ImageDraw.Draw(env)
    d.rectangle((0, ey1 - int(14 * k), W, ey1), fill=mark)
    for x, y, s, size, bold, rgb in lines:
        f = ImageFont.truetype(_FONTB if bold else _FONT, int(size * k), index=0)
        d.text((left + x * k, top + y * k), s, fill=rgb, font=f, anchor="ls")
    wx, wy, ww, wh = window_mm
    box = (left + int(wx * k), top + int(wy * k), left + int((wx + ww) * k), top + int((wy + wh) * k))
    through = out.crop(box)
    haze = Image.blend(through, Image.new("RGB", through.size, (238, 238, 236)), 0.16).filter(ImageFilter.GaussianBlur(0.8))
    env.paste(haze, box[:2])
    d.rectangle(box, outline=(190, 190, 188), width=3)
    # the envelope's lower edge casts a thin shadow on the sheet below it
    a = np.asarray(out, dtype=np.float32)
    depth = np.exp(-np.arange(int(4 * k), dtype=np.float32) / (1.2 * k))
    a[ey1:ey1 + len(depth), left:left + sw] *= (1 - 0.3 * depth)[:, None, None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out.paste(env, (0, 0))
    alpha[:ey1, :] = 1.0
    return out, alpha
