"""Latin look-alike letters inside Cyrillic words (made-up lines in the style of 1990s acts)."""

from __future__ import annotations

from helpers import norm

from pipeline.letters import fix_lookalikes


def test_lookalikes_inside_cyrillic_words_become_cyrillic():
    assert fix_lookalikes("Yкiметi") == "Үкіметі"
    assert fix_lookalikes("Pecпубликасы") == "Республикасы"
    assert fix_lookalikes("ШЕШIМ") == "ШЕШІМ"
    assert fix_lookalikes("әрбiр") == "әрбір"


def test_latin_words_numbers_and_sizes_stay():
    for token in ("Microsoft", "30x40", "ISO", "www.adilet.zan.kz", "2015"):
        assert fix_lookalikes(token) == token


def test_lookalike_repairs_are_recorded_per_word():
    result = norm("Қазақстан Pecпубликасының Yкiметi ШЕШIМ қабылдады, 30x40 мм.\n")
    assert result.text == "Қазақстан Республикасының Үкіметі ШЕШІМ қабылдады, 30x40 мм."
    pairs = [(r.before, r.after) for r in result.repairs if r.kind == "lookalike"]
    assert pairs == [("Pecпубликасының", "Республикасының"), ("Yкiметi", "Үкіметі"),
                     ("ШЕШIМ", "ШЕШІМ")]


def test_typos_of_the_original_are_not_fixed():
    text = "ТМД-ға қатысушы мемлекетттердің тиісті хаттмамен ресімделеді, Келсімнің күші.\n"
    assert norm(text).text == text.strip()
