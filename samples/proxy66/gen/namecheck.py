"""Grep every invented name of set 66 against samples/ (the concurrent proxy63-65 excluded). Run by hand:
.venv/bin/python samples/proxy66/gen/namecheck.py names.txt"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {"proxy66", "proxy63", "proxy64", "proxy65"}
names = [n for n in Path(sys.argv[1]).read_text(encoding="utf-8").split() if n]
dirs = [str(p) for p in ROOT.iterdir() if p.name not in SKIP]
for n in names:
    r = subprocess.run(["grep", "-rIl", "--", n, *dirs], capture_output=True, text=True)
    if r.stdout.strip():
        print("USED", n, r.stdout.split()[:3])
print("checked", len(names))
