"""Set 24 (set 18's common.py, which is set 16's: set 14's furniture plus vcheck, era and kdate), plus this set's
phone photo `photo_frightened`: a letter photographed the way a frightened person takes it — on a kitchen table, a
futon or a car seat, at an angle (the page plane pitched / yawed up to ~15°), with the shadow of a hand or phone,
uneven lamp light, tri-fold creases and a half fold, an envelope or another paper partly under the letter, slightly
out of focus at one end, a thumb at the edge and the page not filling the frame. Every printed value stays readable."""
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

__all__ = ["photo_real", "photo_frightened", "clean", "late", "truth", "leader", "cell", "kman", "split_lines",
           "seal_after", "wrap_nb", "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp",
           "grid", "slip", "faq", "dashed", "RED", "GRAY", "NAVY", "SHADE", "WHITE", "Box", "Line", "Text",
           "text_width", "PT_MM"]


# --- this set's phone photo -----------------------------------------------------------------------------------


def _surface(kind: str, W: int, H: int, rng):
    """What the letter lies on: a kitchen table (pale wood), a futon (cotton print), a car seat (dark weave),
    a kotatsu cloth, tatami, or a laminate desk."""
    import cv2
    import numpy as np

    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (8, 6)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "kitchen":  # pale oak table top, planks along x
        base = np.array([170, 132, 92], np.float32)
        tex = np.sin(yy / rng.uniform(5, 9) + warp * 2.0 + np.sin(xx / 300.0)) * 7 + np.sin(yy / 1.7 + warp) * 2
        plank = (np.mod(yy + 40 * warp, 330) < 4).astype(np.float32) * -35
        tex = tex + plank
    elif kind == "futon":  # a light cotton futon cover: stripes and small flowers
        base = np.array([206, 196, 184], np.float32)
        stripe = (np.mod(xx + yy * 0.08 + warp * 30, 120) < 38).astype(np.float32)
        tex = stripe * -24 + warp * 6
        dots = ((np.mod(xx + 60, 120) - 60) ** 2 + (np.mod(yy + 45, 90) - 45) ** 2) < 90
        tex = tex - dots.astype(np.float32) * 28
        folds = np.sin(xx / 210.0 + warp * 1.5) * 14  # the soft wrinkles of a futon
        tex = tex + folds
    elif kind == "carseat":  # a dark grey woven car seat with a seam
        base = np.array([58, 60, 64], np.float32)
        tex = (np.sin(xx / 1.6) * np.sin(yy / 1.6)) * 7 + warp * 7
        seam = np.abs(yy - H * rng.uniform(0.15, 0.25) - xx * 0.05) < 6
        tex = tex - seam.astype(np.float32) * 25 + np.clip(np.sin(yy / 160.0 + warp), 0, 1) * 10
    elif kind == "cloth":
        base = np.array([60, 52, 78], np.float32)
        tex = (np.sin(xx / 2.3) * np.sin(yy / 2.3)) * 6 + warp * 6
    elif kind == "tatami":
        base = np.array([150, 146, 96], np.float32)
        tex = np.sin(yy / 3.1) * 10 + np.sin(xx / 41.0) * 4 + warp * 5
    else:  # desk
        base = np.array([178, 172, 160], np.float32)
        tex = warp * 5
    a = base[None, None, :] + tex[..., None]
    a += ((xx / W - 0.5) * rng.uniform(-25, 25) + (yy / H - 0.5) * rng.uniform(-25, 25))[..., None]
    a += rng.normal(0, 4, (H, W))[..., None]
    return a


def _under(kind: str, w: int, h: int):
    """An envelope (kraft 角2 / white window envelope) or another sheet lying partly under the letter."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from samples.letters.layout import FONT_FILES

    if kind == "kraft":
        col = (196, 158, 108)
    elif kind == "window":
        col = (238, 236, 230)
    else:  # another sheet: an enclosure (返信用封筒の案内, 振込用紙) lying under it, only rules showing
        col = (244, 243, 238)
    im = Image.new("RGB", (w, h), col)
    d = ImageDraw.Draw(im)
    if kind in ("kraft", "window"):
        d.rectangle((0, 0, w - 1, h - 1), outline=tuple(int(c * 0.8) for c in col), width=3)
        f = ImageFont.truetype(FONT_FILES["sans-bold"], int(w * 0.06), index=0)
        d.rectangle((int(w * 0.08), int(h * 0.06), int(w * 0.08) + int(w * 0.16), int(h * 0.06) + int(w * 0.09)),
                    outline=(200, 30, 40), width=4)
        d.text((int(w * 0.16), int(h * 0.06) + int(w * 0.045)), "親展", fill=(200, 30, 40), font=f, anchor="mm")
        if kind == "window":
            d.rectangle((int(w * 0.1), int(h * 0.2), int(w * 0.62), int(h * 0.42)), outline=(170, 170, 170), width=2)
        for i in range(6):  # the printed return-address block: only faint rules at this distance
            y = int(h * 0.78) + i * 14
            d.line((int(w * 0.5), y, int(w * 0.9), y), fill=tuple(int(c * 0.75) for c in col), width=3)
    else:
        for i in range(14):
            y = int(h * 0.08) + i * int(h * 0.06)
            d.line((int(w * 0.08), y, int(w * 0.92), y), fill=(150, 150, 150), width=2)
        d.rectangle((int(w * 0.06), int(h * 0.05), int(w * 0.94), int(h * 0.95)), outline=(90, 110, 160), width=3)
    return np.asarray(im, dtype=np.float32)


def photo_frightened(img, rng, canvas=(2016, 2688), fill=0.74, pitch=8.0, yaw=3.0, roll=2.0, bg="kitchen",
                     creases=2, half_fold=False, crumple=0.0, bow=0.0, shadow=0.0, shadow_side="right",
                     thumb=None, under=None, under_side="right", blur=0.8, dof=0.0, lamp=0.0, glare=0.0,
                     warm=0.2, offset=(0.0, 0.0), dim=1.0):
    """A phone photo of a letter as a frightened person takes it (all values stay readable).

    pitch / yaw: degrees the page plane is turned away from the phone (top edge farther when pitch > 0);
    roll: in-plane rotation in degrees; fill: the page's share of the frame; offset: the page centre shifted (fraction
    of the frame); creases: tri-fold crease lines; half_fold: a vertical fold in the middle (folded once more);
    crumple: low-frequency shading of a sheet that was squeezed; bow: the sheet bulging up (pixels);
    shadow: depth of a hand / phone shadow on `shadow_side` (right | left | bottom | top); thumb: None or the page
    edge a thumb holds down (left | right | bottom); under: None | kraft | window | sheet, lying out from `under_side`;
    blur: overall softness; dof: extra blur at the far (top) end, out of focus; lamp: a warm lamp's hot spot and
    fall-off; glare: a specular patch; warm: indoor light colour; dim: overall exposure."""
    import cv2
    import numpy as np
    from PIL import Image

    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    yy0 = np.arange(h, dtype=np.float32)[:, None]
    xx0 = np.arange(w, dtype=np.float32)[None, :]
    shade = np.ones((h, w), np.float32)
    for i in range(1, creases + 1):  # tri-fold: a valley shade and a bright ridge at each crease
        yc = h * i / (creases + 1) + rng.uniform(-0.012, 0.012) * h
        side = 1 if i % 2 else -1
        d = (yy0 - yc) * side
        shade = shade * (1 - 0.12 * np.exp(-np.clip(d, 0, None) / 30.0) * (d > 0))
        shade = shade * (1 + 0.05 * np.exp(-((yy0 - yc) ** 2) / 8.0))
    if half_fold:
        xc = w * 0.5 + rng.uniform(-0.01, 0.01) * w
        shade = shade * np.where(xx0 > xc, 0.93, 1.0) * (1 - 0.10 * np.exp(-np.abs(xx0 - xc) / 22.0))
    if crumple:
        n = cv2.resize(rng.normal(0, 1, (12, 9)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        shade = shade * (1 + crumple * 0.05 * n)
    src = src * shade[..., None]
    if bow:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        mx = xs + bow * np.sin(np.pi * ys / h) * np.sin(np.pi * xs / w)
        my = ys + bow * 0.6 * np.sin(2 * np.pi * xs / w) * np.sin(np.pi * ys / h)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)

    # --- geometry: the page plane turned in 3D and seen through a pinhole camera ------------------------------
    s = min(W * fill / w, H * fill / h)
    f = 1.1 * H
    cx = W / 2 + offset[0] * W + rng.uniform(-0.01, 0.01) * W
    cy = H / 2 + offset[1] * H + rng.uniform(-0.01, 0.01) * H
    p, q, r = np.deg2rad([-pitch, yaw, roll * (1 if rng.random() < 0.5 else -1)])  # pitch > 0: top farther
    Rz = np.array([[np.cos(r), -np.sin(r), 0], [np.sin(r), np.cos(r), 0], [0, 0, 1]])
    Rx = np.array([[1, 0, 0], [0, np.cos(p), -np.sin(p)], [0, np.sin(p), np.cos(p)]])
    Ry = np.array([[np.cos(q), 0, np.sin(q)], [0, 1, 0], [-np.sin(q), 0, np.cos(q)]])
    pts = np.array([[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]]) * s
    P3 = pts @ (Ry @ Rx @ Rz).T
    corners = np.stack([f * P3[:, 0] / (f + P3[:, 2]) + cx, f * P3[:, 1] / (f + P3[:, 2]) + cy], axis=1)
    corners = corners.astype(np.float32)
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), corners)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)

    a = _surface(bg, W, H, rng)
    if under:  # an envelope or another sheet under the letter, sticking out on one side
        uw, uh = (int(w * 0.62), int(h * 0.45)) if under != "sheet" else (int(w * 0.9), int(h * 0.7))
        uimg = _under(under, uw, uh)
        du = {"right": (0.42, 0.12), "left": (-0.42, 0.15), "bottom": (0.12, 0.4), "top": (-0.1, -0.38)}[under_side]
        ucx, ucy = cx + du[0] * w * s, cy + du[1] * h * s
        ang = np.deg2rad(rng.uniform(-14, 14))
        us = s * 1.0
        uc = np.array([[-uw / 2, -uh / 2], [uw / 2, -uh / 2], [uw / 2, uh / 2], [-uw / 2, uh / 2]]) * us
        rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
        uc = (uc @ rot.T + [ucx, ucy]).astype(np.float32)
        Mu = cv2.getPerspectiveTransform(np.array([[0, 0], [uw, 0], [uw, uh], [0, uh]], np.float32), uc)
        uwarp = cv2.warpPerspective(uimg, Mu, (W, H), flags=cv2.INTER_AREA)
        umask = cv2.warpPerspective(np.ones((uh, uw), np.float32), Mu, (W, H), flags=cv2.INTER_LINEAR)
        udrop = np.roll(cv2.GaussianBlur(umask, (0, 0), 10), (8, 8), axis=(0, 1))
        a = a * (1 - 0.35 * udrop)[..., None]
        a = uwarp * umask[..., None] + a * (1 - umask[..., None])
    drop = cv2.GaussianBlur(mask, (0, 0), 14)
    drop = np.roll(drop, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    a = a * (1 - 0.4 * drop)[..., None]
    a = warped * mask[..., None] + a * (1 - mask[..., None])

    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = (1.0 - rng.uniform(0.10, 0.22) * np.clip(lin, 0, 1) ** 1.4) * dim
    vign = 1.0 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    if lamp:  # a desk / ceiling lamp off to one side: a warm hot spot, the far side darker
        lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(-0.1, 0.3) * H
        dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
        light = light * (1 + lamp * (0.18 - 0.55 * np.clip(dist, 0, 0.9)))
    a = a * (light * vign)[..., None]
    if shadow:  # the photographer's hand and phone: a dark shape with a soft edge
        band = np.zeros((H, W), np.float32)
        if shadow_side == "right":
            x0 = W * rng.uniform(0.68, 0.76)
            pts2 = [[x0, -10], [W + 10, -10], [W + 10, H * 0.6], [x0 + W * 0.07, H * 0.48]]
        elif shadow_side == "left":
            x0 = W * rng.uniform(0.22, 0.3)
            pts2 = [[-10, H * 0.35], [x0, H * 0.42], [x0 - W * 0.05, H + 10], [-10, H + 10]]
        elif shadow_side == "bottom":
            y0 = H * rng.uniform(0.74, 0.8)
            pts2 = [[-10, y0 + H * 0.04], [W * 0.5, y0], [W * 0.62, y0 + H * 0.02], [W + 10, y0 + H * 0.1],
                    [W + 10, H + 10], [-10, H + 10]]
        else:  # top: the phone held above, its shadow on the top edge
            pts2 = [[W * 0.25, -10], [W * 0.78, -10], [W * 0.7, H * 0.12], [W * 0.3, H * 0.14]]
        cv2.fillPoly(band, [np.array(pts2, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 26)
        a = a * (1 - shadow * band)[..., None]
    if thumb:  # a thumb holding the page down at one edge (on the margin), with its own shadow
        e = {"left": (0, 3), "right": (1, 2), "bottom": (3, 2)}[thumb]
        t = rng.uniform(0.55, 0.7)
        ex, ey = corners[e[0]] * (1 - t) + corners[e[1]] * t
        inward = np.array([cx - ex, cy - ey], np.float32)
        inward /= np.linalg.norm(inward)
        tx, ty = ex - inward[0] * 10 * s, ey - inward[1] * 10 * s  # the nail sits just over the page edge
        ax_long = np.degrees(np.arctan2(inward[1], inward[0]))
        tm = np.zeros((H, W), np.float32)
        c0 = (int(tx - inward[0] * 140 * s), int(ty - inward[1] * 140 * s))
        cv2.ellipse(tm, c0, (int(200 * s), int(92 * s)), float(ax_long), 0, 360, 1.0, -1)
        far = (int(c0[0] - inward[0] * 3 * W), int(c0[1] - inward[1] * 3 * W))  # the rest of the hand, out of frame
        cv2.line(tm, c0, far, 1.0, int(2 * 100 * s))
        tsh = np.roll(cv2.GaussianBlur(tm, (0, 0), 18), (18, 14), axis=(0, 1))
        a = a * (1 - 0.45 * tsh * (1 - tm))[..., None]
        tm = cv2.GaussianBlur(tm, (0, 0), 3)
        skin = np.array([214, 160, 132], np.float32)
        sh = 0.8 + 0.2 * np.clip((xx - tx) * inward[0] + (yy - ty) * inward[1], -200, 200) / 200
        skin_img = skin[None, None, :] * sh[..., None]
        nail = np.zeros((H, W), np.float32)
        cv2.ellipse(nail, (int(tx - inward[0] * 10 * s), int(ty - inward[1] * 10 * s)), (int(52 * s), int(44 * s)),
                    float(ax_long), 0, 360, 1.0, -1)
        nail = cv2.GaussianBlur(nail, (0, 0), 2) * tm
        skin_img = skin_img * (1 - nail[..., None]) + np.array([232, 200, 190], np.float32) * nail[..., None]
        a = a * (1 - tm[..., None]) + skin_img * tm[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.45) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.09 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.06 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], dtype=np.float32) * rng.uniform(0.92, 0.98)
    a = a * tint
    sharp = cv2.GaussianBlur(a, (0, 0), blur)
    if dof:  # out of focus towards the far (top) end of the page
        soft = cv2.GaussianBlur(a, (0, 0), blur + dof)
        top = float(min(corners[:, 1]))
        k = np.clip(1 - (yy - top) / (0.45 * H), 0, 1)[..., None]
        a = sharp * (1 - k) + soft * k
    else:
        a = sharp
    a += rng.normal(0, 3.0, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
