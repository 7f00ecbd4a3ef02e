"""GiNZA: the only module that imports spaCy.

The ja_ginza model ships inside its PyPI package, so nothing is downloaded at run time.
We keep only the components we use (tok2vec + ner: about 1.8 s to load, once per process)
and add our own `debt_patterns` component, which marks what GiNZA's general-purpose NER
does not know: 法務大臣許可番号, court case numbers, organisation names by their legal form,
and the registry's servicer names.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from parser.errors import MissingDependency

log = logging.getLogger(__name__)

MODEL = "ja_ginza"
_UNUSED = ["parser", "compound_splitter", "bunsetu_recognizer", "morphologizer"]

_PATTERNS: dict[str, re.Pattern[str]] = {
    "LICENSE": re.compile(r"法務大臣\s*許可\s*(?:番号)?\s*[:：]?\s*第\s*[\d一二三四五六七八九十百]+\s*号"),
    "CASE_NUMBER": re.compile(r"(?:令和|平成)\s*(?:元|\d{1,2})\s*年\s*\(\s*(?:[ロハワケヌル]|少コ)\s*\)\s*第\s*\d+\s*号"),
    "ORG": re.compile(
        r"(?:株式会社|有限会社|合同会社)[^\s、。,「」()]{1,24}|[^\s、。,「」()]{1,24}?(?:株式会社|銀行|信用金庫|信用組合|法律事務所|裁判所)"
    ),
}


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    doc_index: int
    start: int
    end: int


def _register_component() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    if Language.has_factory("debt_patterns"):
        return

    @Language.component("debt_patterns")
    def debt_patterns(doc: Doc) -> Doc:
        spans = []
        for label, pattern in _PATTERNS.items():
            for m in pattern.finditer(doc.text):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["debt"] = spans
        return doc


@cache
def load() -> Any:
    """The GiNZA pipeline with our component, loaded once per process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise MissingDependency("spaCy is not installed: pip install 'spacy>=3.8' ginza ja-ginza") from exc
    _register_component()
    try:
        nlp = spacy.load(MODEL, exclude=_UNUSED)
    except OSError as exc:
        raise MissingDependency(f"the GiNZA model {MODEL} is not installed: pip install ja-ginza") from exc
    nlp.add_pipe("debt_patterns", last=True)
    log.debug("loaded %s with %s", MODEL, nlp.pipe_names)
    return nlp


def entities(texts: list[str]) -> list[Entity]:
    """GiNZA's entities plus ours for each text, in one batched pass (nlp.pipe)."""
    nlp = load()
    out: list[Entity] = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        out += [Entity(e.label_, e.text, i, e.start_char, e.end_char) for e in doc.ents]
        out += [Entity(s.label_, s.text, i, s.start_char, s.end_char) for s in doc.spans.get("debt", [])]
    return out
