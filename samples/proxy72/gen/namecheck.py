"""Grep candidate names against all of samples/ (except the concurrent proxy71, proxy73, proxy74 and this set)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {"proxy71", "proxy72", "proxy73", "proxy74"}


def used(name: str) -> int:
    args = ["grep", "-rl", "--binary-files=without-match", name, str(ROOT)]
    for s in SKIP:
        args.insert(2, f"--exclude-dir={s}")
    out = subprocess.run(args, capture_output=True, text=True).stdout
    return len([ln for ln in out.splitlines() if ln])


if __name__ == "__main__":
    for n in sys.argv[1:]:
        print(n, used(n))
