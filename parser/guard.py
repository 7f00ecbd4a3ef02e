"""What one parse may use: memory for the process, time for the file.

Memory. `apply_memory_limit` sets the soft RLIMIT_DATA of the process that parses (the CLI's
`parse`, each batch or web worker process, a Dask worker). Past it, an allocation fails: Python
and numpy raise MemoryError, OpenCV and onnxruntime raise their own errors that say so
(`is_out_of_memory`), and the pipeline turns either into a result with ``limit_exceeded``.

Why RLIMIT_DATA and not RLIMIT_AS. Measured on a 2-core machine, one process that loaded
RapidOCR and GiNZA and read the photo samples and a 59-megapixel photo (the largest the pixel
limit lets through) peaked at:

    VmPeak (address space)      2.0-2.4 GB
    VmData (private writable)   1.27-1.36 GB
    VmHWM  (resident)           1.13-1.22 GB

The address space is mostly reservations that never hold a page: glibc reserves 64 MB for each
malloc arena (up to 8 per core) and onnxruntime one thread stack per core, so it grows with the
machine's core count, not with the letter. An RLIMIT_AS of 2 GB would fail ordinary letters
here and more of them on a bigger machine. RLIMIT_DATA counts only memory that can hold data
(heap, anonymous mappings, thread stacks), 10-15 % above the resident peak, the same on any
machine. The default (`Limits.max_memory_mb`, 2048) leaves half again the largest measured peak.

Time. `time_limit` arms a one-shot SIGALRM (``setitimer``) whose handler raises `TimedOut`.
onnxruntime, pdfium and GiNZA run in C, where no Python handler runs; the handler runs as soon
as they hand back to Python, between the detection and recognition calls of a page, so a page
stops within a second or two of the limit. Signals reach only the main thread: elsewhere (a
Dask task, a web thread worker) `time_limit` does nothing and the supervisor's kill-based
limit (`kill_after`) is the only one. Code that must not be torn mid-way (a tesseract
subprocess, which would be orphaned) runs inside `deferred`, which holds the error back until
it is done and tells it how many seconds remain.
"""

from __future__ import annotations

import logging
import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from parser.errors import LimitExceeded, ParserError, TimedOut
from parser.models import Limits

log = logging.getLogger(__name__)

MEMORY_RLIMIT = resource.RLIMIT_DATA  # see the module docstring for the measurements
_MB = 1024 * 1024
REFIRE_SECONDS = 1.0  # once past the limit, the alarm repeats: code that swallowed the error is stopped again
_OOM_WORDS = ("bad_alloc", "bad allocation", "failed to allocate", "insufficient memory", "cannot allocate memory",
              "out of memory")  # fmt: skip


# --------------------------------------------------------------------------- memory


def apply_memory_limit(limits: Limits) -> int | None:
    """Cap this process's data memory at `limits.max_memory_mb` (0: leave it as it is).

    Sets only the soft limit (never above the hard one), so it can be raised again later in
    the same process. Returns the limit now in force in bytes, or None when none was set.
    """
    if limits.max_memory_mb <= 0:
        return None
    wanted = limits.max_memory_mb * _MB
    try:
        _soft, hard = resource.getrlimit(MEMORY_RLIMIT)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(MEMORY_RLIMIT, (wanted, hard))
    except (ValueError, OSError) as exc:  # pragma: no cover - a platform without RLIMIT_DATA
        log.warning("could not set a memory limit of %d MB: %s", limits.max_memory_mb, exc)
        return None
    return wanted


def memory_exceeded(limits: Limits) -> LimitExceeded:
    """The error for a file that needed more memory than the process may use."""
    if limits.max_memory_mb > 0:
        return LimitExceeded(
            f"reading this file needed more than the memory limit of {limits.max_memory_mb} MB"
            " / メモリの上限を超えました"
        )
    return LimitExceeded("the computer ran out of memory reading this file / メモリが不足しました")


def typed_cause(exc: BaseException) -> ParserError | None:
    """The `ParserError` (a time-out, most likely) behind a library's own wrapper exception.

    rapidocr catches every exception around an onnxruntime call and raises its own: a time-out
    raised there by the alarm handler comes back wrapped.
    """
    found: ParserError | None = None
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        if isinstance(seen, TimedOut):
            # Whatever followed a time-out, the time-out is the reason. A library may have rebuilt it with
            # its own context appended (OmegaConf adds 「full_key: … object_type=…」 lines): keep our line.
            return TimedOut(str(seen).split("\n", 1)[0]) if "\n" in str(seen) else seen
        if isinstance(seen, ParserError) and found is None:
            found = seen
        seen = seen.__cause__ or seen.__context__
    return found


def is_out_of_memory(exc: BaseException) -> bool:
    """MemoryError, or an OpenCV / onnxruntime / C++ error that says an allocation failed.

    Only the exception's own wording is looked at (it is never logged: it could quote a letter).
    """
    seen: BaseException | None = exc
    for _ in range(5):  # rapidocr wraps onnxruntime's error (…Status Message: std::bad_alloc) in its own
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        text = str(seen)
        text = f"{type(seen).__name__} {text[:1000]} {text[-1000:]}".lower()
        if any(word in text for word in _OOM_WORDS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# --------------------------------------------------------------------------- time


def timeout_message(seconds: float) -> str:
    return f"reading this file took longer than {seconds:g} s and was stopped / 時間内に読み取れませんでした"


class _Timer:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.running = False
        self.shielded = 0
        self.previous: Any = None

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline - 0.001


_current: _Timer | None = None


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    timer = _current
    if timer is None or not timer.running or not timer.expired():
        return
    if timer.shielded:
        return  # `deferred` raises on its way out
    raise TimedOut(timeout_message(timer.seconds))


def _can_arm() -> bool:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        log.debug("a SIGALRM timer is already running: the per-file time limit is left to it")
        return False
    return True


class time_limit:  # noqa: N801 - used like a function: `with time_limit(30):`
    """Raise `TimedOut` in the body once it has run `seconds` (0: no limit; not on the main thread: no-op).

    Not re-entrant: a body that is already under a time limit keeps the outer one.
    `stop()` is idempotent; callers that must not leave a timer behind call it again in a
    `finally` of their own, in case the alarm landed while the first call was on its way in.
    """

    def __init__(self, seconds: float) -> None:
        self._timer: _Timer | None = None
        self.seconds = seconds

    def __enter__(self) -> time_limit:
        global _current
        if self.seconds <= 0 or _current is not None or not _can_arm():
            return self
        timer = _Timer(self.seconds)
        timer.previous = signal.signal(signal.SIGALRM, _on_alarm)
        timer.running = True
        self._timer, _current = timer, timer
        signal.setitimer(signal.ITIMER_REAL, self.seconds, REFIRE_SECONDS)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        global _current
        timer = self._timer
        if timer is None:
            return
        timer.running = False  # first: a signal still in flight now does nothing
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, timer.previous if timer.previous is not None else signal.SIG_DFL)
        if _current is timer:
            _current = None
        self._timer = None


def remaining() -> float | None:
    """Seconds left under the running time limit, or None when there is none."""
    timer = _current
    if timer is None or not timer.running:
        return None
    return max(0.0, timer.deadline - time.monotonic())


@contextmanager
def deferred() -> Iterator[float | None]:
    """Hold a time-out back while the body runs; raise it afterwards if the limit has passed.

    Yields the seconds left (None: no limit), for a body that can bound itself, such as a
    subprocess given a timeout that then kills its child instead of leaving it orphaned.
    """
    timer = _current
    if timer is None or not timer.running:
        yield None
        return
    timer.shielded += 1
    try:
        yield max(0.0, timer.deadline - time.monotonic())
    except Exception as exc:
        timer.shielded -= 1
        if timer.running and timer.expired():
            raise TimedOut(timeout_message(timer.seconds)) from exc
        raise
    else:
        timer.shielded -= 1
        if timer.running and timer.expired():
            raise TimedOut(timeout_message(timer.seconds))


def kill_after(seconds: float) -> float:
    """When a supervisor should kill a worker whose own timer was set to `seconds`.

    The worker's timer gives a clean result and keeps the worker (and its loaded models); the
    kill is the backstop for code that never hands back to Python.
    """
    return seconds + min(10.0, max(2.0, 0.1 * seconds))  # one engine call on a slow machine: 1-2 s
