"""Build proxy set 68 (by01–by16) into samples/proxy68/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_by1.py (by01–by08) and letters_by2.py (by09–by16).
Every letter of this set is a phone photo; each goes through common.snap with the letter's own `shot` (a sheet
half in its window envelope through common.envelope_over, two pages side by side through a paper mask).

    .venv/bin/python samples/proxy68/gen/make.py [--only by05]
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

import letters_by1  # noqa: E402
import letters_by2  # noqa: E402
import numpy as np  # noqa: E402
from common import MM_PX, envelope_over, snap  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=0.9, photo_fill=0.86, jpeg_quality=82, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy68/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through snap with the letter's own `shot` settings."""
    shot = dict(b.get("shot", {}))
    alpha = None
    if "sheets" in b:  # several sheets on one page spec: paper only inside these (x, y, w, h) mm rectangles
        alpha = np.zeros((img.height, img.width), np.float32)
        for x, y, w, h in b["sheets"]:
            alpha[int(y * MM_PX):int((y + h) * MM_PX), int(x * MM_PX):int((x + w) * MM_PX)] = 1.0
    if "envelope" in b:
        img, alpha = envelope_over(img, **b["envelope"])
        shot.setdefault("crease_h", int(297 * MM_PX))
    return snap(img, rng, alpha=alpha, **shot)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_by1.LETTERS + letters_by2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy68fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
