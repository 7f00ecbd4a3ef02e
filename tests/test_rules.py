"""Rot test for the data files: every file validates, every pattern compiles, every type is covered."""

from __future__ import annotations

import re

import pytest
import yaml

from parser import rules
from parser.models import DocumentType


def test_every_data_file_validates_and_patterns_compile() -> None:
    for spec in rules.document_types().types:
        assert spec.titles or spec.keywords
        for pattern in [*spec.keywords, *spec.lump_sum_phrases]:
            re.compile(pattern)
    for pattern in [*rules.document_types().lump_sum_phrases, *rules.document_types().lump_sum_conditional]:
        re.compile(pattern)
    for rule in rules.prose().rules:
        for pattern in (rule.after, rule.before, rule.reject_after, rule.reject_before, rule.value):
            if pattern:
                re.compile(pattern)
    party = rules.parties()
    for pattern in party.original_creditor_prose + party.creditor_prose + party.name_tail_noise:
        re.compile(pattern)
    for label in rules.labels().fields:
        for pattern in label.patterns:
            re.compile(pattern)
    assert rules.next_steps().steps


def test_every_document_type_has_rules_and_a_japanese_name() -> None:
    assert {spec.type for spec in rules.document_types().types} == set(DocumentType)
    assert all(spec.name_ja for spec in rules.document_types().types)


def test_label_paths_are_contract_paths() -> None:
    allowed_prefixes = ("amounts.", "dates.", "sender.", "creditor.", "original_creditor.", "debtor.")
    for spec in rules.labels().fields:
        assert spec.path.startswith(allowed_prefixes) or spec.path in ("reference_number", "late_damages_rate_percent")
        assert len(set(spec.labels)) == len(spec.labels), f"duplicate label in {spec.path}"


def test_a_key_given_twice_in_a_data_file_is_refused() -> None:
    # A spec that lost its header line would otherwise take on the next spec's labels unnoticed.
    assert rules.parse_yaml("a: 1\nb: [x]\n") == {"a": 1, "b": ["x"]}
    with pytest.raises(yaml.YAMLError, match="given twice"):
        rules.parse_yaml("- path: dates.issued\n  labels: [期日]\n  labels: [お支払期限]\n")
    # A merge key brings in another mapping's keys, which the mapping may then override.
    assert rules.parse_yaml("a: &x {k: 1, v: 2}\nb: {<<: *x, v: 3}\n") == {"a": {"k": 1, "v": 2}, "b": {"k": 1, "v": 3}}
