"""The proxy sets share their truth builder (samples/letters/proxykit.py) and their drawing helpers
(samples/letters/proxydraw.py): set 6's leader, cell, kman and `photo_real`, the phone photo first made for set 7."""
from __future__ import annotations

from samples.letters.proxydraw import cell, kman, leader, photo_real, seal_after, split_lines
from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "photo_real"]
