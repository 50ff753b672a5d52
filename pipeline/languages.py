"""The language tables: which written shapes of legal structure a document is read with.

A document's language is told once, in ingest (`SourceDocument.language`), and
travels down with the data; every stage that looks for words (unit labels,
formulas, stamps, dates, signatures) takes its table from here, by that
language. `patterns` is the Kazakh table, `patterns_ru` the Russian one; both
define the same names.
"""

from __future__ import annotations

from types import ModuleType

from . import patterns, patterns_ru

TABLES: dict[str, ModuleType] = {"kk": patterns, "ru": patterns_ru}


def patterns_for(language: str | None) -> ModuleType:
    """The pattern table of `language` ("kk", "ru"); Kazakh for anything else."""
    return TABLES.get(language or "kk", patterns)
