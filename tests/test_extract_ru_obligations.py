"""Russian obligations, permissions and prohibitions with their actors, on made-up sentences.

Every sentence is made up for the test, in the style of the Russian texts of Kazakh
regulations, orders and resolutions.
"""

from __future__ import annotations

import time

import pytest
import spacy
from helpers import norm

from pipeline.extract import extract, guess_language
from pipeline.extract.base import UnitContext
from pipeline.extract.ru.actors import canonical_actor, find_subject
from pipeline.extract.ru.components import find_obligations
from pipeline.extract.ru.obligations import find_cue, split_clauses
from pipeline.segment import segment


def one(text: str, context: UnitContext | None = None):
    found = find_obligations(text, context)
    assert len(found) == 1, [(f.modality, f.clause.text) for f in found]
    return found[0]


@pytest.mark.parametrize("text, modality, actor", [
    ("Министерство рассматривает заявление в течение десяти рабочих дней.", "obligation",
     "Министерство"),
    ("Комиссия обязана рассмотреть жалобу заявителя.", "obligation", "Комиссия"),
    # a unit of a body, and those in command of one, are actors as the body is
    ("Сектору финансов Канцелярии Президента обеспечить регистрацию приказа.", "obligation",
     "Сектор финансов Канцелярии Президента"),
    ("Командования воинских частей направляют план в Комитет национальной безопасности.",
     "obligation", "Командования воинских частей"),
    ("Заявитель должен представить подлинники документов.", "obligation", "Заявитель"),
    ("Председатель комиссии подписывает протокол заседания.", "obligation",
     "Председатель комиссии"),
    ("Государственные органы направляют сведения в уполномоченный орган.", "obligation",
     "Государственные органы"),
    ("Уполномоченный орган вправе запрашивать необходимую информацию.", "permission",
     "Уполномоченный орган"),
    ("Члены совета могут выражать особое мнение.", "permission", "Члены совета"),
    ("Арендатор имеет право досрочно расторгнуть договор.", "permission", "Арендатор"),
    ("Поставщик не вправе в одностороннем порядке изменять условия договора.", "prohibition",
     "Поставщик"),
    ("Учреждение не раскрывает сведения о заявителях.", "prohibition", "Учреждение"),
    ("Фонд не может совершать сделки с аффилированными лицами.", "prohibition", "Фонд"),
    ("Работник не должен разглашать служебную информацию.", "prohibition", "Работник"),
    ("Каждый член комиссии обязан сообщить о конфликте интересов.", "obligation",
     "Каждый член комиссии"),
    # a person or an agent noun the lexicon does not list, known to the dictionary or not
    ("Лицензиар отказывает в выдаче лицензии.", "obligation", "Лицензиар"),
    ("Услугодатель проверяет полноту документов.", "obligation", "Услугодатель"),
    # `составляет` draws up a record here; it only amounts to a quantity
    ("Инспектор составляет акт и вручает его руководителю.", "obligation", "Инспектор"),
    # a civil servant (`служащий`, a participle as a noun), of a lettered corps
    ("Служащий корпуса «Б» направляет оценочный лист руководителю.", "obligation",
     "Служащий корпуса"),
    ("Государственный служащий представляет декларацию.", "obligation",
     "Государственный служащий"),
    # `обозначает` marks here (a body does it); it only denotes after a term or a symbol
    ("Командование воинской части обозначает на местности границы запретной зоны.",
     "obligation", "Командование воинской части"),
    # a ban addressed to the dative
    ("Сотрудникам запрещается разглашать служебные сведения.", "prohibition", "Сотрудники"),
    # a thing fronted as the object: the body after the verb is its subject
    ("Контроль за исполнением настоящих Правил осуществляет уполномоченный орган.",
     "obligation", "уполномоченный орган"),
    # `обязательны для исполнения` binds the agent after it
    ("Решения совета обязательны для исполнения всеми государственными органами.",
     "obligation", "все государственные органы"),
    # a passive that would only describe names someone to do it
    ("Порядок проведения конкурса определяется Правительством.", "obligation",
     "Правительство"),
    ("В запретной зоне командованием воинской части вводится план оповещения.",
     "obligation", "командование воинской части"),
])
def test_modality_and_actor(text, modality, actor):
    found = one(text)
    assert (found.modality, found.canonical) == (modality, actor)


@pytest.mark.parametrize("text, actor", [
    # the agent of a passive, in the instrumental
    ("Заявление рассматривается комиссией в течение пяти рабочих дней.", "комиссия"),
    ("Протокол подписывается председателем и секретарем комиссии.",
     "председатель и секретарь комиссии"),
    ("Отчет утверждается Министерством финансов Республики Казахстан.",
     "Министерство финансов Республики Казахстан"),
    ("Проверка проводится уполномоченным органом в области здравоохранения.",
     "уполномоченный орган в области здравоохранения"),
    # the addressee of a directive, in the dative
    ("Министерству финансов обеспечить опубликование отчета.", "Министерство финансов"),
    ("Местным исполнительным органам принять меры по исполнению настоящего постановления.",
     "Местные исполнительные органы"),
    # the one a duty is laid on
    ("Контроль за исполнением настоящего приказа возложить на заместителя министра юстиции.",
     "заместитель министра юстиции"),
    ("Ответственность за сохранность документов возлагается на руководителя организации.",
     "руководитель организации"),
    # the subject after the verb, when it cannot be its object
    ("В отсутствие председателя его обязанности исполняет один из членов совета.",
     "члены совета"),
])
def test_the_actor_in_the_nominative_whatever_case_names_it(text, actor):
    found = one(text)
    assert (found.modality, found.canonical) == ("obligation", actor)


@pytest.mark.parametrize("text, modality", [
    ("Отчет размещается на официальном интернет-ресурсе.", "obligation"),
    ("Проект решения должен быть направлен членам совета.", "obligation"),
    ("Запрещается использование служебного транспорта в личных целях.", "prohibition"),
    ("Не допускается вмешательство в деятельность комиссии.", "prohibition"),
    ("Допускается подача заявления в электронной форме.", "permission"),
    ("Решение может быть обжаловано в судебном порядке.", "permission"),
    ("Сведения о заявителях не подлежат разглашению.", "prohibition"),
    ("Оценка имущества не производится.", "prohibition"),
    ("Вмешательство в работу комиссии недопустимо.", "prohibition"),
    # `с помощником` is no agent: a preposition governs it
    ("План согласовывается с помощником руководителя.", "obligation"),
])
def test_agentless_duties_have_no_actor(text, modality):
    found = one(text)
    assert (found.modality, found.actor) == (modality, None)


@pytest.mark.parametrize("text", [
    "Настоящий приказ вводится в действие по истечении десяти календарных дней после дня "
    "его первого официального опубликования.",
    "Настоящее постановление вступает в силу со дня подписания.",
    "Комиссия является коллегиальным органом.",
    "Совет состоит из председателя и шести членов.",
    "Требования настоящего пункта не распространяются на субъекты малого предпринимательства.",
    "Настоящие Правила разработаны в соответствии с Законом и определяют порядок проведения "
    "конкурса.",
    # (made-up: the rules name themselves without `Настоящие`; a term they define in passing
    # is no subject)
    "Правила выбора торговой площадки (далее – Правила) разработаны в соответствии со статьей "
    "74 Закона, определяют порядок выбора площадки.",
    "Настоящие Правила (далее – Правила) разработаны в соответствии с Кодексом и определяют "
    "порядок аттестации служащих учреждений (далее – гражданские служащие).",
    "Срок полномочий членов совета составляет три года.",
    "В настоящих Правилах используются следующие понятия:",
    "Каждый член совета имеет один голос.",
    "Заседание считается правомочным, если на нем присутствуют две трети членов.",
    "Признать утратившим силу приказ Министра юстиции от 1 марта 2010 года № 5.",
    "Решения совета носят рекомендательный характер.",
    "Совет образуется в целях выработки предложений.",
    # what a thing does or how it is: statements
    "Обжалование решения не приостанавливает его исполнение.",
    "Нарушение требований настоящих Правил влечет ответственность.",
    "Формат рассмотрения определяется на основании обращения.",
    # what a thing is made of, serves as, is no obstacle to; who has a right (a participle)
    "Годовая оценка складывается из средней оценки и оценки выполнения плана.",
    "Источником информации служат документально подтвержденные сведения.",
    "Отказ служащего от подписания не может служить препятствием для направления документов.",
    "Инструкцией детализируются требования к организации защиты.",
    "Список лиц, имеющих право доступа на объект, утвержден.",
    # an amending act's edits of another act (`исключить` closing the sentence too)
    "В перечне территориальных органов пункты 21, 22 и 79 исключить.",
    "Подпункт 3) вводится в действие с 1 января 2025 года.",
    "Ограничение вводится на срок до шести месяцев.",
    # what a term, a sign or a symbol denotes
    "Сокращение «ГО» обозначает гражданскую оборону.",
    "Знак обозначает границу запретной зоны.",
    "Ki обозначает коэффициент износа.",
    # what a thing is for, what it bears on; what a body is empowered or a tool allows to do
    "Субсидии предназначаются для частичного возмещения стоимости услуг.",
    "Результаты оценки компетенций не влияют на выплату бонусов.",
    "Экзаменационный совет – коллегиальный орган, уполномоченный принимать решение.",
    "Применяется анализ данных тестирования, позволяющий делать объективный вывод.",
])
def test_what_is_no_duty(text):
    assert find_obligations(text) == []


def test_not_obliged_is_no_ban():
    found = find_obligations("Организатор вправе, но не обязан проводить повторный конкурс.")
    assert [(f.modality, f.canonical) for f in found] == [("permission", "Организатор")]


def test_a_subordinate_clause_is_no_clause_of_its_own():
    # `если ...` holds a verb (`не предусмотрено`), but the duty is the main clause's
    found = one("Государственные органы вносят проекты, если иное не предусмотрено "
                "соглашениями, в срок не позднее пятнадцати рабочих дней.")
    assert (found.modality, found.canonical) == ("obligation", "Государственные органы")
    found = one("Если заявитель не согласен с решением, то оно может быть обжаловано.")
    assert (found.modality, found.actor) == ("permission", None)
    # a relative clause of a duty is part of it (`голосование, которое проводится ...`)
    found = one("Председатель объявляет голосование, которое проводится открыто.")
    assert found.canonical == "Председатель"


def test_a_relative_clause_says_what_the_body_a_constitutive_clause_names_does():
    found = one("Рабочим органом совета является уполномоченный орган, который осуществляет "
                "организационное обеспечение его деятельности.")
    assert (found.modality, found.canonical) == ("obligation", "уполномоченный орган")


def test_coordinated_predicates_of_one_subject_are_one_duty():
    found = one("Секретарь готовит материалы, уведомляет членов совета и оформляет протокол.")
    assert found.canonical == "Секретарь"
    found = one("Заседание транслируется в прямом эфире и записывается.")
    assert found.actor is None
    # ... but a second passive with its own agent is a duty of its own
    found = find_obligations("План согласовывается с заместителем и утверждается "
                             "руководителем учреждения.")
    assert [f.canonical for f in found] == [None, "руководитель учреждения"]
    # ... and so is a negated predicate
    found = find_obligations("Организатор осуществляет контроль и не допускает нарушений.")
    assert [f.modality for f in found] == ["obligation", "prohibition"]


def test_an_agent_of_a_participle_or_a_preposition_is_not_the_agents_of_the_clause():
    found = one("Решения, принятые комиссией, доводятся до сведения заявителя.")
    assert found.actor is None
    found = one("Договор заключается между организатором и поставщиком.")
    assert found.actor is None


def test_a_body_in_a_quoted_amendment_has_no_duty_of_the_amending_act():
    text = "Пункт 5 изложить в следующей редакции: «5. Министерство рассматривает заявление.»."
    assert find_obligations(text) == []
    # a quoted name leaves the duty after it alone, even with a quotation mark unclosed
    found = one("Общество «Корпорация «Правительство для граждан» размещает отчет на сайте.")
    assert found.modality == "obligation"


def test_a_defined_term_names_the_actor():
    context = UnitContext(terms={"министерство": "Министерство"})
    found = one("Заявление направляется Министерством финансов в течение трех дней.", context)
    assert found.canonical == "Министерство финансов"
    found = one("Отчет утверждается Министерством.", context)
    assert found.canonical == "Министерство"
    context = UnitContext(terms={"уполномоченный орган": "уполномоченный орган"})
    found = one("Обращения рассматриваются уполномоченным органом.", context)
    assert found.canonical == "уполномоченный орган"


def test_an_item_without_a_verb_takes_the_chapeau_actor_and_modality():
    context = UnitContext(chapeau_actor=("Комиссия", "Комиссия"), closer="prohibition")
    found = one("анонимные обращения;", context)
    assert (found.modality, found.canonical, found.from_chapeau) == (
        "prohibition", "Комиссия", True)
    # an item with its own verb keeps its own modality, and the chapeau's actor
    context = UnitContext(chapeau_actor=("Председатель совета", "Председатель совета"))
    found = one("созывает заседания совета;", context)
    assert (found.modality, found.canonical) == ("obligation", "Председатель совета")


def _extracted(text: str):
    normalized = norm(text)
    structure = segment(normalized)
    structure.metadata.language = "ru"
    return extract(structure, normalized.text)


def test_a_chapeau_states_its_predicate_item_by_item():
    duties = _extracted("1. Комиссия не рассматривает:\n1) анонимные обращения;\n"
                        "2) обращения, поданные повторно.\n"
                        "2. Председатель совета:\n1) созывает заседания;\n"
                        "2) в течение пяти рабочих дней направляет отчет.\n").obligations
    assert [(d["unit"], d["modality"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_1/subpara_1", "prohibition", "Комиссия"),
        ("main/para_1/subpara_2", "prohibition", "Комиссия"),
        ("main/para_2/subpara_1", "obligation", "Председатель совета"),
        ("main/para_2/subpara_2", "obligation", "Председатель совета")]
    assert duties[3]["deadline"]["duration"] == "P5D"


def test_a_directive_chapeau_addresses_its_items_and_a_ban_holds_for_its_time():
    found = _extracted(
        "1. Департаменту финансов в установленном порядке обеспечить:\n"
        "1) размещение настоящего приказа на интернет-ресурсе;\n"
        "2) представление сведений об исполнении.\n"
        "2. Установить государственным предприятиям запрет сроком на 2 года на "
        "приобретение:\n1) легковых автомобилей;\n2) офисной мебели.\n")
    assert [(d["unit"], d["modality"], d["actor"]["canonical"],
             d["deadline"] and d["deadline"]["duration"]) for d in found.obligations] == [
        ("main/para_1/subpara_1", "obligation", "Департамент финансов", None),
        ("main/para_1/subpara_2", "obligation", "Департамент финансов", None),
        ("main/para_2/subpara_1", "prohibition", "государственные предприятия", "P2Y"),
        ("main/para_2/subpara_2", "prohibition", "государственные предприятия", "P2Y")]


def test_a_chapeau_ending_in_its_modal_governs_its_items_infinitives():
    duties = _extracted("1. Запрещается:\n1) требовать от заявителя иные документы;\n"
                        "2) взимать плату за услугу.\n"
                        "2. Стороны обязуются:\n1) обмениваться информацией;\n"
                        "2) не разглашать полученные сведения.\n").obligations
    assert [(d["unit"], d["modality"], d["actor"] and d["actor"]["canonical"])
            for d in duties] == [
        ("main/para_1/subpara_1", "prohibition", None),
        ("main/para_1/subpara_2", "prohibition", None),
        ("main/para_2/subpara_1", "obligation", "Стороны"),
        ("main/para_2/subpara_2", "prohibition", "Стороны")]


def test_a_chapeau_choosing_one_of_its_items_keeps_its_one_duty():
    duties = _extracted("1. Совет принимает одно из следующих решений:\n"
                        "1) об удовлетворении жалобы;\n2) об отказе в удовлетворении жалобы.\n"
                        ).obligations
    assert [(d["unit"], d["modality"]) for d in duties] == [("main/para_1", "obligation")]


def test_a_list_opened_inside_a_point_bears_the_modality_of_its_chapeau():
    # made-up burial rules: `допускается:` governs the infinitives of its items, and the
    # paragraph after the item that ends the sentence is no item
    duties = _extracted("12. Благоустройство мест захоронения:\n"
                        "В границах участка, отведенного под захоронение, допускается:\n"
                        "устанавливать надмогильные памятники и скамейки;\n"
                        "производить посадку цветов на могиле.\n"
                        "Дальнейшее содержание могил обеспечивается близким родственником.\n"
                        ).obligations
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_12/indent_2", "permission"), ("main/para_12/indent_3", "permission"),
        ("main/para_12/indent_4", "obligation")]


def test_a_formula_its_legend_and_a_namely_list_keep_the_chapeau_duty():
    # made-up methodology: the legend (`где:`) and the values spelled out (`а именно:`)
    # are no duties, no terms; the chapeau's duty stays with it
    found = _extracted("32. Итоговая оценка вычисляется специалистом аппарата по следующей "
                       "формуле:\nО = К / 4,\nгде:\nО – годовая оценка;\n"
                       "К – сумма квартальных оценок.\n"
                       "33. Полученное значение приводится к пятибалльной системе оценок, "
                       "а именно:\nзначению «неудовлетворительно» (менее 80 баллов) – 2 балла;\n"
                       "значению «удовлетворительно» (от 80 до 105 баллов) – 3 балла.\n")
    assert [(d["unit"], d["modality"]) for d in found.obligations] == [
        ("main/para_32", "obligation"), ("main/para_33", "obligation")]
    assert found.definitions == []


def test_a_list_of_cases_keeps_the_duty_and_a_list_of_rights_permits():
    # made-up rules and regulation
    duties = _extracted("13. Замена наставника производится приказом руководителя в следующих "
                        "случаях:\n1) увольнения наставника;\n2) перевода наставника.\n"
                        "16. Права:\n1) запрашивать у депутатов сведения;\n"
                        "2) привлекать специалистов.\n").obligations
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_13", "obligation"),
        ("main/para_16/subpara_1", "permission"), ("main/para_16/subpara_2", "permission")]


def test_steps_areas_and_attachments_keep_the_chapeau_duty():
    # made-up rules: the items are the steps, the areas or the attachments of one duty
    duties = _extracted("6. Эссе оценивается экспертами в следующем порядке:\n"
                        "1) кодировка эссе;\n2) проверка эссе на плагиат.\n"
                        "7. Оценка проводится по двум отдельным направлениям:\n"
                        "1) оценки достижения показателей;\n2) оценки компетенций.\n").obligations
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_6", "obligation"), ("main/para_7", "obligation")]


def test_a_participle_before_an_infinitive_takes_it():
    # made-up: the duty is the finite verb; `желающие участвовать` is who sends
    (duty,) = find_obligations("Претенденты, желающие участвовать в конкурсе, направляют "
                               "заявление.")
    assert (duty.cue, duty.canonical) == ("направляют", "Претенденты")


def test_an_abbreviation_the_act_defines_for_a_body_is_an_actor():
    # made-up rules: a council defined after the verb that creates it, an organization
    # whose short name holds quotes
    found = _extracted(
        "7. Для привлечения педагогов создаются координационные советы при управлениях "
        "образования (далее – КС).\n"
        "8. Тестирование организует автономная организация образования «Назарбаев "
        "Интеллектуальные школы» (далее – АОО «НИШ»).\n"
        "9. КС публикует объявление о проведении конкурса.\n"
        "10. АОО «НИШ» формирует электронную базу претендентов.\n")
    assert ("АОО «НИШ»", "организация образования «Назарбаев Интеллектуальные школы»") in [
        (d["term"], d["expansion"][-58:]) for d in found.definitions]
    assert [(d["unit"], d["actor"]["canonical"]) for d in found.obligations
            if d["unit"] in ("main/para_9", "main/para_10")] == [
        ("main/para_9", "КС"), ("main/para_10", "АОО «НИШ»")]
    # after a noun or a participle the abbreviation is a complement, no subject
    found = _extracted("7. Создаются координационные советы при управлениях образования "
                       "(далее – КС).\n8. Состав КС утверждается заместителем акима.\n"
                       "9. Изменение состава КС осуществляется по решению акима.\n")
    assert [(d["unit"], d["actor"] and d["actor"]["canonical"]) for d in found.obligations
            if d["unit"] in ("main/para_8", "main/para_9")] == [
        ("main/para_8", "заместитель акима"), ("main/para_9", None)]


def test_whose_powers_a_chapeau_lists_is_their_actor_in_the_nominative():
    # made-up regulation: the head's powers; `первого` agrees with `руководителя`
    duties = _extracted("20. Полномочия первого руководителя аппарата маслихата:\n"
                        "1) руководит деятельностью аппарата маслихата;\n"
                        "2) издает распоряжения.\n"
                        "21. Руководство аппарата осуществляется первым руководителем.\n"
                        ).obligations
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_20/subpara_1", "первый руководитель аппарата маслихата"),
        ("main/para_20/subpara_2", "первый руководитель аппарата маслихата"),
        ("main/para_21", "первый руководитель")]


def test_the_documents_a_duty_hands_over_are_no_duties_each():
    # made-up rules: lines, numbered or not, that list things are the objects of the one
    # duty; numbered acts (`рассмотрение ...`) under `следующие функции:` are duties each
    duties = _extracted("6. Лицо представляет в финансовое подразделение следующие "
                        "документы:\nзаявление согласно приложению 1;\n"
                        "копию документа, удостоверяющего личность;\n"
                        "копию свидетельства о смерти.\n"
                        "7. Секретарь представляет на заседание Комиссии следующие документы:\n"
                        "1) заполненные оценочные листы;\n2) проект протокола.\n"
                        "8. Комиссия осуществляет следующие функции:\n"
                        "1) рассмотрение жалоб граждан;\n2) подготовка предложений.\n"
                        ).obligations
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_6", "Лицо"), ("main/para_7", "Секретарь"),
        ("main/para_8/subpara_1", "Комиссия"), ("main/para_8/subpara_2", "Комиссия")]


def test_parts_of_a_duty_that_read_like_terms_are_neither_terms_nor_duties():
    # made-up rules: `конкурс проводится в два этапа: 1) первый этап – ...` lists the
    # stages of the one duty; under `используются следующие понятия:` they would be terms
    result = _extracted("26. Конкурс проводится в два этапа:\n"
                        "1) первый этап – в формате компьютерного тестирования;\n"
                        "2) второй этап – в форме собеседования.\n")
    assert [(d["unit"], d["cue"]) for d in result.obligations] == [("main/para_26", "проводится")]
    assert result.definitions == []


def test_a_genitive_after_an_items_verb_is_no_subject():
    # made-up law: the chapeau's body acts in every item; `... актами Президента и
    # Правительства Республики Казахстан` names whose acts, no subject
    duties = _extracted("1. Уполномоченный орган в пределах своей компетенции:\n"
                        "1) разрабатывает правила;\n"
                        "2) осуществляет иные полномочия, предусмотренные законами и актами "
                        "Президента и Правительства Республики Казахстан.\n").obligations
    assert [d["actor"]["canonical"] for d in duties] == ["Уполномоченный орган"] * 2


def test_unnumbered_lines_that_name_no_act_are_the_one_duty_s_objects():
    # made-up law: `2) осуществляет согласование:` and the documents it agrees on
    duties = _extracted("1. Уполномоченный орган:\n1) разрабатывает правила;\n"
                        "2) осуществляет согласование:\n"
                        "правил производства органической продукции;\n"
                        "списка разрешенных средств.\n").obligations
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_1/subpara_1", "Уполномоченный орган"),
        ("main/para_1/subpara_2", "Уполномоченный орган")]


def test_only_the_last_sentence_of_a_chapeau_speaks_to_its_items():
    # made-up methodology: the chapeau's first sentence has its own actor and time; the
    # items are the decisions of the body its last sentence names
    duties = _extracted("44. Обжалование решения служащим осуществляется в течение десяти "
                        "рабочих дней. По итогам рассмотрения жалобы уполномоченный орган "
                        "принимает одно из следующих решений:\n"
                        "1) рекомендует отменить решение Комиссии;\n"
                        "2) оставляет решение без пересмотра.\n").obligations
    items = [d for d in duties if "subpara" in d["unit"]]
    assert [(d["actor"]["canonical"], d["deadline"]) for d in items] == [
        ("уполномоченный орган", None), ("уполномоченный орган", None)]


def test_stages_and_the_persons_a_ban_concerns_are_no_duties_each():
    # made-up rules: `включает в себя:` lists the stages of the one duty; the items under
    # `Не допускаются ... претенденты:` say which applicants the one ban concerns
    duties = _extracted("9. Конкурс проводится ежегодно и включает в себя:\n"
                        "1) объявление о проведении конкурса;\n2) прием документов;\n"
                        "3) собеседование.\n"
                        "10. Не допускаются к участию в конкурсе претенденты:\n"
                        "1) имеющие медицинские противопоказания;\n"
                        "2) на основании ограничений, установленных законом.\n"
                        "11. Не могут выступать в качестве оператора юридические лица:\n"
                        "1) деятельность которых приостановлена;\n"
                        "2) включенные в перечень организаций;\n"
                        "3) учредителями (участниками), и (или) органом которых являются "
                        "иностранцы.\n").obligations
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_9", "obligation"), ("main/para_10", "prohibition"),
        ("main/para_11", "prohibition")]


def test_the_language_comes_from_the_metadata_or_from_the_letters():
    assert guess_language("Министерство рассматривает заявление, объявление и съезд.") == "ru"
    assert guess_language("Министрлік есепті жыл сайын Үкіметке береді.") == "kk"
    normalized = norm("1. Министерство рассматривает заявления в установленные сроки.\n")
    structure = segment(normalized)
    structure.metadata.language = ""  # none given: guessed from the letters (ы)
    (duty,) = extract(structure, normalized.text).obligations
    assert duty["actor"]["canonical"] == "Министерство"


def test_clauses_split_where_both_sides_have_a_predicate():
    clauses = split_clauses("Комиссия рассматривает жалобы, а также готовит заключения. "
                            "Председатель и члены совета работают на общественных началах.")
    assert [c.text for c in clauses] == ["Комиссия рассматривает жалобы",
                                         "готовит заключения.",
                                         "Председатель и члены совета работают на "
                                         "общественных началах."]


def test_cues():
    assert find_cue("Право голоса имеют только члены совета.").modality == "permission"
    assert find_cue("Одно и то же лицо может являться председателем не более двух сроков."
                    ).modality == "permission"
    assert find_cue("Публикации в журналах, индексация которых прекращена, не засчитываются."
                    ).modality == "prohibition"
    assert find_cue("Утвердить прилагаемые Правила.").modality == "obligation"
    assert find_cue("Для участия в конкурсе необходимо представить заявку.").addressed


def test_subjects_and_nominatives():
    text = "Для включения в состав Высшей комиссии ученый должен иметь:"
    assert find_subject(text, find_cue(text)).surface(text) == "ученый"
    assert canonical_actor("Центральным и местным исполнительным органам") == \
        "Центральные и местные исполнительные органы"
    assert canonical_actor("рабочим органом") == "рабочий орган"
    assert canonical_actor("сопровождающим") == "сопровождающий"
    assert canonical_actor("курирующего заместителя министра") == "курирующий заместитель министра"


def test_the_components_work_standalone_over_spacys_russian():
    nlp = spacy.blank("ru")
    for name in ("kazlegal_ru_deadlines", "kazlegal_ru_obligations",
                 "kazlegal_ru_references", "kazlegal_ru_definitions"):
        nlp.add_pipe(name)
    doc = nlp("Министерство финансов (далее – Министерство) в течение десяти рабочих дней "
              "рассматривает заявление в порядке, установленном пунктом 4 настоящих Правил.")
    (duty,) = doc.spans["kazlegal_obligations"]
    assert (duty._.kazlegal.modality, duty._.kazlegal.canonical) == (
        "obligation", "Министерство финансов")
    (deadline,) = doc.spans["kazlegal_deadlines"]
    assert (deadline._.kazlegal.relation, deadline._.kazlegal.duration,
            deadline._.kazlegal.working_days) == ("within", "P10D", True)
    (definition,) = doc.spans["kazlegal_definitions"]
    assert definition._.kazlegal.term == "Министерство"
    (reference,) = doc.spans["kazlegal_references"]
    assert reference._.kazlegal.steps == ((("para",), "4"),)


def _timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def test_long_inputs_stay_linear():
    text = "Комиссия " + "рассматривает жалобы, " * 3000 + "и направляет ответ."
    _, seconds = _timed(find_obligations, text)
    assert seconds < 20, seconds
    text = "1. " + "Министерству финансов (далее – Министерство) " * 2000 + "обеспечить."
    _, seconds = _timed(find_obligations, text)
    assert seconds < 20, seconds


def test_a_sign_quoted_in_a_sentence_lays_no_ban_of_its_own():
    # made-up: the words of a sign end in `запрещен`, and hold a full stop; the sentence
    # goes on past them, and the sign bans nothing itself
    found = find_obligations("Командование воинской части устанавливает указатели с надписью "
                             "«Запретная зона. Проход запрещен». Указатели размещаются по "
                             "периметру границ.")
    assert "prohibition" not in [f.modality for f in found]


def test_a_formula_and_its_legend_bear_no_duty():
    # made-up: the lines under `... по следующей формуле:` are the formula and what its
    # symbols stand for, not acts for the chapeau's verb
    duties = _extracted("1. Стоимость задания определяется по следующей формуле:\n"
                        "С = ПР + КР, где:\nС – стоимость задания;\nПР – прямые расходы;\n"
                        "КР – косвенные расходы.\n").obligations
    assert [d["unit"] for d in duties if d["unit"] != "main/para_1"] == []


def test_the_items_of_an_exception_list_are_no_duties_the_chapeau_is_one(tmp_path):
    # made-up rules: who is exempt from the duty the chapeau lays
    import pipeline

    path = tmp_path / "rules.txt"
    path.write_text("Правила\n"
                    "8. Аттестации подлежат все гражданские служащие, за исключением:\n"
                    "1) лиц, находящихся в отпуске по беременности и родам;\n"
                    "2) женщин, находящихся в отпуске по уходу за ребенком.\n", encoding="utf-8")
    found = pipeline.convert(path)["obligations"]
    assert [(o["unit"], o["modality"]) for o in found] == [("main/para_8", "obligation")]
