"""Set 27 (copied from set 18, which is set 16's: set 14's mailing furniture plus vcheck, era and kdate). The proxy sets
share their truth builder (samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py,
samples/letters/mailing.py). This set adds what "faxes and copies of copies" need: a ballpoint underline and a
ballpoint ring drawn as wobbly polylines, the header line an earlier fax left at the top of a sheet, a 「写」 mark,
and the degradations of a photocopier (grey ground, toner streaks, punched-hole shadows, skew), of a fax printout
photographed, and of a photocopy faxed again."""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image

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
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "BLUE", "pen_line", "pen_ring",
           "old_fax_line", "photocopy", "fax_print"]

BLUE = (0.10, 0.18, 0.62)  # ballpoint ink


# --- ballpoint marks: wobbly polylines (deterministic from seed) ------------------------------------------


def pen_line(p, x0, x1, y, seed, color=BLUE, width=0.35, twice=True):
    """A hand-drawn underline: slightly rising, wobbling, drawn twice when the reader pressed on."""
    r = random.Random(seed)
    for k in range(2 if twice else 1):
        rise = r.uniform(-0.8, 0.4)
        pts = []
        n = max(6, int((x1 - x0) / 4))
        for i in range(n + 1):
            t = i / n
            pts.append((x0 + (x1 - x0) * t + r.uniform(-0.3, 0.3), y + rise * t + r.uniform(-0.25, 0.25) + k * 0.7))
        for a, b in zip(pts, pts[1:], strict=False):
            p.add(Line(a[0], a[1], b[0], b[1], width, color))


def pen_ring(p, cx, cy, rx, ry, seed, color=BLUE, width=0.35):
    """A hand-drawn ring around a value: an ellipse that does not quite close and overshoots."""
    r = random.Random(seed)
    start = r.uniform(0, 2 * math.pi)
    sweep = 2 * math.pi * r.uniform(1.05, 1.15)
    n = 48
    pts = []
    for i in range(n + 1):
        a = start + sweep * i / n
        grow = 1 + 0.06 * i / n
        pts.append((cx + rx * grow * math.cos(a) + r.uniform(-0.25, 0.25),
                    cy + ry * grow * math.sin(a) + r.uniform(-0.25, 0.25)))
    for a, b in zip(pts, pts[1:], strict=False):
        p.add(Line(a[0], a[1], b[0], b[1], width, color))


def old_fax_line(p, s, y=9.0, size=7.0):
    """The header line an earlier fax machine printed at the top of the sheet (it is part of the page now)."""
    p.at(12, y, s, size=size, font="sans")


# --- degradations -------------------------------------------------------------------------------------------


def _grey(img):
    return np.asarray(img.convert("L"), dtype=np.float32)


def photocopy(img, rng, skew=1.6, holes=2, ground=0.86, streaks=3, edge=True, passes=1):
    """A photocopy (or a copy of a copy with passes=2): grey, contrast pressed together, toner streaks along the
    feed direction, the dark shadow of the copier lid along one edge, punched-hole shadows in the left margin
    (from the sheet that was copied), a small skew. Returns an RGB image (grey)."""
    import cv2

    g = _grey(img)
    h, w = g.shape
    for k in range(passes):
        ang = float(rng.uniform(0.5, skew)) * (1 if rng.random() < 0.5 else -1)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        g = cv2.warpAffine(g, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
        ink = 1 - g / 255.0
        ink = np.clip(ink * 1.15, 0, 1) ** 0.9
        base = 255 * ground
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        drift = (xx / w - 0.5) * rng.uniform(-14, 14) + (yy / h - 0.5) * rng.uniform(-10, 10)
        mottle = cv2.resize(rng.normal(0, 1, (24, 18)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC) * 3.5
        g = (base + drift + mottle) * (1 - ink) + 28 * ink
        for _ in range(streaks):  # toner streaks: thin vertical lines, darker in places
            x = int(rng.integers(20, w - 20))
            wid = int(rng.integers(1, 4))
            depth = rng.uniform(25, 70)
            prof = np.clip(cv2.resize(rng.normal(0.7, 0.35, (30, 1)).astype(np.float32), (1, h),
                                      interpolation=cv2.INTER_CUBIC)[:, 0], 0, 1)
            g[:, x:x + wid] -= (depth * prof)[:, None]
        if edge:  # copier lid shadow along one long edge
            side = int(rng.integers(0, 2))
            band = int(rng.integers(10, 26))
            ramp = np.linspace(0, 1, band)[::-1] ** 1.5 * rng.uniform(120, 170)
            if side == 0:
                g[:, :band] -= ramp[None, :]
            else:
                g[:, w - band:] -= ramp[::-1][None, :]
        if holes and k == 0:  # two (or three) punched holes of the original, 80 mm apart, in the left margin
            dpi = w / 210 * 25.4
            mm = dpi / 25.4
            cx = int(12 * mm + rng.uniform(-1, 1) * mm)
            cys = [h / 2 - 40 * mm, h / 2 + 40 * mm] if holes == 2 else [h / 2 - 80 * mm, h / 2, h / 2 + 80 * mm]
            rad = int(3 * mm)
            hole = np.zeros((h, w), np.float32)
            for cy in cys:
                cv2.circle(hole, (cx, int(cy + rng.uniform(-1, 1) * mm)), rad, 1.0, -1)
            soft = cv2.GaussianBlur(hole, (0, 0), 2.0)
            g = g * (1 - soft) + 40 * soft
        g = cv2.GaussianBlur(g, (0, 0), 0.7)
        g += rng.normal(0, 4.0, g.shape)
        g = np.clip(g, 0, 255)
    return Image.fromarray(g.astype(np.uint8)).convert("RGB")


def fax_print(img, rng):
    """A fax as the receiving machine printed it (thermal-like, 200x100 dpi stretched back): for photographing."""
    import cv2

    g = _grey(img)
    h, w = g.shape
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    small = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    thr = 150 + rng.normal(0, 16, small.shape)
    bw = (small > thr).astype(np.float32) * 255
    bw[rng.random(bw.shape) < 0.001] = 0
    big = cv2.resize(bw, (w, h), interpolation=cv2.INTER_NEAREST)
    out = 248 - (255 - big) * 0.86  # print is not quite black on the slightly grey thermal paper
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).convert("RGB")
