"""PDF pages: keep a usable text layer, rasterise the rest.

The only module that imports pdfplumber and pypdfium2. pypdfium2 opens the file (it is the
more forgiving parser and tells an encrypted file apart), checks page count and size, and
renders the pages that need OCR. pdfplumber reads the characters of every other page.

A text layer is usable when it has enough real characters: Japanese PDFs whose fonts lack a
ToUnicode map give ``(cid:1234)`` instead of text, and a scan with a stamped header line
has a few characters on top of a page-sized image. Both go to OCR.
"""

from __future__ import annotations

import io
import logging
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdfium2 as pdfium

from parser.errors import InputError, LimitExceeded, ParserError
from parser.models import InputKind, Limits, OcrLine, OcrPage, OcrWord, PageInput
from parser.ocr import is_vertical_page, reading_order

log = logging.getLogger(__name__)
# pdfminer warns about every odd font dictionary; a damaged file ends up as OCR anyway.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MIN_TEXT_CHARS = 20  # fewer real characters than this is not a letter's text layer
MAX_JUNK_SHARE = 0.10  # share of (cid:…), private-use or U+FFFD characters we tolerate
SCAN_IMAGE_SHARE = 0.6  # an image covering this much of the page is probably the letter itself
SCAN_MAX_CHARS = 100  # …unless the text layer beside it is longer than this
_FPDF_ERR_PASSWORD = 4


def read_pdf(data: bytes, limits: Limits, *, dpi: int = 200) -> tuple[InputKind, list[PageInput]]:
    """Pages of a PDF: text-layer pages as ready `OcrPage`s, the others rendered at `dpi`."""
    document = _open(data)
    try:
        count = len(document)
        if count == 0:
            raise InputError("empty PDF: it has no pages / PDFにページがありません")
        if count > limits.max_pages:
            raise LimitExceeded(
                f"too many pages: {count}, the limit is {limits.max_pages} / ページ数が多すぎます"
            )
        sizes = [_page_size(document, i) for i in range(count)]
        for number, (width, height) in enumerate(sizes, start=1):
            if max(width, height) > limits.max_page_points:
                raise LimitExceeded(
                    f"page {number} is too large: {width:.0f}x{height:.0f} points / ページが大きすぎます"
                )
        text_pages = _text_pages(data, count)
        pages = [
            PageInput(number=i + 1, text_page=text_pages[i], dpi=72.0)
            if text_pages[i] is not None
            else PageInput(number=i + 1, image=_render(document, i, sizes[i], dpi, limits), dpi=float(dpi))
            for i in range(count)
        ]
    finally:
        document.close()
    with_text = sum(page.text_page is not None for page in pages)
    kind = InputKind.pdf_text if with_text == count else InputKind.pdf_scan if with_text == 0 else InputKind.pdf_mixed
    return kind, pages


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == _FPDF_ERR_PASSWORD:
            raise InputError(
                "encrypted PDF: remove the password first / パスワード付きPDFです。解除してから送ってください"
            ) from exc
        raise InputError("damaged PDF: it cannot be opened / PDFが壊れているため開けません") from exc


def _page_size(document: pdfium.PdfDocument, index: int) -> tuple[float, float]:
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        raise InputError(f"damaged PDF: page {index + 1} cannot be read / PDFが壊れています") from exc
    try:
        width, height = page.get_size()
        return float(width), float(height)
    finally:
        page.close()


def _render(document: pdfium.PdfDocument, index: int, size: tuple[float, float], dpi: int, limits: Limits) -> Any:
    scale = dpi / 72.0
    pixels = size[0] * size[1] * scale * scale
    if pixels > limits.max_pixels:
        # A large but legal page: render it coarser rather than refuse it.
        scale *= (limits.max_pixels / pixels) ** 0.5
        log.warning("page %d rendered at %.0f dpi to stay under the pixel limit", index + 1, scale * 72)
    try:
        page = document[index]
        try:
            return page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        raise InputError(f"page {index + 1} of the PDF cannot be rendered / PDFを画像にできません") from exc


# --------------------------------------------------------------------------- text layer


def _text_pages(data: bytes, count: int) -> list[OcrPage | None]:
    """An `OcrPage` for each page whose text layer is usable, None for the others."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            result: list[OcrPage | None] = [None] * count
            for index, page in enumerate(plumber.pages[:count]):
                result[index] = _text_page(page, index + 1)
                page.close()  # drop the page's parsed objects: long PDFs otherwise pile up
            return result
    except (ParserError, MemoryError):  # a time-out, or the memory limit: the file's limits, not its text layer
        raise
    except Exception as exc:
        # pdfminer is stricter than PDFium; a page it cannot parse is simply rendered and OCR'd.
        log.info("text layer unreadable (%s): pages will be OCR'd", type(exc).__name__)
        return [None] * count


WATERMARK_SIZE = 4.0  # glyphs this many times the body size are a watermark


def _text_page(page: Any, number: int) -> OcrPage | None:
    chars = [c for c in page.chars if c["text"].strip()]
    junk = sum(_is_junk(c["text"]) for c in chars)
    real = len(chars) - junk
    if real < MIN_TEXT_CHARS or junk > MAX_JUNK_SHARE * len(chars):
        return None
    area = float(page.width * page.height) or 1.0
    image_area = sum(max(0.0, img["width"]) * max(0.0, img["height"]) for img in page.images)
    if image_area / area >= SCAN_IMAGE_SHARE and real < SCAN_MAX_CHARS:
        return None
    kept = [c for c in chars if not _is_junk(c["text"])]
    # A watermark (「複製」, 「控」 in 120-point grey over the page) is no text of the letter, and its
    # giant glyphs would join the lines they overlap into one.
    sizes = sorted(float(c.get("size") or 0.0) for c in kept)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    glyphs = [_Glyph.of(c) for c in kept if not body or float(c.get("size") or 0.0) <= WATERMARK_SIZE * body]
    lines = build_lines(glyphs)
    vertical = is_vertical_page(lines)
    width, height = float(page.width), float(page.height)
    if page.rotation % 180 == 90 and max(g.x1 for g in glyphs) > width + 1:
        # pdfminer places characters on the turned page; pdfplumber may report the unturned size.
        width, height = height, width
    return OcrPage(
        number=number,
        width=width,
        height=height,
        lines=reading_order(lines, vertical),
        source="text_layer",
        engine="pdfplumber",
        vertical=vertical,
    )


def _is_junk(text: str) -> bool:
    if text.startswith("(cid:"):
        return True
    return any(unicodedata.category(ch) in ("Co", "Cc", "Cs") or ch == "\ufffd" for ch in text)


@dataclass(frozen=True)
class _Glyph:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    upright: bool

    @classmethod
    def of(cls, char: dict[str, Any]) -> _Glyph:
        size = float(char.get("size") or 0.0) or max(char["x1"] - char["x0"], char["bottom"] - char["top"], 1.0)
        return cls(char["text"], char["x0"], char["top"], char["x1"], char["bottom"], size, bool(char["upright"]))

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def build_lines(glyphs: Sequence[_Glyph]) -> list[OcrLine]:
    """Group characters into horizontal lines and vertical columns.

    Each character's direction comes from its neighbours in content-stream order (PDF
    writers emit a line's characters in order), so a vertical letter with a horizontal
    heading gets both right. Lines are then formed geometrically, which does not depend on
    the order in which a writer emitted separate runs.
    """
    vertical = _directions(glyphs)
    lines = _chain([g for g, v in zip(glyphs, vertical, strict=True) if not v], vertical=False)
    lines += _chain([g for g, v in zip(glyphs, vertical, strict=True) if v], vertical=True)
    return lines


def _directions(glyphs: Sequence[_Glyph]) -> list[bool]:
    """True for each character that belongs to vertical writing."""
    votes = [0] * len(glyphs)  # >0 vertical, <0 horizontal
    for i in range(len(glyphs) - 1):
        a, b = glyphs[i], glyphs[i + 1]
        em = max(a.size, b.size)
        dx, dy = b.cx - a.cx, b.cy - a.cy
        # A 内容証明 on its 20字×26行 grid sets one character per cell, 2.5 em apart and more.
        step = 1 if 0 < dy <= 3.0 * em and abs(dx) < 0.4 * em else -1 if 0 < dx <= 2.5 * em and abs(dy) < 0.4 * em else 0
        votes[i] += step
        votes[i + 1] += step
    page_vertical = sum(v > 0 for v in votes) > sum(v < 0 for v in votes)
    # Rotated glyphs (upright False) run along the page like a column.
    return [(not g.upright) or v > 0 or (v == 0 and page_vertical) for g, v in zip(glyphs, votes, strict=True)]


_VERTICAL_MARKS = frozenset("、。，．,.､｡")


def _chain(glyphs: Sequence[_Glyph], *, vertical: bool) -> list[OcrLine]:
    """Rows (or columns) of characters, split where the gap along the line exceeds 2 em."""

    def across(g: _Glyph) -> float:
        return g.cx if vertical else g.cy

    def start(g: _Glyph) -> float:
        return g.top if vertical else g.x0

    def end(g: _Glyph) -> float:
        return g.bottom if vertical else g.x1

    # Vertical fonts set 、。，． in the upper right of their cell, half an em off the column's
    # centre: they join the nearest column afterwards instead of making columns of their own
    # (「金３ １５０ ０００円」 for 金３，１５０，０００円).
    marks = [g for g in glyphs if vertical and g.text in _VERTICAL_MARKS]
    bands: list[list[_Glyph]] = []
    for glyph in sorted((g for g in glyphs if not (vertical and g.text in _VERTICAL_MARKS)), key=across):
        if bands and across(glyph) - across(bands[-1][0]) <= 0.5 * bands[-1][0].size:
            bands[-1].append(glyph)
        else:
            bands.append([glyph])
    for mark in marks:
        near = min(bands, key=lambda b: abs(across(mark) - across(b[0])), default=None)
        if near is not None and abs(across(mark) - across(near[0])) <= 1.0 * near[0].size:
            near.append(mark)
        else:
            bands.append([mark])
    lines: list[OcrLine] = []
    for band in bands:
        run: list[_Glyph] = []
        for glyph in sorted(band, key=start):
            if run and start(glyph) - end(run[-1]) > 2.0 * statistics.median(g.size for g in run):
                lines.append(_line(run, vertical))
                run = []
            run.append(glyph)
        lines.append(_line(run, vertical))
    return lines


def _line(run: Sequence[_Glyph], vertical: bool) -> OcrLine:
    """One line; a gap wider than a quarter em becomes a space and ends a word."""
    words: list[list[_Glyph]] = [[run[0]]]
    for prev, g in zip(run, run[1:], strict=False):
        gap = (g.top - prev.bottom) if vertical else (g.x0 - prev.x1)
        # A vertical 、 or ， fills only the top of its cell: the rest of the cell is no space.
        allowance = 0.75 if vertical and prev.text in _VERTICAL_MARKS else 0.25
        if gap > allowance * max(prev.size, g.size):
            words.append([])
        words[-1].append(g)
    ocr_words = tuple(OcrWord(text="".join(g.text for g in w), bbox=_union(w), confidence=1.0) for w in words)
    return OcrLine(
        text=" ".join(w.text for w in ocr_words),
        bbox=_union(run),
        confidence=1.0,
        words=ocr_words,
        vertical=vertical and len(run) > 1,
    )


def _union(glyphs: Sequence[_Glyph]) -> tuple[float, float, float, float]:
    return (
        min(g.x0 for g in glyphs),
        min(g.top for g in glyphs),
        max(g.x1 for g in glyphs),
        max(g.bottom for g in glyphs),
    )
