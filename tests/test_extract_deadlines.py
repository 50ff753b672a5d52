"""Deadline normalization, one made-up phrase per construction of shared/gold/FORMAT.md."""

from __future__ import annotations

import time

import pytest

from pipeline.extract.deadlines import find_deadlines
from pipeline.extract.numbers import parse_number

CASES = [
    # (phrase, relation, duration, recurrence, working_days)
    ("құжаттар мүшелеріне екі апта мерзімде таратылады", "within", "P2W", None, False),
    ("шешім қабылданған күннен бастап бір ай ішінде хабарлайды", "within", "P1M", None, False),
    ("өтінішті 15 (он бес) жұмыс күні ішінде қарайды", "within", "P15D", None, True),
    # the words first, the digits in brackets (agreements): the digits, not `бір` by default
    ("Тарап екі (2) ай ішінде хабарлайды", "within", "P2M", None, False),
    ("құжаттарды 20 минут ішінде қабылдайды", "within", "PT20M", None, False),
    ("келісім он (10) жыл мерзімге жасалады", "within", "P10Y", None, False),
    ("есепті отыз күн ішінде ұсынады", "within", "P30D", None, False),
    ("күнтізбелік он күн ішінде жариялайды", "within", "P10D", None, False),
    ("іс-шара аяқталған күннен бастап жеті жұмыс күнінен кешіктірмей жібереді",
     "not_later_than", "P7D", None, True),
    ("бір жылдан аспайтын мерзімде жүзеге асырады", "not_exceeding", "P1Y", None, False),
    ("өткізілетін күнге дейін 30 күн бұрын жіберіледі", "before", "P30D", None, False),
    ("шығу күніне дейін кемінде 6 ай бұрын хабарлайды", "before", "P6M", None, False),
    ("депозитарий алған күнінен бастап 30 күн өткен соң күшіне енеді", "after", "P30D", None,
     False),
    ("қол қойылған күнінен бастап қолданысқа енгізіледі", "from", None, None, False),
    ("2020 жылғы 1 қаңтардан бастап қолданылады", "from", None, None, False),
    ("жыл сайын ақпарат береді", "every", None, "P1Y", False),
    ("ай сайын есеп береді", "every", None, "P1M", False),
    ("тоқсан сайын хабарлайды", "every", None, "P3M", False),
    ("отырыстарын жылына кемінде бір рет өткізеді", "at_least_once", None, "P1Y", False),
    ("тоқсанына кемінде бір рет тексереді", "at_least_once", None, "P3M", False),
    ("жарты жылда бір рет, тиісті жартыжылдықтың соңғы айының 20-күнінен кешіктірмей",
     "not_later_than", None, "P6M", False),
    ("екі жылда бір рет қайта қаралады", "every", None, "P2Y", False),
    ("әрбір кезекті үш жыл өткен сайын аттестаттаудан өтеді", "every", None, "P3Y", False),
    ("жұмысқа шыққаннан кейін 5 жұмыс күні мерзімінде өтеді", "within", "P5D", None, True),
    # a standard's term after a dash closing the item
    ("құжаттар топтамасын тапсырған сәттен бастап – 3 (үш) жұмыс күні;", "within", "P3D", None,
     True),
    ("күтудің рұқсат етілетін ең ұзақ уақыты – 15 минут;", "within", "PT15M", None, False),
    ("басталуына кемінде бір ай қалғанда хабардар етеді", "before", "P1M", None, False),
    ("қызметке шыққаннан кейін алты айдан кейін аттестатталады", "after", "P6M", None, False),
    ("белгіленбеген мерзімге жасалады", "indefinite", None, None, False),
    ("үш сағат ішінде хабарлайды", "within", "PT3H", None, False),
    ("тіркелгеннен кейін он жұмыс күн ішінде ұсынады", "within", "P10D", None, True),
    ("тіркегеннен кейін күнтізбелік он күн ішінде ұсынады", "within", "P10D", None, False),
    ("куәлік бір жыл бойы жарамды", "within", "P1Y", None, False),
    ("рұқсат 36 (отыз алты) айға дейінгі мерзімге беріледі", "not_exceeding", "P36M", None,
     False),
    ("бару ұзақтығы екі сағаттан аспайды", "not_exceeding", "PT2H", None, False),
    ("келу күніне дейін үш күннен кешіктірмей береді", "not_later_than", "P3D", None, False),
    ("хабарлама келесі жұмыс күнінен кешіктірілмей жіберіледі", "not_later_than", "P1D", None,
     True),
    ("шарт жасалған күннен бастап алты ай өткенге дейін күшінде болады", "before", "P6M", None,
     False),
    ("есеп жарты жылдық негізде ұсынылады", "every", None, "P6M", False),
    ("төлемді 1999 жылдың 30 наурызына дейінгі мерзімде жүргізеді", "before", None, None, False),
    ("осы бұйрық 2024 жылғы 5 сәуірде қолданысқа енгізіледі", "on", None, None, False),
    # a day and its night (`тәулік`) is a day
    ("мерзімі өткенге дейін бір тәуліктен кешіктірмей жолдайды", "not_later_than", "P1D", None,
     False),
    ("2 (екі) тәулік ішінде хабарлайды", "within", "P2D", None, False),
    # not less often than once a month; once a year; a window in the ablative of `мерзім`
    ("орталығына айына бір реттен сиретпей ұсынады", "at_least_once", None, "P1M", False),
    ("кемінде айына бір рет ұсынады", "at_least_once", None, "P1M", False),
    ("жылына бір рет есеп береді", "every", None, "P1Y", False),
    ("ұтыстарды төлеу отыз күн мерзімнен кешіктірілмей басталуға тиіс", "not_later_than",
     "P30D", None, False),
    # once a week, once every two days; up to so long (a bound, no day to act by)
    ("кемінде аптасына бір рет тексереді", "at_least_once", None, "P1W", False),
    ("адамды екі күнде бір рет тексереді", "every", None, "P2D", False),
    ("адамды кемінде екі күнде бір рет тексереді", "at_least_once", None, "P2D", False),
    # (a calendar year, not a count of years)
    ("жұмыстарды 2001 жылға дейін аяқтау", "before", None, None, False),
    ("2001 жылдан бастап мал жаюға тыйым салынады", "from", None, None, False),
    ("мерзімін 30 тәулікке дейін ұзартады", "not_exceeding", "P30D", None, False),
]


@pytest.mark.parametrize("phrase, relation, duration, recurrence, working", CASES)
def test_each_construction_normalizes(phrase, relation, duration, recurrence, working):
    (deadline,) = find_deadlines(phrase)
    assert (deadline.relation, deadline.duration, deadline.recurrence, deadline.working_days) == (
        relation, duration, recurrence, working)
    assert phrase[deadline.start:deadline.end] == deadline.text


@pytest.mark.parametrize("phrase", [
    # a date that tells when something was done: no deadline (made-up sentences)
    "2014 жылғы 26 қыркүйекте Нью-Йоркте жасалған Келісім ратификациялансын",
    "2014 жылғы 26 қыркүйекте Нью-Йорк қаласында екі данада жасалды, әрі мәтіндердің күші бірдей",
    "Келісімге 2020 жылғы 2 желтоқсанда қол қойды",
    # a named period, not a count of years
    "курсанттарға оқу жылы ішінде рұқсат етілмейді",
    # an event's day listed among things, not the day an act is due
    "лицензияның нөмірі мен берілген күні көрсетіледі",
    # `жыл сайынғы` (annual): an adjective of a thing's name, not `every year`
    "органдар қызметінің нәтижелілігіне жыл сайынғы бағалау жүргізу әдістемесі бекітілсін",
])
def test_past_dates_named_periods_and_listed_days_are_no_deadlines(phrase):
    assert [d.relation for d in find_deadlines(phrase) if not d.weak] == []


def test_from_a_place_to_a_place_is_no_time():
    # made-up photo requirement: from the chin up to the forehead
    assert find_deadlines("бет иектің төменгі жағынан бастап маңдайға дейін көрініп тұруы "
                          "керек") == []
    # from a moment to an event is a time
    assert [d.relation for d in find_deadlines(
        "отырыс басталған кезден бастап аяқталғанға дейін болады")] == ["before"]


def test_up_to_a_count_of_things_is_no_time():
    # made-up score scale: `балға дейін` is up to so many points
    assert find_deadlines("80-нен 105 (қоса алғанда) балға дейін – «қанағаттанарлық», "
                          "106-дан 130 балға дейін (қоса алғанда) – «тиімді»") == []
    # (made-up decision: a distance with an abbreviated unit and its ending)
    assert find_deadlines("өзеннен 1 км-ге дейін қашықтықта егін салуға тыйым салынады") == []
    assert [d.text for d in find_deadlines("есепті айдың 10-күніне дейін ұсынады")] == [
        "есепті айдың 10-күніне дейін"]
    # a day of a month, the older word `жұлдызы`: a date, not a count
    (day,) = find_deadlines("есепті айдан кейінгі айдың 10 жұлдызына дейін ұсынады")
    assert (day.relation, day.weak) == ("before", False)
    assert find_deadlines("бөлімнің басшысы – 3 қызметкер;") == []


def test_a_date_deadline_carries_its_iso_date():
    (deadline,) = find_deadlines("осы бұйрық 2024 жылғы 5 сәуірде қолданысқа енгізіледі")
    assert (deadline.text, deadline.date) == ("2024 жылғы 5 сәуірде", "2024-04-05")


def test_the_anchor_is_the_event_without_its_case_ending():
    (deadline,) = find_deadlines("іс-шара аяқталған күннен бастап жеті жұмыс күнінен кешіктірмей")
    assert deadline.anchor == "іс-шара аяқталған күн"


def test_event_relative_phrases_are_weak_until_a_duty_holds_them():
    before, = find_deadlines("шетелге шыққанға дейін консультация жүргізеді")
    after, = find_deadlines("елге келгеннен кейін есеп береді")
    assert (before.relation, before.weak) == ("before", True)
    assert (after.relation, after.weak) == ("after", True)


@pytest.mark.parametrize("phrase", [
    "2012 жылғы 29 мамырдағы № 696-1 қаулысы",  # a date of an act is not a deadline
    "Кеңес өз функцияларын іске асыру үшін",
    "бір жылдан аспайтын",  # no window noun
    "айқындайды және қарайды",  # `ай` inside a word is not a month
])
def test_no_deadline(phrase):
    assert find_deadlines(phrase) == []


@pytest.mark.parametrize("text, value", [
    ("бір", 1), ("он бес", 15), ("отыз", 30), ("жиырма бір", 21), ("15 (он бес)", 15),
    ("он бес (15)", 15), ("жүз", 100), ("екі жүз", 200), ("30", 30)])
def test_number_words(text, value):
    assert parse_number(text) == value


def test_an_absolute_date_anchor_is_parsed_and_binding():
    (before,) = find_deadlines("есепті 2020 жылғы 1 қаңтарға дейін ұсынады")
    assert (before.relation, before.date, before.weak) == ("before", "2020-01-01", False)
    (start,) = find_deadlines("2021 жылғы 15 наурыздан бастап қолданылады")
    assert (start.relation, start.date) == ("from", "2021-03-15")


def test_hour_windows_are_iso_durations_the_schema_accepts():
    import json
    from pathlib import Path

    import jsonschema

    (window,) = find_deadlines("үш сағат ішінде хабарлайды")
    schema = json.loads((Path(__file__).parents[1] / "schemas/document.schema.json").read_text())
    pattern = schema["$defs"]["deadline_fields"]["properties"]["duration"]["pattern"]
    jsonschema.validate(window.duration, {"type": "string", "pattern": pattern})


# --- bounded time on pathological text (each took minutes before its fix) --------------------


def _timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def test_a_long_word_before_a_deadline_is_not_reread_from_each_letter():
    # bug: the anchor word `[\p{L}\d][...]*` was tried at every letter of a 100k-letter word
    text = "бастап " + "ынтымақ" * 15_000 + " он күн ішінде береді"
    found, seconds = _timed(find_deadlines, text)
    assert seconds < 5, seconds
    assert [(d.relation, d.duration, d.text) for d in found] == [("within", "P10D", "он күн ішінде")]


def test_a_long_run_of_number_words_without_a_unit_is_read_once():
    # bug: `(?:\s+NUMBER_WORD)*` re-read the run from each of its words
    found, seconds = _timed(find_deadlines, "он " * 20_000 + "ішінде береді")
    assert seconds < 5, seconds
    assert found == []
    assert parse_number("тоғыз жүз тоқсан тоғыз") == 999


def test_thousands_of_deadlines_are_kept_apart_without_quadratic_overlap_checks():
    # bug: every candidate was compared with every deadline kept so far
    found, seconds = _timed(find_deadlines, "бір ай мерзімде " * 12_000)
    assert seconds < 5, seconds
    assert len(found) == 12_000 and {d.duration for d in found} == {"P1M"}


@pytest.mark.parametrize("phrase, relation, recurrence, weak", [
    ("есепті 1 наурызға дейін ұсынады", "before", None, False),
    ("келесі айдың 10-күніне дейін жібереді", "before", None, False),
    ("шетелге шыққанға дейін хабарлайды", "before", None, True),
    ("ай сайын, есепті айдан кейінгі айдың 5-күнінен кешіктірмей ұсынады",
     "not_later_than", "P1M", False),
])
def test_days_and_months_bind_a_duty_and_a_recurring_deadline_is_one(phrase, relation, recurrence,
                                                                    weak):
    (deadline,) = find_deadlines(phrase)
    assert (deadline.relation, deadline.recurrence, deadline.weak) == (relation, recurrence, weak)
