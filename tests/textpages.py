"""Builds OcrPages from plain text for tests that need no OCR.

Each line of text becomes a row; runs of two or more spaces split it into separate
segments with their own boxes, the way an OCR engine returns table cells.
"""

from __future__ import annotations

import re

from parser.models import OcrLine, OcrPage

CHAR_W, LINE_H = 20.0, 40.0


def page(text: str, number: int = 1, *, width: float = 1654, height: float = 2339) -> OcrPage:
    lines = []
    for i, line in enumerate(text.strip("\n").splitlines()):
        indent = len(line) - len(line.lstrip(" "))
        for m in re.finditer(r"\S+(?: \S+)*", line):
            x0 = 80 + (m.start()) * CHAR_W
            x1 = x0 + len(m.group(0)) * CHAR_W
            y0 = 80 + i * LINE_H * 1.5
            lines.append(OcrLine(text=m.group(0), bbox=(x0, y0, x1, y0 + LINE_H), confidence=0.99))
        del indent
    return OcrPage(number=number, width=width, height=max(height, 80 + len(lines) * LINE_H * 1.5), lines=tuple(lines),
                   source="text_layer", engine="test")
