"""Turn a clean page image into what a reader actually uploads: a scan, a phone photo, a fax.

Every function takes a numpy Generator so the output is fixed by the generator's seed.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pillow_heif
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .layout import FONT_FILES

pillow_heif.register_heif_opener()


def _to_np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _from_np(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(img: Image.Image, rng: np.random.Generator, max_skew: float = 1.0, noise: float = 3.0) -> Image.Image:
    """A flatbed scan: slight skew, off-white paper, light sensor noise, a touch of blur."""
    angle = float(rng.uniform(0.3, max_skew)) * (1 if rng.random() < 0.5 else -1)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = _to_np(img)
    paper = np.array([246, 244, 238], dtype=np.float32)
    a = a / 255.0 * paper
    a += rng.normal(0, noise, a.shape[:2])[..., None]
    out = _from_np(a).filter(ImageFilter.GaussianBlur(0.35))
    return out


def save_png(img: Image.Image, path: Path) -> None:
    # an adaptive palette keeps the file small while red seals stay red
    img.quantize(colors=96, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path, optimize=True)


def _background(w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    """A dark table top: wood-ish stripes, smooth colour drift."""
    base = np.array(rng.choice([[92, 70, 52], [70, 72, 78], [54, 58, 50], [110, 86, 62]]), dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    stripes = np.sin(xx / rng.uniform(9, 20) + warp * 4.0 + np.sin(yy / rng.uniform(90, 200)) * 1.5) * 7
    drift = (xx / w - 0.5) * rng.uniform(-25, 25) + (yy / h - 0.5) * rng.uniform(-25, 25)
    a = base[None, None, :] + (stripes + drift)[..., None]
    a += rng.normal(0, 6, (h, w))[..., None]
    return a


def photo(img: Image.Image, rng: np.random.Generator, canvas: tuple[int, int] = (1800, 2400),
          fill: float = 0.84) -> Image.Image:
    """A phone photo: the page warped in perspective on a darker table, with a shadow gradient,
    uneven light, slight blur and sensor noise (JPEG artefacts come at save time)."""
    W, H = canvas
    src = _to_np(img)
    h, w = src.shape[:2]
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    corners = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                        [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    # keystone: the top edge narrower or wider, plus small independent corner jitter and a tilt
    k = rng.uniform(0.02, 0.06) * pw * (1 if rng.random() < 0.7 else -1)
    corners[0, 0] += k
    corners[1, 0] -= k
    corners += rng.uniform(-0.015, 0.015, corners.shape).astype(np.float32) * np.float32(pw)
    theta = np.deg2rad(rng.uniform(-3.0, 3.0))
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], dtype=np.float32)
    corners = (corners - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32),
                                    corners.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bg = _background(W, H, rng)
    # a soft drop shadow of the paper on the table
    shadow = cv2.GaussianBlur(mask, (0, 0), 18)
    shadow = np.roll(shadow, (int(rng.uniform(8, 20)), int(rng.uniform(8, 20))), axis=(0, 1))
    bg *= (1 - 0.45 * shadow)[..., None]
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    # light falls off across the page: a linear shadow from one side plus a vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.18, 0.32) * np.clip(lin, 0, 1) ** 1.5
    vign = 1.0 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.2)
    tint = np.array([1.0, 0.98, 0.93], dtype=np.float32) * rng.uniform(0.88, 0.97)
    # the phone's (or the hand's) shadow: a soft dark band across part of the page
    band = np.zeros((H, W), np.float32)
    x0 = rng.uniform(0.0, 0.6) * W
    pts = np.array([[x0, 0], [x0 + rng.uniform(0.25, 0.45) * W, 0],
                    [x0 + rng.uniform(0.1, 0.5) * W, H], [x0 - rng.uniform(0.1, 0.3) * W, H]], np.int32)
    if rng.random() < 0.6:
        cv2.fillPoly(band, [pts], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 60)
    a = a * (light * vign * (1 - rng.uniform(0.18, 0.3) * band))[..., None] * tint
    a = cv2.GaussianBlur(a, (0, 0), float(rng.uniform(0.7, 1.05)))
    a += rng.normal(0, 3.0, a.shape).astype(np.float32)
    return _from_np(a)


def save_jpeg(img: Image.Image, path: Path, quality: int = 84, orientation: int | None = None) -> None:
    """Save a JPEG; with `orientation` the pixels are stored turned and only the EXIF tag
    (6: display turned 90° clockwise, 8: 90° counter-clockwise) makes them upright."""
    exif = Image.Exif()
    exif[0x010F] = "SampleCam"  # Make
    exif[0x0110] = "Synthetic Phone 1"  # Model
    if orientation == 6:
        img = img.transpose(Image.Transpose.ROTATE_90)  # stored counter-clockwise; tag 6 turns it back
    elif orientation == 8:
        img = img.transpose(Image.Transpose.ROTATE_270)
    if orientation:
        exif[0x0112] = orientation
    img.save(path, format="JPEG", quality=quality, exif=exif.tobytes(), subsampling=2)


def save_heic(img: Image.Image, path: Path, quality: int = 55) -> None:
    img.save(path, format="HEIF", quality=quality)


def fax(img: Image.Image, rng: np.random.Generator, header: str, page: int, pages: int) -> Image.Image:
    """A G3 fax page at 200x100 dpi: a transmit header line, binarised with a noisy threshold,
    squashed to half height (the tags say 200x100 dpi), with speckle and a streak or two."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    head = Image.new("L", (w, 40), 255)
    font = ImageFont.truetype(FONT_FILES["sans"], 22, index=0)
    ImageDraw.Draw(head).text((30, 8), f"{header}  P.{page:03d}/{pages:03d}", fill=0, font=font)
    g = np.vstack([np.asarray(head, dtype=np.float32), g[: h - 40]])
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    # squash vertically by half (standard-resolution fax), then threshold with noise
    small = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    thr = 150 + rng.normal(0, 18, small.shape)
    bw = (small > thr).astype(np.uint8) * 255
    speck = rng.random(bw.shape) < 0.0015
    bw[speck] = 0
    for _ in range(int(rng.integers(1, 4))):
        row = int(rng.integers(40, bw.shape[0] - 2))
        x0 = int(rng.integers(0, w // 2))
        bw[row, x0 : x0 + int(rng.integers(w // 4, w // 2))] = 0
    # a dropped scan line or two: a white gap
    for _ in range(int(rng.integers(0, 3))):
        row = int(rng.integers(40, bw.shape[0] - 2))
        bw[row, :] = 255
    return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE)


def save_fax_tiff(pages: list[Image.Image], path: Path) -> None:
    pages[0].save(path, format="TIFF", compression="group4", dpi=(200, 100), save_all=len(pages) > 1,
                  append_images=pages[1:])


def save_scan_pdf(pages: list[Image.Image], path: Path, dpi: int) -> None:
    """An image-only PDF, the way a multifunction printer scans: JPEG pages, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    w_pt = pages[0].width / dpi * 72
    h_pt = pages[0].height / dpi * 72
    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt), invariant=1)
    c.setCreator("Synthetic MFP Scan")
    for p in pages:
        buf = io.BytesIO()
        p.convert("RGB").save(buf, format="JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()
