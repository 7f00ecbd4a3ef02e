"""Hostile and broken inputs through the real command line: outcome, time and peak memory.

Each file is made here, then read by `debt-notice parse --json` in its own process, as a user
would run it. The table shows the exit code, the error code in the result (or the document
type when it was read), the seconds and the process's peak memory.

    .venv/bin/python bench/bad_inputs.py [--json out/bad_inputs.json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).parent / "debt-notice"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _pdf(pages: int = 1, size: tuple[float, float] = (595, 842), encrypt: str | None = None) -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption(encrypt, ownerPassword="owner") if encrypt is not None else None
    c = canvas.Canvas(buf, pagesize=size, encrypt=enc)
    for i in range(pages):
        c.drawString(72, 72, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _png_bomb(side: int = 50_000) -> bytes:
    """A PNG whose header claims side×side pixels, with a few compressed rows of zeros."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * ((side // 8 + 1) * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def _image(mode: str, fmt: str, **save: object) -> bytes:
    img = Image.new(mode, (800, 1100), "white" if mode in ("RGB", "L") else 0)
    buf = io.BytesIO()
    img.save(buf, fmt, **save)
    return buf.getvalue()


def _letter(angle: int = 0) -> bytes:
    from PIL import ImageFont

    img = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    lines = ["令和7年11月20日", "山田太郎 様", "督促状", "ご請求金額 金123,456円", "お支払期限 令和7年12月10日", "あおぞら債権回収株式会社"]
    for i, line in enumerate(lines):
        d.text((120, 150 + i * 90), line, font=font, fill="black")
    buf = io.BytesIO()
    img.rotate(angle, expand=True).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _gif() -> bytes:
    frames = [Image.new("P", (200, 200), i) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("letter.txt", "not an image")
    return buf.getvalue()


def _noise() -> bytes:
    buf = io.BytesIO()
    Image.frombytes("RGB", (900, 1200), os.urandom(900 * 1200 * 3)).save(buf, "JPEG")
    return buf.getvalue()


CASES: list[tuple[str, str, Callable[[], bytes]]] = [
    ("empty file", "empty.jpg", lambda: b""),
    ("truncated JPEG", "cut.jpg", lambda: _letter()[:3000]),
    ("truncated PNG", "cut.png", lambda: _image("RGB", "PNG")[:400]),
    ("random bytes named .pdf", "random.pdf", lambda: os.urandom(20_000)),
    ("random bytes named .jpg", "random.jpg", lambda: os.urandom(20_000)),
    ("HTML renamed .jpg", "page.jpg", lambda: b"<!doctype html><html><body>hello</body></html>"),
    ("SVG renamed .png", "vector.png", lambda: b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
    ("ZIP renamed .jpg", "archive.jpg", _zip),
    ("PDF with a user password", "locked.pdf", lambda: _pdf(encrypt="secret")),
    ("PDF with an owner password only", "owner.pdf", lambda: _pdf(encrypt="")),
    ("PDF of 3000 pages", "long.pdf", lambda: _pdf(pages=3000)),
    ("PDF with a gigantic page", "huge.pdf", lambda: _pdf(size=(14_000, 14_000))),
    ("PNG bomb 50000x50000", "bomb.png", _png_bomb),
    ("animated GIF", "anim.gif", _gif),
    ("CMYK TIFF", "cmyk.tif", lambda: _image("CMYK", "TIFF")),
    ("16-bit TIFF", "deep.tif", lambda: _image("I;16", "TIFF")),
    ("photo that is not a letter", "noise.jpg", _noise),
    ("blank page", "blank.png", lambda: _image("L", "PNG")),
    ("letter upside down", "upside.jpg", lambda: _letter(180)),
    ("odd upload name", "..／..／a b&c;'x.jpg", lambda: _letter()),
]
PHOTO = ROOT / "samples" / "c01_ruled_table_photo_jpeg.jpg"
# A good letter read under limits too tight for it: the limit must give a result, not a crash.
LIMITED: list[tuple[str, str, Callable[[], bytes], list[str]]] = [
    ("memory limit exceeded (300 MB)", "photo-memory.jpg", PHOTO.read_bytes, ["--max-memory-mb", "300"]),
    ("time limit exceeded (1 s)", "photo-time.jpg", PHOTO.read_bytes, ["--timeout", "1"]),
]


def run_case(path: Path, options: list[str] | None = None) -> dict[str, object]:
    """One `parse` process; its own peak memory comes from GNU time (/usr/bin/time -f %M)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name, str(EXE), "parse", str(path), "--json",
             *(options or [])],
            capture_output=True, text=True, timeout=600, check=False,
        )
        seconds = time.perf_counter() - start
        peak_kb = int((rss.read().strip().splitlines() or ["0"])[-1] or 0)
    try:
        result = json.loads(done.stdout)
        outcome = result["errors"][0]["code"] if result["errors"] else f"read as {result['document_type']}"
    except (json.JSONDecodeError, KeyError, IndexError):
        outcome = "no JSON result"
    return {
        "exit": done.returncode,
        "outcome": outcome,
        "stderr": done.stderr.strip().splitlines()[-1][:100] if done.stderr.strip() else "",
        "seconds": round(seconds, 2),
        "peak_mb": round(peak_kb / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, make, options in [(*case, []) for case in CASES] + LIMITED:
            path = Path(tmp) / name.replace("／", "_")
            path.write_bytes(make())
            rows.append({"input": label, **run_case(path, options)})
            r = rows[-1]
            print(f"{label:32} exit {r['exit']}  {r['outcome']:28} {r['seconds']:6.2f} s  {r['peak_mb']:>6} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
