"""A cue pattern's required ending, searched first, never hides a cue: the cues found are
those found without the endings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.extract.obligations as obligations

WORDS = ["береді", "қабылданбайды", "тиіс", "тиісті", "қажет", "міндетті", "жүргізсін",
         "етсін", "Министрлік", "есеп", "алады", "салынады", "тыйым", "айқындалады", "сайлайды",
         "қояды", "ұсынбайды", "жарғысын", "емес", "-", "«", "»", "іс-шара", "5", "МАЙДЫ"]
PUNCTUATION = ["", ".", ",", ";", ":", " .", ")", "»."]
clauses = st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
                    st.sampled_from(PUNCTUATION)).map(lambda t: " ".join(t[0]) + t[1])


@settings(max_examples=500)
@given(clauses)
def test_every_pattern_with_an_ending_needs_it(clause):
    for pattern, ending in obligations._ENDINGS.items():
        if pattern.search(clause):
            assert ending.search(clause)


@settings(max_examples=300)
@given(clauses, st.booleans())
def test_cues_are_the_same_without_the_endings(clause, optative):
    with_endings = obligations.find_cue(clause, optative=optative)
    saved = dict(obligations._ENDINGS)
    obligations._ENDINGS.clear()
    try:
        assert obligations.find_cue(clause, optative=optative) == with_endings
    finally:
        obligations._ENDINGS.update(saved)
