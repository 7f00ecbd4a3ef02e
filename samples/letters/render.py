"""Turn page specs into a digital PDF (reportlab) and rasterise it (pdfium).

reportlab embeds only TrueType outlines, while the system's Noto CJK fonts are CFF
(PostScript) collections. We therefore subset each Noto face to the characters the sample
set uses and convert the subset to TrueType quadratic outlines with fontTools, once per run.
"""

from __future__ import annotations

import io
import math
import random
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
from reportlab.pdfgen import canvas

from .layout import FONT_FILES, PT_MM, Box, Line, PageSpec, Seal, Text, VText

MM = 72 / 25.4  # points per mm
_BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "０１２３４５６７８９，．／－（）％：円金年月日"
_registered: dict[str, str] = {}


def _cff_to_ttf(font: TTFont) -> None:
    """Replace the CFF table of `font` by glyf/loca (quadratic outlines), in place."""
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0


def register_fonts(chars: Iterable[str], workdir: Path | None = None) -> None:
    """Subset + convert the four Noto faces and register them with reportlab."""
    text = "".join(sorted(set("".join(chars)) | set(_BASE_CHARS)))
    workdir = workdir or Path(tempfile.mkdtemp(prefix="samplefonts-"))
    for key, path in FONT_FILES.items():
        font = TTFont(path, fontNumber=0, recalcTimestamp=False)
        opts = Options()
        opts.layout_features = []  # no GSUB/GPOS needed: reportlab places glyphs itself
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.glyph_names = True
        sub = Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        _cff_to_ttf(font)
        out = workdir / f"{key}.ttf"
        font.save(out)
        rl_name = "Noto" + key.title().replace("-", "")
        pdfmetrics.registerFont(RLTTFont(rl_name, str(out)))
        _registered[key] = rl_name


def collect_chars(pages: Iterable[PageSpec]) -> str:
    out = []
    for p in pages:
        for it in p.items:
            if isinstance(it, Text | VText):
                out.append(it.s)
    return "".join(out)


# ------------------------------------------------------------------------------ seals


_SEAL_FONT = FONT_FILES["serif-bold"]


def seal_image(seal: Seal, px_per_mm: float = 12.0) -> Image.Image:
    """An RGBA image of a red ink seal with uneven ink, slightly rotated."""
    rng = random.Random(seal.seed)
    n = int(seal.size * px_per_mm)
    pad = int(n * 0.08)
    size = n + 2 * pad
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    lw = max(2, int(n * 0.045))
    box = (pad, pad, pad + n, pad + n)
    text = seal.text
    if seal.kind == "square":
        d.rectangle(box, outline=255, width=lw)
        chars = list(text)
        ncol = 3 if len(chars) > 6 else 2
        nrow = math.ceil(len(chars) / ncol)
        cell_w = (n - 4 * lw) / ncol
        cell_h = (n - 4 * lw) / nrow
        fs = int(min(cell_w, cell_h) * 0.92)
        font = ImageFont.truetype(_SEAL_FONT, fs, index=0)
        for i, ch in enumerate(chars):
            col, row = divmod(i, nrow)
            cx = pad + n - 2 * lw - cell_w * (col + 0.5)
            cy = pad + 2 * lw + cell_h * (row + 0.5)
            d.text((cx, cy), ch, fill=255, font=font, anchor="mm")
    elif seal.kind in ("round", "oval"):
        ring, _, inner = text.partition("|")
        if seal.kind == "oval":
            d.ellipse((pad + n * 0.18, pad, pad + n * 0.82, pad + n), outline=255, width=lw)
        else:
            d.ellipse(box, outline=255, width=lw)
        c = size / 2
        if ring:
            d.ellipse((pad + n * 0.2, pad + n * 0.2, pad + n * 0.8, pad + n * 0.8), outline=255, width=max(1, lw // 2))
            fs = int(n * 0.13)
            font = ImageFont.truetype(_SEAL_FONT, fs, index=0)
            k = len(ring)
            span = min(300.0, 26.0 * k)
            for i, ch in enumerate(ring):
                a = math.radians(-90 - span / 2 + span * (i + 0.5) / k)
                r = n * 0.39
                glyph = Image.new("L", (fs * 2, fs * 2), 0)
                ImageDraw.Draw(glyph).text((fs, fs), ch, fill=255, font=font, anchor="mm")
                glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
                gx, gy = int(c + r * math.cos(a) - fs), int(c + r * math.sin(a) - fs)
                mask.paste(255, (gx, gy), glyph)
        if inner:
            cols = inner.split("/")
            fs = int(n * (0.16 if ring else 0.3) * (1.0 if max(len(x) for x in cols) <= 3 else 0.8))
            font = ImageFont.truetype(_SEAL_FONT, fs, index=0)
            ncol = len(cols)
            for j, colt in enumerate(cols):
                cx = c + (ncol - 1) * fs * 0.55 - j * fs * 1.1
                total = len(colt) * fs * 1.02
                for i, ch in enumerate(colt):
                    d.text((cx, c - total / 2 + fs * (i + 0.5) * 1.02), ch, fill=255, font=font, anchor="mm")
    elif seal.kind == "maru":
        d.ellipse(box, outline=255, width=lw)
        fs = int(n * (0.62 if len(text) == 1 else 0.36))
        font = ImageFont.truetype(_SEAL_FONT, fs, index=0)
        c = size / 2
        total = len(text) * fs
        for i, ch in enumerate(text):
            d.text((c, c - total / 2 + fs * (i + 0.5)), ch, fill=255, font=font, anchor="mm")
    else:
        raise ValueError(seal.kind)
    # uneven ink: blotchy noise, a lighter side where the stamp was pressed less
    np_rng = np.random.default_rng(seal.seed)
    noise = np_rng.random((size // 6 + 1, size // 6 + 1))
    noise_img = Image.fromarray((noise * 255).astype(np.uint8)).resize((size, size), Image.BICUBIC)
    grad = np.linspace(1.0, 0.55 + 0.3 * rng.random(), size)[None, :]
    if rng.random() < 0.5:
        grad = grad[:, ::-1]
    m = np.asarray(mask, dtype=np.float32) / 255.0
    ink = np.clip(m * (0.55 + 0.6 * np.asarray(noise_img, dtype=np.float32) / 255.0) * grad * 1.15, 0, 1)
    speck = np_rng.random((size, size)) < 0.04
    ink[speck] *= 0.3
    alpha = Image.fromarray((ink * 235).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    alpha = alpha.rotate(seal.angle, resample=Image.BICUBIC)
    rgba = Image.new("RGBA", (size, size), (205, 30, 45, 0))
    rgba.putalpha(alpha)
    return rgba


# ------------------------------------------------------------------------------ PDF


def _draw_vertical(c: canvas.Canvas, it: VText, page_h: float) -> None:
    em = it.size * PT_MM
    font = _registered[it.font]
    c.setFont(font, it.size)
    c.setFillColorRGB(*it.color)
    y = it.y
    for ch in it.s:
        cell_top = y
        cx = it.x
        if ch in "ー－―‐-～〜…‥「」『』（）()〔〕【】〈〉《》＝=":
            # rotate the horizontal glyph 90° clockwise about the cell centre: keeps the
            # real character in the text layer (a presentation form would NFKC to another char)
            cy = cell_top + em * 0.5
            c.saveState()
            c.translate(cx * MM, (page_h - cy) * MM)
            c.rotate(-90)
            c.drawCentredString(0, -em * 0.36 * MM, ch)
            c.restoreState()
        elif ch in "、。，．":
            c.drawString((cx + em * 0.08) * MM, (page_h - (cell_top + em * 0.32)) * MM, ch)
        elif ch in "ぁぃぅぇぉっゃゅょァィゥェォッャュョ":
            c.drawCentredString((cx + em * 0.1) * MM, (page_h - (cell_top + em * 0.78)) * MM, ch)
        else:
            c.drawCentredString(cx * MM, (page_h - (cell_top + em * 0.88)) * MM, ch)
        y += em * it.pitch


def write_pdf(pages: list[PageSpec], out: Path, title: str = "") -> None:
    """Write a digital PDF whose text is extractable (fonts embedded as TrueType subsets)."""
    c = canvas.Canvas(str(out), pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("debt-notice-parser synthetic sample")
    c.setCreator("samples/generate.py")
    for p in pages:
        c.setPageSize((p.w * MM, p.h * MM))
        seals = []
        for it in p.items:
            if isinstance(it, Box):
                if it.fill is not None:
                    c.setFillColorRGB(*it.fill)
                if it.color is not None:
                    c.setStrokeColorRGB(*it.color)
                    c.setLineWidth(it.width * MM)
                c.rect(it.x * MM, (p.h - it.y - it.h) * MM, it.w * MM, it.h * MM,
                       stroke=int(it.color is not None), fill=int(it.fill is not None))
        for it in p.items:
            if isinstance(it, Line):
                c.setStrokeColorRGB(*it.color)
                c.setLineWidth(it.width * MM)
                c.line(it.x1 * MM, (p.h - it.y1) * MM, it.x2 * MM, (p.h - it.y2) * MM)
            elif isinstance(it, Text):
                c.setFont(_registered[it.font], it.size)
                c.setFillColorRGB(*it.color)
                x, y = it.x * MM, (p.h - it.y) * MM
                if it.align == "l":
                    c.drawString(x, y, it.s)
                elif it.align == "c":
                    c.drawCentredString(x, y, it.s)
                else:
                    c.drawRightString(x, y, it.s)
            elif isinstance(it, VText):
                _draw_vertical(c, it, p.h)
            elif isinstance(it, Seal):
                seals.append(it)
        for s in seals:
            img = seal_image(s)
            side = s.size * img.size[0] / int(s.size * 12.0)
            buf = io.BytesIO()
            img.save(buf, format="PNG")
            buf.seek(0)
            c.saveState()
            c.setBlendMode("Multiply")  # ink over print: black text stays visible under the red
            c.drawImage(ImageReader(buf), (s.x - side / 2) * MM, (p.h - s.y - side / 2) * MM,
                        side * MM, side * MM, mask="auto")
            c.restoreState()
        c.showPage()
    c.save()


def rasterise(pdf: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in doc]
    finally:
        doc.close()
