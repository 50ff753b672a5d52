"""Russian words through pymorphy3: lemma, part of speech, case, and the nominative.

The analyzer (with its OpenCorpora dictionaries from `pymorphy3-dicts-ru`) is built
once per process and every word form is analysed once: the extractors ask the
same few hundred words again and again. Nothing is downloaded at run time.

The extractors ask: is this word a verb in the present, an infinitive, a noun in
the instrumental; which case can it be in; what is its nominative (`Министерством`
→ `Министерство`, `уполномоченным органом` → `уполномоченный орган`); does it name
a body or a person a duty can be laid on (`орган`, `комиссия`, `председатель`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


@functools.lru_cache(maxsize=1)
def analyzer():
    """The pymorphy3 analyzer for Russian, built once per process."""
    import pymorphy3  # imported here: Kazakh documents never pay for the dictionaries

    return pymorphy3.MorphAnalyzer(lang="ru")


@dataclass(frozen=True)
class Form:
    """One reading of a word form: its lemma (`ё` read as `е`), part of speech, grammemes."""

    lemma: str
    pos: str | None
    grammemes: frozenset[str]
    score: float

    @property
    def case(self) -> str | None:
        return next((g for g in _CASES if g in self.grammemes), None)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}


@functools.lru_cache(maxsize=65536)
def forms(word: str) -> tuple[Form, ...]:
    """Every reading pymorphy3 gives of `word`, most likely first."""
    out = []
    for p in analyzer().parse(word):
        out.append(Form(p.normal_form.replace("ё", "е"), p.tag.POS,
                        frozenset(str(p.tag).replace(" ", ",").split(",")), p.score))
    return tuple(out)


def lemma(word: str) -> str:
    """The most likely lemma: `органом` → `орган`, `десяти` → `десять`."""
    found = forms(word)
    return found[0].lemma if found else word.casefold()


def lemmas(word: str) -> set[str]:
    return {f.lemma for f in forms(word)}


def pos(word: str) -> str | None:
    """The most likely part of speech (pymorphy3's OpenCorpora tags: NOUN, VERB, INFN, ...)."""
    found = forms(word)
    return found[0].pos if found else None


def cases(word: str, *, nominal: bool = True) -> set[str]:
    """Every case `word` can be in (of its noun-like readings when `nominal`)."""
    return {f.case for f in forms(word) if f.case and (not nominal or f.pos in _NOMINAL)}


def is_finite_present(word: str) -> bool:
    """`рассматривает`, `принимаются`: a verb in the present (or the perfective future),
    indicative, 3rd person - the normative present of legal text."""
    found = forms(word)
    if not found:
        return False
    best = found[0]
    return best.pos == "VERB" and "indc" in best.grammemes and "3per" in best.grammemes \
        and ("pres" in best.grammemes or "futr" in best.grammemes)


def is_infinitive(word: str) -> bool:
    found = forms(word)
    return bool(found) and found[0].pos == "INFN"


def is_predicate_word(word: str) -> bool:
    """A verb in any finite form, an infinitive, a short participle or a gerund: a word
    that ends a noun phrase."""
    found = forms(word)
    return bool(found) and found[0].pos in ("VERB", "INFN", "PRTS", "GRND")


def is_reflexive(word: str) -> bool:
    return word.casefold().endswith(("ся", "сь"))


def is_preposition(word: str) -> bool:
    found = forms(word)
    return bool(found) and found[0].pos == "PREP"


def is_participle(word: str) -> bool:
    """A full participle or a gerund: the head of a modifier phrase, not a predicate."""
    found = forms(word)
    return bool(found) and found[0].pos in ("PRTF", "GRND")


# --- actors ----------------------------------------------------------------------------
# Lemmas of the bodies and persons Russian acts lay duties on.
ACTOR_LEMMAS = frozenset({
    "министерство", "министр", "орган", "комиссия", "член", "председатель", "секретарь",
    "совет", "комитет", "департамент", "отдел", "агентство", "ведомство", "служба",
    "правительство", "президент", "акимат", "аким", "маслихат", "организатор", "организация",
    "учреждение", "предприятие", "лицо", "заявитель", "участник", "оператор", "поставщик",
    "заказчик", "дилер", "оценщик", "эксперт", "специалист", "сотрудник", "работник",
    "курсант", "посетитель", "начальник", "заместитель", "руководитель", "помощник",
    "подразделение", "центр", "суд", "прокуратура", "банк", "фонд", "общество", "объединение",
    "ассоциация", "союз", "палата", "парламент", "депутат", "государство", "сторона",
    "кандидат", "ученый", "гражданин", "субъект", "представитель", "инспектор", "нотариус",
    "директор", "ректор", "собственник", "владелец", "пользователь", "получатель",
    "исполнитель", "работодатель", "арендатор", "арендодатель", "инспекция", "администрация",
    "управление", "штаб", "аппарат", "делегация", "депозитарий", "уполномоченный",
    "сопровождающий", "дежурный", "перевозчик", "экипаж", "капитан", "командир", "врач",
    "администратор", "держатель", "агент", "эмитент", "налогоплательщик", "плательщик",
    "потребитель", "производитель", "импортер", "экспортер", "декларант", "подрядчик",
    "исполком", "бюро", "полиция", "военнослужащий", "слушатель", "обучающийся", "родитель",
    "опекун", "претендент", "победитель", "арбитр", "канцелярия", "корпорация", "компания",
    "товарищество", "кооператив", "университет", "институт", "академия", "сессия",
    "коллегия", "правление", "президиум", "дирекция", "собрание", "трибунал", "секретариат",
    "партия", "профсоюз", "лицензиар", "лицензиат", "нотариат", "служащий",
    # units of a body and those in command of one
    "сектор", "отделение", "филиал", "представительство", "командование", "руководство",
})
# nouns for who gives, gets or uses something: agents, known to the dictionary or not
# (`услугодатель`, `услугополучатель`, `недропользователь`)
_AGENT_ENDINGS = ("датель", "получатель", "пользователь", "приобретатель")
# nouns that name a body only with a qualifier: `дежурная часть`, `воинская часть`
QUALIFIED_LEMMAS = {"часть": ("дежурный", "воинский")}
# participles and adjectives used as nouns (`сопровождающим`, `уполномоченного`): their
# lemma is the verb's infinitive, so they are matched by their masculine nominative
_SUBSTANTIVES = {"сопровождать": "сопровождающий", "дежурить": "дежурный",
                 "уполномочить": "уполномоченный", "обучаться": "обучающийся",
                 "служить": "служащий"}


def actor_lemma(word: str) -> str | None:
    """The actor lemma `word` is a form of (`органом` → `орган`), or None."""
    w = word.strip("«»\"'()")
    if not w or not w[0].isalpha():
        return None
    for f in forms(w):
        if f.pos not in ("NOUN", "ADJF", "PRTF"):
            continue
        name = _SUBSTANTIVES.get(f.lemma, f.lemma) if f.pos == "PRTF" else f.lemma
        if name in ACTOR_LEMMAS or name in QUALIFIED_LEMMAS:
            return name
    # a person the dictionary knows (`поставщик`, `лицензиар`), or an agent noun it does not
    best = forms(w)[0] if forms(w) and len(w) >= 3 else None
    if best is None or best.pos != "NOUN":
        return None
    person = "anim" in best.grammemes and not {"Name", "Surn", "Patr"} & best.grammemes
    return best.lemma if person or best.lemma.endswith(_AGENT_ENDINGS) else None


def is_actor_word(word: str, before: str | None = None) -> bool:
    """Whether `word` names a body or person; `before` is the word in front of it (a
    qualified noun such as `часть` counts only after its qualifier)."""
    name = actor_lemma(word)
    if name is None:
        return False
    if name in QUALIFIED_LEMMAS:
        return before is not None and lemma(before) in QUALIFIED_LEMMAS[name]
    if name == "уполномоченный":
        return False  # `уполномоченный орган`: an adjective here; a noun only as a term
    return True


# --- the nominative ----------------------------------------------------------------------

def to_nominative(word: str, case: str, number: str | None = None,
                  gender: str | None = None) -> str:
    """`органом` (ablt) → `орган`, `центральным` (datv, plur) → `центральные`,
    `рабочим` (ablt, masc) → `рабочий`.

    The word keeps its number (and an adjective the gender of its noun) and its capital.
    """
    if case == "nomn":
        return word
    parses = [p for p in analyzer().parse(word)
              if p.tag.case == case and p.tag.POS in _NOMINAL]
    if number is not None:
        parses = [p for p in parses if p.tag.number in (None, number)] or parses
    if gender is not None:
        parses = [p for p in parses if p.tag.gender in (None, gender)
                  or p.tag.POS == "NOUN"] or parses
        # a reading in the noun's gender first (`первого` before `руководителя`: the
        # adjective `первый`, not the noun `первое`)
        parses.sort(key=lambda p: p.tag.gender != gender)
    for p in parses:
        want = {"nomn"}
        if p.tag.number:
            want.add(p.tag.number)
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing" and p.tag.gender:
            want.add(p.tag.gender)
        inflected = p.inflect(want)
        if inflected is None:
            continue
        out = inflected.word
        if "ё" in out and "ё" not in word.casefold():
            out = out.replace("ё", "е")
        if word.isupper() and len(word) > 1:
            out = out.upper()
        elif word[:1].isupper():
            out = out[:1].upper() + out[1:]
        return out
    return word


__all__ = ["analyzer", "forms", "lemma", "cases", "is_finite_present", "is_infinitive",
           "is_actor_word", "actor_lemma", "to_nominative", "Form"]
