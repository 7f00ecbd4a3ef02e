"""JSON Schemas generated from the pydantic models: `python -m parser.schema [--check] [DIR]`.

`schemas/` is committed; `--check` (and tests/test_schemas.py) fail when it drifts from the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel, TypeAdapter

from parser import models

SCHEMAS: dict[str, type[BaseModel] | TypeAdapter[object]] = {
    "result.schema.json": models.ParseResult,
    "registry_check.schema.json": models.RegistryCheck,
    "deadlines.schema.json": TypeAdapter(list[models.Deadline]),
    "labels.schema.json": models.LabelSet,
    "document_types.schema.json": models.DocumentTypeRules,
    "parties.schema.json": models.PartyRules,
    "prose.schema.json": models.ProseRules,
    "next_steps.schema.json": models.NextSteps,
    "deadline_rules.schema.json": models.DeadlineRules,
    "fraud.schema.json": models.FraudRules,
}
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "schemas"


def render(target: type[BaseModel] | TypeAdapter[object]) -> str:
    schema = target.json_schema() if isinstance(target, TypeAdapter) else target.model_json_schema()
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(directory: Path = DEFAULT_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, target in SCHEMAS.items():
        path = directory / name
        path.write_text(render(target), encoding="utf-8")
        written.append(path)
    return written


def drift(directory: Path = DEFAULT_DIR) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    return [
        name
        for name, target in SCHEMAS.items()
        if not (directory / name).exists() or (directory / name).read_text(encoding="utf-8") != render(target)
    ]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    rest = [a for a in args if a != "--check"]
    directory = Path(rest[0]) if rest else DEFAULT_DIR
    if check:
        stale = drift(directory)
        for name in stale:
            print(f"schemas/{name} is out of date: run `python -m parser.schema`", file=sys.stderr)
        return 1 if stale else 0
    for path in write(directory):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
