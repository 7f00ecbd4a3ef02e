"""Loads the data files under parser/data and validates them with their pydantic models."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from parser.errors import DataError
from parser.models import DocumentTypeRules, LabelSet, NextSteps, OcrFixes, PartyRules, ProseRules

M = TypeVar("M", bound=BaseModel)


def load_yaml(name: str, model: type[M]) -> M:
    """Read parser/data/<name> and validate it; an invalid file is an author error (DataError)."""
    try:
        raw = resources.files("parser").joinpath("data", name).read_text(encoding="utf-8")
        return model.model_validate(yaml.safe_load(raw))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise DataError(f"parser/data/{name} is invalid: {exc}") from exc


@cache
def labels() -> LabelSet:
    return load_yaml("labels.yml", LabelSet)


@cache
def document_types() -> DocumentTypeRules:
    return load_yaml("document_types.yml", DocumentTypeRules)


@cache
def parties() -> PartyRules:
    return load_yaml("parties.yml", PartyRules)


@cache
def prose() -> ProseRules:
    return load_yaml("prose.yml", ProseRules)


@cache
def next_steps() -> NextSteps:
    return load_yaml("next_steps.yml", NextSteps)


@cache
def ocr_fixes() -> OcrFixes:
    return load_yaml("ocr_fixes.yml", OcrFixes)
