"""Build the proxy set into samples/proxy/ (letters + truth + manifest).

Letters written apart from the parser, as a stand-in for the held-out set: see ../README.md.
They reuse the rendering and degradation of samples/letters; the wording is their own.

    .venv/bin/python samples/proxy/gen/make.py [--only h05]
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for samples.letters

import letters_a  # noqa: E402
import letters_b  # noqa: E402
import numpy as np  # noqa: E402

from samples.letters.proxykit import Look, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.3, photo_fill=0.84)


def seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_a.LETTERS + letters_b.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxyfonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (HERE / "descriptions.json").write_text(json.dumps(
            [{"file": f"{b['stem']}.{b['ext']}", "truth": f"{b['stem']}.truth.json", "about": b["about"],
              "kind": b["kind"], "unusual": b["unusual"]} for b in built], ensure_ascii=False, indent=1),
            encoding="utf-8")


if __name__ == "__main__":
    main()
