"""`debt-notice serve`: the upload page and the REST API under uvicorn.

Options win over the DEBT_NOTICE_WEB_* environment variables (see parser/web/config.py),
which win over the defaults.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer


def serve_command(
    host: Annotated[str, typer.Option(help="address to listen on (0.0.0.0 for every interface)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="letters read at the same time, one process each [env DEBT_NOTICE_WEB_WORKERS; 1]")
    ] = None,
    queue: Annotated[
        int | None, typer.Option(help="uploads that may wait for a worker before 503 [env DEBT_NOTICE_WEB_QUEUE; 4]")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option(help="seconds to read one letter before 504 [env DEBT_NOTICE_WEB_TIMEOUT; 120]")
    ] = None,
    max_mb: Annotated[
        float | None, typer.Option("--max-mb", help="largest upload in MB before 413 [env DEBT_NOTICE_WEB_MAX_MB; 20]")
    ] = None,
    max_memory_mb: Annotated[
        int | None,
        typer.Option("--max-memory-mb", min=0, help="memory of each worker process in MB, 0 for none [env DEBT_NOTICE_WEB_MAX_MEMORY_MB; 2048]"),
    ] = None,
    verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, help="more log output on stderr")] = 0,
) -> None:
    """書面をアップロードして読み取るウェブページと REST API（POST /api/v1/parse）を起動します。"""
    import uvicorn
    from pydantic import ValidationError

    from parser.web import config
    from parser.web.app import create_app

    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = config.from_env(
            workers=workers, queue=queue, timeout_seconds=timeout,
            max_bytes=None if max_mb is None else int(max_mb * 1024 * 1024), max_memory_mb=max_memory_mb,
        )  # fmt: skip
    except (ValidationError, ValueError) as exc:
        typer.echo(f"error: invalid web setting: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"debt-notice: http://{host}:{port}/  (workers {settings.workers}, queue {settings.queue}, "
        f"{settings.timeout_seconds:.0f} s per letter, uploads up to {settings.max_bytes / 2**20:.0f} MB, "
        f"{settings.parser.limits.max_memory_mb or 'no limit of'} MB of memory per worker)",
        err=True,
    )
    # One uvicorn process: the parsing workers are the pool's processes, each loading the models once.
    uvicorn.run(create_app(settings), host=host, port=port, log_level=logging.getLevelName(level).lower(),
                access_log=verbose > 0)  # fmt: skip
