"""One straight pipeline: ingest → ocr → normalize → classify → extract → verify → deadlines → summarize."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from parser import __version__, classify, deadlines, extract, guard, ingest, normalize, ocr, summarize, verify
from parser.errors import ParserError
from parser.models import Document, ParseResult, Settings

log = logging.getLogger(__name__)

DEFAULT_SETTINGS = Settings()


def parse(
    path: Path,
    *,
    received: date | None = None,
    today: date | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    name: str | None = None,
) -> ParseResult:
    """Parse one letter file. An unreadable file gives a result with `errors`, never an exception."""
    display = name or Path(path).name

    def run() -> ParseResult:
        document = ingest.load_path(Path(path), settings.limits, dpi=settings.dpi)
        return _run(document.model_copy(update={"name": display}), received=received, today=today, settings=settings)

    return _guarded(display, settings, run)


def parse_bytes(
    data: bytes,
    name: str,
    *,
    received: date | None = None,
    today: date | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> ParseResult:
    """Parse a letter held in memory (uploads)."""

    def run() -> ParseResult:
        document = ingest.load(data, name, settings.limits, dpi=settings.dpi)
        return _run(document, received=received, today=today, settings=settings)

    return _guarded(name, settings, run)


def parse_document(
    document: Document, *, received: date | None = None, today: date | None = None, settings: Settings = DEFAULT_SETTINGS
) -> ParseResult:
    """Run the stages after ingest on a document already loaded (the web layer keeps its pages for display)."""
    return _guarded(document.name, settings, lambda: _run(document, received=received, today=today, settings=settings))


def _guarded(name: str, settings: Settings, run: Callable[[], ParseResult]) -> ParseResult:
    """`run()` under the per-file time limit; a typed error, a time-out or running out of memory
    becomes a result with `errors` (see parser/guard.py)."""
    limit = guard.time_limit(settings.limits.max_seconds_per_file)
    try:
        with limit:
            return run()
    except ParserError as exc:
        exc = guard.typed_cause(exc) or exc  # a time-out OmegaConf rebuilt with its own lines appended
        return summarize.failed(name, exc, code=exc.code, meta=_meta({}))
    except Exception as exc:
        typed = guard.typed_cause(exc)  # a time-out that a library wrapped in its own error
        if typed is not None:
            return summarize.failed(name, typed, code=typed.code, meta=_meta({}))
        # MemoryError, or a library's own words for it (sudachipy: "Cannot allocate memory").
        # Unwinding to here has freed what the parse held. Anything else is a bug: raised.
        if not guard.is_out_of_memory(exc):
            raise
        log.info("a parse ran out of memory (limit %d MB)", settings.limits.max_memory_mb)
        error = guard.memory_exceeded(settings.limits)
        return summarize.failed(name, error, code=error.code, meta=_meta({}))
    finally:
        limit.stop()  # again, in case the alarm landed while the first stop was on its way in


def _run(document: Document, *, received: date | None, today: date | None, settings: Settings) -> ParseResult:
    timings: dict[str, float] = {}

    def timed(stage: str, start: float) -> float:
        now = time.perf_counter()
        timings[stage] = round(now - start, 3)
        return now

    t = time.perf_counter()
    try:
        pages = ocr.read(document, engine=settings.engine, limits=settings.limits)
    except ParserError as exc:
        return summarize.failed(document.name, exc, code=exc.code, meta=_meta(timings))
    t = timed("ocr", t)
    pages = normalize.pages(pages)
    letter = classify.letter_pages(pages)
    classification = classify.classify(letter)
    extraction = extract.extract(letter, classification, use_nlp=settings.use_nlp)
    t = timed("extract", t)
    verification = verify.verify(extraction)
    # A suspected scam gets no deadlines: showing one would lend the fake letter weight.
    due = [] if summarize.is_scam(extraction, verification) else deadlines.compute(
        deadlines.facts_from_extraction(extraction), received=received
    )
    t = timed("verify_deadlines", t)
    meta = _meta(timings)
    # Evidence boxes are in each page's own units: the prepared image's pixels, or PDF points.
    meta["pages"] = [
        {"number": p.number, "width": p.width, "height": p.height, "rotation": p.rotation, "source": p.source}
        for p in pages
    ]
    result = summarize.build(document, pages, extraction, verification, due, today=today, meta=meta)
    log.info("parsed a %s of %d page(s) in %.2fs", document.kind, len(pages), sum(timings.values()))
    return result


def _meta(timings: dict[str, Any]) -> dict[str, Any]:
    return {"parser_version": __version__, "seconds": timings}
