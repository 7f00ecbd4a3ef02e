"""What runs inside a batch worker, whichever executor started it.

A worker limits every numeric library to one thread (parallelism comes from running one
worker per core; threads inside each worker would only fight over the same cores), loads the
OCR engine and GiNZA once, then turns ``(job, bytes)`` into one result serialised as JSON.

Imports stay light at module level: a freshly spawned worker imports this module before
`limit_threads` runs, and numpy/onnxruntime read their thread settings when first imported.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    from parser.models import ParseResult, Settings

log = logging.getLogger(__name__)

DEFAULT_PARSE = "parser.pipeline:parse_bytes"

# Read by OpenMP (tesseract, opencv), OpenBLAS/MKL (numpy); onnxruntime ignores them and sizes
# its pool to the core count, so parser/ocr/rapid.py reads its own variable for that.
OCR_THREADS_ENV = "DEBT_NOTICE_OCR_THREADS"
THREAD_ENV: dict[str, str] = {
    "OMP_NUM_THREADS": "1",
    "OMP_THREAD_LIMIT": "1",  # tesseract's OpenMP honours the limit, not the thread count
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    OCR_THREADS_ENV: "1",
}


class ParseFn(Protocol):
    """The signature of `parser.pipeline.parse_bytes`; tests inject fakes with the same shape."""

    def __call__(
        self, data: bytes, name: str, *, received: date | None, today: date | None, settings: Settings
    ) -> ParseResult: ...


# A parse function, or "module:function" resolved inside the worker (keeps the parent light).
ParseRef: TypeAlias = "ParseFn | str"


@dataclass(frozen=True)
class Job:
    """One file of a batch. Carries no bytes: executors read them when the file is dispatched."""

    index: int
    name: str  # source.file in the result: the path as the staff member gave it
    path: str  # absolute path on the machine running the batch
    sha256: str  # content hash at discovery; the resume key
    size: int
    received: date | None = None
    today: date | None = None
    case_id: str | None = None


# --------------------------------------------------------------------------- worker set-up


def limit_threads() -> None:
    """One compute thread per worker for every library the OCR stage uses."""
    os.environ.update(THREAD_ENV)
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:  # pragma: no cover - opencv is a dependency of rapidocr
        pass


def undo_malloc_trim() -> bool:
    """Give glibc back its adaptive mmap threshold when MALLOC_TRIM_THRESHOLD_ has pinned it.

    Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 to return memory to the OS.
    Setting it also freezes glibc's mmap threshold at 128 KiB, so every page image and
    onnxruntime tensor is mmap'ed, zero-filled and unmapped anew: measured here, OCR took
    30-60 % more CPU in a Dask worker than in a pool worker. Thresholds like the ones glibc
    would adapt to bring it back to par. Returns whether anything was changed.
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ or not sys.platform.startswith("linux"):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3  # from glibc's malloc.h
    try:
        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(m_mmap_threshold, 32 << 20)) and bool(libc.mallopt(m_trim_threshold, 64 << 20))
    except (OSError, AttributeError):  # not glibc
        return False


def warm_models(settings: Settings) -> list[str]:
    """Load the OCR engine and GiNZA now, so the first file does not pay for it.

    Returns the names of the exceptions that occurred: a missing model is reported on each
    file's result by the pipeline itself, so the worker keeps going rather than crash-looping.
    """
    problems: list[str] = []
    try:
        from parser import ocr

        get_engine: Callable[..., Any] | None = getattr(ocr, "get_engine", None)
        if callable(get_engine):
            # The same arguments as ocr.read passes: the engine is cached per argument list.
            get_engine(settings.engine, seconds_per_page=settings.limits.ocr_seconds_per_page)
    except Exception as exc:
        problems.append(type(exc).__name__)
        log.warning("could not load the OCR engine %s in a worker: %s", settings.engine, type(exc).__name__)
    if settings.use_nlp:
        try:
            from parser import nlp

            nlp.load()
        except Exception as exc:
            problems.append(type(exc).__name__)
            log.warning("could not load GiNZA in a worker: %s", type(exc).__name__)
    return problems


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this worker when the batch process dies (even by kill -9)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - exotic libc
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


# --------------------------------------------------------------------------- one file


_RESOLVED: dict[str, ParseFn] = {}


def resolve_parse(ref: ParseRef) -> ParseFn:
    if not isinstance(ref, str):
        return ref
    if ref not in _RESOLVED:
        module, _, attr = ref.partition(":")
        _RESOLVED[ref] = getattr(importlib.import_module(module), attr)
    return _RESOLVED[ref]


def error_result(name: str, code: str, message: str, *, sha256: str | None = None) -> ParseResult:
    """A result for a file the batch could not parse: `errors` filled, nothing guessed."""
    from parser.models import ParseResult, ProblemItem, Source

    return ParseResult(
        source=Source(file=name, pages=0, sha256=sha256),
        errors=[ProblemItem(code=code, message=message)],
        needs_review=True,
        review_reasons=["document could not be read"],
        summary_ja=f"この書類は読み取れませんでした: {message}",
    )


def run_job(parse: ParseFn, job: Job, data: bytes, settings: Settings) -> str:
    """Parse one file; any exception becomes a result with `errors`. Returns the result as JSON."""
    from parser import guard

    try:
        result = parse(data, job.name, received=job.received, today=job.today, settings=settings)
    except Exception as exc:
        typed = guard.typed_cause(exc)
        if typed is not None:  # a time-out or a limit that escaped the parse function
            result = error_result(job.name, typed.code, typed.message)
        elif guard.is_out_of_memory(exc):
            error = guard.memory_exceeded(settings.limits)
            result = error_result(job.name, error.code, error.message)
        else:
            # The type only: an exception message may quote the letter, which must not reach the logs.
            log.warning("the parser raised %s on file #%d", type(exc).__name__, job.index)
            result = error_result(
                job.name,
                "internal_error",
                f"the parser failed on this file ({type(exc).__name__}); please report it / 内部エラーが発生しました",
            )
    sha256 = hashlib.sha256(data).hexdigest()
    source = result.source.model_copy(update={"file": job.name, "sha256": sha256})
    return result.model_copy(update={"source": source}).model_dump_json()


# --------------------------------------------------------------------------- process-pool worker


def pool_worker(
    conn: Connection, parse_ref: ParseRef, settings_json: str, warm: bool, parent_pid: int
) -> None:
    """Main loop of one local pool worker: ready, then (job, bytes) in → ("done", index, json) out."""
    # Ctrl-C goes to the whole process group; the batch process decides how workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid)
    limit_threads()
    from parser.models import Settings

    settings = Settings.model_validate_json(settings_json)
    parse = resolve_parse(parse_ref)
    from parser import guard

    # Before the models load, so that they count; a file past it fails alone (limit_exceeded)
    # and the worker, its memory freed as the error unwinds, goes on with the next one.
    guard.apply_memory_limit(settings.limits)
    if warm:
        warm_models(settings)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, data = message
        output = run_job(parse, job, data, settings)
        try:
            conn.send(("done", job.index, output))
        except OSError:
            return
