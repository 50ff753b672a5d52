"""Who must, may or must not do what: deontic clauses of Russian legal text.

Russian marks modality with words, not endings, and puts them anywhere in the
clause: obligation (`обязан`, `должен`, `необходимо`, `подлежит исполнению`,
`возлагается на`, a resolution's directive infinitive `обеспечить`, `утвердить`,
the normative present `Министерство рассматривает`, the passive present
`заявление рассматривается комиссией`), permission (`вправе`, `может`, `имеет
право`, `допускается`, `разрешается`), prohibition (`запрещается`, `не
допускается`, `не вправе`, `не может`, `не должен`, a negated present `не
рассматривает`). Entry into force, constitutive statements (`является`,
`состоит из`), scope exclusions (`не распространяется`) and an act speaking of
itself are not duties.

A clause's words are read through pymorphy3 (see `morphology`). What a
subordinate clause (`если ...,`, `, который ...`), a quotation or a bracket says
is masked: the cue and the actor are looked for in the clause proper. The actor
is the subject (a body or person in the nominative), or for a passive the agent
in the instrumental (`рассматривается комиссией`), for a directive the addressee
in the dative (`Министерству ... обеспечить`), for `возлагается на` the one after
`на` (see `actors`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..base import Clause, inside, quoted_spans
from .morphology import (
    forms,
    is_finite_present,
    is_infinitive,
    is_participle,
    is_preposition,
    is_reflexive,
    lemma,
    pos,
)


@dataclass(frozen=True)
class Cue:
    modality: str
    text: str
    start: int  # offsets in the clause
    end: int
    passive: bool = False  # no subject acts: the actor is an instrumental agent, if any
    laid_on: bool = False  # `возлагается на X`: the actor follows `на`
    addressed: bool = False  # a directive (`обеспечить`): the actor is the dative before it
    addressed_after: bool = False  # `Установить X-у запрет`: the dative after it
    impersonal: bool = False  # `запрещается`, `допускается`: nobody is named
    relative: bool = False  # `, который осуществляет ...`: the antecedent acts
    governs: bool = False  # `подлежит исполнению X-ом`: the agent follows a verbal noun
    infinitive: bool = False  # a bare infinitive (`обеспечить`, `не разглашать`)
    finite: bool = False  # an active present (`рассматривает`): a duty of an actor
    lemma: str | None = None  # the predicate's lemma, for a present
    negated: bool = False  # `не` before it


@dataclass
class Tok:
    text: str
    start: int
    end: int
    masked: str | None = None  # "q" quotation, "p" bracket, "s" subordinate clause

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def paren(self) -> bool:
        return self.text.startswith("(")


# (a quoted label, `«Б»` in `служащий корпуса «Б»`, is one token: part of a name, no quote)
_TOKEN = regex.compile(
    r"«[\p{Lu}\d]{1,3}»|\([^()]{0,60}\)|[\p{L}\d](?:[\p{L}\d\-.]*[\p{L}\d])?|[,;:.!?«»\"]"
    r"|(?<=\s)[-–—](?=\s)|[–—]")


def tokens_of(text: str) -> list[Tok]:
    """Words, brackets (one token each: `(по согласованию)`), punctuation and quotes."""
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# --- what is not a duty -------------------------------------------------------------
# constitutive and descriptive predicates: what is, not what must be done
CONSTITUTIVE = frozenset({
    "являться", "состоять", "входить", "составлять", "считаться", "создаваться", "образовываться",
    "вступать", "утрачивать", "действовать", "распространяться", "применяться",
    "использоваться", "пониматься", "означать", "обозначать", "иметь", "истекать", "быть",
    "находиться", "относиться", "зависеть", "превышать", "соответствовать", "содержать",
    "содержаться", "прекращаться", "признаваться", "исчисляться", "оставаться", "принадлежать",
    "совпадать", "основываться", "предусматриваться", "наступать", "возникать", "включать",
    "включаться", "начинаться", "заканчиваться", "длиться", "продолжаться", "учитываться",
    "засчитываться", "подразделяться", "делиться", "регулироваться",
    # a body coming to be: `Совет образуется ...`, `создается комиссия`
    "образоваться", "учреждаться", "упраздняться", "создаться",
    # a legal effect: `нарушение влечет ответственность`
    "влечь", "повлечь",
    # what a thing is made of, serves as, is set out in: `оценка складывается из`,
    # `источником служат сведения`, `Инструкцией детализируются требования`
    "складываться", "служить", "детализироваться",
    # what a thing is for, what it bears on: `Субсидии предназначаются для ...`, `результаты
    # не влияют на выплату бонусов`
    "предназначаться", "влиять",
})
# a passive that describes how a thing is, unless someone is named to do it: `Формат
# определяется на основании обращения` (none), `Порядок определяется Правительством` (one),
# `Приказ вводится в действие` (none), `командованием вводится план оповещения` (one)
DESCRIPTIVE_PASSIVE = frozenset({"определяться", "вводиться"})
# ... except when negated: `не засчитываются`, `не включаются`: a ban on counting, including
NEGATED_DUTY = frozenset({"засчитываться", "включаться", "учитываться", "включать"})
# reflexive verbs whose subject acts (not passives): `Комиссия руководствуется ...`
ACTIVE_REFLEXIVE = frozenset({
    "руководствоваться", "обязываться", "стремиться", "воздерживаться", "обращаться",
    "отчитываться", "собираться", "знакомиться", "заниматься", "пользоваться",
    "придерживаться", "добиваться", "обмениваться", "консультироваться", "согласиться",
    "соглашаться", "отказываться", "отказаться", "заботиться", "взаимодействовать",
    "являться", "участвовать", "проводиться_", "уведомляться_",
})
NOT_DUTY = regex.compile(
    r"нос(?:ит|ят)\s+(?:\p{L}+\s+){0,2}характер|вводится\s+в\s+действие|вступа\p{L}*\s+в\s+(?:законную\s+)?силу|утрачива\p{L}*\s+силу|"
    r"утратившим\p{L}*\s+силу|признать\s+утратившим|прекраща\p{L}*\s+действие|"
    # an amending act edits another act: these are its edits, not duties of its own
    r"изложить\s+в\s+(?:следующей|новой)\s+редакции|изложив\s+в|дополнить\s|исключить(?!\p{L})|"
    r"заменить(?!\p{L})|внести\s+(?:в\s+[^.;:]{0,200}?)?(?:следующие\s+)?(?:изменени|дополнени)",
    regex.I)
DOC_LEMMAS = ("правило", "положение", "порядок", "постановление", "приказ", "решение",
              "закон", "кодекс", "соглашение", "договор", "инструкция", "регламент", "стандарт",
              "указ", "распоряжение", "методика", "перечень", "программа", "план")

# --- modal words ------------------------------------------------------------------------
OBLIGED = {"обязан", "обязана", "обязано", "обязаны", "должен", "должна", "должно", "должны",
           "обязательно"}
ENTITLED = {"вправе"}
BINDING = {"обязателен", "обязательна", "обязательно", "обязательны"}
CAN = {"может", "могут", "можно"}
NEED = {"необходимо", "следует", "надлежит", "нужно", "требуется"}
BANNED = {"запрещается", "запрещаются", "запрещено", "запрещена", "запрещены", "запрещен",
          "воспрещается", "недопустимо", "недопустим", "недопустима", "недопустимы"}
ALLOWED = {"допускается", "допускаются", "разрешается", "разрешаются", "разрешено",
           "разрешена", "разрешены", "допустимо"}
LAID = {"возлагается", "возлагаются", "возложить", "возлагать", "возложена", "возложены",
        "возложено"}
# words an infinitive depends on: no directive of its own (`для рассмотрения`, `право
# привлекать`, `в целях обеспечить`)
GOVERNORS = {"для", "чтобы", "право", "права", "возможность", "обязанность", "целях", "цель",
             "намерен", "намерены", "вправе", "может", "могут", "можно", "должен", "должна",
             "должно", "должны", "обязан", "обязана", "обязано", "обязаны", "необходимо",
             "следует", "надлежит", "нужно", "требуется", "разрешается", "запрещается",
             "допускается", "вместо", "чем", "прошу", "просим", "стремится", "разрешить",
             "поручено", "поручается", "предлагается", "решено", "способен"}
SUBORDINATORS = {"если", "когда", "чтобы", "что", "где", "куда", "откуда", "поскольку",
                 "хотя", "пока", "чей", "чья", "чье", "чьи", "чьих", "чьим", "ибо", "как",
                 "будто", "дабы"}
_RELATIVE = regex.compile(r"^котор\p{L}*$", regex.I)
NOMINATIVE_RELATIVE = {"который", "которая", "которое", "которые"}
CONJUNCTIONS = {"и", "или", "либо", ",", "а"}


def mask(toks: list[Tok], keep_first_relative: bool = False) -> None:
    """Mark quotations ("q"), brackets ("p") and subordinate clauses ("s": `если ... ,`,
    `, который ... ,`, `, индексация которых ... ,`)."""
    depth = 0
    n = len(toks)
    closing = sum(1 for t in toks if t.text == "»")
    opening = sum(1 for t in toks if t.text == "«")
    for t in toks:
        if t.text == "«":
            depth += 1
            opening -= 1
        if depth > 0 or t.text == '"':
            t.masked = "q"
        elif t.paren:
            t.masked = "p"
        if t.text == "»":
            closing -= 1
            # `«Корпорация «Правительство для граждан»`: one mark closes both quotations
            # when no other mark is left to close the outer one
            depth = max(0, min(depth - 1, closing - opening))
    i = 0
    while i < n:
        t = toks[i]
        start = None
        if t.masked:
            i += 1
            continue
        if t.low in SUBORDINATORS and (_at_boundary(toks, i)
                                       or t.low in ("если", "когда", "чтобы")):
            start = i
        elif _RELATIVE.match(t.text):
            # the relative clause starts after the comma before it: `, который`, `, по
            # которым`, `, индексация которых`
            start = next((k + 1 for k in range(i - 1, max(-1, i - 4), -1)
                          if toks[k].text in (",", ";", ":")), 0 if i < 3 else None)
        if start is None:
            i += 1
            continue
        j = i + 1
        while j < n and (toks[j].text not in (",", ";", ":", ".") or toks[j].masked == "q"):
            j += 1
        if not (keep_first_relative and start == 0):
            for k in range(start, j):
                toks[k].masked = toks[k].masked or "s"
        i = j


def _at_boundary(toks: list[Tok], i: int) -> bool:
    return i == 0 or toks[i - 1].text in (",", ";", ":") or (
        i >= 2 and toks[i - 2].text in (",", ";", ":") and is_preposition(toks[i - 1].text))


def lemmas_of(word: str) -> set[str]:
    return {f.lemma for f in forms(word)[:2]}


def _negated(toks: list[Tok], i: int) -> bool:
    """`не` right before word i (or before the modal that governs it)."""
    return i > 0 and toks[i - 1].low == "не"


def _next_word(toks: list[Tok], i: int) -> int | None:
    for k in range(i + 1, min(len(toks), i + 4)):
        if toks[k].word and not toks[k].masked:
            return k
        if toks[k].text in (",", ";", ":", "."):
            return None
    return None


# adjectives that take an infinitive (`уполномоченный принимать решение`)
_ADJECTIVE_GOVERNORS = frozenset({"уполномоченный", "способный", "готовый", "правомочный",
                                  "намеренный"})


def _governed(toks: list[Tok], i: int) -> bool:
    """Whether the infinitive at i depends on a word before it (a modal, `для`, `право`)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        t = toks[k]
        if t.text in (",", ";", ":", "."):
            return False
        if t.low in GOVERNORS or lemma(t.text) in ("право", "обязанность", "возможность"):
            return True
        if k == i - 1 and t.word and (pos(t.text) in ("PRTF", "PRTS")
                                      or lemma(t.text) in _ADJECTIVE_GOVERNORS):
            return True  # `желающие участвовать`, `уполномоченный принимать`: what a person
            # or a body wishes or is empowered to do, said of it, no directive
        if t.word and (is_finite_present(t.text) or pos(t.text) in ("VERB", "INFN")):
            return True  # `начинает проводить`, `принять решение провести`
    return False


def find_cue(clause: str) -> Cue | None:
    """The modality cue of a clause, if any: the first predicate of the clause proper.

    A first predicate that is constitutive (`является`, `состоит`) makes the clause no
    duty; a clause that opens with `который` (a relative clause of its own) is read
    as the antecedent's act.
    """
    if NOT_DUTY.search(clause):
        return None
    toks = tokens_of(clause)
    relative = bool(toks) and toks[0].low in NOMINATIVE_RELATIVE
    mask(toks, keep_first_relative=relative)
    return _cue_in(clause, toks, relative)


def _cue(modality: str, toks: list[Tok], a: int, b: int, **kw) -> Cue:
    return Cue(modality, " ".join(t.text for t in toks[a:b + 1]), toks[a].start, toks[b].end,
               **kw)


def _cue_in(clause: str, toks: list[Tok], relative: bool = False) -> Cue | None:
    for i in range(len(toks)):
        kind, cue = _predicate_at(toks, i, relative)
        if kind is not None:
            return cue  # None for a constitutive or past predicate: no duty
    return None


def _predicate_at(toks: list[Tok], i: int, relative: bool = False,
                  ignore_mask: bool = False) -> tuple[str | None, Cue | None]:
    """What the word at i is: ("cue", Cue) a duty's predicate, ("stop", None) a predicate
    that lays none (`является`, a past tense, a short participle), or (None, None)."""
    t = toks[i]
    if (t.masked and not ignore_mask) or not t.word:
        return None, None
    w = t.low
    neg = _negated(toks, i)
    a = i - 1 if neg else i
    nxt = _next_word(toks, i)
    nxt_low = toks[nxt].low if nxt is not None else ""

    def cue(modality: str, end: int, **kw) -> tuple[str, Cue]:
        return "cue", _cue(modality, toks, a, end, relative=relative, **kw)

    # `Сотрудникам запрещается разглашать ...`: a ban on doing, addressed to the dative
    to_do = nxt is not None and is_infinitive(toks[nxt].text)
    if w in BANNED:
        return cue("prohibition", i, impersonal=True, addressed=to_do)
    if w in ENTITLED:
        return cue("prohibition" if neg else "permission", i)
    if w in CAN and nxt is not None and is_infinitive(toks[nxt].text):
        if "служить" in lemmas_of(toks[nxt].text):
            return "stop", None  # `не может служить препятствием`: what a thing is not
        return cue("prohibition" if neg else "permission", nxt, passive=nxt_low == "быть")
    if w in OBLIGED and w != "обязательно":
        if neg and w.startswith("обязан"):
            return "stop", None  # `не обязан`: no duty, and no ban either
        return cue("prohibition" if neg else "obligation", nxt if to_do else i,
                   passive=nxt_low == "быть")
    if w in BINDING and nxt_low == "для":
        # `Решения обязательны для исполнения всеми органами`: the agent follows
        return cue("obligation", nxt, passive=True, governs=True)
    if w in NEED and nxt is not None and is_infinitive(toks[nxt].text):
        return cue("prohibition" if neg else "obligation", nxt, addressed=True)
    if w in ALLOWED:
        return cue("prohibition" if neg else "permission", i, impersonal=True, addressed=to_do)
    if w in LAID:
        a = i
        return cue("obligation", i, laid_on=True)
    lem = lemmas_of(t.text)
    if "подлежать" in lem and is_finite_present(t.text):
        return cue("prohibition" if neg else "obligation", nxt if nxt is not None else i,
                   passive=True, governs=True)
    if "иметь" in lem and (nxt_low in ("право", "права") or _right_before(toks, i)) \
            and not is_participle(t.text):
        # (`лицом, имеющим право назначения`: a participle that names who, no permission)
        return cue("prohibition" if neg else "permission",
                   nxt if nxt_low in ("право", "права") else i)
    if is_finite_present(t.text):
        if lem & CONSTITUTIVE and not (neg and lem & NEGATED_DUTY) and not (
                "составлять" in lem and not _quantity(toks, nxt)) and not (
                "обозначать" in lem and not _denotes(toks, a)):
            # (`составляет акт` draws up a record; `составляет три года` amounts to;
            # `командование обозначает на местности границы` marks them)
            return "stop", None
        if neg and "допускать" in lem:
            return cue("prohibition", i)
        reflexive = is_reflexive(t.text) and not lem & ACTIVE_REFLEXIVE
        return cue("prohibition" if neg else "obligation", i, passive=reflexive,
                   finite=not reflexive, lemma=lemma(t.text))
    if is_infinitive(t.text) and not _governed(toks, i):
        if lem & CONSTITUTIVE:
            return "stop", None
        if lem & {"установить", "устанавливать", "ввести", "вводить"} and _bans(toks, i):
            return cue("prohibition", i, addressed_after=True)
        return cue("prohibition" if neg else "obligation", i, addressed=True, infinitive=True,
                   negated=neg)
    p = pos(t.text)
    if p == "VERB" or (p == "PRTS" and w not in OBLIGED and not _after_noun_comma(toks, i)):
        # another finite form first (a past tense, a short participle: `разработаны`,
        # `создана`): a statement of what was done or is, not a duty
        return "stop", None
    return None, None


_QUANTITY = regex.compile(r"^(?:\d|не$|от$|до$|свыше$|более$|менее$|около$|не\s)", regex.I)


def _quantity(toks: list[Tok], k: int | None) -> bool:
    """Whether the word at k starts an amount (`3 года`, `не более`, `десять процентов`)."""
    if k is None:
        return True  # nothing follows: `составляет`, a statement
    word = toks[k].text
    return bool(_QUANTITY.match(word)) or pos(word) in ("NUMR",) or lemma(word) in (
        "один", "половина", "треть", "сумма", "размер")


# what a sign, a term or a symbol is said to denote (`знак обозначает ...`)
_SIGNS = frozenset({"термин", "понятие", "слово", "символ", "знак", "сокращение",
                    "аббревиатура", "буква", "индекс", "цифра", "цвет", "обозначение", "код"})


def _denotes(toks: list[Tok], k: int) -> bool:
    """Whether `обозначать` at k means `denotes`: its subject just before is a quoted term
    (`«ГО» обозначает`), a symbol (`Ki обозначает`) or a sign-word (`знак обозначает`); a
    body's noun there (`командование воинской части обозначает`) makes it `marks`, an act."""
    if k == 0:
        return True
    word = toks[k - 1].text
    if not regex.fullmatch(r"\p{Cyrillic}{4,}", word):
        return True  # a closing quote or bracket, a symbol (`Ki`, `N1`), a short letter name
    return lemma(word) in _SIGNS


def _right_before(toks: list[Tok], i: int) -> bool:
    """`Право голоса имеют ...`: the right named before `иметь`."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].low in ("право", "права", "правом"):
            return True
    return False


def _bans(toks: list[Tok], i: int) -> bool:
    """`Установить ... запрет на ...`: the directive sets a ban."""
    for k in range(i + 1, min(len(toks), i + 12)):
        if toks[k].text in (";", ".", ":"):
            return False
        if toks[k].low.startswith("запрет"):
            return True
    return False


def _after_noun_comma(toks: list[Tok], i: int) -> bool:
    return i > 0 and toks[i - 1].text == ","


# --- clauses ----------------------------------------------------------------------------
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?;])\s+(?=[\p{Lu}«\d])|(?<=;)\s+")
_INITIAL = regex.compile(r"(?:^|\s)\p{Lu}\.$")
_SPLIT = regex.compile(r",\s+(?:а\s+также\s+|в\s+том\s+числе\s+)?|\s+(?:и|а\s+также)\s+")


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    quoted = quoted_spans(text)
    for m in _SENTENCE_BREAK.finditer(text):
        if _INITIAL.search(text, max(start, m.start() - 3), m.start()):
            continue  # `А. Мамин`: an initial ends no sentence
        if inside(quoted, m.start()):
            continue  # `«Запретная зона. Проход запрещен»`: the words of a sign
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split_clauses(text: str) -> list[Clause]:
    """Sentences, then commas, `и` and `а также` with a predicate of their own on both sides.

    A subordinate clause (`, если ...`, `, который ...`) is no clause of its own, but for
    a relative clause whose antecedent the main clause only names (`Рабочим органом
    является уполномоченный орган, который осуществляет ...`): there the relative clause
    says what the antecedent does. Each sentence is read once: what every word is (a
    duty's predicate, another predicate, neither) is worked out before the cuts are.
    """
    clauses: list[Clause] = []
    for sentence, (s_start, s_end) in enumerate(sentences(text)):
        body = text[s_start:s_end]
        toks = tokens_of(body)
        mask(toks)
        kinds = [_predicate_at(toks, i)[0] for i in range(len(toks))]
        if NOT_DUTY.search(body):
            for m in NOT_DUTY.finditer(body):
                k = bisect.bisect_left([t.start for t in toks], m.start())
                if k < len(kinds):
                    kinds[k] = "stop"
        starts = [t.start for t in toks]
        # predicates of each kind up to each word, and after it
        duty = _running([k == "cue" for k in kinds])
        any_ = _running([k is not None for k in kinds])
        n = len(toks)
        pieces: list[tuple[int, int, bool]] = []
        cut, cut_tok, also = 0, 0, False
        masked = _masked_regions(toks)
        for m in _SPLIT.finditer(body):
            if any(a <= m.start() < b for a, b in masked):
                continue
            here = bisect.bisect_left(starts, m.start())
            after = bisect.bisect_left(starts, m.end())
            left_any = any_[here] - any_[cut_tok]
            if _RELATIVE_START.match(body, m.end()):
                left_duty = duty[here] - duty[cut_tok]
                if left_duty or not left_any or not _relative_predicate(toks, after):
                    continue
            elif not (left_any and any_[n] - any_[after]):
                continue
            pieces.append((cut, m.start(), also))
            also = "также" in m.group(0)
            cut, cut_tok = m.end(), after
        pieces.append((cut, len(body), also))
        for a, b, joined in pieces:
            piece = body[a:b].strip()
            if piece:
                lead = len(body[a:b]) - len(body[a:b].lstrip())
                start = s_start + a + lead
                clauses.append(Clause(piece, start, start + len(piece), joined_by_also=joined,
                                      sentence=sentence))
    return clauses


def _running(flags: list[bool]) -> list[int]:
    """Prefix counts: out[i] is how many of flags[:i] are set."""
    out = [0]
    for flag in flags:
        out.append(out[-1] + flag)
    return out


def _masked_regions(toks: list[Tok]) -> list[tuple[int, int]]:
    """Character spans of the runs of masked words (a quotation, a subordinate clause)."""
    regions: list[tuple[int, int]] = []
    for t in toks:
        if not t.masked:
            continue
        if regions and regions[-1][1] >= t.start - 2:
            regions[-1] = (regions[-1][0], t.end)
        else:
            regions.append((t.start, t.end))
    return regions


def _relative_predicate(toks: list[Tok], k: int) -> bool:
    """Whether the relative clause starting at word k has an active predicate of its own."""
    for i in range(k + 1, min(len(toks), k + 40)):
        if toks[i].text in (",", ";", ":", "."):
            return False
        kind, cue = _predicate_at(toks, i, relative=True, ignore_mask=True)
        if kind is not None:
            return kind == "cue" and not cue.passive
    return False


_RELATIVE_START = regex.compile(r"\s*(?:который|которая|которое|которые)\b", regex.I)


_ABOUT_ACT = regex.compile(r"^\s*(?:Настоящ|Данн)\p{L}*\s+(?P<act>\p{L}+)", regex.I)


# `Правила ... (далее – Правила) разработаны в соответствии с ...`: the act names itself and
# says how it was made
_NAMED_SO = regex.compile(r"\(\s*далее\s*[-–—]?\s*(?P<act>\p{L}+)\s*\)", regex.I)
_DEVELOPED = regex.compile(r"\bразработан\p{L}*", regex.I)
# what an act does when it speaks of itself: `... определяют порядок ...`
DEFINES = regex.compile(r"\b(?:определя|устанавлива|регулиру|регламентиру|предусматрива)\p{L}*",
                        regex.I)


def is_about_the_act(clause: str) -> bool:
    """`Настоящие Правила ... определяют порядок`, `Настоящий приказ вводится ...`,
    `Правила ... (далее – Правила) разработаны ...`: the act speaks of itself."""
    m = _ABOUT_ACT.match(clause)
    if bool(m) and lemma(m["act"]) in DOC_LEMMAS + ("правила",):
        return True
    named = _NAMED_SO.search(clause, 0, 600)
    return bool(named) and lemma(named["act"]) in DOC_LEMMAS + ("правила",) \
        and _DEVELOPED.search(clause, named.end()) is not None


_CONDITION = regex.compile(r"\b(?:[Ее]сли|[Вв]\s+случае(?:,?\s+если)?|[Пп]ри\s+условии)\b[^;]*?,",
                           regex.I)
_TRIGGER = regex.compile(r"\b(?:[Пп]ри|[Пп]осле|[Пп]о\s+истечении)\s+[^,;.]{3,120}", regex.I)


def condition_of(clause: str) -> str | None:
    """`если ...,`, `в случае ...,`: the condition a duty depends on."""
    m = _CONDITION.search(clause)
    return " ".join(m.group(0).strip(" ,").split()) if m else None


def trigger_of(clause: str) -> str | None:
    """`при поступлении ...`, `после ...`: the event that sets a duty off."""
    m = _TRIGGER.search(clause)
    return " ".join(m.group(0).strip(" ,").split()) if m else None
