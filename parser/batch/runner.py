"""The batch loop: find the letters, skip those already done, parse the rest, append each result.

Durability: every result is written to the JSONL file as one line, flushed and fsync'd as soon
as its file finishes, so a batch killed at any moment loses at most the files in flight. A line
cut short by the kill is dropped on the next run, which then parses that file again.

Identity is the file's content (sha256 of its bytes), not its name: a re-run skips every file
whose content already has a result, even if it was renamed or moved, and two copies of the same
letter in one batch give one result. A file that could not even be read for hashing is known by
its path instead.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Protocol

from pydantic import ValidationError

from parser.batch.executors import Executor
from parser.batch.manifest import Manifest
from parser.batch.work import Job, error_result
from parser.errors import InputError, LimitExceeded
from parser.models import Limits, ParseResult

log = logging.getLogger(__name__)

# Everything ingest can read; a directory is searched for these, a file named on the command
# line is taken whatever its extension (ingest sniffs the bytes anyway).
LETTER_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif", ".pdf", ".gif", ".bmp"}
)
_CHUNK = 1 << 20


class ProgressSink(Protocol):
    """What the runner tells a progress display; the CLI draws it with rich."""

    def stage(self, description: str, total: int) -> None: ...

    def advance(self, result: ParseResult | None = None) -> None: ...


@dataclass(frozen=True)
class FoundFile:
    display: str  # the path as the staff member gave it (joined with the path inside a directory)
    path: Path


@dataclass
class BatchRun:
    """What one run did, and every result now in the output file (earlier runs included)."""

    found: int = 0
    already_done: int = 0
    duplicates: int = 0
    parsed: int = 0
    failed: int = 0
    results: list[ParseResult] = field(default_factory=list)
    manifest_unmatched: list[str] = field(default_factory=list)
    bad_lines: int = 0


# --------------------------------------------------------------------------- discovery


def discover(paths: Sequence[Path]) -> list[FoundFile]:
    """Files named, and letter files found recursively in directories named, each once, in order."""
    found: list[FoundFile] = []
    seen: set[Path] = set()

    def add(display: str, path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(FoundFile(display, path))

    for given in paths:
        if given.is_file():
            add(str(given), given)
        elif given.is_dir():
            for root, dirs, files in os.walk(given):
                # Hidden folders and files (.git, macOS "._x.jpg" resource forks) are never letters.
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in LETTER_EXTENSIONS:
                        add(str(Path(root) / name), Path(root) / name)
        else:
            raise InputError(f"no such file or directory: {given}")
    return found


def file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def result_key(sha256: str | None, file: str) -> str:
    return sha256 if sha256 else f"file:{file}"


# --------------------------------------------------------------------------- the JSONL file


class ResultLog:
    """The append-only JSONL output, locked against a second batch writing to it at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def __enter__(self) -> ResultLog:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        created = not self.path.exists()
        handle = self.path.open("ab")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise InputError(f"another batch is writing to {self.path} right now") from None
        self._handle = handle
        if created:
            _fsync_dir(self.path.parent)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def read(self) -> tuple[list[dict[str, object]], int]:
        """Earlier results as dicts, after dropping a last line an interrupted run left unfinished."""
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            log.warning(
                "dropping an unfinished last line of %s (the previous run was interrupted)", self.path
            )
            assert self._handle is not None
            self._handle.truncate(keep)
            self._sync()
            data = data[:keep]
        records: list[dict[str, object]] = []
        bad = 0
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict) and isinstance(record.get("source"), dict):
                records.append(record)
            else:
                bad += 1
                log.warning("%s line %d is not a result; it is kept but ignored", self.path, number)
        return records, bad

    def rewrite(self, records: list[dict[str, object]]) -> None:
        """Replace the file's content (used by --retry-errors), atomically."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(self.path)
        _fsync_dir(self.path.parent)
        # The lock was on the replaced inode: take it again on the new file.
        assert self._handle is not None
        self._handle.close()
        self._handle = self.path.open("ab")
        fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def append(self, result: ParseResult) -> None:
        assert self._handle is not None
        # One write of one whole line: a kill leaves either the line or a cut tail we drop later.
        self._handle.write(result.model_dump_json().encode() + b"\n")
        self._sync()

    def _sync(self) -> None:
        assert self._handle is not None
        self._handle.flush()
        os.fsync(self._handle.fileno())


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _validate(record: dict[str, object]) -> ParseResult | None:
    try:
        return ParseResult.model_validate(record)
    except ValidationError:
        return None


# --------------------------------------------------------------------------- the run


def largest_first(jobs: list[Job]) -> list[Job]:
    """Largest files first: the long ones (multi-page PDFs, big photos) start early and the
    workers finish together, instead of one idling while another ends the tail."""
    return sorted(jobs, key=lambda j: j.size, reverse=True)


def run_batch(
    paths: Sequence[Path],
    executor: Executor,
    *,
    out: Path,
    manifest: Manifest | None = None,
    received: date | None = None,
    today: date | None = None,
    limits: Limits | None = None,
    retry_errors: bool = False,
    progress: ProgressSink | None = None,
) -> BatchRun:
    """Parse every letter under `paths` that `out` has no result for, appending results to `out`.

    `executor` is entered only when there is something to parse. `received` is the default
    received date; a manifest row overrides it for its letter. Raises `InputError` for a missing
    path or an output file another batch holds; every per-file problem becomes a result instead.
    """
    limits = limits or Limits()
    files = discover(paths)
    run = BatchRun(found=len(files))
    with ResultLog(out) as results_log:
        records, run.bad_lines = results_log.read()
        if retry_errors and any(r.get("errors") for r in records):
            records = [r for r in records if not r.get("errors")]
            results_log.rewrite(records)
        done = {result_key(_sha(r), _file(r)) for r in records}
        run.results = [v for v in map(_validate, records) if v is not None]

        jobs: list[Job] = []
        this_run: set[str] = set()
        if progress is not None:
            progress.stage("checking files", len(files))
        for index, found in enumerate(files):
            if progress is not None:
                progress.advance()
            row = manifest.lookup(found.display, found.path) if manifest is not None else None
            job_received = row.received if row is not None and row.received is not None else received
            case_id = row.case_id if row is not None else None
            try:
                sha256, size = file_sha256(found.path)
            except OSError as exc:
                sha256, size = "", 0
                problem = f"cannot read {found.display}: {exc.strerror or type(exc).__name__} / ファイルを開けません"
            else:
                problem = ""
            key = result_key(sha256, found.display)
            if key in done:
                # A second copy of a letter met in this very run, or a letter done by an earlier run.
                if key in this_run:
                    run.duplicates += 1
                else:
                    run.already_done += 1
                continue
            done.add(key)
            this_run.add(key)
            job = Job(
                index, found.display, str(found.path.absolute()), sha256, size, job_received, today, case_id
            )
            if problem or size > limits.max_bytes:
                # Decided here without a worker: a file we cannot read, or too big to send anywhere.
                code = "unreadable_input" if problem else LimitExceeded.code
                message = problem or (
                    f"file too large: {size / 1e6:.1f} MB, the limit is {limits.max_bytes / 1e6:.0f} MB"
                    " / ファイルが大きすぎます"
                )
                _record(
                    run, results_log, job, error_result(job.name, code, message, sha256=sha256 or None), None
                )
                continue
            jobs.append(job)
        if manifest is not None:
            run.manifest_unmatched = manifest.unmatched()

        if jobs:
            jobs = largest_first(jobs)
            if progress is not None:
                progress.stage("reading letters", len(jobs))
            with executor:
                for job, result in executor.run(jobs):
                    _record(run, results_log, job, result, progress)
    return run


def _record(
    run: BatchRun, results_log: ResultLog, job: Job, result: ParseResult, progress: ProgressSink | None
) -> None:
    meta = {
        **result.meta,
        "case_id": job.case_id,
        "received": job.received.isoformat() if job.received else None,
    }
    source = result.source.model_copy(
        update={"file": job.name, "sha256": result.source.sha256 or job.sha256 or None}
    )
    result = result.model_copy(update={"meta": meta, "source": source})
    results_log.append(result)
    run.results.append(result)
    run.parsed += 1
    run.failed += bool(result.errors)
    if progress is not None:
        progress.advance(result)


def _sha(record: dict[str, object]) -> str | None:
    source = record.get("source")
    value = source.get("sha256") if isinstance(source, dict) else None
    return value if isinstance(value, str) else None


def _file(record: dict[str, object]) -> str:
    source = record.get("source")
    value = source.get("file") if isinstance(source, dict) else None
    return value if isinstance(value, str) else ""


def iter_results(out: Path) -> Iterator[ParseResult]:
    """The results in a batch output file (unfinished or foreign lines skipped)."""
    with out.open("rb") as handle:
        for line in handle:
            if line.endswith(b"\n"):
                with contextlib.suppress(ValidationError, ValueError):
                    yield ParseResult.model_validate_json(line)
