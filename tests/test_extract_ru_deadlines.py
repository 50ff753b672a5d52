"""Russian deadline normalization, one made-up phrase per construction (shared/gold/FORMAT.md),
normalized exactly as the Kazakh ones."""

from __future__ import annotations

import time

import pytest

from pipeline.extract.ru.deadlines import find_deadlines, parse_date_ru
from pipeline.extract.ru.numbers import parse_number

CASES = [
    # (phrase, relation, duration, recurrence, working_days)
    ("рассматривает заявление в течение десяти рабочих дней", "within", "P10D", None, True),
    ("уведомляет в течение двух (2) месяцев", "within", "P2M", None, False),
    ("принимает документы в течение 20 минут", "within", "PT20M", None, False),
    ("направляет ответ в течение пятнадцати календарных дней со дня поступления",
     "within", "P15D", None, False),
    ("в течении 3 (три) рабочих дней с момента принятия решения", "within", "P3D", None, True),
    ("представляет отчет в течение тридцати дней", "within", "P30D", None, False),
    ("хранится в течение одного года", "within", "P1Y", None, False),
    # a count from an event after `через`, `не ранее`: after, not within
    ("проводится через три месяца со дня проведения первоначальной аттестации", "after", "P3M",
     None, False),
    ("но не ранее шести месяцев со дня занятия должности", "after", "P6M", None, False),
    ("по истечении каждых последующих трех лет", "every", None, "P3Y", False),
    ("направляется не менее пяти рабочих дней до даты заседания", "before", "P5D", None, True),
    # a standard's term after a dash closing the item
    ("с момента сдачи пакета документов – 3 (три) рабочих дня;", "within", "P3D", None, True),
    ("избирается в течение 1 (один) месяца", "within", "P1M", None, False),
    ("в течение двух недель уведомляет заявителя", "within", "P2W", None, False),
    ("в течение трех часов сообщает", "within", "PT3H", None, False),
    ("устанавливается запрет сроком на 3 года", "within", "P3Y", None, False),
    ("в десятидневный срок направляет", "within", "P10D", None, False),
    ("в месячный срок представляет", "within", "P1M", None, False),
    ("в срок не позднее десяти рабочих дней со дня получения информации",
     "not_later_than", "P10D", None, True),
    ("не позднее трех суток до дня посещения", "not_later_than", "P3D", None, False),
    ("не позднее одного рабочего дня, следующего за днем принятия меры",
     "not_later_than", "P1D", None, True),
    ("представляет сведения не позднее 1 марта", "not_later_than", None, None, False),
    ("не позднее следующего рабочего дня", "not_later_than", "P1D", None, True),
    ("за десять дней до начала заседания", "before", "P10D", None, False),
    ("действует до 31 декабря 2023 года", "before", None, None, False),
    ("в срок до 1 июля", "before", None, None, False),
    ("по истечении десяти календарных дней после дня его первого официального "
     "опубликования", "after", "P10D", None, False),
    ("через один месяц после подписания", "after", "P1M", None, False),
    ("не ранее чем через три рабочих дня после уведомления", "after", "P3D", None, True),
    ("не ранее 1 января 2025 года", "from", None, None, False),
    ("в течение полугода", "within", "P6M", None, False),
    ("не более трех месяцев", "not_exceeding", "P3M", None, False),
    ("продолжительность не более двух часов", "not_exceeding", "PT2H", None, False),
    ("выдается на срок до пяти лет", "not_exceeding", "P5Y", None, False),
    ("вводится в действие со дня его подписания", "from", None, None, False),
    ("вводится в действие с 5 апреля 2024 года", "from", None, None, False),
    ("представляет информацию ежегодно", "every", None, "P1Y", False),
    ("ежеквартально направляет отчет", "every", None, "P3M", False),
    ("ежемесячно публикует сведения", "every", None, "P1M", False),
    ("проводит заседания один раз в полугодие", "every", None, "P6M", False),
    ("пересматривается раз в два года", "every", None, "P2Y", False),
    ("проводится два раза в год", "every", None, "P6M", False),
    ("на полугодовой основе ежегодно", "every", None, "P6M", False),
    ("не реже одного раза в год", "at_least_once", None, "P1Y", False),
    ("не реже двух раз в год", "at_least_once", None, "P6M", False),
    ("не реже одного раза в квартал", "at_least_once", None, "P3M", False),
    ("заключается на неопределенный срок", "indefinite", None, None, False),
    # a recurrence and the date it falls due by are one deadline
    ("ежеквартально, не позднее 5 числа месяца, следующего за отчетным кварталом",
     "not_later_than", None, "P3M", False),
    ("ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
     "every", None, "P3M", False),
    ("ежегодно по итогам года (к 25 января)", "every", None, "P1Y", False),
]


@pytest.mark.parametrize("phrase, relation, duration, recurrence, working", CASES)
def test_each_construction_normalizes(phrase, relation, duration, recurrence, working):
    (deadline,) = find_deadlines(phrase)
    assert (deadline.relation, deadline.duration, deadline.recurrence, deadline.working_days) == (
        relation, duration, recurrence, working)
    assert phrase[deadline.start:deadline.end] == deadline.text


def test_dates_and_anchors():
    (deadline,) = find_deadlines("действует до 31 декабря 2023 года")
    assert deadline.date == "2023-12-31"
    (deadline,) = find_deadlines("не позднее 1 марта")
    assert (deadline.anchor, deadline.date) == ("1 марта", None)
    (deadline,) = find_deadlines("в течение пяти дней со дня его утверждения публикуется на "
                                 "сайте")
    assert deadline.anchor == "его утверждения"
    after, until = find_deadlines("по истечении десяти дней после дня опубликования и действует "
                                  "до 1 января 2025 года")
    assert (after.anchor, until.relation, until.date) == ("дня опубликования", "before",
                                                          "2025-01-01")
    assert parse_date_ru("от 05.04.2024") == "2024-04-05"
    assert parse_date_ru("31 февраля 2024 года") is None


def test_events_bound_only_inside_a_duty():
    (after,) = find_deadlines("размещение приказа после его регистрации")
    assert (after.relation, after.weak) == ("after", True)
    (on,) = find_deadlines("фиксация обмена в день подписания договора")
    assert (on.relation, on.weak) == ("on", True)


@pytest.mark.parametrize("phrase", [
    "в течение учебного года",  # a named period: no count
    "не более двух посещений",  # no unit of time
    "не более 2 (два) сроков подряд",
    "не менее 5 (пять) лет стажа",
    "в рабочие дни с 9.00 ч. до 18.00 ч.",  # hours of a day: no date
    "в случае досрочного прекращения полномочий",
])
def test_what_is_no_deadline(phrase):
    assert find_deadlines(phrase) == []


@pytest.mark.parametrize("words, value", [
    ("десяти", 10), ("пятнадцати", 15), ("тридцати", 30), ("двадцати пяти", 25),
    ("одного", 1), ("двух", 2), ("трех", 3), ("трём", 3), ("сорока", 40), ("десятью", 10),
    ("5 (пять)", 5), ("ста", 100), ("стороны", None),
])
def test_number_words_in_every_case(words, value):
    assert parse_number(words) == value


def test_many_deadlines_in_one_text_stay_linear():
    text = "Комиссия " + "в течение десяти рабочих дней со дня поступления, " * 3000
    started = time.perf_counter()
    found = find_deadlines(text)
    assert time.perf_counter() - started < 20
    assert len(found) == 3000
