"""Build proxy set 3 into samples/proxy3/ (16 letters m01–m16 + truth + manifest + README table).

Letters written apart from the parser (its code was not read), as a stand-in for the held-out set.
They reuse only the rendering and degradation of samples/letters;
the wording, companies, layouts and truth are their own.

    .venv/bin/python samples/proxy3/gen/make.py [--only m05]
"""
from __future__ import annotations

import argparse
import csv
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

import letters_m1  # noqa: E402
import letters_m2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_strong  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent
LETTERS = [letters_m1.m01, letters_m1.m02, letters_m1.m03, letters_m1.m04, letters_m1.m05, letters_m1.m06,
           letters_m1.m07, letters_m1.m08, letters_m2.m09, letters_m2.m10, letters_m2.m11, letters_m2.m12,
           letters_m2.m13, letters_m2.m14, letters_m2.m15, letters_m2.m16]


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy3-" + name).encode()).hexdigest()[:8], 16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in LETTERS]
    assert [b["stem"] for b in built] == [f"m{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy3fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        stem, kind = b["stem"], b["kind"]
        pdf = tmp / f"{stem}.pdf"
        write_pdf(b["pages"], pdf, title=stem)
        out = OUT / f"{stem}.{b['ext']}"
        rng = np.random.default_rng(seed(stem))
        if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
            n = len(b["pages"])
            assert (n == 2) == (kind == "pdf_text_2page") or kind == "vertical_pdf", (stem, n)
            out.write_bytes(pdf.read_bytes())
        elif kind in ("scan_png", "vertical_scan"):
            img = rasterise(pdf, 200)
            assert len(img) == 1
            degrade.save_png(degrade.scan(img[0], rng, max_skew=1.4), out)
        elif kind in ("photo_jpeg", "photo_exif_rotated"):
            img = rasterise(pdf, 200)
            assert len(img) == 1
            if b.get("strong"):
                ph = photo_strong(img[0], rng)
            else:
                ph = degrade.photo(img[0], rng, canvas=(1800, 2400), fill=0.84)
            degrade.save_jpeg(ph, out, quality=82, orientation=b.get("exif"))
        elif kind == "fax_tiff":
            imgs = rasterise(pdf, 200)
            pages = [degrade.fax(im, rng, b.get("fax_header", "FAX"), i + 1, len(imgs)) for i, im in enumerate(imgs)]
            degrade.save_fax_tiff(pages, out)
        else:
            raise ValueError(kind)
        (OUT / f"{stem}.truth.json").write_text(json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        print("wrote", out.name, flush=True)
    if not args.only:
        with (OUT / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "input_kind", "document_type", "template", "received"])
            for b in built:
                t = b["truth"]
                w.writerow([f"{b['stem']}.{b['ext']}", t["input_kind"], t["document_type"], t["template"],
                            t["received"] or ""])
        rows = ["| file | type | kind | what is unusual |", "|---|---|---|---|"]
        for b in built:
            rows.append(f"| `{b['stem']}.{b['ext']}` | {b['about']} | {b['kind']} | {b['unusual']} |")
        (HERE / "table.md").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
