"""`python -m parser.batch PATH... --out results.jsonl`: the batch command on its own."""

from __future__ import annotations

import typer

from parser.cli_batch import batch_command

typer.run(batch_command)
