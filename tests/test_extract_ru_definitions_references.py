"""Russian definitions and cross-references on made-up sentences, and their resolution to
the same eids as the Kazakh ones."""

from __future__ import annotations

import time

from helpers import norm

from pipeline.extract import extract
from pipeline.extract.ru.definitions import find_definitions, looks_like_glossary_item
from pipeline.extract.ru.references import annex_label, find_references
from pipeline.segment import segment
from pipeline.segment.model import Component, Metadata, Structure, Unit


def test_parenthetical_definitions_with_both_dashes():
    text = ("Министерство финансов Республики Казахстан (далее - Министерство) и акционерное "
            "общество «Центр развития» (далее – Центр)")
    found = [(d.term, d.expansion) for d in find_definitions(text)]
    assert found == [("Министерство", "Министерство финансов Республики Казахстан"),
                     ("Центр", "и акционерное общество «Центр развития»")]


def test_a_comma_between_digits_is_no_boundary_of_an_expansion():
    (d,) = find_definitions("Допускается насыпь высотой 0,5 метра (далее – холм) над могилой.")
    assert d.term == "холм" and d.expansion.endswith("высотой 0,5 метра")


def test_a_definition_takes_in_the_participial_phrase_and_the_remark_before_it():
    (d,) = find_definitions("официальный дилер – юридическое лицо, осуществляющее продажу "
                            "автомобилей, произведенных в Казахстане (далее – Дилер);")
    assert d.term == "Дилер" and d.expansion.startswith("юридическое лицо")
    (d,) = find_definitions("перечень, утвержденный приказом «Об утверждении перечня "
                            "предметов, запрещенных к вносу» (зарегистрирован в Реестре "
                            "№ 22857) (далее – Перечень)")
    assert d.term == "Перечень" and "предметов, запрещенных" in d.expansion
    (d,) = find_definitions("Настоящие Правила посещения членами семей, являющимися "
                            "гражданами, своих родственников (далее – Правила) определяют")
    assert d.expansion.startswith("Настоящие Правила посещения")


def test_named_as_and_understood_as():
    (named,) = find_definitions("Правительство Республики Казахстан и Правительство "
                                "Кыргызской Республики, далее именуемые Сторонами,")
    assert (named.term, named.expansion) == (
        "Стороны", "Правительство Республики Казахстан и Правительство Кыргызской Республики")
    (quoted,) = find_definitions("Министерство и Банк, именуемые в дальнейшем «Стороны», "
                                 "согласились:")
    assert quoted.term == "Стороны"
    (understood,) = find_definitions("Под апелляцией понимается обжалование решения комиссии.")
    assert (understood.term, understood.expansion) == ("апелляция", "обжалование решения комиссии")
    (means,) = find_definitions("«Аффилированность» означает юридически значимую связь.")
    assert (means.term, means.expansion) == ("Аффилированность", "юридически значимую связь")


def test_glossary_items_only_under_a_glossary_chapeau():
    item = "курсант - лицо, обучающееся в учебном заведении;"
    assert find_definitions(item) == []
    (d,) = find_definitions(item, in_glossary=True)
    assert (d.term, d.expansion) == ("курсант", "лицо, обучающееся в учебном заведении")
    (d,) = find_definitions('"лицо"-физическое или юридическое лицо;', in_glossary=True)
    assert (d.term, d.expansion) == ("лицо", "физическое или юридическое лицо")
    (d,) = find_definitions("контрольно-пропускной пункт – это специальное помещение;",
                            in_glossary=True)
    assert (d.term, d.expansion) == ("контрольно-пропускной пункт", "специальное помещение")
    found = find_definitions("уполномоченный орган в области науки (далее – уполномоченный "
                             "орган) – государственный орган;", in_glossary=True)
    assert sorted(d.term for d in found) == ["уполномоченный орган",
                                             "уполномоченный орган в области науки"]


def test_a_glossary_by_its_chapeau_or_its_items():
    from pipeline.extract.ru.definitions import GLOSSARY_CHAPEAU

    assert GLOSSARY_CHAPEAU.search("В настоящих Правилах используются следующие понятия:")
    assert GLOSSARY_CHAPEAU.search("применяются следующие основные понятия и определения:")
    assert GLOSSARY_CHAPEAU.search("Основные понятия, используемые в настоящих Правилах:")
    assert not GLOSSARY_CHAPEAU.search("Комиссия рассматривает следующие вопросы:")
    assert looks_like_glossary_item("казарма (общежитие) – сооружение для размещения;")
    # says when, not what: no term
    assert not looks_like_glossary_item("при проведении проверки – не позднее трех дней;")
    assert not looks_like_glossary_item("1) комиссия рассматривает – жалобы;")


def test_a_glossary_run_into_one_paragraph():
    found = find_definitions("В настоящем Порядке используются следующие понятия: организатор "
                             "– государственный орган. Дилер – юридическое лицо.")
    assert [d.term for d in found] == ["организатор", "Дилер"]


def test_internal_reference_chains_innermost_first():
    (ref,) = find_references("в соответствии с подпунктом 2) пункта 3 статьи 5 настоящих Правил")
    assert [(kinds[0], num) for kinds, num in ref.steps] == [
        ("art", "5"), ("para", "3"), ("subpara", "2")]
    assert (ref.act, ref.external) == ("правило", None)
    (ref,) = find_references("согласно главе 2")
    assert ref.steps == ((("chp", "sec"), "2"),)
    (this,) = find_references("Требования настоящего пункта не применяются.")
    assert this.this_unit == "пункт"


def test_several_numbers_give_one_reference_each():
    refs = find_references("требования подпунктов 1) и 3) пункта 1 настоящего постановления")
    assert [r.steps for r in refs] == [((("para",), "1"), (("subpara",), "1")),
                                       ((("para",), "1"), (("subpara",), "3"))]
    refs = find_references("указанных в пунктах 5-7 настоящих Правил")
    assert [r.steps[0][1] for r in refs] == ["5", "6", "7"]
    refs = find_references("предусмотренных пунктами 4, 6 и 9")
    assert [r.steps[0][1] for r in refs] == ["4", "6", "9"]
    # numbers written as sub-point labels name sub-points, whatever the word
    refs = find_references("мероприятий, предусмотренных пунктами 1) и 2) настоящего приказа")
    assert [r.steps for r in refs] == [((("subpara",), "1"),), ((("subpara",), "2"),)]


def test_a_reference_to_another_act_is_external():
    (ref,) = find_references("в соответствии со статьей 22-3 Закона Республики Казахстан от "
                             "12 апреля 2004 года «О регулировании торговой деятельности»")
    assert ref.external == {"act_type": "law", "title": "О регулировании торговой деятельности",
                            "date": "2004-04-12", "article": "22-3"}
    (ref,) = find_references("пункта 1 статьи 10 Конституционного закона «О Правительстве»")
    assert ref.external["act_type"] == "law"
    refs = find_references("предусмотренных статьями 5 и 9 Закона «О государственных услугах»")
    assert [r.external["article"] for r in refs] == ["5", "9"]
    # the plural genitive `статей` (and a slip for `статьей` that reads as one): an article
    # step, not a unit word of no kind (a conversion failed on it)
    (ref,) = find_references("в соответствии со статей 37 Закона Республики Казахстан «О местном "
                             "государственном управлении»")
    assert (ref.steps, ref.external["article"]) == (((("art",), "37"),), "37")


def test_annexes():
    (ref,) = find_references("по форме согласно приложению 2 к настоящим Правилам")
    assert (ref.steps, ref.act) == (((("annex",), "2"),), "правило")
    assert find_references("с приложением документов") == []
    assert annex_label("Приложение 3 к Правилам посещения") == ("3", "правило")
    assert annex_label("Утверждены приказом Министра") == (None, None)


def _unit(eid: str, text: str, start: int, children=()) -> Unit:
    kind, _, num = eid.rsplit("/", 1)[-1].partition("_")
    return Unit(eid, kind, num, None, text, (start, start + len(text)),
                (start, start + len(text)), children=list(children))


def test_references_resolve_to_the_eids_the_kazakh_ones_do():
    # an order approving Rules with two annexes, laid out by hand (made up)
    lines = ["Утвердить Правила.",  # main/para_1
             "Правила",
             "Заявление подается по форме согласно приложению 2 к настоящим Правилам.",
             "Требования пункта 1 настоящих Правил и подпункта 2) настоящего пункта.",
             "подает заявление;",
             "прилагает документы.",
             "Приложение 1 к Правилам", "Форма",
             "Приложение 2 к Правилам", "Форма"]
    text = "\n".join(lines)
    at = [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]
    para2 = _unit("annex_1/para_2", lines[3], at[3], [
        _unit("annex_1/para_2/subpara_1", lines[4], at[4]),
        _unit("annex_1/para_2/subpara_2", lines[5], at[5])])
    para2.span = (at[3], at[5] + len(lines[5]))
    components = [
        Component("main", "order", "приказ", None, False, None, (0, at[1] - 1),
                  units=[_unit("main/para_1", lines[0], 0)]),
        Component("annex_1", "rules", "правила", "Правила", False, "Утверждены приказом",
                  (at[1], at[6] - 1), units=[_unit("annex_1/para_1", lines[2], at[2]), para2]),
        Component("annex_2", "form", None, "Форма", False, lines[6], (at[6], at[8] - 1)),
        Component("annex_3", "form", None, "Форма", False, lines[8], (at[8], len(text)))]
    found = extract(Structure(Metadata(language="ru"), components), text)
    targets = {(r["unit"], r["target"]) for r in found.references}
    assert ("annex_1/para_1", "annex_3") in targets
    assert ("annex_1/para_2", "annex_1/para_1") in targets
    assert ("annex_1/para_2", "annex_1/para_2/subpara_2") in targets


def test_definitions_name_the_actors_of_the_whole_document():
    normalized = norm("1. Министерство финансов (далее – Министерство) утверждает план.\n"
                      "2. План размещается Министерством на сайте в течение трех дней.\n")
    structure = segment(normalized)
    structure.metadata.language = "ru"
    found = extract(structure, normalized.text)
    assert [d["term"] for d in found.definitions] == ["Министерство"]
    assert [(o["unit"], o["actor"]["canonical"]) for o in found.obligations] == [
        ("main/para_1", "Министерство"), ("main/para_2", "Министерство")]


def test_a_term_defined_for_a_body_names_the_actor_by_itself():
    normalized = norm("1. Государственная корпорация «Правительство для граждан» (далее – "
                      "Госкорпорация) принимает заявления.\n"
                      "2. Госкорпорация в течение одного рабочего дня направляет документы.\n"
                      "3. Заявления рассматриваются Госкорпорацией.\n"
                      "4. Индивидуальный идентификационный номер (далее – ИИН) проверяет "
                      "оператор.\n"
                      "5. ИИН проверяется по базе данных.\n")
    structure = segment(normalized)
    structure.metadata.language = "ru"
    found = extract(structure, normalized.text)
    assert [(o["unit"], o["actor"] and o["actor"]["canonical"]) for o in found.obligations] == [
        ("main/para_1", "Госкорпорация"), ("main/para_2", "Госкорпорация"),
        ("main/para_3", "Госкорпорация"), ("main/para_4", "оператор"),
        ("main/para_5", None)]  # a number is no body


def test_many_definitions_and_references_stay_linear():
    text = "1. " + "Министерство (далее – М) " * 4000 + "обеспечивает."
    started = time.perf_counter()
    assert len(find_definitions(text)) == 4000
    text = "1. " + "пунктом 5 настоящих Правил, " * 4000 + "согласно."
    assert len(find_references(text)) == 4000
    assert time.perf_counter() - started < 20
