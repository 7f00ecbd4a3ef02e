"""The staff manifest: a CSV with columns ``file, received, case_id``, one row per letter.

Each letter gets its own received date (which drives the 支払督促 objection deadline) and the
office's case id, which the batch carries into ``result.meta["case_id"]`` and the CSV.

The ``file`` column may hold a path relative to the manifest, a path relative to where the
batch runs, an absolute path, or a bare file name (when it is unique in the manifest).
Spreadsheets save CSVs in odd ways, so a UTF-8 BOM, Shift_JIS (Excel on Japanese Windows)
and dates written 2025/11/24 are all accepted.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import date
from pathlib import Path, PurePath

from pydantic import ValidationError

from parser.errors import InputError
from parser.models import ManifestRow

COLUMNS = ("file", "received", "case_id")
_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


class Manifest:
    """Rows of a manifest and the lookups that match them to the files of a batch."""

    def __init__(self, rows: list[ManifestRow], base: Path) -> None:
        self.rows = rows
        self._by_path: dict[Path, ManifestRow] = {}
        self._by_text: dict[str, ManifestRow] = {}
        names = Counter(PurePath(r.file.replace("\\", "/")).name for r in rows)
        self._by_name: dict[str, ManifestRow] = {}
        for row in rows:
            text = row.file.replace("\\", "/")
            self._by_text[text] = row
            written = Path(text).expanduser()
            for candidate in [written] if written.is_absolute() else [base / written, Path.cwd() / written]:
                self._by_path.setdefault(_resolve(candidate), row)
            name = PurePath(text).name
            if names[name] == 1:
                self._by_name[name] = row
        self._used: set[int] = set()

    def lookup(self, display: str, path: Path) -> ManifestRow | None:
        """The row for a file, by its resolved path, the path as given, or a unique bare name."""
        row = (
            self._by_path.get(_resolve(path))
            or self._by_text.get(display.replace("\\", "/"))
            or self._by_name.get(PurePath(display).name)
        )
        if row is not None:
            self._used.add(id(row))
        return row

    def unmatched(self) -> list[str]:
        """Rows no file of the batch matched (a typo in the manifest, or a letter not scanned)."""
        return [row.file for row in self.rows if id(row) not in self._used]


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # pragma: no cover - a loop of symlinks
        return path.absolute()


def _decode(raw: bytes, where: str) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(
        f"{where}: not UTF-8 or Shift_JIS text; save it as 'CSV UTF-8' / 文字コードを確認してください"
    )


def parse_date(text: str, where: str) -> date | None:
    if not text.strip():
        return None
    m = _DATE.match(text)
    try:
        if m is None:
            raise ValueError(text)
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InputError(f"{where}: received must be a date like 2025-11-24, not {text.strip()!r}") from None


def load_manifest(path: Path) -> Manifest:
    """Read and check a manifest; any problem is an `InputError` naming the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the manifest {path}: {exc.strerror or exc}") from exc
    text = _decode(raw, str(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise InputError(f"{path}: the manifest needs a header row with the columns {', '.join(COLUMNS)}")
    reader.fieldnames = header
    rows: list[ManifestRow] = []
    seen: dict[str, int] = {}
    for line, record in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in record.items() if k in COLUMNS}
        if not any(values.values()):
            continue  # blank line, or a row of empty cells left by a spreadsheet
        where = f"{path.name} line {line}"
        file = values.get("file", "")
        if file in seen:
            raise InputError(f"{where}: {file} is listed twice (first on line {seen[file]})")
        seen[file] = line
        try:
            rows.append(ManifestRow(
                file=file,
                received=parse_date(values.get("received", ""), where),
                case_id=values.get("case_id") or None,
            ))  # fmt: skip
        except ValidationError:
            raise InputError(f"{where}: the file column is empty") from None
    return Manifest(rows, path.parent.resolve())
