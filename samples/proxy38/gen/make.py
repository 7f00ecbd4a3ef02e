"""Build proxy set 38 (au01–au16) into samples/proxy38/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md. Theme: "poor copies that
are still readable". Rendering is imported read-only from the repository (samples.letters); the letter wording,
layouts and truth are in letters_a1.py (au01–au08) and letters_a2.py (au09–au16). This set does not use
proxykit.write_letter's own degradation: each letter names its paper effects (`paper`: coffee stain, handwritten
note, crease, curl) and its capture (`cap`: 150 dpi JPEG scan, crooked scan with a dark border, faint photocopy, fax
streaks, viewer screenshot, or a phone photo through common.photo38 with the letter's own `shot`).

    .venv/bin/python samples/proxy38/gen/make.py [--only au05]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))  # the repository root, for samples.letters (read-only)

import common  # noqa: E402
import letters_a1  # noqa: E402
import letters_a2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import table, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy38/" + name).encode()).hexdigest()[:8], 16)


def _paper(b: dict, img: Image.Image, rng, dpi: int) -> Image.Image:
    """Things that happened to the sheet itself before it was scanned or photographed."""
    for name, kw in b.get("paper", []):
        if name == "coffee":
            img = common.coffee(img, rng, **kw)
        elif name == "note":
            img = common.handnote(img, rng, dpi=dpi, **kw)
        elif name == "crease":
            img = common.crease(img, rng, dpi=dpi, **kw)
        elif name == "curl":
            img = common.curl(img, **kw)
        else:
            raise ValueError(name)
    return img


def _scan(b: dict, img: Image.Image, rng) -> Image.Image:
    cap = b["cap"]
    if cap == "scan150":
        return common.scan150(img, rng, quality=b.get("quality", 38), skew=b.get("skew", 0.8))
    if cap == "crooked":
        return common.crooked(img, rng, angle=b["angle"])
    if cap == "faint":
        return common.faint_copy(img, rng, ink=b.get("ink", 0.52))
    if cap == "scan":
        return degrade.scan(img, rng, max_skew=b.get("skew", 1.0), noise=3.0)
    raise ValueError(cap)


def _dpi(b: dict) -> int:
    return 150 if b["cap"] == "scan150" else 200


def write_letter(b: dict, rng, tmp: Path) -> Path:
    stem, kind = b["stem"], b["kind"]
    assert b["truth"]["input_kind"] == kind, stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    out = OUT / f"{stem}.{b['ext']}"
    if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
        out.write_bytes(pdf.read_bytes())
    elif kind in ("scan_png", "vertical_scan"):
        dpi = _dpi(b)
        (img,) = rasterise(pdf, dpi)
        img = _scan(b, _paper(b, img, rng, dpi), rng)
        img.convert("L").save(out, optimize=True) if b.get("grey") else img.save(out, optimize=True)
    elif kind == "pdf_scan":
        dpi = _dpi(b)
        pages = [_scan(b, _paper(b, im, rng, dpi), rng) for im in rasterise(pdf, dpi)]
        degrade.save_scan_pdf(pages, out, dpi)
    elif kind == "fax_tiff":
        imgs = rasterise(pdf, 200)
        pages = []
        for i, im in enumerate(imgs):
            pg = degrade.fax(_paper(b, im, rng, 200), rng, b["fax_header"], i + 1, len(imgs))
            pages.append(common.fax_streaks(pg, rng, n=b["streaks"], avoid_text=b.get("avoid_text", False)) if b.get("streaks") else pg)
        degrade.save_fax_tiff(pages, out)
    elif kind in ("photo_jpeg", "photo_exif_rotated", "photo_heic"):
        (img,) = rasterise(pdf, 200)
        img = _paper(b, img, rng, 200)
        if b["cap"] == "screenshot":
            shot = common.screenshot(img, b["viewer_title"])
        else:
            shot = common.photo38(img, rng, **b.get("shot", {}))
        if kind == "photo_heic":
            degrade.save_heic(shot, out, quality=b.get("quality", 55))
        else:
            degrade.save_jpeg(shot, out, quality=b.get("quality", 80), orientation=b.get("orientation"))
    else:
        raise ValueError(kind)
    truth_json = json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n"
    (OUT / f"{stem}.truth.json").write_text(truth_json, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a1.LETTERS + letters_a2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy38fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
