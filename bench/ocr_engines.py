"""Compare the OCR engines on rendered letter pages: character error rate and seconds per page.

    .venv/bin/python bench/ocr_engines.py                   # both engines, every page kind
    .venv/bin/python bench/ocr_engines.py --engines rapidocr --kinds photo,fax
    .venv/bin/python bench/ocr_engines.py --ablate          # also: photo pages without each imaging step

Each page is rendered from the same letter text, saved in the format such a page arrives in
(PNG scan, JPEG phone photo, 200x100 dpi G4 fax TIFF), read through `parser.ingest.load` and
`parser.ocr.read` exactly as the pipeline does, and compared with the text it was drawn from.
CER = Levenshtein distance / reference length, after NFKC and with all whitespace removed, so
a wrong reading order counts as errors too. Times include decoding, preparation and
orientation detection; the first page of each engine (model loading) is not timed. On a
shared machine wall time swings with the load, so CPU time (this process plus the tesseract
processes it ran) is printed too.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import resource
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parser import imaging, ingest, ocr  # noqa: E402
from parser.models import Limits  # noqa: E402

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DPI = 200
LETTER = [
    "令和7年11月24日",
    "山田 太郎 様",
    "株式会社サンプル債権回収",
    "法務大臣許可番号 第123号",
    "東京都千代田区丸の内一丁目2番3号",
    "電話 03-1234-5678",
    "督促状",
    "拝啓 時下ますますご清祥のこととお慶び申し上げます。",
    "さて、当社は株式会社みどり銀行から貴殿に対する債権を譲り受けました。",
    "つきましては、下記の金額を期日までにお支払いください。",
    "記",
    "請求金額 1,234,567円",
    "元金 1,000,000円",
    "利息 180,000円",
    "遅延損害金 54,567円",
    "遅延損害金の利率 年14.6%",
    "お支払期限 令和7年12月10日",
    "管理番号 AB-2025-00917",
    "期日までにお支払いがない場合は、法的手続きを検討いたします。",
    "敬具",
]


# --------------------------------------------------------------------------- page makers


def render(*, vertical: bool = False, dpi: int = DPI, point: float = 10.5) -> Image.Image:
    """An A4 page of LETTER in a 10.5 pt Noto font: Sans across, Serif down (as 縦書き letters are)."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    size = round(point / 72 * dpi)
    font = ImageFont.truetype(SERIF if vertical else SANS, size)
    step = round(size * 1.9)
    for i, line in enumerate(LETTER):
        if vertical:
            draw.text((width - round(0.9 * dpi) - i * step, round(0.8 * dpi)), line, font=font, fill=0,
                      direction="ttb", anchor="mt")
        else:
            draw.text((round(0.9 * dpi), round(0.8 * dpi) + i * step), line, font=font, fill=0)
    return page


def photograph(page: Image.Image, *, seed: int = 1, blur: float = 1.3, light: float = 0.55) -> Image.Image:
    """The page on a table, shot from a slight angle: perspective, uneven light, blur, noise, JPEG."""
    rng = np.random.default_rng(seed)
    frame_w, frame_h = 2400, 3200
    table = np.full((frame_h, frame_w, 3), (70, 85, 105), np.float32) + rng.normal(0, 8, (frame_h, frame_w, 3))
    src = np.asarray(page.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    s = min(frame_w / w, frame_h / h) * 0.8
    cx, cy = frame_w / 2, frame_h / 2
    corners = np.array([[cx - w * s / 2, cy - h * s / 2], [cx + w * s / 2, cy - h * s / 2],
                          [cx + w * s / 2, cy + h * s / 2], [cx - w * s / 2, cy + h * s / 2]], np.float32)
    corners += (rng.uniform(-0.04, 0.04, (4, 2)) * np.array([frame_w, frame_h], np.float32)).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), corners)
    sheet = cv2.warpPerspective(src, matrix, (frame_w, frame_h))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (frame_w, frame_h))[..., None]
    image = sheet * mask + table * (1 - mask)
    yy, xx = np.mgrid[0:frame_h, 0:frame_w].astype(np.float32)
    shade = light + (1 - light) * (xx / frame_w * 0.6 + (1 - yy / frame_h) * 0.4)
    image = image * shade[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    image = cv2.GaussianBlur(image, (0, 0), blur) + rng.normal(0, 5, image.shape)
    return Image.fromarray(np.clip(image, 0, 255).astype(np.uint8))


def fax_tiff(page: Image.Image, *, seed: int = 2) -> bytes:
    """A G4 fax: 200x100 dpi (every other row), black and white, with speckles."""
    rng = np.random.default_rng(seed)
    rows = np.asarray(page.convert("L"))[::2]
    bilevel = np.where(rows < 150, 0, 255).astype(np.uint8)
    bilevel[rng.random(bilevel.shape) < 0.002] = 0
    buffer = io.BytesIO()
    Image.fromarray(bilevel).convert("1").save(buffer, "TIFF", compression="group4", dpi=(200, 100))
    return buffer.getvalue()


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def pages() -> dict[str, Callable[[], bytes]]:
    """Page kinds, each a function returning the file bytes as they would arrive."""
    return {
        "clean": lambda: encoded(render(), "PNG"),
        "photo": lambda: encoded(photograph(render()), "JPEG", quality=80),
        "photo_dim_blurry": lambda: encoded(photograph(render(), seed=3, blur=2.2, light=0.35), "JPEG", quality=70),
        "fax": lambda: fax_tiff(render()),
        "vertical": lambda: encoded(render(vertical=True), "PNG"),
        "vertical_photo": lambda: encoded(photograph(render(vertical=True), seed=4), "JPEG", quality=80),
        "sideways_photo": lambda: encoded(photograph(render(), seed=5).rotate(90, expand=True), "JPEG", quality=80),
    }


# --------------------------------------------------------------------------- measuring


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


REFERENCE = squash("".join(LETTER))


def cer(text: str) -> float:
    return Levenshtein.distance(REFERENCE, squash(text)) / len(REFERENCE)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the tesseract binary)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(engine: str, data: bytes) -> tuple[float, float, float, str]:
    """CER, wall seconds per page, CPU seconds per page, and what the reader decided."""
    limits = Limits()
    wall, cpu = time.perf_counter(), cpu_seconds()
    document = ingest.load(data, "bench", limits)
    read = ocr.read(document, engine=engine, limits=limits)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    page = read[0]
    notes = f"rot={page.rotation} vert={int(page.vertical)} q={','.join(page.quality) or '-'}"
    return cer("".join(line.text for p in read for line in p.lines)), wall / len(read), cpu / len(read), notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default=",".join(ocr.ENGINES))
    parser.add_argument("--kinds", default=",".join(pages()))
    parser.add_argument("--ablate", action="store_true", help="photo pages with each imaging step switched off")
    args = parser.parse_args()
    kinds = {name: make() for name, make in pages().items() if name in args.kinds.split(",")}
    engines = args.engines.split(",")
    for engine in engines:  # load models before timing anything
        ocr.read(ingest.load(encoded(render(), "PNG"), "warm", Limits()), engine=engine, limits=Limits())

    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    header = "".join(f"{e + ' CER':>16s}{'s/page':>8s}{'cpu s':>7s}" for e in engines)
    print(f"{'page':18s}{header}   notes (last engine)")
    for name, data in kinds.items():
        cells, notes = [], ""
        for engine in engines:
            error, wall, cpu, notes = measure(engine, data)
            cells.append(f"{error:16.3f}{wall:8.1f}{cpu:7.1f}")
        print(f"{name:18s}" + "".join(cells) + f"   {notes}", flush=True)

    if args.ablate:
        original = imaging.prepare
        for step in ("flatten", "deskew", "lighting"):
            imaging.prepare = functools.partial(original, **{step: False})  # type: ignore[arg-type]
            for name in ("photo", "photo_dim_blurry", "vertical_photo"):
                data = kinds.get(name) or pages()[name]()
                cells = [f"{measure(engine, data)[0]:16.3f}{'':15s}" for engine in engines]
                print(f"{name + ' -' + step:18s}" + "".join(cells))
        imaging.prepare = original


if __name__ == "__main__":
    main()
