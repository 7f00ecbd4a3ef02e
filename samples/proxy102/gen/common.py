"""Set 102: set 18's common.py (copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). This set adds the furniture
of a mass-mailing system's letter: customer barcode bars, QR-like squares, an address window, a 重要/親展 stamp, a
boxed sender block, label/value grids, a 払込取扱票 (payment slip) at the foot and a よくあるご質問 page.

Set 102 adds its own fax: `fax_image` (standard 200x100 or fine 200x200 dpi, the header line of a fax machine in
the letter's own format, hand-drawn pen marks: circles, ticks, underlines) and `write_fax`, which writes the G4 TIFF
and the truth the way proxykit.write_letter does."""
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

__all__ = ["fax_image", "write_fax", "photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM"]


# --- set 102: faxes ----------------------------------------------------------------------------------------

import json as _json  # noqa: E402
import math as _math  # noqa: E402


def _mm(v: float) -> int:
    return int(round(v * 200 / 25.4))


def _wobble(pts, rng, amp=2.2):
    import numpy as np
    n = len(pts)
    drift = np.cumsum(rng.normal(0, amp * 0.35, (n, 2)), axis=0)
    drift -= np.linspace(0, 1, n)[:, None] * drift[-1]
    return (np.array(pts, np.float32) + drift).astype(np.int32)


def _pen(g, marks, rng):
    """Hand-drawn ballpoint marks on the 200 dpi grey page (mm coordinates): ('circle', cx, cy, rx, ry),
    ('tick', x, y, s), ('under', x0, x1, y), ('arrow', x0, y0, x1, y1)."""
    import cv2
    import numpy as np
    for m in marks:
        kind, a = m[0], m[1:]
        w = int(rng.integers(3, 5))
        if kind == "circle":
            cx, cy, rx, ry = (_mm(v) for v in a)
            t0 = rng.uniform(0, 2 * _math.pi)
            ts = np.linspace(t0, t0 + 2 * _math.pi * 1.12, 90)
            pts = [(cx + rx * _math.cos(t) * (1 + 0.04 * _math.sin(3 * t)), cy + ry * _math.sin(t)) for t in ts]
            cv2.polylines(g, [_wobble(pts, rng)], False, 25, w, cv2.LINE_AA)
        elif kind == "tick":
            x, y, s = (_mm(v) for v in a)
            pts = [(x, y), (x + s * 0.35, y + s * 0.45), (x + s, y - s * 0.55)]
            cv2.polylines(g, [_wobble(pts, rng, 1.0)], False, 25, w, cv2.LINE_AA)
        elif kind == "under":
            x0, x1, y = (_mm(v) for v in a)
            pts = [(x0 + (x1 - x0) * t, y + 4 * _math.sin(t * 5)) for t in np.linspace(0, 1, 30)]
            cv2.polylines(g, [_wobble(pts, rng, 1.5)], False, 25, w, cv2.LINE_AA)
            pts2 = [(x0 + 10 + (x1 - x0 - 20) * t, y + 9 + 3 * _math.sin(t * 4 + 1)) for t in np.linspace(0, 1, 30)]
            cv2.polylines(g, [_wobble(pts2, rng, 1.5)], False, 25, w, cv2.LINE_AA)
        elif kind == "arrow":
            x0, y0, x1, y1 = (_mm(v) for v in a)
            pts = [(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t + 10 * _math.sin(t * 3)) for t in np.linspace(0, 1, 25)]
            cv2.polylines(g, [_wobble(pts, rng, 1.2)], False, 25, w, cv2.LINE_AA)
            ang = _math.atan2(y1 - y0, x1 - x0)
            for d in (2.6, -2.6):
                hx, hy = x1 - 28 * _math.cos(ang + d / 6), y1 - 28 * _math.sin(ang + d / 6)
                cv2.line(g, (x1, y1), (int(hx), int(hy)), 25, w, cv2.LINE_AA)
        else:
            raise ValueError(kind)


def fax_image(img, rng, header: str, page: int, pages: int, fine: bool = False, marks=(), header_font=22,
              threshold: float = 150.0):
    """A received fax page: the sender machine's header line (header is formatted with {p} / {n} for the
    page numbers), optional pen marks, binarised with a noisy threshold; fine = 200x200 dpi, standard =
    200x100 dpi (the page squashed to half height, as the TIFF tags say), speckle, a streak, dropped lines."""
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from samples.letters.layout import FONT_FILES
    g = np.asarray(img.convert("L"), dtype=np.float32).copy()
    if marks:
        _pen(g, marks, rng)
    h, w = g.shape
    head = Image.new("L", (w, 40), 255)
    font = ImageFont.truetype(FONT_FILES["sans"], header_font, index=0)
    ImageDraw.Draw(head).text((26, 8), header.format(p=page, n=pages), fill=0, font=font)
    g = np.vstack([np.asarray(head, dtype=np.float32), g[: h - 40]])
    g = cv2.GaussianBlur(g, (0, 0), 0.55 if fine else 0.65)
    if fine:
        small = g
        thr = threshold + rng.normal(0, 14, small.shape)
    else:
        small = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
        thr = threshold + rng.normal(0, 18, small.shape)
    bw = (small > thr).astype(np.uint8) * 255
    bw[rng.random(bw.shape) < (0.0009 if fine else 0.0015)] = 0
    for _ in range(int(rng.integers(1, 3))):
        row = int(rng.integers(40, bw.shape[0] - 2))
        x0 = int(rng.integers(0, w // 2))
        bw[row, x0: x0 + int(rng.integers(w // 5, w // 2))] = 0
    for _ in range(int(rng.integers(0, 3))):
        row = int(rng.integers(40, bw.shape[0] - 2))
        bw[row, :] = 255
    return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE)


def write_fax(b: dict, rng, tmp, out_dir):
    """Render letter `b` (kind fax_tiff) as a G4 TIFF with this set's fax, and its truth beside it."""
    from samples.letters.render import rasterise, write_pdf
    stem = b["stem"]
    assert b["truth"]["input_kind"] == "fax_tiff", stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    imgs = rasterise(pdf, 200)
    fx = b["fax"]
    marks = fx.get("marks", {})
    pages = [fax_image(im, rng, fx["header"], i + 1, len(imgs), fine=fx["fine"], marks=marks.get(i, ()),
                       header_font=fx.get("font", 22)) for i, im in enumerate(imgs)]
    out = out_dir / f"{stem}.tif"
    dpi = (200, 200) if fx["fine"] else (200, 100)
    pages[0].save(out, format="TIFF", compression="group4", dpi=dpi, save_all=len(pages) > 1, append_images=pages[1:])
    (out_dir / f"{stem}.truth.json").write_text(_json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    return out
