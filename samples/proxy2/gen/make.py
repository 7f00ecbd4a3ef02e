"""Build the second proxy set into samples/proxy2/ (letters + truth + manifest + README).

Letters written apart from the parser, as a stand-in for the held-out set. They reuse the
rendering and degradation of samples/letters in the repository (/work/main); the wording,
companies, layouts and labels are their own.

    .venv/bin/python samples/proxy2/gen/make.py [--only k05]
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
REPO = Path(__file__).resolve().parents[3]  # the repository root, for samples.letters
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import letters_c  # noqa: E402
import letters_d  # noqa: E402
import numpy as np  # noqa: E402
from readme_text import README_HEAD, README_TAIL  # noqa: E402

from samples.letters.proxykit import Look, table, write_letter, write_manifest  # noqa: E402
from samples.letters.render import collect_chars, register_fonts  # noqa: E402

OUT = HERE.parent

LOOK = Look(scan_skew=1.2, photo_fill=0.85)


def seed(name: str) -> int:
    return int(hashlib.sha256(("proxy2:" + name).encode()).hexdigest()[:8], 16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    built = [f() for f in letters_c.LETTERS + letters_d.LETTERS]
    built = [b for b in built if args.only in b["stem"]]
    chars = "".join(collect_chars(b["pages"]) for b in built) + "FROM:P.0123456789/ "
    tmp = Path(tempfile.mkdtemp(prefix="proxy2fonts-"))
    register_fonts(chars, tmp)
    for b in built:
        out = write_letter(b, np.random.default_rng(seed(b["stem"])), tmp, OUT, LOOK)
        print("wrote", out.name, flush=True)
    if not args.only:
        write_manifest(built, OUT)
        (OUT / "README.md").write_text(README_HEAD + table(built) + README_TAIL, encoding="utf-8")
        (HERE / "descriptions.json").write_text(json.dumps(
            [{"file": f"{b['stem']}.{b['ext']}", "truth": f"{b['stem']}.truth.json", "about": b["about"],
              "kind": b["kind"], "unusual": b["unusual"]} for b in built], ensure_ascii=False, indent=1),
            encoding="utf-8")


if __name__ == "__main__":
    main()
