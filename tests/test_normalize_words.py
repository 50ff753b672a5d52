"""Letter-spacing and stray white space: unit tests on made-up lines.

Every input line here is a made-up example written in the style of the
stream-order extractions described in shared/RESEARCH.md §1.
"""

from __future__ import annotations

from helpers import norm


def kinds(result) -> list[str]:
    return [r.kind for r in result.repairs]


def test_multi_word_letter_spaced_line_uses_double_spaces_as_word_gaps():
    result = norm("ө т к і з у  ж ә н е  п і к і р  а л м а с у .\n")
    assert result.text == "өткізу және пікір алмасу."
    assert kinds(result).count("letter_spacing") == 4


def test_one_word_letter_spaced_line():
    assert norm("қ о й ы л с ы н .\n").text == "қойылсын."


def test_letter_spaced_digits_and_number_sign_in_a_stamp():
    result = norm("Қ а з а қ с т а н  Р е с п у б л и к а с ы  \n"
                  " №  6 9 6 - 1  қ а у л ы с ы м е н     \n")
    assert result.text == "Қазақстан Республикасы № 696-1 қаулысымен"


def test_empty_blank_of_a_draft_is_kept():
    # `2015 жылғы « »`: the date blank of a draft stays as it is
    assert norm("2 0 1 5  ж ы л ғ ы  «  »   \n").text == "2015 жылғы « »"


def test_letter_spaced_run_inside_a_normal_line():
    result = norm("Кеңес хатшылығы ж ү з е г е  а с ы р а д ы .\n")
    assert result.text == "Кеңес хатшылығы жүзеге асырады."


def test_double_spaces_in_a_normal_line_are_collapsed_and_recorded():
    result = norm("ТМД Атқарушы комитетінің өкілі  кіруі мүмкін.\n")
    assert result.text == "ТМД Атқарушы комитетінің өкілі кіруі мүмкін."
    (repair,) = result.repairs
    assert repair.kind == "whitespace" and repair.before == "  " and repair.after == " "
    assert result.text[repair.span[0]:repair.span[1]] == " "


def test_normal_short_words_are_not_taken_for_letter_spacing():
    line = "Ол 5 және 6 бап, а) тармақ бойынша жүзеге асырылады.\n"
    assert norm(line).text == line.strip()


def test_repair_spans_point_at_their_after_text():
    result = norm("Кеңес  өз  функцияларын іске  асыру  үшін :\n"
                  "қ ұ р у ғ а .\n")
    for repair in result.repairs:
        start, end = repair.span
        assert result.text[start:end] == repair.after.replace("\n", " ") or repair.kind in (
            "page_furniture",)
