"""What a worker does with one upload: read the letter, and make the page previews.

These functions run inside a worker process (see `pool`), so they take and return only
picklable values, and they hold the letter only in memory: the file was written by the web
process into a directory that it deletes when the request ends.
"""

from __future__ import annotations

import io
import logging
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PIL import Image

from parser import guard, ingest, pipeline
from parser.errors import ParserError
from parser.models import ParseResult, Settings
from parser.web import preview

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    path: str
    name: str
    received: date | None
    today: date
    settings: Settings
    preview_pages: int = 4


@dataclass(frozen=True)
class Analysis:
    result: ParseResult
    previews: list[preview.PagePreview] = field(default_factory=list)


def analyse(job: Job) -> Analysis:
    """Parse the letter at `job.path`; add previews of the pages its values were read from."""
    data = Path(job.path).read_bytes()
    result = pipeline.parse_bytes(data, job.name, received=job.received, today=job.today, settings=job.settings)
    if result.errors or job.preview_pages == 0:
        return Analysis(result)
    try:
        # A second decode (cheap next to OCR) gives the page images to show.
        document = ingest.load(data, job.name, job.settings.limits, dpi=job.settings.dpi)
    except ParserError:
        return Analysis(result)
    wanted = [e.page for e in result.evidence.values()]
    geometry = preview.geometry_from_meta(result.meta)
    return Analysis(result, preview.previews(document, data, wanted, job.preview_pages, geometry))


def init_worker(
    settings: Settings, tmp_dir: str | None = None, warm_up: bool = True, limit_memory: bool = False
) -> None:
    """Set up a worker: temporary files in the upload directory, models loaded once.

    `limit_memory` caps the process's memory (parser/guard.py): for process workers only, as a
    thread worker shares its process with the server.
    """
    logging.basicConfig(level=logging.WARNING)
    if limit_memory:
        guard.apply_memory_limit(settings.limits)
    if tmp_dir is not None:
        # The OCR engines write page images to temporary files; keep them beside the uploads.
        tempfile.tempdir = tmp_dir
    if warm_up:
        warm(settings)


def warm(settings: Settings) -> None:
    """Load the OCR engine and GiNZA, so the first upload is not the slow one."""
    if settings.use_nlp:
        from parser import nlp

        nlp.load()
    blank = io.BytesIO()
    Image.new("L", (600, 800), 255).save(blank, "PNG")
    # A blank page goes through every stage: the engine loads, the data files are read.
    pipeline.parse_bytes(blank.getvalue(), "warm-up.png", today=date(2000, 1, 1), settings=settings)
