"""How the lines of one paragraph join, and whether a text indents its paragraphs.

Layout breaks lines; the normalized text has one paragraph per line. Which
lines form a paragraph is decided elsewhere (`ingest.layout` for PDFs,
`paragraphs` for text); here two lines of one paragraph are joined with a
space, glued, or de-hyphenated.
"""

from __future__ import annotations

import regex

from .vocabulary import Vocabulary
from .words import LineWords

# A hyphen at the end of a line after a letter: a candidate end-of-line hyphenation.
_HYPHEN_END = regex.compile(r"([\p{L}\d][\p{L}\d]*)-$")
_WORD_START = regex.compile(r"^(\p{L}[\p{L}\d]*)")
# Kazakh endings alone (plural, possessive, case): the end of a broken word, never the
# second word of a compound (`нәтижесі-` / `нің`, `пікір-` / `лері`)
_ENDINGS_ONLY = regex.compile(
    r"(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?(?:ның|нің|дың|дің|тың|тің|на|не|ға|ге|қа|ке|"
    r"нда|нде|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|н)?", regex.IGNORECASE)


def uses_indent(lines: list[LineWords]) -> bool:
    """Whether the document marks paragraphs by indentation at all."""
    indented = sum(1 for line in lines if line.source.indent)
    return indented >= 2 and indented >= 0.05 * len(lines)


def join_kind(prev_text: str, next_text: str, vocab: Vocabulary) -> str:
    """How two lines of one paragraph meet: 'space', 'glue' or 'dehyphenate'."""
    if next_text[:1] in ",.;:)»" :
        return "glue"
    m = _HYPHEN_END.search(prev_text)
    n = _WORD_START.match(next_text)
    if not m or not n or prev_text.endswith(" -"):
        return "space"
    left, right = m.group(1), n.group(1)
    if left.isupper() and right.isupper() and left + right in vocab \
            and not vocab.is_compound(left, right):
        return "dehyphenate"  # `ПОСТА-` / `НОВЛЯЕТ:`: a word in capitals, broken
    if right[:1].isupper() and not left.isupper():
        return "glue"  # a broken word goes on in lower case: `Северо-` / `Казахстанской`
    if left.isdigit() or (left.isupper() and len(left) >= 2) or any(c.isdigit() for c in left):
        return "glue"  # `20-` `ТМД-`: a number or abbreviation keeps its hyphen
    if vocab.is_compound(left, right):
        return "glue"
    if left + right in vocab:
        return "dehyphenate"
    if right.islower() and len(right) >= 2 and _ENDINGS_ONLY.fullmatch(right) \
            and vocab.language == "kk":
        return "dehyphenate"
    if left in vocab and right in vocab:
        return "glue"  # two words: a compound such as `әлеуметтік-саяси`
    return "dehyphenate"
