"""Russian time expressions that bound or schedule an act, normalized as the Kazakh ones.

`в течение десяти рабочих дней со дня получения` → within, P10D, working days, anchor
`дня получения`; `не позднее 1 марта` → not_later_than, date; `ежегодно` → every,
P1Y; `не реже одного раза в год` → at_least_once, P1Y. The relation names, the
ISO 8601 durations and periods and the `Deadline` payload are those of the Kazakh
`deadlines` module (shared/gold/FORMAT.md); a month stays a month (P1M).

Where the Kazakh anchor stands before its postposition (`... күннен бастап`), the
Russian one follows its preposition (`со дня ...`): anchors are read to the right.
"""

from __future__ import annotations

import datetime as dt

import regex

from ..base import Deadline
from ..deadlines import TERM_WINDOW, _Taken
from .morphology import is_predicate_word
from .numbers import NUMBER, parse_number

I = regex.IGNORECASE | regex.VERSION1  # noqa: E741 - a flag, as in the regex module itself

# the unit of a duration, in every case form it takes after a number
UNIT_FORMS = {
    "D": r"день|дня|дней|дни|дням|днями|днях",
    "S": r"сутки|суток|суткам|сутками",  # days and nights: days
    "W": r"неделя|недели|недель|неделю|неделям|неделями",
    "M": r"месяц|месяца|месяцев|месяцу|месяцем|месяцы",
    "Y": r"год|года|году|годом|лет|годы|годам",
    "H": r"час|часа|часов|часам",
    "MIN": r"минута|минуты|минут|минуту|минутам",
    "Q": r"квартал|квартала|кварталов",
    "HY": r"полугодие|полугодия|полгода|полугода",
}
_UNIT = "|".join(UNIT_FORMS.values())
# `десяти рабочих дней`, `1 (один) месяца`, `трех суток`, `последних 5 (пять) лет`
DUR = (r"(?P<dur>(?:(?:последн|ближайш|следующ)\p{L}*\s+)?(?:(?P<n>" + NUMBER + r")\s+)?"
       r"(?:(?P<cal>календарн\p{L}*)\s+|(?P<work>рабоч\p{L}*)\s+|(?P<named>\p{L}+(?:ого|его|ых|их"
       r"|ой|ей))\s+)?(?P<unit>" + _UNIT + r"))(?!\p{L})")
# `в десятидневный срок`, `в 10-дневный срок`, `в месячный срок`
SPELLED_TERM = (r"(?P<dur>(?P<n>\d+-?|\p{L}+?)?(?P<unit>дневн|недельн|месячн)\p{L}*)\s+срок"
                r"\p{L}*")
W = r"[\p{L}\d][\p{L}\d\-«»]*"
# a word that ends an anchor: a conjunction, a preposition of another time expression
_STOP = r"(?:и|или|либо|а|до|не|в\s+течени\p{L}*|в\s+срок)(?![\p{L}\d])"
# the event a window is counted from or to: up to 8 words, to a comma or a stop word (its
# verb is cut off afterwards, see `_clip_anchor`)
ANCHOR = r"(?P<anchor>" + W + r"(?:\s+(?!" + _STOP + r")" + W + r"){0,7})"
FROM_EVENT = r"(?:со?\s+(?:дня|даты|момента)|после)\s+" + ANCHOR
_MONTHS = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
           "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
MONTH = r"(?:" + "|".join(_MONTHS) + r")"
# `31 декабря 2023 года`, `1 марта`, `05.04.2024`
DATE = (r"(?P<date>\d{1,2}\s+" + MONTH + r"(?:\s+\d{4}\s+(?:года|г\.))?|\d{1,2}\.\d{2}\.\d{4}"
        r"(?:\s+года)?)")
# `5 числа`, `10 числа месяца, следующего за отчетным`
DAY_OF_MONTH = r"(?P<day>\d{1,2}(?:-?го)?\s+числа(?:\s+" + W + r"){0,2})"
_PERIODS = {"ежегодн": "P1Y", "ежеквартальн": "P3M", "ежемесячн": "P1M", "еженедельн": "P1W",
            "ежедневн": "P1D", "ежеполугодн": "P6M", "годов": "P1Y", "квартальн": "P3M",
            "месячн": "P1M", "полугодов": "P6M", "недельн": "P1W"}
_PERIOD_NOUN = {"год": (1, "Y"), "года": (1, "Y"), "лет": (1, "Y"), "полугодие": (6, "M"),
                "полгода": (6, "M"), "квартал": (3, "M"), "месяц": (1, "M"),
                "месяца": (1, "M"), "месяцев": (1, "M"), "неделю": (1, "W"), "день": (1, "D"),
                "сутки": (1, "D")}
PERIOD_NOUN = r"(?P<per>год|года|лет|полугодие|полгода|квартал|месяц|месяца|месяцев|неделю" \
              r"|день|сутки)"
TIMES = r"(?P<times>" + NUMBER + r"|\d+)\s+раз\p{L}*"

PATTERNS: list[tuple[str, regex.Pattern]] = [
    # `не реже одного раза в год`, `не реже двух раз в полугодие`
    ("at_least_once", regex.compile(
        r"\bне\s+реже\s+(?:чем\s+)?" + TIMES + r"\s+в\s+(?:(?P<pn>" + NUMBER + r")\s+)?"
        + PERIOD_NOUN + r"(?!\p{L})", I)),
    # `на полугодовой основе (ежегодно)`: on a half-yearly basis
    ("basis", regex.compile(
        r"\bна\s+(?P<adj>ежегодн|ежеквартальн|ежемесячн|еженедельн|ежедневн|полугодов|годов"
        r"|квартальн|месячн|недельн)\p{L}*\s+основе(?:\s+ежегодно)?", I)),
    ("every", regex.compile(
        r"\b(?P<adj>ежегодн|ежеквартальн|ежемесячн|еженедельн|ежедневн|ежеполугодн)о(?!\p{L})",
        I)),
    # `один раз в полугодие`, `раз в два года`, `два раза в год`
    ("every_n", regex.compile(
        r"(?:(?<![\p{L}\d])" + TIMES + r"|\bраз)\s+в\s+(?:(?P<pn>" + NUMBER + r")\s+)?"
        + PERIOD_NOUN + r"(?!\p{L})", I)),
    # `каждый год`, `каждые три месяца`, `каждое полугодие`, `каждых последующих трех лет`
    ("every_each", regex.compile(
        r"\bкажд\p{L}*\s+(?:(?:по)?следующ\p{L}*\s+)?(?:(?P<pn>" + NUMBER + r")\s+)?"
        r"(?P<per>год|полугодие|квартал|месяц|месяца|месяцев|года|лет)(?!\p{L})", I)),
    # `на срок до трех лет`, `сроком не более 6 месяцев`, `не более трех месяцев`
    ("not_exceeding", regex.compile(
        r"(?:\b(?:на\s+срок|сроком|срок)\s+(?:не\s+более|до|не\s+свыше)\s+(?:чем\s+)?"
        r"|\bне\s+(?:более|свыше)\s+(?:чем\s+)?(?:на\s+)?|\bне\s+превышающ\p{L}*\s+)" + DUR, I)),
    # `за десять дней до начала`, `не позднее чем за 5 рабочих дней до заседания`, `не менее
    # пяти рабочих дней до даты заседания`
    ("before", regex.compile(
        r"(?:\b(?:не\s+позднее|не\s+менее)\s+(?:чем\s+)?)?\bза\s+" + DUR + r"\s+до\s+" + ANCHOR
        + r"|\bне\s+менее\s+(?:чем\s+)?" + DUR + r"\s+до\s+" + ANCHOR, I)),
    # `в срок не позднее десяти рабочих дней со дня ...`, `не позднее трех суток до дня ...`
    ("not_later_than", regex.compile(
        r"(?:\bв\s+срок\s+)?\bне\s+позднее\s+(?:чем\s+(?:через\s+)?)?" + DUR
        + r"(?:\s*,?\s*(?:(?:со?\s+(?:дня|даты|момента)|после|до|следующ\p{L}*\s+за)\s+"
        + ANCHOR + r"))?", I)),
    # `в течение пяти рабочих дней со дня ...`, `сроком на 3 года`, `в срок до 10 дней`
    ("within", regex.compile(
        r"(?:\bв\s+течени[еяи]|\bв\s+срок(?:\s+до)?|\bв\s+пределах|\bна\s+срок|\bсроком\s+на"
        r"|\bна\s+период|\bсроком)\s+" + DUR + r"(?:\s*,?\s*(?:" + FROM_EVENT
        + r"|до\s+" + ANCHOR + r"))?", I)),
    ("within_spelled", regex.compile(r"\bв\s+" + SPELLED_TERM, I)),
    # a standard's terms, the time after a dash closing the item: `с момента сдачи
    # пакета документов – 3 (три) рабочих дня;`
    ("within_term", regex.compile(
        r"(?:" + FROM_EVENT + r"\s+)?(?<=\s)[-–—]\s{0,3}" + DUR + r"(?=\s*[;.]?\s*$)", I)),
    # `по истечении десяти календарных дней после дня ...`, `через месяц после ...`
    ("after", regex.compile(
        r"\b(?:по\s+истечении|через)\s+" + DUR + r"(?:\s*,?\s*(?:" + FROM_EVENT + r"))?", I)),
    # `не ранее чем через три дня после ...`: not before the window has run
    ("after_earliest", regex.compile(
        r"\bне\s+ранее\s+(?:чем\s+)?(?:через\s+)?" + DUR + r"(?:\s*,?\s*(?:" + FROM_EVENT
        + r"))?", I)),
    # `не ранее 1 января 2025 года`: from a date on
    ("from_earliest", regex.compile(r"\bне\s+ранее\s+" + DATE, I)),
    # `до истечения шести месяцев со дня ...`: until the window has run
    ("before_lapse", regex.compile(
        r"\bдо\s+истечения\s+" + DUR + r"(?:\s*,?\s*(?:" + FROM_EVENT + r"))?", I)),
    # `1 (один) год с даты его избрания`: a term counted from an event (after the
    # patterns its words may close: `через три месяца со дня ...`, `не ранее шести ...`)
    ("within_from", regex.compile(
        r"(?<![\p{L}\d])" + DUR + r"\s+(?:со?\s+(?:дня|даты|момента))\s+" + ANCHOR, I)),
    # `не позднее 1 марта`, `не позднее 5 числа месяца`, `не позднее следующего рабочего дня`
    ("not_later_than_date", regex.compile(
        r"(?:\bв\s+срок\s+)?\bне\s+позднее\s+(?:" + DATE + r"|" + DAY_OF_MONTH + r")", I)),
    ("not_later_than_next", regex.compile(
        r"(?:\bв\s+срок\s+)?\bне\s+позднее\s+(?:следующ\p{L}*\s+)(?P<work>рабоч\p{L}*\s+)?"
        r"(?:дня|суток)", I)),
    ("not_later_than_event", regex.compile(
        r"(?:\bв\s+срок\s+)?\bне\s+позднее\s+" + ANCHOR, I)),
    # `до 31 декабря 2023 года`, `в срок до 1 марта`, `до 5 числа`
    ("before_date", regex.compile(
        r"(?:\bв\s+срок\s+)?\bдо\s+(?:" + DATE + r"|" + DAY_OF_MONTH + r")", I)),
    # `к 10 июля`: by a date
    ("by_date", regex.compile(r"(?<![\p{L}\d])к\s+" + DATE, I)),
    ("indefinite", regex.compile(r"\bна\s+неопределенн\p{L}*\s+срок|\bбессрочн\p{L}*", I)),
    # `со дня его подписания`, `с 5 апреля 2024 года`
    ("from", regex.compile(r"\bсо\s+дня\s+" + ANCHOR + r"|(?<![\p{L}\d])с\s+" + DATE, I)),
    ("from_event", regex.compile(r"(?<![\p{L}\d])с\s+(?:даты|момента)\s+" + ANCHOR, I)),
    # `после его регистрации`, `до начала заседания`: bounds only inside a duty
    ("after_event", regex.compile(r"\bпосле\s+" + ANCHOR, I)),
    ("before_event", regex.compile(
        r"\bдо\s+(?:начала|наступления|дня|даты|момента|окончания|истечения|завершения"
        r"|проведения|рассмотрения|принятия|подачи|представления)\s+" + ANCHOR, I)),
    ("on_event_day", regex.compile(r"\bв\s+(?:тот\s+же\s+)?день\s+" + ANCHOR, I)),
    ("next_day", regex.compile(r"\bна\s+следующий\s+(?:рабочий\s+)?день", I)),
]
# a word each pattern cannot match without: patterns whose word is absent are not run
KEYWORDS = {
    "at_least_once": ("реже",), "basis": ("основе",), "every": ("ежег", "ежек", "ежем", "ежен",
                                                              "ежед", "ежеп"),
    "every_n": ("раз",), "every_each": ("кажд",), "not_exceeding": ("более", "свыше", "срок",
                                                                   "превыша"),
    "before": ("за ", "менее"), "not_later_than": ("позднее",), "within": ("течени", "срок",
                                                                    "пределах", "период"),
    "within_spelled": ("срок",), "within_term": ("–", "—", "-"), "within_from": ("с",),
    "after": ("истечени", "через"),
    "before_lapse": ("истечения",), "after_earliest": ("ранее",), "from_earliest": ("ранее",),
    "not_later_than_date": ("позднее",),
    "not_later_than_next": ("позднее",), "not_later_than_event": ("позднее",),
    "before_date": ("до",), "by_date": ("к",), "indefinite": ("неопредел", "бессрочн"),
    "from": ("с",), "from_event": ("с",), "after_event": ("после",), "before_event": ("до",),
    "on_event_day": ("день",), "next_day": ("следующий",),
}
RELATION = {"after_earliest": "after", "from_earliest": "from", "every_n": "every",
            "every_each": "every", "basis": "every",
            "within_spelled": "within", "within_term": "within", "within_from": "within",
            "before_lapse": "before",
            "not_later_than_date": "not_later_than", "not_later_than_next": "not_later_than",
            "not_later_than_event": "not_later_than", "before_date": "before",
            "by_date": "not_later_than", "from_event": "from", "after_event": "after",
            "before_event": "before", "on_event_day": "on", "next_day": "after"}
WEAK = {"after_event", "before_event", "on_event_day", "next_day", "from_event"}
RECURRING = {"every", "every_n", "every_each", "basis", "at_least_once"}
DATED = {"not_later_than_date", "before_date", "by_date"}
_TRIGGERS = regex.compile(
    r"течени|срок|позднее|ранее|более|свыше|превыша|реже|ежег|ежек|ежем|ежен|ежед|ежеп|раз|кажд|"
    r"истечени|через|после|(?<![\p{L}\d])(?:до|со?|к|за)\s|основе|пределах|период|день|"
    r"бессрочн|неопредел|[-–—]\s{0,3}\S+(?:\s+\S+){0,4}\s*[;.]?\s*$", I)
MAX_MERGE_WORDS = 12  # words between a recurrence and the due date it is given
_GAP = regex.compile(r"^[^.;]*$")


def find_deadlines(text: str) -> list[Deadline]:
    """Every deadline expression in `text`, left to right, without overlaps."""
    if not _TRIGGERS.search(text):
        return []  # most sentences hold no time expression at all
    found: list[tuple[int, int, int, Deadline, str]] = []
    folded = text.casefold()
    for priority, (name, pattern) in enumerate(PATTERNS):
        if not any(word in folded for word in KEYWORDS[name]):
            continue
        # (a term after a dash closes its item: only the item's end is searched)
        at = max(0, len(text) - TERM_WINDOW) if name == "within_term" else 0
        for m in pattern.finditer(text, at):
            deadline = _build(name, m)
            if deadline is not None:
                found.append((priority, deadline.start, -(deadline.end - deadline.start),
                              deadline, name))
    kept: list[tuple[Deadline, str]] = []
    taken = _Taken()
    for _, _, _, deadline, name in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if taken.overlaps(deadline.start, deadline.end):
            continue
        taken.add(deadline.start, deadline.end)
        kept.append((deadline, name))
    kept.sort(key=lambda k: k[0].start)
    return _merge_due_dates(text, kept)


def _merge_due_dates(text: str, kept: list[tuple[Deadline, str]]) -> list[Deadline]:
    """`ежеквартально, не позднее 5 числа ...`, `ежегодно по итогам года (к 25 января)`: a
    recurrence and the date it falls due by are one deadline. The period stays the
    recurrence; `не позднее` makes it not_later_than (as the Kazakh `... кешіктірмей`),
    `к`/`до` leaves it `every` with the date as its anchor."""
    out: list[tuple[Deadline, str]] = []
    for deadline, name in kept:
        if out:
            last, last_name = out[-1]
            gap = text[last.end:deadline.start]
            if (last_name in RECURRING and name in DATED and _GAP.match(gap)
                    and len(gap.split()) <= MAX_MERGE_WORDS):
                relation = last.relation
                if name == "not_later_than_date" and last.relation == "every":
                    relation = "not_later_than"
                merged = Deadline(text[last.start:deadline.end], last.start, deadline.end,
                                  relation, last.duration, last.recurrence, last.working_days,
                                  deadline.anchor, False, deadline.date)
                out[-1] = (merged, last_name)
                continue
        out.append((deadline, name))
    return [d for d, _ in out]


def _build(name: str, m: regex.Match) -> Deadline | None:
    groups = m.groupdict()
    relation = RELATION.get(name, name)
    duration = recurrence = None
    working = False
    if groups.get("dur"):
        duration, working = _duration(m)
        if duration is None or (name == "within_from" and not groups.get("n")):
            return None  # (a bare `года с даты ...` counts nothing)
    if name in ("basis", "every"):
        recurrence = _PERIODS[groups["adj"].casefold()]
    elif name in ("every_n", "every_each"):
        recurrence = _period(groups["per"], groups.get("pn"), groups.get("times"))
    elif name == "at_least_once":
        recurrence = _period(groups["per"], groups.get("pn"), groups["times"])
    anchor = groups.get("anchor")
    if anchor:
        anchor = _clip_anchor(anchor)
    date = None
    if groups.get("date"):
        anchor = groups["date"]
        date = parse_date_ru(anchor)
    elif groups.get("day"):
        anchor = groups["day"]
    if name == "not_later_than_next":
        duration, working = "P1D", bool(groups.get("work"))
    end = m.end()
    if groups.get("anchor") and anchor != groups["anchor"]:
        end = m.start("anchor") + len(anchor)
    return Deadline(m.string[m.start():end], m.start(), end, relation, duration, recurrence,
                    working, anchor, weak=name in WEAK, date=date)


def _clip_anchor(anchor: str) -> str:
    """An anchor is the event, a noun phrase: it ends before a verb or a participle that
    is the clause's own (`со дня его утверждения публикуется ...`)."""
    words = anchor.split()
    for k, word in enumerate(words[1:], 1):
        if is_predicate_word(word.strip("«»")):
            return " ".join(words[:k])
    return anchor


def _duration(m: regex.Match) -> tuple[str | None, bool]:
    unit_word = m.group("unit").casefold()
    n_text = m.group("n")
    if unit_word.startswith(("дневн", "недельн", "месячн")):
        return _spelled_term(n_text, unit_word), False
    if n_text is None and m.groupdict().get("named"):
        return None, False  # `в течение учебного года`: a named period, no count
    n = parse_number(n_text) if n_text else 1
    if n is None:
        return None, False
    working = bool(m.group("work"))
    letter = next(k for k, forms in UNIT_FORMS.items()
                  if unit_word in forms.split("|"))
    if letter == "H":
        return f"PT{n}H", working
    if letter == "MIN":
        return f"PT{n}M", working
    if letter == "Q":
        return f"P{3 * n}M", working
    if letter == "HY":
        return f"P{6 * n}M", working
    if letter == "S":
        letter = "D"
    return f"P{n}{letter}", working


def _spelled_term(prefix: str | None, unit: str) -> str | None:
    """`десяти` + `дневный` → P10D; `` + `месячный` → P1M; `10-` + `дневный` → P10D."""
    n: int | None = 1
    if prefix and prefix.rstrip("-"):
        prefix = prefix.rstrip("-")
        # `трехдневный`, `десятидневный`: the prefix is a number word's stem
        n = int(prefix) if prefix.isdigit() else _STEM_NUMBERS.get(prefix.casefold())
        if n is None:
            return None
    letter = "D" if unit.startswith("дневн") else "W" if unit.startswith("недельн") else "M"
    return f"P{n}{letter}"


_STEM_NUMBERS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5,
                 "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
                 "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "шестидесяти": 60,
                 "девяноста": 90}


def _period(per: str, n_text: str | None, times_text: str | None) -> str | None:
    """`раз в два года` → P2Y; `два раза в год` → P6M; `один раз в полугодие` → P6M."""
    count, letter = _PERIOD_NOUN[per.casefold()]
    n = parse_number(n_text) if n_text else 1
    count *= n or 1
    times = parse_number(times_text) if times_text else 1
    times = times or 1
    if times > 1:
        months = count * {"Y": 12, "M": 1}.get(letter, 0)
        if months and months % times == 0:
            return f"P{months // times}M"
        return None
    if letter == "M" and count % 12 == 0:
        return f"P{count // 12}Y"
    return f"P{count}{letter}"


def parse_date_ru(text: str) -> str | None:
    """`31 декабря 2023 года` → 2023-12-31, `05.04.2024` → 2024-04-05; no year, no date."""
    m = regex.search(r"(\d{1,2})\s+(" + MONTH + r")\s+(\d{4})", text, I)
    if m:
        day, month, year = int(m.group(1)), _MONTHS[m.group(2).casefold()], int(m.group(3))
    else:
        m = regex.search(r"(\d{1,2})\.(\d{2})\.(\d{4})", text)
        if m is None:
            return None
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # 31 февраля: not a date
