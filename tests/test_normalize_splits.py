"""Words split before a narrow glyph (і, : ; ,), joined with the document's vocabulary.

Made-up documents: a clean paragraph teaches the vocabulary, a stretched line
carries the damage.
"""

from __future__ import annotations

import time

from helpers import norm

CLEAN = (
    "      1. Мемлекеттік органдар шет мемлекеттердің өкілдерімен кездесулер өткізеді, "
    "консультациялар жүргізуі қажет, Министрліктің сұратуы бойынша іске асырады.\n"
)


def test_pieces_that_are_not_words_join_into_a_known_word():
    result = norm(CLEAN + "      2. Олар олардың өк ілдер імен  ресми кездесулер өткізеді.\n")
    assert "олардың өкілдерімен ресми" in result.text
    split = [r for r in result.repairs if r.kind == "split_word"]
    assert [(r.before, r.after) for r in split] == [("өк ілдер імен", "өкілдерімен")]


def test_three_piece_split_before_i():
    result = norm(CLEAN + "      2. Министрл ікт ің  лауазымды адамдарымен ;\n")
    assert "Министрліктің лауазымды адамдарымен;" in result.text


def test_lone_narrow_glyph_always_joins():
    result = norm(CLEAN + "      2. Бағытын жүргізу і  мақсатында  Министрлік :\n")
    assert "жүргізуі мақсатында Министрлік:" in result.text


def test_a_known_word_starting_with_i_stays_separate():
    result = norm(CLEAN + "      2. Кеңес  өз  функцияларын іске  асыру  үшін :\n")
    assert "функцияларын іске асыру үшін:" in result.text


def test_a_form_of_a_known_verb_in_i_is_a_word_the_document_never_wrote():
    # `істейді`, `ілесіп`: forms of known stems (`істеу`, `ілесу`) the document writes only
    # here; a known word before them does not take them in (`жұмысістейді`)
    result = norm(CLEAN + "      2. Тараптар өзара жұмыс істейді.\n")
    assert "Тараптар өзара жұмыс істейді." in result.text


def test_a_word_that_takes_no_ending_takes_no_piece_in_i():
    # `және`, `сондай-ақ` never inflect: `іскерлік`, `істің` after them are words, even
    # unknown ones (an old act's `iскерлiк` with a Latin `i` the vocabulary never saw)
    result = norm(CLEAN + "      2. Сауда және іскерлік байланыстар, сондай-ақ істің жай-күйі.\n")
    assert "Сауда және іскерлік байланыстар, сондай-ақ істің жай-күйі." in result.text


def test_no_join_without_evidence():
    # `ісі` is unknown but `мемлекеттің` is a clean word: both could be words, keep apart
    result = norm("      1. Мемлекеттің ісі бар.\n      2. Мемлекеттің өкілі бар.\n")
    assert "Мемлекеттің ісі бар." in result.text


def test_thousands_of_pieces_join_in_linear_time():
    # bug: every join looked the ever longer joined word up in the vocabulary (quadratic)
    started = time.perf_counter()
    result = norm("      1.  Министрл" + " ікт" * 30_000 + " береді.\n")
    assert time.perf_counter() - started < 10
    assert result.text == "1. Министрл" + "ікт" * 30_000 + " береді."
    assert [r.kind for r in result.repairs] == ["whitespace", "split_word"]


def test_a_token_longer_than_any_word_is_never_known():
    from pipeline.normalize.vocabulary import MAX_WORD_LENGTH, Vocabulary

    vocab = Vocabulary(use_hunspell=False)
    vocab.add(["кеңес", "а" * (MAX_WORD_LENGTH + 1)])
    assert "Кеңес" in vocab and "«кеңес»" in vocab
    assert "а" * (MAX_WORD_LENGTH + 1) not in vocab
