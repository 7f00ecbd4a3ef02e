"""Build proxy set 99 (dd01–dd16) into samples/proxy99/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_a.py (dd01–dd08) and letters_b.py (dd09–dd16).
Phone photos go through common.photo_real (set 7's realistic photo) with each letter's own `shot`.

    .venv/bin/python samples/proxy99/gen/make.py [--only dd05]
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

import letters_a  # noqa: E402
import letters_b  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_real  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.05, photo_fill=0.86, jpeg_quality=79, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy99/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real with the letter's own `shot` settings."""
    return photo_real(img, rng, **b.get("shot", {}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy99fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
