"""The extractors as spaCy pipeline components (registered factories).

    >>> import spacy, pipeline.extract  # registers "kk" and the factories
    >>> nlp = spacy.blank("kk")
    >>> for name in ("kazlegal_definitions", "kazlegal_deadlines", "kazlegal_obligations",
    ...              "kazlegal_references"):
    ...     nlp.add_pipe(name)
    >>> doc = nlp("Министрлік он жұмыс күні ішінде есеп береді.")
    >>> [(s.text, s._.kazlegal.modality) for s in doc.spans["kazlegal_obligations"]]

Each component writes a span group `doc.spans["kazlegal_<what>"]`; every span
carries its normalized payload in `span._.kazlegal`. Unit context (the
chapeau's actor of a list, a list's closing modality, whether the unit is a
glossary item) comes in `doc._.kazlegal_context` and is optional.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import language  # noqa: F401 - registers the "kk" language
from .deadlines import Deadline, find_deadlines
from .definitions import find_definitions
from .finders import ObligationFound, UnitContext, find_obligations
from .references import find_references

for _target, _name in ((Span, "kazlegal"), (Doc, "kazlegal_context")):
    if not _target.has_extension(_name):
        _target.set_extension(_name, default=None)


def _span(doc: Doc, start: int, end: int, label: str, payload) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        span._.kazlegal = payload
    return span


def _text(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `Doc.text` re-joins every token on each access."""
    text = doc.user_data.get("kazlegal_text")
    if text is None:
        text = doc.user_data["kazlegal_text"] = doc.text
    return text


def _context(doc: Doc) -> UnitContext:
    return doc._.kazlegal_context or UnitContext()


def _set_group(doc: Doc, key: str, label: str, found) -> Doc:
    """`doc.spans[key]`: one span per found item (with a start and an end), carrying it."""
    spans = [_span(doc, item.start, item.end, label, item) for item in found]
    doc.spans[key] = [s for s in spans if s is not None]
    return doc


class DeadlineFinder:
    def __call__(self, doc: Doc) -> Doc:
        return _set_group(doc, "kazlegal_deadlines", "DEADLINE", find_deadlines(_text(doc)))


class DefinitionFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = find_definitions(_text(doc), in_glossary=_context(doc).in_glossary)
        return _set_group(doc, "kazlegal_definitions", "DEFINITION", found)


class ReferenceFinder:
    def __call__(self, doc: Doc) -> Doc:
        return _set_group(doc, "kazlegal_references", "REFERENCE", find_references(_text(doc)))


class ObligationFinder:
    """One obligation per duty-bearing clause, with its actor."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in find_obligations(_text(doc), _context(doc)):
            span = _span(doc, found.clause.start, found.clause.end, found.modality.upper(), found)
            if span is not None:
                spans.append(span)
        doc.spans["kazlegal_obligations"] = spans
        return doc


@Language.factory("kazlegal_deadlines")
def make_deadline_finder(nlp: Language, name: str) -> DeadlineFinder:
    return DeadlineFinder()


@Language.factory("kazlegal_definitions")
def make_definition_finder(nlp: Language, name: str) -> DefinitionFinder:
    return DefinitionFinder()


@Language.factory("kazlegal_references")
def make_reference_finder(nlp: Language, name: str) -> ReferenceFinder:
    return ReferenceFinder()


@Language.factory("kazlegal_obligations")
def make_obligation_finder(nlp: Language, name: str) -> ObligationFinder:
    return ObligationFinder()


PIPES = ("kazlegal_definitions", "kazlegal_deadlines", "kazlegal_obligations",
         "kazlegal_references")
__all__ = ["UnitContext", "ObligationFound", "find_obligations", "PIPES", "Deadline"]
