"""A cue pattern's required last-word ending, tested first, never hides a cue: the cues found
are those found without the endings (made-up clauses built from cue words)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.extract.obligations as obligations

WORDS = ["береді", "қабылданбайды", "тиіс", "тиісті", "қажет", "міндетті", "жүргізсін",
         "етсін", "Министрлік", "есеп", "алады", "салынады", "тыйым", "айқындалады", "сайлайды",
         "қояды", "ұсынбайды", "жарғысын", "емес", "-", "«", "»", "іс-шара", "5", "МАЙДЫ",
         "құқылы", "құқығы", "бар", "жоқ", "рұқсат", "етіледі", "жол", "беріледі",
         "берілмейді", "мүмкін", "енгізуге", "болады", "жүктеледі", "жүктелсін", "ТИІС",
         "міндеттеледі", "орындайтын", "тіркелмеуге", "қатыса", "сал", "салынсын",
         "белгіленсін", "құқығын", "сақтайды", "Тараптар", "х2", "_"]
PUNCTUATION = ["", ".", ",", ";", ":", " .", ")", "».", " –", "²"]
clauses = st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
                    st.sampled_from(PUNCTUATION)).map(lambda t: " ".join(t[0]) + t[1])
PATTERNS = obligations.PROHIBITION + obligations.PERMISSION + obligations.OBLIGATION


def test_every_cue_pattern_has_its_ending():
    assert set(obligations._ENDINGS) == set(PATTERNS)


@settings(max_examples=800)
@given(clauses)
def test_every_pattern_needs_its_ending(clause):
    last = obligations._LAST_WORD.search(clause)
    for pattern in PATTERNS:
        if pattern.search(clause):
            assert last.group().casefold().endswith(obligations._ENDINGS[pattern]), pattern


@settings(max_examples=500)
@given(clauses, st.booleans())
def test_cues_are_the_same_without_the_endings(clause, optative):
    with_endings = obligations.find_cue(clause, optative=optative)
    saved = dict(obligations._ENDINGS)
    obligations._ENDINGS.update({pattern: ("",) for pattern in saved})  # every word passes
    try:
        assert obligations.find_cue(clause, optative=optative) == with_endings
    finally:
        obligations._ENDINGS.update(saved)


# one made-up clause each pattern matches, at its shortest
EXAMPLES = [
    "сатуға тыйым салынады.", "сатып алуға тыйым салу белгіленсін.", "олар құқылы емес;",
    "оның құқығы жоқ.", "қатыса алмайды.", "жол берілмейді.", "ол беруге тиіс емес.",
    "тіркелмеуге тиіс.", "қабылданбайды.", "Министрлік құқылы:", "оның құқығы бар.",
    "құқығын сақтайды.", "рұқсат етіледі.", "жол беріледі.", "өзгерту мүмкін.",
    "енгізуге болады.", "қатыса алады.", "беруге тиіс.", "ол міндеттеледі.",
    "Министрлікке жүктелсін.", "орындайтын болады.", "жүргізсін.", "береді.",
]


def test_every_pattern_matches_an_example_that_passes_its_ending():
    for pattern in PATTERNS:
        matched = [clause for clause in EXAMPLES if pattern.search(clause)]
        assert matched, pattern
        for clause in matched:
            last = obligations._LAST_WORD.search(clause).group().casefold()
            assert last.endswith(obligations._ENDINGS[pattern]), (pattern, clause)
