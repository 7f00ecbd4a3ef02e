"""Batch on Dask: the same results as the local pool, failures isolated, models loaded per worker.

The first test runs a LocalCluster with the fake parser of test_batch (no OCR). The slow test
starts a real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, as staff would
on their machines, and reads sample letters with the real pipeline through both executors.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from test_batch import FAKE, TODAY, letter, lines  # noqa: E402

from parser.batch.executors import DaskExecutor, InlineExecutor, ProcessPool  # noqa: E402
from parser.batch.runner import run_batch  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SAMPLES = REPO / "samples"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def without_meta(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Results keyed by content hash, without the volatile `meta` (timings, worker pid)."""
    return {r["source"]["sha256"]: {k: v for k, v in r.items() if k != "meta"} for r in records}


def test_dask_local_cluster_isolates_failures_and_matches_inline(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    letter(inbox, "1-ok.png", deadlines=[["payment_due", "2025-12-10", "stated"]])
    letter(inbox, "2-raises.png", **{"raise": True})
    letter(inbox, "3-crashes.png", exit=3)
    letter(inbox, "4-hangs.png", hang=True, pidfile=str(tmp_path / "hang.pid"))
    letter(inbox, "5-ok.png", fraud=["fake_sender"])
    letter(inbox, "6-ok.png")
    dask_out, inline_out = tmp_path / "dask.jsonl", tmp_path / "inline.jsonl"
    executor = DaskExecutor(workers=2, parse=FAKE, warm=False, timeout=4.0)
    run = run_batch([inbox], executor, out=dask_out, today=TODAY, received=date(2025, 11, 20))
    assert run.parsed == 6
    codes = {Path(r["source"]["file"]).name: [e["code"] for e in r["errors"]] for r in lines(dask_out)}
    assert codes == {
        "1-ok.png": [], "2-raises.png": ["internal_error"], "3-crashes.png": ["worker_crashed"],
        "4-hangs.png": ["timeout"], "5-ok.png": [], "6-ok.png": [],
    }  # fmt: skip
    hung = int((tmp_path / "hang.pid").read_text())
    with pytest.raises(ProcessLookupError):  # the worker running it was restarted
        os.kill(hung, 0)

    ok = tmp_path / "ok"
    for name in ("1-ok.png", "5-ok.png", "6-ok.png", "2-raises.png"):
        ok.mkdir(exist_ok=True)
        shutil.copy(inbox / name, ok / name)
    run_batch([ok], InlineExecutor(parse=FAKE), out=inline_out, today=TODAY, received=date(2025, 11, 20))
    dask_results = without_meta(lines(dask_out))
    for sha, result in without_meta(lines(inline_out)).items():
        result["source"]["file"] = dask_results[sha]["source"]["file"]  # copied to another folder
        assert dask_results[sha] == result


# --------------------------------------------------------------------------- a real cluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the group: a worker's nanny and its worker process
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """`dask scheduler` and two `dask worker --nthreads 1` on 127.0.0.1, stopped afterwards."""
    dask = BIN / "dask"
    if not dask.exists():
        pytest.skip("the dask command is not installed")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    procs: list[subprocess.Popen[bytes]] = []
    log = (tmp_path / "dask.log").open("wb")
    try:
        procs.append(subprocess.Popen(
            [str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        ))  # fmt: skip
        for n in (1, 2):
            procs.append(subprocess.Popen(
                [str(dask), "worker", address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1",
                 "--no-dashboard", "--name", f"w{n}", "--local-directory", str(tmp_path / f"w{n}")],
                cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            ))  # fmt: skip
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)
        log.close()


def sample_letters(folder: Path) -> list[Path]:
    """Three small sample letters from samples/, or made here with PIL if there are none yet."""
    picked = [p for p in sorted(SAMPLES.glob("*")) if p.suffix in (".pdf", ".png", ".jpg", ".tif")]
    picked = sorted(picked, key=lambda p: p.stat().st_size)[:3]
    folder.mkdir(parents=True, exist_ok=True)
    if picked:
        for path in picked:
            shutil.copy(path, folder / path.name)
        return [folder / p.name for p in picked]
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 30)
    texts = [
        ["督促状", "東京債権回収株式会社", "ご請求金額 123,456円", "お支払期限 令和7年12月20日"],
        ["債権譲渡通知書", "譲受人 みなと債権回収株式会社", "譲渡日 令和7年11月1日"],
        ["催告書", "株式会社サンプル銀行", "残元金 980,000円", "お支払期限 令和7年12月26日"],
    ]
    made = []
    for i, rows in enumerate(texts):
        image = Image.new("L", (900, 600), 255)
        draw = ImageDraw.Draw(image)
        for j, text in enumerate(rows):
            draw.text((60, 60 + 90 * j), text, font=font, fill=0)
        path = folder / f"letter{i}.png"
        image.save(path, dpi=(200, 200))
        made.append(path)
    return made


@pytest.mark.slow
def test_dask_cluster_gives_the_same_results_as_the_process_pool(tmp_path: Path, dask_cluster: str) -> None:
    files = sample_letters(tmp_path / "letters")
    received = date(2025, 11, 26)
    pool_out, dask_out = tmp_path / "pool.jsonl", tmp_path / "dask.jsonl"
    run_batch(files, ProcessPool(2, timeout=600), out=pool_out, today=TODAY, received=received)
    run = run_batch(files, DaskExecutor(scheduler=dask_cluster, timeout=600), out=dask_out, today=TODAY,
                    received=received)  # fmt: skip
    assert run.parsed == len(files)
    pool_results, dask_results = without_meta(lines(pool_out)), without_meta(lines(dask_out))
    assert pool_results == dask_results
    for result in dask_results.values():  # the real pipeline ran: no worker-level failures
        assert not {e["code"] for e in result["errors"]} & {"internal_error", "worker_crashed", "timeout"}
