"""Issue #9, bad input never hurts: the memory limit and the per-file time limit (parser/guard.py).

The fast tests use stand-ins for the stages; the slow ones run the real command line on a
photo sample, as a user would, and check that the limits give a JSON result and one line of
error, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from parser import guard, pipeline
from parser.batch.executors import ProcessPool
from parser.batch.work import Job, run_job
from parser.errors import LimitExceeded, OcrError, TimedOut
from parser.models import Limits, ParseResult, Settings, Source
from parser.web import config

ROOT = Path(__file__).resolve().parent.parent
PHOTO = ROOT / "samples" / "c01_ruled_table_photo_jpeg.jpg"
TODAY = date(2025, 12, 1)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=60, check=False, env=env, cwd=ROOT)  # fmt: skip


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`debt-notice …` from this checkout (python -m parser), as a user runs it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "parser", *args], capture_output=True, text=True,
                          timeout=300, check=False, env=env, cwd=ROOT)  # fmt: skip


# --------------------------------------------------------------------------- memory


def test_apply_memory_limit_caps_data_memory_softly() -> None:
    done = run_python("""
        import resource
        from parser import guard
        from parser.models import Limits
        before = resource.getrlimit(resource.RLIMIT_DATA)
        assert guard.apply_memory_limit(Limits(max_memory_mb=0)) is None
        assert resource.getrlimit(resource.RLIMIT_DATA) == before
        assert guard.apply_memory_limit(Limits(max_memory_mb=400)) == 400 * 2**20
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        assert soft == 400 * 2**20 and hard == before[1]   # only the soft limit: it can be raised again
        try:
            bytearray(600 * 2**20)
        except MemoryError:
            print("MemoryError")
        resource.setrlimit(resource.RLIMIT_DATA, before)
        print(len(bytearray(600 * 2**20)) // 2**20)
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["MemoryError", "600"]


def test_out_of_memory_is_recognised_through_wrappers() -> None:
    assert guard.is_out_of_memory(MemoryError())
    try:
        try:
            raise RuntimeError("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : Status Message: std::bad_alloc")
        except RuntimeError as inner:
            raise ValueError("Traceback (most recent call last): ..." + "x" * 5000) from inner
    except ValueError as wrapped:
        assert guard.is_out_of_memory(wrapped)
    assert guard.is_out_of_memory(OSError("system.dic: Cannot allocate memory (os error 12)"))
    assert not guard.is_out_of_memory(ValueError("damaged image"))


def test_a_time_out_a_library_rebuilt_with_its_context_keeps_our_one_line() -> None:
    # OmegaConf, reading rapidocr's model config when the alarm lands, re-raises the same exception type
    # with 「full_key: … object_type=…」 lines appended to its message.
    try:
        try:
            raise TimedOut("reading this file took longer than 1 s and was stopped")
        except TimedOut as inner:
            raise TimedOut(f"{inner}\n    full_key: openvino.PP-OCRv4.rec\n    object_type=None") from inner
    except TimedOut as rebuilt:
        found = guard.typed_cause(rebuilt)
    assert isinstance(found, TimedOut) and str(found) == "reading this file took longer than 1 s and was stopped"


def test_memory_error_in_any_stage_is_a_limit_exceeded_result(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_memory(*_: Any, **__: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(pipeline.ingest, "load", no_memory)
    result = pipeline.parse_bytes(b"x", "a.jpg", settings=Settings(limits=Limits(max_memory_mb=512)))
    assert [e.code for e in result.errors] == ["limit_exceeded"]
    assert "512 MB" in result.errors[0].message and "メモリの上限を超えました" in result.errors[0].message

    def engine_out_of_memory(*_: Any, **__: Any) -> Any:
        try:
            raise RuntimeError("Status Message: std::bad_alloc")
        except RuntimeError as exc:
            raise KeyError("wrapped") from exc

    monkeypatch.setattr(pipeline.ingest, "load", engine_out_of_memory)
    assert pipeline.parse_bytes(b"x", "a.jpg").errors[0].code == "limit_exceeded"

    def bug(*_: Any, **__: Any) -> Any:
        raise KeyError("a bug stays a bug")

    monkeypatch.setattr(pipeline.ingest, "load", bug)
    with pytest.raises(KeyError):
        pipeline.parse_bytes(b"x", "a.jpg")


def test_batch_run_job_turns_memory_and_time_errors_into_results() -> None:
    job = Job(index=0, name="a.jpg", path="/nonexistent/a.jpg", sha256="0" * 64, size=1)

    def no_memory(*_: Any, **__: Any) -> ParseResult:
        raise MemoryError

    def too_slow(*_: Any, **__: Any) -> ParseResult:
        raise OcrError("wrapped") from TimedOut(guard.timeout_message(3))

    codes = [json.loads(run_job(fn, job, b"x", Settings()))["errors"][0]["code"] for fn in (no_memory, too_slow)]
    assert codes == ["limit_exceeded", "timeout"]


def hungry_parse(data: bytes, name: str, *, received: Any, today: Any, settings: Settings) -> ParseResult:
    """Module level, for a pool worker: asks for twice the memory limit when the file says so."""
    if data == b"hungry":
        bytearray(2 * settings.limits.max_memory_mb * 2**20)
    return ParseResult(source=Source(file=name, pages=1), meta={"pid": os.getpid()})


def test_a_pool_worker_past_its_memory_limit_fails_the_file_and_goes_on(tmp_path: Path) -> None:
    files = []
    for name, data in (("1.jpg", b"hungry"), ("2.jpg", b"fine")):
        (tmp_path / name).write_bytes(data)
        files.append(Job(index=len(files), name=name, path=str(tmp_path / name), sha256=name, size=len(data)))
    settings = Settings(limits=Limits(max_memory_mb=1024))
    with ProcessPool(1, settings=settings, parse="test_limits:hungry_parse", warm=False, timeout=60) as pool:
        pool.wait_ready(60)
        pid = pool._slots[0].process.pid
        results = {job.name: result for job, result in pool.run(files)}
        assert pool._slots[0].process.pid == pid  # the same worker: not killed, not replaced
    assert [e.code for e in results["1.jpg"].errors] == ["limit_exceeded"]
    assert "1024 MB" in results["1.jpg"].errors[0].message
    assert not results["2.jpg"].errors and results["2.jpg"].meta["pid"] == pid


def test_batch_and_web_workers_get_the_time_limit_of_their_supervisor() -> None:
    assert ProcessPool(2, timeout=42.0).settings.limits.max_seconds_per_file == 42.0
    web = config.from_env({"DEBT_NOTICE_WEB_TIMEOUT": "30", "DEBT_NOTICE_WEB_MAX_MEMORY_MB": "1500"})
    assert (web.parser.limits.max_seconds_per_file, web.parser.limits.max_memory_mb) == (30.0, 1500)
    assert config.from_env({}, max_memory_mb=0).parser.limits.max_memory_mb == 0
    assert config.from_env({}).parser.limits.max_memory_mb == Limits().max_memory_mb
    assert guard.kill_after(1) == 3 and guard.kill_after(30) == 33 and guard.kill_after(300) == 310


def test_serve_takes_the_memory_limit_as_an_option(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer
    import uvicorn
    from typer.testing import CliRunner

    from parser.cli_serve import serve_command

    calls: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(app))
    cli = typer.Typer()
    cli.command()(serve_command)
    env = {"DEBT_NOTICE_WEB_MAX_MEMORY_MB": "900"}
    result = CliRunner().invoke(cli, ["--max-memory-mb", "1200", "--timeout", "30"], env=env)
    assert result.exit_code == 0, result.output
    assert calls[0].state.settings.parser.limits.max_memory_mb == 1200
    assert calls[0].state.settings.parser.limits.max_seconds_per_file == 30.0
    CliRunner().invoke(cli, [], env=env)
    assert calls[1].state.settings.parser.limits.max_memory_mb == 900


# --------------------------------------------------------------------------- time


def _alarm_state() -> tuple[float, Any]:
    return signal.getitimer(signal.ITIMER_REAL)[0], signal.getsignal(signal.SIGALRM)


def test_time_limit_interrupts_python_and_leaves_no_timer_behind() -> None:
    before = _alarm_state()
    t0 = time.monotonic()
    with pytest.raises(TimedOut, match="longer than 0.2 s"), guard.time_limit(0.2):
        while True:
            pass
    assert 0.19 <= time.monotonic() - t0 < 1.0
    assert _alarm_state() == before
    with guard.time_limit(0):  # 0: no limit
        assert guard.remaining() is None


def test_a_swallowed_time_out_comes_back() -> None:
    t0 = time.monotonic()
    with pytest.raises(TimedOut), guard.time_limit(0.1):
        with contextlib.suppress(Exception):  # a library's broad except: the alarm repeats
            time.sleep(5)
        time.sleep(5)
    assert time.monotonic() - t0 < 2.5


def test_deferred_holds_the_time_out_until_the_body_is_done() -> None:
    t0 = time.monotonic()
    with pytest.raises(TimedOut), guard.time_limit(0.1), guard.deferred() as left:
        assert left is not None and left <= 0.1
        time.sleep(0.4)
    assert time.monotonic() - t0 >= 0.4
    with guard.deferred() as left:  # no limit running
        assert left is None


def test_time_limit_is_a_no_op_off_the_main_thread_and_under_another_timer() -> None:
    seen: list[float | None] = []

    def worker() -> None:
        with guard.time_limit(0.05):
            time.sleep(0.2)
            seen.append(guard.remaining())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [None]

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with guard.time_limit(0.05):  # someone else's timer runs: it is left alone
            assert guard.remaining() is None
            time.sleep(0.5)
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_slow_stage_gives_a_timeout_result(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_ocr(*_: Any, **__: Any) -> Any:
        time.sleep(10)

    monkeypatch.setattr(pipeline.ingest, "load", lambda *_, **__: _document())
    monkeypatch.setattr(pipeline.ocr, "read", slow_ocr)
    t0 = time.monotonic()
    result = pipeline.parse_bytes(b"x", "a.png", settings=Settings(limits=Limits(max_seconds_per_file=0.3)))
    assert time.monotonic() - t0 < 2
    assert [e.code for e in result.errors] == ["timeout"]
    assert "時間内に読み取れませんでした" in result.errors[0].message
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def _document() -> Any:
    from parser.models import Document, InputKind

    return Document(name="a.png", kind=InputKind.image, sha256="0" * 64, pages=[])


def test_time_out_is_a_limit_and_has_its_own_code() -> None:
    assert issubclass(TimedOut, LimitExceeded) and TimedOut.code == "timeout"
    assert resource.RLIMIT_DATA == guard.MEMORY_RLIMIT


# --------------------------------------------------------------------------- the real command line


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.slow
def test_cli_parse_past_the_memory_limit_gives_a_result_not_a_traceback() -> None:
    done = cli("parse", str(PHOTO), "--json", "--max-memory-mb", "300")
    assert done.returncode == 2
    result = json.loads(done.stdout)
    assert [e["code"] for e in result["errors"]] == ["limit_exceeded"]
    assert "メモリの上限を超えました" in result["errors"][0]["message"]
    assert _one_error_line(done.stderr).startswith("error: c01_ruled_table_photo_jpeg.jpg: ")


@pytest.mark.slow
def test_cli_parse_past_the_time_limit_stops_ocr() -> None:
    t0 = time.monotonic()
    done = cli("parse", str(PHOTO), "--json", "--timeout", "1")
    elapsed = time.monotonic() - t0
    assert done.returncode == 2
    result = json.loads(done.stdout)
    assert [e["code"] for e in result["errors"]] == ["timeout"]
    assert "longer than 1 s" in _one_error_line(done.stderr)
    assert elapsed < 10, elapsed  # start-up (~1-2 s) + the limit + at most one engine call


@pytest.mark.slow
def test_a_pool_worker_stops_a_slow_file_itself_and_keeps_its_models() -> None:
    job = Job(index=0, name=PHOTO.name, path=str(PHOTO), sha256="x", size=PHOTO.stat().st_size)
    with ProcessPool(1, timeout=2.0, settings=Settings(use_nlp=False)) as pool:
        pool.wait_ready(300)
        slot = pool._slots[0]
        pid = slot.process.pid
        ((_, result),) = list(pool.run([job]))  # about 5 s of OCR on one thread
        # The worker's own timer stopped the file: not killed (the slot would be "stopped").
        assert (slot.state, slot.process.pid, slot.process.is_alive()) == ("idle", pid, True)
    assert [e.code for e in result.errors] == ["timeout"]
    assert "longer than 2 s" in result.errors[0].message


@pytest.mark.slow
def test_a_web_worker_stops_a_slow_letter_itself_and_answers_504() -> None:
    from fastapi.testclient import TestClient

    from parser.models import WebSettings
    from parser.web.app import create_app

    settings = WebSettings(executor="process", timeout_seconds=2, parser=Settings(use_nlp=False))
    app = create_app(settings, today=lambda: TODAY)
    with TestClient(app) as c:
        files = {"file": (PHOTO.name, PHOTO.read_bytes(), "image/jpeg")}
        response = c.post("/api/v1/parse", files=files)  # waits for the warm-up, then ~5 s of OCR
        (slot,) = app.state.pool._slots
        pid = slot._proc.pid
        t1 = time.monotonic()
        again = c.post("/api/v1/parse", files=files)
        assert time.monotonic() - t1 < guard.kill_after(2)  # the worker's own timer answered
        assert slot._proc.pid == pid and slot._proc.is_alive()  # not killed, not replaced
    for answer in (response, again):
        assert answer.status_code == 504 and answer.json()["code"] == "timeout"
        assert "時間内に読み取れませんでした" in answer.json()["detail"]
