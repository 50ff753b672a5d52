"""Definitions and cross-references on made-up sentences, and the spaCy integration."""

from __future__ import annotations

import time

import spacy

import pipeline.extract  # noqa: F401 - registers the "kk" language and the components
from pipeline.extract.definitions import find_definitions
from pipeline.extract.references import find_references


def test_parenthetical_definitions_with_both_dashes():
    text = ("Қазақстан Республикасы Сыртқы істер министрлігі (бұдан әрі - Министрлік) және "
            "Тәуелсіз Мемлекеттер Достастығы (бұдан әрі – ТМД)")
    found = [(d.term, d.expansion) for d in find_definitions(text)]
    assert found == [("Министрлік", "Қазақстан Республикасы Сыртқы істер министрлігі"),
                     ("ТМД", "және Тәуелсіз Мемлекеттер Достастығы")]


def test_named_as_and_term_means():
    (named,) = find_definitions("Бұдан әрі Тараптар деп аталатын мемлекеттердің үкіметтері")
    assert (named.term, named.expansion) == ("Тараптар", "мемлекеттердің үкіметтері")
    (means,) = find_definitions("«Өнеркәсіп» термині салалардың жиынтығын білдіреді.")
    assert (means.term, means.expansion) == ("Өнеркәсіп", "салалардың жиынтығын")


def test_glossary_items_only_under_a_glossary_chapeau():
    item = "халықаралық іс-шаралар - шетелде өткізілетін іс-шаралар;"
    assert find_definitions(item) == []
    (d,) = find_definitions(item, in_glossary=True)
    assert (d.term, d.expansion) == ("халықаралық іс-шаралар", "шетелде өткізілетін іс-шаралар")


def test_internal_reference_chains():
    (ref,) = find_references("осы Қағидалардың 5-бабының 2-тармағының 3) тармақшасына сәйкес")
    assert [(kinds[0], num) for kinds, num in ref.steps] == [
        ("art", "5"), ("para", "2"), ("subpara", "3")]
    assert ref.external is None
    (this,) = find_references("Осы тармақтың талаптары қолданылмайды.")
    assert this.this_unit == "тармақ"


def test_reference_to_another_act_is_external():
    (ref,) = find_references(
        "«Дипломатиялық қызмет туралы» 2002 жылғы 7 наурыздағы Қазақстан Республикасының "
        "Заңы 5-бабының 8) тармақшасына сәйкес")
    assert ref.external == {"act_type": "law", "title": "Дипломатиялық қызмет туралы",
                            "date": "2002-03-07", "article": "5", "subpoint": "8"}


def test_spacy_blank_kk_with_the_components():
    nlp = spacy.blank("kk")
    for name in ("kazlegal_definitions", "kazlegal_deadlines", "kazlegal_obligations",
                 "kazlegal_references"):
        nlp.add_pipe(name)
    doc = nlp("Министрлік (бұдан әрі - Министрлік) есепті он жұмыс күні ішінде береді.")
    (obligation,) = doc.spans["kazlegal_obligations"]
    assert obligation._.kazlegal.modality == "obligation"
    (deadline,) = doc.spans["kazlegal_deadlines"]
    assert deadline.text == "он жұмыс күні ішінде"
    assert deadline._.kazlegal.duration == "P10D" and deadline._.kazlegal.working_days
    assert [t.text for t in nlp.make_doc("№ 696-1, 5-бабының 8) тармақшасы")] == [
        "№", "696-1", ",", "5-бабының", "8)", "тармақшасы"]


def test_a_reference_span_holds_exactly_its_text():
    # bug: the chain's trailing space was in the span but not in the text
    text = "осы Қағидалардың 5-бабының 8) тармақшасына сәйкес және 3-тармақта"
    found = find_references(text)
    assert [r.text for r in found] == ["осы Қағидалардың 5-бабының 8) тармақшасына", "3-тармақта"]
    for r in found:
        assert text[r.start:r.end] == r.text


# --- bounded time on pathological text (each took long before its fix) -----------------------


def test_many_definitions_in_one_unit_do_not_reread_the_text_before_each():
    # bug: the expansion of each `(бұдан әрі – X)` was found by scanning all the text before it
    text = "Кеңес, Министрлік (бұдан әрі – М) " * 6_000
    started = time.perf_counter()
    found = find_definitions(text)
    assert time.perf_counter() - started < 5
    assert len(found) == 6_000 and {(d.term, d.expansion) for d in found} == {("М", "Министрлік")}


def test_many_references_in_one_unit_read_only_the_words_before_each():
    # bug: `осы Қағидалардың` / `... Заңы` were searched for in all the text before each chain
    text = "осы Қағидалардың 5-бабына және Заңының 3-бабына сәйкес, " * 3_000
    started = time.perf_counter()
    found = find_references(text)
    assert time.perf_counter() - started < 5
    assert len(found) == 6_000
    assert found[0].text == "осы Қағидалардың 5-бабына" and found[0].external is None
    assert found[1].text == "Заңының 3-бабына" and found[1].external["act_type"] == "law"
