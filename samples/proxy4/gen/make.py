"""Build proxy set 4 (n01–n14) into samples/proxy4/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_n1.py (n01–n07) and letters_n2.py (n08–n14).

    .venv/bin/python samples/proxy4/gen/make.py [--only n05]
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

import letters_n1  # noqa: E402
import letters_n2  # noqa: E402
import numpy as np  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy4/" + name).encode()).hexdigest()[:8], 16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_n1.LETTERS + letters_n2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy4fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        stem, kind = b["stem"], b["kind"]
        pdf = tmp / f"{stem}.pdf"
        write_pdf(b["pages"], pdf, title="")
        out = OUT / f"{stem}.{b['ext']}"
        rng = np.random.default_rng(seed(stem))
        small = b.get("postcard", False)
        if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
            out.write_bytes(pdf.read_bytes())
        elif kind in ("scan_png", "vertical_scan"):
            img = rasterise(pdf, 300 if small else 200)
            assert len(img) == 1, stem
            degrade.save_png(degrade.scan(img[0], rng, max_skew=1.4), out)
        elif kind in ("photo_jpeg", "photo_exif_rotated"):
            img = rasterise(pdf, 340 if small else 200)
            assert len(img) == 1, stem
            canvas = (1800, 2400) if not small else (1700, 2300)
            ph = degrade.photo(img[0], rng, canvas=canvas, fill=0.8 if small else 0.85)
            degrade.save_jpeg(ph, out, orientation=b.get("orientation"))
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
