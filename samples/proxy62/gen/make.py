"""Build proxy set 62 (bs01–bs16) into samples/proxy62/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_bs1.py (bs01–bs08) and letters_bs2.py (bs09–bs16);
the two households' figures are in story.py.
Phone photos go through common.photo_real (set 7's realistic photo) with each letter's own `shot`.

    .venv/bin/python samples/proxy62/gen/make.py [--only bs05]
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

import letters_bs1  # noqa: E402
import letters_bs2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_real  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.15, photo_fill=0.84, jpeg_quality=79, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy62/" + name).encode()).hexdigest()[:8], 16)


_DIG = set("0123456789０１２３４５６７８９")


def hcheck(b: dict) -> None:
    """Set 62: no horizontal paragraph line ends inside a date or a number that the next line continues
    (「令和|7年」, 「1,2|50円」): wrap_nb keeps runs of digits together but not an era name and its year."""
    from samples.letters.layout import Text
    for pg in b["pages"]:
        items = [it for it in pg.items if isinstance(it, Text) and it.align == "l"]
        for a, c in zip(items, items[1:], strict=False):
            if not (a.s and c.s and abs(a.x - c.x) < 0.01 and 0 < c.y - a.y < a.size * 0.3528 * 2.2):
                continue
            if c.s[0] in _DIG and (a.s.endswith(("令和", "平成")) or a.s[-1] in _DIG | set(",，")):
                raise AssertionError(f"{b['stem']}: line breaks inside a date or number: …{a.s[-8:]} | {c.s[:8]}…")


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real with the letter's own `shot` settings."""
    return photo_real(img, rng, **b.get("shot", {}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_bs1.LETTERS + letters_bs2.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    for b in built:
        if not b["kind"].startswith("vertical"):
            hcheck(b)
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy62fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
