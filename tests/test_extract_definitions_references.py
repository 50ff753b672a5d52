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
    # a comma between digits is part of a number, no boundary of the expansion
    (d,) = find_definitions("Зиратта 0,5 метрге биік үйме (бұдан әрі – төмпешік) салынады.")
    assert d.expansion.endswith("0,5 метрге биік үйме")
    # made-up: `одан әрі`, a variant of `бұдан әрі` some acts write
    (d,) = find_definitions("Аттестаттауды кадр қызметтері (одан әрі - кадр қызметтері) "
                            "ұйымдастырады.")
    assert d.term == "кадр қызметтері"


def test_named_as_and_term_means():
    (named,) = find_definitions("Бұдан әрі Тараптар деп аталатын мемлекеттердің үкіметтері")
    assert (named.term, named.expansion) == ("Тараптар", "мемлекеттердің үкіметтері")
    (means,) = find_definitions("«Өнеркәсіп» термині салалардың жиынтығын білдіреді.")
    assert (means.term, means.expansion) == ("Өнеркәсіп", "салалардың жиынтығын")


def test_the_older_ways_of_naming_a_term():
    # made-up, in the wording of 1990s acts: `бұдан былай ... делінеді`, and the name given
    # after the phrase in a sentence of its own (`..., бұдан әрі Тараптар деп аталады,`)
    (d,) = find_definitions("Халықаралық валюта қорының (бұдан былай \"Қор\" делінеді) "
                            "мүшелігіне кіру")
    assert (d.term, d.expansion) == ("Қор", "Халықаралық валюта қорының")
    (d,) = find_definitions("Қазақстан Республикасының Үкіметі мен Тәжікстан Республикасының "
                            "Үкіметі, бұдан әрі Тараптар деп аталады, төмендегілер жайында "
                            "келісті:")
    assert (d.term, d.expansion) == (
        "Тараптар", "Қазақстан Республикасының Үкіметі мен Тәжікстан Республикасының Үкіметі")


def test_a_term_whose_meaning_is_the_list_that_follows():
    # made-up, as investment agreements write it: the verb closes the list's last item
    (d,) = find_definitions("«Инвестор» термині бір Тараптың жеке немесе заңды тұлғаны:")
    assert (d.term, d.expansion) == ("Инвестор", "бір Тараптың жеке немесе заңды тұлғаны")
    (d,) = find_definitions("«Аумақ» термині:")
    assert (d.term, d.expansion) == ("Аумақ", None)
    # a term said in the sentence is found once; a quoted word before a colon is no term
    assert len(find_definitions("«Кірістер» термині пайданы білдіреді, атап айтқанда:")) == 1
    assert find_definitions("«2562» деген сандар мынадай:") == []


def test_glossary_items_only_under_a_glossary_chapeau():
    item = "халықаралық іс-шаралар - шетелде өткізілетін іс-шаралар;"
    assert find_definitions(item) == []
    (d,) = find_definitions(item, in_glossary=True)
    assert (d.term, d.expansion) == ("халықаралық іс-шаралар", "шетелде өткізілетін іс-шаралар")
    # (made-up treaty, as pdfplumber glues the dash to a quoted term; a hyphenated word
    # is no term)
    (d,) = find_definitions('"тұлға"-жеке немесе заңды тұлға;', in_glossary=True)
    assert (d.term, d.expansion) == ("тұлға", "жеке немесе заңды тұлға")
    assert find_definitions("бір-бірімен ақпарат алмасу;", in_glossary=True) == []


def test_a_glossary_chapeau_may_name_its_terms_a_conceptual_apparatus():
    from pipeline.extract.definitions import GLOSSARY_CHAPEAU
    from pipeline.extract.ru.definitions import GLOSSARY_CHAPEAU as RU_GLOSSARY_CHAPEAU

    assert GLOSSARY_CHAPEAU.search("Нұсқаулықта келесі ұғымдық аппарат қолданылады:")
    assert RU_GLOSSARY_CHAPEAU.search("Инструкция содержит следующий понятийный аппарат:")
    assert not RU_GLOSSARY_CHAPEAU.search("Заявление содержит следующие сведения:")


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
    # (made-up, in the shape of a 2000 resolution: a decree's name voices its last
    # consonant before the possessive, `Жарлық` -> `Жарлығы`)
    (ref,) = find_references("1995 жылғы 12 желтоқсандағы N 2679 заң күші бар Жарлығы "
                             "16-бабының 1-тармағына сәйкес")
    assert ref.external == {"act_type": "decree", "date": "1995-12-12", "article": "16",
                            "point": "1"}


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


# --- forms found on the dev corpus (made-up sentences in their shape) ------------------------


def test_definitions_named_after_with_the_participle_and_with_degenimiz():
    (parties,) = find_definitions(
        "Қазақстан Республикасының Үкіметі мен Корея Республикасының Үкіметі (бұдан әрі - "
        "Тараптар деп аталатын),")
    assert parties.term == "Тараптар"
    (credit,) = find_definitions("Бюджеттік кредит дегеніміз жергілікті бюджеттен берілетін "
                                 "ақша қаражаты.")
    assert (credit.term, credit.expansion) == (
        "Бюджеттік кредит", "жергілікті бюджеттен берілетін ақша қаражаты")


def test_a_glossary_run_into_one_paragraph_gives_one_term_per_sentence():
    text = ("1. Осы Ережелерде төмендегі ұғымдар пайдаланылады: Кредит беруші - облыстың әкімі. "
            "Қарыз алушы (заемшы) дегеніміз облыста тіркелген заңды тұлғалар. Бағдарламаның "
            "әкімшісі - облыстық ауыл шаруашылығы департаменті.")
    assert [d.term for d in find_definitions(text)] == [
        "Кредит беруші", "Қарыз алушы (заемшы)", "Бағдарламаның әкімшісі"]


def test_glossary_items_with_a_parenthesis_in_the_term_or_no_space_after_the_dash():
    found = find_definitions("сауда саласындағы уәкілетті орган (бұдан әрі – уәкілетті орган) – "
                             "сауда саясатын қалыптастыратын орталық атқарушы орган;",
                             in_glossary=True)
    assert {(d.term, d.expansion.split()[-2]) for d in found} == {
        ("сауда саласындағы уәкілетті орган", "атқарушы"),
        ("уәкілетті орган", "уәкілетті")}
    (barracks,) = find_definitions("казарма (жатақхана) - курсанттарды орналастыруға арналған "
                                   "құрылыс;", in_glossary=True)
    assert barracks.term == "казарма (жатақхана)"
    (tools,) = find_definitions("тексеру құралдары –«Тізбе» бұйрығына сәйкес құралдар;",
                                in_glossary=True)
    assert tools.term == "тексеру құралдары"


def test_glossary_chapeau_with_the_participle_first():
    from pipeline.extract.definitions import GLOSSARY_CHAPEAU
    assert GLOSSARY_CHAPEAU.search("Осы Келісімде пайдаланылатын негізгі ұғымдар мен терминдер:")
    assert not GLOSSARY_CHAPEAU.search("Осы Келісім мемлекеттердің азаматтарына қолданылады:")


def test_a_list_of_short_terms_and_dashes_is_a_glossary_but_not_a_list_of_sides():
    from pipeline.extract.definitions import looks_like_glossary_item
    assert looks_like_glossary_item("аға менеджерлер - бірінші басшылар және олардың орынбасарлары;")
    assert not looks_like_glossary_item("Қазақстан Республикасы тарапынан - Инвестициялар "
                                        "министрлігі;")
    assert not looks_like_glossary_item("Түрікменстанға қатысты - азаматтың паспорты;")


def test_several_numbers_of_one_unit_word_are_one_reference_each():
    def targets(text):
        return [[(kinds[0], num) for kinds, num in r.steps] for r in find_references(text)]
    assert targets("осы Келісімнің 9 және 10-баптарында") == [[("art", "9")], [("art", "10")]]
    assert targets("3-бабының 1), 2) және 3) тармақшаларында") == [
        [("art", "3"), ("subpara", n)] for n in ("1", "2", "3")]
    assert targets("Ережелердің 5-8 тармақтарын") == [[("para", str(n))] for n in range(5, 9)]
    assert targets("(1, 2-қосымшалар)") == [[("annex", "1")], [("annex", "2")]]
    assert targets("Заңының 22-3-бабына") == [[("art", "22-3")]]


def test_an_unnumbered_annex_needs_its_act_named_before_it():
    assert [r.act for r in find_references("осы қаулыға қосымшаға сәйкес")] == ["қаулы"]
    assert find_references("2 фотосурет қосымша беріледі") == []  # "additional"


def test_references_resolve_across_components_and_to_the_rules_own_annexes():
    # a made-up order approving Rules that have two annexes of their own
    from pathlib import Path

    from invariants import convert_text

    text = (Path(__file__).parent / "fixtures/madeup/order-rules-annexes.txt").read_text()
    doc = convert_text(text)
    assert [(c["eid"], c["type"]) for c in doc["components"]] == [
        ("main", "order"), ("annex_1", "rules"), ("annex_2", "form"), ("annex_3", "form")]
    refs = {(r["unit"], r["target"]) for r in doc["references"] if r["target"]}
    assert refs == {
        ("main/para_2", "main/para_1"),
        # `Қағидалардың 3 және 4-тармақтарын` in the order: points of the Rules
        ("main/para_2", "annex_1/chp_1/para_3"), ("main/para_2", "annex_1/chp_1/para_4"),
        # `осы Қағидаларға 1-қосымшаға`: the Rules' annex 1 is the document's annex_2
        ("annex_1/chp_1/para_2", "annex_2"), ("annex_1/chp_1/para_3", "annex_3"),
        ("annex_1/chp_1/para_4", "annex_1/chp_1/para_2"),
        ("annex_1/chp_1/para_4", "annex_1/chp_1/para_3")}


def test_a_chain_with_a_displaced_genitive_is_read_from_the_larger_unit():
    # pdftotext -raw leaves a genitive the PDF drew apart after its noun (made-up sentence)
    (ref,) = find_references("осы Келісімнің 4) тармақшасында 3-бабының көрсетілген")
    assert [(kinds[0], num) for kinds, num in ref.steps] == [("art", "3"), ("subpara", "4")]


def test_an_annexs_own_header_in_its_stamp_is_no_reference():
    # made-up: the Rules (the act's annex 1) have annexes of their own, each headed
    # `N-қосымша` (the Rules' name above it may be lost to the line before); the header
    # labels the annex, it refers to nothing, though the act's own `1-қосымша` is another
    from helpers import norm

    from pipeline.extract import extract
    from pipeline.segment import segment

    text = ("Қағидаларды бекіту туралы\n"
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "1. Қоса беріліп отырған Қағидалар бекітілсін.\n"
            "Қазақстан Республикасының Премьер-Министрі А. Мамин\n"
            "Қазақстан Республикасы Үкіметінің 2021 жылғы 5 наурыздағы № 120 қаулысына "
            "1-қосымша\n"
            "Қызмет көрсету қағидалары\n"
            "1. Өтініш осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша беріледі.\n"
            "1-қосымша\n"
            "Нысан\n"
            "Өтініш\n")
    normalized = norm(text)
    structure = segment(normalized)
    assert [c.eid for c in structure.components] == ["main", "annex_1", "annex_2"]
    references = extract(structure, normalized.text).references
    assert [r["unit"] for r in references] == ["annex_1/para_1"]


def test_the_points_an_amendment_edits_are_the_amended_acts():
    # made-up: `1-тармақ алып тасталсын` in the amendments annex edits the resolution it
    # names; the annex's own point 1 is no target, `осы тармақ` still is
    from helpers import norm

    from pipeline.extract import extract
    from pipeline.segment import segment

    text = ("Кейбір мәселелер туралы\n"
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "1. Қоса беріліп отырған өзгерістер бекітілсін.\n"
            "Қазақстан Республикасының Премьер-Министрі А. Мамин\n"
            "Қазақстан Республикасы Үкіметінің 2021 жылғы 5 сәуірдегі № 12 қаулысымен бекітілген\n"
            "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер мен "
            "толықтырулар\n"
            "1. «Акциялар туралы» Үкіметтің 1999 жылғы 12 сәуірдегі № 405 қаулысында:\n"
            "«Нұр-Сұлтан қ.» бөлімінде 1-тармақ алып тасталсын.\n"
            "2. Осы тармақтың күші 2022 жылғы 1 қаңтарға дейін қолданылады.\n")
    normalized = norm(text)
    structure = segment(normalized)
    references = extract(structure, normalized.text).references
    assert [(r["text"], r["target"]) for r in references
            if r["text"].startswith(("1-тармақ", "Осы тармақ"))] == [
        ("1-тармақ", None), ("Осы тармақтың", "annex_1/para_2")]


def test_the_items_of_an_amendment_name_points_of_the_act_it_amends():
    # made-up, in the shape of an amending law: the chapeau names the code in the locative,
    # its citation in brackets; the items' articles are the code's, not this law's
    from helpers import norm

    from pipeline.extract import extract
    from pipeline.segment import segment

    text = ("Жер кодексінің қолданылуын тоқтата тұру туралы\n"
            "1-бап. 2003 жылғы 20 маусымдағы Қазақстан Республикасының Жер кодексінде "
            "(Қазақстан Республикасы Парламентінің Жаршысы, 2003 ж., № 13, 99-құжат):\n"
            "1) 24-баптың 1-тармағының бірінші бөлігі тоқтатыла тұрсын;\n"
            "2) 2-баптың қолданылуы тоқтатыла тұрсын.\n"
            "2-бап. Осы Заң қолданысқа енгізіледі.\n")
    normalized = norm(text)
    references = extract(segment(normalized), normalized.text).references
    found = [(r["text"], r["target"], (r["external"] or {}).get("act_type"),
              (r["external"] or {}).get("article")) for r in references]
    assert ("24-баптың 1-тармағының", None, "code", "24") in found
    assert ("2-баптың", None, "code", "2") in found  # not this law's own article 2


def test_a_term_keeps_the_quotes_inside_its_name():
    # made-up: a state enterprise's short name quotes its own name; a quoted term does not
    (d,) = find_definitions("құжаттар «Ақпараттық-өндірістік орталық» кәсіпорнына (бұдан әрі "
                            "– «АӨО» РМК) жолданады.")
    assert d.term == "«АӨО» РМК"
    assert [x.term for x in find_definitions("«Кірістер» термині пайданы білдіреді.")] == [
        "Кірістер"]
