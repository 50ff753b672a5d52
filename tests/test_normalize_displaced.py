"""Words drawn out of reading order in stream-order text: put back and flagged.

The two lines are made up in the shape of the two cases in the sample corpus.
"""

from __future__ import annotations

from helpers import norm


def test_word_glued_after_the_sentence_end_goes_back_to_the_double_space():
    result = norm("      1. Қоса беріліп отырған кеңес құру туралы  жобасы мақұлдансын.келісімнің\n"
                  "      2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    assert result.text.splitlines()[0] == (
        "1. Қоса беріліп отырған кеңес құру туралы келісімнің жобасы мақұлдансын.")
    (moved,) = [r for r in result.repairs if r.kind == "displaced_link"]
    assert moved.before == "жобасы мақұлдансын.келісімнің"
    assert moved.after == "келісімнің жобасы мақұлдансын."
    assert result.text[moved.span[0]:moved.span[1]] == moved.after


def test_dangling_genitive_goes_back_before_the_possessed_noun():
    result = norm("      «Дипломатиялық қызметі туралы» Заңы  8) тармақшасына сәйкес 5-бабының\n"
                  "Қ А У Л Ы  Е Т Е М І Н :\n")
    assert result.text == (
        "«Дипломатиялық қызметі туралы» Заңы 5-бабының 8) тармақшасына сәйкес ҚАУЛЫ ЕТЕМІН:")


def test_genitive_that_continues_on_the_next_line_stays():
    text = ("      2. Кеңес өз қызметін жүзеге асыратын және ТМД Үкімет  басшыларының\n"
            "кеңесіне есеп береді.\n")
    assert norm(text).text == (
        "2. Кеңес өз қызметін жүзеге асыратын және ТМД Үкімет басшыларының кеңесіне есеп береді.")


def test_no_move_without_a_gap_to_move_into():
    text = "      1. Кеңес туралы жобасы мақұлдансын.келісімнің\n"
    result = norm(text)
    assert "displaced_link" not in [r.kind for r in result.repairs]
    assert result.text == "1. Кеңес туралы жобасы мақұлдансын.келісімнің"
