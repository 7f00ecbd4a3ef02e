"""Page-image preparation for OCR: phone photos in, flat, upright-ish, evenly lit pages out.

`prepare` finds the sheet of paper in a photo (the largest bright quadrilateral), flattens
its perspective, straightens a small skew, evens out the lighting when the paper is
unevenly lit, and caps the size at what the OCR engines need. Scans and rendered PDF pages
pass through almost untouched: every step first checks that it applies.
`sheets`, called at ingest, cuts a photo of two sheets side by side into one image each.

`prepare` also runs the quality gate. Its warning codes mean "please retake the photo":

* ``too_small``  – the page is too few pixels across to read small print,
* ``too_dark``   – the paper itself is dark (underexposed),
* ``too_blurry`` – the writing's edges are soft (out of focus or shaken),
* ``page_cut_off`` – the sheet runs off one or more edges of the photo.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

log = logging.getLogger(__name__)

MAX_SIDE = 2500  # long side handed to OCR: ~300 dpi for A4, more only costs time
MIN_PAGE_SIDE = 900  # a page narrower than this has body text under ~15 px high
DARK_PAPER = 90  # 90th-percentile grey of the paper below this is underexposed
BLUR_SHARPNESS = 0.008  # see `sharpness`: clean text ~0.2-0.3; rapidocr starts to misread below ~0.006
MAX_SKEW = 8.0  # degrees; larger angles are layout, not skew
_WORK_SIDE = 800  # page detection and skew run on a copy this big
WHOLE_SHEET_GAIN = 1.15  # an edge outline this much larger than the bright one is the whole sheet
SHEET_MIN_SHARE = 0.12  # each of two sheets in one photo covers at least this much of it
SHEET_RATIO = (1.2, 1.65)  # long side over short side of a sheet of paper, seen at a slant


@dataclass(frozen=True)
class Prepared:
    image: Image.Image
    quality: tuple[str, ...]
    steps: tuple[str, ...]
    # The page's long side as a share of the photo's: 1.0 unless the photo was cut down to its page.
    page_share: float = 1.0


def prepare(
    image: Image.Image, *, flatten: bool = True, deskew: bool = True, lighting: bool = True, seals: bool = True
) -> Prepared:
    """Flatten, straighten and evenly light `image`; report quality warnings.

    The switches exist for measuring each step (bench/ocr_engines.py --ablate).
    """
    rgb = np.asarray(image.convert("RGB") if image.mode != "L" else image)
    gray = _gray(rgb)
    steps: list[str] = []
    quality: list[str] = []

    mask, scale = _paper_mask(gray)
    touching = _touching_borders(mask)
    if 0 < touching < 4:
        quality.append("page_cut_off")
    quad = _page_quad(mask, scale) if flatten and touching == 0 else None
    if quad is not None:
        quad = _whole_sheet(gray, quad)
    share = 1.0
    if quad is not None:
        long_side = max(rgb.shape[:2])
        rgb = _flatten(rgb, quad)
        share = min(1.0, _quad_long_side(quad) / long_side)
        steps.append("flattened")
    paper = _paper_level(gray, mask)
    if paper < DARK_PAPER:
        quality.append("too_dark")

    rgb = _downscale(rgb, MAX_SIDE)
    if min(rgb.shape[:2]) < MIN_PAGE_SIDE:
        quality.append("too_small")

    angle = skew_angle(_gray(rgb)) if deskew else 0.0
    if abs(angle) >= 0.3:
        rgb = _rotate(rgb, angle)
        steps.append(f"deskewed {angle:+.1f}")

    if lighting:
        background = _background(_gray(rgb))
        if _unevenly_lit(background):
            rgb = even_lighting(rgb, background)
            steps.append("lighting")

    if rgb.ndim == 3 and seals:
        rgb, dropped = drop_red_ink(rgb)
        if dropped:
            steps.append("seals")

    if sharpness(_gray(rgb)) < BLUR_SHARPNESS:
        quality.append("too_blurry")
    log.debug("prepared page: steps=%s quality=%s", steps, quality)
    return Prepared(Image.fromarray(rgb), tuple(quality), tuple(steps), share)


def drop_red_ink(rgb: np.ndarray) -> tuple[np.ndarray, bool]:
    """Paint red seal ink (角印・丸印) white, and only seals.

    A seal stamped over the company name makes the engine read the seal's characters into it
    (「…債権管理回収会」) or lose the line. Black print under the seal stays dark, so it survives.
    Red print is kept: letters print the amount or the deadline in red (「¥386,400-」). A seal is a
    compact blot of red, roughly as tall as wide and several lines of text high; a red line of
    print, smeared along itself, is long and low, and a red frame is thin.
    """
    r, g, b = (rgb[..., i].astype(np.int16) for i in range(3))
    red = (r > 110) & (r - np.maximum(g, b) > 45)
    if red.mean() < 0.0002:
        return rgb, False
    mask = red.astype(np.uint8)
    width = rgb.shape[1]
    smear = max(3, round(width / 300))  # joins a seal's ring to the characters inside it
    joined = cv2.dilate(mask, np.ones((smear, smear), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
    inside_seal = np.zeros(red.shape, dtype=bool)
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i, :4])
        filled = stats[i, cv2.CC_STAT_AREA] / float(w * h)
        if 0.045 * width <= min(w, h) and max(w, h) <= 0.3 * width and 0.55 <= w / h <= 1.8 and filled > 0.12:
            inside_seal[y : y + h, x : x + w] = True  # the ring and the characters stamped inside it
    drop = red & inside_seal
    if not drop.any():
        return rgb, False
    out = rgb.copy()
    out[drop] = 255
    return out, True


def rotate(image: Image.Image, clockwise: int) -> Image.Image:
    """Turn by a multiple of 90 degrees clockwise (PIL's own angle is counter-clockwise)."""
    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    step = turns.get(clockwise % 360)
    return image.transpose(step) if step is not None else image


# --------------------------------------------------------------------------- the sheet


def _gray(rgb: np.ndarray) -> np.ndarray:
    return rgb if rgb.ndim == 2 else cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def _paper_mask(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The largest bright region of a small copy (the paper), and the copy's scale."""
    count, labels, stats, scale = _bright_regions(gray)
    mask = np.zeros(labels.shape, np.uint8)
    if count > 1:
        biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
        mask[labels == biggest] = 255
    return mask, scale


def _bright_regions(gray: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, float]:
    """Connected bright regions of a small copy (`cv2.connectedComponentsWithStats`), and its scale."""
    small, scale = _small_copy(gray)
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Close the holes that text punches into the paper.
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright)
    return count, labels, stats, scale


def sheets(image: Image.Image) -> list[Image.Image]:
    """A photo of two sheets laid side by side (or one above the other) cut into one image per sheet.

    People photograph a two-page letter in one shot. Read as one page, the two sheets' lines
    interleave and the page detection keeps only the larger sheet. Only two clear, page-shaped
    sheets of similar size with background between them are cut apart; anything else (one
    sheet, a sheet split by a shadow or a fold) comes back whole.
    """
    gray = _gray(np.asarray(image.convert("RGB") if image.mode != "L" else image))
    count, labels, stats, scale = _bright_regions(gray)
    if count < 3:
        return [image]
    order = 1 + np.argsort(stats[1:, cv2.CC_STAT_AREA])[::-1]
    first, second = (int(i) for i in order[:2])
    areas = stats[[first, second], cv2.CC_STAT_AREA]
    if areas[1] < SHEET_MIN_SHARE * labels.size or areas[1] < 0.5 * areas[0]:
        return [image]
    if not (_sheet_shaped(labels == first) and _sheet_shaped(labels == second)):
        return [image]
    a, b = (stats[i, :4] / scale for i in (first, second))  # x, y, width, height in full-size pixels
    if a[0] > b[0] + b[2] or b[0] > a[0] + a[2]:  # side by side: left sheet first
        left, right = sorted((a, b), key=lambda box: box[0])
        cut = round((left[0] + left[2] + right[0]) / 2)
        return [image.crop((0, 0, cut, image.height)), image.crop((cut, 0, image.width, image.height))]
    if a[1] > b[1] + b[3] or b[1] > a[1] + a[3]:  # one above the other: top sheet first
        top, bottom = sorted((a, b), key=lambda box: box[1])
        cut = round((top[1] + top[3] + bottom[1]) / 2)
        return [image.crop((0, 0, image.width, cut)), image.crop((0, cut, image.width, image.height))]
    return [image]


def _sheet_shaped(region: np.ndarray) -> bool:
    """A convex quadrilateral with a paper sheet's proportions (A4, B5, letter: 1.3-1.5)."""
    contours, _ = cv2.findContours(region.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return False
    contour = max(contours, key=cv2.contourArea)
    approx = _quadrilateral(contour)
    if approx is None:
        return False
    (_, _), (width, height), _ = cv2.minAreaRect(approx)
    ratio = max(width, height) / max(1.0, min(width, height))
    return SHEET_RATIO[0] <= ratio <= SHEET_RATIO[1]


def _touching_borders(mask: np.ndarray) -> int:
    """How many image edges the paper runs into (along more than a tenth of the edge)."""
    if not mask.any():
        return 0
    edges = (mask[0, :], mask[-1, :], mask[:, 0], mask[:, -1])
    return sum(int(np.count_nonzero(edge) > 0.1 * edge.size) for edge in edges)


def _page_quad(mask: np.ndarray, scale: float) -> np.ndarray | None:
    """Four corners of the paper in full-size pixels, or None when it is not a clear quadrilateral."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(contour) / mask.size
    if not 0.15 <= share <= 0.97:
        return None
    approx = _quadrilateral(contour)
    return None if approx is None else _order_corners(approx.reshape(4, 2).astype(np.float32) / scale)


def _whole_sheet(gray: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The sheet's own outline when brightness found only part of it.

    A page lit from the top fades towards the bottom: past a rule or a fold its lower part
    drops below the brightness threshold and the quadrilateral ends there, cutting off the
    sender block at the foot. The sheet's edges show in the gradients whatever the light; an
    edge outline that encloses the bright one and is clearly larger is the whole sheet.
    """
    small, scale = _small_copy(gray)
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 30, 90), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bright_area = cv2.contourArea(quad * scale)
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
        approx = _quadrilateral(contour)
        if approx is None:
            continue
        area = cv2.contourArea(approx)
        if not (WHOLE_SHEET_GAIN * bright_area <= area <= 0.97 * small.size):
            continue
        margin = 0.01 * max(small.shape)
        if all(cv2.pointPolygonTest(approx, (float(x), float(y)), True) >= -margin for x, y in quad * scale):
            return _order_corners(approx.reshape(4, 2).astype(np.float32) / scale)
    return quad


def _small_copy(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """A copy at most `_WORK_SIDE` pixels long, where page detection and skew run, and its scale."""
    scale = min(1.0, _WORK_SIDE / max(gray.shape))
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), scale


def _quadrilateral(contour: np.ndarray) -> np.ndarray | None:
    """The contour simplified to four corners, if it is a convex quadrilateral."""
    approx = cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)
    return approx if len(approx) == 4 and cv2.isContourConvex(approx) else None


def _order_corners(points: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    total = points.sum(axis=1)
    diff = np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(total)], points[np.argmin(diff)], points[np.argmax(total)], points[np.argmax(diff)]],
        dtype=np.float32,
    )


def _quad_long_side(quad: np.ndarray) -> float:
    tl, tr, br, bl = quad
    return float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl), np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))


def _flatten(rgb: np.ndarray, quad: np.ndarray) -> np.ndarray:
    tl, tr, br, bl = quad
    width = float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    shrink = min(1.0, MAX_SIDE / max(width, height))  # warp straight to the working size
    size = (max(1, round(width * shrink)), max(1, round(height * shrink)))
    target = np.array([[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    return cv2.warpPerspective(rgb, matrix, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)


def _paper_level(gray: np.ndarray, mask: np.ndarray) -> float:
    """Brightness of the paper: the 90th percentile grey inside the paper region."""
    small = cv2.resize(gray, (mask.shape[1], mask.shape[0]), interpolation=cv2.INTER_AREA)
    inside = small[mask > 0] if mask.any() else small.ravel()
    return float(np.percentile(inside, 90))


def _downscale(rgb: np.ndarray, side: int) -> np.ndarray:
    scale = side / max(rgb.shape[:2])
    if scale >= 1.0:
        return rgb
    return cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


# --------------------------------------------------------------------------- skew


def skew_angle(gray: np.ndarray) -> float:
    """Small text skew in degrees (counter-clockwise positive), 0.0 when unsure.

    Rows of text (or columns, for vertical writing) give the sharpest projection profile
    when they are level, so the angle with the highest profile variance wins.
    """
    small, scale = _small_copy(gray)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    if np.count_nonzero(ink) < 200:
        return 0.0
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def profile(angle: float) -> float:
        # Bytes rather than floats: the same profiles (up to scale), a quarter of the memory traffic.
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(ink, matrix, (small.shape[1], small.shape[0]))
        rows = cv2.reduce(turned, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S)
        cols = cv2.reduce(turned, 0, cv2.REDUCE_SUM, dtype=cv2.CV_32S)
        return max(float(rows.var()), float(cols.var()))

    # Half-degree steps find the peak (it is about a degree wide at this size); quarter
    # degrees either side of it place it: 40 rotations instead of 65.
    scores = {float(a): profile(float(a)) for a in np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5)}
    # Tables and two-column pages can have two near-equal peaks: place the best three.
    for coarse in sorted(scores, key=scores.__getitem__)[-3:]:
        for angle in (coarse - 0.25, coarse + 0.25):
            if abs(angle) <= MAX_SKEW and angle not in scores:
                scores[angle] = profile(angle)
    best = max(scores, key=scores.__getitem__)
    # A profile barely better than the unrotated one is noise, not skew.
    return best if scores[best] > 1.05 * scores[0.0] else 0.0


def _rotate(rgb: np.ndarray, angle: float) -> np.ndarray:
    height, width = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    white = (255,) * (1 if rgb.ndim == 2 else 3)
    return cv2.warpAffine(rgb, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=white)


# --------------------------------------------------------------------------- writing direction


def writing_direction(image: Image.Image) -> bool | None:
    """True for vertical writing (縦書き), False for horizontal, None when unclear.

    Smearing the ink along the writing joins characters into long strips but does not
    bridge the wider gap between lines (or columns). The direction in which smearing by
    half a character makes more strips wins. Characters are assumed upright.
    """
    gray = np.asarray(image.convert("L"))
    scale = min(1.0, 1000 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))  # specks
    _, _, stats, _ = cv2.connectedComponentsWithStats(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)))
    stats = stats[1:][stats[1:, cv2.CC_STAT_AREA] > 8]
    if len(stats) < 10:
        return None
    # The thinner side of ink blobs is about a character's size, even when blur merges neighbours.
    em = float(np.percentile(np.minimum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]), 75))
    reach = max(3, round(0.5 * em))
    across = _strips(ink, np.ones((1, reach), np.uint8), em, vertical=False)
    down = _strips(ink, np.ones((reach, 1), np.uint8), em, vertical=True)
    if down > 2 * across:
        return True
    if across > 2 * down:
        return False
    return None


def _strips(ink: np.ndarray, kernel: np.ndarray, em: float, *, vertical: bool) -> int:
    """Total length of line-shaped blobs (3 times longer than thick) after smearing with `kernel`."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, kernel))
    width, height = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    length, thickness = (height, width) if vertical else (width, height)
    return int(length[(length >= 3 * thickness) & (thickness <= 2 * em)].sum())


# --------------------------------------------------------------------------- lighting and sharpness


def _background(gray: np.ndarray) -> np.ndarray:
    """The paper without the writing, on a small copy: close away dark strokes, blur widely."""
    small, scale = _small_copy(gray)
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    return cv2.GaussianBlur(closed, (0, 0), 12)


def _unevenly_lit(background: np.ndarray) -> bool:
    low, high = np.percentile(background, [5, 95])
    return bool(high > 0 and (high - low) / high > 0.12)


def even_lighting(rgb: np.ndarray, background: np.ndarray | None = None) -> np.ndarray:
    """Divide by the blurred paper so that shadows and gradients become white paper."""
    small = _background(_gray(rgb)) if background is None else background
    paper = cv2.resize(np.maximum(small, 1), (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_LINEAR)
    if rgb.ndim == 3:
        paper = cv2.merge([paper] * rgb.shape[2])
    return cv2.divide(rgb, paper, scale=255.0)  # saturates at white, like the clip it replaces


def sharpness(gray: np.ndarray) -> float:
    """Edge sharpness of the writing, about independent of contrast and text density.

    Variance of the Laplacian alone falls with less text on the page; here it is taken only
    over tiles that hold writing and divided by the square of their contrast.
    """
    scale = min(1.0, 1600 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA).astype(np.float32)
    laplacian = cv2.Laplacian(small, cv2.CV_32F)
    tile = 32
    rows, cols = small.shape[0] // tile, small.shape[1] // tile
    if rows == 0 or cols == 0:
        return 1.0

    def tiles(array: np.ndarray) -> np.ndarray:  # (rows*cols, tile*tile), one row per tile
        cut = array[: rows * tile, : cols * tile].reshape(rows, tile, cols, tile)
        return cut.transpose(0, 2, 1, 3).reshape(rows * cols, tile * tile)

    patches = tiles(small)
    contrast = patches.max(axis=1) - patches.min(axis=1)
    written = contrast >= 40  # the rest is plain paper or background
    if written.sum() < 5:
        return 1.0  # nothing written to judge: do not call a blank page blurry
    values = tiles(laplacian)[written].var(axis=1) / (contrast[written] ** 2)
    return float(np.percentile(values, 90))
