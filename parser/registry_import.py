"""Import the Ministry of Justice list 「債権管理回収業の営業を許可した株式会社一覧」.

The list is read as published — an HTML page (a table with 許可番号, 商号, 本店所在地, 電話番号,
許可年月日 …), a PDF with the same table, or a CSV — validated, merged with the history the
previous registry knows (former names, merged and closed companies) and written as the new registry,
marked complete: from then on a servicer absent from it is `not_licensed` rather than `unverified`.

The packaged snapshot is never written. The import goes to ``dest`` or to
`parser.registry.user_registry_path()` (``$DEBT_NOTICE_REGISTRY`` or the user data dir), which the
loader prefers; the file is replaced atomically (temporary file in the same folder, then ``os.replace``),
so a reader sees either the old registry or the new one, never half of one. No network is used.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

from parser import normalize, registry
from parser.errors import DataError, InputError
from parser.models import ImportReport, RegistryInfo, ServicerRecord

log = logging.getLogger(__name__)

Format = Literal["html", "pdf", "csv"]
MIN_ROWS = 20  # the list has held 72–102 companies since 2009; a short file is a wrong or cut file

# Header words → our column. The first header cell containing one of the words wins.
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("licensed_on", ("許可年月日", "許可日", "許可年月")),
    ("phone", ("電話番号", "電話", "TEL", "連絡先")),
    ("license_number", ("許可番号", "番号")),
    ("name", ("商号", "名称", "会社名", "社名")),
    ("head_office", ("本店所在地", "本店", "所在地", "住所")),
)
# Licensed trade names must contain 債権回収 (サービサー法13条); these licensees predate or sit beside that.
_NAME_EXCEPTIONS = re.compile(r"債権管理回収|整理回収機構")
_AS_OF = re.compile(
    r"((?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:現在|時点)"
)


class RegistryImportError(InputError):
    """The file is not a usable copy of the official list; nothing was written."""

    code = "invalid_registry_list"


# --------------------------------------------------------------------------- public


def import_list(
    path: Path, *, as_of: date, dest: Path | None = None, min_rows: int = MIN_ROWS
) -> ImportReport:
    """Read, validate and install the official list at `path` as the complete registry as of `as_of`."""
    path = Path(path)
    fmt, rows, stated = read_list(path)
    official = validate(rows, min_rows=min_rows)
    target = Path(dest) if dest is not None else registry.user_registry_path()
    if target.resolve() == registry.PACKAGED_REGISTRY.resolve():
        raise RegistryImportError(
            "the packaged registry is read-only; give --dest or set DEBT_NOTICE_REGISTRY"
        )
    base = registry.read(target if target.is_file() else registry.PACKAGED_REGISTRY)

    report = ImportReport(source_file=path.name, format=fmt, as_of=as_of, dest=str(target), rows=0)
    if stated is not None and stated != as_of:
        report.warnings.append(
            f"the list says it is as of {stated.isoformat()}, imported as of {as_of.isoformat()}"
        )
    records = _merge(official, base, as_of=as_of, source_name=path.name, report=report)
    info = RegistryInfo(
        complete=True,
        as_of=as_of,
        origin=f"法務省「{registry.MOJ_LIST_TITLE}」 ({fmt}: {path.name}), history kept from {base.info.path}",
        path=str(target),
    )
    try:
        registry.ServicerRegistry.build(info, records)  # the loader's own checks, before anything is written
    except DataError as exc:
        raise RegistryImportError(f"merged registry is inconsistent: {exc.message}") from exc
    _write_atomic(target, registry.dump_csv(records, info))
    registry.reload()
    report.rows = len(records)
    log.info("registry: imported %d official rows into %s", len(official), target)
    return report


def read_list(path: Path) -> tuple[Format, list[dict[str, str]], date | None]:
    """The rows of the list (column → cell text), its format, and the 「…現在」 date it states if any."""
    suffix = path.suffix.lower()
    try:
        if suffix in {".html", ".htm"}:
            return "html", *_read_html(_decode(path.read_bytes()))
        if suffix == ".pdf":
            return "pdf", *_read_pdf(path)
        if suffix in {".csv", ".txt"}:
            return "csv", *_read_csv(_decode(path.read_bytes()))
    except OSError as exc:
        raise RegistryImportError(f"cannot read {path.name}: {exc}") from exc
    raise RegistryImportError(f"{path.name}: expected an .html, .pdf or .csv copy of the list")


def stated_as_of(path: Path) -> date | None:
    """The 「令和N年M月D日現在」 date the list prints, if it prints one."""
    return read_list(path)[2]


def validate(rows: list[dict[str, str]], *, min_rows: int = MIN_ROWS) -> list[ServicerRecord]:
    """Turn the rows into records, or raise RegistryImportError listing every problem found."""
    problems: list[str] = []
    out: list[ServicerRecord] = []
    numbers: dict[int, int] = {}
    names: dict[str, int] = {}
    for i, row in enumerate(rows, start=1):
        name = registry.clean_name(row.get("name", ""))
        number = _license_number(row.get("license_number", ""))
        if not name:
            problems.append(f"row {i}: no trade name (商号)")
        if number is None:
            problems.append(f"row {i}: no licence number (許可番号) in {row.get('license_number', '')!r}")
        if not name or number is None:
            continue
        if "債権回収" not in name and not _NAME_EXCEPTIONS.search(name):
            problems.append(f"row {i}: {name!r} is not a servicer trade name (no 債権回収)")
        if number in numbers:
            problems.append(f"row {i}: licence number {number} already on row {numbers[number]}")
        numbers.setdefault(number, i)
        key = registry.name_key(name)
        if key in names:
            problems.append(f"row {i}: {name!r} already on row {names[key]}")
        names.setdefault(key, i)
        out.append(
            ServicerRecord(
                license_number=number,
                name=name,
                status="active",
                head_office=_cell(row.get("head_office")),
                phone=_phone(row.get("phone")),
                licensed_on=_iso_date(row.get("licensed_on")),
                source="",
                confidence="official",
            )
        )
    if not rows:
        problems.append("no rows: the file holds no table with 許可番号 and 商号 columns")
    elif len(rows) < min_rows:
        problems.append(
            f"only {len(rows)} rows; the official list has about 70 (minimum accepted: {min_rows})"
        )
    if problems:
        shown = "; ".join(problems[:8]) + (f"; … {len(problems) - 8} more" if len(problems) > 8 else "")
        raise RegistryImportError(f"not a usable servicer list: {shown}")
    return out


# --------------------------------------------------------------------------- merge and write


def _merge(
    official: list[ServicerRecord],
    base: registry.ServicerRegistry,
    *,
    as_of: date,
    source_name: str,
    report: ImportReport,
) -> list[ServicerRecord]:
    """Official rows carry the base's history (former names, phones it knew); base rows not on the list
    stay as history (merged/closed) or are retired (were active, are gone)."""
    source = f"法務省「{registry.MOJ_LIST_TITLE}」 {as_of.isoformat()} ({source_name})"
    used: set[int] = set()
    records: list[ServicerRecord] = []
    for rec in official:
        assert rec.license_number is not None  # validate() guarantees it
        prev = base.by_license(rec.license_number) or base.by_name(rec.name, former=True)
        if prev is None or id(prev) in used:
            report.added.append(rec.name)
            records.append(rec.model_copy(update={"source": source}))
            continue
        used.add(id(prev))
        former = list(prev.former_names)
        renamed = registry.name_key(prev.name) != registry.name_key(rec.name)
        if renamed:
            report.renamed[prev.name] = rec.name
            former.append(prev.name)
        former = [n for n in dict.fromkeys(former) if registry.name_key(n) != registry.name_key(rec.name)]
        records.append(
            rec.model_copy(
                update={
                    "former_names": former,
                    "event_date": None if renamed else prev.event_date if former else None,
                    "head_office": rec.head_office or prev.head_office,
                    "phone": rec.phone or prev.phone,
                    "licensed_on": rec.licensed_on or prev.licensed_on,
                    "source": f"{source} | {prev.source}" if prev.source else source,
                }
            )
        )
    for prev in base.records:
        if id(prev) in used:
            continue
        if prev.status in {"merged", "closed"}:
            report.kept_history.append(prev.name)
            records.append(prev)
        else:
            # was believed licensed, is not on the complete list: no longer licensed
            report.retired.append(prev.name)
            records.append(prev.model_copy(update={"status": "closed", "event_date": None}))
    return records


def _write_atomic(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)  # os.replace: atomic within one file system
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- readers


class _Tables(HTMLParser):
    """Every <table> as rows of cell texts, and the page's whole text (for the 「…現在」 date)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.text: list[str] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in {"td", "th"} and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"}:
            self._close_cell()
        elif tag == "table" and self._stack:
            self._close_cell()
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is not None and self._stack and self._stack[-1]:
            self._stack[-1][-1].append(" ".join("".join(self._cell).split()))
        self._cell = None


def _read_html(text: str) -> tuple[list[dict[str, str]], date | None]:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    return _rows_from_tables(parser.tables), _find_as_of("".join(parser.text))


def _read_pdf(path: Path) -> tuple[list[dict[str, str]], date | None]:
    import pdfplumber  # heavy; only the PDF import needs it

    tables: list[list[list[str]]] = []
    text: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                text.append(page.extract_text() or "")
                found = page.extract_tables() or page.extract_tables(
                    {"vertical_strategy": "text", "horizontal_strategy": "text"}
                )
                for table in found:
                    # a wrapped cell comes back with a newline; Japanese joins without a space
                    tables.append([["".join((c or "").split()) for c in row] for row in table])
    except Exception as exc:  # pdfminer raises many unrelated types on a broken file
        raise RegistryImportError(f"cannot read the PDF {path.name}: {exc}") from exc
    return _rows_from_tables(tables), _find_as_of("\n".join(text))


def _read_csv(text: str) -> tuple[list[dict[str, str]], date | None]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table = [row for row in csv.reader(lines)]
    return _rows_from_tables([table]), _find_as_of(text)


def _rows_from_tables(tables: Iterable[list[list[str]]]) -> list[dict[str, str]]:
    """Rows under a header with 許可番号 and 商号. A table without a header (a page break in a PDF)
    continues under the last header seen if it has as many columns."""
    rows: list[dict[str, str]] = []
    columns: dict[int, str] | None = None
    for table in tables:
        for raw in table:
            cells = [unicodedata.normalize("NFKC", c or "").strip() for c in raw]
            header = _header(cells)
            if header is not None:
                columns = header
                continue
            if columns is None or not any(cells) or len(cells) <= max(columns):
                continue
            rows.append({col: cells[i] for i, col in columns.items()})
    return rows


def _header(cells: list[str]) -> dict[int, str] | None:
    compact = ["".join(c.split()) for c in cells]
    found: dict[int, str] = {}
    for col, words in _COLUMNS:
        # the most specific word first, so 許可番号 is not taken for 電話番号's 番号
        hit = next(
            (i for w in words for i, c in enumerate(compact) if i not in found and w in c and len(c) <= 12),
            None,
        )
        if hit is not None:
            found[hit] = col
    return found if {"license_number", "name"} <= set(found.values()) else None


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp932", "euc_jp"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise RegistryImportError("the file is neither UTF-8 nor Shift_JIS/EUC-JP text")


# --------------------------------------------------------------------------- cells


def _cell(value: str | None) -> str | None:
    v = " ".join(unicodedata.normalize("NFKC", value or "").split())
    return v or None


def _license_number(value: str | None) -> int | None:
    m = re.search(r"\d+", unicodedata.normalize("NFKC", value or ""))
    return int(m.group(0)) if m and int(m.group(0)) > 0 else None


def _phone(value: str | None) -> str | None:
    v = unicodedata.normalize("NFKC", value or "")
    found = re.findall(r"0\d{1,4}[-(]?\d{1,4}[-)]?\d{3,4}", v)
    return " | ".join(re.sub(r"[()]", "-", f).replace("--", "-") for f in found) or None


def _iso_date(value: str | None) -> str | None:
    """許可年月日 as ISO (era dates converted); the cell as printed when it is not a date."""
    v = normalize.text(value or "")
    if not v:
        return None
    d = normalize.first_date(v)
    return d.isoformat() if d else v


def _find_as_of(text: str) -> date | None:
    m = _AS_OF.search(normalize.text(text))
    return normalize.first_date(m.group(1)) if m else None
