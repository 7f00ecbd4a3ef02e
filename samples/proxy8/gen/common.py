"""The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 6's leader, cell, kman and the Page whose paragraphs never break inside a
number, an amount or a date (wrap_nb), first made for set 8."""
from __future__ import annotations

from samples.letters.proxydraw import Page, cell, kman, leader, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb", "Page"]
