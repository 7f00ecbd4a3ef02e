"""Tesseract through pytesseract: the second engine, and the page-orientation detector.

The only module that imports pytesseract. Languages: ``jpn`` for horizontal pages,
``jpn_vert`` (one block of columns) for vertical ones and ``jpn+jpn_vert`` when the caller
does not know, in which case Tesseract's layout analysis looks for vertical blocks itself
(slower, two models, and it loses columns on some pages).
Each call runs the ``tesseract`` binary with a time limit, cut to what is left of the file's
(`parser.guard.deferred`): pytesseract then kills the binary itself, where a time-out raised
in the middle of the call would leave it running on its own.
"""

from __future__ import annotations

import functools
import logging
from collections import defaultdict
from typing import Any

import pytesseract
from PIL import Image

from parser import guard
from parser.errors import MissingDependency, OcrError
from parser.models import OcrLine, OcrPage, OcrWord
from parser.ocr import assemble

log = logging.getLogger(__name__)

INSTALL_HINT = "apt install tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert"
VERTICAL_RATIO = 1.5
OSD_SECONDS = 20.0
_OSD_SIDE = 1600  # OSD reads characters, not fine print: a smaller copy is as good and faster


@functools.cache
def _languages() -> frozenset[str]:
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, FileNotFoundError) as exc:
        raise MissingDependency(f"tesseract is not installed: {INSTALL_HINT}") from exc
    except (pytesseract.TesseractError, OSError) as exc:
        raise MissingDependency(f"tesseract does not start: {exc}") from exc


class TesseractEngine:
    name = "tesseract"
    weak_confidence = 0.6  # upright pages read at 0.8-0.9, upside-down ones at 0.2-0.3

    def __init__(self, *, seconds_per_page: float = 60.0) -> None:
        missing = {"jpn", "jpn_vert"} - _languages()
        if missing:
            raise MissingDependency(
                f"tesseract language data missing: {', '.join(sorted(missing))}: {INSTALL_HINT}"
            )
        self.seconds_per_page = seconds_per_page

    def version(self) -> str:
        return f"tesseract {pytesseract.get_tesseract_version()}"

    def recognize(
        self, image: Image.Image, *, page_number: int, vertical: bool | None = None, page_share: float = 1.0
    ) -> OcrPage:
        del page_share  # Tesseract reads at the image's own scale
        # Vertical pages read as one block of columns (psm 5): the automatic layout (psm 3)
        # drops or scrambles whole columns of Japanese vertical text.
        lang, psm = ("jpn+jpn_vert", 3) if vertical is None else ("jpn_vert", 5) if vertical else ("jpn", 3)
        try:
            with guard.deferred() as left:
                data = pytesseract.image_to_data(
                    image,
                    lang=lang,
                    config=f"--psm {psm}",
                    output_type=pytesseract.Output.DICT,
                    timeout=_within(self.seconds_per_page, left),
                )
        except RuntimeError as exc:  # pytesseract's timeout; TesseractError is a RuntimeError too
            if isinstance(exc, pytesseract.TesseractError):
                raise OcrError(f"tesseract failed on page {page_number}: {exc.message[:120]}") from exc
            raise OcrError(
                f"tesseract took longer than {self.seconds_per_page:.0f} s on page {page_number}"
            ) from exc
        return assemble(_lines(data), image, number=page_number, engine=self.name)


def _within(seconds: float, left: float | None) -> float:
    """A subprocess time limit that ends with the file's; never 0, which pytesseract reads as none."""
    return seconds if left is None else max(0.05, min(seconds, left))


def _lines(data: dict[str, list[Any]]) -> list[OcrLine]:
    """Words grouped by (block, paragraph, line); empty words and separators dropped."""
    grouped: dict[tuple[int, int, int], list[OcrWord]] = defaultdict(list)
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        conf = float(data["conf"][i])
        if data["level"][i] != 5 or not text or conf < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped[key].append(OcrWord(text=text, bbox=box, confidence=min(1.0, conf / 100)))
    return [_line(words) for words in grouped.values()]


def _line(words: list[OcrWord]) -> OcrLine:
    x0 = min(w.bbox[0] for w in words)
    y0 = min(w.bbox[1] for w in words)
    x1 = max(w.bbox[2] for w in words)
    y1 = max(w.bbox[3] for w in words)
    text = _join(w.text for w in words)
    chars = sum(len(w.text) for w in words)
    confidence = sum(w.confidence * len(w.text) for w in words) / chars
    vertical = (y1 - y0) > VERTICAL_RATIO * (x1 - x0) and len(text) > 1
    return OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=confidence, words=tuple(words), vertical=vertical)


def _join(parts: Any) -> str:
    """Tesseract splits Japanese into 'words' arbitrarily: join them, keeping a space only
    between two Latin letters or digits (``ABC 123``), as a reader would."""
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out


# --------------------------------------------------------------------------- orientation


@functools.cache
def _has_osd() -> bool:
    try:
        return "osd" in _languages()
    except MissingDependency:
        return False


def osd_rotation(image: Image.Image) -> tuple[int, float] | None:
    """(clockwise degrees that make the page upright, confidence), or None when unknown.

    OSD judges the characters' own orientation, so an upright vertical page is 0, not 90.
    """
    if not _has_osd():
        return None
    scale = min(1.0, _OSD_SIDE / max(image.size))
    small = image if scale >= 1.0 else image.resize((round(image.width * scale), round(image.height * scale)))
    try:
        with guard.deferred() as left:
            osd = pytesseract.image_to_osd(small, output_type=pytesseract.Output.DICT, timeout=_within(OSD_SECONDS, left))
    except RuntimeError as exc:  # too few characters, or out of time: orientation unknown
        log.debug("OSD gave no answer: %s", type(exc).__name__)
        return None
    return int(osd["rotate"]) % 360, float(osd["orientation_conf"])
