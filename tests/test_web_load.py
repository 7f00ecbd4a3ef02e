"""A bounded load test on 127.0.0.1: 20 uploads at once against the real server and pipeline.

Every request must be answered — a result, or 503 with Retry-After when the queue is full —
none lost, none a 500, and the server's memory stays bounded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psutil
import pytest
from test_web_browser import free_port

from parser.models import Settings, WebSettings
from parser.web import create_app

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "c01_ruled_table_pdf_text.pdf"
UPLOADS = 20


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn

    settings = WebSettings(executor="process", workers=1, queue=4, timeout_seconds=120, parser=Settings())
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(30)


@pytest.mark.slow
def test_twenty_concurrent_uploads_are_all_answered(server: str) -> None:
    data = SAMPLE.read_bytes()
    me = psutil.Process()

    def upload(i: int) -> httpx.Response:
        files = {"file": (f"letter{i}.pdf", data, "application/pdf")}
        return httpx.post(f"{server}/api/v1/parse", files=files, timeout=180)

    rss_before = me.memory_info().rss
    with ThreadPoolExecutor(max_workers=UPLOADS) as pool:
        answers = list(pool.map(upload, range(UPLOADS)))
    statuses = [a.status_code for a in answers]
    assert len(answers) == UPLOADS and set(statuses) <= {200, 503}, statuses
    assert statuses.count(200) >= 5  # one worker plus a queue of four are always served
    for answer in answers:
        if answer.status_code == 200:
            assert answer.json()["amounts"]["total"] == 940711
        else:
            assert answer.headers["Retry-After"] and answer.json()["detail"]
    assert me.memory_info().rss - rss_before < 500 * 1024 * 1024
