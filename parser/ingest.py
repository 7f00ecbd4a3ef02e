"""Ingest: bytes in, a `Document` of pages out.

The file type is sniffed from the first bytes, never from the name: people rename files, and
phones save HEIC photos as ``.jpg``. Images are decoded here (every frame of a TIFF fax, the
first frame of anything else), turned upright per EXIF, resampled to square pixels and
converted to RGB or L; a photo of two sheets laid side by side becomes two pages. PDFs go to `parser.pdf`, which keeps a usable text layer and
rasterises the rest. Everything that can go wrong with untrusted bytes ends as an
`InputError` (or one of its subclasses) with a one-line message a person can act on.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from pathlib import Path

import numpy as np
import pillow_heif
from PIL import Image, ImageOps, ImageSequence

from parser import imaging, pdf
from parser.errors import InputError, LimitExceeded, ParserError, UnsupportedInput
from parser.models import Document, InputKind, Limits, PageInput

log = logging.getLogger(__name__)

pillow_heif.register_heif_opener()

DEFAULT_DPI = 200.0  # what an image without resolution tags is assumed to have
_ORIENTATION = 0x0112

_IMAGE_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"II+\x00", 0, "TIFF"),  # BigTIFF
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"BM", 0, "BMP"),
)
_PIL_FORMATS = {"HEIF": ["HEIF", "AVIF"]}  # pillow-heif reads HEIC; Pillow itself reads AVIF
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}

# Types people send by mistake, named so the message says what the file really is.
_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive or Office document (Word/Excel)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
)


def load_path(path: Path, limits: Limits, *, dpi: int = 200) -> Document:
    """Read a file from disk, refusing one over the byte limit before reading it whole."""
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise _too_big(size, limits)
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc} / ファイルを開けません") from exc
    return load(data, path.name, limits, dpi=dpi)


def load(data: bytes, name: str, limits: Limits, *, dpi: int = 200) -> Document:
    """Sniff, check limits and decode `data` into pages. `dpi` is used to rasterise PDF pages."""
    if not data:
        raise InputError("empty file: nothing to read / ファイルが空です")
    if len(data) > limits.max_bytes:
        raise _too_big(len(data), limits)
    kind = sniff(data)
    sha256 = hashlib.sha256(data).hexdigest()
    if kind == "PDF":
        doc_kind, pages = pdf.read_pdf(data, limits, dpi=dpi)
        return Document(name=name, kind=doc_kind, sha256=sha256, pages=pages)
    return Document(name=name, kind=InputKind.image, sha256=sha256, pages=_read_image(data, kind, limits))


def sniff(data: bytes) -> str:
    """The container type from magic numbers: PDF, JPEG, PNG, TIFF, GIF, BMP, WEBP or HEIF."""
    head = data[:64]
    for magic, offset, kind in _IMAGE_MAGIC:
        if head.startswith(magic, offset):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "HEIF"
    # The PDF header may legally sit after some junk within the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return "PDF"
    raise UnsupportedInput(_describe_unsupported(data))


def _describe_unsupported(data: bytes) -> str:
    for magic, what in _KNOWN_OTHERS:
        if data.startswith(magic):
            return f"unsupported file: this is {what}, not a photo or PDF / 対応していない形式です"
    text = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text:
        return "unsupported file: this is a web page (HTML), not a photo or PDF / 対応していない形式です"
    if b"<svg" in text:
        return "unsupported file: SVG drawings are not read; send a photo or PDF / 対応していない形式です"
    if text.startswith(b"<?xml"):
        return "unsupported file: this is an XML file, not a photo or PDF / 対応していない形式です"
    if data[4:8] == b"ftyp":
        return "unsupported file: this is a video or an unknown HEIF variant / 対応していない形式です"
    return "unsupported file type: send a JPEG, PNG, HEIC, TIFF, WebP or PDF / 対応していない形式です"


def _too_big(size: int, limits: Limits) -> LimitExceeded:
    return LimitExceeded(
        f"file too large: {size / 1e6:.1f} MB, the limit is {limits.max_bytes / 1e6:.0f} MB / ファイルが大きすぎます"
    )


# --------------------------------------------------------------------------- images


def _read_image(data: bytes, kind: str, limits: Limits) -> list[PageInput]:
    try:
        with warnings.catch_warnings():
            # Pillow warns about odd tags and, between 1x and 2x its own pixel limit, about size;
            # we check our own limit, and a damaged file ends in an InputError anyway.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            warnings.simplefilter("ignore", UserWarning)
            # Only the decoder for the sniffed type may run: Pillow has many more, and no reason
            # to feed untrusted bytes to them.
            with Image.open(io.BytesIO(data), formats=_PIL_FORMATS.get(kind, [kind])) as image:
                if kind != "TIFF":
                    # A photo or scan may hold two sheets side by side: each becomes a page.
                    single = _decode_frame(image, 1, limits)
                    parts = imaging.sheets(single.image)
                    return [single.model_copy(update={"number": n, "image": part}) for n, part in enumerate(parts, 1)]
                pages = []
                for index, frame in enumerate(ImageSequence.Iterator(image)):
                    if index >= limits.max_pages:
                        raise LimitExceeded(
                            f"too many pages: more than {limits.max_pages} in this TIFF / ページ数が多すぎます"
                        )
                    pages.append(_decode_frame(frame, index + 1, limits))
                return pages
    except (ParserError, MemoryError):  # a time-out, or the memory limit: not a damaged file
        raise
    except Image.DecompressionBombError as exc:
        raise LimitExceeded(f"image too large: {exc} / 画像が大きすぎます") from exc
    except Exception as exc:
        # Decoders for untrusted bytes fail in many ways (OSError, ValueError, SyntaxError,
        # struct.error, EOFError, ZeroDivisionError on bad TIFF tags, ...): all mean "damaged".
        log.info("image decode failed: %s", type(exc).__name__)
        raise InputError(
            f"damaged or truncated {kind} image: it cannot be decoded / 画像が壊れているため読めません"
        ) from exc


def _decode_frame(frame: Image.Image, number: int, limits: Limits) -> PageInput:
    width, height = frame.size
    if width * height > limits.max_pixels:
        raise LimitExceeded(
            f"image too large: {width}x{height} pixels, the limit is {limits.max_pixels / 1e6:.0f} megapixels"
            " / 画像が大きすぎます"
        )
    if width < 1 or height < 1:
        raise InputError("empty image: it has no pixels / 画像が空です")
    frame.load()
    xdpi, ydpi = _resolution(frame)
    try:
        orientation = frame.getexif().get(_ORIENTATION, 1)
        image = ImageOps.exif_transpose(frame)
    except Exception:
        # A broken EXIF block should not cost the picture: read it as stored.
        orientation, image = 1, frame.copy()
    if orientation in (5, 6, 7, 8):  # the picture was turned a quarter: so were its axes
        xdpi, ydpi = ydpi, xdpi
    image = _to_rgb_or_l(image)
    image, dpi = _square_pixels(image, xdpi, ydpi, limits)
    return PageInput(number=number, image=image, dpi=dpi)


def _resolution(frame: Image.Image) -> tuple[float, float]:
    """Horizontal and vertical dots per inch, DEFAULT_DPI when the file does not say."""
    raw = frame.info.get("dpi") or frame.info.get("resolution")
    try:
        xdpi, ydpi = (float(v) for v in raw)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return DEFAULT_DPI, DEFAULT_DPI
    if not (1.0 <= xdpi <= 5000.0 and 1.0 <= ydpi <= 5000.0):
        return DEFAULT_DPI, DEFAULT_DPI
    return xdpi, ydpi


def _square_pixels(image: Image.Image, xdpi: float, ydpi: float, limits: Limits) -> tuple[Image.Image, float]:
    """Fax TIFFs are often 200x100 dpi: stretch the coarse axis so letters keep their shape."""
    if abs(xdpi - ydpi) / max(xdpi, ydpi) < 0.03:
        return image, max(xdpi, ydpi)
    dpi = max(xdpi, ydpi)
    size = (round(image.width * dpi / xdpi), round(image.height * dpi / ydpi))
    if size[0] * size[1] > limits.max_pixels:
        raise LimitExceeded("image too large after resampling to square pixels / 画像が大きすぎます")
    # Bilevel fax pages are stored as mode "1"; they are L by now, so the filter can smooth.
    return image.resize(size, Image.Resampling.LANCZOS), dpi


def _to_rgb_or_l(image: Image.Image) -> Image.Image:
    """RGB for colour, L for grey; alpha is flattened onto white paper."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I") or mode == "F":
        return _to_8bit(image)
    if mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        mode = image.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flattened = Image.alpha_composite(paper, rgba).convert("RGB")
        return flattened.convert("L") if mode in ("LA", "La") else flattened
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def _to_8bit(image: Image.Image) -> Image.Image:
    """16-bit and 32-bit grey to 8-bit L, stretched by the type's range (not clipped at 255)."""
    array = np.asarray(image)
    if image.mode.startswith("I;16"):
        scaled = array.astype(np.float32) / 257.0
    else:
        low, high = float(array.min()), float(array.max())
        if high <= 255 and low >= 0 and image.mode != "F":
            scaled = array.astype(np.float32)
        else:
            scaled = (array.astype(np.float32) - low) * (255.0 / max(high - low, 1e-6))
    return Image.fromarray(np.clip(scaled, 0, 255).astype(np.uint8), mode="L")
