"""Russian defined terms: `(далее – X)`, `далее именуемые X`, `под X понимается ...`,
`«X» означает ...`, and the items of a definitions list (`X – ...` under
`используются следующие понятия:`).
"""

from __future__ import annotations

import regex

from ..base import Definition, glossary_items, unquote_term
from .morphology import cases, forms, is_finite_present, is_preposition

DASH = r"[–—-]"
# `(далее – Министерство)`, `(далее - «Правила»)`, `(далее по тексту – ННС)`,
# `(далее именуемое – Соглашение)`
PARENTHETICAL = regex.compile(
    r"\(\s*[Дд]алее\s*(?:по\s+тексту\s*|именуем\p{L}*\s*)?" + DASH + r"?\s*"
    r"(?P<term>[^()]{1,80}?)\s*\)")
# `Правительство Республики Казахстан и Правительство ..., далее именуемые Сторонами,`
NAMED_AS = regex.compile(
    r"(?:[Дд]алее\s+именуем\p{L}*|именуем\p{L}*\s+в\s+дальнейшем)\s*" + DASH + r"?\s*"
    r"(?P<term>«[^«»]{1,60}»|[^,.;:()«»]{1,60}?)(?=\s*[,.;:)]|$)")
# `Под апелляцией понимается ...`, `под «X» понимаются ...`
UNDERSTOOD = regex.compile(
    r"\b[Пп]од\s+(?P<term>«[^«»]{1,80}»|[^,.;:()«»]{1,80}?)\s+понима(?:ется|ются)\s+"
    r"(?P<exp>[^.;]{1,400})")
# `«Аффилированность» означает ...`, `термин «X» означает ...`
TERM_MEANS = regex.compile(
    r"(?:термин\s+)?«(?P<term>[^«»]{1,80})»\s+(?:означает|обозначает)\s+(?P<exp>[^.;]{1,400})")
# a definitions list item: `курсант - лицо, ...`, `«X» – ...`, `казарма (общежитие) – ...`,
# `... орган (далее – уполномоченный орган) – ...`; a hyphen needs a space before it
# (`контрольно-пропускной` is one word), a dash does not
LIST_ITEM = regex.compile(
    r"^(?P<term>«[^«»]{1,80}»|(?:[^:;()«»–—]|\([^()]{0,80}\)){1,160}?)"
    # (`"лицо"-физическое ...`: an extractor may glue the dash to a quoted term)
    r"(?:\s+" + DASH + r"|\s*[–—]|(?<=[»\"])-)\s*(?:это\s+)?(?P<exp>.+)$", regex.DOTALL)
# a chapeau that opens a definitions list: `используются следующие понятия:`,
# `применяются следующие основные понятия и определения:`, `используются следующие термины`
GLOSSARY_CHAPEAU = regex.compile(
    r"(?:использу|применя|содерж)\p{L}*\s+(?:следующ\p{L}*\s+)?(?:\p{L}+\s+){0,2}?"
    r"(?:поняти|определени|термин)\p{L}*|(?:поняти|термин|определени)\p{L}*,?\s+"
    r"(?:\p{L}+\s+){0,2}?(?:использу|применя)", regex.I)
_FURTHER_ON = regex.compile(r"\s*\(\s*[Дд]алее[^()]*\)")
MAX_EXPANSION_WORDS = 30
MAX_TERM_WORDS = 8
# where the noun phrase before `(далее – X)` starts: a bracket, a colon or semicolon, a
# dash between words, a comma (unless a participial phrase follows it: see below)
# (a comma or a point between digits, `0,5 метра`, is part of a number)
_BOUNDARY = regex.compile(r"[()\[\];:]|(?<!\d)[.,]|[.,](?!\d)|\s[–—-]\s", regex.REVERSE)


def find_definitions(text: str, *, in_glossary: bool = False) -> list[Definition]:
    """Definitions in one unit's (or preamble's) text.

    `in_glossary` says the unit is an item of a list opened by a chapeau such as
    `В настоящих Правилах используются следующие понятия:`.
    """
    found: list[Definition] = []
    for m in PARENTHETICAL.finditer(text):
        term = _clean_term(m.group("term"))
        expansion = expansion_before(text, m.start())
        if term and expansion:
            found.append(Definition(term, expansion, m.start(), m.end(), m.start("term"),
                                    m.start("term") + len(m.group("term").rstrip())))
    for m in NAMED_AS.finditer(text):
        term = _clean_term(m.group("term"))
        # `..., далее именуемые Сторонами,`: the phrase before the comma that opens it
        before = m.start()
        while before > 0 and text[before - 1] in " ,":
            before -= 1
        expansion = expansion_before(text, before, stop_at_comma=True)
        if term:
            if not m.group("term").lstrip().startswith("«"):
                term = _nominative_term(term)  # `именуемые Сторонами`: the instrumental
            found.append(Definition(term, expansion, m.start(), m.end(),
                                    m.start("term"), m.end("term")))
    for pattern in (UNDERSTOOD, TERM_MEANS):
        for m in pattern.finditer(text):
            term = _clean_term(m.group("term"))
            if pattern is UNDERSTOOD and not m.group("term").startswith("«"):
                term = _nominative_term(term)
            found.append(Definition(term, m.group("exp").strip(), m.start(), m.end(),
                                    m.start("term"), m.end("term")))
    return glossary_items(text, found, in_glossary, GLOSSARY_CHAPEAU, _list_item)


def looks_like_glossary_item(text: str) -> bool:
    """`курсант - лицо, обучающееся ...;`: a short term in the nominative, a dash, what it
    means. `Республики Казахстан - ...` names whose; a term with a verb is a clause."""
    item = _list_item(text, 0, len(text))
    if item is None or text[:1].isdigit():
        return False
    words = regex.findall(r"[\p{L}\-]+", item.term)
    if not words or is_preposition(words[0]) or any(is_finite_present(w) for w in words):
        return False
    return "nomn" in cases(words[0])


def _list_item(text: str, start: int, end: int) -> Definition | None:
    m = LIST_ITEM.match(text[start:end])
    if m is None:
        return None
    term = _clean_term(m.group("term"))
    if not term or len(term.split()) > MAX_TERM_WORDS:
        return None
    return Definition(term, m.group("exp").strip().rstrip(";."), start, end,
                      start + m.start("term"), start + m.end("term"))


def _clean_term(term: str) -> str:
    term = _FURTHER_ON.sub("", term)  # `... орган (далее – уполномоченный орган)`: its own term
    return unquote_term(term)


def _nominative_term(term: str) -> str:
    """`Сторонами` → `Стороны`: a term named in the instrumental (`далее именуемые
    Сторонами`, `под апелляцией понимается`) is given in the nominative; a word that
    cannot be instrumental is left as it stands."""
    from .actors import canonical_actor  # the same noun phrase inflection

    words = term.split()
    if not words or not {"ablt"} & cases(words[0]):
        return term
    return canonical_actor(term, any_noun=True)


def expansion_before(text: str, end: int, *, stop_at_comma: bool = False) -> str:
    """The noun phrase a parenthetical definition follows: back to the last boundary.

    A participial phrase after a comma belongs to the noun before it (`юридическое
    лицо, осуществляющее реализацию ... (далее – Дилер)`), and so does a bracketed
    remark just before the definition (`... «Об утверждении перечня ...» (зарегистрирован
    ...) (далее – Перечень)`); commas inside «...» are no boundary. The boundary is looked
    for backwards from `end`: scanning all the text before every definition would be
    quadratic in a unit that holds many.
    """
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    if stop > 0 and text[stop - 1] == ")":
        # a bracketed remark right before: skip it
        depth, k = 0, stop - 1
        while k >= 0 and k > stop - 400:
            if text[k] == ")":
                depth += 1
            elif text[k] == "(":
                depth -= 1
                if depth == 0:
                    break
            k -= 1
        if k >= 0 and depth == 0 and k > 0:
            stop = k
            while stop > 0 and text[stop - 1].isspace():
                stop -= 1
    lo = max(0, stop - 1500)
    start = lo
    pos = stop
    while pos > lo:
        m = _BOUNDARY.search(text, lo, pos)
        if m is None:
            break
        if m.group(0) == "," and not stop_at_comma and (
                _inside_quotes(text, m.start(), stop) or _participial(text[m.end():stop])
                or _participial(_segment_before(text, lo, m.start()))):
            # (a comma that closes a participial phrase: `Правила посещения членами семей,
            # являющимися гражданами, своих родственников ... (далее – Правила)`)
            pos = m.start()
            continue
        start = m.end()
        break
    words = text[start:stop].split()
    return " ".join(words[-MAX_EXPANSION_WORDS:])


_COMMA = regex.compile(r",", regex.REVERSE)


def _segment_before(text: str, lo: int, comma: int) -> str:
    """The text between the comma before `comma` (or `lo`) and `comma`."""
    m = _COMMA.search(text, lo, comma)
    return text[m.end() if m else lo:comma]


def _inside_quotes(text: str, at: int, stop: int) -> bool:
    """Whether `at` stands inside a «...» that closes before `stop`."""
    return text.count("»", at, stop) > text.count("«", at, stop)


_PARTICIPIAL_START = regex.compile(r"\s*(?:а\s+также\s+|и\s+)?([\p{L}\-]+)")


def _participial(after_comma: str) -> bool:
    """`, осуществляющее реализацию ...`, `, пятьдесят и более процентов акций ... которых`:
    what follows the comma still describes the noun before it."""
    m = _PARTICIPIAL_START.match(after_comma)
    if m is None:
        return False
    word = m.group(1)
    found = forms(word)
    if found and found[0].pos in ("PRTF", "NUMR"):
        return True
    return "которых" in after_comma.split()[:12] or "который" in after_comma.split()[:3]


def names_actor(d: Definition) -> bool:
    """Whether a term names a body or a person: the term is such a word itself, or the
    phrase it stands for is headed by one (`Государственная корпорация ... (далее –
    Госкорпорация)`, `дилер – юридическое лицо, ...`)."""
    from .morphology import is_actor_word, pos

    words = regex.findall(r"[\p{L}\-]+", d.term)
    if words and is_actor_word(words[0]):
        return True
    expansion = regex.findall(r"[\p{L}\-]+", d.expansion)
    # the phrase starts after the clause's last verb (`Для привлечения педагогов создаются
    # координационные советы ... (далее – КС)`: the councils, not the attracting)
    verbs = [k for k, w in enumerate(expansion) if pos(w) in ("VERB", "INFN")]
    phrase = expansion[verbs[-1] + 1:] if verbs else expansion
    head = next((w for w in phrase if pos(w) == "NOUN"), None)
    return head is not None and is_actor_word(head)
