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


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping.

    YAML lets the second silently win: a spec that loses its header line takes on the next
    spec's ``labels`` and nothing says so.
    """


def _no_duplicate_keys(loader: _StrictLoader, node: yaml.MappingNode) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # 「<<: *objection」 merges another mapping in; its keys may be overridden
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


def parse_yaml(raw: str) -> object:
    return yaml.load(raw, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass


def load_yaml(name: str, model: type[M]) -> M:
    """Read parser/data/<name> and validate it; an invalid file is an author error (DataError)."""
    try:
        raw = resources.files("parser").joinpath("data", name).read_text(encoding="utf-8")
        return model.model_validate(parse_yaml(raw))
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
