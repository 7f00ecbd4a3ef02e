"""Shared fixtures: the packaged registry for every test, and the golden-file options."""

from __future__ import annotations

import pytest

from parser import registry


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="re-record OCR with the real engine and rewrite tests/golden/*.json (review the diff)",
    )


@pytest.fixture(autouse=True)
def packaged_registry(monkeypatch: pytest.MonkeyPatch):
    """Use the packaged snapshot, whatever the developer has imported into ~/.local/share."""
    monkeypatch.setenv(registry.ENV_VAR, str(registry.PACKAGED_REGISTRY))
    registry.reload()
    yield
    registry.load.cache_clear()
