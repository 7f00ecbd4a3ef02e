"""Build proxy set 80 (ck01–ck16) into samples/proxy80/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_k1.py (ck01–ck08) and letters_k2.py (ck09–ck16).
Every letter is a phone photo and goes through common.photo80 with the letter's own `shot`.

    .venv/bin/python samples/proxy80/gen/make.py [--only ck05]
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

import letters_k1  # noqa: E402
import letters_k2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo80  # noqa: E402
from PIL import Image  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.0, photo_fill=0.84, jpeg_quality=83, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy80/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo80 with the letter's own `shot` settings."""
    shot = photo80(img, rng, spec_w=b["pages"][0].w, **b.get("shot", {}))
    if b.get("orientation") == 3:
        # save_jpeg turns the pixels only for 6 and 8; for 3 the picture is stored upside down here,
        # so that only the EXIF tag (rotate 180°) makes it upright.
        shot = shot.transpose(Image.Transpose.ROTATE_180)
    return shot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_k1.LETTERS + letters_k2.LETTERS]
    assert [b["stem"] for b in built] == [f"ck{i:02d}" for i in range(1, 17)]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy80fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
