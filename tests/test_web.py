"""The web page and the REST API (parser.web), through FastAPI's TestClient.

Most tests swap the parser for a stand-in (`create_app(analyse=...)`) so that they test the web
layer alone: statuses, limits, the queue, temp files, the page. The tests marked "real" run
the real pipeline on a digital PDF letter made here with reportlab and Noto Sans CJK; a PDF
text layer needs neither OCR nor GiNZA (use_nlp=False), so they are fast.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from parser.models import (
    Amounts,
    Certainty,
    Deadline,
    Evidence,
    NamedParty,
    ParseResult,
    ProblemItem,
    Registry,
    RegistryStatus,
    Sender,
    SenderKind,
    Settings,
    Source,
    WebSettings,
)
from parser.web import config, create_app, view, work
from parser.web.preview import PagePreview

TODAY = date(2025, 11, 24)
NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

# ----------------------------------------------------------------------------- a digital letter

LETTER_LINES = [
    (430, 800, "令和7年11月20日"),
    (70, 760, "山田 太郎 様"),
    (200, 720, "ご請求書（督促状）"),
    (70, 680, "貴殿に対する下記債権について、お支払いが確認できておりません。"),
    (70, 660, "下記の期限までにお支払いください。"),
    (70, 620, "元金"), (300, 620, "400,000円"),
    (70, 600, "利息"), (300, 600, "30,000円"),
    (70, 580, "遅延損害金"), (300, 580, "20,000円"),
    (70, 560, "合計"), (300, 560, "450,000円"),
    (70, 530, "お支払期限"), (300, 530, "令和7年12月10日"),
    (70, 500, "お客様番号 12345678"),
    (300, 440, "SMBC債権回収株式会社"),
    (300, 420, "法務大臣許可番号 第10号"),
    (300, 400, "TEL 03-3544-6003"),
]  # fmt: skip


def _truetype_subset(text: str, out: Path) -> Path:
    """Noto Sans CJK ships CFF outlines, which reportlab cannot embed: subset it and convert to glyf."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(NOTO), fontNumber=0)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    options.glyph_names = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):  # fmt: skip
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.save(str(out))
    return out


@cache
def letter_pdf() -> bytes:
    """A one-page 督促状 from a licensed servicer, total 450,000 yen, due 2025-12-10, as a text PDF."""
    import tempfile

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont
    from reportlab.pdfgen import canvas

    if not NOTO.exists():
        pytest.skip("Noto Sans CJK is not installed (fonts-noto-cjk)")
    with tempfile.TemporaryDirectory() as tmp:
        ttf = _truetype_subset("".join(t for *_, t in LETTER_LINES), Path(tmp) / "noto-subset.ttf")
        pdfmetrics.registerFont(ReportlabFont("NotoSansWebTest", str(ttf)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setFont("NotoSansWebTest", 12)
    for x, y, text in LETTER_LINES:
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "JPEG")
    return out.getvalue()


# ----------------------------------------------------------------------------- stand-ins for the parser


def ok_result(name: str = "letter.jpg", **update: Any) -> ParseResult:
    result = ParseResult(
        source=Source(file=name, pages=1),
        sender=Sender(name="東雲債権回収株式会社", kind=SenderKind.servicer, license_number=231),
        registry=Registry(status=RegistryStatus.licensed),
        amounts=Amounts(total=940711, principal=842315, interest=12480, late_damages=85916, sum_check="ok"),
        deadlines=[
            Deadline(kind="limitation_possible", date=date(2030, 1, 6), basis="民法166条", certainty=Certainty.estimated,
                     note_ja="時効の目安です。"),
            Deadline(kind="payment_due", date=date(2025, 11, 27), basis="書面", certainty=Certainty.stated,
                     note_ja="書面に書かれたお支払期限です。"),
        ],
        evidence={
            "amounts.total": Evidence(page=1, bbox=(100, 500, 400, 540), text="ご請求金額 940,711円", confidence=0.95),
            "sender.name": Evidence(page=1, bbox=(300, 700, 500, 730), text="東雲債権回収株式会社", confidence=0.4),
        },
        confidence={"amounts.total": 0.95, "sender.name": 0.4},
    )  # fmt: skip
    return result.model_copy(update=update)


def fake_analyse(job: work.Job) -> work.Analysis:
    Path(job.path).read_bytes()
    preview = PagePreview(1, 600.0, 800.0, jpeg_bytes())
    return work.Analysis(ok_result(job.name), [preview])


def failing_analyse(code: str) -> Callable[[work.Job], work.Analysis]:
    def analyse(job: work.Job) -> work.Analysis:
        result = ParseResult(source=Source(file=job.name), errors=[ProblemItem(code=code, message=f"{code} here")])
        return work.Analysis(result)

    return analyse


def make_client(analyse: Callable[[work.Job], work.Analysis] = fake_analyse, **settings: Any) -> TestClient:
    settings.setdefault("executor", "thread")
    app = create_app(WebSettings(**settings), today=lambda: TODAY, analyse=analyse)
    return TestClient(app)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with make_client() as c:
        yield c


def post(c: TestClient, content: bytes, name: str = "letter.jpg", url: str = "/api/v1/parse", **data: str) -> Any:
    return c.post(url, files={"file": (name, content, "application/octet-stream")}, data=data)


def error(response: Any) -> tuple[int, str]:
    body = response.json()
    assert set(body) == {"detail", "code"}, body
    assert body["detail"]
    return response.status_code, body["code"]


# ----------------------------------------------------------------------------- the real pipeline


@pytest.fixture(scope="module")
def real_client() -> Iterator[TestClient]:
    # A PDF text layer needs no OCR; without GiNZA and without warming the engines, this stays fast.
    settings = WebSettings(executor="thread", warm_up=False, parser=Settings(use_nlp=False))
    with TestClient(create_app(settings, today=lambda: TODAY)) as c:
        yield c


def test_api_reads_a_digital_pdf_letter(real_client: TestClient) -> None:
    response = post(real_client, letter_pdf(), "tokusoku.pdf", received="2025-11-22")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    result = ParseResult.model_validate(response.json())
    assert result.source.file == "tokusoku.pdf"
    assert result.sender.name == "SMBC債権回収株式会社"
    assert result.registry.status is RegistryStatus.licensed
    assert result.amounts.total == 450000
    assert [(d.kind, d.date) for d in result.deadlines if d.kind == "payment_due"] == [("payment_due", date(2025, 12, 10))]
    assert result.errors == []


def test_upload_form_returns_the_result_page(real_client: TestClient) -> None:
    response = post(real_client, letter_pdf(), "tokusoku.pdf", url="/upload", received="2025-11-22")
    assert response.status_code == 200
    html = response.text
    assert 'lang="ja"' in html
    assert re.search(r'class="badge badge-ok" id="verdict">許可業者（登録簿で確認）<', html)
    assert '<p class="total" id="total">450,000円' in html
    # 2025-12-10 is 16 days after the fixed today.
    assert "2025年12月10日（水）" in html and "あと16日" in html
    assert "内訳の合計は請求金額と一致しています" in html
    # The page image with a box per value, in PDF points (A4 = 595 x 842).
    assert re.search(r'<svg viewBox="0 0 595\.\d* 841\.\d*"', html)
    assert html.count('<rect class="box') >= 5
    assert "data:image/jpeg;base64," in html


def test_result_page_offers_json_and_calendar_downloads(real_client: TestClient) -> None:
    html = post(real_client, letter_pdf(), "tokusoku.pdf", url="/upload").text
    json_href = re.search(r'href="data:application/json;base64,([^"]+)" download="debt-notice-result.json"', html)
    ics_href = re.search(r'href="data:text/calendar;base64,([^"]+)" download="debt-notice-deadlines.ics"', html)
    assert json_href and ics_href
    assert ParseResult.model_validate_json(base64.b64decode(json_href.group(1))).amounts.total == 450000
    ics = base64.b64decode(ics_href.group(1)).decode("utf-8")
    assert "BEGIN:VEVENT" in ics and "DTSTART;VALUE=DATE:20251210" in ics


def test_a_damaged_jpeg_is_unreadable_422(real_client: TestClient) -> None:
    damaged = jpeg_bytes()[:60]
    assert error(post(real_client, damaged, "photo.jpg")) == (422, "unreadable_input")


def test_logs_hold_no_letter_text_names_or_amounts(real_client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        assert post(real_client, letter_pdf(), "yamada-taro.pdf").status_code == 200
    logged = caplog.text
    for secret in ("SMBC", "債権回収", "山田", "450,000", "450000", "12345678", "yamada", "03-3544"):
        assert secret not in logged


# ----------------------------------------------------------------------------- errors


def test_empty_file_is_422(client: TestClient) -> None:
    assert error(post(client, b"")) == (422, "unreadable_input")


def test_random_bytes_are_415(client: TestClient) -> None:
    assert error(post(client, os.urandom(4096), "scan.jpg")) == (415, "unsupported_input")


def test_text_renamed_jpg_is_415(client: TestClient) -> None:
    text = "督促状\n請求金額 100,000円\n".encode() * 20
    status, code = error(post(client, text, "letter.jpg"))
    assert (status, code) == (415, "unsupported_input")


def test_no_file_chosen_is_422(client: TestClient) -> None:
    response = client.post("/api/v1/parse", files={"file": ("", b"", "application/octet-stream")})
    assert error(response) == (422, "no_file")


def test_a_body_that_is_not_multipart_is_415(client: TestClient) -> None:
    response = client.post("/api/v1/parse", content=jpeg_bytes(), headers={"content-type": "image/jpeg"})
    assert error(response) == (415, "unsupported_input")


@pytest.mark.parametrize("received", ["2025-13-01", "yesterday", "2025/11/20", "20251120", "2025-11-30"])
def test_bad_received_date_is_422(client: TestClient, received: str) -> None:
    # 2025-11-30 is after the fixed today: a letter cannot have arrived in the future.
    assert error(post(client, jpeg_bytes(), received=received)) == (422, "bad_received")


def test_received_date_reaches_the_parser() -> None:
    seen: list[date | None] = []

    def analyse(job: work.Job) -> work.Analysis:
        seen.append(job.received)
        assert job.today == TODAY
        return fake_analyse(job)

    with make_client(analyse) as c:
        assert post(c, jpeg_bytes(), received="2025-11-22").status_code == 200
        assert post(c, jpeg_bytes(), received="").status_code == 200
    assert seen == [date(2025, 11, 22), None]


def test_too_large_by_content_length_is_413_before_reading() -> None:
    calls: list[str] = []

    def analyse(job: work.Job) -> work.Analysis:
        calls.append(job.path)
        return fake_analyse(job)

    with make_client(analyse, max_bytes=10_000) as c:
        big = b"\xff\xd8\xff" + os.urandom(200_000)
        assert error(post(c, big)) == (413, "limit_exceeded")
    assert calls == []


def test_too_large_streamed_without_content_length_is_413(tmp_path: Path) -> None:
    """A chunked body has no Content-Length: the bytes are counted as they come."""
    boundary = "b0undary"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n").encode() + b"\xff\xd8\xff"  # fmt: skip
    sent = [0]

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(200):  # up to 12.8 MB; the server should stop listening long before
            sent[0] += 1
            yield os.urandom(64 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    with make_client(max_bytes=100_000, tmp_dir=str(tmp_path)) as c:
        response = c.post("/api/v1/parse", content=body(),
                          headers={"content-type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
    assert error(response) == (413, "limit_exceeded")
    assert list(tmp_path.iterdir()) == []


def test_a_file_just_under_the_limit_is_accepted() -> None:
    with make_client(max_bytes=50_000) as c:
        assert post(c, jpeg_bytes() + b"\0" * 40_000).status_code == 200


@pytest.mark.parametrize(
    ("code", "status"),
    [("limit_exceeded", 413), ("unsupported_input", 415), ("unreadable_input", 422), ("ocr_failed", 422),
     ("missing_dependency", 503)],
)  # fmt: skip
def test_result_error_codes_become_statuses(code: str, status: int) -> None:
    with make_client(failing_analyse(code)) as c:
        assert error(post(c, jpeg_bytes())) == (status, code)
        page = post(c, jpeg_bytes(), url="/upload")
    assert page.status_code == status
    assert "読み取れませんでした" in page.text and f"{code} here" in page.text
    assert 'action="/upload"' in page.text  # the form is there again to retry


def test_a_crashing_parser_is_not_a_500() -> None:
    def analyse(job: work.Job) -> work.Analysis:
        raise RuntimeError("boom: 山田太郎 450,000円")

    with make_client(analyse) as c:
        response = post(c, jpeg_bytes())
    assert error(response) == (422, "processing_failed")
    assert "山田" not in response.text


# ----------------------------------------------------------------------------- queue and time limit


class Gate:
    """A stand-in parser that holds each letter until the test lets it go."""

    def __init__(self) -> None:
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()

    def __call__(self, job: work.Job) -> work.Analysis:
        self.entered.release()
        assert self.release.wait(10)
        return fake_analyse(job)


def _in_background(fn: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    return thread, out


def test_full_queue_is_503_with_retry_after() -> None:
    gate = Gate()
    with make_client(gate, workers=1, queue=1, retry_after_seconds=7) as c:
        first, first_out = _in_background(lambda: post(c, jpeg_bytes()))
        assert gate.entered.acquire(timeout=5)  # the only worker is busy
        second, second_out = _in_background(lambda: post(c, jpeg_bytes()))
        pool = c.app.state.pool  # type: ignore[attr-defined]
        deadline = time.monotonic() + 5
        while pool.admitted < 2 and time.monotonic() < deadline:  # the second one waits in the queue
            time.sleep(0.01)
        third = post(c, jpeg_bytes())
        assert error(third) == (503, "busy")
        assert third.headers["retry-after"] == "7"
        html = post(c, jpeg_bytes(), url="/upload")
        assert html.status_code == 503 and html.headers["retry-after"] == "7"
        gate.release.set()
        first.join(10)
        second.join(10)
    # The queued upload waited its turn instead of failing.
    assert [r.status_code for r in first_out + second_out] == [200, 200]


def test_concurrent_uploads_queue_and_all_succeed() -> None:
    def slow(job: work.Job) -> work.Analysis:
        time.sleep(0.2)
        return fake_analyse(job)

    with make_client(slow, workers=1, queue=4) as c:
        threads = [_in_background(lambda: post(c, jpeg_bytes())) for _ in range(4)]
        for thread, _ in threads:
            thread.join(20)
    assert [out[0].status_code for _, out in threads] == [200] * 4


def test_a_letter_past_the_time_limit_is_504() -> None:
    gate = Gate()
    with make_client(gate, timeout_seconds=0.3) as c:
        t0 = time.monotonic()
        response = post(c, jpeg_bytes())
        assert time.monotonic() - t0 < 5
        gate.release.set()
    assert error(response) == (504, "timeout")


def slow_analyse(job: work.Job) -> work.Analysis:
    """Module level: a worker process imports it by name."""
    if Path(job.path).read_bytes().endswith(b"hang"):
        time.sleep(60)
    return work.Analysis(ok_result(job.name))


def test_a_stuck_worker_process_is_killed_and_replaced() -> None:
    app = create_app(WebSettings(executor="process", timeout_seconds=2), today=lambda: TODAY, analyse=slow_analyse)
    with TestClient(app) as c:
        assert post(c, jpeg_bytes()).status_code == 200  # the worker is up
        t0 = time.monotonic()
        assert error(post(c, jpeg_bytes() + b"hang")) == (504, "timeout")
        assert time.monotonic() - t0 < 15
        assert post(c, jpeg_bytes()).status_code == 200  # a fresh worker took its place


# ----------------------------------------------------------------------------- privacy: temp files


def test_upload_lives_in_a_private_temp_dir_only_during_the_request(tmp_path: Path) -> None:
    seen: list[tuple[Path, bytes, int]] = []

    def analyse(job: work.Job) -> work.Analysis:
        path = Path(job.path)
        seen.append((path, path.read_bytes(), path.parent.stat().st_mode & 0o777))
        return fake_analyse(job)

    content = jpeg_bytes((64, 48))
    with make_client(analyse, tmp_dir=str(tmp_path)) as c:
        assert post(c, content).status_code == 200
        assert error(post(c, b"not a photo at all")) == (415, "unsupported_input")
        assert error(post(c, b"", "empty.jpg")) == (422, "unreadable_input")
    (path, data, mode), = seen
    assert path.parent.parent == tmp_path and data == content and mode == 0o700
    assert list(tmp_path.iterdir()) == []


def test_temp_dir_is_removed_after_a_timeout_and_a_crash(tmp_path: Path) -> None:
    gate = Gate()
    with make_client(gate, tmp_dir=str(tmp_path), timeout_seconds=0.3) as c:
        assert error(post(c, jpeg_bytes())) == (504, "timeout")
        gate.release.set()
    with make_client(failing_analyse("unreadable_input"), tmp_dir=str(tmp_path)) as c:
        assert error(post(c, jpeg_bytes())) == (422, "unreadable_input")
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- the pages


def test_upload_page_works_without_javascript_and_is_accessible(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="ja">' in html
    form = re.search(r'<form[^>]*>', html)
    assert form and 'method="post"' in form.group(0) and 'action="/upload"' in form.group(0)
    assert 'enctype="multipart/form-data"' in form.group(0)
    inputs = re.findall(r"<input [^>]*>", html)
    ids = [re.search(r'id="([^"]+)"', i).group(1) for i in inputs]  # type: ignore[union-attr]
    for input_id in ids:
        assert f'<label for="{input_id}"' in html  # every input has a label
    assert any('accept="image/*,application/pdf"' in i for i in inputs)
    assert any('capture="environment"' in i for i in inputs)
    assert any('type="date"' in i and 'name="received"' in i and 'max="2025-11-24"' in i for i in inputs)
    assert re.search(r'<button type="submit"', html)
    assert "Content-Security-Policy" in response.headers


def test_japanese_file_name_is_kept_and_reload_starts_over(client: TestClient) -> None:
    response = post(client, jpeg_bytes(), "督促状 2025.jpg")
    assert response.json()["source"]["file"] == "督促状 2025.jpg"
    again = client.get("/upload", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "./"


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert "addEventListener" in client.get("/static/app.js").text


def test_openapi_documents_the_upload_and_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/api/v1/parse"]["post"]
    schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert set(schema["properties"]) == {"file", "received"} and schema["required"] == ["file"]
    assert {"200", "413", "415", "422", "503", "504"} <= set(operation["responses"])
    assert "ParseResult" in str(operation["responses"]["200"])
    assert client.get("/docs").status_code == 200


def test_result_page_marks_uncertain_values_and_draws_boxes(client: TestClient) -> None:
    html = post(client, jpeg_bytes(), url="/upload").text
    assert '<svg viewBox="0 0 600.0 800.0"' in html
    assert '<rect class="box" x="100.0" y="500.0" width="300.0" height="40.0"' in html
    # sender.name was read with confidence 0.4: an amber box and a mark by the name.
    assert '<rect class="box box-warn" x="300.0" y="700.0"' in html
    sender = re.search(r'<p class="sender">(.*?)</p>', html, re.S)
    assert sender and "読み取りに自信なし" in sender.group(1)
    total = re.search(r'<p class="total" id="total">(.*?)</p>', html, re.S)
    assert total and "読み取りに自信なし" not in total.group(1)


def test_result_page_sorts_deadlines_and_counts_days(client: TestClient) -> None:
    html = post(client, jpeg_bytes(), url="/upload").text
    first = html.index("2025年11月27日（木）")
    second = html.index("2030年1月6日（日）")
    assert first < second
    assert "あと3日" in html
    assert "書面に記載" in html and "時効の目安です。" in html


def scam_analyse(job: work.Job) -> work.Analysis:
    result = ok_result(
        job.name,
        sender=Sender(name="民事訴訟管理センター", kind=SenderKind.other),
        registry=Registry(status=RegistryStatus.not_licensed),
        fraud_signals=["fake_sender_name", "prepaid_or_gift_card"],
        fraud_explanations_ja={"fake_sender_name": "架空請求で使われた名前です。"},
        deadlines=[],
    )
    return work.Analysis(result)


def test_scam_warning_comes_before_everything() -> None:
    with make_client(scam_analyse) as c:
        html = post(c, jpeg_bytes(), url="/upload").text
    main = html[html.index('<main id="main">'):]
    scam = main.index('class="scam"')
    assert scam < main.index('class="card"')
    assert 'href="tel:188"' in main and "#9110" in main and 'href="tel:%239110"' in main
    assert "電話番号には電話しないでください" in main
    assert "架空請求で使われた名前です。" in main
    assert re.search(r'class="badge badge-danger" id="verdict">詐欺の疑い<', main)
    assert "data:text/calendar" not in main  # no calendar for a scam's "deadline"


def test_no_scam_section_without_fraud_signals(client: TestClient) -> None:
    assert 'class="scam"' not in post(client, jpeg_bytes(), url="/upload").text


# ----------------------------------------------------------------------------- view details


@pytest.mark.parametrize(
    ("status", "kind", "label", "tone"),
    [
        (RegistryStatus.licensed, SenderKind.servicer, "許可業者（登録簿で確認）", "ok"),
        (RegistryStatus.unverified, SenderKind.servicer, "要確認", "warn"),
        (RegistryStatus.closed, SenderKind.servicer, "要確認", "warn"),
        (RegistryStatus.license_mismatch, SenderKind.servicer, "要確認", "warn"),
        (RegistryStatus.not_licensed, SenderKind.servicer, "詐欺の疑い", "danger"),
        (RegistryStatus.not_applicable, SenderKind.court, "裁判所", "neutral"),
        (RegistryStatus.not_applicable, SenderKind.bank, "銀行", "neutral"),
    ],
)
def test_badge_for_each_registry_status(status: RegistryStatus, kind: SenderKind, label: str, tone: str) -> None:
    result = ok_result(registry=Registry(status=status), sender=Sender(name="x", kind=kind))
    badge = view.badge(result)
    assert (badge.label, badge.tone) == (label, tone)


def test_days_left_wording() -> None:
    result = ok_result(deadlines=[
        Deadline(kind="payment_due", date=date(2025, 11, 24), basis="b", certainty=Certainty.stated, note_ja="n"),
        Deadline(kind="hearing", date=date(2025, 11, 20), basis="b", certainty=Certainty.stated, note_ja="n"),
    ])  # fmt: skip
    got = [(d.iso, d.when_ja, d.urgent) for d in view.deadlines(result, TODAY)]
    assert got == [("2025-11-20", "4日過ぎています", False), ("2025-11-24", "今日まで", True)]


@pytest.mark.parametrize(
    ("days", "words"),
    [(1, "あと1日"), (60, "あと60日"), (61, "あと約2か月"), (700, "あと約23か月"), (1565, "あと約4年3か月"),
     (731, "あと約2年"), (-3, "3日過ぎています"), (-400, "約13か月過ぎています")],
)  # fmt: skip
def test_long_spans_are_said_in_months_and_years(days: int, words: str) -> None:
    assert view.when_ja(days) == words


def test_late_charge_estimate_is_not_listed_as_a_deadline() -> None:
    long_note = "元金に年14.6%の遅延損害金がつくとすると、およそ91,980円です。" + "書面の額と比べてください。" * 5
    result = ok_result(deadlines=[
        Deadline(kind="late_charge_accrual", date=date(2025, 12, 8), basis="b", certainty=Certainty.estimated,
                 note_ja=long_note),
        Deadline(kind="payment_due", date=date(2025, 12, 8), basis="b", certainty=Certainty.stated,
                 note_ja=long_note),
    ])  # fmt: skip
    v = view.build(result, [], today=TODAY)
    assert [d.label for d in v.deadlines] == ["お支払期限"]
    assert v.deadlines[0].note == "元金に年14.6%の遅延損害金がつくとすると、およそ91,980円です。"
    assert v.deadlines[0].note + v.deadlines[0].note_more == long_note
    assert [label for label, _ in v.estimates] == ["遅延損害金の目安"]


def test_boxes_outside_the_page_are_not_drawn() -> None:
    result = ok_result(evidence={
        "amounts.total": Evidence(page=1, bbox=(100, 100, 200, 120), text="t", confidence=1.0),
        "sender.name": Evidence(page=1, bbox=(100, 900, 200, 950), text="s", confidence=1.0),  # below a 800-high page
        "debtor.name": Evidence(page=2, bbox=(1, 1, 2, 2), text="d", confidence=1.0),  # no preview of page 2
    })  # fmt: skip
    pages = view.pages(result, [PagePreview(1, 600.0, 800.0, jpeg_bytes())])
    assert [(b.label, b.x, b.y) for b in pages[0].boxes] == [("請求金額", 100, 100)]


def test_image_page_preview_is_the_prepared_page_the_boxes_refer_to() -> None:
    """Boxes on a photo are in the pixels of the page OCR read (after imaging.prepare), not the photo's."""
    from parser import imaging
    from parser.models import Document, InputKind, PageInput
    from parser.web.preview import Geometry, geometry_from_meta, previews

    photo = Image.new("RGB", (1200, 1600), (90, 80, 70))
    photo.paste(Image.new("RGB", (900, 1270), (250, 250, 245)), (150, 160))  # a sheet on a desk
    prepared = imaging.prepare(photo).image
    document = Document(name="p.jpg", kind=InputKind.image, sha256="0", pages=[PageInput(number=1, image=photo)])
    (shown,) = previews(document, b"", [1], 4)
    assert (shown.width, shown.height) == prepared.size and shown.boxes
    assert Image.open(io.BytesIO(shown.jpeg)).size[1] <= 1100
    recorded = geometry_from_meta({"pages": [{"number": 1, "width": 10, "height": 20, "rotation": 0}, {"bad": 1}]})
    assert recorded == {1: Geometry(10.0, 20.0, 0)}
    (unsure,) = previews(document, b"", [1], 4, recorded)
    assert not unsure.boxes  # the recorded size disagrees: the image is shown without boxes
    result = ok_result(evidence={"amounts.total": Evidence(page=1, bbox=(1, 1, 5, 5), text="t", confidence=1.0)})
    assert view.pages(result, [unsure])[0].boxes == []


def test_a_missing_value_is_shown_as_missing_not_zero() -> None:
    v = view.build(ok_result(amounts=Amounts()), [], today=TODAY)
    assert v.total is None and v.breakdown == [] and v.sum_check is None
    assert view.build(ok_result(creditor=NamedParty(name=None)), [], today=TODAY).parties[0].label == "書面の許可番号"


# ----------------------------------------------------------------------------- settings and the command


def test_settings_from_env() -> None:
    env = {"DEBT_NOTICE_WEB_MAX_MB": "5", "DEBT_NOTICE_WEB_WORKERS": "2", "DEBT_NOTICE_WEB_QUEUE": "9",
           "DEBT_NOTICE_WEB_TIMEOUT": "30", "DEBT_NOTICE_NO_NLP": "1"}  # fmt: skip
    s = config.from_env(env, queue=3)
    assert (s.max_bytes, s.workers, s.queue, s.timeout_seconds) == (5 * 2**20, 2, 3, 30.0)
    assert s.parser.limits.max_bytes == s.max_bytes and s.parser.use_nlp is False
    defaults = config.from_env({})
    assert (defaults.max_bytes, defaults.workers, defaults.queue, defaults.executor) == (20 * 2**20, 1, 4, "process")


def test_settings_out_of_range_are_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        config.from_env({"DEBT_NOTICE_WEB_WORKERS": "0"})
    with pytest.raises(ValidationError):
        config.from_env({"DEBT_NOTICE_WEB_EXECUTOR": "fork"})


def test_serve_command_starts_uvicorn_with_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer
    import uvicorn
    from typer.testing import CliRunner

    from parser.cli_serve import serve_command

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    cli = typer.Typer()
    cli.command()(serve_command)
    result = CliRunner().invoke(cli, ["--host", "0.0.0.0", "--port", "8123", "--queue", "2", "--max-mb", "3"], env={})
    assert result.exit_code == 0, result.output
    (call,) = calls
    assert (call["host"], call["port"]) == ("0.0.0.0", 8123)
    settings = call["app"].state.settings
    assert (settings.queue, settings.max_bytes) == (2, 3 * 2**20)
    bad = CliRunner().invoke(cli, ["--workers", "0"], env={})
    assert bad.exit_code == 1 and len(calls) == 1
