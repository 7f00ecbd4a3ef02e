"""The sample set and its ground truth are consistent, and the benchmark scores correctly."""

from __future__ import annotations

import copy
import csv
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy import FIELDS, DocRun, field_correct, score  # noqa: E402
from samples.letters.catalog import all_letters  # noqa: E402
from samples.letters.spec import DOCUMENT_TYPES, INPUT_KINDS, REGISTRY_STATUSES, late_damages  # noqa: E402

TRUTH_FILES = sorted(SAMPLES.glob("*.truth.json"))
SHAPE = {
    "document_type": str,
    "sender": {"name": str, "license_number": int, "phone": str},
    "creditor": {"name": str},
    "registry": {"status": str},
    "original_creditor": {"name": str},
    "debtor": {"name": str},
    "amounts": {"total": int, "principal": int, "interest": int, "late_damages": int, "costs": int},
    "late_damages_rate_percent": float,
    "lump_sum_demand": bool,
    "dates": {k: date for k in ("issued", "payment_due", "acceleration", "last_payment", "assignment", "hearing")},
    "reference_number": str,
    "is_scam": bool,
    "input_kind": str,
    "template": str,
    "received": date,
}
NOT_NULL = {"document_type", "registry", "lump_sum_demand", "is_scam", "input_kind", "template"}


def _load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def _check_shape(value: object, shape: object, where: str) -> None:
    if isinstance(shape, dict):
        assert isinstance(value, dict), where
        assert set(value) == set(shape), f"{where}: keys {sorted(value)} != {sorted(shape)}"
        for k, sub in shape.items():
            _check_shape(value[k], sub, f"{where}.{k}")
        return
    if value is None:
        return
    if shape is date:
        assert isinstance(value, str) and date.fromisoformat(value).isoformat() == value, f"{where}: {value!r}"
    elif shape is float:
        assert isinstance(value, int | float) and not isinstance(value, bool), f"{where}: {value!r}"
    elif shape is int:
        assert isinstance(value, int) and not isinstance(value, bool) and value > 0, f"{where}: {value!r}"
    else:
        assert isinstance(value, shape), f"{where}: {value!r} is not {shape}"


def test_sample_set_is_generated():
    assert len(TRUTH_FILES) >= 30


@pytest.mark.parametrize("truth_file", TRUTH_FILES, ids=lambda p: p.name)
def test_truth_file_validates(truth_file: Path):
    t = _load(truth_file)
    _check_shape(t, SHAPE, truth_file.name)
    for key in NOT_NULL:
        assert t[key] is not None, key
    assert t["document_type"] in DOCUMENT_TYPES
    assert t["registry"]["status"] in REGISTRY_STATUSES
    assert t["input_kind"] in INPUT_KINDS
    ext = INPUT_KINDS[t["input_kind"]][0]
    stem = truth_file.name[: -len(".truth.json")]
    assert (SAMPLES / f"{stem}.{ext}").is_file(), "the input file sits beside its truth"
    for name in (t["sender"]["name"], t["creditor"]["name"], t["debtor"]["name"], t["reference_number"]):
        assert name is None or (name.strip() == name and " " not in name and "\u3000" not in name)
    if t["sender"]["phone"] is not None:
        assert set(t["sender"]["phone"]) <= set("0123456789-")
    if t["is_scam"]:
        assert t["registry"]["status"] == "not_licensed" and t["document_type"] == "other"
    if t["registry"]["status"] in ("licensed", "license_mismatch", "unverified"):
        assert "債権" in (t["sender"]["name"] + (t["creditor"]["name"] or "")), "verdicts are about a servicer"
    if t["received"] and t["dates"]["issued"]:
        assert t["received"] >= t["dates"]["issued"]


@pytest.mark.parametrize("truth_file", TRUTH_FILES, ids=lambda p: p.name)
def test_amounts_consistent_where_breakdown_complete(truth_file: Path):
    t = _load(truth_file)
    a = t["amounts"]
    parts = [a[k] for k in ("principal", "interest", "late_damages", "costs") if a[k] is not None]
    partial = {L.stem for L in all_letters() if L.breakdown_partial}
    if a["total"] is None or truth_file.name.split("_")[0] in {s.split("_")[0] for s in partial}:
        return
    if parts:
        assert sum(parts) == a["total"], f"{parts} do not add up to {a['total']}"


@pytest.mark.parametrize("letter", all_letters(), ids=lambda L: L.stem)
def test_late_damages_follow_the_formula(letter):
    if letter.late is None:
        return
    assert letter.late_from and letter.as_of and letter.rate and letter.principal
    assert letter.late == late_damages(letter.principal, letter.rate, letter.late_from, letter.as_of)
    # principal × rate × days / 365 with both ends of the window counted
    days = (letter.as_of - letter.late_from).days + 1
    assert abs(letter.late - letter.principal * letter.rate / 100 * days / 365) < 1
    # damages never accrue before the benefit of time was lost
    if letter.acceleration:
        assert letter.late_from > letter.acceleration


def test_every_document_type_has_three_templates():
    templates = defaultdict(set)
    for f in TRUTH_FILES:
        t = _load(f)
        templates[t["document_type"]].add(t["template"])
    assert set(templates) == set(DOCUMENT_TYPES)
    for dtype, names in templates.items():
        assert len(names) >= 3, f"{dtype}: {sorted(names)}"


def test_every_input_kind_is_present_several_times():
    counts = defaultdict(int)
    for f in TRUTH_FILES:
        counts[_load(f)["input_kind"]] += 1
    for kind in INPUT_KINDS:
        assert counts[kind] >= 2, f"{kind}: {counts[kind]}"


def test_registry_verdicts_are_all_exercised():
    statuses = {_load(f)["registry"]["status"] for f in TRUTH_FILES}
    assert {"licensed", "license_mismatch", "not_licensed", "unverified", "not_applicable"} <= statuses


def test_manifest_matches_files():
    with (SAMPLES / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["file", "input_kind", "document_type", "template", "received"]
    listed = {r["file"] for r in rows}
    on_disk = {f.name[: -len(".truth.json")] for f in TRUTH_FILES}
    assert {n.rsplit(".", 1)[0] for n in listed} == on_disk
    for r in rows:
        assert (SAMPLES / r["file"]).is_file(), r["file"]
        t = _load(SAMPLES / (r["file"].rsplit(".", 1)[0] + ".truth.json"))
        assert (r["input_kind"], r["document_type"], r["template"], r["received"] or None) == (
            t["input_kind"], t["document_type"], t["template"], t["received"])


def test_truth_files_are_what_the_generator_writes(tmp_path):
    from samples.generate import main

    assert main(["--truth-only", "--out", str(tmp_path)]) == 0
    fresh = {p.name: _load(p) for p in tmp_path.glob("*.truth.json")}
    committed = {p.name: _load(p) for p in TRUTH_FILES}
    assert fresh == committed
    for name in ("manifest.csv", "README.md"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (SAMPLES / name).read_text(encoding="utf-8"), name


def test_input_files_have_the_promised_form():
    import pdfplumber
    import pillow_heif
    from PIL import Image, ImageOps

    pillow_heif.register_heif_opener()
    for f in TRUTH_FILES:
        t = _load(f)
        kind = t["input_kind"]
        path = SAMPLES / (f.name[: -len(".truth.json")] + "." + INPUT_KINDS[kind][0])
        if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf", "pdf_scan"):
            with pdfplumber.open(path) as pdf:
                text = "".join(p.extract_text() or "" for p in pdf.pages)
                if kind == "pdf_scan":
                    assert text.strip() == "", "an image-only PDF has no text layer"
                    assert all(p.images for p in pdf.pages)
                else:
                    flat = "".join(text.split())
                    assert t["debtor"]["name"] in flat or kind == "vertical_pdf"
                    assert t["debtor"]["name"][0] in text
                if kind == "pdf_text_2page":
                    assert len(pdf.pages) == 2
        elif kind == "fax_tiff":
            with Image.open(path) as im:
                assert im.mode == "1"
                assert tuple(round(x) for x in im.info["dpi"]) == (200, 100)
                assert im.height < im.width * 1.2, "pixels squashed to half height"
        elif kind == "photo_exif_rotated":
            with Image.open(path) as im:
                assert im.getexif().get(0x0112) in (6, 8)
                assert im.width > im.height, "stored sideways"
                assert ImageOps.exif_transpose(im).height > ImageOps.exif_transpose(im).width
        elif kind == "photo_heic":
            with Image.open(path) as im:
                assert im.format == "HEIF" and im.width * im.height > 1_000_000
        else:
            with Image.open(path) as im:
                assert im.width * im.height <= 5_000_000, "images stay small enough to OCR quickly"


# ------------------------------------------------------------------------------ scoring


def _truth(**over) -> dict:
    t = {
        "document_type": "collection_notice",
        "sender": {"name": "東雲債権回収株式会社", "license_number": 231, "phone": "03-0000-2310"},
        "creditor": {"name": "東雲債権回収株式会社"},
        "registry": {"status": "unverified"},
        "original_creditor": {"name": None},
        "debtor": {"name": "山田太郎"},
        "amounts": {"total": 1000, "principal": 900, "interest": None, "late_damages": 100, "costs": None},
        "late_damages_rate_percent": 14.6,
        "lump_sum_demand": True,
        "dates": {"issued": "2025-11-24", "payment_due": "2025-12-08", "acceleration": None, "last_payment": None,
                  "assignment": None, "hearing": None},
        "reference_number": "SN-1",
        "is_scam": False, "input_kind": "photo_jpeg", "template": "t", "received": None,
    }
    t.update(over)
    return t


def test_scoring_on_a_handcrafted_example():
    t1 = _truth()
    r1 = copy.deepcopy(t1)
    # equal after NFKC + space removal, full-width phone digits, a full-width hyphen in the reference
    r1["sender"]["name"] = "東雲債権回収 株式会社"
    r1["sender"]["phone"] = "０３－０００－２３１０".replace("０００－", "００００－")
    r1["reference_number"] = "ＳＮ－1"
    r1["late_damages_rate_percent"] = 14.600000001
    r1["dates"]["assignment"] = "2025-07-01"  # a value where the letter states none: wrong and false
    r1["amounts"]["total"] = 999  # wrong
    t2 = _truth(input_kind="pdf_text", document_type="payment_order")
    r2 = copy.deepcopy(t2)
    t3 = _truth(input_kind="fax_tiff")
    docs = [DocRun("a.jpg", t1, r1, seconds=4.0, pages=1), DocRun("b.pdf", t2, r2, seconds=1.0, pages=2),
            DocRun("c.tif", t3, None, seconds=2.0, pages=1, error="boom")]
    rep = score(docs)
    n = len(FIELDS)
    assert rep.docs == 3
    assert rep.fields["amounts.total"]["correct"] == 1 and rep.fields["amounts.total"]["total"] == 3
    assert rep.fields["sender.name"]["accuracy"] == pytest.approx(2 / 3)
    assert rep.fields["sender.phone"]["correct"] == 2
    assert rep.fields["reference_number"]["correct"] == 2
    assert rep.fields["late_damages_rate_percent"]["correct"] == 2
    assert rep.overall == pytest.approx((n - 2 + n + 0) / (3 * n))
    assert rep.by_kind["photo_jpeg"]["accuracy"] == pytest.approx((n - 2) / n)
    assert rep.by_kind["pdf_text"]["accuracy"] == 1.0
    assert rep.by_kind["pdf_text"]["seconds_per_page"] == pytest.approx(0.5)
    assert rep.by_kind["fax_tiff"]["accuracy"] == 0.0
    assert rep.digital_pdf == 1.0
    assert rep.photo_fax == pytest.approx((n - 2) / (2 * n))
    assert rep.by_type["payment_order"]["accuracy"] == 1.0
    assert rep.docs_fully_right == pytest.approx(1 / 3)
    # null truths per doc: original_creditor, interest, costs, 4 dates = 7; the crashed doc reports nothing
    assert rep.null_truths == 21
    assert rep.false_values == 1
    assert rep.false_value_rate == pytest.approx(1 / 21)
    assert rep.crashed == ["c.tif"]
    wrong = {(e.file, e.path) for e in rep.errors}
    assert ("a.jpg", "amounts.total") in wrong and ("a.jpg", "dates.assignment") in wrong
    assert sum(1 for e in rep.errors if e.file == "a.jpg") == 2
    assert sum(1 for e in rep.errors if e.file == "c.tif") == n
    targets = {x["target"]: x["ok"] for x in rep.targets}
    assert targets["digital PDF ≥ 99.5 %"] is True
    assert targets["photos + fax ≥ 96 %"] is False
    assert targets["values where none is stated < 1 %"] is False


def test_field_comparison_rules():
    assert field_correct("debtor.name", "山田太郎", "山田　太郎")
    assert field_correct("debtor.name", "ＳＭＢＣ債権回収株式会社", "SMBC債権回収株式会社")
    assert not field_correct("debtor.name", "山田太郎", "山田太")
    assert field_correct("reference_number", "令和7年(ロ)第1234号", "令和７年（ロ）第１２３４号")
    assert field_correct("dates.issued", "2025-11-24", date(2025, 11, 24))
    assert not field_correct("dates.issued", "2025-11-24", "2025-11-25")
    assert field_correct("amounts.total", 1000, "1000")
    assert not field_correct("amounts.total", None, 0), "0 is a value, not 'not stated'"
    assert field_correct("registry.status", "licensed", "licensed")
    assert not field_correct("lump_sum_demand", True, False)
