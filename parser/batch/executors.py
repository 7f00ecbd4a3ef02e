"""Where a batch's files are parsed: in-process, a local pool of worker processes, or Dask.

Every executor takes `Job`s and yields ``(job, result)`` pairs as files finish, in whatever
order they finish. Whatever goes wrong with one file — the parser raising, the worker process
dying, a file running past the time limit — comes back as that file's result with `errors`;
the batch goes on. All executors run the same `work.run_job` on the same bytes, so a file gives
the same result (bar the volatile `meta`) wherever it ran.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from parser.batch.work import (
    DEFAULT_PARSE,
    THREAD_ENV,
    Job,
    ParseRef,
    error_result,
    pool_worker,
    resolve_parse,
    run_job,
)
from parser.errors import MissingDependency
from parser.guard import kill_after, timeout_message
from parser.models import ParseResult, Settings

log = logging.getLogger(__name__)

CAPACITY_SECONDS = 5.0  # how often a Dask batch asks the scheduler how many worker threads it has
DEFAULT_TIMEOUT = 300.0  # seconds per file; a 20-page scan at ~5 s a page stays well inside


class Executor(Protocol):
    kind: str

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...

    def wait_ready(self, timeout: float = ...) -> None:
        """Block until every worker has loaded its models (benchmarks measure after this)."""
        ...

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, ParseResult]]: ...


# --------------------------------------------------------------------------- shared helpers


def read_payload(job: Job) -> tuple[bytes | None, ParseResult | None]:
    """The file's bytes, read at dispatch; or an error result when it can no longer be read."""
    try:
        with open(job.path, "rb") as handle:  # noqa: PTH123 - a plain read of a str path
            return handle.read(), None
    except OSError as exc:
        message = f"cannot read {job.name}: {exc.strerror or type(exc).__name__} / ファイルを開けません"
        return None, error_result(job.name, "unreadable_input", message, sha256=job.sha256)


def from_json(job: Job, text: str) -> ParseResult:
    try:
        return ParseResult.model_validate_json(text)
    except ValidationError:
        log.warning("file #%d: the worker returned a result that does not match the contract", job.index)
        return error_result(job.name, "internal_error", "the parser returned an invalid result / 内部エラー",
                            sha256=job.sha256)  # fmt: skip


def _worker_died(future: Any) -> bool:
    from distributed import KilledWorker

    return future.status == "error" and isinstance(future.exception(), KilledWorker)


def timeout_result(job: Job, seconds: float) -> ParseResult:
    return error_result(job.name, "timeout", timeout_message(seconds), sha256=job.sha256)


def with_time_limit(settings: Settings, seconds: float) -> Settings:
    """The settings a worker parses with: its own timer (parser/guard.py) set to the batch's limit."""
    limits = settings.limits.model_copy(update={"max_seconds_per_file": seconds})
    return settings.model_copy(update={"limits": limits})


def crash_result(job: Job, detail: str) -> ParseResult:
    return error_result(
        job.name,
        "worker_crashed",
        f"the worker stopped while reading this file ({detail}) / 読み取り中に処理が停止しました",
        sha256=job.sha256,
    )


@contextlib.contextmanager
def thread_env() -> Iterator[None]:
    """Put the one-thread settings into the environment a new worker process inherits."""
    saved = {key: os.environ.get(key) for key in THREAD_ENV}
    os.environ.update(THREAD_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# --------------------------------------------------------------------------- in-process


class InlineExecutor:
    """Parses in the calling process, one file after another. No time limit: tests and debugging."""

    kind = "inline"

    def __init__(self, *, settings: Settings | None = None, parse: ParseRef = DEFAULT_PARSE) -> None:
        self.settings = settings or Settings()
        self.parse = parse

    def __enter__(self) -> InlineExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def wait_ready(self, timeout: float = 0.0) -> None:
        return None

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, ParseResult]]:
        parse = resolve_parse(self.parse)
        for job in jobs:
            data, failed = read_payload(job)
            if failed is not None or data is None:
                yield job, failed or error_result(job.name, "unreadable_input", "cannot read")
                continue
            yield job, from_json(job, run_job(parse, job, data, self.settings))


# --------------------------------------------------------------------------- local process pool

SlotState = Literal["starting", "idle", "busy", "stopped"]


@dataclass
class _Slot:
    process: Any  # multiprocessing.context.SpawnProcess
    conn: Connection
    state: SlotState
    deadline: float  # monotonic: end of the start-up allowance, or of the current file's time limit
    job: Job | None = None


class ProcessPool:
    """N worker processes (spawned, not forked), each parsing one file at a time.

    A file that runs past `timeout` is stopped by the worker's own timer (SIGALRM, see
    parser/guard.py) and gets a ``timeout`` error; the worker and its models stay. Should the
    timer not get through (code that never returns to Python), the worker is SIGKILLed and
    replaced a little later (`guard.kill_after`), and the file gets the same error. Unlike
    `concurrent.futures.ProcessPoolExecutor`, a single worker can be killed;
    a worker that dies (segfault, out of memory) gives its file a ``worker_crashed`` error.
    Workers die with the batch process (PR_SET_PDEATHSIG), so a killed batch leaves no orphans.
    """

    kind = "process"

    def __init__(
        self,
        workers: int,
        *,
        settings: Settings | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        parse: ParseRef = DEFAULT_PARSE,
        warm: bool = True,
        start_method: str = "spawn",
        start_timeout: float | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.settings = with_time_limit(settings or Settings(), timeout)
        self.timeout = timeout
        self.parse = parse
        self.warm = warm
        # Loading RapidOCR and GiNZA takes a few seconds; on a busy machine much more.
        self.start_timeout = start_timeout if start_timeout is not None else max(120.0, timeout)
        self._ctx = mp.get_context(start_method)
        self._slots: list[_Slot] = []
        self._spawned = 0
        self._failed_starts = 0

    # -- life cycle

    def __enter__(self) -> ProcessPool:
        self._slots = [self._spawn() for _ in range(self.workers)]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for slot in self._slots:
            if slot.state in ("idle", "starting"):
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 3.0
        for slot in self._slots:
            if slot.state == "busy":  # interrupted mid-file: nothing to wait for
                slot.process.kill()
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(1.0)
            slot.conn.close()
        self._slots = []

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe(duplex=True)
        self._spawned += 1
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=pool_worker,
            args=(child, self.parse, self.settings.model_dump_json(), self.warm, os.getpid()),
            name=f"debt-notice-worker-{self._spawned}",
            daemon=True,
        )
        with thread_env():
            process.start()
        child.close()
        return _Slot(process, parent, "starting", time.monotonic() + self.start_timeout)

    def _replace(self, slot: _Slot, *, needed: bool) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5.0)
        slot.conn.close()
        fresh = self._spawn() if needed else None
        if fresh is None:
            slot.state, slot.job = "stopped", None
            return
        slot.process, slot.conn, slot.state, slot.deadline, slot.job = (
            fresh.process, fresh.conn, fresh.state, fresh.deadline, None,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 600.0) -> None:
        end = time.monotonic() + timeout
        for slot in self._slots:
            if slot.state != "starting":
                continue
            if not slot.conn.poll(max(0.0, end - time.monotonic())):
                raise TimeoutError("the batch workers did not start in time")
            try:
                message = slot.conn.recv()
            except EOFError:
                raise RuntimeError(
                    f"a batch worker died while starting (exit code {slot.process.exitcode})"
                ) from None
            if message and message[0] == "ready":
                slot.state = "idle"

    # -- the loop

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, ParseResult]]:
        queue = deque(jobs)
        for slot in self._slots:
            if slot.state == "stopped" and queue:
                self._replace(slot, needed=True)
        while queue or any(s.state == "busy" for s in self._slots):
            yield from self._dispatch(queue)
            if self._failed_starts >= 3 * self.workers:
                yield from self._give_up(queue)
                if not any(s.state == "busy" for s in self._slots):
                    return
            watched: dict[Any, _Slot] = {}
            for slot in self._slots:
                if slot.state in ("starting", "busy"):
                    watched[slot.conn] = slot
                    watched[slot.process.sentinel] = slot
            if not watched:
                continue
            wait_for = max(0.0, min(s.deadline for s in watched.values()) - time.monotonic())
            ready = wait(list(watched), timeout=wait_for)
            seen: set[int] = set()
            for handle in ready:
                slot = watched[handle]
                if id(slot) not in seen:
                    seen.add(id(slot))
                    yield from self._service(slot, queue)
            yield from self._enforce_deadlines(queue)

    def _dispatch(self, queue: deque[Job]) -> Iterator[tuple[Job, ParseResult]]:
        for slot in self._slots:
            while slot.state == "idle" and queue:
                job = queue.popleft()
                data, failed = read_payload(job)
                if failed is not None or data is None:
                    yield job, failed or error_result(job.name, "unreadable_input", "cannot read")
                    continue
                try:
                    slot.conn.send((job, data))
                except OSError:  # the idle worker died; its replacement will take the file
                    queue.appendleft(job)
                    self._replace(slot, needed=True)
                    break
                slot.state, slot.job, slot.deadline = "busy", job, time.monotonic() + kill_after(self.timeout)

    def _service(self, slot: _Slot, queue: deque[Job]) -> Iterator[tuple[Job, ParseResult]]:
        # Drain messages first: a worker may have sent its result and exited right after.
        while slot.state in ("starting", "busy"):
            try:
                if not slot.conn.poll():
                    break
                message = slot.conn.recv()
            except (EOFError, OSError):
                break
            if message[0] == "ready":
                slot.state = "idle"
                self._failed_starts = 0
            elif message[0] == "done" and slot.job is not None:
                job, slot.job, slot.state = slot.job, None, "idle"
                yield job, from_json(job, message[2])
        if slot.state in ("starting", "busy") and not slot.process.is_alive():
            slot.process.join(1.0)
            detail = f"exit code {slot.process.exitcode}"
            if slot.state == "busy" and slot.job is not None:
                log.warning("a batch worker died on file #%d (%s)", slot.job.index, detail)
                yield slot.job, crash_result(slot.job, detail)
            else:
                self._failed_starts += 1
                log.warning("a batch worker died while starting (%s)", detail)
            self._replace(slot, needed=bool(queue))

    def _enforce_deadlines(self, queue: deque[Job]) -> Iterator[tuple[Job, ParseResult]]:
        now = time.monotonic()
        for slot in self._slots:
            if slot.state == "busy" and slot.job is not None and now >= slot.deadline:
                job = slot.job
                log.warning("file #%d ran past %g s and its worker did not stop it; killing the worker",
                            job.index, self.timeout)  # fmt: skip
                self._replace(slot, needed=bool(queue))
                yield job, timeout_result(job, self.timeout)
            elif slot.state == "starting" and now >= slot.deadline:
                log.warning("a batch worker did not start within %g s", self.start_timeout)
                self._failed_starts += 1
                self._replace(slot, needed=bool(queue))

    def _give_up(self, queue: deque[Job]) -> Iterator[tuple[Job, ParseResult]]:
        log.error("batch workers keep failing to start; the remaining files are marked as not read")
        while queue:
            job = queue.popleft()
            yield job, error_result(
                job.name, "worker_start_failed",
                "the batch workers could not start (see the log) / 処理を開始できませんでした", sha256=job.sha256,
            )  # fmt: skip


# --------------------------------------------------------------------------- Dask


class DaskExecutor:
    """Sends each file's bytes to a Dask cluster: an existing one (`scheduler`) or a LocalCluster.

    Workers load the models once through the `WarmModels` plugin. At most two files per worker
    thread are in flight (one running, one waiting behind it), so a file's time limit counts
    from when it was sent, doubled for one that had to wait; a file that runs past it is
    cancelled and its worker restarted by its nanny (which stops the runaway work), and gets a
    ``timeout`` error.
    """

    kind = "dask"

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int = 2,
        settings: Settings | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        parse: ParseRef = DEFAULT_PARSE,
        warm: bool = True,
        connect_timeout: float = 30.0,
    ) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.settings = settings or Settings()
        self.timeout = timeout
        self.parse = parse
        self.warm = warm
        self.connect_timeout = connect_timeout
        self._cluster: Any = None
        self._client: Any = None
        self._run_id = uuid.uuid4().hex[:8]

    def __enter__(self) -> DaskExecutor:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise MissingDependency("Dask is not installed: pip install 'dask[distributed]'") from exc

        from parser import __version__
        from parser.batch.dask_plugin import WarmModels

        if self.scheduler:
            self._client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)
        else:
            import dask

            # A file that kills its worker is retried once, not three times (Dask's default):
            # a poison file should cost one restart, not a tour of the cluster.
            # The worker's statistical profiler samples every thread's stack 100 times a second
            # for the dashboard; that costs CPU and the GIL the OCR thread is using.
            with dask.config.set({"distributed.scheduler.allowed-failures": 1, "distributed.worker.profile.enabled": False}):
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self._client = Client(self._cluster, set_as_default=False)
        plugin = WarmModels(self.settings.model_dump_json(), warm=self.warm, parser_version=__version__)
        self._client.register_plugin(plugin)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    @property
    def client(self) -> Any:
        return self._client

    def wait_ready(self, timeout: float = 600.0) -> None:
        want = self.workers if self._cluster is not None else 1
        self._client.wait_for_workers(want, timeout=timeout)

    def _capacity(self) -> int:
        threads = sum(self._client.nthreads().values())
        if threads == 0:
            log.warning("no Dask workers are connected yet; waiting for one")
            self._client.wait_for_workers(1, timeout=max(self.connect_timeout, 60.0))
            threads = sum(self._client.nthreads().values())
        return max(1, threads)

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, ParseResult]]:
        from distributed import wait as dask_wait

        from parser.batch.dask_plugin import parse_on_worker

        queue = deque(jobs)
        settings_json = self.settings.model_dump_json()
        inflight: dict[Any, tuple[Job, float]] = {}  # future → job, deadline
        # Files that shared the cluster with another file while in flight: Dask may place a file
        # on any worker, so one that died with its worker may only have been next to the culprit.
        crowded: set[Any] = set()
        # Those get a second try of their own, run alone so that the culprit cannot take them
        # down again; new files wait meanwhile.
        retry: deque[Job] = deque()
        second_try: set[int] = set()
        threads, asked = self._capacity(), time.monotonic()
        while queue or retry or inflight:
            if time.monotonic() - asked > CAPACITY_SECONDS:  # workers may have joined or left
                threads, asked = self._capacity(), time.monotonic()
            alone = any(job.index in second_try for job, _ in inflight.values())
            if retry and not inflight:
                batch, room = [retry.popleft()], 1
            elif retry or alone:
                batch, room = [], 0
            else:
                # One file waits on each worker thread behind the one it runs, so the thread starts
                # it the moment the other is done instead of after a round trip to this process.
                batch, room = [], 2 * threads - len(inflight)
            while room > 0 and (batch or queue):
                job = batch.pop() if batch else queue.popleft()
                data, failed = read_payload(job)
                if failed is not None or data is None:
                    yield job, failed or error_result(job.name, "unreadable_input", "cannot read")
                    continue
                room -= 1
                future = self._client.submit(
                    parse_on_worker, self.parse, job, data, settings_json,
                    key=f"debt-notice-{self._run_id}-{job.index}-{int(job.index in second_try)}",
                    pure=False, retries=0,
                )  # fmt: skip
                # A file sent while every thread is busy starts only when one is done: it gets
                # the running file's limit on top of its own.
                waits = len(inflight) >= threads
                if inflight:
                    crowded.update(inflight, [future])
                inflight[future] = (job, time.monotonic() + (2 if waits else 1) * self.timeout)
            if not inflight:
                continue
            wait_for = max(0.05, min(deadline for _, deadline in inflight.values()) - time.monotonic())
            try:
                with self._client.as_current():  # wait() looks for a current client; ours is not global
                    done = dask_wait(list(inflight), timeout=wait_for, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            for future in done:
                job, _ = inflight.pop(future)
                shared = future in crowded
                crowded.discard(future)
                if shared and job.index not in second_try and _worker_died(future):
                    # It may only have been queued on, or moved with, a file that killed the
                    # worker (twice, which is all Dask allows a task): it gets one more try.
                    second_try.add(job.index)
                    future.release()
                    retry.append(job)
                    continue
                yield job, self._collect(job, future)
            now = time.monotonic()
            stopped = False
            for future, (job, deadline) in list(inflight.items()):
                if now >= deadline and not future.done():
                    del inflight[future]
                    crowded.discard(future)
                    self._stop(future, job)
                    stopped = True
                    yield job, timeout_result(job, self.timeout)
            if stopped:
                # A restarted worker hands the files queued on it to another: they start afresh.
                now = time.monotonic()
                for future, (job, deadline) in inflight.items():
                    inflight[future] = (job, max(deadline, now + self.timeout))

    def _collect(self, job: Job, future: Any) -> ParseResult:
        from distributed import KilledWorker

        try:
            text = future.result()
        except KilledWorker:
            log.warning("file #%d: Dask workers kept dying on it", job.index)
            return crash_result(job, "Dask workers died running it")
        except Exception as exc:
            log.warning("file #%d: the Dask task failed with %s", job.index, type(exc).__name__)
            return error_result(
                job.name, "worker_error",
                f"the Dask worker could not run the parser ({type(exc).__name__}) / 処理できませんでした",
                sha256=job.sha256,
            )  # fmt: skip
        finally:
            future.release()
        return from_json(job, text)

    def _stop(self, future: Any, job: Job) -> None:
        from parser.batch.dask_plugin import processing_on

        log.warning(
            "file #%d ran past %g s; cancelling it and restarting its worker", job.index, self.timeout
        )
        try:
            address = self._client.run_on_scheduler(processing_on, key=future.key)
        except Exception:  # the scheduler refuses pickled calls: cancel only
            address = None
        self._client.cancel([future], force=True)
        if address:
            try:
                self._client.restart_workers([address], raise_for_error=False)
            except Exception as exc:  # a worker without a nanny cannot be restarted from here
                log.warning("could not restart Dask worker %s (%s): its runaway work goes on",
                            address, type(exc).__name__)  # fmt: skip
