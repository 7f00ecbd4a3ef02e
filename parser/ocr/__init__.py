"""The OCR stage: `read` turns a `Document` into one `OcrPage` per page.

Pages that came with a usable PDF text layer pass straight through. Image pages are
prepared (`parser.imaging`), turned upright, and read by an engine behind the `OcrEngine`
protocol (``rapidocr`` by default, or ``tesseract``).

Orientation. A vertical (縦書き) page that is upright looks like horizontal writing turned a
quarter, so the layout alone cannot say which way is up; the shape of the characters can.
Tesseract's orientation detector (OSD) classifies characters, not lines, so it is asked
first when it is installed. When it is absent or unsure, or when the reading comes out weak
(each engine's ``weak_confidence``), the page is also read the other way up and the reading
with more confident text wins: neither engine reads upside-down characters with confidence.
(Without OSD, a page turned a quarter still reads right with RapidOCR, as columns in reading
order; only its `rotation` and `vertical` then describe the turned page.)

The layout helpers at the end (`reading_order`, `is_vertical_page`) are shared by the
engines and the PDF text layer so that every page object is ordered the same way.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from PIL import Image

from parser import imaging
from parser.errors import MissingDependency, OcrError
from parser.models import Document, Limits, OcrLine, OcrPage
from parser.ocr.base import OcrEngine

log = logging.getLogger(__name__)

ENGINES = ("rapidocr", "tesseract")
OSD_MIN_CONFIDENCE = 1.5  # tesseract's orientation_conf; clean pages score 10-25, photos 2-10
DEFAULT_WEAK = 0.7  # mean character confidence below which a reading may be upside down
STRONG_CONFIDENCE = 0.9  # a reading this sure, of this many characters, is taken as upright
STRONG_MIN_CHARS = 40
UPRIGHT_SURE = 0.55  # `upright_score` of upright vertical writing: 0.7-0.9 on our pages
SIDEWAYS_SURE = 0.35  # ... of a horizontal page lying on its side: 0.1-0.25


def read(document: Document, *, engine: str = "rapidocr", limits: Limits) -> list[OcrPage]:
    """One `OcrPage` per page of `document`, in page order."""
    pages: list[OcrPage] = []
    for page in document.pages:
        if page.text_page is not None:
            pages.append(page.text_page)
        elif page.image is not None:
            ocr = get_engine(engine, seconds_per_page=limits.ocr_seconds_per_page)
            pages.append(read_image(page.image, ocr, number=page.number))
        else:
            raise OcrError(f"page {page.number} has neither an image nor a text layer")
    return pages


@functools.cache
def get_engine(name: str, *, seconds_per_page: float = 60.0) -> OcrEngine:
    """The engine called `name`, created once per process (models load once)."""
    if name == "rapidocr":
        from parser.ocr.rapid import RapidEngine

        return RapidEngine()
    if name == "tesseract":
        from parser.ocr.tesseract import TesseractEngine

        return TesseractEngine(seconds_per_page=seconds_per_page)
    raise MissingDependency(f"unknown OCR engine {name!r}: choose one of {', '.join(ENGINES)}")


def read_image(image: Image.Image, engine: OcrEngine, *, number: int) -> OcrPage:
    """Prepare, turn upright and read one page image."""
    prepared = imaging.prepare(image)
    weak = getattr(engine, "weak_confidence", DEFAULT_WEAK)
    # Most pages arrive upright (ingest already applied EXIF): read them once as they are, and
    # spend the orientation check (about 1 s) only on pages that read weakly.
    vertical = imaging.writing_direction(prepared.image)
    share = prepared.page_share
    first = engine.recognize(prepared.image, page_number=number, vertical=vertical, page_share=share)
    # Only a horizontal reading is trusted this way: a page lying on its side also reads well,
    # as columns, so anything that looks vertical still gets the orientation check.
    if not vertical and not first.vertical and _strong(first):
        return first.model_copy(update={"rotation": 0, "quality": prepared.quality})
    # A page that reads well as columns is either upright vertical writing or a horizontal page
    # lying on its side, top to the right. An engine that can read characters as they stand
    # tells the two apart for a fraction of what the OSD costs.
    standing = _upright_score(engine, prepared.image, first) if first.vertical and _strong(first) else None
    if standing is not None and standing >= UPRIGHT_SURE:
        return first.model_copy(update={"rotation": 0, "quality": prepared.quality})
    if standing is not None and standing <= SIDEWAYS_SURE:
        side = imaging.rotate(prepared.image, 270)
        page = engine.recognize(side, page_number=number, vertical=imaging.writing_direction(side), page_share=share)
        if _strong(page):
            return page.model_copy(update={"rotation": 270, "quality": prepared.quality})
    osd = _osd_rotation(prepared.image)
    rotation = osd or 0
    if rotation == 0:
        page = first
    else:
        upright = imaging.rotate(prepared.image, rotation)
        vertical = imaging.writing_direction(upright)
        page = engine.recognize(upright, page_number=number, vertical=vertical, page_share=share)
    # OSD is unsure on some pages and now and then confidently wrong by 180 degrees on blurred
    # ones; an upside-down page reads weakly, so then the other way up is read too.
    if osd is None or _mean_confidence(page) < weak:
        turned = (rotation + 180) % 360
        if turned == 0:
            other = first  # already read that way up
        else:
            turned_image = imaging.rotate(prepared.image, turned)
            other = engine.recognize(turned_image, page_number=number, vertical=vertical, page_share=share)
        if _score(other) > _score(page):
            page, rotation = other, turned
    return page.model_copy(update={"rotation": rotation, "quality": prepared.quality})


def _osd_rotation(image: Image.Image) -> int | None:
    """Clockwise degrees that make the page upright per Tesseract OSD; None when unsure or absent."""
    try:
        from parser.ocr import tesseract
    except ImportError:
        return None
    found = tesseract.osd_rotation(image)
    if found is None or found[1] < OSD_MIN_CONFIDENCE:
        return None
    return found[0]


def _upright_score(engine: OcrEngine, image: Image.Image, page: OcrPage) -> float | None:
    check = getattr(engine, "upright_score", None)
    return None if check is None else check(image, page)


def _strong(page: OcrPage) -> bool:
    return _mean_confidence(page) >= STRONG_CONFIDENCE and _chars(page) >= STRONG_MIN_CHARS


def _score(page: OcrPage) -> float:
    return sum(len(line.text.strip()) * line.confidence for line in page.lines)


def _chars(page: OcrPage) -> int:
    return sum(len(line.text.strip()) for line in page.lines)


def _mean_confidence(page: OcrPage) -> float:
    chars = sum(len(line.text.strip()) for line in page.lines)
    return _score(page) / chars if chars else 0.0


# --------------------------------------------------------------------------- layout


def assemble(lines: Sequence[OcrLine], image: Image.Image, *, number: int, engine: str) -> OcrPage:
    """The page every engine returns: its lines in reading order, its writing direction."""
    vertical = is_vertical_page(lines)
    return OcrPage(
        number=number,
        width=float(image.width),
        height=float(image.height),
        lines=reading_order(lines, vertical),
        source="ocr",
        engine=engine,
        vertical=vertical,
    )


def is_vertical_page(lines: Sequence[OcrLine]) -> bool:
    """A page is vertical (縦書き) when most of its characters sit in vertical lines."""
    vertical = sum(len(line.text) for line in lines if line.vertical)
    return vertical > sum(len(line.text) for line in lines if not line.vertical)


def _wide(line: OcrLine) -> bool:
    x0, y0, x1, y1 = line.bbox
    return x1 - x0 > 2.5 * (y1 - y0) and len(line.text.strip()) >= 3


def reading_order(lines: Sequence[OcrLine], vertical: bool) -> tuple[OcrLine, ...]:
    """Horizontal pages: rows top to bottom, left to right within a row.
    Vertical pages: columns right to left, top to bottom within a column.

    Lines whose extent across the reading direction overlaps by at least half of the
    smaller one form one row (or column), so side-by-side blocks (the addressee on the
    left, the sender on the right) are read row by row.
    """
    if vertical:
        # A horizontal line on a vertical page (the post office's 内容証明 stamp, a page number)
        # spans many columns: banded with them it would shuffle their order. It is read after them.
        # So is anything printed wholly above or below the block of columns (the stamp's 「第 号」).
        tall = [line.bbox for line in lines if line.bbox[3] - line.bbox[1] >= 2 * (line.bbox[2] - line.bbox[0])]
        top, bottom = min((b[1] for b in tall), default=0.0), max((b[3] for b in tall), default=0.0)

        def apart(line: OcrLine) -> bool:
            return _wide(line) or (bool(tall) and (line.bbox[1] >= bottom or line.bbox[3] <= top))

        across = [line for line in lines if apart(line)]
        columns = [line for line in lines if not apart(line)]
        if across and columns:
            return reading_order(columns, True) + reading_order(across, False)
    low, high = (0, 2) if vertical else (1, 3)  # the box sides across the reading direction
    if vertical:
        first = sorted(lines, key=lambda line: -line.bbox[2])  # rightmost column first
    else:
        first = sorted(lines, key=lambda line: line.bbox[1])
    bands: list[list[OcrLine]] = []
    for line in first:
        if bands:
            head = bands[-1][0].bbox
            overlap = min(line.bbox[high], head[high]) - max(line.bbox[low], head[low])
            if overlap >= 0.5 * min(line.bbox[high] - line.bbox[low], head[high] - head[low]):
                bands[-1].append(line)
                continue
        bands.append([line])
    along = 1 if vertical else 0  # y0 within a column, x0 within a row
    return tuple(line for band in bands for line in sorted(band, key=lambda line: line.bbox[along]))
