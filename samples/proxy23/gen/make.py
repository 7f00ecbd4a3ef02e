"""Build proxy set 23 (af01–af16) into samples/proxy23/ (letters + truth + manifest).

Written apart from the parser as a fresh stand-in for the held-out set: see ../README.md.
Rendering and degradation are imported read-only from the repository (samples.letters);
the letter wording, layouts and truth are in letters_f1.py (af01–af08) and letters_f2.py (af09–af16).
Phone photos go through common.photo_real (set 7's realistic photo) with each letter's own `shot`.

    .venv/bin/python samples/proxy23/gen/make.py [--only af05]
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

import letters_f1  # noqa: E402
import letters_f2  # noqa: E402
import numpy as np  # noqa: E402
from common import photo_real  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.05, photo_fill=0.84, jpeg_quality=79, fine_postcards=True, pdf_title=False)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy23/" + name).encode()).hexdigest()[:8], 16)


def _photo(b: dict, img, rng):
    """Every phone photo of this set goes through photo_real with the letter's own `shot` settings."""
    return photo_real(img, rng, **b.get("shot", {}))


def _shape(d):
    return {k: _shape(v) for k, v in d.items()} if isinstance(d, dict) else None


ENUMS = {"document_type": {"collection_notice", "assignment_notice", "acceleration_notice", "payment_order",
                           "payment_order_enforceable", "lawsuit", "settlement_proposal", "other"},
         "input_kind": {"pdf_text", "pdf_text_2page", "vertical_pdf", "pdf_scan", "scan_png", "fax_tiff",
                        "vertical_scan", "photo_jpeg", "photo_heic", "photo_exif_rotated"},
         "status": {"licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable"}}


def check_keys(built: list[dict]) -> None:
    """Every truth has exactly the keys and nesting of set 18's, and enum values from the contract."""
    ref = _shape(json.loads((REPO / "samples/proxy18/i01.truth.json").read_text(encoding="utf-8")))
    for b in built:
        t = b["truth"]
        assert _shape(t) == ref, b["stem"]
        assert t["document_type"] in ENUMS["document_type"] and t["input_kind"] in ENUMS["input_kind"], b["stem"]
        assert t["registry"]["status"] in ENUMS["status"], b["stem"]
        assert t["template"].startswith("proxy23_"), b["stem"]
        for k, v in t["amounts"].items():
            assert v is None or (isinstance(v, int) and v > 0), (b["stem"], k)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_f1.LETTERS + letters_f2.LETTERS]
    check_keys(built)
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy23fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK, photo=_photo)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "table.md").write_text(table(built), encoding="utf-8")


if __name__ == "__main__":
    main()
