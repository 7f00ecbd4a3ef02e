"""Page images for the result page, each with its size in the page's own units.

Evidence boxes are in the units of the page the OCR stage read: PDF points for a page read
from its text layer, and for an image page the pixels of the image after `imaging.prepare`
(flattened, straightened, scaled) and the turn that made it upright. So the preview of an
image page is that same prepared image (prepare is deterministic), and a preview carries its
size in those units; the template draws the boxes in an SVG whose viewBox is that size, and
the browser scales both together. Text-layer pages are rendered here from the PDF bytes.

The turn is read from ``result.meta["pages"]`` when the pipeline records it there
(``[{"number", "width", "height", "rotation"}]``); without it the page is taken as read
upright, and when the recorded size disagrees with the prepared image no boxes are drawn.
"""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image

from parser import imaging
from parser.models import Document, PageInput

log = logging.getLogger(__name__)

DISPLAY_SIDE = 1100  # long side of the preview JPEG: sharp on a phone, ~150 KB
JPEG_QUALITY = 70


@dataclass(frozen=True)
class PagePreview:
    number: int
    width: float  # in the page's own units (what evidence bboxes use)
    height: float
    jpeg: bytes
    boxes: bool = True  # False: the page's units are unknown, show the image without boxes

    def data_url(self) -> str:
        return "data:image/jpeg;base64," + base64.b64encode(self.jpeg).decode("ascii")


@dataclass(frozen=True)
class Geometry:
    """What the OCR stage recorded about a page it read."""

    width: float
    height: float
    rotation: int = 0


def previews(
    document: Document, data: bytes, wanted: Iterable[int], limit: int, geometry: dict[int, Geometry] | None = None
) -> list[PagePreview]:
    """Previews of the pages with evidence (and page 1), at most `limit`."""
    return render(data, pick_pages(document, wanted, limit), geometry or {})


def pick_pages(document: Document, wanted: Iterable[int], limit: int) -> list[PageInput]:
    """Pages with evidence first (in page order), then page 1, up to `limit`."""
    numbers = sorted(set(wanted)) + [1]
    chosen: list[PageInput] = []
    by_number = {page.number: page for page in document.pages}
    for number in numbers:
        page = by_number.get(number)
        if page is not None and page not in chosen and len(chosen) < limit:
            chosen.append(page)
    return sorted(chosen, key=lambda p: p.number)


def render(data: bytes, pages: list[PageInput], geometry: dict[int, Geometry]) -> list[PagePreview]:
    """A preview of each page; a page that cannot be shown is left out (the result still stands)."""
    previews = []
    for page in pages:
        try:
            previews.append(_preview(page, data, geometry.get(page.number)))
        except Exception as exc:  # a preview is a courtesy: never fail the letter for it
            log.info("no preview for page %d: %s", page.number, type(exc).__name__)
    return previews


def _preview(page: PageInput, data: bytes, geometry: Geometry | None) -> PagePreview:
    if page.text_page is not None:
        width, height = page.text_page.width, page.text_page.height
        return PagePreview(page.number, width, height, _jpeg(_render_pdf_page(data, page.number - 1, max(width, height))))
    image = imaging.rotate(imaging.prepare(page.image).image, geometry.rotation if geometry else 0)
    width, height = float(image.width), float(image.height)
    agrees = geometry is None or (abs(geometry.width - width) <= 1 and abs(geometry.height - height) <= 1)
    if not agrees:
        log.info("page %d: prepared image size differs from what OCR read: no boxes", page.number)
    return PagePreview(page.number, width, height, _jpeg(image), boxes=agrees)


def geometry_from_meta(meta: dict[str, object]) -> dict[int, Geometry]:
    """Page sizes and turns the pipeline recorded in ``meta["pages"]``, if it did."""
    found: dict[int, Geometry] = {}
    pages = meta.get("pages")
    if isinstance(pages, list):
        for item in pages:
            try:
                found[int(item["number"])] = Geometry(
                    float(item["width"]), float(item["height"]), int(item.get("rotation", 0))
                )
            except (KeyError, TypeError, ValueError):
                continue
    return found


def _render_pdf_page(data: bytes, index: int, long_side_points: float) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[index]
        try:
            return page.render(scale=DISPLAY_SIDE / max(long_side_points, 1.0)).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()


def _jpeg(image: Image.Image) -> bytes:
    small = image.convert("RGB") if image.mode not in ("RGB", "L") else image
    if max(small.size) > DISPLAY_SIDE:
        small = small.copy()
        small.thumbnail((DISPLAY_SIDE, DISPLAY_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()
