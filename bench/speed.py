"""Speed benchmark: the parser's cost per page against the bare OCR engine's, in one run.

For each input kind it prints the median end-to-end seconds per page (`pipeline.parse`,
models already loaded), the median seconds of the bare engine (RapidOCR called directly on
the same page images ingest produced: the floor), and their ratio. Then the cold start of
`debt-notice parse` on a one-page digital PDF (process start to result) and the peak memory
of one `parse` process on a phone photo. Both medians are taken in the same run, so the ratio
holds on a busy machine.

    .venv/bin/python bench/speed.py [--runs 3] [--json out/speed.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXE = Path(sys.executable).parent / "debt-notice"


def samples_by_kind(limit: int) -> dict[str, list[Path]]:
    kinds: dict[str, list[Path]] = {}
    for truth in sorted(SAMPLES.glob("*.truth.json")):
        kind = json.loads(truth.read_text(encoding="utf-8"))["input_kind"]
        stem = truth.name.removesuffix(".truth.json")
        path = next(p for p in SAMPLES.glob(f"{stem}.*") if not p.name.endswith(".json"))
        if len(kinds.setdefault(kind, [])) < limit:
            kinds[kind].append(path)
    return kinds


def bare_engine_seconds(path: Path) -> tuple[float, int]:
    """RapidOCR alone on the page images ingest made (text-layer pages cost nothing)."""
    import numpy as np

    from parser import ingest
    from parser.models import Limits
    from parser.ocr import rapid

    document = ingest.load_path(path, Limits())
    model = rapid._model()
    rapid._set_detect_side(model, rapid.DETECT_SIDE)  # the engine as configured, whatever the last page set
    start = time.perf_counter()
    for page in document.pages:
        if page.image is not None:
            model(np.asarray(page.image.convert("RGB")))
    return time.perf_counter() - start, len(document.pages)


def pipeline_seconds(path: Path) -> tuple[float, int]:
    from parser import pipeline

    start = time.perf_counter()
    result = pipeline.parse(path)
    return time.perf_counter() - start, max(result.source.pages, 1)


def cold_start(pdf: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(EXE), "parse", str(pdf), "--json"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb(photo: Path) -> float:
    """Peak resident memory of one `parse` process on a photo, from GNU time (%M)."""
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        cmd = ["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name, str(EXE), "parse", str(photo), "--json"]
        subprocess.run(cmd, capture_output=True, check=True)
        return int(rss.read().split()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--per-kind", type=int, default=2, help="samples per input kind")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    kinds = samples_by_kind(args.per_kind)
    first = next(iter(kinds.values()))[0]
    pipeline_seconds(first)  # load the OCR engine and GiNZA once: the table is about warm cost
    rows: dict[str, dict[str, Any]] = {}
    for kind, paths in kinds.items():
        e2e, floor = [], []
        for path in paths:
            for _ in range(args.runs):
                seconds, pages = pipeline_seconds(path)
                e2e.append(seconds / pages)
                seconds, pages = bare_engine_seconds(path)
                floor.append(seconds / pages)
        m_e2e, m_floor = statistics.median(e2e), statistics.median(floor)
        rows[kind] = {
            "end_to_end_s_per_page": round(m_e2e, 3),
            "bare_engine_s_per_page": round(m_floor, 3),
            "ratio": round(m_e2e / m_floor, 2) if m_floor > 0.05 else None,
        }
    pdf = SAMPLES / "c01_ruled_table_pdf_text.pdf"
    photo = SAMPLES / "c01_ruled_table_photo_jpeg.jpg"
    report = {"kinds": rows, "cold_start_s": round(cold_start(pdf, args.runs), 2), "peak_memory_mb": round(peak_memory_mb(photo))}

    print(f"{'input kind':22} {'e2e s/page':>11} {'engine s/page':>14} {'ratio':>6}")
    for kind, row in rows.items():
        ratio = "  n/a" if row["ratio"] is None else f"{row['ratio']:6.2f}"
        print(f"{kind:22} {row['end_to_end_s_per_page']:11.2f} {row['bare_engine_s_per_page']:14.2f} {ratio}")
    print(f"cold start, parse of a one-page digital PDF: {report['cold_start_s']:.2f} s (target <= 4)")
    print(f"peak memory of one parse process on a photo: {report['peak_memory_mb']} MB (target <= 1200)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
