"""Build proxy set 7 (t01–t16) into samples/proxy7/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_t1.py (t01–t08) and letters_t2.py (t09–t16).
Phone photos use this set's own `common.photo_real` (tri-fold creases, hand shadows, steeper angles,
sheets that do not fill the frame, several table tops) instead of degrade.photo.

    .venv/bin/python samples/proxy7/gen/make.py [--only t05]
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

import letters_t1  # noqa: E402
import letters_t2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_real  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.4, photo_fill=0.82, jpeg_quality=83, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy7/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real with the letter's own `shot` settings."""
    shot = photo_real(img, rng, **b.get("shot", {}))
    if b.get("orientation") == 3:
        # save_jpeg only turns the pixels for 6 and 8; for 3 we store the picture upside down ourselves,
        # so that only the EXIF tag (rotate 180°) makes it upright.
        from PIL import Image
        shot = shot.transpose(Image.Transpose.ROTATE_180)
    return shot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_t1.LETTERS + letters_t2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy7fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
