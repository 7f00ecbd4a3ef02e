"""End to end with the real OCR engine, the real GiNZA model and the real command line.

One sample per input kind goes through `pipeline.parse` and is scored against its ground
truth; the command line is run as a user runs it, on a good file and on a broken one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from parser import pipeline, schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "bench"))
from accuracy import field_correct, get_path  # noqa: E402  (the benchmark's own scoring)

SCORED = [
    "document_type", "sender.name", "sender.license_number", "sender.phone", "creditor.name", "registry.status",
    "original_creditor.name", "debtor.name", "amounts.total", "amounts.principal", "amounts.interest",
    "amounts.late_damages", "amounts.costs", "late_damages_rate_percent", "lump_sum_demand", "dates.issued",
    "dates.payment_due", "dates.acceleration", "dates.last_payment", "dates.assignment", "dates.hearing",
    "reference_number",
]  # fmt: skip


def one_per_kind() -> list[Path]:
    chosen: dict[str, Path] = {}
    for truth_file in sorted(SAMPLES.glob("*.truth.json")):
        kind = json.loads(truth_file.read_text(encoding="utf-8"))["input_kind"]
        stem = truth_file.name.removesuffix(".truth.json")
        chosen.setdefault(kind, next(p for p in SAMPLES.glob(f"{stem}.*") if not p.name.endswith(".json")))
    return list(chosen.values())


@pytest.mark.slow
@pytest.mark.parametrize("sample", one_per_kind(), ids=lambda p: p.name)
def test_real_pipeline_reads_each_input_kind(sample: Path) -> None:
    truth = json.loads((SAMPLES / f"{sample.stem}.truth.json").read_text(encoding="utf-8"))
    received = date.fromisoformat(truth["received"]) if truth.get("received") else None
    result = pipeline.parse(sample, received=received).model_dump(mode="json")
    assert not result["errors"]
    assert result["document_type"] == truth["document_type"]
    right = [p for p in SCORED if field_correct(p, get_path(truth, p), get_path(result, p))]
    assert len(right) / len(SCORED) >= 0.85, sorted(set(SCORED) - set(right))
    for path in ("amounts.total", "dates.payment_due", "dates.hearing"):
        expected = get_path(truth, path)
        if expected is None:
            assert get_path(result, path) is None, f"{path} invented"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "debt-notice"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
def test_cli_parse_json_validates_against_the_schema() -> None:
    done = cli("parse", str(SAMPLES / "c01_ruled_table_pdf_text.pdf"), "--json", "--received", "2025-11-26")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    jsonschema.validate(result, json.loads((schema.DEFAULT_DIR / "result.schema.json").read_text(encoding="utf-8")))
    assert result["source"]["file"] == "c01_ruled_table_pdf_text.pdf"
    assert result["amounts"]["total"] == 940711


@pytest.mark.slow
def test_cli_summary_is_japanese_for_a_person() -> None:
    done = cli("parse", str(SAMPLES / "o27_scam_postcard_scan_png.png"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("【注意】架空請求")
    assert "188" in done.stdout and "【期限】" not in done.stdout


def test_cli_unreadable_file_gives_one_line_error_and_a_json_result(tmp_path: Path) -> None:
    broken = tmp_path / "letter.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    done = cli("parse", str(broken), "--json")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "letter.jpg" in done.stderr
    result = json.loads(done.stdout)
    assert result["errors"] and result["source"]["file"] == "letter.jpg"
    assert result["amounts"]["total"] is None


@pytest.mark.slow
def test_a_blank_page_says_there_is_no_letter_text(tmp_path: Path) -> None:
    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("L", (1240, 1754), 255).save(blank)
    result = pipeline.parse(blank)
    assert "no_letter_text" in result.warnings and result.needs_review
    assert result.amounts.total is None and result.deadlines == []
