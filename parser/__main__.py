"""`python -m parser` runs the command line."""

from __future__ import annotations

from parser.cli import main

main()
