"""Pathological input must convert in bounded time: guards against catastrophic backtracking.

The bounds are generous on purpose (CI machines are slow and shared): they catch
quadratic or exponential blow-up — minutes or hours on these inputs — not a
slower-than-usual run. Each input also goes through the invariant checks.
"""

from __future__ import annotations

import random
import time

import pytest
from invariants import check_document, convert_text

BOUND_SECONDS = 20.0
KAZAKH_LOWER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
WORDS = ["ынтымақтастығы", "Министрлік", "бір", "ай", "мерзімде", "туралы", "күннен",
         "бастап", "дейін", "кешіктірмей", "5-бабының", "(бұдан", "әрі", "–", "Кеңес)"]


def _long_line() -> str:
    """A 100 000-character line of words: one paragraph, one unit, one clause."""
    rng = random.Random(1)
    words: list[str] = []
    size = 0
    while size < 100_000:
        words.append(rng.choice(WORDS))
        size += len(words[-1]) + 1
    return "1. " + " ".join(words)[:100_000]


CASES = {
    "line_of_100k_characters": _long_line,
    "word_of_100k_letters": lambda: "1. Кеңес " + "ынтымақтастығы" * 7143 + " береді.",
    "brackets_nested_5000_deep": lambda: "1. Кеңес " + "(" * 5000 + "бұдан әрі – Министрлік"
    + ")" * 5000 + " есеп береді.",
    # the double space makes the line unclean, so its pieces are judged and joined
    "50k_pieces_split_before_i": lambda: "1.  Министрл" + " ікт" * 50_000 + " береді.",
    "20k_letters_spaced_out": lambda: " ".join(
        random.Random(2).choice(KAZAKH_LOWER) for _ in range(20_000)),
    "20k_number_words": lambda: "1. Кеңес " + "он " * 20_000 + "ішінде береді.",
    "20k_numbered_labels": lambda: "1. " + "1-" * 20_000 + "бабының тармағы",
    "20k_initials_in_a_point": lambda: "1. Кеңес " + "К. " * 20_000 + "береді.",
    "100k_line_of_commas": lambda: "1. " + "Кеңес, " * 14_000 + "береді.",
    "4k_definitions_in_a_point": lambda: "1. " + "Кеңес (бұдан әрі – К) " * 4_000 + "береді.",
    "4k_references_in_a_point": lambda: "1. " + "осы Қағидалардың 5-бабының " * 4_000 + "сәйкес.",
    "6k_deadlines_in_a_point": lambda: "1. Кеңес " + "бір ай мерзімде " * 6_000 + "береді.",
}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input_converts_in_bounded_time(name: str) -> None:
    text = CASES[name]()
    started = time.perf_counter()
    doc = convert_text(text)
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.1f} s"
    check_document(doc)
    assert doc["text"].strip()
    if name == "50k_pieces_split_before_i":  # the pieces were joined, one repair says so
        assert doc["text"] == "1. Министрл" + "ікт" * 50_000 + " береді."
        assert [r["kind"] for r in doc["repairs"]] == ["whitespace", "split_word"]
