"""Accuracy benchmark: run the parser over samples/ and compare with the truth files.

    .venv/bin/python bench/accuracy.py                       # every sample
    .venv/bin/python bench/accuracy.py --filter photo        # files whose name contains "photo"
    .venv/bin/python bench/accuracy.py --errors --json out/accuracy.json

For each `samples/<stem>.<ext>` with a `samples/<stem>.truth.json`, calls
`parser.pipeline.parse(path, received=truth["received"])` and compares the contract fields
(every truth key except is_scam / input_kind / template / received). Prints accuracy per field,
per input kind and per document type, the micro-average over all fields, the share of
documents with every field right, the rate of values reported where the letter states none,
seconds per page per input kind, and the targets with PASS / FAIL.

The scoring is `score(docs)`: a pure function over `DocRun` records, so tests can check it
with hand-made results and no OCR.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

FIELDS: tuple[str, ...] = (
    "document_type",
    "sender.name",
    "sender.license_number",
    "sender.phone",
    "creditor.name",
    "registry.status",
    "original_creditor.name",
    "debtor.name",
    "amounts.total",
    "amounts.principal",
    "amounts.interest",
    "amounts.late_damages",
    "amounts.costs",
    "late_damages_rate_percent",
    "lump_sum_demand",
    "dates.issued",
    "dates.payment_due",
    "dates.acceleration",
    "dates.last_payment",
    "dates.assignment",
    "dates.hearing",
    "reference_number",
)
# fields that always carry a value, so they cannot produce a "value where none is stated"
NEVER_NULL = frozenset({"document_type", "registry.status", "lump_sum_demand"})
NAME_FIELDS = frozenset({"sender.name", "creditor.name", "original_creditor.name", "debtor.name"})
INT_FIELDS = frozenset({"sender.license_number", "amounts.total", "amounts.principal", "amounts.interest",
                        "amounts.late_damages", "amounts.costs"})
DATE_FIELDS = frozenset(f for f in FIELDS if f.startswith("dates."))

DIGITAL_KINDS = ("pdf_text", "pdf_text_2page", "vertical_pdf")
PHOTO_FAX_KINDS = ("photo_jpeg", "photo_exif_rotated", "photo_heic", "fax_tiff")
# (name, measured key, comparison, threshold)
TARGETS: tuple[tuple[str, str, str, float], ...] = (
    ("every field ≥ 98 %", "min_field_accuracy", ">=", 0.98),
    ("all fields (micro) ≥ 98 %", "overall", ">=", 0.98),
    ("photos + fax ≥ 96 %", "photo_fax", ">=", 0.96),
    ("digital PDF ≥ 99.5 %", "digital_pdf", ">=", 0.995),
    ("documents fully right ≥ 90 %", "docs_fully_right", ">=", 0.90),
    ("values where none is stated < 1 %", "false_value_rate", "<", 0.01),
)
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−－ｰー"})


@dataclass
class DocRun:
    """One document: its truth, the parser's result as a JSON-like dict (None if it crashed)."""

    file: str
    truth: dict[str, Any]
    result: dict[str, Any] | None
    seconds: float = 0.0
    pages: int = 1
    error: str | None = None


@dataclass
class FieldError:
    file: str
    path: str
    expected: Any
    got: Any


@dataclass
class Report:
    fields: dict[str, dict[str, float]] = field(default_factory=dict)
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    by_type: dict[str, dict[str, float]] = field(default_factory=dict)
    overall: float = 0.0
    photo_fax: float | None = None
    digital_pdf: float | None = None
    docs: int = 0
    docs_fully_right: float = 0.0
    false_values: int = 0
    null_truths: int = 0
    false_value_rate: float = 0.0
    min_field_accuracy: float = 0.0
    errors: list[FieldError] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["errors"] = [e.__dict__ for e in self.errors]
        return d


def get_path(obj: Any, path: str) -> Any:
    cur = obj
    for part in path.split("."):
        if cur is None:
            return None
        cur = cur.get(part) if isinstance(cur, dict) else getattr(cur, part, None)
    return cur


def _nfkc_compact(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def normalize(path: str, value: Any) -> Any:
    """Bring a truth or result value to the form in which the two are compared."""
    if value is None:
        return None
    if hasattr(value, "value") and not isinstance(value, str | int | float | bool):  # enums
        value = value.value
    if path in NAME_FIELDS:
        return _nfkc_compact(str(value))
    if path == "sender.phone":
        return "".join(c for c in unicodedata.normalize("NFKC", str(value)).translate(_DASHES)
                       if c.isdigit() or c == "-")
    if path == "reference_number":
        return _nfkc_compact(str(value)).translate(_DASHES)
    if path in INT_FIELDS:
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)
    if path == "late_damages_rate_percent":
        try:
            return round(float(value), 3)
        except (TypeError, ValueError):
            return str(value)
    if path in DATE_FIELDS:
        return value.isoformat() if isinstance(value, date) else str(value)[:10]
    if path == "lump_sum_demand":
        return bool(value)
    return str(value)


def field_correct(path: str, expected: Any, got: Any) -> bool:
    return normalize(path, expected) == normalize(path, got)


def _acc(correct: int, total: int) -> float:
    return correct / total if total else 0.0


def score(docs: Iterable[DocRun]) -> Report:
    """Score parser results against truth. A crashed document (result None) counts every
    field wrong but reports no false values."""
    docs = list(docs)
    rep = Report(docs=len(docs))
    f_ok: dict[str, int] = defaultdict(int)
    f_n: dict[str, int] = defaultdict(int)
    k_ok: dict[str, int] = defaultdict(int)
    k_n: dict[str, int] = defaultdict(int)
    k_docs: dict[str, int] = defaultdict(int)
    k_full: dict[str, int] = defaultdict(int)
    k_sec: dict[str, float] = defaultdict(float)
    k_pages: dict[str, int] = defaultdict(int)
    t_ok: dict[str, int] = defaultdict(int)
    t_n: dict[str, int] = defaultdict(int)
    full = 0
    for doc in docs:
        kind = doc.truth.get("input_kind", "?")
        dtype = doc.truth.get("document_type", "?")
        k_docs[kind] += 1
        k_sec[kind] += doc.seconds
        k_pages[kind] += max(1, doc.pages)
        if doc.result is None:
            rep.crashed.append(doc.file)
        all_ok = True
        for path in FIELDS:
            expected = get_path(doc.truth, path)
            got = None if doc.result is None else get_path(doc.result, path)
            ok = doc.result is not None and field_correct(path, expected, got)
            f_n[path] += 1
            k_n[kind] += 1
            t_n[dtype] += 1
            if ok:
                f_ok[path] += 1
                k_ok[kind] += 1
                t_ok[dtype] += 1
            else:
                all_ok = False
                rep.errors.append(FieldError(doc.file, path, normalize(path, expected),
                                             "<crashed>" if doc.result is None else normalize(path, got)))
            if expected is None and path not in NEVER_NULL:
                rep.null_truths += 1
                if doc.result is not None and got is not None:
                    rep.false_values += 1
        if all_ok:
            full += 1
            k_full[kind] += 1
    rep.fields = {p: {"correct": f_ok[p], "total": f_n[p], "accuracy": _acc(f_ok[p], f_n[p])} for p in FIELDS}
    rep.by_kind = {
        k: {"correct": k_ok[k], "total": k_n[k], "accuracy": _acc(k_ok[k], k_n[k]), "docs": k_docs[k],
            "docs_fully_right": _acc(k_full[k], k_docs[k]),
            "seconds_per_page": k_sec[k] / k_pages[k] if k_pages[k] else 0.0}
        for k in sorted(k_docs)
    }
    rep.by_type = {t: {"correct": t_ok[t], "total": t_n[t], "accuracy": _acc(t_ok[t], t_n[t])} for t in sorted(t_n)}
    total_ok, total_n = sum(f_ok.values()), sum(f_n.values())
    rep.overall = _acc(total_ok, total_n)

    def group(kinds: tuple[str, ...]) -> float | None:
        n = sum(k_n[k] for k in kinds)
        return _acc(sum(k_ok[k] for k in kinds), n) if n else None

    rep.photo_fax = group(PHOTO_FAX_KINDS)
    rep.digital_pdf = group(DIGITAL_KINDS)
    rep.docs_fully_right = _acc(full, len(docs))
    rep.false_value_rate = _acc(rep.false_values, rep.null_truths)
    rep.min_field_accuracy = min((v["accuracy"] for v in rep.fields.values()), default=0.0)
    for name, key, op, threshold in TARGETS:
        value = getattr(rep, key)
        ok = None if value is None else (value >= threshold if op == ">=" else value < threshold)
        rep.targets.append({"target": name, "measured": value, "threshold": threshold, "op": op, "ok": ok})
    return rep


# ------------------------------------------------------------------------------ running


def find_samples(samples: Path, pattern: str = "") -> list[tuple[Path, dict[str, Any]]]:
    """(input file, truth) pairs; `pattern` is a substring or a glob on the file name."""
    out = []
    for truth_file in sorted(samples.glob("*.truth.json")):
        stem = truth_file.name[: -len(".truth.json")]
        inputs = [p for p in samples.glob(stem + ".*") if not p.name.endswith(".truth.json")]
        if not inputs:
            continue
        path = inputs[0]
        if pattern and pattern not in path.name and not fnmatch.fnmatch(path.name, pattern):
            continue
        out.append((path, json.loads(truth_file.read_text(encoding="utf-8"))))
    return out


def _to_dict(result: Any) -> dict[str, Any]:
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json")
    return dict(result)


def run(pairs: list[tuple[Path, dict[str, Any]]], settings: Any = None, progress: bool = True) -> list[DocRun]:
    from parser.pipeline import parse  # imported late: the benchmark's scoring needs no parser

    kwargs = {} if settings is None else {"settings": settings}
    runs = []
    for i, (path, truth) in enumerate(pairs, 1):
        received = date.fromisoformat(truth["received"]) if truth.get("received") else None
        t0 = time.perf_counter()
        try:
            res = _to_dict(parse(path, received=received, **kwargs))
            err = None
        except Exception as exc:  # noqa: BLE001 - one broken document must not stop the benchmark
            res, err = None, f"{type(exc).__name__}: {exc}"
        dt = time.perf_counter() - t0
        pages = int(get_path(res, "source.pages") or 1) if res else 1
        runs.append(DocRun(path.name, truth, res, dt, pages, err))
        if progress:
            print(f"[{i}/{len(pairs)}] {path.name} {dt:.1f}s{' ERROR ' + err if err else ''}", file=sys.stderr)
    return runs


def _cache_ocr(directory: Path) -> None:
    """Reuse OCR output between runs while tuning the stages after OCR (synthetic samples only).

    Keyed by the input's hash and the engine, so a changed sample or engine is read afresh.
    Never use this on real letters: it writes their text to disk.
    """
    import pickle

    from parser import ocr

    directory.mkdir(parents=True, exist_ok=True)
    real_read = ocr.read

    def read(document: Any, *, engine: str = "rapidocr", **kwargs: Any) -> Any:
        path = directory / f"{document.sha256}-{engine}.pkl"
        if path.exists():
            return pickle.loads(path.read_bytes())
        pages = real_read(document, engine=engine, **kwargs)
        path.write_bytes(pickle.dumps(pages))
        return pages

    ocr.read = read  # type: ignore[assignment]


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{100 * x:6.2f}"


def print_report(rep: Report, errors: bool = False, out: Any = sys.stdout) -> None:
    w = lambda s="": print(s, file=out)  # noqa: E731
    w(f"documents: {rep.docs}   crashed: {len(rep.crashed)}")
    w("\naccuracy per field")
    for p, v in rep.fields.items():
        w(f"  {p:28s} {_pct(v['accuracy'])} %  ({v['correct']}/{v['total']})")
    w("\naccuracy per input kind                 docs  fully right  s/page")
    for k, v in rep.by_kind.items():
        w(f"  {k:28s} {_pct(v['accuracy'])} %  {v['docs']:4d}  {_pct(v['docs_fully_right'])} %  {v['seconds_per_page']:6.1f}")
    w("\naccuracy per document type")
    for t, v in rep.by_type.items():
        w(f"  {t:28s} {_pct(v['accuracy'])} %")
    w(f"\nall fields (micro)             {_pct(rep.overall)} %")
    w(f"photos + fax                   {_pct(rep.photo_fax)} %")
    w(f"digital PDF                    {_pct(rep.digital_pdf)} %")
    w(f"documents fully right          {_pct(rep.docs_fully_right)} %")
    w(f"values where none is stated    {_pct(rep.false_value_rate)} %  ({rep.false_values}/{rep.null_truths})")
    w("\ntargets")
    for t in rep.targets:
        mark = "n/a " if t["ok"] is None else ("PASS" if t["ok"] else "FAIL")
        w(f"  {mark}  {t['target']:38s} measured {_pct(t['measured'])} %")
    if rep.crashed:
        w("\ncrashed: " + ", ".join(rep.crashed))
    if errors:
        w("\nwrong fields (file, path, expected, got)")
        for e in rep.errors:
            w(f"  {e.file}\t{e.path}\t{e.expected!r}\t{e.got!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--filter", default="", help="substring or glob on the sample file name")
    ap.add_argument("--json", type=Path, help="write the numbers (and the wrong fields) to this file")
    ap.add_argument("--errors", action="store_true", help="list every wrong field")
    ap.add_argument("--engine", choices=["rapidocr", "tesseract"], help="OCR engine (Settings.engine)")
    ap.add_argument("--ocr-cache", type=Path, help="developer aid: keep OCR pages per input here and reuse them")
    args = ap.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    pairs = find_samples(args.samples, args.filter)
    if not pairs:
        print("no samples matched", file=sys.stderr)
        return 2
    settings = None
    if args.engine:
        from parser.models import Settings

        settings = Settings(engine=args.engine)
    if args.ocr_cache:
        _cache_ocr(args.ocr_cache)
    rep = score(run(pairs, settings))
    print_report(rep, errors=args.errors)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rep.as_dict(), ensure_ascii=False, indent=2, default=str) + "\n",
                             encoding="utf-8")
    return 0 if all(t["ok"] is not False for t in rep.targets) and not rep.crashed else 1


if __name__ == "__main__":
    raise SystemExit(main())
