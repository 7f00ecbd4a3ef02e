"""Build proxy set 77 (ch01–ch16) into samples/proxy77/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_c1.py (ch01–ch08) and letters_c2.py (ch09–ch16).
Every letter is a phone photo and goes through common.photo77 with the letter's own `shot`.

    .venv/bin/python samples/proxy77/gen/make.py [--only ch05]
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

import letters_c1  # noqa: E402
import letters_c2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo77  # noqa: E402
from PIL import Image  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.0, photo_fill=0.85, jpeg_quality=82, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy77/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo77 with the letter's own `shot` settings."""
    shot = photo77(img, rng, **b.get("shot", {}))
    if b.get("orientation") == 3:
        # save_jpeg only turns the pixels for 6 and 8; for 3 the picture is stored upside down here,
        # so that only the EXIF tag (rotate 180°) makes it upright.
        shot = shot.transpose(Image.Transpose.ROTATE_180)
    return shot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_c1.LETTERS + letters_c2.LETTERS]
    assert [b["stem"] for b in built] == [f"ch{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy77fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
