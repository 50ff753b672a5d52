"""Just enough Kazakh noun morphology to find and name the actors of a clause.

No Kazakh morphological analyser installs from the registries, so this is a
suffix analyser: a noun is stem + plural + possessive + case, each slot from a
closed list of endings. It is asked only two things: which case a word is in
(is it a subject?), and what its nominative is (Министрлікке → Министрлік).
"""

from __future__ import annotations

import functools

import regex

from ..normalize.vocabulary import load_lexicon

PLURALS = ("лар", "лер", "дар", "дер", "тар", "тер")
POSSESSIVES = ("лары", "лері", "дары", "дері", "тары", "тері", "сы", "сі", "ы", "і")
# case -> endings; after a 3rd-person possessive the n-forms are used (құрамына, қызметін)
CASES: dict[str, tuple[str, ...]] = {
    "genitive": ("ның", "нің", "дың", "дің", "тың", "тің"),
    "dative": ("ға", "ге", "қа", "ке", "на", "не"),
    "accusative": ("ны", "ні", "ды", "ді", "ты", "ті", "н"),
    "locative": ("нда", "нде", "да", "де", "та", "те"),
    "ablative": ("нан", "нен", "дан", "ден", "тан", "тен"),
    "instrumental": ("мен", "бен", "пен", "менен"),
}
_CASE_ORDER = sorted(((e, c) for c, es in CASES.items() for e in es), key=lambda x: -len(x[0]))
_VOWELS = set("аәеиоөұүуыіэюяАӘЕИОӨҰҮУЫІЭЮЯ")

# Head nouns of the bodies and persons Kazakh acts lay duties on, as stems with
# their consonant alternations (министрлік/министрлігі, хатшылық/хатшылығы).
ACTOR_STEMS = (
    "министрлік", "министрліг", "министр", "кеңес", "мекеме", "орган", "ұйым", "тарап",
    "төраға", "хатшылық", "хатшылығ", "хатшы", "мүше", "өкіл", "басшы", "комиссия", "комитет",
    "департамент", "әкімдік", "әкімдіг", "әкім", "үкімет", "депозитарий", "агенттік",
    "агенттіг", "ведомство", "кәсіпорын", "кәсіпорн", "мемлекет", "азамат", "тұлға",
    "қызметкер", "инспектор", "инспекция", "сот", "прокуратура", "палата", "парламент",
    "президент", "бөлімше", "делегация", "сарапшы", "бақылаушы", "мәслихат", "банк",
    "оператор", "жеткізуші", "тапсырыс беруші", "өтініш беруші", "пайдаланушы",
    "жұмыс беруші", "меншік иесі", "иесі", "заңды тұлға", "жеке тұлға", "әкімшілік",
    "әкімшіліг", "басқарма",
    "қор", "жауапты адам", "лауазымды адам", "адам", "субъект", "субьект",
    "субъекті", "субьекті", "қатысушы",  # `субъектілері`: a loanword takes a link vowel
    "әріптес", "депутат", "директор", "бастық", "бастығ", "уәкіл", "ректор", "штаб",
    "ассоциация", "одақ", "одағ", "бірлестік", "бірлестіг", "полиция", "қызмет",
    "полицей", "бөлім", "бөлініс", "аппарат", "орынбасар", "вице-министр", "дилер", "акционер",
    "кандидат", "ғалым", "топ", "тоб", "нотариус", "капитан", "экипаж", "билік орн",
    "өкілдік", "өкілдіг",
    "билік орын", "декларация",
    # `Мемлекеттік корпорация`, companies, schools, a body's office, unit and command
    "корпорация", "серіктестік", "серіктестіг", "университет", "институт", "академия",
    "кеңсе", "сектор", "филиал", "қолбасшылық", "қолбасшылығ",
    # a specialist (`аппараттың маманы`), a civil servant (`«Б» корпусының қызметшісі`)
    "маман", "қызметші",
)
_ACTOR = sorted(ACTOR_STEMS, key=len, reverse=True)
# stems by their first two letters, longest first: a word is compared with a handful, not all
_ACTOR_INDEX: dict[str, list[str]] = {}
for _stem in _ACTOR:
    _ACTOR_INDEX.setdefault(_stem[:2], []).append(_stem)
# `қызмет` is a body only with a qualifier (дипломатиялық қызмет); alone it means "activity"
WEAK_STEMS = {"қызмет", "адам", "мемлекет", "қатысушы", "иесі", "субъект", "субьект",
              "субъекті", "субьекті"}
_WORD = regex.compile(r"[\p{L}\-]+")

# words that follow a noun and take it as their object: a noun before one is no subject
POSTPOSITIONS = {"ретінде", "бойынша", "үшін", "туралы", "арқылы", "сияқты", "сайын", "қарай",
                 "дейін", "бастап", "кейін", "соң", "қатысты", "байланысты", "болып"}


@functools.lru_cache(maxsize=65536)
def case_of(word: str) -> str:
    """The case a noun form is in ('nominative' when no case ending is found).

    Ambiguous short words are read as nominative: a wrong 'nominative' costs
    less (the actor search then checks the actor lexicon) than a missed one.
    """
    w = word.casefold().strip("«»\"'()[],.;:")
    actor = analyse_actor(w)
    if actor is not None:
        return actor[1]
    if w.endswith("стан"):
        return "nominative"  # Қазақстан, Өзбекстан: -стан is the name, not an ablative
    for ending, case in _CASE_ORDER:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem = w[: -len(ending)]
            if case == "accusative" and ending in ("ны", "ні") and stem[-1:] not in _VOWELS:
                continue
            if case == "accusative" and ending in ("ды", "ді", "ты", "ті") and stem[-1:] in _VOWELS:
                continue
            if case == "accusative" and ending == "н" and not stem.endswith(("ы", "і", "сы", "сі")):
                continue
            return case
    return "nominative"


@functools.lru_cache(maxsize=65536)
def analyse_actor(word: str) -> tuple[str, str] | None:
    """(stem, case) when `word` is an actor noun in some form, else None.

    The part after the stem must be a well-formed chain of plural, possessive
    and case endings: `мемлекеттік` (an adjective) is not a form of `мемлекет`.
    Besides the bodies and offices of the lexicon, an agent noun in `-шы/-ші`
    names who does something (`ұйымдастырушы`, `импорттаушы`, `келуші`, `әкімші`).
    """
    w = word.casefold().strip("«»\"'()[],.;:")
    for stem in _ACTOR_INDEX.get(w[:2], ()):
        if w.startswith(stem):
            case = suffix_case(w[len(stem):])
            if case is not None:
                return stem, case
    m = _AGENT.match(w)
    if m:
        case = suffix_case(w[m.end():])
        if case is not None:
            return m.group(0), case
    return None


# an agent noun: at least three letters before -шы/-ші (`алушы`, `көмекші`), not an ordinal
# (`бірінші`, `үшінші`: -ншы/-нші) or a number word
_AGENT = regex.compile(r"\p{L}{3,}?(?<!н)(?:шы|ші)")


def _nominative_part(rest: str) -> int:
    """How much of a suffix chain is plural and possessive (what the nominative keeps)."""
    for plural in ("", *PLURALS):
        if not rest.startswith(plural):
            continue
        after = rest[len(plural):]
        for possessive in ("", *POSSESSIVES):
            if not after.startswith(possessive):
                continue
            ending = after[len(possessive):]
            if ending == "" or any(ending in endings for endings in CASES.values()) \
                    and not (ending == "н" and not possessive):
                return len(plural) + len(possessive)
    return len(rest)


def suffix_case(rest: str) -> str | None:
    """The case a suffix chain ends in, or None if `rest` is not a suffix chain."""
    if rest == "":
        return "nominative"
    for plural in ("", *PLURALS):
        if not rest.startswith(plural):
            continue
        after_plural = rest[len(plural):]
        for possessive in ("", *POSSESSIVES):
            if not after_plural.startswith(possessive):
                continue
            ending = after_plural[len(possessive):]
            if ending == "":
                return "nominative"
            for case, endings in CASES.items():
                if ending in endings:
                    if ending == "н" and not possessive:
                        continue
                    return case
    return None


def nominative(word: str) -> str:
    """The word without its case ending, keeping plural and possessive.

    `Министрлікке` → `Министрлік`, `органдарының` → `органдары`,
    `бөлімшелеріне` → `бөлімшелері`, `төрағалардың` → `төрағалар`; an actor noun is
    cut where its own analysis ends (`департаменті` is possessive, not accusative).
    """
    core = word.strip("«»\"'()[],.;:")
    lower = core.casefold()
    actor = analyse_actor(lower)
    if actor is not None:
        keep = len(actor[0]) + _nominative_part(lower[len(actor[0]):])
        return core[:keep]
    for ending, case in _CASE_ORDER:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            if case == "accusative" and ending == "н" and not stem.endswith(("ы", "і")):
                continue
            if analyse_actor(lower) is not None or case_of(lower) == case:
                return core[: len(core) - len(ending)]
    return core


# pronouns and determiners that end like possessives (`осы`, `сондай`)
FUNCTION_WORDS = {"осы", "бұл", "сол", "мына", "сондай", "осындай", "мұндай", "әрбір", "әрі",
                  "оның", "олардың", "өз", "өзі", "өзінің", "өздері", "өздерінің", "біреуі",
                  "келесі", "тиісті"}
_N_CASES = ("ның", "нің", "нда", "нде", "нан", "нен", "мен", "на", "не", "н")


@functools.lru_cache(maxsize=65536)
def is_possessed(word: str) -> bool:
    """A 3rd-person possessive form (`құрамына`, `хатшылығының`, `басшысы`, `қызметі`).

    Kept apart from the accusative it resembles: `төрағаны`, `Ережені` (-ны/-ні
    after a vowel) and `шешімді`, `Кеңесті` (-ды/-ді/-ты/-ті after a consonant).
    """
    w = word.casefold().strip("«»\"'()[],.;:")
    if w in FUNCTION_WORDS:
        return False
    actor = analyse_actor(w)
    if actor is not None:
        rest = w[len(actor[0]):]
        return any(rest.startswith(p) or p in rest for p in POSSESSIVES) and \
            suffix_case(rest) is not None and _has_possessive(rest)
    for ending in _N_CASES:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            base = w[: -len(ending)]
            if base.endswith(("ы", "і")):
                w = base
                break
    if w.endswith(("сы", "сі")):
        return True
    if not w.endswith(("ы", "і")) or len(w) < 4:
        return False
    before, consonant = w[-3], w[-2]
    if consonant == "н" and before in _VOWELS:
        return False  # төраға-ны: accusative
    if consonant in "дт" and (before not in _VOWELS or before in "уУ"):
        # шешім-ді, Кеңес-ті, хабарландыру-ды (у is a consonant here): accusative;
        # жауап-ты, уәкілет-ті: adjective
        return False
    if consonant == "л" and before in _VOWELS:
        return False  # мүдде-лі, тура-лы: adjective or postposition (actor nouns such as
        # өкілі were settled by the lexicon above)
    return True


def _has_possessive(rest: str) -> bool:
    for plural in ("", *PLURALS):
        if rest.startswith(plural):
            after = rest[len(plural):]
            if any(after.startswith(p) for p in POSSESSIVES if p not in PLURALS):
                return True
    return False


def is_actor_word(word: str) -> bool:
    return analyse_actor(word) is not None


def words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each word of `text`."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


# forms a verb stem takes (its verbal noun, present, participles): the lexicon knows a stem
# as a verb's when one of them is a word of it
_VERB_FORMS = ("у", "еді", "ады", "ейді", "айды", "етін", "атын", "ген", "ған", "іп", "ып")


@functools.lru_cache(maxsize=4096)
def is_verb_stem(stem: str) -> bool:
    """Whether `stem` (`жүгін`) is a verb's in the shipped lexicon: `жүгіне алады` is a
    converb and `алады` "can", not a noun in the dative (`назарына алады`, takes into
    account)."""
    lexicon = load_lexicon("kk")
    stem = stem.casefold()
    return any(stem + form in lexicon for form in _VERB_FORMS)


@functools.lru_cache(maxsize=4096)
def plausible_noun_form(word: str) -> bool:
    """Whether `word` is a known word in the accusative (`қызметін`: `қызмет` + `ін`), which
    a participle in `-етін` only looks like."""
    lexicon = load_lexicon("kk")
    w = word.casefold()
    return any(w.endswith(e) and w[:-len(e)] in lexicon
               for e in ("ін", "ын", "ні", "ны", "ді", "ды", "ті", "ты"))
