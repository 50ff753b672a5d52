"""The actor of a Russian clause, as a noun phrase, and its nominative.

A noun phrase is a body or person (see `morphology.ACTOR_LEMMAS`) with the words that
agree with it in case, number and gender (`центральным и местным исполнительным
органам`), its genitive complements (`Департамент кадровой политики Министерства
внутренних дел`), a qualifier a body's name takes (`Отдел по управлению ...`,
`уполномоченный орган в области ...`) and its conjuncts in the same case (`органы ... и
субъекты ...`). Which phrase is the actor depends on the cue (see `obligations`): the
subject in the nominative, a passive's agent in the instrumental, a directive's
addressee in the dative, the one a duty is laid on after `на`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .morphology import (
    Form,
    actor_lemma,
    cases,
    forms,
    is_actor_word,
    is_participle,
    is_preposition,
    lemma,
    pos,
    to_nominative,
)
from .obligations import (
    CONJUNCTIONS,
    ENTITLED,
    NOMINATIVE_RELATIVE,
    OBLIGED,
    Cue,
    Tok,
    find_cue,
    mask,
    tokens_of,
)


@dataclass(frozen=True)
class NounPhrase:
    start: int  # offsets in the text it was read from
    end: int
    case: str  # the case it stands in, or "quantified" (`один из членов`)
    agree: tuple[tuple[int, int], ...]  # the words to inflect: heads and what agrees with them

    def surface(self, text: str) -> str:
        return text[self.start:self.end]


# bodies whose name takes a qualifier (`Комитет по делам ...`, `орган в области ...`)
ORGANIZATIONS = frozenset({
    "министерство", "орган", "комиссия", "совет", "комитет", "департамент", "отдел",
    "агентство", "ведомство", "служба", "управление", "центр", "инспекция", "подразделение",
    "организация", "учреждение", "палата", "фонд", "уполномоченный",
})
# `по` phrases that say how or why, not which body: `по результатам`, `по согласованию`
ADVERBIAL_PO = frozenset({
    "результатам", "итогам", "решению", "согласованию", "поручению", "представлению", "мере",
    "истечении", "причине", "заявлению", "запросу", "месту", "форме", "мнению", "усмотрению",
    "требованию", "инициативе", "окончании", "завершении", "получении", "прибытии",
    "основаниям", "возможности", "необходимости", "собственной", "своему", "своей",
})


def _is_actor(word: str, before: str | None, named: frozenset[str]) -> bool:
    """A body or person: by the lexicon, or as a term the act defined for one (`(далее –
    Госкорпорация)`, `(далее – ЦОН)`), in any case form."""
    if is_actor_word(word, before):
        return True
    if not named:
        return False
    w = word.casefold().strip("«»")
    # (the first word of a term of several, `АОО «НИШ»`, only when it is an abbreviation)
    return w in named or lemma(w) in named or (word.isupper() and w in _first_words(named))


@functools.lru_cache(maxsize=64)
def _first_words(named: frozenset[str]) -> frozenset[str]:
    """The first words of the terms of several words (`АОО «НИШ»`): they open the term."""
    return frozenset(t.split()[0].strip("«»") for t in named if len(t.split()) > 1)


def _head_form(word: str, case: str) -> Form | None:
    """The reading of a head word in `case`, a noun's before an adjective's."""
    found = [f for f in forms(word) if f.case == case and f.pos in ("NOUN", "ADJF", "PRTF")]
    found.sort(key=lambda f: f.pos != "NOUN")
    return found[0] if found else None


def _agrees(word: str, case: str, head: Form | None) -> bool:
    """Whether `word` is an adjective or participle agreeing with the head reading."""
    if word.casefold() in ("каждый", "каждая", "каждое", "каждые"):
        return True
    for f in forms(word)[:6]:
        if f.pos not in ("ADJF", "PRTF") or f.case != case:
            continue
        if head is None:
            return True
        number = "plur" if "plur" in head.grammemes else "sing"
        if number not in f.grammemes:
            continue
        if number == "sing":
            gender = next((g for g in ("masc", "femn", "neut") if g in head.grammemes), None)
            if gender and not ({gender, "ms-f"} & f.grammemes):
                continue
        return True
    return False


def _group_start(toks: list[Tok], k: int, case: str) -> int:
    """Walk left from the noun at k over the words that agree with it (`центральным и
    местным исполнительным органам`, `заинтересованный (аффилированный) член`)."""
    head = _head_form(toks[k].text, case)
    s = k
    while s > 0:
        prev = toks[s - 1]
        if prev.paren and s - 2 >= 0 and _agrees(toks[s - 2].text, case, head):
            s -= 1
            continue
        if prev.low in ("и", ",", "или") and s - 2 >= 0 and s < k and \
                _agrees(toks[s - 2].text, case, head) and _agrees(toks[s].text, case, head):
            s -= 1
            continue
        if prev.word and not is_preposition(prev.text) and _agrees(prev.text, case, head):
            s -= 1
            continue
        break
    return s


def _plain_word(tok: Tok) -> bool:
    """A content word: not a preposition, conjunction or particle, not a lone letter."""
    return tok.word and (len(tok.text) > 1 or tok.text.isupper()) \
        and not is_preposition(tok.text) and tok.low not in CONJUNCTIONS \
        and pos(tok.text) not in ("CONJ", "PRCL", "ADVB", "INTJ")


def _complements(toks: list[Tok], k: int, limit: int) -> int:
    """Extend the phrase headed at k over its genitive complements and the qualifier of a
    body's name (`Департамент кадровой политики Министерства внутренних дел`, `Отдел по
    управлению подведомственными организациями`, `орган в области регулирования ...`)."""
    organization = actor_lemma(toks[k].text) in ORGANIZATIONS
    end = k
    q = k + 1
    while q < limit:
        t = toks[q]
        if t.text == "«" and end == q - 1:
            # a quoted name (`обществом «Национальный центр ...»`): part of the phrase
            close = next((r for r in range(q, limit) if toks[r].text == "»"), None)
            if close is None:
                break
            end = close
            q = close + 1
            continue
        if organization and q + 1 < limit and (
                t.low == "по" and toks[q + 1].low not in ADVERBIAL_PO
                or t.low == "в" and toks[q + 1].low in ("области", "сфере")):
            r = q + 1
            while r < limit and _plain_word(toks[r]) and not _verbish(toks[r].text):
                r += 1
            end = r - 1
            q = r
            continue
        if not _plain_word(t) or _verbish(t.text):
            break
        if "gent" in cases(t.text) or _abbreviation(t.text) or (
                toks[q - 1].low.startswith("республик") and "Geox" in _tags(t.text)):
            end = q
            q += 1
            continue
        break
    return end


def _tags(word: str) -> frozenset[str]:
    found = forms(word)
    return found[0].grammemes if found else frozenset()


def _abbreviation(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _verbish(word: str) -> bool:
    return pos(word) in ("VERB", "INFN", "PRTS", "GRND", "PRED") \
        or word.casefold() in OBLIGED | ENTITLED


def _phrase(toks: list[Tok], k: int, case: str, limit: int,
            named: frozenset[str] = frozenset()) -> NounPhrase:
    """The noun phrase headed by the actor word at k, in `case`, with its conjuncts."""
    s = _group_start(toks, k, case)
    agree = [(toks[i].start, toks[i].end) for i in range(s, k + 1) if toks[i].word]
    end = _complements(toks, k, limit)
    # conjuncts in the same case: `органы ... и субъекты ...`, `ННС, уполномоченным органом
    # и (или) отраслевыми уполномоченными органами либо юридическими лицами`
    while True:
        q = end + 1
        steps = 0
        while q < limit and steps < 3 and (toks[q].low in CONJUNCTIONS or toks[q].paren):
            q += 1
            steps += 1
        if steps == 0 or q >= limit:
            break
        head = next((r for r in range(q, min(limit, q + 4))
                     if _is_actor(toks[r].text, toks[r - 1].text, named)
                     and case in cases(toks[r].text)), None)
        if head is None:
            break
        head_form = _head_form(toks[head].text, case)
        if not all(_agrees(toks[r].text, case, head_form) for r in range(q, head)):
            break
        agree += [(toks[i].start, toks[i].end) for i in range(q, head + 1) if toks[i].word]
        end = _complements(toks, head, limit)
    # a bracketed remark after the head (`сопровождающим (ими)`) stays; a definition goes
    while end + 1 < limit and toks[end + 1].paren and not toks[end + 1].low.startswith(
            "(далее"):
        end += 1
    # a defined term of several words that the head opens (`АОО «НИШ»`) is the phrase
    if end == k and toks[k].low.strip("«»") in _first_words(named):
        unquoted = {_unquoted(t) for t in named}
        for r in range(k + 1, min(limit, k + 5)):
            words = " ".join(t.low for t in toks[k:r + 1])
            if words.replace("« ", "«").replace(" »", "»") in named or \
                    _unquoted(words) in unquoted:
                end = r
                break
    return NounPhrase(toks[s].start, toks[end].end, case, tuple(agree))


def _unquoted(text: str) -> str:
    return " ".join(text.replace("«", " ").replace("»", " ").split())


def _actor_heads(toks: list[Tok], case: str, lo: int, hi: int,
                 named: frozenset[str] = frozenset()):
    """(index, group start) of the actor words in [lo, hi) that can be in `case` and are
    no object of a preposition (`с помощником`, `между организатором и Дилером`), nor
    adjectives of a noun after them (`дежурная часть`)."""
    for k in range(lo, hi):
        t = toks[k]
        if t.masked or not t.word:
            continue
        if not _is_actor(t.text, toks[k - 1].text if k else None, named):
            continue
        if case not in cases(t.text) and not (
                (t.low in named or t.low in _first_words(named)) and t.text.isupper()
                and not _complement_position(toks, k)):
            continue
        if _modifies_next(toks, k, case):
            continue  # an adjective here (`дежурная часть`, `рабочим органом`)
        s = _group_start(toks, k, case)
        if _after_preposition(toks, s, case):
            continue
        yield k, s


def _complement_position(toks: list[Tok], k: int) -> bool:
    """An abbreviation that does not inflect (`КС`) right after a noun or a participle is
    its complement (`Состав КС`, `предоставленным КС`), in whatever case it stands."""
    prev = next((toks[r] for r in range(k - 1, -1, -1) if not toks[r].masked), None)
    return prev is not None and prev.word and pos(prev.text) in ("NOUN", "ADJF", "PRTF")


def _modifies_next(toks: list[Tok], k: int, case: str) -> bool:
    """Whether the word at k is an adjective or participle of the noun after it."""
    if k + 1 >= len(toks) or not toks[k + 1].word:
        return False
    head = _head_form(toks[k + 1].text, case)
    return head is not None and head.pos == "NOUN" and _agrees(toks[k].text, case, head)


def _after_preposition(toks: list[Tok], s: int, case: str) -> bool:
    """Whether the group starting at s is governed by a preposition, itself or as a later
    conjunct of a group that is (`между организатором и Дилером`)."""
    for _ in range(3):
        if s == 0:
            return False
        prev = toks[s - 1]
        if prev.word and is_preposition(prev.text):
            return True
        if prev.low not in ("и", "или", "либо") or s < 2:
            return False
        earlier = s - 2
        if not toks[earlier].word or case not in cases(toks[earlier].text) \
                or not is_actor_word(toks[earlier].text):
            return False
        s = _group_start(toks, earlier, case)
    return False


def _prepared(text: str) -> list[Tok]:
    toks = tokens_of(text)
    mask(toks, keep_first_relative=bool(toks) and toks[0].low in NOMINATIVE_RELATIVE)
    return toks


def _clause_limit(toks: list[Tok], k: int) -> int:
    """Where a phrase starting at k must end: the end of the clause or a subordinate one."""
    for q in range(k + 1, len(toks)):
        if toks[q].text in (";", ".", ":") or toks[q].masked == "s":
            return q
    return len(toks)


def _likely_cases(word: str) -> set[str]:
    """The cases of a word's likely readings (pymorphy3's score of 0.1 or more)."""
    return {f.case for f in forms(word) if f.case and f.score >= 0.1}


def _inside_phrase(prev: Tok) -> bool:
    """Whether the word before a noun is part of a noun phrase the noun would complement."""
    return prev.word and pos(prev.text) in ("NOUN", "ADJF", "PRTF", "NUMR") \
        and prev.low not in CONJUNCTIONS


def find_subject(text: str, cue: Cue | None,
                 named: frozenset[str] = frozenset()) -> NounPhrase | None:
    """The subject of a clause: a body or person in the nominative, before the predicate
    (or after it when it cannot be an object: `его функции осуществляет один из членов`)."""
    toks = _prepared(text)
    limit = len(toks)
    cue_at = next((i for i, t in enumerate(toks) if cue is not None and t.start >= cue.start),
                  limit)
    first = next((t for t in toks if t.word and not t.masked), None)
    # `Контроль за исполнением ... осуществляет уполномоченный орган`: a thing fronted as
    # the object, the actor after the verb its subject
    fronted = first is not None and pos(first.text) == "NOUN" and \
        "accs" in cases(first.text) and not _is_actor(first.text, None, named)
    for k, s in _actor_heads(toks, "nomn", 0, limit, named):
        if k > cue_at and "accs" in _likely_cases(toks[k].text) and not fronted:
            continue  # after the verb, an inanimate noun is read as its object
        if k > cue_at and _likely_cases(toks[k].text) == {"gent"}:
            continue  # `... актами Президента ... и Правительства`: a genitive, no subject
        if s > 0 and _inside_phrase(toks[s - 1]) and cases(toks[k].text) - {"nomn", "accs"}:
            continue  # `деятельности комиссии`: a complement that only looks nominative
        return _phrase(toks, k, "nomn", _clause_limit(toks, k), named)
    # `один из членов комиссии`, `каждый из членов`: one of them acts
    for i, t in enumerate(toks):
        if t.masked or t.low not in ("один", "одна", "каждый", "каждая", "любой"):
            continue
        if i + 2 < limit and toks[i + 1].low == "из" and is_actor_word(toks[i + 2].text):
            inner = _phrase(toks, i + 2, "gent", _clause_limit(toks, i + 2))
            return NounPhrase(t.start, inner.end, "quantified", inner.agree)
    return None


def inanimate_subject(text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether the clause opens with a thing in the nominative as its subject
    (`Обжалование решения не приостанавливает ...`, `Нарушение ... влечет ...`): what it
    says is what a thing does, not what someone must do."""
    toks = _prepared(text)
    first = next((t for t in toks if t.word), None)
    if first is None or first.masked or not first.text[:1].isupper():
        return False
    found = forms(first.text)
    if not found or found[0].pos != "NOUN" or "anim" in found[0].grammemes:
        return False
    return "nomn" in _likely_cases(first.text) and not _is_actor(first.text, None, named)


def agent_of(text: str, cue: Cue, named: frozenset[str] = frozenset()) -> NounPhrase | None:
    """The agent of a passive: a body or person in the instrumental (`рассматриваются
    комиссией`), not after a preposition (`с помощником`), a participle (`определенными
    Правительством`) or a verbal noun (`в ходе рассмотрения комиссией`) - the agents of
    those - unless the cue governs one (`подлежат исполнению уполномоченным органом`)."""
    toks = _prepared(text)
    for k, s in _actor_heads(toks, "ablt", 0, len(toks), named):
        prev = toks[s - 1] if s > 0 else None
        if prev is not None and prev.word:
            if is_participle(prev.text):
                continue
            if _VERBAL_NOUN.search(prev.low) and not cue.governs:
                continue
        if prev is not None and prev.text == "," and s > 1 and is_participle(toks[s - 2].text):
            continue
        return _phrase(toks, k, "ablt", _clause_limit(toks, k), named)
    return None


_VERBAL_NOUN = regex.compile(r"(?:ние|ния|нию|нием|нии|тие|тия|тию|тием)$", regex.I)


def addressee(text: str, cue: Cue, named: frozenset[str] = frozenset()) -> NounPhrase | None:
    """The addressee of a directive: the body in the dative before it (`Министерству ...
    обеспечить`), or right after `Установить` (`Установить субъектам ... запрет`)."""
    toks = _prepared(text)
    cue_at = next((i for i, t in enumerate(toks) if t.start >= cue.start), len(toks))
    lo, hi = (cue_at, len(toks)) if cue.addressed_after else (0, cue_at)
    for k, _s in _actor_heads(toks, "datv", lo, hi, named):
        return _phrase(toks, k, "datv", min(hi, _clause_limit(toks, k)), named)
    return None


def laid_on(text: str, cue: Cue, named: frozenset[str] = frozenset()) -> NounPhrase | None:
    """`возложить на X`, `возлагается на X`: the one after `на`, in the accusative."""
    toks = _prepared(text)
    for i, t in enumerate(toks):
        if t.low != "на" or t.masked or t.start < cue.start:
            continue
        for k in range(i + 1, min(len(toks), i + 5)):
            if toks[k].word and _is_actor(toks[k].text, toks[k - 1].text, named) \
                    and "accs" in cases(toks[k].text):
                return _phrase(toks, k, "accs", _clause_limit(toks, k), named)
            if toks[k].text in (",", ";", "."):
                break
    return None


def chapeau_actor(text: str) -> NounPhrase | None:
    """The actor a list's chapeau names: the one its cue names (see `own_actor`), its
    subject (`Председатель комиссии:`), or the addressee in the dative of the directives
    its items are (`Центральным ... органам (по согласованию):`)."""
    cue = find_cue(text.rstrip(" :"))
    if cue is not None:
        found = own_actor(text, cue)
        if found is not None:
            return found
    found = find_subject(text, cue)
    if found is not None:
        return found
    toks = _prepared(text)
    for k, _s in _actor_heads(toks, "datv", 0, len(toks)):
        return _phrase(toks, k, "datv", _clause_limit(toks, k))
    # `Полномочия первого руководителя аппарата маслихата:`: whose powers the items are
    if _COMPETENCE_CHAPEAU.match(text):
        for k, _s in _actor_heads(toks, "gent", 1, len(toks)):
            return _phrase(toks, k, "gent", _clause_limit(toks, k))
    return None


_COMPETENCE_CHAPEAU = regex.compile(
    r"^\s*(?:Полномочия|Права|Обязанности|Функции|Компетенция|Задачи)\s+\p{L}", regex.I)


def own_actor(text: str, cue: Cue | None,
              named: frozenset[str] = frozenset()) -> NounPhrase | None:
    """The actor a clause names itself: its subject, the agent of its passive, the
    addressee of its directive, the one a duty is laid on. `named`: the terms the act
    defined for bodies and persons (casefolded)."""
    if cue is None:
        return None
    if cue.laid_on:
        return laid_on(text, cue, named)
    if cue.passive:
        return agent_of(text, cue, named)
    if cue.addressed or cue.addressed_after:
        return addressee(text, cue, named)
    if cue.impersonal:
        return None
    return find_subject(text, cue, named)


def canonical(np: NounPhrase, text: str) -> str:
    """The phrase in the nominative: the heads and the words that agree with them
    inflected, the complements as they stand (`Министерством финансов` → `Министерство
    финансов`); `один из членов комиссии` → `члены комиссии`."""
    if np.case == "nomn":
        return _strip(text[np.start:np.end])
    if np.case == "quantified":
        start = np.agree[0][0] if np.agree else np.start
        return _inflect(text, np.agree, "gent", start, np.end, plural=True)
    return _inflect(text, np.agree, np.case, np.start, np.end)


def _inflect(text: str, agree, case: str, start: int, end: int, plural: bool = False) -> str:
    # the number and gender of each head noun: the words before it agree with it
    heads: dict[int, Form] = {}
    for a, b in agree:
        form = _head_form(text[a:b], case)
        # (a noun by its likeliest reading: `первого` is the adjective, not the noun `первое`)
        if form is not None and form.pos == "NOUN" and pos(text[a:b]) == "NOUN":
            heads[a] = form
    out, at = [], start
    for a, b in agree:
        head = next((heads[h] for h in sorted(heads) if h >= a), None)
        number = "plur" if plural else ("plur" if head and "plur" in head.grammemes
                                        else "sing" if head else None)
        gender = None
        if head is not None and number == "sing":
            gender = next((g for g in ("masc", "femn", "neut") if g in head.grammemes), None)
        out.append(text[at:a])
        out.append(to_nominative(text[a:b], case, number, gender))
        at = b
    out.append(text[at:end])
    return _strip("".join(out))


def _strip(phrase: str) -> str:
    phrase = regex.sub(r"\s*\(\s*далее[^()]*\)", "", phrase, flags=regex.I)
    return " ".join(phrase.split()).strip(" ,;:")


def canonical_actor(phrase: str, *, any_noun: bool = False) -> str:
    """A free-standing phrase in the nominative: its first actor word (or, with `any_noun`,
    its first noun) is the head, read in the case it most likely has."""
    toks = tokens_of(phrase)
    head = next((k for k, t in enumerate(toks) if t.word and (
        is_actor_word(t.text, toks[k - 1].text if k else None)
        or any_noun and pos(t.text) == "NOUN") and not any(
            _modifies_next(toks, k, f.case) for f in forms(t.text)[:3] if f.case)), None)
    if head is None:
        return _strip(phrase)
    case = next((f.case for f in forms(toks[head].text)
                 if f.case and f.pos in ("NOUN", "ADJF", "PRTF")), "nomn")
    np = _phrase(toks, head, case, len(toks))
    np = NounPhrase(min(np.start, toks[0].start), np.end, case, np.agree)
    return canonical(np, phrase)


_DEFINED_AFTER = regex.compile(r"\s*\(\s*далее\s*(?:[–—-]\s*)?([^()]+?)\s*\)", regex.I)


def defined_term_for(np: str, canonical_form: str, after: str,
                     terms: dict[str, str]) -> str | None:
    """The defined term an actor phrase stands for: the phrase is the term in another case
    (`Министерством` for `Министерство`), or the term's definition follows it at once
    (`Министерство финансов (далее – Министерство)`)."""
    folded = canonical_form.casefold()
    if folded in terms:
        return terms[folded]
    m = _DEFINED_AFTER.match(after)
    if m and m.group(1).strip("«» ").casefold() in terms:
        return terms[m.group(1).strip("«» ").casefold()]
    return None
