"""Build proxy set 81 (cl01–cl16) into samples/proxy81/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Adapted from samples/proxy18/gen/make.py (seed prefix `proxy81/`). Page drawing is imported read-only from the
repository (samples.letters); the two digital PDFs go through the shared proxykit.write_letter, every fax and scan is
rendered here with this set's machinery in common.py (fax_page, refax, save_tiff, photocopy, crooked, uketsuke,
highlight, folds) on top of samples.letters.degrade.scan. The letter wording, layouts and truth are in letters_a.py
(cl01–cl08) and letters_b.py (cl09–cl16).

    .venv/bin/python samples/proxy81/gen/make.py [--only cl05]
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
from common import crooked, fax_page, folds, highlight, photocopy, refax, save_tiff, uketsuke  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.8, photo_fill=0.85, jpeg_quality=80, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy81/" + name).encode()).hexdigest()[:8], 16)


def _sheet(im, fx: dict, rng):
    """What happens to one sheet before and on the scanner."""
    if fx.get("highlight"):
        im = highlight(im, fx["highlight"], rng)
    if fx.get("folds"):
        im = folds(im, rng, fx["folds"])
    if fx.get("photocopy"):
        im = photocopy(im, rng)
    if fx.get("stamp"):
        s = fx["stamp"]
        im = uketsuke(im, s["x"], s["y"], s["top"], s["date"], s["bottom"], rng, angle=s.get("angle", -8.0))
    if fx.get("crooked"):
        im = crooked(im, rng, fx["crooked"])
        return degrade.scan(im, rng, max_skew=0.31, noise=fx.get("noise", 3.0))
    return degrade.scan(im, rng, max_skew=fx.get("skew", LOOK.scan_skew), noise=fx.get("noise", 3.0))


def render(b: dict, rng, tmp: Path) -> Path:
    stem, kind = b["stem"], b["kind"]
    assert b["truth"]["input_kind"] == kind, stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    imgs = rasterise(pdf, 200)
    out = OUT / f"{stem}.{b['ext']}"
    fx = b["fx"]
    if kind == "fax_tiff":
        pages = []
        for im, pg in zip(imgs, fx["pages"], strict=True):
            if pg.get("first"):  # the page reached the forwarder by fax first: a fax of a fax
                im = refax(fax_page(im, rng, header=pg["first"]))
            pages.append(fax_page(im, rng, header=pg.get("header"), footer=pg.get("footer"), fine=fx.get("fine", False),
                                  dither=fx.get("dither", False), light=fx.get("light", False)))
        save_tiff(pages, out, fine=fx.get("fine", False))
    elif kind in ("scan_png", "vertical_scan"):
        (im,) = imgs
        degrade.save_png(_sheet(im, fx, rng), out)
    elif kind == "pdf_scan":
        per = fx.get("per_page", [{}] * len(imgs))
        pages = [_sheet(im, {**fx, **p}, rng) for im, p in zip(imgs, per, strict=True)]
        degrade.save_scan_pdf(pages, out, 200)
    else:
        raise ValueError(kind)
    (OUT / f"{stem}.truth.json").write_text(json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    stems = [b["stem"] for b in built]
    assert stems == [f"cl{i:02d}" for i in range(1, 17)], stems
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy81fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        rng = np.random.default_rng(seed(b["stem"]))
        if b["kind"] in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
            out = write_letter(b, rng, tmp, OUT, LOOK)
        else:
            out = render(b, rng, tmp)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
