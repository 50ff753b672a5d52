"""The deadline patterns fold case simply (one letter for one letter): on Kazakh text, with
capitals and with the letters whose full case folding is several letters (ß, ﬁ, İ), they
match exactly what full case folding would."""

from __future__ import annotations

import regex
from conftest import SAMPLES

from pipeline.extract import deadlines

FULL = regex.IGNORECASE | regex.VERSION1
ODD = "ßẞﬁﬀİŉǰΐևᲀᲂᲃ"  # full folds of several letters, and old Cyrillic letters that fold


def texts():
    for path in SAMPLES:
        text = path.read_text("utf-8")
        yield text
        yield text.upper()
        yield "".join(ch + ODD[i % len(ODD)] if i % 7 == 0 else ch for i, ch in enumerate(text))


def matches(pattern: regex.Pattern, text: str):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_simple_case_folding_matches_as_full_case_folding():
    patterns = [p for _, p in deadlines.PATTERNS] + [deadlines._TRIGGERS,
                                                      deadlines._CALENDAR_ANCHOR]
    assert all(not p.flags & regex.FULLCASE for p in patterns)
    found = 0
    for text in texts():
        for pattern in patterns:
            full = regex.compile(pattern.pattern, FULL)
            assert matches(pattern, text) == matches(full, text)
            found += len(matches(pattern, text))
    assert found > 50
