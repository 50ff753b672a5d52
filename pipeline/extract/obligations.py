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

import bisect
import functools
from dataclasses import dataclass

import regex

from .base import Clause, inside, quoted_spans
from .morphology import (
    ACTOR_STEMS,
    POSTPOSITIONS,
    WEAK_STEMS,
    analyse_actor,
    case_of,
    is_actor_word,
    is_possessed,
    is_verb_stem,
    nominative,
    plausible_noun_form,
    suffix_case,
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


# --- what is not a duty -------------------------------------------------------------
NOT_DUTY = regex.compile(
    r"(?:қолданысқа\s+енгізіл\p{L}*|күшіне\s+ен\p{L}*|қолданысын\s+тоқтат\p{L}*|күшін\s+жо\p{L}*|"
    r"күші\s+жойыл\p{L}*|болып\s+табыл(?:ады|ады\.|майды)|болып\s+саналады|білдіреді|"
    # `... Конституциясына негізделеді`, `... жауаптылыққа әкеп соғады` (or `алып келеді`):
    # what is, not a duty
    r"негізделеді|әкеп\s+соғады|әкеліп\s+соғады|алып\s+келеді|"
    # what may follow or a thing needs or does, no one's right or duty: `... әкеп соқтыруы
    # мүмкін`, `... ерекше қорғауды қажет етеді`, `Өрт ... зиян келтіреді`
    r"(?:соқтыруы|соғуы)\s+мүмкін|қажет\s+етеді|зиян\s+келтіреді|"
    # `... куәландыруды талап етпейді`, `... мерзіміне кірмейді`: what is not needed or not
    # counted, no ban
    r"талап\s+етпейді|(?:мерзім|есеп)\p{L}*\s+кірмейді|"
    # what a thing is for: `Субсидиялар ... өтеуге арналады`
    r"арналады|"
    r"қолданылмайды|қолданылмау(?:ға|ы)\s+тиіс|қолданылады|пайдаланылады|"
    r"деп\s+таныл(?:сын|ады)|деп\s+есептел(?:еді|сін)|делінеді|"
    # how a term is counted, what is deemed so or not, who makes up a body: `... сәттен бастап
    # есептеледі`, `... толық болып есептелмейді`, `... құрамына кіреді`
    r"бастап\s+есептеледі|болып\s+есептел(?:еді|мейді)|құрамына\s+кіреді|"
    r"деп\s+түсініледі|"
    # an amending act edits another act: these are its edits, not duties of its own
    r"алып\s+тасталсын|толықтырылсын|редакцияда\s+жазылсын|ауыстырылсын|өзгертілсін|"
    r"тұрады|құралады|құрылады|құрайды|қамтиды|сәйкес\s+келеді|"
    # having no force, not being liable, not affecting, no obstacle: what is so, not a ban
    r"күші\s+болмайды|жауап\s+бермейді|әсер\s+етпейді|"
    r"(?:кедергі|негіз)\s+(?:болмайды|бола\s+алмайды)|"
    # what a body serves as: `... қаржы органы ретінде жұмыс істейді`
    r"ретінде\s+(?:жұмыс\s+істейді|әрекет\s+етеді|қызмет\s+атқарады)|"
    # a body's legal capacity: `... азаматтық-құқықтық қатынастарға өз атынан түседі`
    r"(?<=қатынастарға\s+(?:[\p{L}\-]+\s+){0,2})түседі|"
    # `X-ға мыналар жатады`, `... меншікке жатады`: what belongs where (`жариялануға жатады`,
    # a dative verbal noun before it, is subject to being published: a duty; `... асыру
    # жатады` closes a list of someone's powers)
    r"(?:(?<=\bмыналар)|(?<=[^\Wу](?:ға|ге|қа|ке|на|не)))\s+жатады|"
    # `бір дауысы болады`, `мәтін басым болады`, `... төраға болады`: having, prevailing or
    # being, not a duty (the permission `енгізуге болады` is a dative verbal noun before it)
    r"(?<!(?:уге|уға|юге|юға|тын|тін|уіне|уына)\s)(?<!мүмкін\s)болады)\W*$", I)
DOC_WORDS = ("келісім", "заң", "ереже", "қағида", "қаулы", "бұйрық", "кодекс", "жарлық",
             "нұсқаулық", "нұсқаулығ", "тәртіп", "тәртіб", "шарт", "хаттама", "регламент",
             "стандарт", "әдістеме")

# --- cues (tested on the clause's last words) ----------------------------------------
# a word, tried only where one starts: from inside a word the end-anchored cues would be
# tried at every letter of it (quadratic in a long word), and match nothing more
_W = r"(?<![\p{L}\-])[\p{L}\-]+"
# `... болғызбайтын болады`: what the parties will not do
WILL_NOT = regex.compile(r"(?P<verb>" + _W + r"(?:майтын|мейтін|байтын|бейтін|пайтын|пейтін))\s+"
                         r"болады\W*$", I)
NEGATED_VERB = regex.compile(
    r"(?P<verb>" + _W + r"(?:майды|мейді|байды|бейді|пайды|пейді))\W*$", I)
MODAL = regex.compile(r"(?P<verb>" + _W + r")\s+(?:тиіс|тиыс|тиісті|қажет|керек|міндетті)\W*$", I)
PROHIBITION = [
    regex.compile(r"тыйым\s+салынады\W*$", I),
    # a resolution's ban: `... сатып алуға тыйым салу белгіленсін`, `... тыйым салынсын`
    regex.compile(r"тыйым\s+сал(?:ынсын|у\s+(?:белгіленсін|енгізілсін))\W*$", I),
    regex.compile(r"(?:құқылы|хақылы)\s+емес\W*$", I),
    regex.compile(r"құқығы\s+жоқ\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r"(?:а|е|й))\s+алмайды\W*$", I),
    regex.compile(r"жол\s+берілмейді\W*$", I),
    regex.compile(_W + r"\s+тиіс\s+емес\W*$", I),
    # `тіркелмеуге тиіс`, `қаралмауы тиіс`: a negated duty
    regex.compile(r"(?P<verb>" + _W + r"(?:мауы|меуі|бауы|беуі|пауы|пеуі|мауға|меуге|бауға|"
                  r"беуге|пауға|пеуге))\s+тиіс\W*$", I),
    NEGATED_VERB,
    WILL_NOT,
]
# `Қазақстан Республикасының Президентіне ... уәкілдік берілген`: a power given to the one
# named in the dative before it
AUTHORISED = regex.compile(r"(?:уәкілдік|уәкілеттік|өкілеттік)\s+беріл(?:ген|еді)\W*$", I)
PERMISSION = [
    regex.compile(r"(?:құқылы|хақылы)\W*$", I),  # `хақылы`: the older word
    regex.compile(r"құқығы\s+бар\W*$", I),
    regex.compile(r"құқығын\s+сақтайды\W*$", I),
    regex.compile(r"рұқсат\s+етіледі\W*$", I),
    regex.compile(r"жол\s+беріледі\W*$", I),
    regex.compile(r"(?P<verb>" + _W + r")\s+мүмкін\W*$", I),
    # (`... шағым беруіне болады`: the verbal noun with its possessive, in the dative)
    regex.compile(r"(?P<verb>" + _W + r"(?:уге|уға|ге|ға|қа|ке|уіне|уына))\s+болады\W*$", I),
    # `қатыса алады`, `мәлімдей алады`: a converb + алады (not a dative: `басшылыққа алады`)
    regex.compile(r"(?P<verb>" + _W + r"(?:а|е|й))\s+(?P<can>алады)\W*$", I),
    AUTHORISED,
]
# exercising a right is a permission, whatever the verb's form (the right the object of the
# verb itself, not of a participle between: `құқықтарды ... басқаратын ұйым`)
_RIGHT_EXERCISED = regex.compile(
    r"\bқұқ(?:ығын|ықтарын|ықтарды|ықты)\b"
    r"(?:(?!\p{L}*(?:атын|етін|йтын|йтін|ған|ген|қан|кен)\b)[^.;]){0,200}?"
    r"\s(?:пайдалан|жүзеге\s+асыр|іске\s+асыр)(?:ады|атын\s+болады)\W*$", I)
# a word before `алады` that may be a noun, not a converb: a dative (`басшылыққа алады`,
# takes as guidance), a locative (`мерзімде алады`, receives in time), a noun in -ма
# (`хабарлама алады`, receives a notice)
_NOUN_BEFORE_ALADY = regex.compile(r"(?:ға|ге|қа|ке|на|не|да|де|та|те|ма|ме|ба|бе|па|пе)$", I)
# impersonal cues: what is allowed or banned is a verbal noun, whoever does it; the actor is
# that noun's genitive agent (`органдардың ... араласуына тыйым салынады`), not a subject
IMPERSONAL = regex.compile(
    r"(?:тыйым\s+сал(?:ынады|ынсын|у\s+(?:белгіленсін|енгізілсін))|рұқсат\s+етіл(?:еді|мейді)|"
    r"жол\s+беріл(?:еді|мейді))\W*$", I)
# a verbal noun in the dative or accusative, with a possessive: `араласуына`, `өтуіне`
_VERBAL_NOUN_OBJECT = regex.compile(r"(?:уына|уіне|уын|уін|уы|уі)$", I)
# (`... әкімдеріне ... қамтамасыз ету міндеттелсін`: a duty laid on the datives too)
LAID_ON = regex.compile(r"(?:жүктел(?:еді|сін)|міндеттелсін)\W*$", I)
OPTATIVE = regex.compile(r"(?P<verb>" + _W + r"(?:сын|сін))\W*$", I)
# normative present: `береді`, `асырады`, `сайлайды`, `қояды` (қой-ады), `таниды` (таны-йды);
# not `-иді`, which is a loanword's accusative (`роялтиді`), not a verb
NORMATIVE = regex.compile(r"(?P<verb>" + _W + r"(?:ады|еді|йды|йді|яды|иды))\W*$", I)
OBLIGATION = [
    MODAL,
    regex.compile(r"міндеттеледі\W*$", I),
    LAID_ON,
    # `жүгінетін болады`, `реттелетін болады`: what the parties will do
    regex.compile(r"(?P<verb>" + _W + r"(?:атын|етін|йтын|йтін))\s+болады\W*$", I),
    OPTATIVE,
    NORMATIVE,
]
# What the clause's last word must end with for a cue pattern to match: tested with
# `str.endswith` before the pattern is searched, since an end-anchored pattern is tried
# from every position of the window, and most of a clause's patterns cannot match at all.
_ENDINGS: dict[regex.Pattern, tuple[str, ...]] = {
    PROHIBITION[0]: ("салынады",),
    PROHIBITION[1]: ("салынсын", "белгіленсін", "енгізілсін"),
    PROHIBITION[2]: ("емес",),
    PROHIBITION[3]: ("жоқ",),
    PROHIBITION[4]: ("алмайды",),
    PROHIBITION[5]: ("берілмейді",),
    PROHIBITION[6]: ("емес",),
    PROHIBITION[7]: ("тиіс",),
    NEGATED_VERB: ("майды", "мейді", "байды", "бейді", "пайды", "пейді"),
    WILL_NOT: ("болады",),
    AUTHORISED: ("берілген", "беріледі"),
    PERMISSION[0]: ("құқылы", "хақылы"),
    PERMISSION[1]: ("бар",),
    PERMISSION[2]: ("сақтайды",),
    PERMISSION[3]: ("етіледі",),
    PERMISSION[4]: ("беріледі",),
    PERMISSION[5]: ("мүмкін",),
    PERMISSION[6]: ("болады",),
    PERMISSION[7]: ("алады",),
    MODAL: ("тиіс", "тиыс", "тиісті", "қажет", "керек", "міндетті"),
    OBLIGATION[1]: ("міндеттеледі",),
    LAID_ON: ("жүктеледі", "жүктелсін", "міндеттелсін"),
    OBLIGATION[3]: ("болады",),
    OPTATIVE: ("сын", "сін"),
    NORMATIVE: ("ады", "еді", "йды", "йді", "яды", "иды"),
}
# the clause's last word: searched backwards, from the end, where it is
_LAST_WORD = regex.compile(r"(?r)\w+")

# the passive voice: -ыл/-іл after a consonant, -л/-н after a vowel (айқында-л-, жібер-іл-)
_PASSIVE_STEM = r"(?:ыл|іл|[аеәоөұүуыіи][лн])"
# roots that end in л/н themselves: active, though their forms look passive
_ACTIVE_L_N_ROOT = (r"(?:бол|ал|сал|қал|кел|біл|бөл|ұсын|қолдан|тан|сын|айнал|тол|бағын|жинал|"
                    r"ұмтыл|жүгін|сүйен)")
# passive present: `айқындалады`, `жіберіледі`
PASSIVE_PRESENT = regex.compile(_PASSIVE_STEM + r"(?:ады|еді)\W*$", I)
# verbs whose own root ends in л/н: active, though they look passive
ACTIVE_ROOTS = regex.compile(
    r"(?:^|\s)(?:алады|салады|болады|қалады|келеді|біледі|бөледі|ұсынады|қолданады|танады|"
    r"сынады|айналады|толады|жалғанады|"
    # reflexive and middle verbs in -ын/-ал: the subject acts (`иеленушілер ... бағынады`,
    # `Жұмыс тобы ... жиналады`)
    r"бағынады|жиналады|ұмтылады|жүгінеді|сүйенеді)\W*$", I)
# a passive verbal noun before тиіс/мүмкін/қажет: `расталуға`, `шақырылуы`, `өткізілуі`
PASSIVE_NOUN = regex.compile(_PASSIVE_STEM + r"(?:уы|уі|уға|уге|уына|уіне)$", I)
# verbal nouns of roots that end in л/н themselves: active (`болуы`, `алуға`, `білуі`)
ACTIVE_NOUN = regex.compile(_ACTIVE_L_N_ROOT + r"(?:уы|уі|уға|уге|уына|уіне)$", I)
# a passive optative, and the roots in л/н that only look passive in it
PASSIVE_OPTATIVE = regex.compile(_PASSIVE_STEM + r"(?:сын|сін)$", I)
ACTIVE_OPTATIVE = regex.compile(r"(?:^|[\s\-])" + _ACTIVE_L_N_ROOT + r"(?:сын|сін)$", I)
# --- clause structure -----------------------------------------------------------------
SUBORDINATE_END = regex.compile(
    r"\b(?:кезде|жағдайда|жағдайларда|болса|болған\s+кезде)\b,?|\b\p{L}+(?:са|се)\s*,", I)
CONDITION_IF = regex.compile(r"\b[Ее]гер\b[^,;]{0,300}?(?:са|се)(?:\s+(?:да|де))?\b,?", I)
CONDITION_CASE = regex.compile(r"\bжағдай(?:да|ларда)\b", I)
TRIGGER = regex.compile(r"\b(?:кезде|кейін|соң)\b", I)
_CLAUSE_START = regex.compile(r"[,;.:]\s*")
# the services that are bodies: `кадр қызметі` (personnel), `заң қызметі` (legal), ...
SERVICE_KINDS = {"кадр", "заң", "баспасөз", "аудит", "күзет", "диспетчерлік", "құқықтық",
                 "кеден", "салық", "шекара", "көші-қон", "пробация", "полиция"}
QUANTIFIERS = {"әрқайсысы", "бірі", "біреуі", "барлығы", "бәрі", "екеуі", "ешқайсысы", "ешбірі"}
DETERMINERS = {"әрбір", "барлық", "кез", "әр", "басқа", "тиісті", "өзге"}
CONJUNCTIONS = {"және", "немесе", "мен", "не"}
_PARTICLES = {"ғана", "қана", "тек", "да", "де", "та", "те"}
# a word, a bracket, or a quoted label that is part of a name (`«Б» корпусының`)
_WORD = regex.compile(r"«[\p{Lu}\d]{1,3}»|[\p{L}\d][\p{L}\d\-]*|\((?:[^()]{1,40})\)")
_QUOTED_LABEL = regex.compile(r"^«[\p{Lu}\d]{1,3}»$")
_PARTICIPLE = regex.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|тын|тін)$", I)
_PASSIVE_PARTICIPLE = regex.compile(
    r"(?:ыл|іл|[аеәоөұүуыіи][лн]|ын|ін)(?:ған|ген|атын|етін)$", I)
# adjectives that end like a possessed noun: `органдар ішкі ...`, `органдары үстіміздегі ...`
_ADJECTIVE_IN_I = regex.compile(
    r"(?:дағы|дегі|тағы|тегі|ндағы|ндегі)$|^(?:ішкі|сыртқы|жоғарғы|төменгі|алдыңғы|соңғы|"
    r"кейінгі|бұрынғы|ертеңгі|бүгінгі)$", I)
_PLURAL_OBJECT = regex.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ды|ді|ын|ін)$", I)
_GENITIVE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$", I)
_AGENT_NOUN = regex.compile(r"\p{L}{3,}(?<!н)(?:шы|ші)$", I)
_VERB_AGENT = regex.compile(r"\p{L}{2,}[уюи](?:шы|ші)$", I)  # a verb's: `жіберуші`, `атқарушы`
# (`берушінің`, `алушыға`: in any case)
_VERB_AGENT_ANY_CASE = regex.compile(r"\p{L}{2,}[уюи](?:шы|ші)\p{L}{0,6}$", I)
_POSSESSED = regex.compile(r"(?:ы|і|сы|сі)(?:на|не|н|ның|нің|нда|нде|нан|нен|мен)?$", I)
# precompiled: these run for every clause of every unit
# a comma, or `және` / `әрі` (`... келісіледі және оны ... бастығы бекітеді`): a new clause
# when a finite predicate stands before it and another one follows
_COMMA = regex.compile(r",\s+(?P<also>сондай-ақ\s+|бұл\s+)?|\s+(?:және|әрі)\s+")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?;])\s+(?=[\p{Lu}«\d])|(?<=;)\s+")
_PASSIVE_NEGATIVE = regex.compile(_PASSIVE_STEM + r"(?:ма|ме|ба|бе|па|пе)", I)
_VERBISH = regex.compile(r"(?:ады|еді|йды|йді|ып|іп|п|са|се|ды|ді)$", I)
_DEFINED_AFTER = regex.compile(r"\s*\(\s*(?:бұдан|одан)\s+әрі\s*[–—-]?\s*([^()]+?)\s*\)", I)
_STARTS_WITH_THIS = regex.compile(r"\s*[Оо]сы\b")


def split_clauses(text: str) -> list[Clause]:
    """Sentences, then `, сондай-ақ` / `, бұл`, commas and `және` after a finite predicate."""
    clauses: list[Clause] = []
    for sentence, (s_start, s_end) in enumerate(_sentences(text)):
        out: list[tuple[int, int, bool]] = []
        a, b, also = s_start, s_end, False
        cut = a
        for m in _commas(text[a:b]):
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


def _commas(sentence: str):
    """_COMMA's matches in `sentence`: none without a comma, `және` or `әрі` (it is case-
    sensitive, and each of its alternatives has one of them), so then it is not run."""
    if "," not in sentence and "және" not in sentence and "әрі" not in sentence:
        return ()
    return _COMMA.finditer(sentence)


def _sentences(text: str) -> list[tuple[int, int]]:
    # every break follows a mark (`.!?;`) with white space after it: a text whose only mark
    # is its last character (most units) is one sentence, no search needed
    if not any(mark in text[:-1] for mark in ".!?;"):
        return [(0, len(text))] if text.strip() else []
    spans = []
    start = 0
    quoted = quoted_spans(text)
    for m in _SENTENCE_BREAK.finditer(text):
        # an initial (`К. Мәсімов`) does not end a sentence, nor a mark inside «...»
        if _ends_with_initial(text, start, m.start()) or inside(quoted, m.start()):
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
    # (after a space, a bracket or another initial: `(М.Т. Қабденов)`, `А.В. Кулиничке`)
    return (end - start >= 2 and _INITIAL.fullmatch(text, end - 2, end) is not None
            and (end - 2 == start or _SPACE.match(text, end - 3) is not None
                 or text[end - 3] in "(«\"" or _INITIAL.fullmatch(text, end - 4, end - 2)
                 is not None))


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
    return find_cue(text.strip(), optative=False) is not None or no_duty(text.strip())


def no_duty(text: str) -> bool:
    """Whether `text` ends in what is not a duty (NOT_DUTY), searched from its last words."""
    last = _LAST_WORD.search(text)
    return last is not None and NOT_DUTY.search(text, _cue_words_start(text, last.end())) \
        is not None


# Every cue pattern, and every phrase of NOT_DUTY, is at most CUE_WORDS words: letters and
# hyphens with white space between (no digit, no other mark), then `\W*$`. Its letters end
# where the text's last `\w` does (`last_end`), and white space (`\s`) is white space to
# `str.split` too, so a match lies within the last CUE_WORDS words of text[:last_end]:
# searched from there, not from every position of the window (each a failing attempt).
# The search keeps seeing what stands before (a lookbehind still does).
CUE_WORDS = 3


def _cue_words_start(text: str, last_end: int) -> int:
    """A position at or before the start of the last CUE_WORDS words of text[:last_end]."""
    parts = text[:last_end].rsplit(None, CUE_WORDS)
    return len(parts[0]) if len(parts) > CUE_WORDS else 0


CUE_WINDOW = 120  # the cue is in the clause's last words: only its tail is searched


_TRAILING_REMARK = regex.compile(r"\s*\([^()]{1,40}\)(?=[.;,]?$)")


def find_cue(clause: str, *, optative: bool = True) -> Cue | None:
    """The modality cue that ends a clause, if any."""
    # a remark in brackets after the verb (`... жібереді ( 2-қосымша ).`) ends no clause
    full = clause.rstrip()
    if full.rstrip(".;,")[-1:] == ")":
        full = _TRAILING_REMARK.sub("", full)
    # patterns anchored at the end would otherwise be tried from every position of the clause
    cut = max(0, len(full) - CUE_WINDOW)
    while cut > 0 and not full[cut - 1].isspace():
        cut -= 1
    text = full[cut:]
    last = _LAST_WORD.search(text)
    if last is None:
        return None  # every cue ends in a word (and so does all NOT_DUTY)
    start = _cue_words_start(text, last.end())  # where any cue (or NOT_DUTY) would start
    if NOT_DUTY.search(text, start):
        return None
    last_word = last.group().casefold()
    for modality, patterns in (("prohibition", PROHIBITION), ("permission", PERMISSION),
                               ("obligation", OBLIGATION)):
        for pattern in patterns:
            if pattern is OPTATIVE and not optative:
                continue
            if not last_word.endswith(_ENDINGS[pattern]):
                continue
            m = pattern.search(text, start)
            if not m:
                continue
            if m.groupdict().get("can") and _NOUN_BEFORE_ALADY.search(m.group("verb")) \
                    and not is_verb_stem(m.group("verb")[:-1]):
                continue  # `басшылыққа алады`: "takes as guidance", a full verb (but
                # `жүгіне алады`, the converb of `жүгіну`: "may apply")
            if pattern is NORMATIVE and not _finite_present(m.group("verb")):
                continue
            verb = m.groupdict().get("verb") or ""
            passive = bool(PASSIVE_NOUN.search(verb) and not ACTIVE_NOUN.match(verb)) or (
                pattern is NORMATIVE and _is_passive(text)) or (
                pattern is OPTATIVE and _is_passive_optative(verb)) or (
                modality == "prohibition" and _is_passive_negative(verb))
            if modality == "obligation" and _RIGHT_EXERCISED.search(text):
                modality = "permission"  # `... құқықтарды пайдаланатын болады`: a right used
            laid_on = pattern is LAID_ON or pattern is AUTHORISED
            passive_present = pattern is NORMATIVE and passive
            return Cue(modality, m.group(0).strip(" .;:,"), cut + m.start(), cut + m.end(),
                       passive, laid_on, passive_present)
    return None


def _finite_present(verb: str) -> bool:
    """`береді`, `жүзеге асырады`: not a noun that happens to end like a verb."""
    v = verb.casefold()
    return len(v) >= 4 and not v.endswith(("дағы", "дегі", "тағы", "тегі"))


def _is_passive(text: str) -> bool:
    return bool(PASSIVE_PRESENT.search(text)) and not ACTIVE_ROOTS.search(text)


def _is_passive_optative(verb: str) -> bool:
    """`бекітілсін`, `ратификациялансын`, `алынсын`: a jussive with no agent (what is to
    be done, by whom the act does not say); `ұсынсын`, `қолдансын` are active roots."""
    return bool(PASSIVE_OPTATIVE.search(verb) and not ACTIVE_OPTATIVE.search(verb))


def _is_passive_negative(verb: str) -> bool:
    return bool(_PASSIVE_NEGATIVE.search(verb))


def words_of(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=8)  # a clause is asked about with several ends in a row
def _words_and_ends(text: str) -> tuple[list[tuple[str, int, int]], list[int]]:
    words = words_of(text)
    return words, [w[2] for w in words]


def words_before(text: str, end: int) -> list[tuple[str, int, int]]:
    """`words_of(text[:end])`, cut from the words of the whole text (tokenized once).

    _WORD has no lookaround and no anchor, so cutting the text at `end` only takes away
    matches: a match of text[:end] is one of text, and text[:end] has the same words
    as text up to the first word of text that runs past `end`. Only when such a word
    starts before `end` (text[:end] ends inside it) is the rest tokenized anew.
    """
    words, ends = _words_and_ends(text)
    k = bisect.bisect_right(ends, end)  # the words that end at or before `end`
    if k < len(words) and words[k][1] < end:
        resume = words[k - 1][2] if k else 0
        return words[:k] + [(m.group(0), m.start(), m.end())
                            for m in _WORD.finditer(text, resume, end)]
    return words[:k]


# The last answers are kept: a clause's subject is asked for several times over (what does
# the sentence say? is it its own subject? who is the actor?), the costliest step of a clause.
@functools.lru_cache(maxsize=16)
def find_subject(text: str, end: int, *, strict: bool = False, listed: bool = False,
                 having: bool = False) -> tuple[str, int, int] | None:
    """The subject NP of a clause: (surface, start, end) in `text`, searching text[:end].

    Words inside a leading subordinate clause (`... кезде`, `егер ... -са,`) and
    actor nouns that head a relative clause or stand before a postposition are
    passed over. `strict` takes only a subject proper: not an actor read out of an
    object compound (`комиссия отырыстарын`), not a possessor, not an agent phrase.
    `listed` (a list item whose chapeau names the actor) doubts a subject more: an
    actor before bare nouns is kept as a compound, one whose chain ends in an
    oblique case is none. `having` (`... тәжірибесі болуы тиіс`) looks for the possessor
    before an object compound.
    """
    head = text[:end]
    start = 0
    if _may_have_subordinate_end(head):
        for m in SUBORDINATE_END.finditer(head):
            start = m.end()
    words = words_before(text, end)
    if "бұдан" in head:
        # a term the sentence defines (`адамды (бұдан әрі – ... жасаған адам)`) names what
        # the phrase before it is, in the nominative whatever that phrase's case: no subject
        named = [m.span() for m in _DEFINES_TERM.finditer(head)]
        words = [w for w in words if not any(a <= w[1] < b for a, b in named)]
    # the words from `start` on (words are in order: a bisection, not a filter)
    after = words[bisect.bisect_left(words, start, key=lambda w: w[1]):]
    found = _subject_in(head, after, strict, listed, having)
    if found is None and start:
        # the subject may stand before the subordinate clause: `Тараптар ... тапсырған кезде ...`
        found = _subject_in(head, words, strict, listed, having)
    return found


# a pronoun's dative ends like a participle (`оған`: to it)
_PRONOUNS_IN_GAN = frozenset({"оған", "соған", "бұған", "осыған", "маған", "саған", "мұған"})
_NEGATIVE_PARTICIPLE = ("майтын", "мейтін", "байтын", "бейтін", "пайтын", "пейтін")


def _verb_participle(word: str) -> bool:
    """`жылжымайтын`, `өткізген`, `жүргізетін`: a participle of a verb (`қызметін`, a noun's
    accusative, only ends like one)."""
    w = word.casefold()
    if w.endswith(_NEGATIVE_PARTICIPLE):
        return True
    if w in _PRONOUNS_IN_GAN:
        return False
    for ending in ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"):
        if w.endswith(ending) and is_verb_stem(w[:-len(ending)]) \
                and not plausible_noun_form(w):
            return True
    return False


# `(бұдан әрі – Қағидалар)`: a term the sentence defines
_DEFINES_TERM = regex.compile(
    r"\(\s*бұдан\s+(?:әрі|былай)\s*[-–—]?\s*(?P<term>[^()]*?)\s*\)", I)
_ONE_WORD = regex.compile(r"\p{L}+")


def _may_have_subordinate_end(head: str) -> bool:
    """A necessary condition of SUBORDINATE_END: its first alternative has `кезде`, `жағдай`
    or `болса` (`болған кезде` has `кезде`), matched ignoring case (the casefold of a letter
    that matches a Cyrillic one is that letter), its second a comma. Most heads have none."""
    if "," in head:
        return True
    folded = head.casefold()
    return "кезде" in folded or "жағдай" in folded or "болса" in folded


def _subject_in(head: str, words: list[tuple[str, int, int]], strict: bool = False,
                listed: bool = False, having: bool = False) -> tuple[str, int, int] | None:
    """The subject among `words` (the words of `head` from some start on)."""
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
        if (not listed and j > i and not any(_GENITIVE.search(w[0]) for w in words[i:j])
                and (case_of(words[i + 1][0]) == "nominative"
                     or i > 0 and words[i - 1][0].casefold() in ("бір", "әрбір", "әр"))):
            # `Тараптар сыйақы мөлшерін`, `Бір адам қатарынан`: an actor before bare nouns
            # that only look possessed, or a counted one; back to the last actor word of the
            # run (`Комиссия отырысына` stays a compound)
            while j > i and not is_actor_word(words[j][0]) \
                    and words[j][0].casefold() not in QUANTIFIERS:
                j -= 1
        last = words[j][0]
        nxt = words[j + 1][0] if j + 1 < len(words) else ""
        # `Тараптардың әрқайсысы`: each of the Parties
        quantified = last.casefold() in QUANTIFIERS and j > i
        case = "nominative" if quantified else case_of(last)
        analysis = analyse_actor(last)
        # `қызметі` is an activity, unless a kind of service names a body (`кадр қызметі`)
        weak = analysis is not None and analysis[0] in ("қызмет",) and not (
            j > 0 and words[j - 1][0].casefold() in SERVICE_KINDS)
        # `қатысушы әрбір мемлекет`, `Келісімге қатысушы мемлекеттердің`: a participle-like
        # noun qualifying the actor that follows
        attributive = analysis is not None and analysis[0] in WEAK_STEMS and (
            nxt.casefold() in DETERMINERS or is_actor_word(nxt))
        # `жіберуші ел азаматтарының`, `қабылдаушы елдің`: an agent noun naming a kind of the
        # noun after it (that noun a genitive, or the first member of a compound that is no
        # object: `Ұйымдастырушы айырбастау рәсімін ...` has its subject); never the first
        # word (`Ұйымдастырушы мүдделер қақтығысының ...` opens with its subject)
        after = words[j + 2][0] if j + 2 < len(words) else ""
        attributive = attributive or (
            j == i and i > 0 and bool(_AGENT_NOUN.search(last)) and case == "nominative"
            # (`Лотереяға қатысушы ...`: a verb's agent noun with its dative heads its own
            # phrase; a noun's, `құрамына кеңесші дауыс`, still qualifies the noun after it)
            and not (case_of(words[i - 1][0]) == "dative" and _VERB_AGENT.search(last))
            and not _is_verbish(nxt) and nxt.casefold() not in POSTPOSITIONS
            # (before a genitive only a verb's agent noun, `қабылдаушы елдің`; a noun's,
            # `басшы`, heads its own phrase: `Тікелей басшы корпустың қызметшісін бағалайды`)
            and (_GENITIVE.search(nxt) is not None and _VERB_AGENT.search(last) is not None
                 or not _opens_phrase(nxt)
                 and case_of(nxt) == "nominative" and not is_possessed(nxt)
                 and is_possessed(after) and not _is_verbish(after)
                 and case_of(after) in ("nominative", "genitive")
                 # `жіберуші мемлекеттік билік органдары`: the body it names a kind of
                 or not _opens_phrase(nxt)
                 and any(is_actor_word(w[0]) and not _AGENT_NOUN.search(w[0])
                         and case_of(w[0]) in ("nominative", "genitive")
                         for w in words[j + 1:j + 4])
                 and not any(_is_verbish(w[0]) for w in words[j + 1:j + 3])))
        # a generic noun (`адам`) is an actor when counted: `Бір адам ... бола алмайды`
        counted = i > 0 and words[i - 1][0].casefold() in ("бір", "әрбір", "әр")
        headed = quantified or analysis is not None
        # `орган өткізген іс-шара`: the actor is the agent of an active participle (a relative
        # clause), not the subject; a passive participle (`министрлігі алынған ақпаратты`)
        # takes no agent, so there the actor is the subject
        relative = bool(_PARTICIPLE.search(nxt)) and not _PASSIVE_PARTICIPLE.search(nxt)
        # `органдар мен ... субъектілерінің`: a coordination takes the case of its last member
        coordinated = _coordination_case(words, j) if case == "nominative" else None
        if coordinated not in (None, "nominative"):
            i = _conjuncts(words, j, any_case=True) + 1
            continue
        if (case == "nominative" and headed and (counted or not attributive)
                and nxt.casefold() not in POSTPOSITIONS and not relative and not weak
                and not _heads_later_relative(head, words, j)):
            larger = _shared_head(head, words, j) or _larger_head(head, words, j)
            if larger is None and not listed:
                larger = j  # ambiguous: `органы ұйымдастырушының ... құралдарын жібереді`
            if larger is None:
                i = j + 1
                continue
            j = _conjuncts(words, larger)
            s = _left_modifiers(words, i)
            return head[words[s][1]:words[j][2]], words[s][1], words[j][2]
        if (opener is None and j > i and case_of(words[i][0]) == "nominative"
                and not _GENITIVE.search(words[i][0]) and case in ("accusative", "dative")):
            opener = i
        if opener is None and i == 0 and j == 0 and relative and headed and case == "nominative" \
                and _verb_participle(nxt):
            # `Комиссия жылжымайтын мүлікті ... тіркейді`: the actor opening the clause before
            # a participle may be its subject after all, when no other is found
            opener = 0
        i = j + 1
    if strict:
        return None
    if having:
        found = _possessor(head, words)
        if found is not None:
            return found
    if opener is not None:
        s = _left_modifiers(words, opener)
        return head[words[s][1]:words[opener][2]], words[s][1], words[opener][2]
    return _agent_phrase(head, words) or _possessor(head, words)


_RELATIVE_REACH = 25


def _heads_later_relative(head: str, words: list[tuple[str, int, int]], j: int) -> bool:
    """`құрылтайшылары ... болып табылатын заңды тұлғалар ... әрекет ете алмайды`, `...
    лотереяға қатысушы ... салыстыруға тиіс лотерея жабдығы ... асырады`: the actor at `j`
    is the subject of a relative clause that ends in a participle (or `тиіс`) before a
    nominative actor of the main clause: that one is the subject. An actor a comma follows
    (`... әкімдері, ... иеленуші ... басшылары:`) is a list's first member."""
    if j + 1 < len(words) and "," in head[words[j][2]:words[j + 1][1]]:
        return False
    # (a relative clause is short: look a few words on, which also keeps long texts linear)
    for k in range(j + 1, min(len(words) - 1, j + _RELATIVE_REACH)):
        word = words[k][0]
        if k - 1 > j and words[k - 1][0].casefold() in CONJUNCTIONS:
            return False  # `қызметкерлері мен ... атқаратын қызметшілері`: a coordination
        if not (_verb_participle(word) or word.casefold() == "тиіс") \
                or words[k - 1][0].casefold() == "кез":  # `кез келген Тарап`: any Party
            continue
        after = words[k + 1:k + 4]
        for m in range(k + 1, min(k + 4, len(words))):
            # (the later actor heads a phrase in the nominative: not `салық төлеушілер
            # тізбесін`, an object compound)
            if is_actor_word(words[m][0]) and case_of(words[m][0]) == "nominative" \
                    and head.count("«", 0, words[m][1]) <= head.count("»", 0, words[m][1]):
                # (not a word of a quoted title: `... тұлғаны «Әкімшілік құқық бұзушылық
                # туралы» ... Кодексінің`)
                e = _chain_end(words, m)
                # (and is no subject of a relative clause itself: `... аппараттың маманы
                # ... берген мәліметтерін`)
                if case_of(words[e][0]) == "nominative" and not (
                        e + 1 < len(words) and words[e + 1][0].casefold() in POSTPOSITIONS) \
                        and not any(_verb_participle(w[0])
                                    for w in words[e + 1:e + _RELATIVE_REACH]):
                    return True
        # (`тиіс лотерея жабдығы жүзеге асырады`: a nominative phrase right before the verb)
        if word.casefold() == "тиіс" and len(words) - k <= 4 \
                and all(case_of(w[0]) == "nominative" for w in after[:2]):
            return True
    return False


def verbal_noun_agent(text: str, cue_start: int) -> tuple[str, int, int] | None:
    """`мемлекеттік органдар мен ... адамдарының Қор қызметіне араласуына тыйым салынады`:
    the genitive actor (with its coordination) whose act the impersonal cue allows or bans."""
    words = words_of(text[:cue_start])
    for k in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if not _VERBAL_NOUN_OBJECT.search(words[k][0]):
            continue
        for g in range(k - 1, max(-1, k - 6), -1):
            word = words[g][0]
            if _GENITIVE.search(word) and analyse_actor(word) is not None:
                # `органдар мен оларды лауазымды адамдарының`: the genitive marks the last
                # member of a coordination
                s = _coordination_start(words, _left_modifiers(words, g), reach=4)
                return text[words[s][1]:words[g][2]], words[s][1], words[g][2]
        return None
    return None


def chapeau_end_actor(chapeau: str, dative: bool = False) -> tuple[str, int, int] | None:
    """The actor a chapeau ends with, in the genitive (`... кіру үшін ғалымның:`: the items
    are what the scientist must have) or, with `dative`, the dative (`... иеленушілерге:`
    under `рұқсат етіледі`: the items are allowed to the holders; under a ban, banned)."""
    head = chapeau.rstrip()
    if not head.endswith(":"):
        return None
    words = words_of(head[:-1])
    if not words:
        return None
    if is_actor_word(words[-1][0]) and case_of(words[-1][0]) == "genitive":
        s = _left_modifiers(words, len(words) - 1)
        return head[words[s][1]:words[-1][2]], words[s][1], words[-1][2]
    if dative:
        # `Квазимемлекеттік сектор субъектілеріне 3 жыл мерзімге:`: the addressee may stand
        # before the time the ban holds for
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            if is_actor_word(words[k][0]) and case_of(words[k][0]) == "dative":
                s = _left_modifiers(words, k)
                return head[words[s][1]:words[k][2]], words[s][1], words[k][2]
    return None


# what a body's competence is called: `өкілеттіктеріне`, `міндеттеріне`, `функцияларына`
_COMPETENCE = ("өкілеттік", "міндет", "функция", "құзырет", "құқық")


# the competence nouns with their final consonant voiced before a vowel (`өкілеттігі`,
# `құқығы`)
_COMPETENCE_FORMS = (*_COMPETENCE, "өкілеттіг", "құқығ")


def competence_chapeau_holder(chapeau: str) -> tuple[str, int, int] | None:
    """Whose competence a chapeau names at its end: `Мәслихат аппараты бірінші басшысының
    өкілеттігі:`, `Тексеру комиссиясының құқықтары:`: the genitive before the noun."""
    head = chapeau.rstrip()
    if not head.endswith(":"):
        return None
    words = words_of(head[:-1])
    if len(words) < 2 or not words[-1][0].casefold().startswith(_COMPETENCE_FORMS):
        return None
    j = len(words) - 2
    if j > 0 and words[j][0].casefold() in ("негізгі", "басты"):
        j -= 1
    holder = words[j][0]
    if not (is_actor_word(holder) and case_of(holder) == "genitive"):
        return None
    s = _left_modifiers(words, j)
    return head[words[s][1]:words[j][2]], words[s][1], words[j][2]


def bare_subject_chapeau(chapeau: str) -> tuple[str, int, int] | None:
    """A chapeau that is its items' subject and nothing else: `Тәлімгер:`, `Комиссия
    хатшысы:` (each item a predicate of it); a noun of one or two words in the nominative,
    whatever the actor lexicon knows of it."""
    head = chapeau.rstrip()
    if not head.endswith(":"):
        return None
    words = words_of(head[:-1])
    if not 1 <= len(words) <= 2 or not words[0][0][:1].isupper():
        return None
    if any(case_of(w) != "nominative" or w.casefold().startswith(_COMPETENCE)
           or w.casefold() in DETERMINERS or w.casefold().startswith(("мына", "мынада"))
           for w, _, _ in words):
        return None
    return head[words[0][1]:words[-1][2]], words[0][1], words[-1][2]


def opening_possessor(text: str, end: int) -> tuple[str, int, int] | None:
    """The actor whose right or duty a sentence states, in the genitive at its start, however
    far the `құқығы` it owns stands (`Лотерея операторының ... жария етуге құқығы жоқ`)."""
    words = words_of(text[:end])
    for k, (word, _, _) in enumerate(words[:3]):
        if is_actor_word(word) and case_of(word) == "genitive":
            s = _left_modifiers(words, k)
            return text[words[s][1]:words[k][2]], words[s][1], words[k][2]
        if case_of(word) != "nominative":
            break
    return None


def opening_actor(text: str, end: int) -> tuple[str, int, int] | None:
    """An actor that opens a sentence, in the nominative or the dative, before an impersonal
    ban (`Комиссияға ... түсуге тыйым салынады`, `Мәслихат аппараты ... тыйым салынады`)."""
    words = words_of(text[:end])
    for k, (word, _, _) in enumerate(words[:4]):
        if is_actor_word(word) and case_of(word) in ("nominative", "dative") \
                and not (k + 1 < len(words) and is_actor_word(words[k + 1][0])):
            s = _left_modifiers(words, k)
            return text[words[s][1]:words[k][2]], words[s][1], words[k][2]
        if case_of(word) not in ("nominative", "genitive"):
            break  # the actor opens the sentence, with its qualifiers
    return None


def competence_holder(text: str) -> tuple[str, int, int] | None:
    """Whose competence a sentence lists: `Қордың өкілеттіктеріне: ... жатады`,
    `Төрағаның міндеттеріне ... ұйымдастыру ... кіреді`: the genitive before the
    competence noun in the dative, the actor of every duty listed (not a noun inside them).
    """
    words = words_of(text)
    for k in range(1, len(words)):
        word = words[k][0].casefold()
        if not word.startswith(_COMPETENCE) or case_of(words[k][0]) != "dative":
            continue
        j = k - 1
        if j > 0 and words[j][0].casefold() in ("негізгі", "басты"):
            j -= 1  # `Комиссияның негізгі міндеттеріне`
        holder = words[j][0]
        if is_actor_word(holder) and case_of(holder) == "genitive":
            s = _left_modifiers(words, j)
            return text[words[s][1]:words[j][2]], words[s][1], words[j][2]
        return None  # the first competence noun decides
    return None


def _shared_head(head: str, words, j: int) -> int | None:
    """`ұйым, кәсіпорын, ведомство ... және шығармашылық одақтар басшылары`: bare nouns in a
    list whose last member is possessed name whose head it is; that head is the subject."""
    if is_possessed(words[j][0]):
        return None
    listed = False
    for k in range(j + 1, min(len(words), j + 16)):
        word = words[k][0]
        w = word.casefold()
        gap = head[words[k - 1][2]:words[k][1]]
        if "," in gap or w in CONJUNCTIONS:
            listed = True
        if w in CONJUNCTIONS or w in ("басқа", "да", "де"):
            continue
        if _is_verbish(word) or w in POSTPOSITIONS or word.startswith("(") \
                or case_of(word) != "nominative" or any(ch in gap for ch in ";:."):
            return None
        if is_possessed(word):
            # the head's possessor is the list (`одақтар басшылары`), not one compound
            # (`... және жұмыс тобы`: three subjects)
            return k if listed and is_actor_word(word) and is_actor_word(words[k - 1][0]) \
                else None
    return None


def _larger_head(head: str, words, j: int) -> int | None:
    """`Президенті Іс басқармасының ... жөніндегі бөлімі`: a possessed noun that is the
    possessor of a genitive further on qualifies the head that genitive leads to.

    The head is the next possessed nominative actor after a genitive, with no verb,
    postposition or comma between, the genitive a body. When the chain ends in another
    case (`Президенті Іс басқармасының интернет ресурсында`) the noun may be no subject
    (`Жұмыс органы ұйымдастырушының ... құралдарын` shows it may): None.
    """
    if not is_possessed(words[j][0]):
        return j
    genitive = False
    for k in range(j + 1, min(len(words), j + 9)):
        word = words[k][0]
        if any(ch in head[words[k - 1][2]:words[k][1]] for ch in ",;:(") or _is_verbish(word) \
                or word.casefold() in POSTPOSITIONS:
            return j
        if word.casefold() in CONJUNCTIONS:
            if not genitive:
                return j
            continue  # `Іс Басқармасының ұйымдастыру-бақылау және кадр жұмысы бөлімі`
        case = case_of(word)
        if case == "genitive":
            if not is_actor_word(word):
                return j  # `... Республикасының заңнамасында`: an adverbial, not a body's name
            genitive = True
        elif genitive and is_possessed(word):
            if case != "nominative":
                return None
            if not is_actor_word(word):
                continue
            nxt = words[k + 1][0] if k + 1 < len(words) else ""
            if nxt.casefold() in POSTPOSITIONS or _PARTICIPLE.search(nxt):
                return j
            return _chain_end(words, k)
    return j


def _agent_phrase(head: str, words) -> tuple[str, int, int] | None:
    """`полицей тарапынан`: the actor named as the one an act comes from."""
    for k in range(1, len(words)):
        if words[k][0].casefold() == "тарапынан" and is_actor_word(words[k - 1][0]):
            s = _left_modifiers(words, k - 1)
            return head[words[s][1]:words[k - 1][2]], words[s][1], words[k - 1][2]
    return None


def _possessor(head: str, words) -> tuple[str, int, int] | None:
    """`Полицейдің ... қасиеттері болуы тиіс`: with no actor as subject, the actor whose
    attribute the subject is (a genitive before the possessed subject)."""
    for k, (word, _, _) in enumerate(words[:-1]):
        if case_of(word) != "genitive" or not is_actor_word(word):
            continue
        for later, _, _ in words[k + 1:k + 5]:
            if later.casefold() in _PARTICLES:
                continue  # `мүшелерінің ғана дауыс беру құқығы бар`
            if case_of(later) == "nominative" and is_possessed(later) \
                    and not is_actor_word(later):
                s = _left_modifiers(words, k)
                return head[words[s][1]:words[k][2]], words[s][1], words[k][2]
            if case_of(later) != "nominative" and not _ADJECTIVE.search(later.casefold()):
                break
    return None


def _opens_phrase(word: str) -> bool:
    """A genitive or a quoted label (`корпустың`, `«Б»`): the start of a noun phrase of its
    own, the possessor or the name of what follows."""
    return _GENITIVE.search(word) is not None or _QUOTED_LABEL.match(word) is not None


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
                and not _PARTICIPLE.search(nxt) and not _ADJECTIVE_IN_I.search(nxt):
            j += 1
        elif _AGENT_NOUN.search(current) and not is_possessed(current) \
                and is_actor_word(nxt):
            j += 1  # `атқарушы органдар`, `кезекші бөлім`: an agent noun qualifying the head
        else:
            break
    return j


def _conjuncts(words, j: int, any_case: bool = False) -> int:
    """Extend over `және ТМД Атқарушы комитетінің өкілі`: conjoined actors share the duty.

    With `any_case`, over conjoined actors in any case (to skip a coordination whole).
    """
    while j + 2 < len(words) and words[j + 1][0].casefold() in CONJUNCTIONS:
        k = j + 2
        limit = min(len(words), k + 6)
        found = None
        while k < limit:
            if is_actor_word(words[k][0]):
                end = _chain_end(words, k)
                while end > k and not is_actor_word(words[end][0]):
                    end -= 1  # `субъектілерінің ақпараты`: the member is the genitive actor
                if any_case or case_of(words[end][0]) == "nominative":
                    found = end
                break
            k += 1
        if found is None:
            break
        j = found
    return j


def _coordination_case(words, j: int) -> str | None:
    """The case of the last member of a coordination that starts at word `j`, if any.

    Kazakh marks case on the last conjunct only: in `органдар мен квазимемлекеттік
    сектор субъектілерінің` the bare `органдар` is a genitive too.
    """
    if j + 2 >= len(words) or words[j + 1][0].casefold() not in CONJUNCTIONS:
        return None
    end = _conjuncts(words, j, any_case=True)
    return case_of(words[end][0]) if end > j else None


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
        if _SPHERE.match(w):
            s = sphere_start([x[0] for x in words], s - 1)
            break
        if w in POSTPOSITIONS or w in CONJUNCTIONS or _is_verbish(prev):
            break
        if _verb_participle(prev) and prev.casefold() != "келген" \
                and not (case_of(words[s][0]) == "accusative" and s < i
                         and _VERB_AGENT_ANY_CASE.search(words[s + 1][0])) \
                and not (s > 1 and words[s - 2][0].casefold() == "жетекшілік"):
            # `... атқаратын қызметшілері`: the relative clause is no part of the name (but
            # `көрсетілетін қызметті алушы` is one: the participle qualifies its object)
            break
        case = case_of(prev)
        if _PLURAL_OBJECT.search(w):
            break  # `адамдарды`: a plural object, not an adjective in -ды
        if case == "genitive":
            noun_ok = is_possessed(prev)
        elif case == "nominative" and noun_ok and is_possessed(prev) and s == i \
                and is_possessed(words[i][0]):
            pass  # `Кадр саясаты департаменті`: a compound (`кадр саясаты`) qualifying the head
        elif _ADJECTIVE.search(w) or w in DETERMINERS:
            noun_ok = False
        elif case == "nominative" and noun_ok and not is_possessed(prev):
            noun_ok = False  # one bare noun: the first member of a compound (`Әділет вице-...`)
        else:
            break
        s -= 1
    return s


# `... саласындағы`, `... жөніндегі`: the sphere an office is for, part of its name
_SPHERE = regex.compile(r"^(?:саласындағы|жөніндегі|жөнiндегi)$", I)
_FINITE = regex.compile(r"(?:ады|еді|йды|йді|сын|сін)$", I)
SPHERE_WORDS = 6


def sphere_start(tokens: list[str], j: int) -> int:
    """Where the sphere phrase that `tokens[j]` (`саласындағы`) closes starts: `органикалық
    өнім өндіру саласындағы уәкілетті орган` names another office than `тұтынушылардың
    құқықтарын қорғау саласындағы уәкілетті орган`. Back to a capital that opens the
    sentence, a conjunction or postposition, a finite verb, or SPHERE_WORDS words."""
    s = j
    while s > 0 and j - s < SPHERE_WORDS:
        prev = tokens[s - 1]
        w = prev.casefold().strip("«»\"")
        if not w or w in POSTPOSITIONS or w in CONJUNCTIONS or prev[-1:] in ",.;:)" \
                or _FINITE.search(w) or any(c.isdigit() for c in w):
            break
        s -= 1
        if prev[:1].isupper():
            break
        if case_of(w) == "genitive" and not is_possessed(tokens[s + 1]):
            # `мәслихаттың заңдылық жөніндегі тұрақты комиссиясы`: whose office it is, after
            # its sphere (`тұтынушылардың құқықтарын ...`: a genitive inside the sphere)
            break
    return s


def _is_verbish(word: str) -> bool:
    return bool(_VERBISH.search(word)) \
        and not is_actor_word(word)


def _coordination_start(words, s: int, reach: int, case: str | None = None) -> int:
    """Move the start `s` of a coordination's last member back over the members before it:
    over the member's own modifiers to a conjunction within `reach` words, then to an actor
    word (in `case`, if given) within `reach` more."""
    while s >= 2:
        c = next((c for c in range(s - 1, max(0, s - reach), -1)
                  if words[c][0].casefold() in CONJUNCTIONS), None)
        if c is None:
            break
        back = next((b for b in range(c - 1, max(-1, c - reach - 1), -1)
                     if is_actor_word(words[b][0])
                     and (case is None or case_of(words[b][0]) == case)), None)
        if back is None:
            break
        s = _left_modifiers(words, back)
    return s


def laid_on_actor(text: str, cue_start: int, *, dative: bool = False
                  ) -> tuple[str, int, int] | None:
    """`... бөлімшелеріне жүктеледі`: the nearest actor noun before the verb, any case;
    `dative`: the nearest in the dative, further back (`Президентіне Қордың Келісімін
    қабылдауға уәкілдік берілген`: whom the power is given to)."""
    words = words_of(text[:cue_start])
    reach = 12 if dative else 6
    for k in range(len(words) - 1, max(-1, len(words) - reach), -1):
        if dative and case_of(words[k][0]) != "dative":
            continue
        if is_actor_word(words[k][0]):
            if dative:
                s = _left_modifiers(words, k)
                return text[words[s][1]:words[k][2]], words[s][1], words[k][2]
            # `бастығының көмекшісіне және еріп жүрушіге`: all the members it is laid on
            s = _coordination_start(words, _left_modifiers(words, k), reach=3,
                                    case=case_of(words[k][0]))
            return text[words[s][1]:words[-1][2]], words[s][1], words[-1][2]
    if not dative:
        # `... басқармасына Ертіс өзені қойнауы туралы Ереженің орындалуын қамтамасыз ету
        # міндеттелсін`: a long object between the dative and the verb
        return laid_on_actor(text, cue_start, dative=True)
    return None


_ADJECTIVE = regex.compile(
    r"(?:лы|лі|ды|ді|ты|ті|қы|кі|ғы|гі|дағы|дегі|тағы|тегі|лық|лік|дық|дік|тық|тік|"
    r"шы|ші|тын|тін|йтын|йтін|ған|ген)$", I)


# actors named in two words, the first a bare noun (`өтініш беруші`, `заңды тұлға`)
MULTIWORD_ACTORS = tuple(stem for stem in ACTOR_STEMS if " " in stem)


@functools.lru_cache(maxsize=1024)  # asked again at once when the phrase is no defined term,
# and an act names its few actors over and over
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
    for index in range(k - 1, max(-1, k - 7), -1):
        p = parts[index]
        w = p.casefold()
        if _SPHERE.match(w):
            kept[:0] = parts[sphere_start(parts, index):index + 1]
            break
        if w in POSTPOSITIONS or w in CONJUNCTIONS:
            break
        case = case_of(p)
        if len(kept) == 1 and f"{w} {kept[0].casefold()}".startswith(MULTIWORD_ACTORS):
            kept.insert(0, p)  # `өтініш беруші`, `жұмыс беруші`: one actor in two words
        elif case == "genitive":
            kept.insert(0, p)
            noun_ok = is_possessed(p)
        elif case == "nominative" and noun_ok and len(kept) == 1 and is_possessed(p):
            # a possessed compound member (`саясаты` in `Кадр саясаты департаменті`) takes
            # its own bare noun before it
            kept.insert(0, p)
        elif _ADJECTIVE.search(w) or w in DETERMINERS:
            kept.insert(0, p)
            noun_ok = False
        elif case == "nominative" and noun_ok:
            kept.insert(0, p)
        else:
            break
    phrase = " ".join(kept)
    # (a quoted label opening the phrase keeps its marks: `«Б» корпусының қызметшісі`)
    return phrase if _QUOTED_LABEL.match(kept[0]) else phrase.strip("«»()")


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


# `... қағидалары (бұдан әрі – Қағидалар) ... сәйкес әзірленді`: the act names itself and
# says how it was made
_DEVELOPED = regex.compile(r"\bәзірлен\p{L}*", I)
# what an act does when it speaks of itself: `... тәртібін айқындайды`
DEFINES = regex.compile(r"(?:айқындайды|анықтайды|белгілейді|реттейді|регламенттейді|"
                        r"көздейді)\W*$", I)


def is_about_the_act(clause: str) -> bool:
    """`Осы Келісім ... қозғамайды`, `Осы ... Қағидалар ... реттейді`: the act speaks of itself.

    After `Осы`, the act's own name may run long (`Осы Апелляциялық комиссия туралы ереже`,
    `Осы "... азаматы" атағын беру Ережесі`): the clause is about the act when a
    document word in the nominative stands before its predicate, and no actor does. An
    act that names itself and says it was made under a law (`... қағидалары (бұдан әрі
    – Қағидалар) ... сәйкес әзірленді`) speaks of itself too, with or without `Осы`.
    """
    named = next((m for m in _DEFINES_TERM.finditer(clause, 0, 600)
                  if _ONE_WORD.fullmatch(m["term"])), None)
    if named and _is_doc_word(named["term"].casefold()) and (
            _DEVELOPED.search(clause, named.end())
            # `... жөніндегі осы нұсқаулық (бұдан әрі – Нұсқаулық) ... тәртібін айқындайды`:
            # the act, in the nominative, is the subject of what it sets out
            or DEFINES.search(clause) and _names_itself(clause[:named.start()])):
        return True
    if not _STARTS_WITH_THIS.match(clause):
        return False
    body = _QUOTED.sub(" ", clause)
    cue = find_cue(body)
    # the act's name reaches up to the predicate, through participles and objects
    # (`Осы ... қамтамасыз ету мақсатында ... жүзеге асыру қағидалары ... айқындайды`)
    end = cue.start if cue else len(body)
    words = [w for w in words_of(body)[1:60] if w[2] <= end]
    for k, (word, _, _) in enumerate(words):
        w = word.casefold()
        nxt = words[k + 1][0].casefold() if k + 1 < len(words) else ""
        if k == 0 and _is_doc_word(w) and case_of(word) not in ("nominative", "genitive"):
            return False  # `Осы бұйрыққа қосымшаға сәйкес ... бекітілсін`: the act is no subject
        if _is_doc_word(w) and case_of(word) == "nominative" \
                and nxt not in POSTPOSITIONS \
                and (is_possessed(word) or not nxt or not is_possessed(nxt)):
            # (a bare document word before a possessed noun names something else:
            # `Заң департаментіне`)
            # `осы бұйрық мемлекеттік тіркелгеннен кейін ... орналастыруды қамтамасыз етсін`:
            # the act is the subject of a clause of time, not of the sentence
            # (`осы бұйрық Қазақстан Республикасы Әділет министрлігінде мемлекеттік
            # тіркелгеннен кейін`: the place of registration may stand between)
            after = [x[0].casefold() for x in words[k + 1:k + 8]]
            return not any(_ADVERBIAL_PARTICIPLE.search(x) for x in after)
        if is_actor_word(word) and case_of(word) == "nominative" and nxt != "туралы" \
                and not (nxt and not is_possessed(word) and is_possessed(nxt)) \
                and not (w.startswith("қызмет") and nxt.endswith(("у", "ю"))) \
                and not (nxt == "болып" or _PARTICIPLE.search(nxt)):
            # (a bare noun before a possessed one is the first of a compound, no subject:
            # `квазимемлекеттік сектор субъектілерімен`; an actor before a participle is
            # the subject of a relative clause in the act's name: `... азаматтары болып
            # табылатын отбасы мүшелерінің ... бару қағидалары`)
            return False
    return False


def _names_itself(before: str) -> bool:
    """The words before `(бұдан әрі – ...)` end in a document word in the nominative
    (`... осы нұсқаулық`), not another act's name in an oblique case (`... Заңында`)."""
    last = words_of(before)[-1:]
    return bool(last) and _is_doc_word(last[0][0].casefold()) \
        and case_of(last[0][0]) == "nominative"


def _is_doc_word(word: str) -> bool:
    """A form of a document's word (`қағидалары`, `тәртібі`), not another word it begins
    (`заңдылық`, legality; `заңнама`, legislation)."""
    return any(word.startswith(d) and suffix_case(word[len(d):]) is not None
               for d in DOC_WORDS)


_QUOTED = regex.compile(r"«[^«»]*»|\"[^\"]*\"")
# a participle in the ablative, locative or dative: `тіркелгеннен (кейін)`, `енгізілгенде`
_ADVERBIAL_PARTICIPLE = regex.compile(r"(?:ған|ген|қан|кен)(?:нан|нен|да|де|ға|ге|ша|ше)$")


# a verbal noun (`сақтауы`, `жасауға`, `қабылдау`, `орындауына`) or a dative (`ынтымақтастыққа`)
# ends an item that names an act; a nominative or accusative noun one that names a thing
_ACT_ITEM = regex.compile(r"(?:у|уы|уі|уын|уін|уға|уге|уды|уді|уына|уіне|уда|уде|ға|ге|қа|ке"
                          r"|на|не)\W*$", I)
# a negated verbal noun (`кедергі келтірмеуге`): under a duty to agree, a ban
NEGATED_ACT = regex.compile(r"(?:ма|ме|ба|бе|па|пе)(?:у|уы|уі|уға|уге|уын|уін)\W*$", I)


# a passive that describes how things go rather than lays a duty: what is determined
# (`... уағдаластығы бойынша айқындалады`), what is conducted by a rule (`... регламентке
# сәйкес жүргізіледі`), what a vote adopts (`... көпшілік даусымен қабылданады`)
_DESCRIPTIVE = regex.compile(
    r"\bайқындалады\W*$|"
    # (not `... тәртіппен және мерзімдерде жүзеге асырылады`: the times make it a duty)
    r"(?:\p{L}+(?:ға|ге|қа|ке|на|не)\s+сәйкес|негізінде|тәртіппен)\s+(?:(?!мерзім)\S+\s+){0,3}?"
    r"(?:жүргізіледі|жүзеге\s+асырылады)\W*$|"
    r"(?:даусымен|дауысымен|дауыспен)\s+(?:\S+\s+){0,2}?қабылданады\W*$|"
    # what is paid for from where: `шығыстар ... есебінен жүзеге асырылады`
    r"есебінен\s+(?:\S+\s+){0,2}?(?:жүргізіледі|жүзеге\s+асырылады|төленеді)\W*$", I)


# a chapeau announcing the areas of its duty: `мынадай (негізгі) бағыттар бойынша`, or
# the cases in which it is done (`... бұйрығымен мынадай жағдайларда жүргізіледі:`), or
# its steps (`мынадай тәртіппен жүзеге асырылады:`)
AREAS = regex.compile(r"\bмынадай\s+(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:бойынша|саласында)\b|"
                      r"\bмынадай\s+(?:\p{L}+\s+){0,2}?жағдайлар(?:да|ға)\b|"
                      r"\bмынадай\s+(?:\p{L}+\s+)?тәртіппен\b", I)


def describes(clause: str) -> bool:
    """A passive clause that describes a procedure (see _DESCRIPTIVE), not a duty."""
    return bool(_DESCRIPTIVE.search(clause))


# an agreement's clause on its own amendments: `... өзгерістер мен толықтырулар енгізуге
# болады (енгізілуі мүмкін), олар ... хаттамалармен ресімделеді`: the form they take
_AMENDMENTS_ALLOWED = regex.compile(
    r"өзгеріс\p{L}*\s+(?:мен\s+толықтыру\p{L}*\s+)?енгіз\p{L}*\s+(?:болады|мүмкін)[^.;]*$", I)
_FORMALIZED = regex.compile(r"ресімделеді\W*$", I)
AMENDMENT_REACH = 300  # characters before the clause where the permission may stand


def formalizes_amendments(text: str, start: int, clause: str) -> bool:
    """The clause at `start` of `text` says what form permitted amendments take."""
    return bool(_FORMALIZED.search(clause)
                and _AMENDMENTS_ALLOWED.search(text[max(0, start - AMENDMENT_REACH):start]))


def is_act_item(text: str) -> bool:
    """A list item that names an act (each a duty under the list's verb), not a thing."""
    return bool(_ACT_ITEM.search(text.strip()))


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
