"""Checks of set 68 (run after make.py): every truth has exactly the keys, nesting and enum values of set 18's,
the manifest agrees with the truths, the mix is 8 / 4 / 4 phone photos and every document type occurs.

    .venv/bin/python samples/proxy68/gen/check.py
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
REF = OUT.parent / "proxy18"
TYPES = {"collection_notice", "assignment_notice", "acceleration_notice", "payment_order", "payment_order_enforceable",
         "lawsuit", "settlement_proposal", "other"}
STATUS = {"licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable"}


def shape(d):
    return {k: shape(v) for k, v in d.items()} if isinstance(d, dict) else None


def main() -> None:
    ref = shape(json.loads((REF / "i01.truth.json").read_text(encoding="utf-8")))
    for f in sorted(REF.glob("*.truth.json")):
        assert shape(json.loads(f.read_text(encoding="utf-8"))) == ref, f
    truths = sorted(OUT.glob("by*.truth.json"))
    assert len(truths) == 16, len(truths)
    kinds, types = Counter(), Counter()
    rows = {r["file"]: r for r in csv.DictReader((OUT / "manifest.csv").open(encoding="utf-8"))}
    assert len(rows) == 16
    for f in truths:
        t = json.loads(f.read_text(encoding="utf-8"))
        assert shape(t) == ref, f
        assert t["document_type"] in TYPES and t["registry"]["status"] in STATUS, f
        a = t["amounts"]
        parts = [a[k] for k in ("principal", "interest", "late_damages", "costs") if a[k] is not None]
        if a["total"] is not None and len(parts) > 1:
            assert sum(parts) == a["total"], f
        for v in a.values():
            assert v is None or (isinstance(v, int) and v > 0), f
        stem = f.name.split(".")[0]
        (letter,) = [p for p in OUT.glob(stem + ".*") if not p.name.endswith(".truth.json")]
        r = rows[letter.name]
        assert (r["input_kind"], r["document_type"], r["template"], r["received"]) == (
            t["input_kind"], t["document_type"], t["template"], t["received"] or ""), f
        assert t["template"].startswith("proxy68_"), f
        kinds[t["input_kind"]] += 1
        types[t["document_type"]] += 1
    assert kinds == Counter(photo_jpeg=8, photo_heic=4, photo_exif_rotated=4), kinds
    assert set(types) == TYPES, types
    print("ok", dict(kinds), dict(types))


if __name__ == "__main__":
    main()
