"""After a batch: the closing table for the terminal and the spreadsheet CSV.

Both cover every result in the output file (earlier runs included), because after a resume
the batch is the whole file, not the last run. Letters are ordered by their nearest deadline:
what staff must act on first comes first.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from parser.batch.runner import BatchRun
from parser.models import Deadline, ParseResult

# Dates that are not something to act by: when a claim may have become time-barred, and how far
# late charges have run. They stay in each result; they are not a letter's "nearest deadline".
NOT_ACTION_KINDS = frozenset({"limitation_possible", "late_charge_accrual"})

CSV_COLUMNS = (
    "file", "case_id", "document_type", "sender", "registry_status", "total", "lump_sum",
    "deadline_kind", "deadline_date", "deadline_certainty", "days_left", "deadline_label_ja",
    "needs_review", "scam_signals", "errors", "received", "sha256",
)  # fmt: skip

NEAREST_ROWS = 10


def action_deadlines(result: ParseResult) -> list[Deadline]:
    return [d for d in result.deadlines if d.kind not in NOT_ACTION_KINDS]


def nearest_deadline(result: ParseResult, today: date | None) -> Deadline | None:
    """The earliest deadline still ahead; when all have passed, the latest one (overdue first)."""
    deadlines = action_deadlines(result)
    if not deadlines:
        return None
    if today is None:
        return min(deadlines, key=lambda d: d.date)
    ahead = [d for d in deadlines if d.date >= today]
    return min(ahead, key=lambda d: d.date) if ahead else max(deadlines, key=lambda d: d.date)


def by_deadline(results: Iterable[ParseResult], today: date | None) -> list[ParseResult]:
    """Results sorted by nearest deadline; letters without one last, then by file name."""

    def key(result: ParseResult) -> tuple[bool, date, str]:
        nearest = nearest_deadline(result, today)
        return (nearest is None, nearest.date if nearest else date.max, result.source.file)

    return sorted(results, key=key)


def case_id(result: ParseResult) -> str:
    value = result.meta.get("case_id")
    return str(value) if value is not None else ""


# --------------------------------------------------------------------------- counts


@dataclass
class Totals:
    letters: int = 0
    document_types: Counter[str] = field(default_factory=Counter)
    registry: Counter[str] = field(default_factory=Counter)
    scam_suspects: int = 0
    needs_review: int = 0
    errors: int = 0
    upcoming: list[tuple[ParseResult, Deadline]] = field(default_factory=list)


def totals(results: Sequence[ParseResult], today: date | None, *, rows: int = NEAREST_ROWS) -> Totals:
    """Counts by document type and registry status, scam suspects, reviews, and the next deadlines."""
    t = Totals(letters=len(results))
    upcoming: list[tuple[ParseResult, Deadline]] = []
    for result in results:
        if result.errors:
            t.errors += 1
        else:  # an unread letter has no type or registry verdict worth counting
            t.document_types[result.document_type.value] += 1
            t.registry[result.registry.status.value] += 1
        t.scam_suspects += bool(result.fraud_signals)
        t.needs_review += result.needs_review
        upcoming.extend((result, d) for d in action_deadlines(result) if today is None or d.date >= today)
    upcoming.sort(key=lambda pair: (pair[1].date, pair[0].source.file, pair[1].kind))
    t.upcoming = upcoming[:rows]
    return t


# --------------------------------------------------------------------------- terminal


def _type_names() -> dict[str, str]:
    try:
        from parser import rules

        return {spec.type.value: spec.name_ja for spec in rules.document_types().types}
    except Exception:  # the table is still useful with the codes alone
        return {}


def _deadline_label(kind: str) -> str:
    try:
        from parser.deadlines import kind_label_ja

        return kind_label_ja(kind)
    except Exception:
        return kind


def render(run: BatchRun, *, today: date | None, console: Console, out: Path | None = None) -> None:
    """The closing table: this run's counts, the whole file's counts, and the nearest deadlines."""
    t = totals(run.results, today)

    runs = Table(title="Batch / 一括処理", show_header=False, title_justify="left", min_width=44)
    runs.add_column(style="bold")
    runs.add_column(justify="right")
    runs.add_row("files found", str(run.found))
    runs.add_row("parsed now", str(run.parsed))
    runs.add_row("  of which unreadable (errors)", str(run.failed))
    runs.add_row("already done (skipped)", str(run.already_done))
    if run.duplicates:
        runs.add_row("duplicate copies (skipped)", str(run.duplicates))
    runs.add_row(f"results in {out.name if out else 'the file'}", str(t.letters))
    if run.manifest_unmatched:
        runs.add_row("manifest rows without a file", str(len(run.manifest_unmatched)))
    if run.bad_lines:
        runs.add_row("lines that are not results", str(run.bad_lines))
    console.print(runs)

    names = _type_names()
    types = Table(title="Document types / 書面の種類", title_justify="left", min_width=44)
    types.add_column("type")
    types.add_column("種類")
    types.add_column("letters", justify="right")
    for kind, count in t.document_types.most_common():
        types.add_row(kind, names.get(kind, ""), str(count))
    registry = Table(title="Registry status / 登録の確認", title_justify="left", min_width=44)
    registry.add_column("status")
    registry.add_column("letters", justify="right")
    for status, count in t.registry.most_common():
        registry.add_row(
            status, str(count), style="red" if status in ("not_licensed", "license_mismatch") else None
        )
    flags = Table(title="Attention / 要確認", show_header=False, title_justify="left", min_width=44)
    flags.add_column(style="bold")
    flags.add_column(justify="right")
    flags.add_row(
        "scam suspects (fraud signals)", str(t.scam_suspects), style="red" if t.scam_suspects else None
    )
    flags.add_row("needs review", str(t.needs_review))
    flags.add_row("unreadable (errors)", str(t.errors), style="yellow" if t.errors else None)
    for table in (types, registry):
        if table.row_count:
            console.print(table)
    console.print(flags)

    nearest = Table(title="Nearest deadlines / 近い期限", title_justify="left", min_width=44)
    nearest.add_column("file", overflow="fold")
    nearest.add_column("case id", overflow="fold")
    nearest.add_column("kind", overflow="fold")
    nearest.add_column("期限", overflow="fold")
    # Dates and day counts are what the table is for: never cut them.
    nearest.add_column("date", no_wrap=True, min_width=10)
    nearest.add_column("days", justify="right", no_wrap=True)
    nearest.add_column("certainty", no_wrap=True)
    for result, deadline in t.upcoming:
        days = str((deadline.date - today).days) if today else ""
        nearest.add_row(
            result.source.file, case_id(result), deadline.kind, _deadline_label(deadline.kind),
            deadline.date.isoformat(), days, deadline.certainty.value,
        )  # fmt: skip
    if t.upcoming:
        console.print(nearest)
    else:
        console.print("No upcoming deadlines. / 今後の期限はありません。")


# --------------------------------------------------------------------------- spreadsheet


def _cell(text: str) -> str:
    # Text from a letter (an OCR'd sender name) must not become an Excel formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(result: ParseResult, today: date | None) -> list[str]:
    nearest = nearest_deadline(result, today)
    total = result.amounts.total
    return [
        _cell(result.source.file),
        _cell(case_id(result)),
        "" if result.errors else result.document_type.value,
        _cell(result.sender.name or ""),
        "" if result.errors else result.registry.status.value,
        "" if total is None else str(total),
        "TRUE" if result.lump_sum_demand else "FALSE",
        nearest.kind if nearest else "",
        nearest.date.isoformat() if nearest else "",
        nearest.certainty.value if nearest else "",
        str((nearest.date - today).days) if nearest and today else "",
        _deadline_label(nearest.kind) if nearest else "",
        "TRUE" if result.needs_review else "FALSE",
        " ".join(result.fraud_signals),
        _cell("; ".join(f"{e.code}: {e.message}" for e in result.errors)),
        str(result.meta.get("received") or ""),
        result.source.sha256 or "",
    ]


def write_csv(path: Path, results: Iterable[ParseResult], *, today: date | None) -> int:
    """One row per letter, nearest deadline first, UTF-8 with BOM so Excel reads the Japanese.

    Written to a temporary file and renamed, so a spreadsheet never sees half a file.
    Returns the number of rows.
    """
    rows = [csv_row(r, today) for r in by_deadline(results, today)]
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)  # CRLF line ends, as Excel writes them
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
    return len(rows)
