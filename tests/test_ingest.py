"""Ingest: every input format, EXIF, fax TIFFs, PDFs with and without a text layer, limits, bad files."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import numpy as np
import pillow_heif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.pdfgen.canvas import Canvas

from parser import ingest
from parser.errors import InputError, LimitExceeded, ParserError, UnsupportedInput
from parser.models import InputKind, Limits

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LIMITS = Limits()
LETTER = ["督促状", "山田太郎様", "請求金額 1,234,567円", "お支払期限 令和7年12月10日", "株式会社サンプル債権回収"]

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3", isVertical=True))  # vertical writing mode


def marked_image(size: tuple[int, int] = (300, 200), mode: str = "RGB") -> Image.Image:
    """White page with a black block in the top-left corner, so orientation can be checked."""
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 4, size[1] // 4), fill="black")
    return image.convert(mode)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def text_pdf(pages: list[list[str]], *, vertical: bool = False, **canvas_options: object) -> bytes:
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, **canvas_options)
    for lines in pages:
        if vertical:
            pdf.setFont("HeiseiMin-W3", 12)
            for i, line in enumerate(lines):
                pdf.drawString(520 - 24 * i, 780, line)
        else:
            pdf.setFont("HeiseiKakuGo-W5", 12)
            for i, line in enumerate(lines):
                pdf.drawString(72, 780 - 24 * i, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scan_pdf(count: int = 1) -> bytes:
    """A PDF of page photos with no text layer, the way a copier writes one."""
    page = Image.new("L", (827, 1169), 255)
    ImageDraw.Draw(page).text((80, 80), "督促状 請求金額", font=ImageFont.truetype(FONT, 30), fill=0)
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4)
    for _ in range(count):
        pdf.drawImage(ImageReader(page), 0, 0, *A4)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes]) -> bytes:
    """A hand-written PDF (for what reportlab will not write), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def cid_garbage_pdf() -> bytes:
    """Japanese text in an Identity-H font without a ToUnicode map: pdfminer sees (cid:N)."""
    glyphs = b"".join(b"%04X" % (100 + i) for i in range(40))
    content = b"BT /F1 12 Tf 72 700 Td <" + glyphs + b"> Tj ET"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%b\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type0 /BaseFont /MSGothic /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSGothic"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
            b"<< /Type /FontDescriptor /FontName /MSGothic /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
            b" /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
        ]
    )


def corner_is_dark(image: Image.Image) -> bool:
    gray = np.asarray(image.convert("L"))
    h, w = gray.shape
    return gray[: h // 10, : w // 10].mean() < 60


# --------------------------------------------------------------------------- image formats


@pytest.mark.parametrize(
    ("fmt", "options"),
    [
        ("JPEG", {"quality": 95}),
        ("PNG", {}),
        ("TIFF", {"compression": "tiff_lzw"}),
        ("WEBP", {"lossless": True}),
        ("BMP", {}),
        ("GIF", {}),
        ("HEIF", {"quality": 95}),
    ],
)
def test_image_formats_are_sniffed_and_decoded(fmt: str, options: dict[str, object]) -> None:
    data = encode(marked_image(), fmt, **options)
    # The name lies on purpose: the bytes decide.
    document = ingest.load(data, "letter.pdf", LIMITS)
    assert document.kind == InputKind.image
    assert len(document.pages) == 1
    page = document.pages[0]
    assert page.text_page is None
    assert page.image.mode in ("RGB", "L")
    assert page.image.size == (300, 200)
    assert corner_is_dark(page.image)
    assert len(document.sha256) == 64


def test_heic_from_a_phone_is_read() -> None:
    heif = pillow_heif.from_pillow(marked_image((640, 480)))
    buffer = io.BytesIO()
    heif.save(buffer, quality=90)
    assert ingest.sniff(buffer.getvalue()) == "HEIF"
    page = ingest.load(buffer.getvalue(), "IMG_0001.HEIC", LIMITS).pages[0]
    assert page.image.size == (640, 480)
    assert corner_is_dark(page.image)


@pytest.mark.parametrize(("orientation", "size"), [(3, (300, 200)), (6, (200, 300)), (8, (200, 300))])
def test_exif_orientation_is_applied(orientation: int, size: tuple[int, int]) -> None:
    upright = marked_image()
    # Store the pixels the way a camera would, with the tag that undoes it.
    stored = {3: upright.rotate(180), 6: upright.rotate(90, expand=True), 8: upright.rotate(-90, expand=True)}
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encode(stored[orientation], "JPEG", quality=95, exif=exif)
    page = ingest.load(data, "photo.jpg", LIMITS).pages[0]
    assert page.image.size == (300, 200)
    assert corner_is_dark(page.image)
    assert size  # the stored size differs from the upright one for quarter turns


def test_a_photo_of_two_sheets_side_by_side_becomes_two_pages() -> None:
    photo = Image.new("RGB", (2400, 1700), (80, 60, 45))
    draw = ImageDraw.Draw(photo)
    for x in (100, 1220):
        draw.rectangle((x, 150, x + 1000, 1550), fill=(235, 232, 225))
    document = ingest.load(encode(photo, "JPEG", quality=90), "two_sheets.jpg", LIMITS)
    assert [page.number for page in document.pages] == [1, 2]
    assert sum(page.image.width for page in document.pages) == 2400
    assert all(page.image.height == 1700 for page in document.pages)


def test_fax_tiff_with_200x100_dpi_pages_is_resampled_to_square_pixels() -> None:
    # A 200x100 dpi fax stores a 1-inch square as 200 by 100 pixels.
    frames = []
    for k in range(2):
        frame = Image.new("1", (400, 150), 1)
        ImageDraw.Draw(frame).rectangle((50 + k * 100, 20, 249 + k * 100, 119), fill=0)
        frames.append(frame)
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", compression="group4", dpi=(200, 100), save_all=True, append_images=frames[1:])
    document = ingest.load(buffer.getvalue(), "fax.tif", LIMITS)
    assert [p.number for p in document.pages] == [1, 2]
    for k, page in enumerate(document.pages):
        assert page.image.size == (400, 300)
        assert page.image.mode == "L"
        assert page.dpi == 200
        ink = np.argwhere(np.asarray(page.image) < 128)
        height, width = ink.max(axis=0) - ink.min(axis=0) + 1
        assert abs(int(height) - int(width)) <= 4  # the square is square again
        assert abs(int(ink[:, 1].min()) - (50 + k * 100)) <= 2


def test_colour_modes_become_rgb_or_l() -> None:
    cmyk = ingest.load(encode(marked_image(mode="CMYK"), "JPEG"), "c.jpg", LIMITS).pages[0].image
    assert cmyk.mode == "RGB"
    assert corner_is_dark(cmyk)

    grey16 = Image.fromarray(np.full((50, 60), 32768, dtype=np.uint16))
    assert grey16.mode.startswith("I;16")
    sixteen = ingest.load(encode(grey16, "PNG"), "g.png", LIMITS).pages[0].image
    assert sixteen.mode == "L"
    assert 120 <= np.asarray(sixteen).mean() <= 135  # scaled, not clipped to white

    palette = Image.new("P", (40, 40), 0)
    palette.putpalette([0, 0, 0] * 256)
    data = encode(palette, "PNG", transparency=0)  # fully transparent: should be white paper
    flat = ingest.load(data, "p.png", LIMITS).pages[0].image
    assert flat.mode == "RGB"
    assert np.asarray(flat).min() == 255

    grey_alpha = Image.new("LA", (30, 30), (0, 255))
    assert ingest.load(encode(grey_alpha, "PNG"), "la.png", LIMITS).pages[0].image.mode == "L"


# --------------------------------------------------------------------------- PDFs


def test_digital_pdf_is_read_from_its_text_layer_without_ocr() -> None:
    document = ingest.load(text_pdf([LETTER]), "letter.pdf", LIMITS)
    assert document.kind == InputKind.pdf_text
    page = document.pages[0]
    assert page.image is None
    text_page = page.text_page
    assert text_page is not None
    assert text_page.source == "text_layer"
    assert not text_page.vertical
    assert [line.text for line in text_page.lines] == LETTER
    assert all(line.confidence == 1.0 for line in text_page.lines)
    # Boxes are PDF points with the origin at the top left.
    first = text_page.lines[0].bbox
    assert 70 <= first[0] <= 74 and first[2] < 595
    assert first[1] < text_page.lines[1].bbox[1] < text_page.height
    amount = text_page.lines[2]
    assert [w.text for w in amount.words] == ["請求金額", "1,234,567円"]


def test_vertical_pdf_columns_run_right_to_left() -> None:
    document = ingest.load(text_pdf([LETTER], vertical=True), "tate.pdf", LIMITS)
    text_page = document.pages[0].text_page
    assert text_page is not None
    assert text_page.vertical
    assert [line.text for line in text_page.lines] == LETTER
    assert all(line.vertical for line in text_page.lines)
    xs = [line.bbox[0] for line in text_page.lines]
    assert xs == sorted(xs, reverse=True)


def test_scanned_pdf_is_rasterised_at_the_requested_dpi() -> None:
    document = ingest.load(scan_pdf(), "scan.pdf", LIMITS, dpi=150)
    assert document.kind == InputKind.pdf_scan
    page = document.pages[0]
    assert page.text_page is None
    width, height = page.image.size
    assert abs(width - 595.2756 * 150 / 72) <= 1 and abs(height - 841.8898 * 150 / 72) <= 1
    assert page.dpi == 150


def test_two_page_pdf_and_mixed_pdf() -> None:
    document = ingest.load(text_pdf([LETTER, LETTER[::-1]]), "two.pdf", LIMITS)
    assert document.kind == InputKind.pdf_text
    assert [p.number for p in document.pages] == [1, 2]
    assert document.pages[1].text_page is not None
    assert document.pages[1].text_page.lines[0].text == LETTER[-1]

    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4)
    pdf.setFont("HeiseiKakuGo-W5", 12)
    for i, line in enumerate(LETTER * 2):
        pdf.drawString(72, 780 - 24 * i, line)
    pdf.showPage()
    pdf.drawImage(ImageReader(marked_image((827, 1169))), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    mixed = ingest.load(buffer.getvalue(), "mixed.pdf", LIMITS)
    assert mixed.kind == InputKind.pdf_mixed
    assert mixed.pages[0].text_page is not None and mixed.pages[1].image is not None


def test_cid_garbage_text_layer_goes_to_ocr() -> None:
    document = ingest.load(cid_garbage_pdf(), "cid.pdf", LIMITS)
    assert document.kind == InputKind.pdf_scan
    assert document.pages[0].image is not None


def test_pdf_with_only_an_owner_password_is_read() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = text_pdf([LETTER], encrypt=StandardEncryption("", ownerPassword="owner"))
    document = ingest.load(data, "locked.pdf", LIMITS)
    # pdfminer decodes reportlab's encrypted CID strings as (cid:N), so this page goes to OCR.
    assert document.kind in (InputKind.pdf_text, InputKind.pdf_scan)
    assert len(document.pages) == 1


# --------------------------------------------------------------------------- bad input and limits


def test_encrypted_pdf_asks_for_the_password_to_be_removed() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = text_pdf([LETTER], encrypt=StandardEncryption("user", ownerPassword="owner"))
    with pytest.raises(InputError, match="encrypted PDF: remove the password"):
        ingest.load(data, "secret.pdf", LIMITS)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", InputError, "empty file"),
        (encode(marked_image(), "PNG")[:120], InputError, "damaged or truncated PNG"),
        (encode(marked_image(), "JPEG")[:300], InputError, "damaged or truncated JPEG"),
        (bytes(np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8)), UnsupportedInput, "unsupported"),
        (b"<!DOCTYPE html><html><body>letter</body></html>", UnsupportedInput, "web page"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', UnsupportedInput, "SVG"),
        (b"PK\x03\x04" + b"\x00" * 100, UnsupportedInput, "ZIP"),
        (text_pdf([LETTER])[:400], InputError, "damaged PDF"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, InputError, "damaged PDF"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20, InputError, "WEBP"),
    ],
)
def test_bad_inputs_give_typed_errors(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as caught:
        ingest.load(data, "letter.jpg", LIMITS)
    assert "\n" not in str(caught.value)


def test_byte_limit() -> None:
    with pytest.raises(LimitExceeded, match="file too large"):
        ingest.load(b"\xff\xd8\xff" + b"\x00" * 2000, "big.jpg", Limits(max_bytes=1000))


def test_load_path_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:
        handle.truncate(5 * 1024**3)  # sparse: 5 GB on paper, nothing on disk
    with pytest.raises(LimitExceeded):
        ingest.load_path(huge, LIMITS)
    small = tmp_path / "ok.png"
    small.write_bytes(encode(marked_image(), "PNG"))
    assert ingest.load_path(small, LIMITS).name == "ok.png"
    with pytest.raises(InputError, match="cannot read"):
        ingest.load_path(tmp_path / "missing.png", LIMITS)


def test_page_limits() -> None:
    frames = [marked_image((50, 50))] * 3
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(LimitExceeded, match="too many pages"):
        ingest.load(buffer.getvalue(), "three.tif", Limits(max_pages=2))
    with pytest.raises(LimitExceeded, match="too many pages"):
        ingest.load(text_pdf([LETTER, LETTER]), "two.pdf", Limits(max_pages=1))


def test_pixel_limit_is_checked_before_decoding() -> None:
    # A decompression bomb in miniature: 20 000 x 20 000 pixels in a few kilobytes.
    bomb = encode(Image.new("1", (20_000, 20_000), 1), "PNG", optimize=True)
    assert len(bomb) < 200_000
    with pytest.raises(LimitExceeded, match="image too large"):
        ingest.load(bomb, "bomb.png", LIMITS)


def test_gigantic_pdf_page_is_refused() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(14_000, 14_000))
    pdf.drawString(100, 100, "x")
    pdf.showPage()
    pdf.save()
    with pytest.raises(LimitExceeded, match="page 1 is too large"):
        ingest.load(buffer.getvalue(), "poster.pdf", LIMITS)


SEEDS = [encode(marked_image((60, 40)), "PNG"), encode(marked_image((60, 40)), "JPEG"), text_pdf([LETTER[:2]])]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=8))
def test_damaged_files_never_raise_anything_but_typed_errors(seed: bytes, cuts: list[tuple[int, int]]) -> None:
    data = bytearray(seed)
    for position, value in cuts:
        data[position % len(data)] = value
    with contextlib.suppress(ParserError):  # anything else fails the test
        ingest.load(bytes(data), "fuzz", LIMITS)


def test_a_vertical_letter_on_a_manuscript_grid_reads_as_columns() -> None:
    """A 内容証明 on its 20字×26行 grid: one character per cell, 2.5 em apart down the column."""
    columns = ["期限の利益喪失通知書", "貴殿は当金庫との間の", "令和八年一月三十日限り"]
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4)
    pdf.setFont("HeiseiMin-W3", 12)
    for i, column in enumerate(columns):
        for j, char in enumerate(column):
            pdf.drawString(520 - 39 * i, 780 - 30.04 * j, char)
    pdf.showPage()
    pdf.save()
    text_page = ingest.load(buffer.getvalue(), "grid.pdf", LIMITS).pages[0].text_page
    assert text_page is not None
    assert text_page.vertical
    assert [line.text.replace(" ", "") for line in text_page.lines] == columns  # the cells space the characters out


def test_a_watermark_over_a_digital_pdf_is_not_read_into_its_lines() -> None:
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4)
    pdf.setFont("HeiseiKakuGo-W5", 12)
    for i, line in enumerate(LETTER):
        pdf.drawString(72, 780 - 24 * i, line)
    pdf.setFont("HeiseiKakuGo-W5", 120)
    pdf.setFillGray(0.85)
    pdf.drawString(150, 640, "複製")  # across the lines of the letter
    pdf.showPage()
    pdf.save()
    document = ingest.load(buffer.getvalue(), "copy.pdf", LIMITS)
    text_page = document.pages[0].text_page
    assert text_page is not None
    assert [line.text for line in text_page.lines] == LETTER
