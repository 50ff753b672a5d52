"""Definitions and cross-references on made-up sentences, and the spaCy integration."""

from __future__ import annotations

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
