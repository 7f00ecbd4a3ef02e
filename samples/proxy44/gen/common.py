"""Set 44 (copied from set 18, itself copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "fax_page", "refax", "hand_note", "fold3",
           "thumb", "fluorescent", "dark"]


# --- added by set 44: faxes with a 送信日時 / FAX番号 / ページ header line, faxed twice, a hand-written note on a
# fax cover, and phone-photo effects (thumb, fluorescent light, dark room, a sheet still folded in three) ----------

_FAXFONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def fax_page(img, rng, header, streaks=(1, 4), drops=(0, 3), thr_sd=18.0):
    """One G3 fax page at 200x100 dpi (as samples/letters/degrade.fax) whose header line is given whole
    (送信日時 … FAX番号 … ページ): the header replaces the top 40 px and pushes the page down."""
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    head = Image.new("L", (w, 40), 255)
    font = ImageFont.truetype(_FAXFONT, 21, index=0)
    ImageDraw.Draw(head).text((26, 8), header, fill=0, font=font)
    g = np.vstack([np.asarray(head, dtype=np.float32), g[: h - 40]])
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    small = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    thr = 150 + rng.normal(0, thr_sd, small.shape)
    bw = (small > thr).astype(np.uint8) * 255
    bw[rng.random(bw.shape) < 0.0015] = 0
    for _ in range(int(rng.integers(*streaks))):
        row = int(rng.integers(40, bw.shape[0] - 2))
        x0 = int(rng.integers(0, w // 2))
        bw[row, x0: x0 + int(rng.integers(w // 5, w // 2))] = 0
    for _ in range(int(rng.integers(*drops))):
        bw[int(rng.integers(40, bw.shape[0] - 2)), :] = 255
    return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE)


def refax(page, rng, header):
    """The received fax printed out and fed into a fax machine again: a second header line above the first, the
    page pushed down once more, edges softened by the print and re-read."""
    from PIL import Image, ImageFilter

    w, h2 = page.size
    up = page.convert("L").resize((w, h2 * 2), Image.NEAREST).filter(ImageFilter.GaussianBlur(0.8))
    return fax_page(up, rng, header, streaks=(1, 3), drops=(0, 2), thr_sd=14.0)


def hand_note(img, rng, lines, dpi=200, ink=(25, 25, 60)):
    """Felt-pen hand writing on a printed page: each (x_mm, y_mm, text, size_mm) line is written character by
    character with a wandering baseline, uneven size and slant; ('circle', x, y, w, h) rings a word and
    ('arrow', x0, y0, x1, y1) points at something."""
    import math

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    img = img.convert("RGB")
    k = dpi / 25.4
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    for it in lines:
        if it[0] == "circle":
            _, x, y, w, h = it
            pts = []
            for i in range(46):
                a = 2 * math.pi * i / 40 - 0.4
                r = 1 + 0.05 * math.sin(3 * a) + rng.uniform(-0.02, 0.02)
                pts.append(((x + w / 2 + w / 2 * r * math.cos(a)) * k, (y + h / 2 + h / 2 * r * math.sin(a)) * k))
            d.line(pts, fill=255, width=int(0.55 * k))
            continue
        if it[0] == "arrow":
            _, x0, y0, x1, y1 = it
            mid = ((x0 + x1) / 2 + 3, (y0 + y1) / 2 - 3)
            pts = [(x0 + (mid[0] - x0) * t * 2, y0 + (mid[1] - y0) * t * 2) if t < 0.5 else
                   (mid[0] + (x1 - mid[0]) * (t - 0.5) * 2, mid[1] + (y1 - mid[1]) * (t - 0.5) * 2)
                   for t in [i / 12 for i in range(13)]]
            d.line([(a * k, b * k) for a, b in pts], fill=255, width=int(0.5 * k))
            ang = math.atan2(y1 - mid[1], x1 - mid[0])
            for s in (2.6, -2.6):
                d.line([(x1 * k, y1 * k), ((x1 - 3.5 * math.cos(ang + s / 6)) * k, (y1 - 3.5 * math.sin(ang + s / 6)) * k)],
                       fill=255, width=int(0.5 * k))
            continue
        x, y, text, size = it
        cx = x
        for ch in text:
            sz = size * rng.uniform(0.88, 1.14)
            fnt = ImageFont.truetype(_FAXFONT.replace("Regular", "Bold"), int(sz * k), index=0)
            n = int(sz * k * 1.6)
            gl = Image.new("L", (n, n), 0)
            ImageDraw.Draw(gl).text((n // 2, n // 2), ch, fill=255, font=fnt, anchor="mm")
            gl = gl.rotate(rng.uniform(-9, 9) - 4, resample=Image.BICUBIC)
            dy = rng.uniform(-0.8, 0.8) + (cx - x) * 0.035
            layer.paste(255, (int(cx * k - n / 2 + sz * k / 2), int((y + dy) * k - n / 2)), gl)
            cx += sz * (0.55 if ord(ch) < 0x3000 and ch not in "（）" else 0.98) + rng.uniform(-0.2, 0.4)
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    ink_img = Image.new("RGB", img.size, ink)
    return Image.composite(ink_img, img, layer)


def fold3(img, rng):
    """A sheet still folded in three, opened only half flat: the three panels catch the light differently
    (valley, ridge) before the photo is taken."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h = a.shape[0]
    yy = np.arange(h, dtype=np.float32)[:, None]
    f = np.ones((h, 1), np.float32)
    c1, c2 = h / 3 + rng.uniform(-6, 6), 2 * h / 3 + rng.uniform(-6, 6)
    mid = (yy > c1) & (yy < c2)
    f[mid[:, 0]] = (0.86 + 0.08 * (yy[mid[:, 0]] - c1) / (c2 - c1))
    f[(yy >= c2)[:, 0]] = 0.97
    return Image.fromarray(np.clip(a * f[..., None], 0, 255).astype(np.uint8))


def thumb(shot, rng, side="left"):
    """The photographer's thumb holding the sheet flat at the frame edge (only the margin is covered): a long
    rounded shape coming in from the edge, lit from above, with a paler nail at its tip and a soft shadow."""
    import math

    import cv2
    import numpy as np
    from PIL import Image

    a = np.asarray(shot, dtype=np.float32).copy()
    H, W = a.shape[:2]
    cy = H * rng.uniform(0.56, 0.62)
    ang = -22.0 if side == "left" else 158.0
    ax, ay = int(W * 0.15), int(H * 0.05)
    cx = int(-W * 0.015) if side == "left" else int(W * 1.015)
    m = np.zeros((H, W), np.float32)
    cv2.ellipse(m, (cx, int(cy)), (ax, ay), ang, 0, 360, 1.0, -1)
    t = math.radians(ang)
    tipx, tipy = cx + ax * 0.72 * math.cos(t), cy + ax * 0.72 * math.sin(t)
    nail = np.zeros((H, W), np.float32)
    cv2.ellipse(nail, (int(tipx), int(tipy)), (int(ax * 0.2), int(ay * 0.62)), ang, 0, 360, 1.0, -1)
    nail *= m
    soft = cv2.GaussianBlur(m, (0, 0), 5)
    shade = cv2.GaussianBlur(np.roll(m, (int(H * 0.012), int(W * 0.01)), axis=(0, 1)), (0, 0), 25)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    across = ((yy - cy) * math.cos(t) - (xx - cx) * math.sin(t)) / ay  # -1 … 1 across the thumb
    light = np.clip(1.05 - 0.22 * across - 0.25 * across ** 2, 0.6, 1.1)
    skin = np.array([200, 148, 122], np.float32)[None, None, :] * light[..., None]
    nail_c = np.array([226, 196, 184], np.float32)[None, None, :] * light[..., None]
    tone = skin * (1 - cv2.GaussianBlur(nail, (0, 0), 2)[..., None]) + nail_c * cv2.GaussianBlur(nail, (0, 0), 2)[..., None]
    a = a * (1 - 0.38 * np.clip(shade - soft, 0, 1))[..., None]  # its shadow on the paper
    a = a * (1 - soft[..., None]) + tone * soft[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def fluorescent(shot, rng):
    """Under a kitchen fluorescent tube: a cool green-blue cast and faint rolling-shutter bands."""
    import numpy as np
    from PIL import Image

    a = np.asarray(shot, dtype=np.float32)
    H = a.shape[0]
    yy = np.arange(H, dtype=np.float32)[:, None, None]
    band = 1 + 0.035 * np.sin(2 * np.pi * yy / rng.uniform(150, 220) + rng.uniform(0, 6))
    a = a * band * np.array([0.90, 1.0, 1.06], np.float32) + 6
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def dark(shot, rng, level=0.5):
    """Taken in a dim room without flash: underexposed, noisy, still readable."""
    import numpy as np
    from PIL import Image

    a = np.asarray(shot, dtype=np.float32) / 255.0
    a = (a ** 1.15) * level * 255
    a += rng.normal(0, 4.5, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
