"""Build proxy set 57 (bn01–bn16) into samples/proxy57/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering is imported read-only from the repository (samples.letters); the letter wording, layouts and truth are in
letters_n1.py (bn01–bn08) and letters_n2.py (bn09–bn16). Every letter of this set is a digital PDF (pdf_text,
pdf_text_2page, vertical_pdf), so nothing is degraded; `seed` only names each letter's random stream.

    .venv/bin/python samples/proxy57/gen/make.py [--only bn05]
"""
from __future__ import annotations

import argparse
import hashlib
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

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.9, photo_fill=0.85, jpeg_quality=80, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy57/" + name).encode()).hexdigest()[:8], 16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_n1.LETTERS + letters_n2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy57fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        n = len(b["pages"])
        want = {"pdf_text": 1, "pdf_text_2page": 2, "vertical_pdf": 1}[b["kind"]]
        assert n == want, (b["stem"], n, want)
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
