"""Time expressions that bound or schedule an act, normalized (shared/gold/FORMAT.md).

`... аяқталған күннен бастап жеті жұмыс күнінен кешіктірмей` → not_later_than,
P7D, working days, anchor `... аяқталған күн`. Durations stay durations: no
library turns them into calendar dates here, and a month is a month (P1M),
never 30 days.
"""

from __future__ import annotations

import bisect

import regex

from ..segment.dates import parse_date
from .base import Deadline
from .numbers import NUMBER, parse_number

# Simple case folding (VERSION0): the patterns' words are Cyrillic, whose case folds are
# one letter each, so VERSION1's full case folding matched the same text three times slower.
I = regex.IGNORECASE | regex.VERSION0  # noqa: E741 - a flag, as in the regex module itself
# a word (no trailing punctuation: anchors stop at commas), tried only where one starts:
# from inside a long word every letter would start a new, equally failing attempt
W = r"(?<![\p{L}\d])[\p{L}\d][\p{L}\d\-«»]*"
_UNITS = r"күн|апта|ай|жыл|сағат|минут|тоқсан|тәулі[кг]"  # тәулік: a day and a night
_YEAR = r"(?:1[89]|2[01])\d\d"  # a calendar year (`2001 жылдан`), not a count of years
UNIT = r"(?P<unit>" + _UNITS + r")"
_UNIT_SUFFIX = r"(?:\p{L}*)"
DUR = (r"(?P<dur>\b(?P<half>жарты\s+)?(?:күнтізбелік\s+(?=\S+\s+(?:күн|жұмыс)))?"
       r"(?:(?P<n>" + NUMBER + r")\s+)?(?P<cal>күнтізбелік\s+)?"
       r"(?P<work>жұмыс\s+)?\b" + UNIT + _UNIT_SUFFIX + r")")
# The event a window is counted from (`... аяқталған күннен бастап`): the pattern
# matches its last word; `_extend_anchor` takes in up to ANCHOR_WORDS words before it.
# (A lazy `(?:word\s+){0,6}?` prefix would be tried at every position of the text.)
FROM_ANCHOR = r"(?P<anchor>" + W + r")\s+бастап"
AFTER_ANCHOR = (r"(?P<anchor>" + W + r"(?:ғаннан|геннен|қаннан|кеннен|аннан|еннен))"
                r"\s+(?:кейін|соң)")
TO_ANCHOR = r"(?P<anchor>" + W + r")\s+(?:дейін|шейін)"
ANCHOR_WORDS = 6

# the words after the duration, in the patterns that end with one (see GUARDS)
AFTER_DUR = {
    "within": r"(?:ішінде|мерзімде|мерзімінде|мерзім\s+ішінде|мерзімге|бойы)",
    "not_exceeding": (r"(?:аспайтын\s+мерзім\p{L}*|аспайды|аспауы\s+тиіс|аспауға\s+тиіс|"
                      r"дейінгі\s+мерзім\p{L}*)"),
    "before_lapse": r"өткенге\s+(?:дейін|шейін)",
    "not_later_than": r"(?:мерзім\p{L}*\s+)?кешіктір(?:іл)?мей",  # (`отыз күн мерзімнен ...`)
    "before": r"бұрын",
    "after": r"(?:өткен\s+соң|өткеннен\s+(?:кейін|соң)|өткен\s+соң)",
    # `кемінде бір ай қалғанда`: when that much is left before the event
    "before_left": r"қалғанда",
    # `алты айдан кейін`: the window in the ablative, then `кейін` (a count is required)
    "after_span": r"(?<=(?:нан|нен|дан|ден|тан|тен)\s+)(?:кейін|соң)",
}

_MONTHS_RE = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"

PATTERNS: list[tuple[str, regex.Pattern]] = [
    # `жарты жылда бір рет, ... 20-күнінен кешіктірмей`, `ай сайын, ... 5-күнінен кешіктірмей`:
    # one deadline, the period its recurrence
    ("recurrence_nlt", regex.compile(
        r"(?P<rec>(?:(?:(?P<rn>" + NUMBER + r")\s+)?(?P<rhalf>жарты\s+)?(?P<per>жыл|ай|тоқсан|апта)"
        r"(?:да|та)\s+бір\s+рет)|(?:\b(?P<sper>жыл|ай|тоқсан|апта)\s+сайын)),?\s+"
        r"(?P<fixed_anchor>(?:" + W + r"\s+){0,6}" + W + r")\s+кешіктірмей", I)),
    # `айына кемінде бір рет`, `кемінде айына бір рет`, `айына бір реттен сиретпей` (not
    # less often than once a month)
    ("at_least_once", regex.compile(
        r"(?:\bкемінде\s+)?\b(?P<per>жыл|ай|тоқсан|апта|күн)(?:ына|іне|сына)\s+(?:кемінде\s+(?P<n>"
        + NUMBER + r")\s+рет|(?<=кемінде\s+\p{L}+\s+)(?P<n>" + NUMBER + r")\s+рет|(?P<n>"
        + NUMBER + r")\s+реттен\s+сиретпей)", I)),
    # `жарты жылдық негізде (жыл сайын)`: on a half-yearly basis
    ("basis", regex.compile(
        r"\b(?P<rhalf>жарты\s+)?(?P<per>жыл|ай|тоқсан|апта)(?:дық|тық|лық|лық)\s+негізде"
        r"(?:\s+(?:жыл|ай|тоқсан)\s+сайын)?", I)),
    # (not `жыл сайынғы бағалау`: the adjective, "annual", names a thing)
    ("every", regex.compile(r"\b(?P<per>жыл|ай|тоқсан|апта|күн)\s+сайын(?!\p{L})", I)),
    # `әрбір кезекті үш жыл өткен сайын`: each time the period has run again
    ("every_lapse", regex.compile(
        r"\b(?:(?P<n>" + NUMBER + r")\s+)?(?P<rhalf>жарты\s+)?(?P<per>жыл|ай|тоқсан|апта)\s+"
        r"өткен\s+сайын", I)),
    # `әрбір есепті кезеңнің қорытындылары бойынша`: once every period the act names
    ("every_period", regex.compile(r"\bәрбір\s+(?:есепті\s+)?кезең\p{L}*", I)),
    # `кемінде екі күнде бір рет`: at least once in every such period
    ("at_least_every_n", regex.compile(
        r"\bкемінде\s+(?:(?P<n>" + NUMBER + r")\s+)?(?P<rhalf>жарты\s+)?"
        r"(?P<per>жыл|ай|тоқсан|апта|күн)(?:да|та|де)\s+бір\s+рет", I)),
    ("every_n", regex.compile(
        r"\b(?:(?P<n>" + NUMBER + r")\s+)?(?P<rhalf>жарты\s+)?(?P<per>жыл|ай|тоқсан|апта|күн)"
        r"(?:да|та|де|ына|іне|сына)\s+бір\s+рет", I)),  # (`айына бір рет`: once a month)
    # `... тіркегеннен кейін он жұмыс күн ішінде`: counted from an event
    # (it starts at a word: with W, or with DUR's `\b` and a letter or digit; said first, so
    # that no other position is tried, a third of the time this pattern took)
    ("within", regex.compile(
        r"(?<![\p{L}\d])(?=[\p{L}\d])(?:(?:" + FROM_ANCHOR + r"|" + AFTER_ANCHOR + r")\s+)?" + DUR
        + r"\s+" + AFTER_DUR["within"] + r"\b", I)),
    # `36 (отыз алты) айға дейінгі мерзімге`, `екі сағаттан аспайды`, `үш айдан аспайтын`
    ("not_exceeding", regex.compile(
        DUR + r"\s+" + AFTER_DUR["not_exceeding"], I)),
    # `... күннен бастап алты ай өткенге дейін`: until the window has run
    ("before_lapse", regex.compile(
        r"(?:" + FROM_ANCHOR + r"\s+)?" + DUR + r"\s+" + AFTER_DUR["before_lapse"], I)),
    # `келу күніне дейін үш күннен кешіктірмей`: counted back from the event
    ("not_later_than", regex.compile(
        r"(?:(?:" + FROM_ANCHOR + r"|(?P<anchor>" + W
        + r"(?:ға|ге|қа|ке|на|не|нан|нен|дан|ден|тан|тен))(?:\s+(?:дейін|шейін))?)\s+)?" + DUR
        + r"\s+" + AFTER_DUR["not_later_than"], I)),
    ("before", regex.compile(
        r"(?:" + TO_ANCHOR + r"\s+)?(?:кемінде\s+)?" + DUR + r"\s+" + AFTER_DUR["before"], I)),
    ("after", regex.compile(
        r"(?:" + FROM_ANCHOR + r"\s+)?" + DUR + r"\s+" + AFTER_DUR["after"], I)),
    # `оны өткізудің басталуына кемінде бір ай қалғанда`
    ("before_left", regex.compile(
        r"(?:(?P<anchor>" + W + r"(?:ға|ге|қа|ке|на|не))\s+)?(?:кемінде\s+)?" + DUR + r"\s+"
        + AFTER_DUR["before_left"], I)),
    # `қызметке шыққаннан кейін алты айдан кейін`
    ("after_span", regex.compile(
        r"(?:" + AFTER_ANCHOR + r"\s+)?" + DUR + r"\s+" + AFTER_DUR["after_span"] + r"\b", I)),
    ("not_later_than_anchor", regex.compile(
        r"(?P<anchor>" + W + r"(?:нан|нен|дан|ден|тан|тен))\s+кешіктір(?:іл)?мей", I)),
    ("indefinite", regex.compile(r"\bбелгіленбеген\s+мерзімге\b", I)),
    # a standard's terms, the time after a dash closing the item: `құжаттар топтамасын
    # тапсырған сәттен бастап – 3 (үш) жұмыс күні;`
    ("within_term", regex.compile(
        r"(?:" + FROM_ANCHOR + r"\s+)?(?<=\s)[-–—]\s{0,3}" + DUR + r"(?=\s*[;.]?\s*$)", I)),
    # `қол қойылған күнінен бастап`, `2020 жылғы 1 қаңтардан бастап`
    ("from", regex.compile(
        # (`2001 жылдан бастап`: from a calendar year)
        r"(?P<anchor>\bкүн\p{L}*|\b\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+"
        r"|\b" + _YEAR + r"\s+жылдан)\s+бастап", I)),
    # `30 тәулікке дейін ұзарту`: up to so long, a bound of a time, no day to act by
    ("up_to", regex.compile(DUR + r"(?<=(?:ға|ге|қа|ке|на|не))\s+(?:дейін|шейін)\b", I)),
    ("before_event", regex.compile(
        r"(?P<anchor>" + W + r"(?:ға|ге|қа|ке|на|не))\s+(?:дейін|шейін)\b"
        r"(?:інгі\s+мерзімде)?", I)),
    # `1999 жылдың 30 наурызына дейінгі мерзімде`
    ("before_date", regex.compile(
        r"(?P<anchor>\b\d{4}\s+жыл\p{L}*\s+\d{1,2}\s+\p{L}+)\s+(?:дейін|шейін)\p{L}*"
        r"(?:\s+мерзімде)?", I)),
    # `Айырбастау шартына қол қойылған күні`: on the day of an event
    ("on_event_day", regex.compile(
        r"(?<!(?:мен|және|немесе|,)\s+)(?P<anchor>" + W + r"(?:ған|ген|қан|кен))\s+күні\b"
        r"(?!\s+(?:ішінде|бастап|мен|және|немесе)\b)", I)),
    # `2024 жылғы 5 сәуірде`: on a date
    ("on_date", regex.compile(
        r"\b(?P<fixed_anchor>\d{4}\s+жылғы\s+\d{1,2}\s+(?:" + _MONTHS_RE
        + r")\p{L}*(?:да|де|та|те))\b", I)),
    ("after_event", regex.compile(
        r"(?P<anchor>" + W + r"(?:ғаннан|геннен|қаннан|кеннен|аннан|еннен))\s+(?:кейін|соң)\b",
        I)),
    ("next_day", regex.compile(r"\bкелесі\s+күні(?:\s+немесе\s+кейінірек)?", I)),
    ("same_day", regex.compile(r"\bсол\s+күні\b", I)),
]
TERM_WINDOW = 160  # characters at an item's end that hold its term and the event before it
# a word each pattern cannot match without: patterns whose word is absent are not run
KEYWORDS = {
    "recurrence_nlt": ("кешіктірмей",), "at_least_once": ("кемінде", "сиретпей"),
    "at_least_every_n": ("кемінде",),
    "every": ("сайын",),
    "basis": ("негізде",), "every_period": ("әрбір",), "before_lapse": ("өткенге",),
    "before_date": ("дейін", "шейін"), "on_event_day": ("күні",), "on_date": ("жылғы",),
    "every_n": ("рет",), "within": ("ішінде", "мерзім", "бойы"),
    "not_exceeding": ("аспа", "дейінгі"),
    "not_later_than": ("кешіктір",), "before": ("бұрын",),
    "after": ("өткен",), "not_later_than_anchor": ("кешіктір",), "every_lapse": ("сайын",),
    "before_left": ("қалғанда",), "after_span": ("кейін", "соң"),
    "indefinite": ("белгіленбеген",), "within_term": ("–", "—", "-"), "from": ("бастап",),
    "before_event": ("дейін", "шейін"), "up_to": ("дейін", "шейін"),
    "after_event": ("кейін", "соң"), "next_day": ("келесі",), "same_day": ("сол",),
}
# A pattern `... DUR \s+ AFTER_DUR[name] ...` matches only text that has a unit word (DUR
# ends in UNIT + _UNIT_SUFFIX), white space and those words in a row: the guard, that
# pattern's tail without its `\b`s, is searched for first. A plain search for it costs a
# fraction of the pattern's, whose optional anchor is tried at every word of the text.
GUARDS = {name: regex.compile(UNIT + _UNIT_SUFFIX + r"\s+" + tail, I)
          for name, tail in AFTER_DUR.items()}
RELATION = {"recurrence_nlt": "not_later_than", "every_n": "every", "basis": "every",
            "at_least_every_n": "at_least_once",
            "within_term": "within",
            "every_lapse": "every", "before_left": "before", "after_span": "after",
            "every_period": "every", "before_lapse": "before", "before_date": "before",
            "on_event_day": "on", "on_date": "on",
            "not_later_than_anchor": "not_later_than", "before_event": "before",
            "after_event": "after", "next_day": "after", "same_day": "on",
            "up_to": "not_exceeding"}
WEAK = {"before_event", "after_event", "next_day", "same_day", "on_event_day"}
PERIOD = {"жыл": (1, "Y"), "ай": (1, "M"), "тоқсан": (3, "M"), "апта": (1, "W"), "күн": (1, "D")}
_DAY_NOUN = regex.compile(r"^(.*\bкүн)\p{L}*$", regex.IGNORECASE)


_MONTHS = _MONTHS_RE
# a date, a day of a month (`10-күні`, `10 жұлдызы`, the older word), a day
_CALENDAR_ANCHOR = regex.compile(
    r"\d+\s+(?:" + _MONTHS + r")\p{L}*|\d+-күн\p{L}*|\d+(?:-|\s+)?жұлдыз\p{L}*|\bкүн\p{L}*$", I)
_TRIGGERS = regex.compile(
    r"бастап|кешіктір|дейін|шейін|кейін|соң|ішінде|мерзім|бұрын|сайын|\bрет\b|аспа|қалғанда|сиретпей|"
    r"\bкүні\b|негізде|әрбір|бойы|жылғы|\s[-–—]\s{0,3}\d", I)
_WORD_BEFORE = regex.compile(W + r"\s+$")
# _TRIGGERS' words without its `\b`s: one of them is in the casefolded text wherever it
# matches (ignoring case, a letter matches a Cyrillic one only if it casefolds to it);
# `in` tests are cheaper than its search, and most units have none of them
_TRIGGER_WORDS = ("бастап", "кешіктір", "дейін", "шейін", "кейін", "соң", "ішінде", "мерзім",
                  "бұрын", "сайын", "рет", "аспа", "күні", "негізде", "әрбір", "бойы", "жылғы",
                  "қалғанда", "сиретпей", "–", "—", " - ")


def find_deadlines(text: str) -> list[Deadline]:
    """Every deadline expression in `text`, left to right, without overlaps."""
    folded = text.casefold()
    if not any(word in folded for word in _TRIGGER_WORDS) or not _TRIGGERS.search(text):
        return []  # most sentences hold no time expression at all
    found: list[tuple[int, int, int, Deadline]] = []
    for priority, (name, pattern) in enumerate(PATTERNS):
        if not any(word in folded for word in KEYWORDS[name]):
            continue
        if name in GUARDS and not GUARDS[name].search(text):
            continue
        # (a term after a dash closes its item: only the item's end is searched)
        at = max(0, len(text) - TERM_WINDOW) if name == "within_term" else 0
        for m in pattern.finditer(text, at):
            deadline = _build(name, m, text)
            if deadline is not None:
                found.append((deadline.start, -(deadline.end - deadline.start), priority,
                              deadline))
    kept: list[Deadline] = []
    taken = _Taken()
    for _, _, _, deadline in sorted(found, key=lambda f: (f[2], f[0], f[1])):
        if taken.overlaps(deadline.start, deadline.end):
            continue
        taken.add(deadline.start, deadline.end)
        kept.append(deadline)
    return sorted(kept, key=lambda d: d.start)


class _Taken:
    """Disjoint spans kept sorted: an overlap test is one bisection, not a scan of all.

    (A text with thousands of deadlines would otherwise be quadratic.)
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # of disjoint sorted spans, only the last one starting before `end` can overlap
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and start < self.ends[i]

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _extend_anchor(text: str, start: int) -> int:
    """Move `start` back over up to ANCHOR_WORDS words, stopping at punctuation."""
    for _ in range(ANCHOR_WORDS):
        lo = max(0, start - 80)
        # a match is a word and the white space up to `start` (W has no white space, and `\s`
        # is white space to `str.split`): it starts in the last word, searched from there
        parts = text[lo:start].rsplit(None, 1)
        m = _WORD_BEFORE.search(text, lo + len(parts[0]) if len(parts) == 2 else lo, start)
        if m is None:
            break
        start = m.start()
    return start


_CALENDAR_YEAR = regex.compile(_YEAR)


def _build(name: str, m: regex.Match, text: str) -> Deadline | None:
    groups = m.groupdict()
    relation = RELATION.get(name, name)
    duration = recurrence = None
    working = False
    if groups.get("dur"):
        duration, working = _duration(m)
        if duration is None:
            return None
    if name == "on_date" and _past_event(text, m.end()):
        return None
    if name == "before_event" and _COUNTED_THING.search(text, max(0, m.end("anchor") - 80),
                                                        m.end("anchor")):
        return None  # `105 балға дейін`: up to a count of things, not a time
    if name == "before_event" and _PLACE_RANGE.search(text, max(0, m.start() - 60), m.start()):
        return None  # `иектің төменгі жағынан бастап маңдайға дейін`: from a place to a place
    if name == "up_to" and not groups.get("n"):
        return None  # `күніне дейін`: a day the text names, no count
    if name == "up_to" and _CALENDAR_YEAR.fullmatch(groups["n"]):
        # `2001 жылға дейін`: until a calendar year, not a count of 2001 years
        return Deadline(m.group(0), m.start(), m.end(), "before", None, None, False,
                        f"{groups['n']} жыл")
    if name == "after_span" and not groups.get("n"):
        return None  # `күнінен кейін`: a day the text names, no window
    if name == "every_lapse":
        duration = None  # the period is the recurrence, no window of its own
    if name in ("recurrence_nlt", "every_n", "basis", "every_lapse", "at_least_every_n"):
        recurrence = _period(groups.get("per") or groups.get("sper"),
                             groups.get("rn") or groups.get("n"), bool(groups.get("rhalf")))
    elif name == "every":
        recurrence = _period(groups["per"], None, False)
    elif name == "at_least_once":
        recurrence = _per_times(groups["per"], groups["n"])
    start = m.start()
    anchor = groups.get("fixed_anchor")
    if groups.get("anchor"):
        if m.start("anchor") == m.start():
            start = _extend_anchor(text, m.start("anchor"))
        anchor = text[start:m.end("anchor")] if m.start("anchor") == m.start() \
            else text[_extend_anchor(text, m.start("anchor")):m.end("anchor")]
    date = None
    calendar = False
    if anchor:
        anchor = _anchor_noun(anchor)
        found = parse_date(anchor)
        date = found[0] if found else None
        calendar = bool(_CALENDAR_ANCHOR.search(anchor))
    # a day or a date (`2020 жылғы 1 қаңтарға дейін`, `1 наурызға дейін`, `айдың 10-күніне
    # дейін`) bounds a duty wherever it stands: not weak, unlike `... шыққанға дейін`
    return Deadline(text[start:m.end()], start, m.end(), relation, duration, recurrence, working,
                    anchor, weak=name in WEAK and not calendar, date=date)


# `X-тан бастап` just before `Y-ға дейін`, X no time (`жағынан бастап маңдайға дейін`): a
# range of places or things; a time is a day, a moment, a date (`кезден`, `1 қаңтардан`)
_PLACE_RANGE = regex.compile(
    r"(?<![\p{L}\d])(?<!\d\s)(?!(?:күн|сәт|кез|мерзім|жыл|ай|тоқсан|апта|уақыт|сағат|тәулі|"
    + _MONTHS_RE + r")\p{L}*\s)"
    r"\p{L}+(?:нан|нен|дан|ден|тан|тен)\s+бастап\s+$", I)
# a number and the thing counted, other than a time or a day of a month: `130 балға`
_COUNTED_THING = regex.compile(
    r"(?<![\p{L}\d])\d+(?:\s*\([^()]{0,30}\))?\s+(?!(?:" + _UNITS + "|жұлдыз|" + _MONTHS_RE
    + r")\p{L}*$)\p{L}+(?:-\p{L}+)?$", I)  # (`1 км-ге`: an abbreviation and its ending)
_NAMED_PERIOD = {"жылы", "айы", "күні", "аптасы", "тоқсаны"}
# the past participle, or the past tense: -ды after a consonant (`жасалды`, `қойды`);
# after a vowel it is the present (`енгізіледі`, `таниды`)
_PAST_FINITE = regex.compile(r"(?:\p{L}+[^\W\dаәеёиоөуұүыіэюяй](?:ды|ді|ты|ті)|\p{L}*қойды)$", I)
_PAST = regex.compile(r"\p{L}+(?:ған|ген|қан|кен)$|" + _PAST_FINITE.pattern, I)
_CLAUSE_END = regex.compile(r"[.;\n]")


def _past_event(text: str, end: int) -> bool:
    """A date that tells when something was done, not by when it is to be.

    `2014 жылғы 26 қыркүйекте Нью-Йоркте жасалған Келісім`, `... қыркүйекте Нью-Йорк
    қаласында екі данада жасалды`: the clause's verb after the date is past.
    """
    stop = _CLAUSE_END.search(text, end)
    words = [w.strip(",«»()") for w in text[end:stop.start() if stop else len(text)].split()]
    # the attributive participle follows the date and its place; a finite past verb may
    # close the clause or a part of it (`... тілдерінде жасалды, әрі ...`)
    return any(_PAST.search(w) for w in words[:3]) or any(
        _PAST_FINITE.search(w) for w in words)


def _duration(m: regex.Match) -> tuple[str | None, bool]:
    unit = m.group("unit").casefold()
    if unit.startswith("тәулі"):
        unit = "күн"  # `бір тәуліктен кешіктірмей`: a day (and its night)
    word = m.group("dur").split()[-1].casefold()
    if not m.group("n") and not m.group("half") and word in _NAMED_PERIOD:
        return None, False  # `оқу жылы ішінде`: the academic year, a named period, no count
    if m.group("half"):
        return ("P6M" if unit == "жыл" else None), False
    n_text = m.group("n")
    n = parse_number(n_text) if n_text else 1
    if n is None:
        return None, False
    working = bool(m.group("work"))
    if unit == "сағат":
        return f"PT{n}H", working
    if unit == "минут":
        return f"PT{n}M", working
    if unit == "тоқсан":
        return f"P{3 * n}M", working
    letter = {"күн": "D", "апта": "W", "ай": "M", "жыл": "Y"}[unit]
    return f"P{n}{letter}", working


def _period(per: str | None, n_text: str | None, half: bool) -> str | None:
    if per is None:
        return None
    count, letter = PERIOD[per.casefold()]
    if half and per.casefold() == "жыл":
        return "P6M"
    n = parse_number(n_text) if n_text else 1
    return f"P{count * (n or 1)}{letter}"


def _per_times(per: str, n_text: str) -> str:
    """`жылына кемінде екі рет` → at least every P6M; once a year → P1Y."""
    count, letter = PERIOD[per.casefold()]
    times = parse_number(n_text) or 1
    if letter == "Y" and 12 % times == 0 and times > 1:
        return f"P{12 // times}M"
    if letter == "M" and count % times == 0:
        return f"P{count // times}M"
    return f"P{count}{letter}"


def _anchor_noun(anchor: str) -> str:
    """`... аяқталған күннен` → `... аяқталған күн`: the event, without its case ending."""
    words = anchor.split()
    if words:
        m = _DAY_NOUN.match(words[-1])
        if m:
            words[-1] = m.group(1)
    return " ".join(words)
