"""The proxy sets share their truth builder: samples/letters/proxykit.py."""
from __future__ import annotations

from samples.letters.proxykit import clean, late, truth

__all__ = ["clean", "late", "truth"]
