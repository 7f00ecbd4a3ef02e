"""Build proxy set 27 (aj01–aj16) into samples/proxy27/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters); this set's own
degradations (photocopies, copies of copies, photocopies faxed again, fax printouts photographed) are in common.py.
The letter wording, layouts and truth are in letters_a.py (aj01–aj08) and letters_b.py (aj09–aj16).

    .venv/bin/python samples/proxy27/gen/make.py [--only aj05]
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

import letters_a  # noqa: E402
import letters_b  # noqa: E402
import numpy as np  # noqa: E402
from common import fax_print, photo_real, photocopy  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.1, photo_fill=0.85, jpeg_quality=80, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy27/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo goes through photo_real with the letter's own `shot`; `pre` first turns the page into
    what was photographed: a fax printout or a photocopy."""
    pre = b.get("pre")
    if pre == "fax":
        img = fax_print(img, rng)
    elif pre == "copy":
        img = photocopy(img, rng, **b.get("copy", {}))
    return photo_real(img, rng, **b.get("shot", {}))


def _write(b: dict, rng, tmp: Path) -> Path:
    """Photocopies (scan_png, vertical_scan, pdf_scan with `copy`) and photocopies faxed again (fax_tiff with
    `precopy`) are rendered here; everything else by the shared write_letter."""
    kind, stem = b["kind"], b["stem"]
    custom = ("copy" in b and kind in ("scan_png", "vertical_scan", "pdf_scan")) or ("precopy" in b and kind == "fax_tiff")
    if not custom:
        return write_letter(b, rng, tmp, OUT, LOOK, photo=_photo)
    assert b["truth"]["input_kind"] == kind, stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    out = OUT / f"{stem}.{b['ext']}"
    imgs = rasterise(pdf, 200)
    if kind in ("scan_png", "vertical_scan"):
        (img,) = imgs
        degrade.save_png(photocopy(img, rng, **b["copy"]), out)
    elif kind == "pdf_scan":
        degrade.save_scan_pdf([photocopy(im, rng, **b["copy"]) for im in imgs], out, 200)
    else:
        pages = [degrade.fax(photocopy(im, rng, **b["precopy"]), rng, b.get("fax_header", "FAX"), i + 1, len(imgs))
                 for i, im in enumerate(imgs)]
        degrade.save_fax_tiff(pages, out)
    (OUT / f"{stem}.truth.json").write_text(json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy27fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = _write(b, np.random.default_rng(seed(b["stem"])), tmp)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
