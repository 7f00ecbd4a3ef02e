from __future__ import annotations

import json
from pathlib import Path

from parser import schema
from parser.models import ParseResult, Source


def test_committed_schemas_match_the_models() -> None:
    assert schema.drift() == [], "run `python -m parser.schema` and commit schemas/"


def test_check_flag_detects_drift(tmp_path: Path) -> None:
    schema.write(tmp_path)
    assert schema.main(["--check", str(tmp_path)]) == 0
    (tmp_path / "result.schema.json").write_text("{}", encoding="utf-8")
    assert schema.main(["--check", str(tmp_path)]) == 1


def test_result_schema_carries_every_contract_path() -> None:
    props = json.loads((schema.DEFAULT_DIR / "result.schema.json").read_text(encoding="utf-8"))
    dumped = ParseResult(source=Source(file="x.jpg")).model_dump(mode="json")
    contract = [
        "source.file", "source.pages", "document_type", "sender.name", "sender.license_number", "sender.phone",
        "creditor.name", "registry.status", "registry.license_number", "registry.name", "original_creditor.name",
        "debtor.name", "amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages",
        "amounts.costs", "late_damages_rate_percent", "lump_sum_demand", "dates.issued", "dates.payment_due",
        "dates.acceleration", "dates.last_payment", "dates.assignment", "dates.hearing", "reference_number",
        "deadlines", "fraud_signals", "evidence", "summary_ja", "errors",
    ]  # fmt: skip
    for path in contract:
        node: object = dumped
        for key in path.split("."):
            assert isinstance(node, dict) and key in node, path
            node = node[key]
    assert set(props["required"]) >= {"source"}
