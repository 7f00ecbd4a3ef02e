"""Build proxy set 54 (bk01–bk16) into samples/proxy54/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters); this set's hard-image effects
(common.shoot, fax_streak, spread, handwrite, envelope) live in gen/common.py. The letter wording, layouts and truth
are in letters_b1.py (bk01–bk08) and letters_b2.py (bk09–bk16). A copy of set 18's make.py, adapted: every input kind
is written here (the shared write_letter has one JPEG quality per set, this set needs a messenger-app copy at 60).

    .venv/bin/python samples/proxy54/gen/make.py [--only bk05]
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

import letters_b1  # noqa: E402
import letters_b2  # noqa: E402
import numpy as np  # noqa: E402
from common import envelope, fax_streak, handwrite, shoot, spread  # noqa: E402
from PIL import ImageFilter  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import table, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent
JPEG_QUALITY = 82
SCAN_SKEW = 1.0


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy54/" + name).encode()).hexdigest()[:8], 16)


def write(b: dict, rng, tmp: Path) -> Path:
    stem, kind = b["stem"], b["kind"]
    assert b["truth"]["input_kind"] == kind, stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    out = OUT / f"{stem}.{b['ext']}"
    dpi = 340 if b.get("postcard") else 200
    if kind in ("photo_jpeg", "photo_exif_rotated", "photo_heic"):
        (img,) = rasterise(pdf, dpi)
        if b.get("envelope"):
            img = envelope(img, b["envelope"], y_frac=b.get("envelope_y", 0.8), seed=seed(stem + "/env"))
        shot = shoot(img, rng, **b.get("shot", {}))
        if kind == "photo_heic":
            degrade.save_heic(shot, out)
        else:
            degrade.save_jpeg(shot, out, quality=b.get("quality", JPEG_QUALITY), orientation=b.get("orientation"))
    elif kind in ("scan_png", "vertical_scan"):
        imgs = rasterise(pdf, dpi)
        if b.get("spread"):
            assert len(imgs) == 2, stem
            img = spread(imgs[0], imgs[1], rng)
        else:
            (img,) = imgs
            img = degrade.scan(img, rng, max_skew=b.get("skew", SCAN_SKEW))
        degrade.save_png(img, out)
    elif kind == "pdf_scan":
        imgs = rasterise(pdf, 200)
        for n in b.get("notes", []):
            pg = n.get("page", 0)
            kw = {k: v for k, v in n.items() if k != "page"}
            imgs[pg] = handwrite(imgs[pg], rng=rng, **kw)
        pages = [degrade.scan(im, rng, max_skew=b.get("skew", SCAN_SKEW), noise=2.5) for im in imgs]
        degrade.save_scan_pdf(pages, out, 200)
    elif kind == "fax_tiff":
        imgs = rasterise(pdf, 200)
        if b.get("bold"):  # the copier's "darker" setting: every stroke thickened before sending
            imgs = [im.filter(ImageFilter.MinFilter(3)) for im in imgs]
        pages = [degrade.fax(im, rng, b.get("fax_header", "FAX"), i + 1, len(imgs)) for i, im in enumerate(imgs)]
        if b.get("streak") is not None:
            pages = [fax_streak(p, rng, b["streak"]) for p in pages]
        degrade.save_fax_tiff(pages, out)
    else:
        raise ValueError(kind)
    truth_json = json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n"
    (OUT / f"{stem}.truth.json").write_text(truth_json, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_b1.LETTERS + letters_b2.LETTERS]
    assert [b["stem"] for b in built] == [f"bk{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy54fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write(b, np.random.default_rng(seed(b["stem"])), tmp)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
