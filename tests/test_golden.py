"""Golden files: the whole result for every sample letter, compared field by field.

OCR output is recorded per sample in tests/golden/<stem>.ocr.json (engine and page objects), so
this test runs every later stage — normalize, classify, extract with GiNZA, verify, deadlines,
summarize — without spending OCR time; tests/test_end_to_end.py runs the real engines.
`pytest tests/test_golden.py --update-golden` rewrites the results (and records OCR with the real
engine where tests/golden/<stem>.ocr.json is missing: delete those files to re-record OCR).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import TypeAdapter

from parser import ocr, pipeline, schema
from parser.models import OcrPage, ParseResult

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2025, 12, 1)  # a fixed "today" so next steps and review flags do not drift
PAGES = TypeAdapter(list[OcrPage])
CONTRACT_PATHS = [
    "source.file", "source.pages", "document_type", "sender.name", "sender.license_number", "sender.phone",
    "creditor.name", "registry.status", "registry.license_number", "registry.name", "original_creditor.name",
    "debtor.name", "amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs",
    "late_damages_rate_percent", "lump_sum_demand", "dates.issued", "dates.payment_due", "dates.acceleration",
    "dates.last_payment", "dates.assignment", "dates.hearing", "reference_number", "deadlines", "fraud_signals",
    "evidence", "summary_ja", "errors",
]  # fmt: skip


def samples() -> list[Path]:
    """Our samples and the proxy sets written apart from the parser (samples/proxy*)."""
    return sorted(
        p
        for folder in (SAMPLES, *sorted(SAMPLES.glob("proxy*")))
        for p in folder.iterdir()
        if p.is_file() and (folder / f"{p.stem}.truth.json").exists()
    )


def received(sample: Path) -> date | None:
    truth = json.loads((sample.parent / f"{sample.stem}.truth.json").read_text(encoding="utf-8"))
    return date.fromisoformat(truth["received"]) if truth.get("received") else None


def comparable(result: ParseResult) -> dict[str, Any]:
    return result.model_dump(mode="json", exclude={"meta"})


def run(sample: Path, monkeypatch: pytest.MonkeyPatch, *, record: bool) -> ParseResult:
    ocr_file = GOLDEN / f"{sample.stem}.ocr.json"
    real_read = ocr.read

    def replay(document: Any, **kwargs: Any) -> list[OcrPage]:
        if record and not ocr_file.exists():
            pages = real_read(document, **kwargs)
            ocr_file.write_text(PAGES.dump_json(pages, indent=1).decode() + "\n", encoding="utf-8")
            return pages
        return PAGES.validate_json(ocr_file.read_bytes())

    monkeypatch.setattr(ocr, "read", replay)
    return pipeline.parse(sample, received=received(sample), today=TODAY)


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_golden(sample: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    record = bool(request.config.getoption("--update-golden"))
    expected_file = GOLDEN / f"{sample.stem}.result.json"
    result = run(sample, monkeypatch, record=record)
    got = comparable(result)
    if record:
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_result_validates_against_schema_and_carries_the_contract(sample: Path) -> None:
    result = json.loads((GOLDEN / f"{sample.stem}.result.json").read_text(encoding="utf-8"))
    jsonschema.validate(result, json.loads((schema.DEFAULT_DIR / "result.schema.json").read_text(encoding="utf-8")))
    for path in CONTRACT_PATHS:
        node: Any = result
        for key in path.split("."):
            assert isinstance(node, dict) and key in node, f"{sample.name}: {path}"
            node = node[key]
    for deadline in result["deadlines"]:
        assert deadline["basis"] and deadline["certainty"] in ("stated", "computed", "estimated")
        if deadline["kind"] == "limitation_possible":
            assert deadline["certainty"] == "estimated"
