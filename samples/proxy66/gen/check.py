"""Check set 66's truth files key by key against set 18's (same keys, nesting, enum values) and the manifest. Run by hand:
.venv/bin/python samples/proxy66/gen/check.py"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
REF = OUT.parent / "proxy18"
TYPES = {"collection_notice", "assignment_notice", "acceleration_notice", "payment_order", "payment_order_enforceable",
         "lawsuit", "settlement_proposal", "other"}
STATUS = {"licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable"}
KINDS = {"pdf_text": 2, "pdf_text_2page": 2, "vertical_pdf": 1, "pdf_scan": 2, "scan_png": 2, "fax_tiff": 2,
         "vertical_scan": 1, "photo_jpeg": 2, "photo_heic": 1, "photo_exif_rotated": 1}


def shape(d):
    return {k: shape(v) for k, v in d.items()} if isinstance(d, dict) else None


ref = shape(json.loads(next(REF.glob("*.truth.json")).read_text(encoding="utf-8")))
seen_kinds: dict[str, int] = {}
seen_types: dict[str, int] = {}
rows = list(csv.DictReader((OUT / "manifest.csv").open(encoding="utf-8")))
assert len(rows) == 16
for r in rows:
    stem = r["file"].split(".")[0]
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    assert shape(t) == ref, stem
    assert list(t) == list(json.loads(next(REF.glob("*.truth.json")).read_text(encoding="utf-8"))), stem
    assert t["document_type"] in TYPES and t["registry"]["status"] in STATUS, stem
    assert t["input_kind"] == r["input_kind"] and t["document_type"] == r["document_type"], stem
    assert t["template"] == r["template"] and t["template"].startswith("proxy66_"), stem
    assert (t["received"] or "") == r["received"], stem
    for v in t["amounts"].values():
        assert v is None or (isinstance(v, int) and v > 0), stem
    assert (OUT / r["file"]).exists(), stem
    seen_kinds[t["input_kind"]] = seen_kinds.get(t["input_kind"], 0) + 1
    seen_types[t["document_type"]] = seen_types.get(t["document_type"], 0) + 1
assert seen_kinds == KINDS, seen_kinds
assert set(seen_types) == TYPES, seen_types
print("ok", seen_types)
