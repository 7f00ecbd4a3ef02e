"""Set 80 (copied from set 18's, which is set 16's: set 14's furniture plus vcheck, era and kdate). The proxy sets share
their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py), imported read-only.

This set adds `photo80`, its own phone photo (after proxydraw.photo_real, set 7's realistic photo), for the ways the
sixth round of photographers took their pictures: the sheet on a bed sheet or on a wooden floor, under a fluorescent
tube with a cool cast, the phone's shadow across the page, the page held up by hand so that it bends (with the thumbs
at the edges), strongly rotated (5–10 degrees), shot from above at arm's length so that it fills two thirds of the
frame; plus two things on the page itself, a sticky note stuck over a margin and a highlighter stroke over a value.
`free_of_text` asserts that a sticky note or a thumb covers no printed text."""
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

__all__ = ["photo_real", "photo80", "free_of_text", "clean", "late", "truth", "leader", "cell", "kman", "split_lines",
           "seal_after", "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp",
           "grid", "slip", "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width",
           "PT_MM"]


def free_of_text(spec, rect, pad=0.8) -> None:
    """Assert that no printed text (horizontal or vertical) of page `spec` lies inside rect = (x, y, w, h) in mm."""
    from samples.letters.layout import VText

    x0, y0, w, h = rect
    x1, y1 = x0 + w, y0 + h
    for it in spec.items:
        if isinstance(it, Text) and it.s.strip():
            tw = text_width(it.s, it.size, it.font)
            left = {"l": it.x, "c": it.x - tw / 2, "r": it.x - tw}[it.align]
            top, bot = it.y - it.size * PT_MM * 0.9, it.y + it.size * PT_MM * 0.2
            box = (left, top, left + tw, bot)
        elif isinstance(it, VText) and it.s.strip():
            em = it.size * PT_MM
            box = (it.x - em / 2, it.y, it.x + em / 2, it.y + len(it.s) * em * it.pitch)
        else:
            continue
        if box[0] < x1 + pad and box[2] > x0 - pad and box[1] < y1 + pad and box[3] > y0 - pad:
            raise AssertionError(f"covers printed text: {it.s[:20]!r} in {rect}")


# --- things on the page before it is photographed ---------------------------------------------------------


def _hand(draw_img, text_lines, box_px, rng, ink=(30, 40, 120)):
    """Handwritten-looking lines inside box_px = (x, y, w, h): letter by letter, wobbling, slanted."""
    from PIL import Image, ImageDraw, ImageFont

    from samples.letters.layout import FONT_FILES

    x, y, w, h = box_px
    px = int(h / (len(text_lines) + 0.8) * 0.72)
    tile = Image.new("L", (int(w), int(h)), 0)
    d = ImageDraw.Draw(tile)
    for i, line in enumerate(text_lines):
        cx = px * 0.35
        base = px * 0.35 + i * px * 1.3
        for ch in line:
            f = ImageFont.truetype(FONT_FILES["sans"], max(8, int(px * rng.uniform(0.86, 1.08))), index=0)
            d.text((cx, base + rng.uniform(-0.07, 0.07) * px), ch, fill=220, font=f)
            cx += f.getlength(ch) * rng.uniform(0.9, 1.04)
    tile = tile.transform(tile.size, Image.Transform.AFFINE, (1, 0.2, -0.1 * h, 0, 1, 0), resample=Image.BICUBIC)
    ink_img = Image.new("RGB", tile.size, ink)
    draw_img.paste(ink_img, (int(x), int(y)), tile)


def _sticky(img, spec_w, note, rng):
    """A square sticky note stuck on the page: (x, y, w, h) in mm, a colour, a few handwritten lines, an angle."""
    import numpy as np
    from PIL import Image, ImageFilter

    k = img.width / spec_w
    x, y, w, h = note["rect"]
    col = note.get("color", (250, 236, 120))
    n = Image.new("RGB", (int(w * k), int(h * k)), col)
    a = np.asarray(n, np.float32)
    yy = np.linspace(0, 1, a.shape[0])[:, None, None]
    a = a * (1 - 0.07 * yy)  # the glued top edge lies flat, the free end lifts and darkens a little
    n = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    _hand(n, note.get("lines", []), (w * k * 0.04, h * k * 0.08, w * k * 0.92, h * k * 0.8), rng,
          ink=note.get("ink", (25, 35, 110)))
    ang = note.get("angle", 4.0)
    mask = Image.new("L", n.size, 255).rotate(ang, resample=Image.BICUBIC, expand=True)
    n = n.rotate(ang, resample=Image.BICUBIC, expand=True)
    ox, oy = int(x * k - (n.width - w * k) / 2), int(y * k - (n.height - h * k) / 2)
    shadow = Image.new("L", img.size, 0)
    shadow.paste(mask, (ox + int(1.2 * k), oy + int(1.6 * k)))
    shadow = shadow.filter(ImageFilter.GaussianBlur(1.2 * k))
    base = np.asarray(img, np.float32) * (1 - 0.22 * np.asarray(shadow, np.float32)[..., None] / 255)
    out = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    out.paste(n, (ox, oy), mask)
    return out


def _highlight(img, spec_w, rects, rng, color=(255, 240, 60)):
    """A highlighter stroke over each (x, y, w, h) mm rect: translucent, multiplied, with ragged ends and a darker
    overlap where the pen went back."""
    import cv2
    import numpy as np

    k = img.width / spec_w
    a = np.asarray(img, np.float32)
    H, W = a.shape[:2]
    m = np.zeros((H, W), np.float32)
    for x, y, w, h in rects:
        x0, x1 = int((x - 1.5) * k), int((x + w + 2.0) * k)
        slope = rng.uniform(-0.025, 0.025)
        for xx in range(x0, x1):
            t = (xx - x0) / max(1, x1 - x0)
            wob = np.sin(t * 5.0 + rng.uniform(0, 0.2)) * 0.05 * h * k + slope * (xx - x0)
            top = int(y * k + wob + rng.uniform(-0.4, 0.4))
            bot = int((y + h) * k + wob + rng.uniform(-0.4, 0.4))
            m[max(0, top):min(H, bot), xx] = 1.0
        back = int(x0 + (x1 - x0) * rng.uniform(0.55, 0.75))
        m[int((y + h * 0.2) * k):int((y + h * 0.8) * k), back:x1] += 0.35  # a second, shorter pass
    m = cv2.GaussianBlur(m, (0, 0), 1.2)
    m = np.clip(m, 0, 1.35)
    tint = np.array(color, np.float32) / 255.0
    mult = 1 - (1 - tint)[None, None, :] * m[..., None] * 0.72
    return _np_to_img(a * mult)


def _np_to_img(a):
    import numpy as np
    from PIL import Image

    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# --- what the sheet lies on ------------------------------------------------------------------------------------


def _surface(kind, W, H, rng):
    """sheet: a pale blue-grey bed sheet with soft wrinkles; floor: wooden floorboards with seams; room: the blurred
    room behind a page held up by hand; anything else: proxydraw's table tops (wood, desk, cloth, tatami)."""
    import cv2
    import numpy as np

    from samples.letters.proxydraw import _table_top

    if kind not in ("sheet", "floor", "room"):
        return _table_top(kind, W, H, rng)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "sheet":
        base = np.array([176, 186, 200], np.float32)
        wr = np.zeros((H, W), np.float32)
        for _ in range(9):  # long soft wrinkles in random directions
            ang = rng.uniform(0, np.pi)
            off = rng.uniform(-0.5, 0.5) * W
            d = (xx - W / 2) * np.cos(ang) + (yy - H / 2) * np.sin(ang) - off
            wr += np.exp(-(d ** 2) / (2 * rng.uniform(25, 70) ** 2)) * rng.uniform(-1, 1)
        wr = cv2.GaussianBlur(wr, (0, 0), 6)
        gx = cv2.Sobel(wr, cv2.CV_32F, 1, 0, ksize=5) + cv2.Sobel(wr, cv2.CV_32F, 0, 1, ksize=5)
        gx = gx / (np.abs(gx).max() + 1e-6)
        weave = np.sin(xx / 1.6) * np.sin(yy / 1.6) * 2.5
        a = base[None, None, :] + (gx * 16 + wr * 8 + weave)[..., None]
    elif kind == "floor":
        base = np.array([150, 104, 64], np.float32)
        plank = rng.uniform(150, 190)
        idx = np.floor(xx / plank)
        shade = (np.sin(idx * 12.9898) * 43758.5453) % 1.0  # each board its own tone
        warp = cv2.resize(rng.normal(0, 1, (max(2, H // 80), max(2, W // 80))).astype(np.float32), (W, H),
                          interpolation=cv2.INTER_CUBIC)
        grain = np.sin(yy / rng.uniform(4, 7) + warp * 2.5 + idx * 2.1) * 4 + np.sin(yy / 29.0 + warp * 1.5 + idx) * 5
        seam = (np.abs((xx % plank) - 1.5) < 2.0) * -45
        ends = (np.abs(((yy + idx * 433) % 1300) - 2) < 2.0) * -35
        a = base[None, None, :] + ((shade - 0.5) * 26 + grain + seam + ends)[..., None]
        a[..., 2] -= 6
    else:  # room: out of focus, a light wall and a darker doorway
        base = np.array([170, 164, 150], np.float32)
        blob = cv2.resize(rng.normal(0, 1, (4, 3)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
        door = ((xx > W * 0.72) & (xx < W * 0.95)) * -55.0
        door = cv2.GaussianBlur(door.astype(np.float32), (0, 0), 40)
        a = base[None, None, :] + (blob * 18 + door)[..., None]
    a += ((xx / W - 0.5) * rng.uniform(-25, 25) + (yy / H - 0.5) * rng.uniform(-25, 25))[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def photo80(img, rng, spec_w=210.0, canvas=(1800, 2400), fill=0.84, keystone=0.05, tilt=2.5, bg="wood",
            creases=0, blur=0.9, warm=0.0, glare=0.0, fluo=0.0, phone=0.0, phone_at=(0.55, 0.06), hand=0.0,
            held=0.0, thumbs=(), sticky=None, highlight=(), exposure=1.0):
    """A phone photo of a letter, set 80's way.

    fill: part of the frame the sheet fills (0.66 = from above at arm's length); tilt: degrees (5–10 = the page lying
    askew); fluo (0–1): a fluorescent tube's cool, slightly green cast, with a faint bright stripe; phone (0–1): the
    phone's own hard-edged shadow, its top-left corner at phone_at (fractions of the frame); hand: a soft shadow of the
    arm from the bottom; held (pixels): the page held up by hand and bending like a cylinder (the middle nearer), the
    edges shaded; thumbs: (side "left"/"right", fraction down the side) — a thumb over the page edge and the hand
    beyond it (asserted free of text by the letter); sticky: a sticky note (see _sticky); highlight: mm rects marked with a highlighter."""
    import cv2
    import numpy as np
    from PIL import Image

    if highlight:
        img = _highlight(img.convert("RGB"), spec_w, highlight, rng)
    if sticky:
        img = _sticky(img.convert("RGB"), spec_w, sticky, rng)
    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    if creases:
        yy = np.arange(h, dtype=np.float32)[:, None]
        shade = np.ones((h, 1), np.float32)
        for i in range(1, creases + 1):
            yc = h * i / (creases + 1) + rng.uniform(-0.01, 0.01) * h
            d = (yy - yc) * (1 if i % 2 else -1)
            shade *= 1 - 0.09 * np.exp(-np.clip(d, 0, None) / 26.0) * (d > 0)
            shade *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
        src = src * shade[..., None]
    if held:  # a cylinder bend about the vertical axis: the edges fall away, the lines sag and rise
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        u = (xs / w - 0.5) * 2
        mx = xs + held * 0.35 * u * (1 - u * u)
        my = ys + held * (1 - u * u) * (ys / h - 0.5) * 0.5 + held * 0.3 * (1 - u * u)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        src = src * (1 - 0.14 * np.abs(u) ** 2.2 - 0.05 * np.clip(u, 0, 1))[..., None]
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W * (1 - fill + 0.2), H / 2 + rng.uniform(-0.03, 0.03) * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    kk = keystone * pw
    c[0, 0] += kk
    c[1, 0] -= kk
    c[0, 1] += kk * 0.25
    c[1, 1] += kk * 0.25
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
    drop = cv2.GaussianBlur(mask, (0, 0), 14 if bg != "room" else 30)
    drop = np.roll(drop, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    table *= (1 - (0.4 if bg != "room" else 0.15) * drop)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if thumbs:  # a hand holding the page: the thumb over the page edge, the rest of the hand outside the page
        for side, t in thumbs:
            px_, py_ = {"left": (0.0, t * h), "right": (w, t * h)}[side]
            q = M @ np.array([px_, py_, 1.0])
            qx, qy = q[0] / q[2], q[1] / q[2]
            inward = 1 if side == "left" else -1
            ax, ay = W * 0.045, W * 0.024
            tcx = qx + inward * ax * 0.05
            d_t = ((xx - tcx) / ax) ** 2 + ((yy - qy) / ay) ** 2
            hcx, hcy = qx - inward * W * 0.085, qy + W * 0.05
            d_h = ((xx - hcx) / (W * 0.085)) ** 2 + ((yy - hcy) / (W * 0.12)) ** 2
            inside = np.maximum(np.clip((1.0 - d_t) * 6, 0, 1), np.clip((1.0 - d_h) * 4, 0, 1))
            sh = cv2.GaussianBlur(inside, (0, 0), 10)
            sh = np.roll(sh, (int(W * 0.008), int(-inward * W * 0.006)), axis=(0, 1))
            a *= (1 - 0.35 * sh * (1 - inside))[..., None]
            tone = 0.82 + 0.18 * np.clip(1 - np.minimum(d_t, d_h), 0, 1)
            skin = np.array([206, 152, 124], np.float32)[None, None, :] * tone[..., None]
            a = a * (1 - inside[..., None]) + skin * inside[..., None]
            nx = tcx + inward * ax * 0.62
            dn = ((xx - nx) / (ax * 0.3)) ** 2 + ((yy - qy) / (ay * 0.6)) ** 2
            nail = np.clip((1 - dn) * 5, 0, 1) * inside
            a = a * (1 - 0.45 * nail[..., None]) + np.array([232, 196, 186], np.float32) * 0.45 * nail[..., None]
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.10, 0.22) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if hand:  # the arm's soft shadow from the bottom edge
        band = np.zeros((H, W), np.float32)
        x0 = W * rng.uniform(0.35, 0.55)
        pts = [[x0, H * 0.78], [x0 + W * 0.22, H * 0.74], [x0 + W * 0.34, H + 10], [x0 - W * 0.08, H + 10]]
        cv2.fillPoly(band, [np.array(pts, np.int32)], 1.0)
        a = a * (1 - hand * cv2.GaussianBlur(band, (0, 0), 30))[..., None]
    if phone:  # the phone held above the page: a rounded slab, sharper than a hand's shadow
        band = np.zeros((H, W), np.float32)
        x0, y0 = W * phone_at[0], H * phone_at[1]
        pw2, ph2 = W * 0.30, H * 0.27
        r = int(min(pw2, ph2) * 0.13)
        x1, y1 = int(x0 + pw2), int(y0 + ph2)
        cv2.rectangle(band, (int(x0) + r, int(y0)), (x1 - r, y1), 1.0, -1)
        cv2.rectangle(band, (int(x0), int(y0) + r), (x1, y1 - r), 1.0, -1)
        for px_, py_ in ((int(x0) + r, int(y0) + r), (x1 - r, int(y0) + r), (int(x0) + r, y1 - r), (x1 - r, y1 - r)):
            cv2.circle(band, (px_, py_), r, 1.0, -1)
        hand_pts = [[x0 + pw2 * 0.6, y1 - 5], [x0 + pw2 * 1.05, y1 - ph2 * 0.3], [W + 10, H * 0.55], [W + 10, H * 0.75]]
        cv2.fillPoly(band, [np.array(hand_pts, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 8)
        a = a * (1 - phone * band)[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.45) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.09 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.06 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], dtype=np.float32) * rng.uniform(0.92, 0.98)
    if fluo:  # a fluorescent tube: cooler, a little green, a faint bright band where the tube is reflected
        tint = tint * np.array([1.0 - 0.13 * fluo, 1.0 + 0.01 * fluo, 1.0 + 0.09 * fluo], dtype=np.float32)
        by = rng.uniform(0.15, 0.35) * H
        a = a + (fluo * 22 * np.exp(-((yy - by - (xx - W / 2) * 0.08) ** 2) / (2 * (0.05 * H) ** 2)))[..., None]
    a = a * tint * exposure
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, 3.0 + 1.5 * fluo, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
