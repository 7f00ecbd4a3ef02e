"""RapidOCR (PP-OCR models on onnxruntime, bundled in the wheel, fully offline).

The only module that imports rapidocr. The model loads once per process. Its text-line
classifier (``use_cls``) is switched off on purpose: it silently turns upside-down lines
the right way round, which hides an upside-down page from `parser.ocr.read_image` (the
lines would read well but in reverse order). Page orientation is settled there instead.

Threads: onnxruntime's intra-op pool defaults to every core. ``DEBT_NOTICE_OCR_THREADS``
caps it, for batch runs that already use one worker process per core.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import threading
from typing import Any

import cv2
import numpy as np
from PIL import Image

from parser import guard
from parser.errors import MissingDependency, OcrError, ParserError
from parser.models import OcrLine, OcrPage, OcrWord
from parser.ocr import assemble

log = logging.getLogger(__name__)

THREADS_ENV = "DEBT_NOTICE_OCR_THREADS"
VERTICAL_RATIO = 1.5  # RapidOCR itself reads a box this much taller than wide as a column
DETECT_SIDE = 1280
MIN_DETECT_SIDE = 960  # a page far away in its photo is still searched at this size at least
_DETECT_LOCK = threading.Lock()
UPRIGHT_COLUMNS = 3  # columns sampled by `upright_score`
UPRIGHT_CELLS = 12  # characters read in its one strip


def threads() -> int:
    """onnxruntime intra-op threads: $DEBT_NOTICE_OCR_THREADS, else the cores we may use."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        wanted = int(os.environ.get(THREADS_ENV, cores))
    except ValueError:
        wanted = cores
    return max(1, min(wanted, cores))


@functools.cache
def _model() -> Any:
    try:
        from rapidocr import RapidOCR
    except ImportError as exc:
        raise MissingDependency("rapidocr is not installed: pip install rapidocr onnxruntime") from exc
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)  # it logs model paths at INFO
    n = threads()
    try:
        return RapidOCR(
            params={
                "Global.log_level": "warning",
                "Global.use_cls": False,
                "Global.return_word_box": True,
                # Find text on a copy at most 1280 px long instead of the full page: 40 % less CPU
                # and the same character error rate on rendered A4 letters in 7 to 10.5 pt print.
                "Det.limit_type": "max",
                "Det.limit_side_len": DETECT_SIDE,
                "EngineConfig.onnxruntime.intra_op_num_threads": n,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
    except Exception as exc:
        if guard.is_out_of_memory(exc):  # onnxruntime's own error for a failed allocation
            raise MemoryError from exc
        raise


class RapidEngine:
    name = "rapidocr"
    weak_confidence = 0.85  # upright pages read at 0.95-1.0, upside-down ones at 0.6-0.76

    def __init__(self) -> None:
        self._ocr = _model()

    def version(self) -> str:
        from importlib.metadata import version

        return f"rapidocr {version('rapidocr')}"

    def recognize(
        self, image: Image.Image, *, page_number: int, vertical: bool | None = None, page_share: float = 1.0
    ) -> OcrPage:
        """Read one page. `vertical` is not needed: each text box's shape says its direction.

        A page cut from a photo (`page_share` < 1) is searched for text at the photo's scale: the
        detector then draws its boxes as on the photo itself, which the recognizer reads as well
        and about a tenth faster than the taller-scaled page (31 photo letters: same fields).
        """
        side = max(MIN_DETECT_SIDE, round(DETECT_SIDE * min(1.0, page_share)))
        try:
            with _DETECT_LOCK:  # the detector's size is one setting shared by every caller
                _set_detect_side(self._ocr, side)
                result = self._ocr(image.convert("RGB") if image.mode not in ("RGB", "L") else image)
        except (ParserError, MemoryError):  # a time-out (parser/guard.py) or the memory limit
            raise
        except Exception as exc:  # onnxruntime and OpenCV errors have no common base class
            typed = guard.typed_cause(exc)  # a time-out, wrapped by rapidocr
            if typed is not None:
                raise typed from None
            if guard.is_out_of_memory(exc):
                raise MemoryError from exc
            raise OcrError(f"rapidocr failed on page {page_number}: {type(exc).__name__}") from exc
        lines = _lines(result)
        if any(line.vertical for line in lines):
            lines = mend_column_dashes(lines, np.asarray(image.convert("L")))
        return assemble(lines, image, number=page_number, engine=self.name)

    def upright_score(self, image: Image.Image, page: OcrPage) -> float | None:
        """How well the characters of `page`'s columns read as they stand, 0..1; None without columns.

        RapidOCR reads a tall box by turning it a quarter, so a vertical (縦書き) page and a
        horizontal page lying on its side both read well as columns. Cut a column into
        character-sized squares and read them side by side without turning them: upright
        vertical writing still reads (scores 0.7-0.9 on our pages), a page lying on its side
        does not (0.1-0.25). One short strip costs about a twentieth of Tesseract's OSD.
        """
        columns = sorted(
            (
                line
                for line in page.lines
                if line.vertical and line.confidence >= 0.9 and len(line.text.strip()) >= 4
            ),
            key=lambda line: line.bbox[1] - line.bbox[3],  # longest first
        )[:UPRIGHT_COLUMNS]
        if not columns:
            return None
        pixels = np.asarray(image.convert("RGB"))
        cells = []
        for line in columns:
            x0, y0, x1, y1 = (round(v) for v in line.bbox)
            count = max(1, round((y1 - y0) / max(1, x1 - x0)))
            pitch = (y1 - y0) / count
            for index in range(min(count, UPRIGHT_CELLS // len(columns))):
                cell = pixels[round(y0 + index * pitch) : round(y0 + (index + 1) * pitch), x0:x1]
                if cell.size:
                    cells.append(cv2.resize(cell, (max(1, round(cell.shape[1] * 48 / cell.shape[0])), 48)))
        if not cells:
            return None
        from rapidocr.ch_ppocr_rec.typings import TextRecInput

        try:
            found = self._ocr._load_rec_model()(TextRecInput(img=[np.hstack(cells)]))
        except Exception as exc:  # an orientation hint is not worth failing the page for
            log.debug("upright check failed: %s", type(exc).__name__)
            return None
        return _unit(found.scores[0]) if found.txts and found.txts[0].strip() else 0.0


def _set_detect_side(ocr: Any, side: int) -> None:
    """rapidocr reads `Det.limit_side_len` on every call but has no per-call argument for it."""
    with contextlib.suppress(AttributeError):  # another rapidocr layout: it keeps its configured size
        ocr._load_det_model().limit_side_len = side


def _lines(result: Any) -> list[OcrLine]:
    if result.txts is None or result.boxes is None:
        return []
    texts, scores, boxes = result.txts, result.scores, result.boxes
    # RapidOCR drops the word list of a line whose words it could not place, so the lists
    # can fall out of step with the lines; then every line becomes one word.
    words = result.word_results if len(result.word_results) == len(texts) else [()] * len(texts)
    lines = []
    for text, score, box, line_words in zip(texts, scores, boxes, words, strict=True):
        bbox = _bbox(box)
        width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
        confidence = _unit(score)
        ocr_words = tuple(
            OcrWord(text=w_text, bbox=_bbox(w_box), confidence=_unit(w_score))
            for w_text, w_score, w_box in line_words
            if w_box is not None and w_text.strip()
        ) or (OcrWord(text=text, bbox=bbox, confidence=confidence),)
        lines.append(
            OcrLine(
                text=text,
                bbox=bbox,
                confidence=confidence,
                words=ocr_words,
                vertical=height > VERTICAL_RATIO * width and len(text.strip()) > 1,
            )
        )
    return lines


def mend_column_dashes(lines: list[OcrLine], gray: np.ndarray) -> list[OcrLine]:
    """Give back the hyphens of codes written down a column (SK-2603-118 in 縦書き).

    A hyphen in vertical writing is printed as a short upright bar, which the recognizer
    reads as "1" or skips. The bar is a bare stroke, a printed 1 has a flag (and often a
    foot): on 31 vertical scans every bar was under a fifth as wide as tall, every 1 over a
    third. A "1" or a gap of a character's height between two letters or digits is
    looked at; a bare stroke there becomes "-".
    """
    return [_mended(line, gray) if line.vertical and len(line.words) >= 2 else line for line in lines]


def _mended(line: OcrLine, gray: np.ndarray) -> OcrLine:
    words = list(line.words)
    if "".join(word.text for word in words) != "".join(line.text.split()):
        return line  # the words do not spell the line: nothing to map a change back onto
    pitch = float(np.median([word.bbox[3] - word.bbox[1] for word in words]))
    mended: list[OcrWord] = [words[0]]
    for before, word, after in zip(words[:-1], words[1:], [*words[2:], None], strict=True):
        between = _alnum(before.text) and _alnum(word.text)
        gap = (word.bbox[0], before.bbox[3], word.bbox[2], word.bbox[1])
        if between and gap[3] - gap[1] >= 0.8 * pitch and _bare_stroke(gray, gap, pitch):
            mended.append(OcrWord(text="-", bbox=gap, confidence=before.confidence))
        if (
            word.text in _BAR_READINGS
            and after is not None
            and _alnum(before.text)
            and _alnum(after.text)
            and _bare_stroke(gray, word.bbox, pitch)
        ):
            word = word.model_copy(update={"text": "-"})
        mended.append(word)
    if mended == words:
        return line
    return line.model_copy(update={"text": "".join(word.text for word in mended), "words": tuple(mended)})


_BAR_READINGS = frozenset("1|丨")


def _alnum(text: str) -> bool:
    return len(text) == 1 and text.isascii() and text.isalnum()


def _bare_stroke(gray: np.ndarray, box: tuple[float, float, float, float], pitch: float) -> bool:
    """Whether the ink in `box` is one upright stroke with nothing sticking out of it."""
    x0, y0, x1, y1 = (max(0, round(v)) for v in box)
    cell = gray[y0:y1, x0:x1]
    if cell.size == 0:
        return False
    ink = cell < (int(cell.min()) + int(np.median(cell))) / 2
    columns, rows = np.flatnonzero(ink.any(axis=0)), np.flatnonzero(ink.any(axis=1))
    if not len(columns) or int(cell.max()) - int(cell.min()) < 64:  # a blank cell: no stroke
        return False
    width, height = columns[-1] - columns[0] + 1, rows[-1] - rows[0] + 1
    return bool(height >= 0.4 * pitch and width <= 0.2 * height)


def _bbox(points: Any) -> tuple[float, float, float, float]:
    """The axis-aligned box around a 4-point polygon."""
    array = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    x0, y0 = array.min(axis=0)
    x1, y1 = array.max(axis=0)
    return (float(x0), float(y0), float(x1), float(y1))


def _unit(value: Any) -> float:
    return min(1.0, max(0.0, float(value)))
