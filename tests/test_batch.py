"""Batch runner: resume by content hash, one result per file, isolated failures, CSV, manifest.

The parse function is a fake (`fake_parse`) that obeys a small JSON script stored in each test
"letter", so these tests need no OCR. It lives at module level because the process-pool
workers (spawned) import it by name.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from parser.batch import report
from parser.batch.executors import InlineExecutor, ProcessPool
from parser.batch.manifest import load_manifest
from parser.batch.runner import BatchRun, ResultLog, discover, run_batch
from parser.errors import InputError
from parser.models import (
    Certainty,
    Deadline,
    DocumentType,
    Limits,
    ParseResult,
    Registry,
    Sender,
    Settings,
    Source,
)

TODAY = date(2025, 12, 1)
FAKE = "test_batch:fake_parse"


def fake_parse(
    data: bytes, name: str, *, received: date | None, today: date | None, settings: Settings
) -> ParseResult:
    """A stand-in for parser.pipeline.parse_bytes, scripted by the JSON in the file."""
    spec: dict[str, Any] = json.loads(data)
    if "pidfile" in spec:
        Path(spec["pidfile"]).write_text(str(os.getpid()))
    if spec.get("sleep"):
        time.sleep(spec["sleep"])
    if spec.get("hang"):
        time.sleep(3600)
    if spec.get("exit") is not None:
        os._exit(spec["exit"])
    if spec.get("raise"):
        raise RuntimeError("山田太郎 様 ご請求額 123,456円")  # letter text: must not reach results or logs
    deadlines = [
        Deadline(kind=k, date=date.fromisoformat(d), basis="test", certainty=Certainty(c), note_ja="")
        for k, d, c in spec.get("deadlines", [])
    ]
    return ParseResult(
        source=Source(file=name, pages=spec.get("pages", 1)),
        document_type=DocumentType(spec.get("type", "collection_notice")),
        sender=Sender(name=spec.get("sender")),
        registry=Registry(status=spec.get("registry", "licensed")),
        deadlines=deadlines,
        fraud_signals=spec.get("fraud", []),
        needs_review=spec.get("review", False),
        lump_sum_demand=spec.get("lump", False),
        warnings=[f"received={received}", f"today={today}"],
        meta={"pid": os.getpid()},
    )


def never_parse(data: bytes, name: str, **_: Any) -> ParseResult:
    raise AssertionError("this file should not have reached the parser")


_counter = iter(range(10**9))


def letter(folder: Path, name: str, **spec: Any) -> Path:
    """A fake letter: a JSON script for `fake_parse`, unique unless `nonce` is given."""
    spec.setdefault("nonce", next(_counter))
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(spec))
    return path


def lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def inline(parse: Any = FAKE) -> InlineExecutor:
    return InlineExecutor(parse=parse)


# --------------------------------------------------------------------------- discovery


def test_discover_walks_folders_for_letter_types_and_takes_named_files(tmp_path: Path) -> None:
    for name in ("a.JPG", "b.pdf", "sub/c.heic", "sub/deep/d.tiff", "notes.txt", ".hidden.png",
                 ".git/e.png", "sub/._f.jpg"):  # fmt: skip
        letter(tmp_path / "in", name)
    extra = letter(tmp_path, "scan.dat")
    found = discover([tmp_path / "in", extra, tmp_path / "in" / "b.pdf"])
    names = [Path(f.display).relative_to(tmp_path).as_posix() for f in found]
    assert names == ["in/a.JPG", "in/b.pdf", "in/sub/c.heic", "in/sub/deep/d.tiff", "scan.dat"]


def test_discover_refuses_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope"])


# --------------------------------------------------------------------------- resume


def test_rerun_skips_done_files_even_renamed_and_parses_only_new_ones(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    for i in range(3):
        letter(inbox, f"l{i}.png")
    out = tmp_path / "out.jsonl"
    first = run_batch([inbox], inline(), out=out, today=TODAY)
    assert (first.found, first.parsed, first.already_done) == (3, 3, 0)

    (inbox / "l0.png").rename(inbox / "renamed.png")
    letter(inbox, "new.png")
    second = run_batch([inbox], inline(), out=out, today=TODAY)
    assert (second.found, second.parsed, second.already_done) == (4, 1, 3)

    records = lines(out)
    hashes = [r["source"]["sha256"] for r in records]
    assert len(records) == 4 and len(set(hashes)) == 4
    assert [r["source"]["file"] for r in records][-1].endswith("new.png")
    assert len(second.results) == 4  # the closing report covers the whole file


def test_identical_copies_in_one_batch_give_one_result(tmp_path: Path) -> None:
    letter(tmp_path / "in", "a.png", nonce="same")
    letter(tmp_path / "in", "copy of a.png", nonce="same")
    out = tmp_path / "out.jsonl"
    run = run_batch([tmp_path / "in"], inline(), out=out)
    assert (run.parsed, run.duplicates) == (1, 1)
    assert len(lines(out)) == 1


def test_a_line_cut_by_a_kill_is_dropped_and_its_file_parsed_again(tmp_path: Path) -> None:
    for i in range(3):
        letter(tmp_path / "in", f"l{i}.png")
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], inline(), out=out)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 40])  # the last line loses its end, as after kill -9
    run = run_batch([tmp_path / "in"], inline(), out=out)
    assert (run.parsed, run.already_done, run.bad_lines) == (1, 2, 0)
    records = lines(out)
    assert len(records) == 3 and len({r["source"]["sha256"] for r in records}) == 3


def test_result_carries_hash_file_name_received_and_today(tmp_path: Path) -> None:
    path = letter(tmp_path, "a.png")
    out = tmp_path / "out.jsonl"
    run_batch([path], inline(), out=out, received=date(2025, 11, 20), today=TODAY)
    (record,) = lines(out)
    import hashlib

    assert record["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record["source"]["file"] == str(path)
    assert record["warnings"] == ["received=2025-11-20", "today=2025-12-01"]
    assert record["meta"]["received"] == "2025-11-20"


def test_retry_errors_replaces_error_results_and_keeps_one_line_per_file(tmp_path: Path) -> None:
    good = letter(tmp_path / "in", "good.png")
    bad = letter(tmp_path / "in", "bad.png", **{"raise": True})
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], inline(), out=out)
    assert sum(bool(r["errors"]) for r in lines(out)) == 1
    bad.write_text(bad.read_text().replace('"raise": true', '"raise": false'))  # rescanned
    run_batch([tmp_path / "in"], inline(), out=out, retry_errors=False)
    assert len(lines(out)) == 3  # new content is a new letter; the old error stays without --retry-errors
    bad.write_text(json.dumps({"raise": True, "nonce": "x"}))
    run = run_batch([tmp_path / "in"], inline(), out=out, retry_errors=True)
    records = lines(out)
    assert run.parsed == 1
    assert sorted(r["source"]["file"] for r in records).count(str(good)) == 1
    assert sum(bool(r["errors"]) for r in records) == 1 and len(records) == 3


def test_a_second_batch_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with ResultLog(out), pytest.raises(InputError, match="another batch"), ResultLog(out):
        pass


# --------------------------------------------------------------------------- isolation


def test_oversized_file_is_an_error_result_without_reaching_a_worker(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-" + b"0" * 2000)
    out = tmp_path / "out.jsonl"
    run = run_batch([path], inline(never_parse), out=out, limits=Limits(max_bytes=1000))
    (record,) = lines(out)
    assert run.failed == 1
    assert record["errors"][0]["code"] == "limit_exceeded" and record["source"]["sha256"]


def test_a_file_that_cannot_be_read_is_a_result_and_known_by_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parser.batch import runner

    path = letter(tmp_path, "locked.png")

    def refuse(p: Path) -> tuple[str, int]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(runner, "file_sha256", refuse)
    out = tmp_path / "out.jsonl"
    run_batch([path], inline(never_parse), out=out)
    run = run_batch([path], inline(never_parse), out=out)
    (record,) = lines(out)
    assert record["errors"][0]["code"] == "unreadable_input" and record["source"]["sha256"] is None
    assert run.already_done == 1


def test_pool_isolates_exceptions_crashes_and_timeouts(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    letter(inbox, "1-ok.png")
    letter(inbox, "2-raises.png", **{"raise": True})
    letter(inbox, "3-crashes.png", exit=3)
    letter(inbox, "4-hangs.png", hang=True, pidfile=str(tmp_path / "hang.pid"))
    letter(inbox, "5-ok.png")
    letter(inbox, "6-ok.png")
    out = tmp_path / "out.jsonl"
    pool = ProcessPool(2, parse=FAKE, warm=False, timeout=3.0)
    run = run_batch([inbox], pool, out=out, today=TODAY)
    by_file = {Path(r["source"]["file"]).name: r for r in lines(out)}
    assert len(by_file) == 6 == run.parsed
    codes = {name: [e["code"] for e in r["errors"]] for name, r in by_file.items()}
    assert codes == {
        "1-ok.png": [], "2-raises.png": ["internal_error"], "3-crashes.png": ["worker_crashed"],
        "4-hangs.png": ["timeout"], "5-ok.png": [], "6-ok.png": [],
    }  # fmt: skip
    assert "山田" not in json.dumps(by_file["2-raises.png"], ensure_ascii=False)
    hung = int((tmp_path / "hang.pid").read_text())
    with pytest.raises(ProcessLookupError):  # the runaway worker was really stopped
        os.kill(hung, 0)
    assert all(r["source"]["sha256"] for r in by_file.values())


def test_pool_runs_files_in_parallel_on_all_workers(tmp_path: Path) -> None:
    from parser.batch.runner import file_sha256
    from parser.batch.work import Job

    for i in range(8):
        letter(tmp_path, f"{i}.png", sleep=0.5)
    jobs = [Job(i, f.display, str(f.path), *file_sha256(f.path)) for i, f in enumerate(discover([tmp_path]))]
    with ProcessPool(2, parse=FAKE, warm=False) as pool:
        pool.wait_ready(120)
        started = time.perf_counter()
        pids = {result.meta["pid"] for _, result in pool.run(jobs)}
        elapsed = time.perf_counter() - started
    assert len(pids) == 2
    assert elapsed < 0.8 * 8 * 0.5  # one at a time would take 4 s; two at a time about 2 s


def test_pool_that_cannot_start_workers_marks_files_instead_of_hanging(tmp_path: Path) -> None:
    letter(tmp_path / "in", "a.png")
    letter(tmp_path / "in", "b.png")
    out = tmp_path / "out.jsonl"
    pool = ProcessPool(1, parse="no_such_module_here:parse", warm=False)
    run = run_batch([tmp_path / "in"], pool, out=out)
    assert run.parsed == 2
    assert {e["code"] for r in lines(out) for e in r["errors"]} == {"worker_start_failed"}


def test_pool_results_equal_inline_results(tmp_path: Path) -> None:
    for i in range(4):
        letter(
            tmp_path / "in",
            f"l{i}.png",
            deadlines=[["payment_due", f"2025-12-1{i}", "stated"]],
            fraud=["x"] * (i % 2),
        )
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    run_batch([tmp_path / "in"], inline(), out=a, today=TODAY)
    run_batch([tmp_path / "in"], ProcessPool(2, parse=FAKE, warm=False), out=b, today=TODAY)

    def strip(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {r["source"]["sha256"]: {k: v for k, v in r.items() if k != "meta"} for r in records}

    assert strip(lines(a)) == strip(lines(b))
    assert {r["meta"]["pid"] for r in lines(b)} != {os.getpid()}  # really ran elsewhere


# --------------------------------------------------------------------------- kill -9 and resume


def test_batch_killed_with_sigkill_resumes_with_exactly_one_result_per_file(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    inbox = tmp_path / "in"
    files = [letter(inbox, f"l{i:02d}.png", sleep=0.25) for i in range(16)]
    out = tmp_path / "out.jsonl"
    script = textwrap.dedent(f"""
        from pathlib import Path
        from parser.batch.executors import ProcessPool
        from parser.batch.runner import run_batch
        run_batch([Path({str(inbox)!r})], ProcessPool(2, parse={FAKE!r}, warm=False), out=Path({str(out)!r}))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        end = time.monotonic() + 60
        while time.monotonic() < end and (not out.exists() or out.read_bytes().count(b"\n") < 4):
            time.sleep(0.05)
        workers = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    written = out.read_bytes().count(b"\n")
    assert 4 <= written < len(files), "the kill should land part-way through the batch"
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "workers must die with the batch"

    run = run_batch([inbox], inline(), out=out)
    records = lines(out)
    assert run.already_done >= 4 and run.parsed == len(files) - run.already_done
    assert sorted(Path(r["source"]["file"]).name for r in records) == [f.name for f in files]


# --------------------------------------------------------------------------- manifest


def test_manifest_gives_each_letter_its_received_date_and_case_id(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    letter(inbox, "a.png")
    letter(inbox, "sub/b.png")
    letter(inbox, "c.png")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,received,case_id\n"
        "in/a.png,2025-11-20,K-001\n"  # relative to the manifest
        "b.png,2025/11/21,K-002\n"  # bare name, slashes as Excel writes dates
        "missing.png,2025-11-22,K-003\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "out.jsonl"
    run = run_batch([inbox], inline(), out=out, manifest=load_manifest(manifest), received=date(2025, 11, 1))
    got = {Path(r["source"]["file"]).name: (r["warnings"][0], r["meta"]["case_id"]) for r in lines(out)}
    assert got == {
        "a.png": ("received=2025-11-20", "K-001"),
        "b.png": ("received=2025-11-21", "K-002"),
        "c.png": ("received=2025-11-01", None),  # not in the manifest: the --received default
    }
    assert run.manifest_unmatched == ["missing.png"]


def test_manifest_in_shift_jis_from_excel_is_read(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("file,received,case_id\n督促状.png,,事件-1\n".encode("cp932"))
    (row,) = load_manifest(manifest).rows
    assert (row.file, row.received, row.case_id) == ("督促状.png", None, "事件-1")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,received\na.png,2025-01-01\n", "header row"),
        ("file,received,case_id\na.png,2025-13-01,x\n", "line 2: received must be a date"),
        ("file,received,case_id\na.png,,x\na.png,,y\n", "listed twice"),
    ],
)
def test_bad_manifest_is_refused_with_the_line(tmp_path: Path, text: str, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_manifest(manifest)


# --------------------------------------------------------------------------- report and CSV


def _results(tmp_path: Path) -> BatchRun:
    inbox = tmp_path / "in"
    letter(inbox, "late.png", deadlines=[["payment_due", "2025-12-20", "stated"],
                                         ["limitation_possible", "2025-12-02", "estimated"]])  # fmt: skip
    letter(
        inbox,
        "soon.png",
        type="payment_order",
        deadlines=[["payment_order_objection", "2025-12-05", "computed"]],
    )
    letter(
        inbox,
        "overdue.png",
        deadlines=[["payment_due", "2025-11-25", "stated"], ["payment_due", "2025-11-10", "stated"]],
    )
    letter(
        inbox,
        "none.png",
        sender='=HYPERLINK("http://x")',
        fraud=["fake_sender"],
        registry="not_licensed",
        review=True,
    )
    letter(inbox, "broken.png", **{"raise": True})
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,received,case_id\nsoon.png,2025-11-28,K-9\n", encoding="utf-8")
    return run_batch(
        [inbox], inline(), out=tmp_path / "out.jsonl", manifest=load_manifest(manifest), today=TODAY
    )


def test_csv_has_bom_one_row_per_letter_sorted_by_nearest_deadline(tmp_path: Path) -> None:
    run = _results(tmp_path)
    path = tmp_path / "letters.csv"
    assert report.write_csv(path, run.results, today=TODAY) == 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [Path(r["file"]).name for r in rows] == [
        "overdue.png",
        "soon.png",
        "late.png",
        "broken.png",
        "none.png",
    ]
    overdue, soon, late, broken, none = rows
    assert (overdue["deadline_date"], overdue["days_left"]) == ("2025-11-25", "-6")  # the latest passed one
    assert (soon["case_id"], soon["document_type"], soon["deadline_kind"], soon["deadline_certainty"]) == (
        "K-9", "payment_order", "payment_order_objection", "computed")  # fmt: skip
    assert late["deadline_date"] == "2025-12-20"  # limitation_possible is not a deadline to act by
    assert broken["errors"].startswith("internal_error") and broken["document_type"] == ""
    assert none["sender"].startswith("'=")  # no formula from letter text
    assert none["scam_signals"] == "fake_sender" and none["needs_review"] == "TRUE"
    assert list(rows[0]) == list(report.CSV_COLUMNS)


def test_closing_totals_and_table(tmp_path: Path) -> None:
    run = _results(tmp_path)
    t = report.totals(run.results, TODAY)
    assert t.letters == 5 and t.errors == 1 and t.scam_suspects == 1
    assert t.needs_review == 2  # the flagged letter and the unreadable one
    assert t.document_types == {"collection_notice": 3, "payment_order": 1}
    assert t.registry == {"licensed": 3, "not_licensed": 1}
    assert [(Path(r.source.file).name, d.date.isoformat()) for r, d in t.upcoming] == [
        ("soon.png", "2025-12-05"), ("late.png", "2025-12-20")]  # fmt: skip
    console = Console(record=True, width=140)
    report.render(run, today=TODAY, console=console)
    text = console.export_text()
    assert "Nearest deadlines" in text and "payment_order_objection" in text and "K-9" in text


# --------------------------------------------------------------------------- command line


@pytest.fixture
def cli_app(monkeypatch: pytest.MonkeyPatch) -> Any:
    import typer

    from parser import cli_batch

    def fake_pool(workers: int, **kwargs: Any) -> ProcessPool:
        return ProcessPool(
            workers, settings=kwargs["settings"], timeout=kwargs["timeout"], parse=FAKE, warm=False
        )

    monkeypatch.setattr(cli_batch, "ProcessPool", fake_pool)
    app = typer.Typer()
    app.command()(cli_batch.batch_command)
    return app


def test_cli_writes_jsonl_csv_and_table_and_exits_zero(tmp_path: Path, cli_app: Any) -> None:
    letter(tmp_path / "in", "a.png", deadlines=[["payment_due", "2099-01-31", "stated"]])
    letter(tmp_path / "in", "b.png", **{"raise": True})
    out, sheet = tmp_path / "out.jsonl", tmp_path / "s.csv"
    args = [
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--csv",
        str(sheet),
        "--workers",
        "1",
        "--received",
        "2025-11-20",
    ]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert len(lines(out)) == 2 and sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Nearest deadlines" in result.stdout and "2099-01-31" in result.stdout
    again = CliRunner().invoke(cli_app, args)
    assert again.exit_code == 0 and len(lines(out)) == 2


@pytest.mark.parametrize(
    ("extra", "code", "message"),
    [
        (["--received", "20.11.2025"], 1, "--received must be a date"),
        (
            ["--executor", "process", "--scheduler", "tcp://127.0.0.1:1"],
            1,
            "--scheduler is for --executor dask",
        ),
        (["--manifest", "/nonexistent/m.csv"], 2, "cannot read the manifest"),
    ],
)
def test_cli_refuses_bad_options(
    tmp_path: Path, cli_app: Any, extra: list[str], code: int, message: str
) -> None:
    letter(tmp_path, "a.png")
    result = CliRunner().invoke(
        cli_app, [str(tmp_path / "a.png"), "--out", str(tmp_path / "o.jsonl"), *extra]
    )
    assert result.exit_code == code
    assert message in result.output


def test_cli_missing_path_is_an_error(tmp_path: Path, cli_app: Any) -> None:
    result = CliRunner().invoke(cli_app, [str(tmp_path / "nope"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output
