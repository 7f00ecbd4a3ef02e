"""Build proxy set 73 (cd01–cd16) into samples/proxy73/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters); the letter wording, layouts
and truth are in letters_a.py (cd01–cd08) and letters_b.py (cd09–cd16). A letter with a `fax` setting goes through
common.fax_page (standard or fine, header over the margin or across the letter's first line) and is written as a G4
TIFF; a letter with a `scan` setting goes through common.scanner (150 / 200 / 300 dpi, grey ground, bleed-through
from the back of the sheet, staple, punched holes, turned sheet); the two digital PDFs go to proxykit.write_letter.

    .venv/bin/python samples/proxy73/gen/make.py [--only cd05]
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
from common import card_on_bed, fax_page, save_tiff, scanner  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.7, photo_fill=0.85, jpeg_quality=80, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy73/" + name).encode()).hexdigest()[:8], 16)


def _pick(v, i):
    return v[i] if isinstance(v, list | tuple) else v


def build(b: dict, rng, tmp: Path) -> Path:
    stem, kind = b["stem"], b["kind"]
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    out = OUT / f"{stem}.{b['ext']}"
    if kind == "fax_tiff":
        f = b["fax"]
        imgs = rasterise(pdf, 200)
        pages = [fax_page(im, rng, _pick(f["head"], i), fine=f.get("fine", False), head_mm=f.get("head_mm"),
                          thr=f.get("thr", 150.0), noise=f.get("noise", 15.0), streaks=f.get("streaks", 2),
                          drops=f.get("drops", 1)) for i, im in enumerate(imgs)]
        save_tiff(pages, out, f.get("fine", False))
    else:
        s = b["scan"]
        imgs = rasterise(pdf, 300)
        n = s.get("pages", len(imgs))  # pages past n are the BACK of the sheet: they show through, not scanned
        if s.get("card"):
            imgs = [card_on_bed(imgs[0], 300, s["card"])]
        scans = []
        for i in range(n):
            back = None
            if s.get("duplex"):
                back = imgs[i ^ 1] if (i ^ 1) < len(imgs) else None
            elif s.get("back") is not None and i == 0:
                back = imgs[s["back"]]
            scans.append(scanner(imgs[i], rng, dpi=s.get("dpi", 200), angle=_pick(s.get("angle", 0.4), i),
                                 grey=s.get("grey", 0.0), back=back, bleed=s.get("bleed", 0.0),
                                 staple=s.get("staple", False) and i == 0, holes=s.get("holes", False),
                                 noise=s.get("noise", 2.5)))
        if kind in ("scan_png", "vertical_scan"):
            assert len(scans) == 1, stem
            degrade.save_png(scans[0], out)
        elif kind == "pdf_scan":
            degrade.save_scan_pdf(scans, out, s.get("dpi", 200))
        else:
            raise ValueError(kind)
    truth_json = json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n"
    (OUT / f"{stem}.truth.json").write_text(truth_json, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    assert [b["stem"] for b in built] == [f"cd{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built)
    tmp = Path(tempfile.mkdtemp(prefix="proxy73fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        rng = np.random.default_rng(seed(b["stem"]))
        assert b["truth"]["input_kind"] == b["kind"], b["stem"]
        out = build(b, rng, tmp) if "fax" in b or "scan" in b else write_letter(b, rng, tmp, OUT, LOOK)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
