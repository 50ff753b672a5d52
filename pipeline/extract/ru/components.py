"""The Russian extractors as spaCy components over spaCy's own Russian (`spacy.blank("ru")`).

    >>> import spacy
    >>> nlp = spacy.blank("ru")
    >>> for name in ("kazlegal_ru_definitions", "kazlegal_ru_deadlines",
    ...              "kazlegal_ru_obligations", "kazlegal_ru_references"):
    ...     nlp.add_pipe(name)
    >>> doc = nlp("Министерство рассматривает заявление в течение десяти рабочих дней.")
    >>> [(s.text, s._.kazlegal.modality) for s in doc.spans["kazlegal_obligations"]]
    [('Министерство рассматривает заявление в течение десяти рабочих дней.', 'obligation')]

The factories are found through the package's entry points (no import needed). They
write the same span groups as the Kazakh ones (`doc.spans["kazlegal_obligations"]`,
`..._deadlines`, `..._definitions`, `..._references`), each span carrying its payload
in `span._.kazlegal`; a unit's context (a list's chapeau actor, ...) comes in
`doc._.kazlegal_context` and is optional.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import set_group, set_obligations, unit_context, unit_text
from .deadlines import find_deadlines
from .definitions import find_definitions
from .finders import find_obligations
from .references import find_references


class RussianDeadlineFinder:
    def __call__(self, doc: Doc) -> Doc:
        return set_group(doc, "kazlegal_deadlines", "DEADLINE", find_deadlines(unit_text(doc)))


class RussianDefinitionFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = find_definitions(unit_text(doc), in_glossary=unit_context(doc).in_glossary)
        return set_group(doc, "kazlegal_definitions", "DEFINITION", found)


class RussianReferenceFinder:
    def __call__(self, doc: Doc) -> Doc:
        return set_group(doc, "kazlegal_references", "REFERENCE",
                         find_references(unit_text(doc)))


class RussianObligationFinder:
    """One obligation per duty-bearing clause, with its actor."""

    def __call__(self, doc: Doc) -> Doc:
        return set_obligations(doc, find_obligations(unit_text(doc), unit_context(doc)))


@Language.factory("kazlegal_ru_deadlines")
def make_ru_deadline_finder(nlp: Language, name: str) -> RussianDeadlineFinder:
    return RussianDeadlineFinder()


@Language.factory("kazlegal_ru_definitions")
def make_ru_definition_finder(nlp: Language, name: str) -> RussianDefinitionFinder:
    return RussianDefinitionFinder()


@Language.factory("kazlegal_ru_references")
def make_ru_reference_finder(nlp: Language, name: str) -> RussianReferenceFinder:
    return RussianReferenceFinder()


@Language.factory("kazlegal_ru_obligations")
def make_ru_obligation_finder(nlp: Language, name: str) -> RussianObligationFinder:
    return RussianObligationFinder()


PIPES = ("kazlegal_ru_definitions", "kazlegal_ru_deadlines", "kazlegal_ru_obligations",
         "kazlegal_ru_references")
__all__ = ["find_obligations", "PIPES", "RussianObligationFinder", "RussianDeadlineFinder",
           "RussianDefinitionFinder", "RussianReferenceFinder"]
