"""The web page and the REST API: photograph a letter, upload it, read what it says.

    GET  /               the upload form (works without JavaScript)
    POST /upload         the form's target: the result page
    POST /api/v1/parse   multipart `file` (+ optional `received`) → ParseResult JSON
    GET  /healthz        liveness and queue depth
    GET  /docs           OpenAPI

This is the only module besides the CLI that turns errors into statuses and reads the clock.
Uploads live in a per-request temporary directory while they are read, and are deleted
afterwards; nothing is stored, and the log gets sizes, timings and statuses only.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from parser import __version__, guard, ingest
from parser.errors import UnsupportedInput
from parser.models import ApiError, ParseResult, WebSettings
from parser.web import config, upload, view, work
from parser.web.pool import Busy, TimedOut, WorkerFailed, WorkerPool

log = logging.getLogger(__name__)

# The library's error codes (parser/errors.py) as HTTP statuses: decided here and nowhere else.
STATUS_BY_CODE = {
    "unsupported_input": 415,
    "limit_exceeded": 413,
    "timeout": 504,
    "unreadable_input": 422,
    "ocr_failed": 422,
    "missing_dependency": 503,
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
_UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "photo (JPEG/PNG/HEIC/TIFF/WebP) or PDF"},
                    "received": {"type": "string", "format": "date", "description": "受け取った日 YYYY-MM-DD"},
                },
            }
        }
    },
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ApiError, "description": text}
    for status, text in {
        413: "file too large, or reading it needed more memory than the limit (limit_exceeded)",
        415: "not a photo or PDF (unsupported_input)",
        422: "unreadable file, empty file, or a bad `received` date",
        503: "all workers busy and the queue full (busy; see Retry-After)",
        504: "reading the letter took longer than the time limit (timeout)",
    }.items()
}


class WebError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("parser.web", "templates"), autoescape=select_autoescape(["html"]))
    return Jinja2Templates(env=env)


def create_app(
    settings: WebSettings | None = None,
    *,
    today: Callable[[], date] | None = None,
    analyse: Callable[[work.Job], work.Analysis] = work.analyse,
) -> FastAPI:
    """The app. `today` and `analyse` are seams for tests (a fixed date; a stand-in for the parser)."""
    s = config.aligned(settings) if settings is not None else config.from_env()
    zone = ZoneInfo(s.timezone)
    clock: Callable[[], date] = today or (lambda: datetime.now(zone).date())
    pool = WorkerPool(
        workers=s.workers, queue=s.queue, timeout=s.timeout_seconds, wait=s.queue_wait_seconds, mode=s.executor,
        initializer=work.init_worker if analyse is work.analyse else None,
        initargs=(s.parser, s.tmp_dir, s.warm_up, s.executor == "process"),
    )  # fmt: skip

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="debt-notice-parser",
        version=__version__,
        description="日本の督促状・債権譲渡通知・支払督促などを読み取り、差出人・請求額・期限を返します。",
        lifespan=lifespan,
    )
    app.state.settings = s
    app.state.pool = pool
    app.mount("/static", StaticFiles(packages=[("parser.web", "static")]), name="static")
    templates = _templates()

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("root", request.scope.get("root_path", "").rstrip("/"))
        context.setdefault("max_mb", round(s.max_bytes / 2**20))
        context.setdefault("today", clock().isoformat())
        response = templates.TemplateResponse(request, name, context, status_code=status)
        response.headers.update(_SECURITY_HEADERS)
        return response

    async def read_letter(request: Request) -> work.Analysis:
        """Upload → worker → analysis, or a WebError with the status to answer."""
        if pool.full():
            raise _busy(s)
        try:
            upload.check_length(request.headers.get("content-length"), s.max_bytes)
            with upload.request_dir(s.tmp_dir) as folder:
                try:
                    got = await asyncio.wait_for(
                        upload.receive(request.stream(), request.headers.get("content-type"), dest=folder,
                                       max_bytes=s.max_bytes),
                        s.timeout_seconds,
                    )  # fmt: skip
                except TimeoutError:
                    raise WebError(408, "upload_timeout", "the upload took too long / 送信に時間がかかりすぎました") from None
                today_ = clock()
                received = _received(got.fields.get("received"), today_)
                _check_file(got)
                job = work.Job(str(got.path), got.name, received, today_, s.parser, s.preview_pages)
                request.state.size = got.size
                try:
                    analysis: work.Analysis = await pool.run(analyse, job)
                except Busy:
                    raise _busy(s) from None
                except TimedOut:
                    raise _timed_out(s) from None
                except WorkerFailed as exc:
                    log.warning("worker failed: %s", exc)
                    if str(exc) == "MemoryError":  # past the worker's memory limit outside the parse
                        error = guard.memory_exceeded(s.parser.limits)
                        raise WebError(413, error.code, error.message) from None
                    raise WebError(422, "processing_failed", "this file could not be processed / この書類は処理できませんでした") from None
        except upload.UploadError as exc:
            raise WebError(exc.status, exc.code, exc.message) from None
        if analysis.result.errors:
            first = analysis.result.errors[0]
            if first.code == "timeout":  # the worker's own timer stopped it: same answer as a kill
                raise _timed_out(s)
            raise WebError(STATUS_BY_CODE.get(first.code, 500), first.code, first.message)
        return analysis

    @app.middleware("http")
    async def log_requests(request: Request, call_next: Callable[[Request], Any]) -> Response:
        t0 = time.perf_counter()
        response: Response = await call_next(request)
        if request.url.path in ("/upload", "/api/v1/parse"):
            log.info("%s %s %d %d bytes %.2fs queue=%d", request.method, request.url.path, response.status_code,
                     getattr(request.state, "size", 0), time.perf_counter() - t0, pool.admitted)  # fmt: skip
        return response

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request) -> HTMLResponse:
        return page(request, "index.html")

    @app.get("/upload", include_in_schema=False)
    async def upload_again() -> RedirectResponse:
        # Reloading or bookmarking the result page: nothing was kept, so start again.
        return RedirectResponse("./", status_code=303)

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    async def upload_page(request: Request) -> HTMLResponse:
        try:
            analysis = await read_letter(request)
        except WebError as exc:
            response = page(request, "index.html", exc.status, error=exc)
            response.headers.update(exc.headers)
            return response
        v = view.build(analysis.result, analysis.previews, today=clock())
        return page(request, "result.html", v=v)

    @app.post(
        "/api/v1/parse",
        response_model=ParseResult,
        responses=_ERRORS,
        openapi_extra={"requestBody": _UPLOAD_BODY},
        summary="Read one letter",
        description="Multipart field `file` (a photo or PDF) and optional `received` (YYYY-MM-DD, the day the "
        "letter arrived; it fixes the 支払督促 objection deadline). Answers the result object.",
    )
    async def parse_api(request: Request) -> Any:
        try:
            analysis = await read_letter(request)
        except WebError as exc:
            body = ApiError(detail=exc.message, code=exc.code).model_dump()
            return JSONResponse(body, status_code=exc.status, headers={"Cache-Control": "no-store", **exc.headers})
        return JSONResponse(
            analysis.result.model_dump(mode="json"), headers={"Cache-Control": "no-store"}
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "workers": pool.workers, "queued": pool.admitted, "version": __version__}

    return app


def _busy(s: WebSettings) -> WebError:
    return WebError(
        503, "busy", "the server is busy: try again in a moment / 混み合っています。少し待ってからもう一度送ってください",
        {"Retry-After": str(s.retry_after_seconds)},
    )  # fmt: skip


def _timed_out(s: WebSettings) -> WebError:
    return WebError(
        504, "timeout",
        f"reading the letter took longer than {s.timeout_seconds:.0f} s / "
        "時間内に読み取れませんでした。写真を小さくするか、ページを分けて送ってください",
    )  # fmt: skip


def _received(text: str | None, today: date) -> date | None:
    if not text:
        return None
    try:
        received = date.fromisoformat(text)
        if len(text) != 10:
            raise ValueError
    except ValueError:
        raise WebError(422, "bad_received", f"received must be a date like 2025-11-24 / 受け取った日の形式が違います: {text[:20]!r}") from None
    if received > today:
        raise WebError(422, "bad_received", "received is in the future / 受け取った日が未来の日付です")
    return received


def _check_file(got: upload.Upload) -> None:
    """Refuse what needs no worker: no file, an empty one, or one that is not a photo or PDF."""
    if got.path is None:
        raise WebError(422, "no_file", "no file in the field 'file' / ファイルを選んでください")
    if got.size == 0:
        raise WebError(422, "unreadable_input", "empty file: nothing to read / ファイルが空です")
    try:
        ingest.sniff(got.head)
    except UnsupportedInput as exc:
        raise WebError(415, exc.code, exc.message) from None
