"""A bounded pool of workers that read letters off the event loop.

Each worker is one process (or, for tests and tiny machines, one thread) that loads the OCR
engine and GiNZA once, in its initializer, and then reads letters one at a time. In front of
the workers sits a bounded queue: an upload that finds every worker busy waits its turn; one
that finds the queue full is refused at once (`Busy` → HTTP 503 with Retry-After).

A process worker stops a letter at the time limit by itself (a SIGALRM timer, parser/guard.py)
and answers with a ``timeout`` result; one that does not answer shortly after is killed and
replaced, so a file that sends a decoder into a loop costs one worker restart, not the server.
A thread cannot be killed: a thread worker past its limit is handed back only when it finishes.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, Literal, Protocol

from parser.guard import kill_after

log = logging.getLogger(__name__)

WARM_SECONDS = 300.0  # a fresh worker loading its models is not held to the per-letter limit


class Busy(Exception):
    """Every worker is busy and the queue is full, or the wait for a worker ran out."""


class TimedOut(Exception):
    """The letter took longer than the time limit."""


class WorkerFailed(Exception):
    """The worker died or raised: its exception's type name, never its message (it may quote the letter)."""


def _worker_main(conn: Connection, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl+C in the terminal reaches the whole process group: let the server shut workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        try:
            initializer(*initargs)
        except Exception as exc:  # a worker without warm models still answers, just slower
            log.warning("worker warm-up failed: %s", type(exc).__name__)
    conn.send(("ready", None))
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", fn(*args)))
        except Exception as exc:
            conn.send(("error", type(exc).__name__))


class _Slot(Protocol):
    async def run(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any: ...

    def close(self) -> None: ...


class _ProcessSlot:
    """One worker process, talked to over a pipe; replaced when it hangs or dies."""

    def __init__(
        self, ctx: Any, waiter: ThreadPoolExecutor, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
    ) -> None:
        self._ctx, self._waiter, self._initializer, self._initargs = ctx, waiter, initializer, initargs
        self._closed = False
        self._start()

    def _start(self) -> None:
        self._conn, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(
            target=_worker_main, args=(child, self._initializer, self._initargs), name="debt-notice-worker",
            daemon=True,
        )  # fmt: skip
        self._proc.start()
        child.close()
        self._ready = False

    def _restart(self) -> None:
        if self._closed:  # the server is shutting down: no new worker
            return
        self._stop()
        self._start()

    async def run(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        # The blocking wait on the pipe runs on a thread of our own, one per worker.
        return await asyncio.get_running_loop().run_in_executor(self._waiter, self._call, fn, args, timeout)

    def _call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        if not self._ready:
            self._receive(WARM_SECONDS)
            self._ready = True
        try:
            self._conn.send((fn, args))
        except OSError:
            self._restart()
            raise WorkerFailed("BrokenPipe") from None
        # The worker's own timer stops the letter at `timeout` (parser/guard.py) and answers;
        # the kill, a little later, is for code that never hands back to Python.
        status, value = self._receive(kill_after(timeout))
        if status == "error":
            raise WorkerFailed(value)
        return value

    def _receive(self, timeout: float) -> tuple[str, Any]:
        if not self._conn.poll(timeout):
            log.warning("worker %s past its time limit: restarting it", self._proc.pid)
            self._restart()
            raise TimedOut
        try:
            message: tuple[str, Any] = self._conn.recv()
        except (EOFError, OSError):
            log.warning("worker %s died (exit code %s): restarting it", self._proc.pid, self._proc.exitcode)
            self._restart()
            raise WorkerFailed("WorkerDied") from None
        return message

    def close(self) -> None:
        self._closed = True
        self._stop()

    def _stop(self) -> None:
        self._conn.close()
        self._proc.terminate()
        self._proc.join(5)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(5)


class _ThreadSlot:
    """One worker thread. It cannot be stopped: past the limit it is returned only when it is done."""

    def __init__(self, executor: ThreadPoolExecutor) -> None:
        self._executor = executor
        self.pending: asyncio.Future[Any] | None = None

    async def run(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        future = asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            self.pending = future
            raise TimedOut from None
        except Exception as exc:
            raise WorkerFailed(type(exc).__name__) from None

    def close(self) -> None:
        pass


class WorkerPool:
    """`workers` slots and room for `queue` uploads waiting for one."""

    def __init__(
        self,
        *,
        workers: int,
        queue: int,
        timeout: float,
        wait: float,
        mode: Literal["process", "thread"] = "process",
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        self.workers, self.queue, self.timeout, self.wait = workers, queue, timeout, wait
        self.mode = mode
        self._initializer, self._initargs = initializer, initargs
        self._slots: list[_Slot] = []
        self._free: asyncio.Queue[_Slot] | None = None
        self._threads: ThreadPoolExecutor | None = None
        self.admitted = 0  # running + waiting; only touched on the event loop

    def start(self) -> None:
        self._free = asyncio.Queue()
        self._threads = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="debt-notice")
        if self.mode == "process":
            # spawn, not fork: the server has threads, and a forked copy of them is undefined.
            ctx = multiprocessing.get_context("spawn")
            self._slots = [
                _ProcessSlot(ctx, self._threads, self._initializer, self._initargs) for _ in range(self.workers)
            ]
        else:
            if self._initializer is not None:
                self._threads.submit(self._initializer, *self._initargs)
            self._slots = [_ThreadSlot(self._threads) for _ in range(self.workers)]
        for slot in self._slots:
            self._free.put_nowait(slot)

    def close(self) -> None:
        for slot in self._slots:
            slot.close()
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
        self._slots = []

    def full(self) -> bool:
        return self.admitted >= self.workers + self.queue

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run `fn(*args)` on a worker: waits for a free one, raises Busy, TimedOut or WorkerFailed."""
        if self._free is None:
            raise RuntimeError("WorkerPool.start() was not called")
        if self.full():
            raise Busy
        self.admitted += 1
        try:
            t0 = time.perf_counter()
            try:
                slot = await asyncio.wait_for(self._free.get(), self.wait)
            except TimeoutError:
                raise Busy from None
            log.debug("waited %.2fs for a worker", time.perf_counter() - t0)
            try:
                return await slot.run(fn, args, self.timeout)
            finally:
                self._give_back(slot)
        finally:
            self.admitted -= 1

    def _give_back(self, slot: _Slot) -> None:
        assert self._free is not None
        free = self._free
        pending = getattr(slot, "pending", None)
        if pending is not None and not pending.done():
            def back(_: object) -> None:
                slot.pending = None  # type: ignore[attr-defined]
                free.put_nowait(slot)

            pending.add_done_callback(back)
        else:
            free.put_nowait(slot)
