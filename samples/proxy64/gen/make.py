"""Build proxy set 64 (bu01–bu16) into samples/proxy64/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters); the letter wording, layouts
and truth are in letters_a.py (bu01–bu08) and letters_b.py (bu09–bu16). Every letter that carries a `fax` setting is
sent through common.fax_pass here (once, or twice for a fax of a fax) and written as a G4 TIFF, or printed out and then
scanned / photographed for the other input kinds; everything else goes to proxykit.write_letter.

    .venv/bin/python samples/proxy64/gen/make.py [--only bu05]
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
from common import fax_pass, hand, photo_real, thermal, unsquash  # noqa: E402
from PIL import Image  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.8, photo_fill=0.86, jpeg_quality=82, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy64/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    return photo_real(img, rng, **b.get("shot", {}))


def _pick(v, i):
    return v[i] if isinstance(v, list | tuple) else v


def faxed(b: dict, rng, tmp: Path) -> Path:
    """Render a letter that went through one or two fax lines, then write it as its input kind."""
    stem, kind = b["stem"], b["kind"]
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    imgs = rasterise(pdf, 200)
    notes = b.get("notes", {})
    imgs = [hand(im, notes[i], seed(stem) + i) if i in notes else im for i, im in enumerate(imgs)]
    out_pages = []
    for i, im in enumerate(imgs):
        g = np.asarray(im.convert("L"), dtype=np.float32)
        full_h = g.shape[0]
        bw = None
        for k, ps in enumerate(b["fax"]):
            if k:  # the received page, printed and fed again
                g = unsquash(bw, full_h) if not b["fax"][k - 1].get("fine") else bw.astype(np.float32)
            bw = fax_pass(g, rng, _pick(ps.get("head"), i), fine=ps.get("fine", False), foot=_pick(ps.get("foot"), i),
                          crooked=_pick(ps.get("crooked", 0.0), i), thr=ps.get("thr", 150.0),
                          noise=ps.get("noise", 16.0), streaks=ps.get("streaks", 2))
        out_pages.append((bw, full_h, b["fax"][-1].get("fine", False)))
    out = OUT / f"{stem}.{b['ext']}"
    if kind == "fax_tiff":
        ims = [Image.fromarray(bw).convert("1", dither=Image.Dither.NONE) for bw, _, _ in out_pages]
        dpi = (200, 200) if out_pages[0][2] else (200, 100)
        ims[0].save(out, format="TIFF", compression="group4", dpi=dpi, save_all=len(ims) > 1, append_images=ims[1:])
    else:
        prints = [thermal(bw if fine else unsquash(bw, h)) for bw, h, fine in out_pages]
        if kind in ("scan_png", "vertical_scan"):
            degrade.save_png(degrade.scan(prints[0], rng, max_skew=b.get("skew", LOOK.scan_skew)), out)
        elif kind == "pdf_scan":
            pages = [degrade.scan(p, rng, max_skew=b.get("skew", LOOK.scan_skew), noise=2.5) for p in prints]
            degrade.save_scan_pdf(pages, out, 200)
        elif kind == "photo_jpeg":
            degrade.save_jpeg(_photo(b, prints[0], rng), out, quality=LOOK.jpeg_quality)
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
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy64fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        rng = np.random.default_rng(seed(b["stem"]))
        assert b["truth"]["input_kind"] == b["kind"], b["stem"]
        out = faxed(b, rng, tmp) if "fax" in b else write_letter(b, rng, tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
