"""Split a document into its components and read each one's head.

A component is the act (`main`) or a document attached to it. A new one
starts at an approval stamp (`... қаулысымен бекітілген`, `БЕКІТІЛГЕН`), an
annex header (`1-қосымша`), or at the first paragraph after a signature block
that is not part of that block. A component's head is its stamp, the draft
marker `Жоба`, its title, the act line (issuer, date, number, type), and its
preamble up to the enacting formula (`ҚАУЛЫ ЕТЕДІ:`, `БҰЙЫРАМЫН:`, `келісті:`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import ModuleType

import regex

from ..languages import patterns_for
from ..letters import fix_lookalikes
from .dates import parse_date
from .model import Signatory
from .units import Block, parse_label

MAX_STAMP_WORDS = 25
MAX_SET_APART_STAMP_WORDS = 60
MAX_SIGNATURE_WORDS = 12


@dataclass
class ComponentBlocks:
    """The paragraphs of one component, sorted into head, body and tail."""

    blocks: list[Block]
    approval: list[Block] = field(default_factory=list)
    draft: bool = False
    is_form: bool = False  # marked `Нысан`
    title: list[Block] = field(default_factory=list)
    act_lines: list[Block] = field(default_factory=list)
    place: Block | None = None  # `Астана, Үкімет Үйі`
    preamble: list[Block] = field(default_factory=list)
    formula: Block | None = None
    formula_subject: str | None = None  # `Қазақстан Республикасының Үкіметі` in `... ҚАУЛЫ ЕТЕДІ:`
    formula_text: str | None = None
    formula_type: str | None = None  # the act type the formula enacts (`ҚАУЛЫ ЕТЕДІ` → resolution)
    body: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)
    signatures: list[tuple[Block, Signatory]] = field(default_factory=list)


_HEADER_THEN_APPROVER = regex.compile(
    r"\d+\s*-\s*қосымша\s+[«\"]?(?:БЕКІТЕМІН|БЕКІТІЛГЕН|КЕЛІСІЛДІ)\b", regex.IGNORECASE)


def is_stamp(text: str, *, set_apart: bool = False, language: str = "kk") -> bool:
    """An approval stamp (`... қаулысымен бекітілген`) or an annex header (`... 1-қосымша`).

    A block the layout set apart as a stamp may run longer (an annex header that
    repeats the whole title of the rules it belongs to).
    """
    p = patterns_for(language)
    limit = MAX_SET_APART_STAMP_WORDS if set_apart else MAX_STAMP_WORDS
    text = fix_lookalikes(text, language=language)
    return len(text.split()) <= limit and bool(
        p.APPROVAL.search(text) or p.ANNEX_HEADER.search(text) or p.APPROVED_FIRST.match(text)
        # `... 3-қосымша «БЕКІТІЛГЕН» ... бастығы`: the header, then who approves the form
        or set_apart and language == "kk" and _HEADER_THEN_APPROVER.search(text))


def _opens_component(block: Block, language: str) -> bool:
    """A stamp that starts a new component: it approves or attaches a document."""
    return is_stamp(block.text, set_apart=block.role == "stamp", language=language)


def _in_head(block: Block, language: str) -> bool:
    """Part of a component's head before its title: stamps, side blocks, `Жоба`, `Нысан`."""
    p = patterns_for(language)
    return (block.role == "stamp" or _opens_component(block, language)
            or bool(p.DRAFT.match(block.text)) or bool(p.FORM.match(block.text)))


def _is_note(block: Block, language: str) -> bool:
    return block.role == "note" or bool(patterns_for(language).NOTE.match(block.text))


def _goes_on_as_a_sentence(block: Block, p: ModuleType) -> bool:
    """A paragraph that ends in a finite verb (`... алуға болады`): after an editorial note,
    a sentence of it that an extractor set apart; a document never begins so."""
    return bool(p.FINITE_VERB.search(block.text.rstrip(" .;")))


_SIGNING_LINE = regex.compile(r"_{3,}")


def parse_signature(block: Block, language: str = "kk") -> Signatory | None:
    """The signatory of a signature block: a role, then the name (`К. Мәсімов`) at the end.

    When the layout says the block is a signature, any role is taken; otherwise
    the role must name an office (`Министрі`, `Президенті`, `әкімі`, ...).
    """
    p = patterns_for(language)
    # the line drawn for the hand signature (`маслихата _______Т. Сарпеков`): white space
    text = _SIGNING_LINE.sub(lambda m: " " * len(m.group()), block.text)
    if len(text.split()) > MAX_SIGNATURE_WORDS or text.rstrip().endswith((".", ":", ";", ",")) \
            and not regex.search(r"\p{Lu}\.$", text):
        return None
    m = p.SIGNATURE.match(text)
    if not m or not (block.role == "signature" or p.SIGNATURE_ROLE.search(m.group("role"))):
        return None
    start = block.span[0]
    role = " ".join(part for part in (m.group("role"), m.group("role_end")) if part)
    return Signatory(" ".join(role.split()), m.group("name").strip(),
                     (start + m.start("name"), start + m.end("name")))


def _is_signature(block: Block, language: str) -> bool:
    """A signature block, with a name or (when the layout says so, or a treaty's party or
    the head of state signs) a role alone."""
    return (block.role == "signature" or parse_signature(block, language) is not None
            or bool(patterns_for(language).SIGNED_WITHOUT_NAME.match(" ".join(block.text.split()))))


def split_components(blocks: list[Block], language: str = "kk") -> list[list[Block]]:
    """Group paragraphs into components, in document order.

    A new component starts at a stamp that approves or attaches a document, once
    the current one has content, and at the first block after a signature that
    is neither an editorial note nor a place/date line under the signature.
    """
    p = patterns_for(language)
    sign_off = p.SIGN_OFF
    groups: list[list[Block]] = [[]]
    after_signature = False
    after_note = False
    has_content = False
    visa_left = 0  # lines of a visa under the signature still to come
    for block in blocks:
        text = block.text
        if after_signature and p.AGREED.match(text) and not _opens_component(block, language):
            # `«СОГЛАСОВАНО»` / `Министр ...` / `____ Е. Досаев` / `23 апреля 2015 год`: another
            # body's visa under the act's signature, no document of its own
            groups[-1].append(block)
            visa_left = VISA_BLOCKS
            continue
        if visa_left and _visa_line(block, language):
            groups[-1].append(block)
            visa_left -= 1
            continue
        visa_left = 0
        if _is_signature(block, language):
            groups[-1].append(block)
            after_signature = True
            continue
        if _is_note(block, language) or (
                after_signature and after_note and _goes_on_as_a_sentence(block, p)):
            # an editorial note opens nothing, nor a sentence of it an extractor set apart
            # (`... алуға болады`): a document begins with its stamp or title, not a verb
            groups[-1].append(block)
            after_note = True
            continue
        after_note = False
        head = _in_head(block, language)
        if after_signature and (sign_off.match(text) and not head
                                or p.ROLE_GOES_ON.match(text.strip())):
            groups[-1].append(block)  # place, date or number, the role's rest, under it
            continue
        starts_new = (_opens_component(block, language) and has_content) or after_signature
        if starts_new and groups[-1]:
            # stamps may run over several paragraphs: keep them together
            groups.append([])
            has_content = False
        groups[-1].append(block)
        after_signature = False
        if not head:
            has_content = True
    return [g for g in groups if g]


VISA_BLOCKS = 4  # the agreeing body's office, over lines, the signer, the date
MAX_VISA_WORDS = 16


def _visa_line(block: Block, language: str) -> bool:
    """A short line of a visa: no unit label, no sentence, no stamp of a document."""
    text = block.text.strip()
    return (len(text.split()) <= MAX_VISA_WORDS and not parse_label(text, language)
            and not text.endswith((".", ":", ";")) and not _opens_component(block, language))


def read_component(blocks: list[Block], language: str = "kk") -> ComponentBlocks:
    """Sort a component's paragraphs into stamp, title, act lines, preamble, body, signatures."""
    p = patterns_for(language)
    comp = ComponentBlocks(blocks)
    i = 0
    while i < len(blocks) and (_in_head(blocks[i], language) or _is_note(blocks[i], language)):
        block = blocks[i]
        stamp = p.APPROVAL.search(block.text)
        if _is_note(block, language):
            comp.notes.append(block)
        elif p.DRAFT.match(block.text):
            comp.draft = True
        elif p.FORM.match(block.text):
            comp.is_form = True  # `Нысан`: the marker is neither stamp nor title
        elif stamp and stamp.group("draft"):  # `... мақұлданған Жоба`: the marker reflowed in
            comp.draft = True
            cut = stamp.start("draft")
            comp.approval.append(Block(block.text[:cut], (block.span[0], block.span[0] + cut),
                                       block.page))
        else:
            comp.approval.append(block)
        i += 1
    end = len(blocks)
    # another body's visa under the signatures (`«КЕЛІСІЛДІ»` ...): a note, not a signer
    visa = next((k for k in range(i + 1, len(blocks)) if p.AGREED.match(blocks[k].text)
                 and not _opens_component(blocks[k], language)
                 and _is_signature(blocks[k - 1], language)), None)
    if visa is not None:
        comp.notes.extend(blocks[visa:])
        end = visa
    tail_notes: list[Block] = []
    role_rest: Block | None = None  # the rest of a role, set on a line under the name
    k = end
    while k > i:
        # the tail: signatures, the place/date/number lines under them, notes among them
        block = blocks[k - 1]
        signature = parse_signature(block, language)
        if signature:
            if role_rest is not None:
                signature = replace(signature, role=f"{signature.role} {role_rest.text.strip()}")
            comp.signatures.insert(0, (block, signature))
            role_rest = None
        elif p.ROLE_GOES_ON.match(block.text.strip()) and k - 2 >= i \
                and parse_signature(blocks[k - 2], language):
            role_rest = block
        elif _is_note(block, language) or (k - 2 >= i and _is_note(blocks[k - 2], language)
                                            and _goes_on_as_a_sentence(block, p)):
            tail_notes.insert(0, block)
        elif not (_is_signature(block, language) or k > i + 1 and p.SIGN_OFF.match(block.text)
                  and any(_is_signature(b, language) for b in blocks[i:k - 1])):
            break
        k -= 1
        if _is_signature(block, language):
            end = k  # the tail reaches back to here
    if end < len(blocks):  # notes after the first signature belong to the tail
        comp.notes.extend(b for b in tail_notes if b.span[0] >= blocks[end].span[0])
    rest = blocks[i:end]
    first_unit = next((k for k, b in enumerate(rest) if parse_label(b.text, language)),
                      len(rest))
    formula_at = next((k for k, b in enumerate(rest[:first_unit])
                       if find_formula(b.text, language)), None)
    head_end = formula_at if formula_at is not None else first_unit
    head = [(k, part) for k, block in enumerate(rest[:head_end])
            for part in _split_title_and_act_line(block, language)]
    # where the layout marked the title, it is the title; elsewhere the first paragraph is
    titled = any(block.role == "title" and not _is_place(block.text, language)
                 and not _is_act_line(block.text, language) for _, block in head)
    title_done = False
    preamble_at: int | None = None  # where the preamble starts in `rest`
    for k, block in head:
        if _is_note(block, language):
            comp.notes.append(block)
        elif _is_place(block.text, language) and comp.place is None and not comp.preamble:
            comp.place = block
            title_done = title_done or bool(comp.title)
        elif _is_act_line(block.text, language) and not comp.preamble:
            comp.act_lines.append(block)
            title_done = title_done or bool(comp.title)
        elif titled and block.role == "title" and (not comp.preamble or not comp.title):
            comp.title.append(block)  # (a form's fields to fill may stand above its title)
        elif not titled and not title_done and (not comp.title or _caps_word(block)):
            comp.title.append(block)  # the title, and a type word on its own line (`ЕРЕЖЕ`)
        else:
            title_done = True
            comp.preamble.append(block)
            preamble_at = k if preamble_at is None else preamble_at
    if formula_at is None and first_unit == len(rest) and preamble_at is not None:
        # no formula and no numbered unit: what follows the title is the body, not a preamble
        head_end = preamble_at
        comp.preamble = []
    if formula_at is not None:
        block = rest[formula_at]
        m, comp.formula_type = find_formula(block.text, language)  # type: ignore[misc]
        comp.formula = block
        comp.formula_text = " ".join(m.group(0).split())
        prefix = block.text[:m.start()].strip()
        if prefix and not comp.title and p.TITLE_WORD.search(prefix) and _is_subject(prefix):
            # `Об утверждении Инструкции ПРИКАЗЫВАЮ:`: a text reader joined the title, with
            # no preamble after it, to the formula; a subject (`... Үкіметі`) is no title
            comp.title.append(Block(prefix, (block.span[0], block.span[0] + len(prefix)),
                                    block.page))
        elif prefix and _is_subject(prefix):
            comp.formula_subject = prefix
        elif prefix:
            # `«...» Заңына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:` — the
            # issuer closes the preamble, after its last postposition or comma
            cut = max((mm.end() for mm in p.PREAMBLE_END.finditer(prefix)), default=0)
            if cut and _is_subject(prefix[cut:].strip()):
                comp.formula_subject = prefix[cut:].strip()
                prefix = prefix[:cut].rstrip(" ,")
            comp.preamble.append(Block(prefix, (block.span[0], block.span[0] + len(prefix)),
                                       block.page))
        body = rest[formula_at + 1:]
    else:
        body = rest[head_end:]
        if not comp.title and body and not parse_label(body[0].text, language):
            comp.title.append(body[0])
            body = body[1:]
    for block in body:
        (comp.notes if _is_note(block, language) else comp.body).append(block)
    named = next((b for b in comp.act_lines
                  if _CODE_NAME.search(fix_lookalikes(b.text, language=language))), None)
    if named is not None and (not comp.title or len(comp.title) == 1
                              and _CODE_PORTION.match(comp.title[0].text)):
        # `ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЭКОЛОГИЯ КОДЕКСІ` / `ЖАЛПЫ БӨЛІК`: a code's name is
        # its title; the general or special portion under it is a heading of its parts
        comp.notes.extend(comp.title)
        portion = _CODE_PORTION_END.search(named.text)
        comp.title = [named if portion is None else Block(
            named.text[:portion.start()], (named.span[0], named.span[0] + portion.start()),
            named.page)]
    return comp


# a code named in its header line (`... ЭКОЛОГИЯ КОДЕКСІ`, `Экологический кодекс ...`)
_CODE_NAME = regex.compile(r"\S+\s+(?:кодексі|кодекс)\b|\bкодекс\s+\S+", regex.I)
# the general or special portion of a code, above its parts
_CODE_PORTION = regex.compile(r"^(?:ЖАЛПЫ|ЕРЕКШЕ|АРНАЙЫ)\s+БӨЛІК\.?$")
_CODE_PORTION_END = regex.compile(r"\s+(?:ЖАЛПЫ|ЕРЕКШЕ|АРНАЙЫ)\s+БӨЛІК\.?$")


def find_formula(text: str, language: str = "kk") -> tuple[regex.Match, str | None] | None:
    """The enacting formula closing a paragraph, and the act type it enacts."""
    p = patterns_for(language)
    m = p.ENACTING.search(text)
    if m:
        key = " ".join(m.group("formula").upper().split())
        act = p.FORMULA_TYPES.get(key)
        if act is None and p.AGREEMENT_FORMULA.search(key):
            act = "agreement"
        return m, act
    return p.misspelt_formula(text)


def _is_act_line(text: str, language: str) -> bool:
    """A header line naming the act, not its title.

    `Қазақстан Республикасы Үкіметінің 2012 жылғы 29 мамырдағы № 696-1 Қаулысы`,
    or the same over two lines: `ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ` and
    `2014 жылғы 14 наурыз № 213`. A title (`... туралы`) is never one.
    """
    p = patterns_for(language)
    words = text.split()
    if len(words) > 25 or p.TITLE_WORD.search(text) or p.PREAMBLE_WORDS.search(text) \
            or text.rstrip().endswith(":"):
        return False  # a title, or a preamble citing another act (`... № 38 Қаулысына сәйкес`)
    has_type = bool(p.ACT_WORD.search(text))
    has_when = parse_date(text, language) is not None or bool(p.NUMBER.search(text))
    if has_type and has_when:
        return True
    if has_type and len(words) <= 8 and not text.rstrip().endswith((".", ":", ";")) \
            and not p.TITLE_END.search(text):
        # (`... Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер` ends as a title does)
        return text.isupper() or p.NAMED_ACT_LINE.search(text) is not None
    if not has_when or len(words) > 10:
        return False
    # a date and number line: little is left once the date and the number are taken out
    rest = text
    date = parse_date(rest, language)
    if date is not None:
        rest = rest[:date[1][0]] + rest[date[1][1]:]
    rest = p.NUMBER.sub("", rest)
    return len(rest.split()) <= 2


def _split_title_and_act_line(block: Block, language: str) -> list[Block]:
    """`... бекіту туралы Қазақстан Республикасы ... № 175 бұйрығы`: reflow joined the
    title and the act line of a layout without indents or blank lines; take them apart."""
    m = patterns_for(language).TITLE_THEN_ACT.match(block.text)
    if not m or not _is_act_line(m.group("act"), language):
        return [block]
    start = block.span[0]
    return [Block(m.group("title"), (start, start + m.end("title")), block.page),
            Block(m.group("act"), (start + m.start("act"), block.span[1]), block.page)]


def _is_place(text: str, language: str) -> bool:
    """`Астана, Үкімет Үйі`, `Астана қаласы`, `Алматы, Ақорда`: where the act was made."""
    return len(text.split()) <= 5 and bool(patterns_for(language).PLACE.match(text))


def _is_subject(prefix: str) -> bool:
    """A short subject before the formula (`Қазақстан Республикасының Үкіметі`), not a preamble."""
    return len(prefix.split()) <= 6 and not regex.search(r"[,;:«»\"]|\d", prefix)


def _caps_word(block: Block) -> bool:
    """A type word on its own line under a title (`ЕРЕЖЕ`)."""
    letters = [c for c in block.text if c.isalpha()]
    return len(block.text.split()) <= 2 and bool(letters) and all(c.isupper() for c in letters)
