"""Who must, may or must not do what: deontic clauses of Kazakh legal text.

Kazakh is verb-final, so a clause's modality sits in its last words:
obligation (`тиіс`, `қажет`, `міндетті`, `жүктеледі`, optative `-сын/-сін`,
normative present `береді`, passive present with a deadline `жіберіледі`),
permission (`құқылы`, `мүмкін`, `-а/-е алады`, `-уге болады`), prohibition
(`тыйым салынады`, `жол берілмейді`, `-мауы тиіс`, negated present
`қабылданбайды`). Entry into force, constitutive statements and scope
exclusions are not duties. The actor is the clause's subject: the first
actor noun in the nominative (after any `... кезде` / `егер ... -са,` clause),
with its izafet chain (`Кеңес хатшылығының басшысы`) and conjuncts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from .morphology import (
    WEAK_STEMS,
    analyse_actor,
    case_of,
    is_actor_word,
    is_possessed,
    nominative,
)

I = regex.IGNORECASE  # noqa: E741 - a flag, as in the regex module itself


@dataclass(frozen=True)
class Cue:
    modality: str
    text: str
    start: int
    end: int
    passive: bool = False  # no agent: the actor is left empty
    laid_on: bool = False  # `... жүктеледі`: the actor is the dative noun before it
    passive_present: bool = False  # `айқындалады`: a duty only with a deadline


@dataclass
class Clause:
    text: str
    start: int
    end: int
    cue: Cue | None = None
    actor: tuple[str, int, int] | None = None  # surface NP, offsets in the unit text
    actor_canonical: str | None = None
    condition: str | None = None
    trigger: str | None = None
    joined_by_also: bool = False  # `..., сондай-ақ ...`: a duty of its own
    sentence: int = 0  # index of the sentence the clause belongs to
    notes: list[str] = field(default_factory=list)


# --- what is not a duty -------------------------------------------------------------
NOT_DUTY = regex.compile(
    r"(?:қолданысқа\s+енгізіл\p{L}*|күшіне\s+ен\p{L}*|қолданысын\s+тоқтат\p{L}*|күшін\s+жо\p{L}*|"
    r"күші\s+жойыл\p{L}*|болып\s+табыл(?:ады|ады\.)|болып\s+саналады|білдіреді|"
    r"қолданылмайды|қолданылады|пайдаланылады|деп\s+танылсын|деп\s+есептеледі|"
    r"деп\s+түсініледі)\W*$", I)
DOC_WORDS = ("келісім", "заң", "ереже", "қағида", "қаулы", "бұйрық", "кодекс", "жарлық",
             "нұсқаулық", "тәртіп", "шарт", "хаттама", "регламент")

# --- cues (tested on the clause's last words) ----------------------------------------
# a word, tried only where one starts: from inside a word the end-anchored cues would be
# tried at every letter of it (quadratic in a long word), and match nothing more
_W = r"(?<![\p{L}\-])[\p{L}\-]+"
PROHIBITION = [
    regex.compile(r"тыйым\s+салынады\W*$", I),
    regex.compile(r"жол\s+берілмейді\W*$", I),
    regex.compile(_W + r"\s+тиіс\s+емес\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r"(?:мауы|меуі|бауы|беуі|пауы|пеуі))\s+тиіс\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r"(?:майды|мейді|байды|бейді|пайды|пейді))\W*$", I),
]
PERMISSION = [
    regex.compile(r"құқылы\W*$", I),
    regex.compile(r"құқығы\s+бар\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r")\s+мүмкін\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r"(?:уге|уға|ге|ға|қа|ке))\s+болады\W*$", I),
    # `қатыса алады`, `мәлімдей алады`: a converb + алады (not a dative: `басшылыққа алады`)
    regex.compile(r"(?P<verb>" + _W + r"(?:а|е|й))\s+(?P<can>алады)\W*$", I),
]
_DATIVE_END = regex.compile(r"(?:ға|ге|қа|ке|на|не)$", I)
OBLIGATION = [
    regex.compile(r"(?P<verb>" + _W + r")\s+(?:тиіс|тиісті|қажет|міндетті)\W*$", I),
    regex.compile(r"міндеттеледі\W*$", I),
    regex.compile(r"жүктеледі\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r"(?:сын|сін))\W*$", I),
    # normative present: `береді`, `асырады`, `сайлайды`, `қояды` (қой-ады)
    regex.compile(r"(?P<verb>" + _W + r"(?:ады|еді|йды|йді|яды))\W*$", I),
]
# The ending a cue pattern cannot match without, searched first: found at once, where the
# pattern itself tries every word of the window (the commonest cues, the costliest searches)
_ENDINGS = {
    PROHIBITION[4]: regex.compile(r"(?:майды|мейді|байды|бейді|пайды|пейді)\W*$", I),
    OBLIGATION[0]: regex.compile(r"\s+(?:тиіс|тиісті|қажет|міндетті)\W*$", I),
    OBLIGATION[3]: regex.compile(r"(?:сын|сін)\W*$", I),
    OBLIGATION[4]: regex.compile(r"(?:ады|еді|йды|йді|яды)\W*$", I),
}
# passive present: -ыл/-іл after a consonant, -л/-н after a vowel (айқында-л-ады, жібер-іл-еді)
PASSIVE_PRESENT = regex.compile(r"(?:ыл|іл|[аеәоөұүуыіи][лн])(?:ады|еді)\W*$", I)
# verbs whose own root ends in л/н: active, though they look passive
ACTIVE_ROOTS = regex.compile(
    r"(?:^|\s)(?:алады|салады|болады|қалады|келеді|біледі|бөледі|ұсынады|қолданады|танады|"
    r"сынады|айналады|толады|жалғанады)\W*$", I)
# a passive verbal noun before тиіс/мүмкін/қажет: `расталуға`, `шақырылуы`, `өткізілуі`
PASSIVE_NOUN = regex.compile(r"(?:ыл|іл|[аеәоөұүуыіи][лн])(?:уы|уі|уға|уге|уына|уіне)$", I)
# --- clause structure -----------------------------------------------------------------
SUBORDINATE_END = regex.compile(
    r"\b(?:кезде|жағдайда|жағдайларда|болса|болған\s+кезде)\b,?|\b\p{L}+(?:са|се)\s*,", I)
CONDITION_IF = regex.compile(r"\b[Ее]гер\b[^,;]{0,300}?(?:са|се)(?:\s+(?:да|де))?\b,?", I)
CONDITION_CASE = regex.compile(r"\bжағдай(?:да|ларда)\b", I)
TRIGGER = regex.compile(r"\b(?:кезде|кейін|соң)\b", I)
_CLAUSE_START = regex.compile(r"[,;.:]\s*")
POSTPOSITIONS = {"ретінде", "бойынша", "үшін", "туралы", "арқылы", "сияқты", "сайын", "қарай",
                 "дейін", "бастап", "кейін", "соң", "қатысты", "байланысты", "болып"}
QUANTIFIERS = {"әрқайсысы", "бірі", "біреуі", "барлығы", "бәрі", "екеуі"}
DETERMINERS = {"әрбір", "барлық", "кез", "әр", "басқа", "тиісті", "өзге"}
CONJUNCTIONS = {"және", "немесе", "мен", "не"}
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d\-]*|\((?:[^()]{1,40})\)")
_PARTICIPLE = regex.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|тын|тін)$", I)
_PASSIVE_PARTICIPLE = regex.compile(
    r"(?:ыл|іл|[аеәоөұүуыіи][лн]|ын|ін)(?:ған|ген|атын|етін)$", I)
_GENITIVE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$", I)
_POSSESSED = regex.compile(r"(?:ы|і|сы|сі)(?:на|не|н|ның|нің|нда|нде|нан|нен|мен)?$", I)
# precompiled: these run for every clause of every unit
_COMMA = regex.compile(r",\s+(?P<also>сондай-ақ\s+|бұл\s+)?")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?;])\s+(?=[\p{Lu}«\d])|(?<=;)\s+")
_PASSIVE_NEGATIVE = regex.compile(r"(?:ыл|іл|[аеәоөұүуыіи][лн])(?:ма|ме|ба|бе|па|пе)", I)
_VERBISH = regex.compile(r"(?:ады|еді|йды|йді|ып|іп|п|са|се|ды|ді)$", I)
_DEFINED_AFTER = regex.compile(r"\s*\(\s*бұдан\s+әрі\s*[–—-]?\s*([^()]+?)\s*\)", I)
_STARTS_WITH_THIS = regex.compile(r"\s*[Оо]сы\b")


def split_clauses(text: str) -> list[Clause]:
    """Sentences, then `, сондай-ақ` / `, бұл` and commas after a finite predicate."""
    clauses: list[Clause] = []
    for sentence, (s_start, s_end) in enumerate(_sentences(text)):
        out: list[tuple[int, int, bool]] = []
        a, b, also = s_start, s_end, False
        cut = a
        for m in _COMMA.finditer(text[a:b]):
            left = _tail(text, cut, a + m.start())
            if _has_predicate(left) and _has_predicate(_tail(text, a + m.end(), b)):
                out.append((cut, a + m.start(), also))
                also = bool(m.group("also") and m.group("also").startswith("сондай"))
                cut = a + m.end()
        out.append((cut, b, also))
        for a, b, also in out:
            piece = text[a:b].strip()
            if piece:
                lead = len(text[a:b]) - len(text[a:b].lstrip())
                clauses.append(Clause(piece, a + lead, a + lead + len(piece),
                                      joined_by_also=also, sentence=sentence))
    return clauses


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        # an initial (`К. Мәсімов`) does not end a sentence
        if _ends_with_initial(text, start, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_INITIAL = regex.compile(r"\p{Lu}\.")
_SPACE = regex.compile(r"\s")


def _ends_with_initial(text: str, start: int, end: int) -> bool:
    """text[start:end] ends with an initial (`К.`) standing at its start or after a space.

    Looked up in place: searching the sentence so far at every candidate end would
    be quadratic in a sentence of many initials.
    """
    return (end - start >= 2 and _INITIAL.fullmatch(text, end - 2, end) is not None
            and (end - 2 == start or _SPACE.match(text, end - 3) is not None))


def _tail(text: str, start: int, end: int) -> str:
    """The end of text[start:end] that a predicate test reads, cut at a space.

    `find_cue` reads only the last CUE_WINDOW characters (back to a space); copying
    the whole stretch before every comma of a long sentence would be quadratic.
    """
    lo = max(start, end - 2 * CUE_WINDOW)
    while lo > start and not text[lo - 1].isspace():
        lo -= 1
    return text[lo:end]


def _has_predicate(text: str) -> bool:
    """Whether a stretch before a comma ends in a finite predicate (a clause of its own).

    The optative is left out: before a comma `-сын/-сін` is far more often a
    possessive accusative (`жарғысын,`) than a directive.
    """
    return find_cue(text.strip(), optative=False) is not None or bool(NOT_DUTY.search(text.strip()))


CUE_WINDOW = 120  # the cue is in the clause's last words: only its tail is searched


def find_cue(clause: str, *, optative: bool = True) -> Cue | None:
    """The modality cue that ends a clause, if any."""
    full = clause.rstrip()
    # patterns anchored at the end would otherwise be tried from every position of the clause
    cut = max(0, len(full) - CUE_WINDOW)
    while cut > 0 and not full[cut - 1].isspace():
        cut -= 1
    text = full[cut:]
    if not text or NOT_DUTY.search(text):
        return None
    for modality, patterns in (("prohibition", PROHIBITION), ("permission", PERMISSION),
                               ("obligation", OBLIGATION)):
        for pattern in patterns:
            if pattern is OBLIGATION[3] and not optative:
                continue
            ending = _ENDINGS.get(pattern)
            if ending is not None and not ending.search(text):
                continue
            m = pattern.search(text)
            if not m:
                continue
            if m.groupdict().get("can") and _DATIVE_END.search(m.group("verb")):
                continue  # `басшылыққа алады`: "takes as guidance", a full verb
            if pattern is OBLIGATION[-1] and not _finite_present(m.group("verb")):
                continue
            verb = m.groupdict().get("verb") or ""
            passive = bool(PASSIVE_NOUN.search(verb)) or (
                pattern is OBLIGATION[-1] and _is_passive(text)) or (
                modality == "prohibition" and _is_passive_negative(verb))
            laid_on = pattern is OBLIGATION[2]
            passive_present = pattern is OBLIGATION[-1] and passive
            return Cue(modality, m.group(0).strip(" .;:,"), cut + m.start(), cut + m.end(),
                       passive, laid_on, passive_present)
    return None


def _finite_present(verb: str) -> bool:
    """`береді`, `жүзеге асырады`: not a noun that happens to end like a verb."""
    v = verb.casefold()
    return len(v) >= 4 and not v.endswith(("дағы", "дегі", "тағы", "тегі"))


def _is_passive(text: str) -> bool:
    return bool(PASSIVE_PRESENT.search(text)) and not ACTIVE_ROOTS.search(text)


def _is_passive_negative(verb: str) -> bool:
    return bool(_PASSIVE_NEGATIVE.search(verb))


def words_of(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


# The last answer is kept: a clause's subject is asked for twice in a row (is it its own
# subject? who is the actor?), and it is the costliest step of a clause.
@functools.lru_cache(maxsize=1)
def find_subject(text: str, end: int) -> tuple[str, int, int] | None:
    """The subject NP of a clause: (surface, start, end) in `text`, searching text[:end].

    Words inside a leading subordinate clause (`... кезде`, `егер ... -са,`) and
    actor nouns that head a relative clause or stand before a postposition are
    passed over.
    """
    head = text[:end]
    start = 0
    for m in SUBORDINATE_END.finditer(head):
        start = m.end()
    found = _subject_in(head, start)
    if found is None and start:
        # the subject may stand before the subordinate clause: `Тараптар ... тапсырған кезде ...`
        found = _subject_in(head, 0)
    return found


def _subject_in(head: str, start: int) -> tuple[str, int, int] | None:
    words = [w for w in words_of(head) if w[1] >= start]
    # `Комиссия отырыстарын өткізеді`: read as a compound (`Комиссия отырыстары`) the
    # actor is inside an object; it is the subject when the clause has no other one
    opener: int | None = None
    i = 0
    while i < len(words):
        word = words[i][0]
        if word.startswith("(") or not is_actor_word(word):
            i += 1
            continue
        j = _chain_end(words, i)
        while j > i and words[j][0].startswith("("):
            j -= 1  # a parenthesis after the head (`(бұдан әрі - Министрлік)`) is not the head
        last = words[j][0]
        nxt = words[j + 1][0] if j + 1 < len(words) else ""
        # `Тараптардың әрқайсысы`: each of the Parties
        quantified = last.casefold() in QUANTIFIERS and j > i
        case = "nominative" if quantified else case_of(last)
        analysis = analyse_actor(last)
        weak = analysis is not None and analysis[0] in ("қызмет",)
        # `қатысушы әрбір мемлекет`, `Келісімге қатысушы мемлекеттердің`: a participle-like
        # noun qualifying the actor that follows
        attributive = analysis is not None and analysis[0] in WEAK_STEMS and (
            nxt.casefold() in DETERMINERS or is_actor_word(nxt))
        headed = quantified or analysis is not None
        # `орган өткізген іс-шара`: the actor is the agent of an active participle (a relative
        # clause), not the subject; a passive participle (`министрлігі алынған ақпаратты`)
        # takes no agent, so there the actor is the subject
        relative = bool(_PARTICIPLE.search(nxt)) and not _PASSIVE_PARTICIPLE.search(nxt)
        if (case == "nominative" and headed and not attributive
                and nxt.casefold() not in POSTPOSITIONS and not relative and not weak):
            j = _conjuncts(words, j)
            s = _left_modifiers(words, i)
            return head[words[s][1]:words[j][2]], words[s][1], words[j][2]
        if (opener is None and j > i and case_of(words[i][0]) == "nominative"
                and not _GENITIVE.search(words[i][0]) and case in ("accusative", "dative")):
            opener = i
        i = j + 1
    if opener is not None:
        s = _left_modifiers(words, opener)
        return head[words[s][1]:words[opener][2]], words[s][1], words[opener][2]
    return None


def _chain_end(words, i: int) -> int:
    """Follow an izafet chain to the right.

    `Кеңес хатшылығының басшысы`, `органдар делегацияларының басшылары`.
    """
    j = i
    while j + 1 < len(words):
        current, nxt = words[j][0], words[j + 1][0]
        if nxt.startswith("("):
            if j + 2 < len(words):
                j += 1  # `уәкілетті (құзыретті) органдары`
                continue
            break
        if _GENITIVE.search(current) and (is_possessed(nxt) or is_actor_word(nxt)):
            j += 1
        elif case_of(current) == "nominative" and is_possessed(nxt) \
                and is_actor_word(current) and nxt.casefold() not in QUANTIFIERS \
                and not _PARTICIPLE.search(nxt):
            j += 1
        else:
            break
    return j


def _conjuncts(words, j: int) -> int:
    """Extend over `және ТМД Атқарушы комитетінің өкілі`: conjoined actors share the duty."""
    while j + 2 < len(words) and words[j + 1][0].casefold() in CONJUNCTIONS:
        k = j + 2
        limit = min(len(words), k + 6)
        found = None
        while k < limit:
            if is_actor_word(words[k][0]):
                end = _chain_end(words, k)
                if case_of(words[end][0]) == "nominative":
                    found = end
                break
            k += 1
        if found is None:
            break
        j = found
    return j


def _left_modifiers(words, i: int) -> int:
    """Take in the words that qualify the subject: genitives, adjectives, `әрбір`.

    The same walk as `canonical_actor`: a bare noun joins only as the first
    member of a compound with the noun after it, never across an adjective.
    """
    s = i
    noun_ok = True
    while s > 0 and i - s < 5:
        prev = words[s - 1][0]
        w = prev.casefold()
        if prev.startswith("("):
            s -= 1
            continue
        if w in POSTPOSITIONS or w in CONJUNCTIONS or _is_verbish(prev):
            break
        case = case_of(prev)
        if case == "genitive":
            noun_ok = is_possessed(prev)
        elif _ADJECTIVE.search(w) or w in DETERMINERS:
            noun_ok = False
        elif not (case == "nominative" and noun_ok and not is_possessed(prev)):
            break
        s -= 1
    return s


def _is_verbish(word: str) -> bool:
    return bool(_VERBISH.search(word)) \
        and not is_actor_word(word)


def laid_on_actor(text: str, cue_start: int) -> tuple[str, int, int] | None:
    """`... бөлімшелеріне жүктеледі`: the nearest actor noun before the verb, any case."""
    words = words_of(text[:cue_start])
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if is_actor_word(words[k][0]):
            s = _left_modifiers(words, k)
            return text[words[s][1]:words[-1][2]], words[s][1], words[-1][2]
    return None


_ADJECTIVE = regex.compile(
    r"(?:лы|лі|ды|ді|ты|ті|қы|кі|ғы|гі|дағы|дегі|тағы|тегі|лық|лік|дық|дік|тық|тік|"
    r"шы|ші|тын|тін|йтын|йтін|ған|ген)$", I)


@functools.lru_cache(maxsize=1)  # asked again at once when the phrase is no defined term
def canonical_actor(np: str) -> str:
    """Nominative form of an actor noun phrase: the head's case ending removed.

    `Кеңестің төрағасына` → `Кеңестің төрағасы`; `Тараптардың әрқайсысы` →
    `Тараптар`; `іс-қимыл құрылымдық бөлімшелеріне` → `құрылымдық бөлімшелері`.
    Walking left from the head, genitives and adjectives belong to the phrase;
    a bare noun only where it is the first member of a compound with the head
    (`Сыртқы істер министрлігі`), not across an adjective.
    """
    parts = [p for p in np.split() if not p.startswith("(") and not p.endswith(")")]
    if not parts:
        return np
    if parts[-1].casefold() in QUANTIFIERS and len(parts) > 1:
        return nominative(parts[-2])
    k = max((i for i, p in enumerate(parts) if is_actor_word(p)), default=len(parts) - 1)
    kept = [nominative(parts[k])]
    noun_ok = is_possessed(parts[k])
    for p in reversed(parts[max(0, k - 6):k]):
        w = p.casefold()
        if w in POSTPOSITIONS or w in CONJUNCTIONS:
            break
        case = case_of(p)
        if case == "genitive":
            kept.insert(0, p)
            noun_ok = is_possessed(p)
        elif _ADJECTIVE.search(w) or w in DETERMINERS:
            kept.insert(0, p)
            noun_ok = False
        elif case == "nominative" and noun_ok:
            kept.insert(0, p)
        else:
            break
    return " ".join(kept).strip("«»()")


def defined_term_for(np: str, after: str, terms: dict[str, str]) -> str | None:
    """The defined term an actor phrase stands for, if any.

    The phrase is the term in another case (`Министрлікке` for `Министрлік`),
    or the term's definition follows it at once (`... министрлігі (бұдан әрі -
    Министрлік)`).
    """
    canonical = canonical_actor(np).casefold()
    if canonical in terms:
        return terms[canonical]
    m = _DEFINED_AFTER.match(after)
    if m and m.group(1).strip("«» ").casefold() in terms:
        return terms[m.group(1).strip("«» ").casefold()]
    return None


def is_about_the_act(clause: str) -> bool:
    """`Осы Келісім ... қозғамайды`, `Осы ... Қағидалар ... реттейді`: the act speaks of itself."""
    if not _STARTS_WITH_THIS.match(clause):
        return False
    words = words_of(clause)[1:40]
    for k, (word, _, _) in enumerate(words):
        w = word.casefold()
        nxt = words[k + 1][0].casefold() if k + 1 < len(words) else ""
        if any(w.startswith(d) for d in DOC_WORDS) and case_of(word) == "nominative" \
                and nxt not in POSTPOSITIONS:
            return True
        if is_actor_word(word) and case_of(word) == "nominative":
            return False
    return False


def condition_of(clause: str) -> str | None:
    """`егер ... -са,` or `... жағдайда`: the condition a duty depends on."""
    m = CONDITION_IF.search(clause)
    if m:
        return " ".join(m.group(0).strip(" ,").split())
    m = CONDITION_CASE.search(clause)
    return _back_to_clause_start(clause, m.end()) if m else None


def trigger_of(clause: str) -> str | None:
    """`... кезде`, `... кейін`: the event that sets a duty off."""
    m = TRIGGER.search(clause)
    return _back_to_clause_start(clause, m.end()) if m else None


def _back_to_clause_start(clause: str, end: int) -> str:
    start = 0
    for m in _CLAUSE_START.finditer(clause, 0, end):
        start = m.end()
    return " ".join(clause[start:end].split())
