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
from spacy.tokens import Doc

from . import language  # noqa: F401 - registers the "kk" language
from .base import Deadline, ObligationFound, UnitContext
from .deadlines import find_deadlines
from .definitions import find_definitions
from .finders import find_obligations
from .references import find_references
from .spans import set_group as _set_group
from .spans import set_obligations
from .spans import unit_context as _context
from .spans import unit_text as _text


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
        return set_obligations(doc, find_obligations(_text(doc), _context(doc)))


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
