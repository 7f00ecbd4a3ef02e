"""Visual rows: OCR lines that sit side by side on a page, joined left to right.

Engines return each table cell or label and its value as separate lines. Grouping them into
rows by vertical overlap gives "label … value" text for same-line pairing, while each
segment keeps its box so that "value below the label" and table columns can be found too.
Vertical (縦書き) pages are already in reading order: each column is one row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parser.models import OcrLine, OcrPage
from parser.normalize import line_text


@dataclass(frozen=True)
class Segment:
    text: str
    raw: str
    bbox: tuple[float, float, float, float]
    confidence: float


@dataclass
class Row:
    page: int
    index: int
    segments: list[Segment] = field(default_factory=list)
    page_height: float = 1.0
    page_width: float = 1.0

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def raw(self) -> str:
        return " ".join(s.raw for s in self.segments)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs0, ys0, xs1, ys1 = zip(*(s.bbox for s in self.segments), strict=True)
        return (min(xs0), min(ys0), max(xs1), max(ys1))

    @property
    def confidence(self) -> float:
        return min((s.confidence for s in self.segments), default=0.0)

    def segment_at(self, pos: int) -> int:
        """The index of the cell that holds character `pos` of `text`."""
        start = 0
        for i, seg in enumerate(self.segments):
            end = start + len(seg.text)
            if pos <= end:
                return i
            start = end + 1
        return len(self.segments) - 1

    def segment_start(self, index: int) -> int:
        """Where cell `index` begins in `text`."""
        return sum(len(seg.text) + 1 for seg in self.segments[:index])

    @property
    def top_fraction(self) -> float:
        """Where the row sits on its page, 0 at the top, 1 at the bottom."""
        return self.bbox[1] / self.page_height if self.page_height else 0.0


def _segment(line: OcrLine) -> Segment:
    return Segment(line_text(line), line.text, line.bbox, line.confidence)


def _merged(lines: list[OcrLine]) -> Segment:
    """Columns of one vertical sentence as one segment: the text runs on without a break."""
    xs0, ys0, xs1, ys1 = zip(*(line.bbox for line in lines), strict=True)
    return Segment(
        "".join(line_text(line) for line in lines),
        "".join(line.text for line in lines),
        (min(xs0), min(ys0), max(xs1), max(ys1)),
        min(line.confidence for line in lines),
    )


# An amount closed by 円 and another amount or a date right after it: two table cells printed close
# together (「三十七万五千円二万九千六百七十円」 under 元金 and 利息, 「1,390,147円令和8年3月23日(月)」).
_AMOUNT = r"(?:金|[¥￥])?[\d,〇一二三四五六七八九十百千万壱弐参拾]+円"
_DATE = r"(?:令和|平成)[\d元〇一二三四五六七八九十]+年\S*|\d{4}[年/.]\S*"
_TWO_AMOUNTS = re.compile(rf"({_AMOUNT})\s?({_AMOUNT}|{_DATE})")


def _amounts_apart(segment: Segment, vertical: bool) -> list[Segment]:
    """A cell that holds two values back to back, as two cells with the box shared by their length."""
    pair = None if vertical else _TWO_AMOUNTS.fullmatch(segment.text)
    if pair is None:
        return [segment]
    x0, y0, x1, y1 = segment.bbox
    cut = x0 + (x1 - x0) * pair.end(1) / len(segment.text)
    return [
        Segment(pair.group(1), pair.group(1), (x0, y0, cut, y1), segment.confidence),
        Segment(pair.group(2), pair.group(2), (cut, y0, x1, y1), segment.confidence),
    ]


def vertical_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """How much of the shorter box's height two boxes share, from 0 to 1."""
    top, bottom = max(a[1], b[1]), min(a[3], b[3])
    height = min(a[3] - a[1], b[3] - b[1]) or 1.0
    return max(0.0, bottom - top) / height


def rows(pages: list[OcrPage]) -> list[Row]:
    """All rows of all pages in reading order."""
    out: list[Row] = []
    for page in pages:
        lines = [line for line in page.lines if line_text(line)]
        if page.vertical:
            cells = _vertical_paragraphs(lines)
        else:
            box = _level_boxes(lines, page.width)
            groups: list[list[OcrLine]] = []
            for line in sorted(lines, key=lambda ln: (box[id(ln)][1] + box[id(ln)][3]) / 2):
                for group in reversed(groups[-3:]):
                    # Never two lines of one column in a row: in a photo's tight table the boxes of
                    # 「原債権者」 and 「ご契約」 under it both overlap the value between them.
                    if vertical_overlap(box[id(group[-1])], box[id(line)]) >= 0.5 and not any(
                        _h_overlap(g.bbox, line.bbox) for g in group
                    ):
                        group.append(line)
                        break
                else:
                    groups.append([line])
            for group in groups:
                group.sort(key=lambda ln: ln.bbox[0])
            cells = [[[line] for line in group] for group in groups]
        for paragraph in cells:
            segments = [part for cell in paragraph for part in _amounts_apart(_merged(cell), page.vertical)]
            out.append(
                Row(
                    page=page.number,
                    index=len(out),
                    segments=segments,
                    page_height=page.height,
                    page_width=page.width,
                )
            )
    return out


SLOPE_MIN = 0.008  # about half a degree: below it, rows of a table stay level enough to pair by box


def _level_boxes(lines: list[OcrLine], width: float) -> dict[int, tuple[float, float, float, float]]:
    """Each line's box as it would stand on a level page, for grouping lines into rows.

    A photo the deskew step could not straighten still slopes: along a table row 3° lifts the
    amount at the right a whole line above its label at the left. The slope is read from the
    words inside long lines (their centres climb or fall along the line); every box is then
    moved up or down by the slope times its distance from the page's left edge, and cut to the
    height of its own characters.
    """
    slopes = []
    for line in lines:
        if len(line.words) >= 4 and line.bbox[2] - line.bbox[0] > 0.15 * width:
            xs = [(w.bbox[0] + w.bbox[2]) / 2 for w in line.words]
            ys = [(w.bbox[1] + w.bbox[3]) / 2 for w in line.words]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            var = sum((x - mx) ** 2 for x in xs)
            if var > 0:
                slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var)
    slope = sorted(slopes)[len(slopes) // 2] if len(slopes) >= 3 else 0.0
    if abs(slope) < SLOPE_MIN:
        return {id(line): line.bbox for line in lines}
    out = {}
    for line in lines:
        x0, y0, x1, y1 = line.bbox
        centre = (y0 + y1) / 2 - slope * (x0 + x1) / 2
        height = max(1.0, (y1 - y0) - abs(slope) * (x1 - x0))
        out[id(line)] = (x0, centre - height / 2, x1, centre + height / 2)
    return out


def _h_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.5 * min(a[2] - a[0], b[2] - b[0])


_PUNCT_ONLY = re.compile(r"^[、。，．,.・「」『』()（）\s]+$")


def _vertical_paragraphs(columns: list[OcrLine]) -> list[list[list[OcrLine]]]:
    """Columns of vertical text joined where a sentence runs on into the next column: paragraphs
    of cells, each cell the lines read as one run of text.

    A column that reaches the bottom of the text block and does not end a sentence continues
    in the next column, which starts at the top (「…合計金八十六万」 + 「四千三百円です」).
    Two lines further down the same column are two cells of one row, as a label and its value
    side by side are in horizontal writing (「一、求償元金」 … 「金一七五万一九九〇円」).
    Lone punctuation marks, which text layers place apart from their column, are dropped.
    """
    columns = [c for c in columns if not _PUNCT_ONLY.match(line_text(c))]
    if not columns:
        return []
    top = min(c.bbox[1] for c in columns)
    bottom = max(c.bbox[3] for c in columns)
    groups: list[list[list[OcrLine]]] = []
    for col in columns:
        if groups:
            prev = groups[-1][-1][-1]
            em = max(prev.bbox[2] - prev.bbox[0], 1.0)
            if _h_overlap(prev.bbox, col.bbox) and col.bbox[1] >= prev.bbox[3] - 0.5 * em:
                groups[-1].append([col])
                continue
            runs_on = (
                prev.bbox[3] >= bottom - 1.5 * em
                and col.bbox[1] <= top + 1.5 * em
                and not line_text(prev).endswith("。")
            )
            if runs_on:
                groups[-1][-1].append(col)
                continue
        groups.append([[col]])
    return groups
