"""The web page and REST API (`debt-notice serve`): see `parser.web.app`."""

from __future__ import annotations

from parser.models import WebSettings
from parser.web.app import create_app

__all__ = ["WebSettings", "create_app"]
