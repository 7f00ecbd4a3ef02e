"""The OCR stage: reading order, engine adapters, orientation, and (slow) the real engines."""

from __future__ import annotations

import io
import unicodedata
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein
from test_imaging import LINES, SANS, SERIF, letter_page, photo_of

from parser import ingest, layout, ocr
from parser.errors import MissingDependency, OcrError
from parser.models import Document, InputKind, Limits, OcrLine, OcrPage, OcrWord, PageInput
from parser.ocr import rapid, tesseract

LIMITS = Limits()


def line(text: str, bbox: tuple[float, float, float, float], *, vertical: bool = False) -> OcrLine:
    return OcrLine(text=text, bbox=bbox, confidence=0.9, vertical=vertical)


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def cer(page: OcrPage, expected: list[str]) -> float:
    reference = squash("".join(expected))
    return Levenshtein.distance(reference, squash("".join(ln.text for ln in page.lines))) / len(reference)


# --------------------------------------------------------------------------- layout


def test_horizontal_reading_order_rows_then_left_to_right() -> None:
    addressee = line("山田太郎様", (100, 100, 300, 130))
    sender = line("株式会社サンプル", (900, 104, 1200, 134))  # same row, right-hand block
    title = line("督促状", (500, 20, 600, 60))
    amount = line("1,234,567円", (400, 200, 600, 230))
    label = line("請求金額", (100, 198, 250, 228))
    ordered = ocr.reading_order([amount, sender, label, title, addressee], vertical=False)
    assert [ln.text for ln in ordered] == [
        "督促状",
        "山田太郎様",
        "株式会社サンプル",
        "請求金額",
        "1,234,567円",
    ]


def test_vertical_reading_order_columns_right_to_left_then_down() -> None:
    first = line("督促状", (900, 100, 940, 300), vertical=True)
    second_top = line("請求金額", (840, 100, 880, 400), vertical=True)
    second_bottom = line("百万円", (842, 500, 882, 700), vertical=True)  # same column after a gap
    third = line("令和七年", (780, 100, 820, 380), vertical=True)
    ordered = ocr.reading_order([third, second_bottom, first, second_top], vertical=True)
    assert [ln.text for ln in ordered] == ["督促状", "請求金額", "百万円", "令和七年"]


def test_page_direction_follows_the_majority_of_characters() -> None:
    columns = [line("縦書きの本文です", (0, 0, 40, 400), vertical=True)] * 3
    heading = [line("見出し", (0, 0, 200, 40))]
    assert ocr.is_vertical_page(columns + heading)
    assert not ocr.is_vertical_page(heading)


# --------------------------------------------------------------------------- read and engines (no OCR)


def test_text_layer_pages_pass_through_without_an_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_engine(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("no OCR engine should be needed")

    monkeypatch.setattr(ocr, "get_engine", no_engine)
    text_page = OcrPage(
        number=1, width=595, height=842, source="text_layer", lines=(line("督促状", (0, 0, 1, 1)),)
    )
    document = Document(
        name="x.pdf",
        kind=InputKind.pdf_text,
        sha256="0" * 64,
        pages=[PageInput(number=1, text_page=text_page)],
    )
    assert ocr.read(document, limits=LIMITS) == [text_page]


def test_unknown_engine_is_a_missing_dependency() -> None:
    with pytest.raises(MissingDependency, match="unknown OCR engine"):
        ocr.get_engine("abbyy")


def test_engines_are_created_once() -> None:
    assert ocr.get_engine("tesseract") is ocr.get_engine("tesseract")


def test_rapidocr_result_becomes_lines_words_and_axis_aligned_boxes() -> None:
    result = SimpleNamespace(
        txts=("請求金額", "督促状"),
        scores=(0.98, 0.91),
        boxes=np.array(
            [
                [[100, 210], [300, 200], [302, 240], [102, 250]],
                [[500, 100], [540, 100], [540, 260], [500, 260]],
            ]
        ),
        word_results=(
            (
                ("請", 0.99, [[100, 210], [150, 210], [150, 250], [100, 250]]),
                ("求", 0.97, [[150, 210], [200, 210], [200, 250], [150, 250]]),
            ),
            (("督", 0.9, [[500, 100], [540, 100], [540, 150], [500, 150]]),),
        ),
    )
    amount, title = rapid._lines(result)
    assert amount.bbox == (100, 200, 302, 250)
    assert not amount.vertical and [w.text for w in amount.words] == ["請", "求"]
    assert title.vertical  # four times taller than wide, three characters
    assert title.confidence == pytest.approx(0.91)
    # Word lists out of step with the lines: one word per line instead of wrong words.
    result.word_results = result.word_results[:1]
    assert [w.text for ln in rapid._lines(result) for w in ln.words] == ["請求金額", "督促状"]


def test_tesseract_data_becomes_lines_with_confidences() -> None:
    data: dict[str, list[Any]] = {
        "level": [4, 5, 5, 5, 5, 5],
        "block_num": [1, 1, 1, 1, 1, 1],
        "par_num": [1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 1, 2],
        "word_num": [0, 1, 2, 3, 4, 1],
        "left": [10, 10, 60, 200, 260, 10],
        "top": [10, 10, 10, 10, 10, 80],
        "width": [300, 48, 48, 50, 50, 40],
        "height": [40, 40, 40, 40, 40, 40],
        "conf": [-1, 96, 90, 80, 70, -1],
        "text": ["", "請求", "金額", "AB", "123", " "],
    }
    (only,) = tesseract._lines(data)
    assert only.text == "請求金額AB 123"
    assert only.bbox == (10, 10, 310, 50)
    assert only.confidence == pytest.approx((0.96 * 2 + 0.9 * 2 + 0.8 * 2 + 0.7 * 3) / 9)
    assert len(only.words) == 4


def test_missing_tesseract_binary_is_a_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract.pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    tesseract._languages.cache_clear()
    tesseract._has_osd.cache_clear()
    try:
        with pytest.raises(MissingDependency, match="tesseract is not installed"):
            tesseract.TesseractEngine()
        assert tesseract.osd_rotation(Image.new("L", (50, 50), 255)) is None
    finally:
        tesseract._languages.cache_clear()
        tesseract._has_osd.cache_clear()


def test_tesseract_timeout_is_an_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: Any, **kwargs: Any) -> Any:
        assert kwargs["timeout"] == 7.0
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(tesseract.pytesseract, "image_to_data", slow)
    engine = tesseract.TesseractEngine(seconds_per_page=7.0)
    with pytest.raises(OcrError, match="longer than 7 s on page 3"):
        engine.recognize(Image.new("L", (50, 50), 255), page_number=3)


class MarkerEngine:
    """Reads confidently only when the black marker is in the top-left corner (upright)."""

    name = "marker"

    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []

    def version(self) -> str:
        return "0"

    def recognize(
        self, image: Image.Image, *, page_number: int, vertical: bool | None = None, page_share: float = 1.0
    ) -> OcrPage:
        self.sizes.append(image.size)
        gray = np.asarray(image.convert("L"))
        upright = gray[: gray.shape[0] // 8, : gray.shape[1] // 8].mean() < 128
        confidence = 0.95 if upright else 0.3
        return OcrPage(
            number=page_number,
            width=image.width,
            height=image.height,
            lines=(OcrLine(text="督促状です", bbox=(0, 0, 10, 10), confidence=confidence),),
        )


def marked_page(corner: str = "top-left") -> Image.Image:
    page = Image.new("L", (400, 600), 255)
    x = 0 if corner.endswith("left") else 340
    y = 0 if corner.startswith("top") else 540
    page.paste(0, (x, y, x + 60, y + 60))
    return page


def test_without_osd_an_upside_down_page_is_read_the_right_way_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_osd_rotation", lambda image: None)
    engine = MarkerEngine()
    page = ocr.read_image(marked_page().rotate(180), engine, number=2)
    assert page.rotation == 180
    assert page.number == 2 and page.lines[0].confidence == 0.95
    assert ocr.read_image(marked_page(), MarkerEngine(), number=1).rotation == 0


def test_osd_rotation_is_applied_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract, "osd_rotation", lambda image: (90, 8.0))
    engine = MarkerEngine()
    # Turned a quarter to the left: the marker sits bottom-left until turned back clockwise.
    page = ocr.read_image(marked_page("bottom-left"), engine, number=1)
    assert page.rotation == 90
    assert engine.sizes[-1] == (600, 400)  # read again, turned upright
    assert len(engine.sizes) == 2  # the weak first reading, then the turned page
    monkeypatch.setattr(tesseract, "osd_rotation", lambda image: (90, 0.4))  # unsure: ignored
    assert ocr.read_image(marked_page(), MarkerEngine(), number=1).rotation == 0


def test_a_confident_but_upside_down_osd_answer_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract, "osd_rotation", lambda image: (180, 2.6))
    engine = MarkerEngine()
    page = ocr.read_image(marked_page(), engine, number=1)
    assert page.rotation == 0
    assert len(engine.sizes) == 2  # the weak reading made it look the other way up


def test_quality_warnings_reach_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_osd_rotation", lambda image: 0)
    tiny = marked_page().resize((100, 150))
    assert "too_small" in ocr.read_image(tiny, MarkerEngine(), number=1).quality


# --------------------------------------------------------------------------- real engines


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("turned", [0, 90, 180, 270])
def test_rapidocr_reads_a_letter_and_turns_it_upright(turned: int) -> None:
    image = letter_page().rotate(turned, expand=True)  # PIL turns counter-clockwise
    page = ocr.read_image(image, ocr.get_engine("rapidocr"), number=1)
    assert page.rotation == (turned) % 360  # clockwise turn that undoes it
    assert not page.vertical
    assert page.lines[0].text == "督促状"
    assert cer(page, LINES) < 0.03


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("turned", [0, 180])
def test_upright_vertical_page_stays_upright_and_reads_right_to_left(turned: int) -> None:
    page = ocr.read_image(letter_page(vertical=True).rotate(turned), ocr.get_engine("rapidocr"), number=1)
    assert page.rotation == turned
    assert page.vertical
    assert [ln.text for ln in page.lines[:3]] == LINES[:3]
    assert cer(page, LINES) < 0.06  # the vertical model drops some punctuation (、。)


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("vertical", [False, True])
def test_tesseract_reads_horizontal_and_vertical_pages(vertical: bool) -> None:
    image = letter_page(vertical=vertical)
    page = ocr.read_image(image, ocr.get_engine("tesseract"), number=1)
    assert page.engine == "tesseract"
    assert page.vertical == vertical
    assert page.rotation == 0
    assert cer(page, LINES) < 0.1
    assert (page.width, page.height) == image.size
    assert all(ln.bbox[2] <= image.width and ln.bbox[3] <= image.height for ln in page.lines)


@pytest.mark.slow
@pytest.mark.ocr
def test_sideways_exif_phone_photo_end_to_end() -> None:
    photo = photo_of(letter_page())
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned; the viewer turns it 90 degrees clockwise
    buffer = io.BytesIO()
    photo.rotate(90, expand=True).save(buffer, "JPEG", quality=85, exif=exif)
    document = ingest.load(buffer.getvalue(), "IMG_0042.jpg", LIMITS)
    (page,) = ocr.read(document, limits=LIMITS)
    assert page.rotation == 0  # EXIF already made it upright
    assert page.quality == ()
    assert cer(page, LINES) < 0.03


@pytest.mark.slow
@pytest.mark.ocr
def test_scanned_pdf_and_fax_are_read_end_to_end() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(letter_page()), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    document = ingest.load(buffer.getvalue(), "scan.pdf", LIMITS)
    assert document.kind == InputKind.pdf_scan
    (page,) = ocr.read(document, limits=LIMITS)
    assert page.source == "ocr" and cer(page, LINES) < 0.03

    rows = np.asarray(letter_page())[::2]  # 200x100 dpi fax, black and white
    fax = io.BytesIO()
    Image.fromarray(np.where(rows < 150, 0, 255).astype(np.uint8)).convert("1").save(
        fax, "TIFF", compression="group4", dpi=(200, 100)
    )
    (page,) = ocr.read(ingest.load(fax.getvalue(), "fax.tif", LIMITS), limits=LIMITS)
    assert cer(page, LINES) < 0.03


def test_a_confident_horizontal_reading_skips_the_orientation_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_osd(image: Image.Image) -> tuple[int, float]:
        raise AssertionError("the orientation check should not run")

    class ConfidentEngine(MarkerEngine):
        def recognize(
            self,
            image: Image.Image,
            *,
            page_number: int,
            vertical: bool | None = None,
            page_share: float = 1.0,
        ) -> OcrPage:
            self.sizes.append(image.size)
            line = OcrLine(text="督促状です" * 10, bbox=(0, 0, 10, 10), confidence=0.97)
            return OcrPage(number=page_number, width=image.width, height=image.height, lines=(line,))

    monkeypatch.setattr(tesseract, "osd_rotation", no_osd)
    monkeypatch.setattr(ocr.imaging, "writing_direction", lambda image: False)
    engine = ConfidentEngine()
    page = ocr.read_image(marked_page(), engine, number=1)
    assert page.rotation == 0 and len(engine.sizes) == 1


def _no_osd(image: Image.Image) -> tuple[int, float]:
    raise AssertionError("the orientation check (OSD) should not run")


class ColumnEngine(MarkerEngine):
    """Reads every page confidently as columns; says how upright its characters stand."""

    def __init__(self, upright: float | None) -> None:
        super().__init__()
        self.upright = upright

    def recognize(
        self, image: Image.Image, *, page_number: int, vertical: bool | None = None, page_share: float = 1.0
    ) -> OcrPage:
        self.sizes.append(image.size)
        column = OcrLine(text="督促状です" * 10, bbox=(0, 0, 10, 500), confidence=0.97, vertical=True)
        return OcrPage(
            number=page_number, width=image.width, height=image.height, lines=(column,), vertical=True
        )

    def upright_score(self, image: Image.Image, page: OcrPage) -> float | None:
        return self.upright


def test_upright_columns_are_taken_without_the_orientation_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract, "osd_rotation", _no_osd)
    engine = ColumnEngine(upright=0.8)
    page = ocr.read_image(marked_page(), engine, number=1)
    assert page.rotation == 0 and page.vertical and len(engine.sizes) == 1


def test_columns_of_sideways_characters_are_a_page_lying_on_its_side(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract, "osd_rotation", _no_osd)
    engine = ColumnEngine(upright=0.2)
    page = ocr.read_image(marked_page(), engine, number=1)
    assert page.rotation == 270  # top to the right: turned back a quarter, then read again
    assert engine.sizes == [(400, 600), (600, 400)]


def test_an_unsure_upright_score_falls_back_to_the_orientation_check(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def osd(image: Image.Image) -> tuple[int, float]:
        asked.append(True)
        return (0, 9.0)

    monkeypatch.setattr(tesseract, "osd_rotation", osd)
    assert ocr.read_image(marked_page(), ColumnEngine(upright=0.45), number=1).rotation == 0
    assert ocr.read_image(marked_page(), ColumnEngine(upright=None), number=1).rotation == 0
    assert len(asked) == 2


@pytest.mark.slow
@pytest.mark.ocr
def test_rapidocr_tells_vertical_writing_from_a_page_on_its_side_without_osd(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tesseract, "osd_rotation", _no_osd)
    engine = ocr.get_engine("rapidocr")
    vertical = ocr.read_image(letter_page(vertical=True), engine, number=1)
    assert vertical.rotation == 0 and vertical.vertical
    sideways = ocr.read_image(letter_page().rotate(-90, expand=True), engine, number=1)  # top to the right
    assert sideways.rotation == 270 and not sideways.vertical
    assert cer(sideways, LINES) < 0.03


def test_a_horizontal_stamp_on_a_vertical_page_is_read_after_the_columns() -> None:
    # The post office's 内容証明 stamp spans several columns; banded with them it shuffled their order.
    first = line("しかるに貴殿は", (336, 111, 358, 379), vertical=True)
    before = line("約を締結されました。", (355, 96, 377, 230), vertical=True)
    after = line("支払を最後に", (317, 96, 339, 372), vertical=True)
    stamp = line("書留内容証明郵便物として差し出したことを証明します。", (170, 490, 391, 499))
    number = line("号", (323, 476, 332, 484))
    ordered = ocr.reading_order([stamp, after, number, first, before], vertical=True)
    assert [ln.text for ln in ordered][:3] == ["約を締結されました。", "しかるに貴殿は", "支払を最後に"]


def _column_page(columns: list[str], font_path: str) -> Image.Image:
    """Columns of upright characters, right to left, as 縦書き codes are printed (hyphen = ︱)."""
    from PIL import ImageDraw, ImageFont

    page = Image.new("L", (600, 900), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(font_path, 30)
    for i, column in enumerate(columns):
        for j, char in enumerate(column):
            draw.text((450 - i * 70, 100 + j * 34), char, font=font, fill=0, anchor="mt")
    return page


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("font_path", [SERIF, SANS])
def test_hyphens_of_codes_down_a_column_are_read_as_hyphens(font_path: str) -> None:
    # the recognizer alone reads these as SK2603118 / 031123415678 / A1B1
    page = _column_page(["整理番号SK︱2603︱118", "電話03︱1234︱5678", "番号A1B︱1"], font_path)
    lines = [line.text for line in ocr.read_image(page, ocr.get_engine("rapidocr"), number=1).lines]
    assert lines == ["整理番号SK-2603-118", "電話03-1234-5678", "番号A1B-1"]


def _stroke_line(strokes: list[tuple[str, bool]]) -> tuple[list[OcrLine], np.ndarray]:
    """A column of 30-px cells: a bare bar, or a 1 with a flag and a foot, or a box for anything else."""
    gray = np.full((40 + 30 * len(strokes), 40), 255, dtype=np.uint8)
    words = []
    for index, (text, bare) in enumerate(strokes):
        y0 = 20 + 30 * index
        gray[y0 + 4 : y0 + 26, 19:21] = 0  # the upright stroke
        if not bare:
            gray[y0 + 4 : y0 + 7, 12:20] = 0  # the flag of a 1, or any other character's breadth
            gray[y0 + 23 : y0 + 26, 13:27] = 0
        words.append(OcrWord(text=text, bbox=(5, y0, 35, y0 + 30), confidence=0.9))
    text = "".join(word.text for word in words)
    return [
        OcrLine(
            text=text,
            bbox=(5, 20, 35, 20 + 30 * len(strokes)),
            confidence=0.9,
            words=tuple(words),
            vertical=True,
        )
    ], gray


def test_a_bare_stroke_between_letters_and_digits_is_a_hyphen() -> None:
    lines, gray = _stroke_line([("K", False), ("1", True), ("2", False), ("1", False), ("8", False)])
    assert rapid.mend_column_dashes(lines, gray)[0].text == "K-218"


def test_a_one_with_a_flag_or_at_the_end_of_a_code_stays_a_one() -> None:
    lines, gray = _stroke_line([("K", False), ("1", False), ("2", False), ("1", True)])
    assert rapid.mend_column_dashes(lines, gray)[0].text == "K121"
    across = [lines[0].model_copy(update={"vertical": False, "text": "K121"})]
    assert rapid.mend_column_dashes(across, gray) == across  # rows are left alone


def test_a_skipped_bar_between_two_digits_is_put_back() -> None:
    lines, gray = _stroke_line([("8", False), ("?", True), ("0", False)])
    words = (lines[0].words[0], lines[0].words[2])  # the recognizer skipped the middle cell
    skipped = lines[0].model_copy(update={"text": "80", "words": words})
    mended = rapid.mend_column_dashes([skipped], gray)[0]
    assert mended.text == "8-0"
    assert [word.text for word in mended.words] == ["8", "-", "0"]


def test_a_photos_tight_table_keeps_one_line_of_each_column_per_row() -> None:
    # Boxes taller than the row pitch, values a little lower than their labels (a photo at an angle).
    cells = [
        line("原債権者", (164, 1536, 278, 1589)), line("株式会社しおさいカード", (446, 1552, 736, 1609)),
        line("ご契約", (169, 1582, 258, 1628)), line("カードショッピング", (447, 1594, 1133, 1670)),
        line("最終ご入金日", (168, 1621, 329, 1673)), line("2025年3月27日", (449, 1636, 639, 1688)),
    ]
    page = OcrPage(number=1, width=2100, height=2800, lines=tuple(cells), source="ocr", engine="test")
    assert [[s.text for s in r.segments] for r in layout.rows([page])] == [
        ["原債権者", "株式会社しおさいカード"], ["ご契約", "カードショッピング"], ["最終ご入金日", "2025年3月27日"],
    ]
