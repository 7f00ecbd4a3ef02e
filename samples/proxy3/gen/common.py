"""The proxy sets share their truth builder (samples/letters/proxykit.py); set 3 adds a harsher photo."""
from __future__ import annotations

from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "photo_strong", "truth"]


def photo_strong(img, rng, canvas=(1800, 2400), fill=0.80):
    """A harsher phone photo than samples.letters.degrade.photo: strong keystone (the phone held low and
    tilted), a larger rotation, a hard hand/phone shadow over part of the page and a dimmer corner."""
    import cv2
    import numpy as np
    from PIL import Image

    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2, H / 2 + 0.02 * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = rng.uniform(0.10, 0.13) * pw
    c[0, 0] += k
    c[1, 0] -= k * 0.7
    c[0, 1] += 0.03 * ph
    c[1, 1] -= 0.01 * ph
    c[2, 0] += 0.02 * pw
    theta = np.deg2rad(rng.uniform(4.0, 5.5))
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    base = np.array([78, 66, 58], dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = base[None, None, :] + (np.sin(xx / 13 + np.sin(yy / 150) * 1.5) * 6)[..., None]
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    light = 1.0 - 0.38 * np.clip((xx / W) * 0.6 + (yy / H) * 0.6 - 0.2, 0, 1) ** 1.3
    band = np.zeros((H, W), np.float32)
    pts = np.array([[int(0.55 * W), 0], [W, 0], [W, int(0.55 * H)], [int(0.80 * W), int(0.62 * H)]], np.int32)
    cv2.fillPoly(band, [pts], 1.0)
    band = cv2.GaussianBlur(band, (0, 0), 35)
    a = a * (light * (1 - 0.42 * band))[..., None] * np.array([1.0, 0.97, 0.90], dtype=np.float32)
    a = cv2.GaussianBlur(a, (0, 0), 1.0)
    a += rng.normal(0, 3.5, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
