"""Russian extraction: spaCy components over spaCy's own Russian, with pymorphy3.

The same output as the Kazakh extractors (obligations with their actors, deadlines
normalized alike, definitions, references resolved to the same eids), from Russian
text: `deadlines`, `definitions`, `references`, `obligations` (cues, clauses, actors),
`lists` (what a list's chapeau tells its items), `morphology` (pymorphy3, built once
per process), `numbers` (number words in any case), `components` (the spaCy factories
`kazlegal_ru_*`). `RUSSIAN` is what `pipeline.extract.extract` uses for a Russian act.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..base import LanguageRules
from .definitions import find_definitions, names_actor
from .finders import find_in_unit
from .lists import frame_list
from .references import (
    TYPE_STEMS,
    act_stem,
    annex_label,
    find_references,
    names_own,
    unit_kinds,
)

if TYPE_CHECKING:
    from spacy.language import Language


@functools.lru_cache(maxsize=1)
def russian_pipeline() -> Language:
    """spacy.blank("ru") with the Russian components run per unit, built once per process.

    Definitions are not among them: `extract` finds them in a first pass over the whole
    component, because they name the actors of every unit.
    """
    import spacy  # a conversion calls the finders directly: spaCy only for this pipeline

    from . import components  # registers the kazlegal_ru_* factories

    nlp = spacy.blank("ru")
    for name in components.PIPES:
        if name != "kazlegal_ru_definitions":
            nlp.add_pipe(name)
    return nlp


RUSSIAN = LanguageRules(
    code="ru", pipeline=russian_pipeline, find_in_unit=find_in_unit,
    find_definitions=find_definitions,
    find_references=find_references, frame_list=frame_list, act_stem=act_stem,
    annex_label=annex_label, unit_kinds=unit_kinds, names_own=names_own, type_stems=TYPE_STEMS,
    names_actor=names_actor)

__all__ = ["RUSSIAN", "russian_pipeline"]
