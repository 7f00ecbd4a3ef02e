"""The Dask side of a batch: a worker plugin that loads the models once, and the task function.

Both are imported by the Dask workers (which need `debt-notice-parser` installed, at the same
version as the machine submitting the batch). Workers receive the file's bytes with the task,
so they need no access to the staff member's file system.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from parser.batch.work import (
    Job,
    ParseRef,
    limit_threads,
    resolve_parse,
    run_job,
    undo_malloc_trim,
    warm_models,
)

log = logging.getLogger(__name__)

PLUGIN_NAME = "debt-notice-models"


class WarmModels(WorkerPlugin):
    """Sets one thread per library, caps the worker's memory and loads the OCR engine and GiNZA
    when a worker starts."""

    name = PLUGIN_NAME

    def __init__(self, settings_json: str, warm: bool = True, parser_version: str = "") -> None:
        self.settings_json = settings_json
        self.warm = warm
        self.parser_version = parser_version

    def setup(self, worker: Any) -> None:
        from parser import __version__

        if self.parser_version and self.parser_version != __version__:
            log.warning(
                "Dask worker %s runs debt-notice-parser %s, the batch was started with %s",
                getattr(worker, "address", "?"), __version__, self.parser_version,
            )  # fmt: skip
        limit_threads()
        undo_malloc_trim()
        settings = _settings(self.settings_json)
        limit_memory(settings, threads=int(getattr(getattr(worker, "state", None), "nthreads", None) or 1))
        if self.warm:
            warm_models(settings)


def limit_memory(settings: Any, *, threads: int) -> int | None:
    """The parse memory limit for a whole Dask worker process: one allowance per worker thread.

    Tasks run on worker threads, where no SIGALRM reaches them: their time limit stays the
    batch's cancel-and-restart. Memory can be capped, and a file past it then fails alone with
    ``limit_exceeded`` rather than the nanny restarting the worker (and every file on it).
    """
    from parser import guard

    limits = settings.limits
    if limits.max_memory_mb > 0:
        limits = limits.model_copy(update={"max_memory_mb": limits.max_memory_mb * max(1, threads)})
    return guard.apply_memory_limit(limits)


@cache
def _settings(settings_json: str) -> Any:
    from parser.models import Settings

    return Settings.model_validate_json(settings_json)


def parse_on_worker(parse_ref: ParseRef, job: Job, data: bytes, settings_json: str) -> str:
    """One file on a Dask worker: the same `run_job` the local pool runs, so results agree."""
    return run_job(resolve_parse(parse_ref), job, data, _settings(settings_json))


def processing_on(dask_scheduler: Any, key: str) -> str | None:
    """Run on the scheduler: the address of the worker currently running task `key`, if any."""
    task = dask_scheduler.tasks.get(key)
    if task is None or task.processing_on is None:
        return None
    return str(task.processing_on.address)
