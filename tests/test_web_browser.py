"""End to end in a real browser: Chromium at a phone's size uploads a photographed letter.

The real server runs (uvicorn on 127.0.0.1, a free port, the process worker pool, the real
OCR engine and GiNZA). The photo is a sample letter (samples/*photo*.jpg with its
.truth.json) when the samples have been generated, else one made here. The test checks the
verdict badge, the total and a deadline on the result page and saves docs/screenshot-web.png.

Uses Debian's Chromium (/usr/bin/chromium); `playwright install` is never run.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parser.models import RegistryStatus, Settings, WebSettings
from parser.web import create_app, view

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PHONE = {"width": 390, "height": 844}
TODAY = date(2025, 11, 24)
clock = {"today": TODAY}  # the server's today; each test sets it to suit its letter
BADGES = {
    RegistryStatus.licensed: "許可業者（登録簿で確認）",
    RegistryStatus.unverified: "要確認",
    RegistryStatus.closed: "要確認",
    RegistryStatus.license_mismatch: "要確認",
    RegistryStatus.not_licensed: "詐欺の疑い",
}  # not_applicable shows the kind of sender instead
WATCH_PROGRESS = """() => {
  const progress = document.getElementById("progress");
  new MutationObserver(() => {
    if (!progress.hidden) {
      const button = document.getElementById("submit");
      sessionStorage.setItem("progress", "shown, button " + (button.disabled ? "disabled" : "enabled"));
    }
  }).observe(progress, {attributes: true});
}"""
READ_SECONDS = 300  # one photo takes 15-40 s on two shared cores


# ----------------------------------------------------------------------------- the letter photo


def sample_photo() -> tuple[Path, dict[str, Any]] | None:
    """A samples/*photo*.jpg with its ground truth: a plain photo of a 督促状 when there is one."""
    found = []
    for photo in (ROOT / "samples").glob("*photo*.jpg"):
        truth_file = photo.with_name(photo.stem + ".truth.json")
        if truth_file.exists():
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            if truth.get("amounts", {}).get("total") and truth.get("dates", {}).get("payment_due"):
                found.append((truth.get("document_type") != "collection_notice", "exif" in photo.name, photo.name,
                              photo, truth))  # fmt: skip
    return min(found)[3:] if found else None


def made_photo(folder: Path) -> tuple[Path, dict[str, Any]]:
    """A letter printed on A4 (150 dpi), lying a little askew on a desk, taken as a JPEG."""
    from test_web import LETTER_LINES, NOTO

    if not NOTO.exists():
        pytest.skip("Noto Sans CJK is not installed (fonts-noto-cjk)")
    scale = 150 / 72
    page = Image.new("RGB", (round(595 * scale), round(842 * scale)), (250, 249, 244))
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(NOTO), round(12 * scale), index=0)
    for x, y, text in LETTER_LINES:
        draw.text((x * scale, (842 - y - 12) * scale), text, font=font, fill=(25, 25, 25))
    desk = Image.new("RGB", (page.width + 220, page.height + 260), (92, 78, 64))
    tilted = page.rotate(1.5, expand=True, fillcolor=(92, 78, 64), resample=Image.Resampling.BICUBIC)
    desk.paste(tilted, (110 - (tilted.width - page.width) // 2, 130 - (tilted.height - page.height) // 2))
    photo = desk.filter(ImageFilter.GaussianBlur(0.6))
    path = folder / "letter_photo.jpg"
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    path.write_bytes(out.getvalue())
    truth = {
        "registry": {"status": "licensed"},
        "amounts": {"total": 450000},
        "dates": {"payment_due": "2025-12-10"},
        "received": "2025-11-22",
        "is_scam": False,
    }
    return path, truth


# ----------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    import uvicorn

    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    settings = WebSettings(executor="process", workers=1, timeout_seconds=READ_SECONDS, parser=Settings())
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, today=lambda: clock["today"]), host="127.0.0.1", port=port,
                                           log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def phone_page(browser: Any, *, javascript: bool = True) -> Any:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="ja-JP",
        java_script_enabled=javascript,
    )  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(READ_SECONDS * 1000)
    return page


# ----------------------------------------------------------------------------- the tests


def test_phone_uploads_a_photo_and_sees_verdict_total_and_deadline(
    browser: Any, server_url: str, tmp_path: Path
) -> None:
    photo, truth = sample_photo() or made_photo(tmp_path)
    received = date.fromisoformat(truth["received"]) if truth.get("received") else None
    clock["today"] = received or TODAY
    page = phone_page(browser)
    page.goto(server_url + "/")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.set_input_files("#file", str(photo))
    if received:
        page.fill("#received", received.isoformat())
    # The working state must show while the letter is read. The page cannot be queried during the
    # navigation, so it notes what it showed in sessionStorage, which outlives the navigation.
    page.evaluate(WATCH_PROGRESS)
    page.click("#submit", no_wait_after=True)
    page.wait_for_url(server_url + "/upload")
    page.locator("#verdict").wait_for()
    assert page.evaluate("sessionStorage.getItem('progress')") == "shown, button disabled"

    badge = BADGES.get(RegistryStatus(truth["registry"]["status"]))
    verdict = page.locator("#verdict").inner_text().strip()
    assert verdict == badge if badge else verdict
    total = truth["amounts"]["total"]
    assert page.locator("#total").inner_text().startswith(f"{total:,}円")
    due = date.fromisoformat(truth["dates"]["payment_due"])
    deadlines = page.locator(".deadlines").inner_text()
    assert view.date_ja(due) in deadlines
    assert f"あと{(due - clock['today']).days}日" in deadlines
    assert page.locator("svg rect.box").count() >= 3  # boxes drawn on the page image
    assert page.locator(".scam").count() == (1 if truth.get("is_scam") else 0)

    shot = ROOT / "docs" / "screenshot-web.png"
    shot.parent.mkdir(exist_ok=True)
    png = page.screenshot(full_page=True)
    # 256 colours keep the text crisp and the file small enough for the repository (~1.2 MB → ~0.35 MB).
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(shot, optimize=True)
    assert shot.stat().st_size > 10_000
    page.context.close()


def test_upload_works_without_javascript(browser: Any, server_url: str) -> None:
    from test_web import letter_pdf

    clock["today"] = TODAY
    page = phone_page(browser, javascript=False)
    page.goto(server_url + "/")
    page.set_input_files("#file", files=[{"name": "tokusoku.pdf", "mimeType": "application/pdf",
                                          "buffer": letter_pdf()}])  # fmt: skip
    page.click("#submit")
    page.locator("#verdict").wait_for()
    assert page.locator("#verdict").inner_text().strip() == "許可業者（登録簿で確認）"
    assert page.locator("#total").inner_text().startswith("450,000円")
    assert "2025年12月10日（水） あと16日" in page.locator(".deadlines").inner_text()
    page.context.close()


def test_form_is_usable_with_the_keyboard(browser: Any, server_url: str) -> None:
    page = phone_page(browser)
    page.goto(server_url + "/")
    focused: list[str] = []
    while "submit" not in focused and len(focused) < 20:
        page.keyboard.press("Tab")
        element = page.evaluate("document.activeElement.id || document.activeElement.className")
        if not focused or focused[-1] != element:  # a date input takes one Tab per part
            focused.append(element)
    assert focused == ["skip", "brand", "camera", "file", "received", "submit"]
    page.keyboard.press("Enter")  # submitting with nothing chosen explains instead of posting
    assert page.locator("#form-message").is_visible()
    assert page.url == server_url + "/"
    page.context.close()
