"""Shared helpers for the proxy held-out letters (truth builder, money/date math)."""

from __future__ import annotations

import unicodedata
from datetime import date


def clean(s):
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def late(principal: int, rate: float, first: date, last: date) -> int:
    """遅延損害金: principal × rate × days / 365, both ends counted, rounded down."""
    days = (last - first).days + 1
    return principal * round(rate * 100) * days // (365 * 10000)


def truth(*, document_type, sender, license_number=None, phone=None, creditor=None, status,
          original=None, debtor, total=None, principal=None, interest=None, late_damages=None,
          costs=None, rate=None, lump=False, issued=None, payment_due=None, acceleration=None,
          last_payment=None, assignment=None, hearing=None, reference=None, is_scam=False,
          input_kind, template, received=None):
    iso = lambda d: None if d is None else d.isoformat()  # noqa: E731
    parts = [v for v in (principal, interest, late_damages, costs) if v is not None]
    if total is not None and parts and len(parts) > 1:
        assert sum(parts) == total, (template, parts, total)
    return {
        "document_type": document_type,
        "sender": {"name": clean(sender), "license_number": license_number, "phone": phone},
        "creditor": {"name": clean(creditor)},
        "registry": {"status": status},
        "original_creditor": {"name": clean(original)},
        "debtor": {"name": clean(debtor)},
        "amounts": {"total": total, "principal": principal, "interest": interest,
                    "late_damages": late_damages, "costs": costs},
        "late_damages_rate_percent": rate,
        "lump_sum_demand": lump,
        "dates": {"issued": iso(issued), "payment_due": iso(payment_due), "acceleration": iso(acceleration),
                  "last_payment": iso(last_payment), "assignment": iso(assignment), "hearing": iso(hearing)},
        "reference_number": clean(reference),
        "is_scam": is_scam,
        "input_kind": input_kind,
        "template": template,
        "received": iso(received),
    }


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
