"""Build proxy set 3 into samples/proxy3/ (16 letters m01–m16 + truth + manifest + README table).

Letters written apart from the parser (its code was not read), as a stand-in for the held-out set.
They reuse only the rendering and degradation of samples/letters;
the wording, companies, layouts and truth are their own.

    .venv/bin/python samples/proxy3/gen/make.py [--only m05]
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

import letters_m1  # noqa: E402
import letters_m2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_strong  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent
LETTERS = [letters_m1.m01, letters_m1.m02, letters_m1.m03, letters_m1.m04, letters_m1.m05, letters_m1.m06,
           letters_m1.m07, letters_m1.m08, letters_m2.m09, letters_m2.m10, letters_m2.m11, letters_m2.m12,
           letters_m2.m13, letters_m2.m14, letters_m2.m15, letters_m2.m16]

LOOK = Look(scan_skew=1.4, photo_fill=0.84, jpeg_quality=82, fine_postcards=False, orientation_key="exif")


def _strong(b: dict, img, rng):  # m04: a harsher phone photo than degrade.photo
    return photo_strong(img, rng) if b.get("strong") else None


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
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_strong)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
