"""Web settings from the environment: each limit has a DEBT_NOTICE_WEB_* variable.

    DEBT_NOTICE_WEB_MAX_MB        largest upload in MB (default 20)
    DEBT_NOTICE_WEB_WORKERS       letters read at the same time, one process each (default 1)
    DEBT_NOTICE_WEB_QUEUE         uploads that may wait for a worker (default 4)
    DEBT_NOTICE_WEB_TIMEOUT       seconds to read one letter (default 120)
    DEBT_NOTICE_WEB_MAX_MEMORY_MB memory of each worker process in MB, 0 for none (default 2048)
    DEBT_NOTICE_WEB_QUEUE_WAIT    seconds an upload may wait for a worker (default 120)
    DEBT_NOTICE_WEB_EXECUTOR      process (default) or thread
    DEBT_NOTICE_WEB_TMP_DIR       where uploads live while they are read (default: system temp)
    DEBT_NOTICE_ENGINE            OCR engine: rapidocr (default) or tesseract
    DEBT_NOTICE_NO_NLP            1 to skip GiNZA
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from parser.models import Limits, Settings, WebSettings

_MB = 1024 * 1024
_ENV: dict[str, str] = {
    "DEBT_NOTICE_WEB_WORKERS": "workers",
    "DEBT_NOTICE_WEB_QUEUE": "queue",
    "DEBT_NOTICE_WEB_TIMEOUT": "timeout_seconds",
    "DEBT_NOTICE_WEB_QUEUE_WAIT": "queue_wait_seconds",
    "DEBT_NOTICE_WEB_EXECUTOR": "executor",
    "DEBT_NOTICE_WEB_TMP_DIR": "tmp_dir",
}


def from_env(environ: Mapping[str, str] | None = None, **overrides: Any) -> WebSettings:
    """WebSettings from environment variables; `overrides` (e.g. from `serve` options) win when not None.

    Raises pydantic.ValidationError for a value out of range, naming the field.
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {field: env[name] for name, field in _ENV.items() if env.get(name)}
    if env.get("DEBT_NOTICE_WEB_MAX_MB"):
        values["max_bytes"] = int(float(env["DEBT_NOTICE_WEB_MAX_MB"]) * _MB)
    memory = overrides.pop("max_memory_mb", None)
    if memory is None and env.get("DEBT_NOTICE_WEB_MAX_MEMORY_MB"):
        memory = int(env["DEBT_NOTICE_WEB_MAX_MEMORY_MB"])
    values.update({k: v for k, v in overrides.items() if v is not None})
    parser_settings = Settings(
        engine=env.get("DEBT_NOTICE_ENGINE", "rapidocr"),
        use_nlp=env.get("DEBT_NOTICE_NO_NLP", "") not in ("1", "true", "yes"),
        limits=Limits() if memory is None else Limits(max_memory_mb=memory),
    )
    values.setdefault("parser", parser_settings)
    return aligned(WebSettings.model_validate(values))


def aligned(settings: WebSettings) -> WebSettings:
    """The library's byte and time limits follow the web's, so both refuse the same files the same way.

    A process worker's own timer (parser/guard.py) stops a letter at `timeout_seconds` and the
    worker keeps its models; the pool kills it only if that fails (`guard.kill_after`).
    """
    limits: Limits = settings.parser.limits.model_copy(
        update={"max_bytes": settings.max_bytes, "max_seconds_per_file": settings.timeout_seconds}
    )
    return settings.model_copy(update={"parser": settings.parser.model_copy(update={"limits": limits})})
