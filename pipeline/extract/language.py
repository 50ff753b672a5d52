"""A Kazakh `Language` for spaCy, registered as `kk` (spaCy ships none).

    >>> import spacy, pipeline.extract.language  # noqa: F401 (registers "kk")
    >>> [t.text for t in spacy.blank("kk")("№ 696-1 қаулысы, 5-бабының 8) тармақшасына")]
    ['№', '696-1', 'қаулысы', ',', '5-бабының', '8)', 'тармақшасына']

The tokenizer keeps legal numbering whole: `696-1`, `13/139`, `5-бабының`,
`ТМД-ның`, `20-күнінен`, `іс-шара`, sub-point labels `8)` and initials `К.`;
it splits `№` off a number and quotes «» off words.
"""

from __future__ import annotations

import regex
from spacy.lang.char_classes import ALPHA, CONCAT_QUOTES, LIST_ELLIPSES, LIST_ICONS
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.util import registry

ABBREVIATIONS = ("т.б.", "т.с.с.", "т.т.", "ж.", "жж.", "б.", "тарм.", "тармш.", "млн.",
                 "млрд.", "мыс.", "ҚР", "қ.", "обл.", "ауд.", "к-сі", "т.", "ш.", "с.")

# A sub-point label `8)`, a number with a hyphenated part `696-1`, `5-бабының`,
# a slash number `13/139`, an initial `К.`: each one token.
TOKEN_MATCH = regex.compile(
    r"^(?:\d+\)|\d+(?:[-/]\d+)+(?:-\p{L}+)?|\d+-\p{L}+|\p{Lu}\.)$").match

PREFIXES = ["№", "§", r"\(", r"\[", "«", "\"", "“", "'", *LIST_ELLIPSES]
SUFFIXES = [r"\)", r"\]", "»", "\"", "”", "'", ",", ";", ":", r"\.", r"\!", r"\?", "…",
            *LIST_ELLIPSES]
# No hyphen infix: `іс-шара`, `ТМД-ның`, `5-бабының` are one word each.
INFIXES = [
    *LIST_ELLIPSES, *LIST_ICONS,
    rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
    rf"(?<=[{ALPHA}0-9])[:<>=](?=[{ALPHA}])",
    rf"(?<=[{ALPHA}])[{CONCAT_QUOTES}](?=[{ALPHA}])",
]


class KazakhDefaults(BaseDefaults):
    tokenizer_exceptions = {abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS}
    prefixes = PREFIXES
    suffixes = SUFFIXES
    infixes = INFIXES
    token_match = TOKEN_MATCH
    writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}


@registry.languages("kk")
class Kazakh(Language):
    """Kazakh (ISO 639-1 `kk`): tokenizer rules for legal texts, no trained components."""

    lang = "kk"
    Defaults = KazakhDefaults


__all__ = ["Kazakh"]
