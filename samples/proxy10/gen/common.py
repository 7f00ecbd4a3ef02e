"""The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 8's helpers (with the Page whose paragraphs never break inside a number, an
amount or a date) and set 7's realistic phone photo (photo_real)."""
from __future__ import annotations

from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page"]
