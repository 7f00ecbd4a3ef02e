"""`debt-notice batch`: read a whole folder of letters into a JSONL file, resumably.

Registered by `parser.cli` as ``app.command("batch")(batch_command)``; also runnable on its own
as ``python -m parser.batch``. Progress goes to stderr, the closing table to stdout. Today's
date is read here, at the edge, and passed down.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from parser.batch.executors import DEFAULT_TIMEOUT, DaskExecutor, Executor, ProcessPool
from parser.batch.manifest import Manifest, load_manifest
from parser.batch.report import render, write_csv
from parser.batch.runner import run_batch
from parser.errors import ParserError
from parser.models import Limits, ParseResult, Settings

_EXIT_INTERRUPTED = 130


class ExecutorKind(StrEnum):
    process = "process"
    dask = "dask"


class _Rate(ProgressColumn):
    """Files per minute: letters take seconds each, so per-second rates read as 0.3/s."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed * 60:.1f}/min", style="progress.data.speed")


class _RichProgress:
    """The runner's progress sink, drawn on stderr."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rate(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
        )
        self.task: TaskID | None = None
        self.label = ""
        self.errors = 0

    def __enter__(self) -> _RichProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def stage(self, description: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[self.task].total)
        self.label, self.errors = description, 0
        self.task = self.progress.add_task(description, total=total)

    def advance(self, result: ParseResult | None = None) -> None:
        if self.task is None:
            return
        if result is not None and result.errors:
            self.errors += 1
            self.progress.update(self.task, description=f"{self.label} ({self.errors} unreadable)")
        self.progress.advance(self.task)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def batch_command(
    paths: Annotated[list[Path], typer.Argument(help="letter files or folders (searched recursively)")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="JSONL file: one result per line, appended; re-runs resume")
    ],
    csv: Annotated[
        Path | None,
        typer.Option("--csv", help="also write a spreadsheet (UTF-8 with BOM), nearest deadline first"),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="parallel workers (default: number of cores)")
    ] = None,
    executor: Annotated[
        ExecutorKind | None, typer.Option("--executor", help="process (local, default) or dask")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --executor dask)"
        ),
    ] = None,
    manifest: Annotated[
        Path | None, typer.Option("--manifest", help="CSV with columns file, received, case_id")
    ] = None,
    received: Annotated[
        str | None,
        typer.Option("--received", help="受け取った日 YYYY-MM-DD for letters the manifest does not date"),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, help="seconds one file may take before it is stopped")
    ] = DEFAULT_TIMEOUT,
    max_memory_mb: Annotated[
        int, typer.Option("--max-memory-mb", min=0, help="memory each worker process may use, in MB (0: no limit)")
    ] = Limits().max_memory_mb,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="parse again the files whose earlier result has errors")
    ] = False,
    engine: Annotated[str, typer.Option(help="OCR engine: rapidocr or tesseract")] = "rapidocr",
    no_nlp: Annotated[
        bool, typer.Option("--no-nlp", help="skip GiNZA (faster, less sure about names)")
    ] = False,
    verbose: Annotated[
        int, typer.Option("-v", "--verbose", count=True, help="more log output on stderr")
    ] = 0,
) -> None:
    """フォルダの書面をまとめて読み取り、1通1行のJSONLと期限順の一覧を作ります（中断しても再開できます）。"""
    logging.basicConfig(
        level=logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG,
        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s",
    )  # fmt: skip
    if engine not in ("rapidocr", "tesseract"):
        raise _fail(f"unknown engine {engine!r} (rapidocr or tesseract)")
    if scheduler and executor is ExecutorKind.process:
        raise _fail("--scheduler is for --executor dask")
    kind = ExecutorKind.dask if scheduler else (executor or ExecutorKind.process)
    try:
        received_date = date.fromisoformat(received) if received else None
    except ValueError:
        raise _fail(f"--received must be a date like 2025-11-24, not {received!r}") from None
    today = date.today()
    settings = Settings(engine=engine, use_nlp=not no_nlp, limits=Limits(max_memory_mb=max_memory_mb))
    count = workers or _cores()

    try:
        rows: Manifest | None = load_manifest(manifest) if manifest else None
    except ParserError as exc:
        raise _fail(exc.message, exc.exit_code) from None
    pool: Executor
    if kind is ExecutorKind.dask:
        pool = DaskExecutor(scheduler=scheduler, workers=count, settings=settings, timeout=timeout)
    else:
        pool = ProcessPool(count, settings=settings, timeout=timeout)

    err = Console(stderr=True)
    try:
        with _RichProgress(err) as progress:
            run = run_batch(
                paths, pool, out=out, manifest=rows, received=received_date, today=today,
                limits=settings.limits, retry_errors=retry_errors, progress=progress,
            )  # fmt: skip
    except ParserError as exc:
        raise _fail(exc.message, exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail(f"interrupted; the results so far are in {out}: run the same command again to resume",
                    _EXIT_INTERRUPTED) from None  # fmt: skip
    except OSError as exc:  # the output disk, or a Dask scheduler that cannot be reached
        raise _fail(f"{type(exc).__name__}: {exc}") from None

    if run.found == 0:
        err.print("No letter files found (images or PDFs). / 書面のファイルが見つかりません。")
    if run.manifest_unmatched:
        shown = ", ".join(run.manifest_unmatched[:5]) + (" …" if len(run.manifest_unmatched) > 5 else "")
        err.print(f"[yellow]{len(run.manifest_unmatched)} manifest row(s) matched no file: {shown}[/]")
    render(run, today=today, console=Console(), out=out)
    if csv is not None:
        try:
            written = write_csv(csv, run.results, today=today)
        except OSError as exc:
            raise _fail(f"cannot write {csv}: {exc.strerror or exc}") from None
        err.print(f"wrote {written} row(s) to {csv}")
