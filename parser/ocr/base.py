"""The OCR boundary: one small interface every engine implements.

An engine takes one upright-or-not page image and returns an `OcrPage` of lines and words
with boxes (in the image's pixels) and confidences (0..1). Everything after this boundary
sees only `OcrPage` objects, whether they came from RapidOCR, Tesseract or a PDF text layer.
"""

from __future__ import annotations

from typing import Protocol

from PIL import Image

from parser.models import OcrPage


class OcrEngine(Protocol):
    name: str

    def version(self) -> str: ...

    def recognize(
        self, image: Image.Image, *, page_number: int, vertical: bool | None = None, page_share: float = 1.0
    ) -> OcrPage:
        """Read one page image. `vertical=None` lets the engine decide the writing direction.
        `page_share`: the page was cut from a photo whose long side was 1/page_share times the
        page's; an engine may look for text at the photo's scale (the text is no smaller)."""
        ...
