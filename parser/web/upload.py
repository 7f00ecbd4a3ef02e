"""Receiving an upload: multipart streamed to a private temporary directory, counted as it comes.

Starlette would spool the whole body before our code runs; a phone on a slow line, or a client
sending gigabytes, should be refused at the first byte past the limit instead. So the body is
parsed here with python-multipart's streaming parser: the `file` part goes straight to disk in
a directory made for this request (mode 0700) and the directory is removed when the request
ends, whatever happens. Nothing of the letter stays behind.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

FILE_FIELD = "file"
HEAD_BYTES = 1024  # enough for every magic number ingest.sniff looks at
_FORM_SLACK = 64 * 1024  # multipart boundaries, headers and the small text fields
_MAX_FIELD_BYTES = 256  # `received` is ten characters; anything longer is not a date
_MAX_PARTS = 8


class UploadError(Exception):
    """An upload refused before parsing: HTTP status, machine code and a message for people."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass
class Upload:
    path: Path | None = None  # None: no file was chosen
    name: str = ""
    size: int = 0
    head: bytes = b""
    fields: dict[str, str] = field(default_factory=dict)


@contextmanager
def request_dir(base: str | None) -> Iterator[Path]:
    """A directory only this process can read, removed with everything in it afterwards."""
    path = Path(tempfile.mkdtemp(prefix="debt-notice-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def too_large(max_bytes: int) -> UploadError:
    return UploadError(
        413, "limit_exceeded",
        f"file too large: the limit is {max_bytes / 2**20:g} MB / ファイルが大きすぎます（上限 {max_bytes / 2**20:g} MB）",
    )  # fmt: skip


def check_length(content_length: str | None, max_bytes: int) -> None:
    """Refuse a body announced as too large before reading any of it."""
    if content_length is None:
        return
    try:
        announced = int(content_length)
    except ValueError:
        raise UploadError(400, "bad_request", "invalid Content-Length header") from None
    if announced > max_bytes + _FORM_SLACK:
        raise too_large(max_bytes)


class _Receiver:
    """python-multipart callbacks: keeps the first non-empty `file` part and the small text fields."""

    def __init__(self, dest: Path, max_bytes: int) -> None:
        self.dest = dest
        self.max_bytes = max_bytes
        self.upload = Upload()
        self.parts = 0
        self._headers: dict[bytes, bytes] = {}
        self._hname = b""
        self._hvalue = b""
        self._field: str | None = None
        self._value = bytearray()
        self._file: BinaryIO | None = None
        self._file_name = ""
        self._file_size = 0
        self._head = bytearray()

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": lambda d, s, e: setattr(self, "_hname", self._hname + d[s:e]),
            "on_header_value": lambda d, s, e: setattr(self, "_hvalue", self._hvalue + d[s:e]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
        }

    def _part_begin(self) -> None:
        self.parts += 1
        if self.parts > _MAX_PARTS:
            raise UploadError(422, "bad_form", "too many form fields / フォームの項目が多すぎます")
        self._headers, self._field, self._value = {}, None, bytearray()

    def _header_end(self) -> None:
        self._headers[self._hname.strip().lower()] = self._hvalue.strip()
        self._hname, self._hvalue = b"", b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._field = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in options and self._field == FILE_FIELD and self.upload.path is None:
            # Browsers send the name as raw UTF-8; parse_options_header passed it through latin-1.
            raw = options[b"filename"].decode("utf-8", "replace")
            self._file_name = Path(raw.replace("\\", "/")).name[:200]
            self._file_size = 0
            self._head = bytearray()
            self._file = (self.dest / "upload").open("wb")

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._file is not None:
            self._file_size += len(chunk)
            if self._file_size > self.max_bytes:
                raise too_large(self.max_bytes)
            if len(self._head) < HEAD_BYTES:
                self._head += chunk[: HEAD_BYTES - len(self._head)]
            self._file.write(chunk)
        elif self._field and self._field != FILE_FIELD:
            self._value += chunk
            if len(self._value) > _MAX_FIELD_BYTES:
                raise UploadError(422, "bad_form", f"form field {self._field!r} is too long / 入力が長すぎます")

    def _part_end(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            # An empty <input type=file> still sends a part: filename "" and no bytes. Skip it so a
            # second input (camera / gallery) can carry the letter.
            if self._file_name or self._file_size:
                self.upload.path = self.dest / "upload"
                self.upload.name = self._file_name or "upload"
                self.upload.size = self._file_size
                self.upload.head = bytes(self._head)
        elif self._field and self._field != FILE_FIELD and self._field not in self.upload.fields:
            self.upload.fields[self._field] = self._value.decode("utf-8", "replace").strip()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


async def receive(stream: AsyncIterator[bytes], content_type: str | None, *, dest: Path, max_bytes: int) -> Upload:
    """Parse a multipart/form-data body from `stream`, writing the `file` part into `dest`.

    Raises UploadError: 415 for a body that is not multipart, 413 past `max_bytes`, 422 for a
    malformed form.
    """
    ctype, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise UploadError(415, "unsupported_input", "send the letter as multipart/form-data in the field 'file'")
    receiver = _Receiver(dest, max_bytes)
    try:
        parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]
    except MultipartParseError as exc:
        raise UploadError(422, "bad_form", "malformed multipart boundary") from exc
    received = 0
    try:
        async for chunk in stream:
            received += len(chunk)
            if received > max_bytes + _FORM_SLACK:
                raise too_large(max_bytes)
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise UploadError(422, "bad_form", "malformed multipart body / 送信データが壊れています") from exc
    finally:
        receiver.close()
    return receiver.upload
