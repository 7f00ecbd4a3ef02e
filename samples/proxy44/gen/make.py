"""Build proxy set 44 (ba01–ba16) into samples/proxy44/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_b1.py (ba01–ba08) and letters_b2.py (ba09–ba16).
Phone photos go through common.photo_real (set 7's realistic photo) with each letter's own `shot`, then the
letter's own after-effects (thumb, fluorescent light, dark room); faxes go through common.fax_page with a full
送信日時 / FAX番号 / ページ header line, optionally a hand-written note before sending and a second fax pass.

    .venv/bin/python samples/proxy44/gen/make.py [--only ba05]
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
import letters_b1  # noqa: E402
import letters_b2  # noqa: E402
import numpy as np  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.9, photo_fill=0.84, jpeg_quality=82, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy44/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo goes through photo_real with the letter's own `shot`, then its own after-effects."""
    if b.get("fold3"):
        img = common.fold3(img, rng)
    shot = common.photo_real(img, rng, **b.get("shot", {}))
    for fx in b.get("after", ()):
        if fx == "thumb":
            shot = common.thumb(shot, rng, b.get("thumb_side", "left"))
        elif fx == "fluorescent":
            shot = common.fluorescent(shot, rng)
        elif fx == "dark":
            shot = common.dark(shot, rng, b.get("dark_level", 0.5))
        else:
            raise ValueError(fx)
    return shot


def _fax(b: dict, rng, tmp: Path) -> Path:
    """A fax_tiff: each page gets its own header line (b['fax_headers'][i]); b['hand'][i] is written on page i
    before sending; b['refax'] gives the header lines of a second transmission of the received pages."""
    stem = b["stem"]
    assert b["truth"]["input_kind"] == "fax_tiff", stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title="")
    imgs = rasterise(pdf, 200)
    out_pages = []
    for i, im in enumerate(imgs):
        if b.get("hand", {}).get(i):
            im = common.hand_note(im, rng, b["hand"][i])
        pg = common.fax_page(im, rng, b["fax_headers"][i])
        if b.get("refax"):
            pg = common.refax(pg, rng, b["refax"][i])
        out_pages.append(pg)
    out = OUT / f"{stem}.tif"
    degrade.save_fax_tiff(out_pages, out)
    (OUT / f"{stem}.truth.json").write_text(json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_b1.LETTERS + letters_b2.LETTERS]
    assert [b["stem"] for b in built] == [f"ba{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy44fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        rng = np.random.default_rng(seed(b["stem"]))
        if b["kind"] == "fax_tiff":
            out = _fax(b, rng, tmp)
        else:
            out = write_letter(b, rng, tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
