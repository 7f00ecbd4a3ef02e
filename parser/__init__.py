"""debt-notice-parser: reads Japanese debt-collection letters into a checked, dated result."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "parse", "parse_bytes"]


def __getattr__(name: str) -> object:
    # The pipeline pulls in OCR and NLP libraries; import it only when it is asked for.
    if name in ("parse", "parse_bytes"):
        from parser import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
