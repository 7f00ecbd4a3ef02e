"""Build proxy set 33 (ap01–ap16) into samples/proxy33/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_ap1.py (ap01–ap08) and letters_ap2.py (ap09–ap16).
Phone photos go through common.photo_real with each letter's own `shot`; postcards held in the hand get
common.hand on top.

    .venv/bin/python samples/proxy33/gen/make.py [--only ap05]
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

import numpy as np  # noqa: E402
from common import hand, photo_real, use_mono  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.0, photo_fill=0.84, jpeg_quality=82, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy33/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real with the letter's own `shot` settings; a postcard
    held in the hand gets a thumb over its edge."""
    shot = photo_real(img, rng, **b.get("shot", {}))
    if b.get("hand"):
        shot = hand(shot, rng, side=b["hand"])
    return shot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="proxy33fonts-"))
    use_mono(tmp)
    import letters_ap1
    import letters_ap2

    built = [f() for f in letters_ap1.LETTERS + letters_ap2.LETTERS]
    stems = [b["stem"] for b in built]
    assert stems == [f"ap{i:02d}" for i in range(1, 17)], stems
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
