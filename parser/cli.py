"""The `debt-notice` command line: a thin shell over the library.

Only this module (and the web layer) turns typed errors into exit codes. Results go to
stdout; logs and progress go to stderr. Today's date is read here, at the edge, and passed in.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from parser import __version__
from parser.cli_batch import batch_command
from parser.cli_deadlines import deadlines_command
from parser.cli_registry import registry_app
from parser.cli_serve import serve_command
from parser.models import Limits, ParseResult, Settings

app = typer.Typer(
    name="debt-notice",
    help="日本の督促状・債権譲渡通知・支払督促などを読み取り、差出人・請求額・期限を示します。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("deadlines", help="書面の種類と日付から、期限の一覧を計算します。")(deadlines_command)

app.command("batch", help="フォルダの書面をまとめて読み取り、JSONL・CSV・期限一覧を作ります（再開可）。")(batch_command)
app.add_typer(registry_app, name="registry", help="債権回収会社の登録簿を調べます。")
app.command("serve", help="書面をアップロードして読み取るウェブページと REST API を起動します。")(serve_command)

_EXIT_UNREADABLE = 2
_LIMITS = Limits()


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        typer.echo(f"error: {option} must be a date like 2025-11-24, not {text!r}", err=True)
        raise typer.Exit(1) from None


def _exit_code(result: ParseResult) -> int:
    return _EXIT_UNREADABLE if result.errors else 0


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="letter: photo (JPEG/PNG/HEIC/TIFF/WebP) or PDF")],
    received: Annotated[str | None, typer.Option("--received", help="受け取った日 YYYY-MM-DD")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the result object as JSON")] = False,
    ics: Annotated[Path | None, typer.Option("--ics", help="write the deadlines as a calendar file")] = None,
    engine: Annotated[str, typer.Option(help="OCR engine: rapidocr or tesseract")] = "rapidocr",
    no_nlp: Annotated[bool, typer.Option("--no-nlp", help="skip GiNZA (faster, less sure about names)")] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0.0, help="seconds to read the file before it is stopped, models included (0: none)"),
    ] = _LIMITS.max_seconds_per_file,
    max_memory_mb: Annotated[
        int, typer.Option("--max-memory-mb", min=0, help="memory this process may use, in MB (0: no limit)")
    ] = _LIMITS.max_memory_mb,
    verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, help="more log output on stderr")] = 0,
) -> None:
    """1通の書面を読み取り、要約（または --json で結果オブジェクト）を表示します。"""
    from parser import guard, pipeline

    _setup_logging(verbose)
    if engine not in ("rapidocr", "tesseract"):
        typer.echo(f"error: unknown engine {engine!r} (rapidocr or tesseract)", err=True)
        raise typer.Exit(1)
    limits = Limits(max_seconds_per_file=timeout, max_memory_mb=max_memory_mb)
    settings = Settings(
        engine="tesseract" if engine == "tesseract" else "rapidocr", use_nlp=not no_nlp, limits=limits
    )
    # After the imports (OpenBLAS gives up the process if it cannot get its buffers at import),
    # before the models: they load inside the parse, under the limit.
    guard.apply_memory_limit(limits)
    result = pipeline.parse(
        file, received=_parse_date(received, "--received"), today=date.today(), settings=settings, name=file.name
    )
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        typer.echo(result.summary_ja)
    if result.errors:
        typer.echo(f"error: {file.name}: {result.errors[0].message}", err=True)
    elif ics is not None:
        from parser.ics import to_ics

        stamp = datetime.now(UTC).replace(microsecond=0)
        ics.write_bytes(to_ics(result.deadlines, title_ja=result.sender.name or file.name, stamp=stamp))
    raise typer.Exit(_exit_code(result))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
