"""Image preparation and the quality gate, on rendered letter pages and synthetic phone photos."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from parser import imaging

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
LINES = [
    "督促状",
    "令和7年11月24日",
    "山田太郎様",
    "株式会社サンプル債権回収",
    "法務大臣許可番号第123号",
    "下記の金額を期日までにお支払いください。",
    "請求金額 1,234,567円",
    "お支払期限 令和7年12月10日",
    "電話 03-1234-5678",
]


def letter_page(*, vertical: bool = False, size: tuple[int, int] = (1240, 1754), px: int = 30) -> Image.Image:
    """A white page of LINES, across (Sans) or in columns right to left (Serif, 縦書き)."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SERIF if vertical else SANS, px)
    for i, line in enumerate(LINES):
        if vertical:
            draw.text((size[0] - 150 - i * 2 * px, 120), line, font=font, fill=0, direction="ttb", anchor="mt")
        else:
            draw.text((120, 120 + i * 2 * px), line, font=font, fill=0)
    return page


def photo_of(page: Image.Image, *, shift: tuple[float, float] = (0.0, 0.0), seed: int = 1) -> Image.Image:
    """The page lying on a dark table, photographed at an angle under uneven light."""
    rng = np.random.default_rng(seed)
    frame_w, frame_h = 1800, 2400
    src = np.asarray(page.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    s = 0.8 * min(frame_w / w, frame_h / h)
    cx, cy = frame_w * (0.5 + shift[0]), frame_h * (0.5 + shift[1])
    corners = np.array([[cx - w * s / 2, cy - h * s / 2], [cx + w * s / 2, cy - h * s / 2],
                          [cx + w * s / 2, cy + h * s / 2], [cx - w * s / 2, cy + h * s / 2]], np.float32)
    corners += (rng.uniform(-0.04, 0.04, (4, 2)) * np.array([frame_w, frame_h], np.float32)).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), corners)
    sheet = cv2.warpPerspective(src, matrix, (frame_w, frame_h))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (frame_w, frame_h))[..., None]
    image = sheet * mask + np.array([70, 85, 105], np.float32) * (1 - mask)
    xx = np.linspace(0.55, 1.0, frame_w, dtype=np.float32)[None, :, None]
    image = cv2.GaussianBlur(image * xx, (0, 0), 1.0) + rng.normal(0, 4, image.shape)
    return Image.fromarray(np.clip(image, 0, 255).astype(np.uint8))


def test_clean_scan_passes_untouched_and_without_warnings() -> None:
    page = letter_page()
    prepared = imaging.prepare(page)
    assert prepared.quality == ()
    assert prepared.steps == ()
    assert prepared.image.size == page.size


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (lambda p: p.filter(ImageFilter.GaussianBlur(4)), "too_blurry"),
        (lambda p: ImageEnhance.Brightness(p).enhance(0.25), "too_dark"),
        (lambda p: p.resize((p.width // 3, p.height // 3)), "too_small"),
        (lambda p: photo_of(p, shift=(0.0, 0.35)), "page_cut_off"),
    ],
    ids=["blurred", "dark", "small", "cut_off"],
)
def test_quality_gate_flags_a_photo_to_retake(spoil: Callable[[Image.Image], Image.Image], code: str) -> None:
    prepared = imaging.prepare(spoil(letter_page()))
    assert code in prepared.quality


def test_photo_is_found_flattened_and_evenly_lit() -> None:
    photo = photo_of(letter_page())
    prepared = imaging.prepare(photo)
    assert prepared.quality == ()
    assert "flattened" in prepared.steps and "lighting" in prepared.steps
    # The flattened page keeps A4 proportions and the table is gone.
    ratio = prepared.image.height / prepared.image.width
    assert 1.3 < ratio < 1.5
    gray = np.asarray(prepared.image.convert("L"))
    assert np.percentile(gray[:, :40], 50) > 200 and np.percentile(gray[:, -40:], 50) > 200


def test_small_skew_is_measured_and_straightened() -> None:
    page = letter_page()
    skewed = page.rotate(3, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert imaging.skew_angle(np.asarray(skewed)) == pytest.approx(-3.0, abs=0.5)
    assert imaging.skew_angle(np.asarray(page)) == 0.0
    prepared = imaging.prepare(skewed)
    assert any(step.startswith("deskewed") for step in prepared.steps)
    assert abs(imaging.skew_angle(np.asarray(prepared.image.convert("L")))) <= 0.5


def test_vertical_page_skew_is_measured_on_columns() -> None:
    skewed = letter_page(vertical=True).rotate(-2, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert imaging.skew_angle(np.asarray(skewed)) == pytest.approx(2.0, abs=0.5)


def test_oversized_photo_is_scaled_down_for_the_engines() -> None:
    big = letter_page().resize((3300, 4680))
    prepared = imaging.prepare(big)
    assert max(prepared.image.size) == imaging.MAX_SIDE


def test_lighting_is_evened_only_when_uneven() -> None:
    page = np.asarray(letter_page(), dtype=np.float32)
    shade = np.linspace(0.5, 1.0, page.shape[1], dtype=np.float32)[None, :]
    shaded = Image.fromarray((page * shade).astype(np.uint8))
    prepared = imaging.prepare(shaded)
    assert "lighting" in prepared.steps
    paper = np.asarray(prepared.image.convert("L"))
    assert np.percentile(paper[:, :100], 75) > 230  # the dim side is white paper again
    assert "lighting" not in imaging.prepare(letter_page()).steps


def test_blank_page_is_not_called_blurry() -> None:
    assert imaging.prepare(Image.new("L", (1240, 1754), 250)).quality == ()


def test_rotate_turns_clockwise_by_quarters() -> None:
    image = Image.new("L", (40, 20), 255)
    image.putpixel((0, 0), 0)  # top-left
    turned = imaging.rotate(image, 90)
    assert turned.size == (20, 40)
    assert turned.getpixel((19, 0)) == 0  # clockwise: top-left goes to top-right
    assert imaging.rotate(image, 360) is image
    assert imaging.rotate(image, 270).getpixel((0, 39)) == 0


@pytest.mark.parametrize("photographed", [False, True])
def test_writing_direction_tells_columns_from_rows(photographed: bool) -> None:
    def shot(page: Image.Image) -> Image.Image:
        return imaging.prepare(photo_of(page)).image if photographed else page

    assert imaging.writing_direction(shot(letter_page())) is False
    assert imaging.writing_direction(shot(letter_page(vertical=True))) is True
    assert imaging.writing_direction(Image.new("L", (800, 1000), 255)) is None


def test_a_page_cut_from_a_photo_reports_its_share_of_the_frame() -> None:
    paper = Image.new("RGB", (800, 1100), "white")
    ImageDraw.Draw(paper).text((100, 100), "TEXT " * 10, fill="black")
    photo = Image.new("RGB", (1200, 1600), (60, 50, 40))
    photo.paste(paper, (200, 250))
    prepared = imaging.prepare(photo)
    assert "flattened" in prepared.steps
    assert 0.6 < prepared.page_share < 0.75  # 1100 of 1600 pixels
    assert imaging.prepare(paper).page_share == 1.0  # a scan is not cut down


def test_a_seal_is_painted_out_but_red_print_is_kept() -> None:
    page = Image.new("RGB", (1654, 800), "white")
    draw = ImageDraw.Draw(page)
    red = (200, 30, 30)
    draw.ellipse((1300, 100, 1460, 260), outline=red, width=6)  # a 丸印 over the sender's name …
    draw.rectangle((1350, 150, 1380, 180), fill=red)  # … with a character stamped inside it
    draw.rectangle((1400, 170, 1420, 220), fill=red)
    for x in range(200, 900, 70):  # 「¥386,400-」 printed in red: a row of character-sized marks
        draw.rectangle((x, 500, x + 40, 550), fill=red)
    rgb = np.asarray(page)
    out, changed = imaging.drop_red_ink(rgb)
    assert changed
    assert (out[100:261, 1300:1461] == 255).all()  # the seal and what is inside it are gone
    assert (out[500:551, 200:240] == rgb[500:551, 200:240]).all()  # the red amount is still there


def _table_with(*sheets: tuple[int, int, int, int]) -> Image.Image:
    """A dark table with white sheets at the given (x, y, width, height), each with a few lines of text."""
    photo = Image.new("RGB", (2400, 1700), (80, 60, 45))
    draw = ImageDraw.Draw(photo)
    for x, y, w, h in sheets:
        draw.rectangle((x, y, x + w, y + h), fill=(235, 232, 225))
        for i in range(8):
            draw.text((x + 60, y + 80 + 60 * i), "請求金額 1,234,567円" * 2, fill="black")
    return photo


def test_two_sheets_side_by_side_are_cut_into_two_pages_left_first() -> None:
    photo = _table_with((100, 150, 1000, 1400), (1180, 160, 1000, 1400))
    left, right = imaging.sheets(photo)
    # Cut in the middle of the gap (x 1100-1180), to within the detection's working scale.
    assert left.height == right.height == 1700 and left.width == pytest.approx(1140, abs=6)
    assert left.width + right.width == 2400
    # Each part holds one whole sheet, which `prepare` then finds and flattens on its own.
    assert all("flattened" in imaging.prepare(part).steps for part in (left, right))


def test_two_sheets_one_above_the_other_are_cut_top_first() -> None:
    photo = _table_with((300, 40, 1100, 780), (300, 870, 1100, 780))
    top, bottom = imaging.sheets(photo)
    assert top.width == bottom.width == 2400 and top.height == pytest.approx(845, abs=6)
    assert top.height + bottom.height == 1700


@pytest.mark.parametrize(
    "sheets",
    [
        [(700, 150, 1000, 1400)],  # one sheet
        [(100, 150, 500, 1400), (640, 150, 500, 1400)],  # one sheet cut in two by a shadow: halves are not pages
        [(100, 150, 1000, 1400), (1300, 150, 420, 600)],  # a sheet and a small slip beside it
    ],
    ids=["one", "shadow", "slip"],
)
def test_anything_but_two_sheets_stays_one_image(sheets: list[tuple[int, int, int, int]]) -> None:
    photo = _table_with(*sheets)
    assert imaging.sheets(photo) == [photo]


def test_a_sheet_whose_foot_is_in_shadow_is_found_whole() -> None:
    # A fold or a rule across the page, and the light fading below it: brightness alone finds only the
    # upper part of the sheet, and the sender block at its foot would be cut off.
    photo = Image.new("RGB", (1800, 2400), (105, 100, 95))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((300, 250, 1500, 1950), fill=(235, 235, 230))
    draw.rectangle((300, 1500, 1500, 1950), fill=(160, 160, 155))  # the foot, in shadow
    draw.rectangle((300, 1494, 1500, 1506), fill=(90, 20, 30))  # a rule across the sheet
    prepared = imaging.prepare(photo)
    assert "flattened" in prepared.steps
    ratio = prepared.image.height / prepared.image.width
    assert ratio == pytest.approx(1700 / 1200, rel=0.05)  # the whole sheet, not the 1250-pixel top of it
