"""Build proxy set 88 (cs01–cs16) into samples/proxy88/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_a.py (cs01–cs08) and letters_b.py (cs09–cs16).
Phone photos go through common.photo_real (set 7's realistic photo) with each letter's own `shot`;
letters held in the hand go through common.photo_hand, and the one two-page photo through common.photo_two.

    .venv/bin/python samples/proxy88/gen/make.py [--only cs05]
"""
from __future__ import annotations

import argparse
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

import letters_a  # noqa: E402
import letters_b  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_hand, photo_real, photo_two  # noqa: E402

from samples.letters import degrade  # noqa: E402
from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, rasterise, register_fonts, write_pdf  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.05, photo_fill=0.85, jpeg_quality=79, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy88/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real (or photo_hand) with the letter's own `shot`."""
    if b.get("hand"):
        return photo_hand(img, rng, **b.get("shot", {}))
    return photo_real(img, rng, **b.get("shot", {}))


def _two_up(b: dict, rng, tmp: Path) -> Path:
    """A two-page letter photographed side by side in one JPEG (not handled by proxykit.write_letter)."""
    pdf = tmp / f"{b['stem']}.pdf"
    write_pdf(b["pages"], pdf, title="")
    imgs = rasterise(pdf, 200)
    assert len(imgs) == 2
    shot = photo_two(imgs, rng, **b.get("shot", {}))
    out = OUT / f"{b['stem']}.{b['ext']}"
    degrade.save_jpeg(shot, out, quality=LOOK.jpeg_quality)
    (OUT / f"{b['stem']}.truth.json").write_text(json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy88fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        rng = np.random.default_rng(seed(b["stem"]))
        out = _two_up(b, rng, tmp) if b.get("two_up") else write_letter(b, rng, tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
