"""Typed errors. Only the CLI and the web layer turn these into exit codes or HTTP statuses.

    ParserError                 exit 1
      ├ InputError              exit 2   unreadable, unsupported, empty, encrypted   (HTTP 422)
      │  ├ UnsupportedInput     exit 2   not a type we read                           (HTTP 415)
      │  └ LimitExceeded        exit 2   too many bytes, pixels, pages or memory      (HTTP 413)
      │     └ TimedOut          exit 2   longer than the time limit for one file      (HTTP 504)
      ├ MissingDependency       exit 3   an OCR engine, tesseract data or GiNZA absent (HTTP 503)
      ├ OcrError                exit 4   an engine crashed or ran out of time
      └ DataError               exit 5   a data file under parser/data is invalid (author error)
"""

from __future__ import annotations


class ParserError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1
    code = "parser_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(ParserError):
    exit_code = 2
    code = "unreadable_input"


class UnsupportedInput(InputError):
    code = "unsupported_input"


class LimitExceeded(InputError):
    code = "limit_exceeded"


class TimedOut(LimitExceeded):
    """Reading the file took longer than `Limits.max_seconds_per_file` (see parser/guard.py)."""

    code = "timeout"


class MissingDependency(ParserError):
    exit_code = 3
    code = "missing_dependency"


class OcrError(ParserError):
    exit_code = 4
    code = "ocr_failed"


class DataError(ParserError):
    exit_code = 5
    code = "invalid_data_file"
