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
         "белгіленсін", "құқығын", "сақтайды", "Тараптар", "х2", "_", "болғызбайтын",
         "уәкілдік", "берілген", "хақылы"]
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
    "жол болғызбайтын болады.", "Президентіне уәкілдік берілген.",
]


def test_every_pattern_matches_an_example_that_passes_its_ending():
    for pattern in PATTERNS:
        matched = [clause for clause in EXAMPLES if pattern.search(clause)]
        assert matched, pattern
        for clause in matched:
            last = obligations._LAST_WORD.search(clause).group().casefold()
            assert last.endswith(obligations._ENDINGS[pattern]), (pattern, clause)


# white space of other kinds, hyphens and digits: where the last words start is counted
# with `str.split`, the patterns' `\s` and `\W` are the regex module's
SEPARATORS = [" ", "  ", "\n", "\xa0", " - ", "\t", "\u2009", "\x1c"]
spaced_clauses = st.tuples(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                                    min_size=1, max_size=8),
                           st.sampled_from(PUNCTUATION)).map(
    lambda t: "".join(w + s for w, s in t[0]).rstrip() + t[1])
NOT_DUTY_WORDS = ["болып", "табылады", "табылады.", "күшіне", "енеді", "редакцияда", "жазылсын",
                  "деп", "есептеледі", "болады", "енгізуге", "мүмкін", "сәйкес", "келеді"]
no_duty_clauses = st.tuples(st.lists(st.tuples(st.sampled_from(WORDS + NOT_DUTY_WORDS),
                                               st.sampled_from(SEPARATORS)),
                                     min_size=1, max_size=8),
                            st.sampled_from(PUNCTUATION)).map(
    lambda t: "".join(w + s for w, s in t[0]).rstrip() + t[1])


def _same_match(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@settings(max_examples=800)
@given(st.one_of(clauses, spaced_clauses, no_duty_clauses))
def test_cues_start_within_the_last_words(clause):
    """A cue pattern (or NOT_DUTY) searched from `_cue_words_start` finds what a search of the
    whole text finds: no match starts before it."""
    last = obligations._LAST_WORD.search(clause)
    start = obligations._cue_words_start(clause, last.end()) if last else 0
    for pattern in PATTERNS + [obligations.NOT_DUTY]:
        assert _same_match(pattern.search(clause), pattern.search(clause, start)), pattern


def test_not_duty_found_from_the_last_words():
    for clause, no_duty in [("Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.", True),
                            ("Бұл орган уәкілетті орган болып табылады.", True),
                            ("Осы қаулы 2024 жылы күшіне енеді", True),
                            ("Оған өзгерістер енгізуге болады.", False),  # a permission
                            ("Осы қаулы мемлекеттік тіркелген күннен бастап\nқолданысқа "
                             "енгізіледі", True)]:
        last = obligations._LAST_WORD.search(clause)
        start = obligations._cue_words_start(clause, last.end())
        assert start > 0
        assert (obligations.NOT_DUTY.search(clause, start) is not None) is no_duty
        assert obligations.no_duty(clause) is no_duty


@settings(max_examples=500)
@given(st.one_of(clauses, spaced_clauses, st.text(alphabet="аб-(),  1", max_size=40)),
       st.integers(min_value=0, max_value=80))
def test_words_before_are_the_words_of_the_prefix(text, end):
    end = min(end, len(text))
    obligations._words_and_ends.cache_clear()
    assert obligations.words_before(text, end) == obligations.words_of(text[:end])


heads = st.text(alphabet="кездеКЕЗДЕжағдайЖАҒДАЙболсаБОЛСАған ,\nᲀ", max_size=40) | st.lists(
    st.sampled_from(["кезде", "КЕЗДЕ", "жағдайда", "Жағдайларда", "болса", "болған", "кезде,",
                     "алса", "келсе", "алса ,", "Министрлік", "ᲀ", ",", "егер"]),
    max_size=8).map(" ".join)


@settings(max_examples=800)
@given(heads)
def test_subordinate_end_needs_its_words(head):
    if obligations.SUBORDINATE_END.search(head):
        assert obligations._may_have_subordinate_end(head)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["және", "Және", "әрі", ",", "сондай-ақ", "бұл", "береді",
                                 "жүргізеді", "Министрлік", " ", "\n"]), max_size=10).map(" ".join))
def test_commas_are_found_whatever_the_prefilter(sentence):
    assert [m.span() for m in obligations._commas(sentence)] == \
        [m.span() for m in obligations._COMMA.finditer(sentence)]


DEADLINE_WORDS = ["он", "екі", "15", "(он", "бес)", "жұмыс", "күнтізбелік", "күн", "күннен",
                  "күні", "айдан", "жыл", "сағат", "тоқсан", "апта", "жарты", "ішінде", "мерзімде",
                  "мерзім", "мерзімге", "бойы", "аспайды", "аспайтын", "аспауы", "тиіс", "дейінгі",
                  "өткенге", "дейін", "кешіктірмей", "кешіктірілмей", "бұрын", "кемінде", "өткен",
                  "соң", "өткеннен", "кейін", "бастап", "алғаннан", "Күн", "ІШІНДЕ", ",", "бір"]
deadline_texts = st.lists(st.sampled_from(DEADLINE_WORDS), min_size=1, max_size=10).map(" ".join)


@settings(max_examples=1000)
@given(deadline_texts)
def test_deadline_patterns_need_their_guards(text):
    import pipeline.extract.deadlines as deadlines

    for name, pattern in deadlines.PATTERNS:
        if name in deadlines.GUARDS and pattern.search(text):
            assert deadlines.GUARDS[name].search(text), name


def test_every_guarded_pattern_matches_an_example():
    import pipeline.extract.deadlines as deadlines

    examples = {"within": "он жұмыс күні ішінде", "not_exceeding": "үш айдан аспайды",
                "before_lapse": "алты ай өткенге дейін", "not_later_than": "үш күннен кешіктірмей",
                "before": "кемінде бес күн бұрын", "after": "бір жыл өткен соң",
                "before_left": "кемінде бір ай қалғанда", "after_span": "алты айдан кейін"}
    patterns = dict(deadlines.PATTERNS)
    assert set(examples) == set(deadlines.GUARDS)
    for name, text in examples.items():
        assert patterns[name].search(text) and deadlines.GUARDS[name].search(text), name


@settings(max_examples=800)
@given(st.text(alphabet="аБ К.;!? \n«5", max_size=30))
def test_sentences_without_inner_marks_are_one(text):
    spans = []
    start = 0
    for m in obligations._SENTENCE_BREAK.finditer(text):  # _sentences without its shortcut
        if obligations._ends_with_initial(text, start, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    assert obligations._sentences(text) == [(a, b) for a, b in spans if text[a:b].strip()]


REFERENCE_WORDS = ["5-бабының", "2-тармағы", "8)", "тармақшасына", "9", "және", "10-баптарында",
                   "осы", "Осы", "тармақтың", "ТАРМАҚТЫҢ", "1-қосымшаға", "ҚОСЫМША", "№", "2",
                   "қосымша", "Бөлімі", "3-тарау", "параграфы", "абзацы", "Қағидалардың",
                   "Заңы", "ᲀ", ",", "5-8", "Тармақ"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(REFERENCE_WORDS), min_size=1, max_size=8).map(" ".join))
def test_reference_patterns_need_their_words(text):
    import pipeline.extract.references as references

    folded = text.casefold()
    units = any(stem in folded for stem in references._UNIT_STEMS)
    if references.CHAIN.search(text) or references.THIS_UNIT.search(text):
        assert units
    if references.ANNEX.search(text):
        assert "қосымша" in folded


WITHIN_LEAD = r"(?<![\p{L}\d])(?=[\p{L}\d])"


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(DEADLINE_WORDS + ["_", "-", "«", "тіркегеннен", "алғаннан",
                                                  "кейін", "x5", "5-"]), min_size=1,
                max_size=10).map(" ".join) | st.text(alphabet="күн 5ішінде_-жұмыс", max_size=30))
def test_within_starts_at_a_word(text):
    """The `within` pattern's leading assertion only says what its alternatives require."""
    import regex

    import pipeline.extract.deadlines as deadlines

    within = dict(deadlines.PATTERNS)["within"]
    assert within.pattern.startswith(WITHIN_LEAD)
    plain = regex.compile(within.pattern[len(WITHIN_LEAD):], within.flags)
    assert [(m.span(), m.groupdict()) for m in within.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=800)
@given(st.text(alphabet="ақ5-«», \n\xa0_.", max_size=50), st.integers(min_value=0, max_value=50))
def test_anchor_words_found_from_the_last_word(text, start):
    import pipeline.extract.deadlines as deadlines

    start = min(start, len(text))
    expected = start
    for _ in range(deadlines.ANCHOR_WORDS):  # _extend_anchor, searching all of its window
        m = deadlines._WORD_BEFORE.search(text, max(0, expected - 80), expected)
        if m is None:
            break
        expected = m.start()
    assert deadlines._extend_anchor(text, start) == expected


@settings(max_examples=800)
@given(deadline_texts | st.lists(st.sampled_from(
    ["бастап", "КЕШІКТІРМЕЙ", "дейін", "шейін", "Кейін", "соң", "мерзім", "бұрын", "сайын", "рет",
     "берет", "аспайды", "күні", "күнін", "негізде", "әрбір", "бойы", "жылғы", "ᲀ", "Министрлік",
     "алады"]), max_size=6).map(" ".join))
def test_deadline_triggers_need_their_words(text):
    import pipeline.extract.deadlines as deadlines

    if deadlines._TRIGGERS.search(text):
        folded = text.casefold()
        assert any(word in folded for word in deadlines._TRIGGER_WORDS)
