"""The proxy sets share their truth builder (samples/letters/proxykit.py); set 5 adds a cramped, tilted phone photo."""
from __future__ import annotations

from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "photo_cramped", "truth"]


def photo_cramped(img, rng, canvas=(1800, 2400)):
    """A phone photo taken too close: the sheet almost fills the frame and is turned 6-7 degrees, so its corners
    (margins only) run off the picture; mild keystone, warm indoor light falling off towards one corner, a soft
    reflection band, blur and noise. Used for q04."""
    import cv2
    import numpy as np
    from PIL import Image

    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    scale = min(W * 0.985 / w, H * 0.955 / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + 0.01 * W, H / 2 - 0.006 * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = rng.uniform(0.035, 0.05) * pw  # bottom edge a little wider than the top (phone tipped forward)
    c[3, 0] -= k
    c[2, 0] += k * 0.6
    c[0, 0] += k * 0.3
    theta = np.deg2rad(-rng.uniform(6.0, 7.0))
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.array([60, 52, 47], dtype=np.float32)[None, None, :] + (np.sin(yy / 11 + xx / 300) * 5)[..., None]
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    light = 1.0 - 0.30 * np.clip(((W - xx) / W) * 0.7 + (yy / H) * 0.5 - 0.15, 0, 1) ** 1.4
    glare = np.exp(-(((xx - 0.68 * W) * 0.8 + (yy - 0.30 * H) * 0.6) ** 2) / (2 * (0.07 * W) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.95, 0.86], dtype=np.float32)
    a = a + (glare * 28)[..., None]
    a = cv2.GaussianBlur(a, (0, 0), 1.1)
    a += rng.normal(0, 3.2, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
