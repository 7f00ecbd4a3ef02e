"""Letters are personal data; inputs are hostile. Logs carry no letter text, ingest only typed errors."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest
from test_golden import GOLDEN, PAGES

from parser import ingest, ocr, pipeline
from parser.errors import InputError
from parser.models import Limits

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG])
def test_logs_hold_no_letter_text_names_or_amounts(
    level: int, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = SAMPLES / "c01_ruled_table_photo_jpeg.jpg"
    monkeypatch.setattr(ocr, "read", lambda document, **kw: PAGES.validate_json((GOLDEN / f"{sample.stem}.ocr.json").read_bytes()))
    with caplog.at_level(level):
        result = pipeline.parse(sample)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert result.debtor.name and result.amounts.total
    secrets = [result.debtor.name, result.sender.name, result.original_creditor.name, str(result.amounts.total),
               f"{result.amounts.total:,}", result.reference_number, "東京都練馬区"]  # fmt: skip
    for secret in secrets:
        assert secret and secret not in logged


def _mutations(data: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    for _ in range(count):
        b = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        cut = rng.random()
        out.append(bytes(b[: int(len(b) * cut)]) if cut < 0.3 else bytes(b))
    return out


@pytest.mark.parametrize(
    "name", ["c01_ruled_table_pdf_text.pdf", "c02_tokusoku_labelvalue_scan_png.png", "c04_voluntary_sale_cards_fax_tiff.tif"]
)
def test_mutated_samples_give_a_document_or_a_typed_error(name: str) -> None:
    """A bounded fuzz run (fixed seed, 40 mutants per file) of ingest on real sample files."""
    rng = random.Random(f"fuzz-{name}")
    data = (SAMPLES / name).read_bytes()
    for mutant in _mutations(data, rng, 40):
        try:
            document = ingest.load(mutant, name, Limits())
        except InputError:
            continue
        assert document.pages
