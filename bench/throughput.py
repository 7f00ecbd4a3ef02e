"""Batch throughput: pages per minute with 1 and 2 local workers and with Dask (2 workers).

    .venv/bin/python bench/throughput.py                  # every letter in samples/
    .venv/bin/python bench/throughput.py --limit 8        # the first 8 (quicker)
    .venv/bin/python bench/throughput.py --scheduler tcp://host:8786   # Dask on an existing cluster

Each configuration starts its workers and waits until they have loaded their models; the
clock then runs from the first file sent to the last result back, so the numbers are
steady-state throughput (start-up time is shown separately). Targets: two local workers at
least 1.7x one worker; Dask within 10 % of the local pool with the same number of workers.
The real pipeline runs (RapidOCR + GiNZA), one thread per worker.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from parser.batch.executors import DaskExecutor, Executor, ProcessPool  # noqa: E402
from parser.batch.runner import discover, file_sha256, largest_first  # noqa: E402
from parser.batch.work import Job  # noqa: E402
from parser.models import Settings  # noqa: E402

SAMPLES = HERE.parent / "samples"
TODAY = date(2025, 12, 1)


@dataclass
class Measure:
    executor: str
    workers: int
    files: int
    pages: int
    errors: int
    startup: float
    seconds: float
    cpu: float  # CPU seconds the worker processes used, start-up included
    codes: Counter[str] = field(default_factory=Counter)

    @property
    def pages_per_minute(self) -> float:
        return 60.0 * self.pages / self.seconds if self.seconds else 0.0


def jobs_for(paths: list[Path], limit: int | None) -> list[Job]:
    found = discover(paths)[:limit] if limit else discover(paths)
    jobs = []
    for index, f in enumerate(found):
        sha256, size = file_sha256(f.path)
        jobs.append(Job(index, f.display, str(f.path.absolute()), sha256, size, None, TODAY))
    return largest_first(jobs)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, workers: int, executor: Executor, jobs: list[Job]) -> Measure:
    cpu0 = _children_cpu()
    started = time.perf_counter()
    codes: Counter[str] = Counter()
    with executor:
        executor.wait_ready(900.0)
        ready = time.perf_counter()
        pages = errors = 0
        for _, result in executor.run(jobs):
            pages += result.source.pages
            errors += bool(result.errors)
            codes.update(e.code for e in result.errors)
        done = time.perf_counter()
    # Workers are joined when the executor closes, so their CPU time is counted by now
    # (a Dask cluster on other machines is not: the column is then meaningless).
    cpu = _children_cpu() - cpu0
    return Measure(label, workers, len(jobs), pages, errors, ready - started, done - ready, cpu, codes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[SAMPLES], help="letters (default: samples/)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N files")
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address instead of a LocalCluster")
    ap.add_argument("--no-nlp", action="store_true", help="skip GiNZA")
    ap.add_argument("--skip-one", action="store_true", help="skip the one-worker run (compare pool and Dask only)")
    args = ap.parse_args()

    jobs = jobs_for(args.paths, args.limit)
    if not jobs:
        sys.exit("no letters found: run `make samples` first")
    settings = Settings(use_nlp=not args.no_nlp)
    console = Console(stderr=True)
    results: list[Measure] = []
    plan: list[tuple[str, int, Executor]] = [
        ("process", 1, ProcessPool(1, settings=settings, timeout=900)),
        ("process", 2, ProcessPool(2, settings=settings, timeout=900)),
        ("dask", 2, DaskExecutor(scheduler=args.scheduler, workers=2, settings=settings, timeout=900)),
    ]
    if args.skip_one:
        plan = plan[1:]
    for label, workers, executor in plan:
        console.print(f"{label} x{workers}: {len(jobs)} files … (load average {os.getloadavg()[0]:.1f})")
        results.append(measure(label, workers, executor, jobs))
        console.print(f"  done (load average {os.getloadavg()[0]:.1f}); errors: {dict(results[-1].codes) or 'none'}")

    one = 0.0 if args.skip_one else results[0].pages_per_minute
    pool2 = results[-2].pages_per_minute
    table = Table(title=f"Batch throughput ({len(jobs)} files)")
    columns = ("executor", "workers", "files", "pages", "errors", "start-up s", "run s", "worker CPU s",
               "pages/min", "vs 1 worker", "pages/CPU-min")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "executor" else "right", no_wrap=True)
    for m in results:
        table.add_row(
            m.executor, str(m.workers), str(m.files), str(m.pages), str(m.errors), f"{m.startup:.1f}",
            f"{m.seconds:.1f}", f"{m.cpu:.0f}", f"{m.pages_per_minute:.1f}",
            f"{m.pages_per_minute / one:.2f}x" if one else "-", f"{60 * m.pages / m.cpu:.1f}" if m.cpu else "-",
        )  # fmt: skip
    Console(width=max(Console().width, 130)).print(table)
    speedup = pool2 / one if one else 0.0
    dask_gap = (results[-1].pages_per_minute - pool2) / pool2 if pool2 else 0.0
    if one:
        print(f"2 workers vs 1: {speedup:.2f}x (target >= 1.70x) {'ok' if speedup >= 1.7 else 'BELOW TARGET'}")
    print(f"Dask vs process pool: {dask_gap:+.1%} (target within 10 %) {'ok' if abs(dask_gap) <= 0.10 else 'OFF TARGET'}")


if __name__ == "__main__":  # the workers are spawned: they must not run this again
    main()
