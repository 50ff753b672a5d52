"""Split a document into its components and read each one's head.

A component is the act (`main`) or a document attached to it. A new one
starts at an approval stamp (`... қаулысымен бекітілген`, `БЕКІТІЛГЕН`), an
annex header (`1-қосымша`), or at the first paragraph after a signature block
that is not part of that block. A component's head is its stamp, the draft
marker `Жоба`, its title, the act line (issuer, date, number, type), and its
preamble up to the enacting formula (`ҚАУЛЫ ЕТЕДІ:`, `БҰЙЫРАМЫН:`, `келісті:`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..patterns import (
    ACT_WORD,
    ANNEX_HEADER,
    APPROVAL,
    DRAFT,
    ENACTING,
    NOTE,
    NUMBER,
    SIGNATURE,
    SIGNATURE_ROLE,
)
from .dates import parse_date
from .model import Signatory
from .units import Block, parse_label

MAX_STAMP_WORDS = 25
_TITLE_END = regex.compile(r"\bтуралы\b", regex.IGNORECASE)
_GENITIVE_WORD = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)\b", regex.IGNORECASE)
_PLACE = regex.compile(
    r"^(?:Астана|Алматы|Нұр-Сұлтан|Шымкент|Ақмола)(?:\s+қаласы)?(?:,\s*[\p{Lu}][\p{L}\s]*)?\.?$")
# where a preamble ends and the issuer's name begins, before the enacting formula
_PREAMBLE_END = regex.compile(
    r"(?:\bсәйкес|\bнегізінде|\bмақсатында|\bорай|\bбайланысты|\bорындау\s+үшін|,)\s+",
    regex.IGNORECASE)
MAX_SIGNATURE_WORDS = 12
_SIGN_OFF = regex.compile(r"^(?:[\p{L}\-]+,\s*)?(?:[\p{L}\s]+,\s*)?"
                          r"(?:(?:19|20)\d\d\s*жылғы.*|№\s*\S+|[\p{Lu}][\p{Ll}]+,\s+[\p{L}\s]+)$")


@dataclass
class ComponentBlocks:
    """The paragraphs of one component, sorted into head, body and tail."""

    blocks: list[Block]
    approval: list[Block] = field(default_factory=list)
    draft: bool = False
    title: list[Block] = field(default_factory=list)
    act_lines: list[Block] = field(default_factory=list)
    place: Block | None = None  # `Астана, Үкімет Үйі`
    preamble: list[Block] = field(default_factory=list)
    formula: Block | None = None
    formula_subject: str | None = None  # `Қазақстан Республикасының Үкіметі` in `... ҚАУЛЫ ЕТЕДІ:`
    formula_text: str | None = None
    body: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)
    signatures: list[tuple[Block, Signatory]] = field(default_factory=list)


def is_stamp(text: str) -> bool:
    return (len(text.split()) <= MAX_STAMP_WORDS
            and bool(APPROVAL.search(text) or ANNEX_HEADER.search(text)))


def parse_signature(block: Block) -> Signatory | None:
    text = block.text
    if len(text.split()) > MAX_SIGNATURE_WORDS or text.rstrip().endswith((".", ":", ";", ",")) \
            and not regex.search(r"\p{Lu}\.$", text):
        return None
    m = SIGNATURE.match(text)
    if not m or not SIGNATURE_ROLE.search(m.group("role")):
        return None
    start = block.span[0]
    return Signatory(m.group("role").strip(), m.group("name").strip(),
                     (start + m.start("name"), start + m.end("name")))


def split_components(blocks: list[Block]) -> list[list[Block]]:
    """Group paragraphs into components, in document order."""
    groups: list[list[Block]] = [[]]
    after_signature = False
    has_content = False
    for block in blocks:
        text = block.text
        signature = parse_signature(block)
        if signature is not None:
            groups[-1].append(block)
            after_signature = True
            continue
        stamp = is_stamp(text)
        if after_signature and _SIGN_OFF.match(text) and not stamp:
            groups[-1].append(block)  # place, date or number under the signature
            continue
        starts_new = (stamp and has_content) or after_signature
        if starts_new and groups[-1]:
            # stamps may run over several paragraphs: keep them together
            groups.append([])
            has_content = False
        groups[-1].append(block)
        after_signature = False
        if not stamp and not DRAFT.match(text):
            has_content = True
    return [g for g in groups if g]


def read_component(blocks: list[Block]) -> ComponentBlocks:
    """Sort a component's paragraphs into stamp, title, act lines, preamble, body, signatures."""
    comp = ComponentBlocks(blocks)
    i = 0
    while i < len(blocks) and (is_stamp(blocks[i].text) or DRAFT.match(blocks[i].text)):
        block = blocks[i]
        stamp = APPROVAL.search(block.text)
        if DRAFT.match(block.text):
            comp.draft = True
        elif stamp and stamp.group("draft"):  # `... мақұлданған Жоба`: the marker reflowed in
            comp.draft = True
            cut = stamp.start("draft")
            comp.approval.append(Block(block.text[:cut], (block.span[0], block.span[0] + cut),
                                       block.page))
        else:
            comp.approval.append(block)
        i += 1
    end = len(blocks)
    while end > i:
        # the tail: signatures, and the place/date/number lines under them
        block = blocks[end - 1]
        signature = parse_signature(block)
        if signature:
            comp.signatures.insert(0, (block, signature))
        elif not (end > i + 1 and _SIGN_OFF.match(block.text)
                  and any(parse_signature(b) for b in blocks[i:end - 1])):
            break
        end -= 1
    rest = blocks[i:end]
    first_unit = next((k for k, b in enumerate(rest) if parse_label(b.text)), len(rest))
    formula_at = next((k for k, b in enumerate(rest[:first_unit]) if ENACTING.search(b.text)),
                      None)
    head_end = formula_at if formula_at is not None else first_unit
    head = [part for block in rest[:head_end] for part in _split_title_and_act_line(block)]
    title_done = False
    for block in head:
        if _is_place(block.text) and comp.place is None and not comp.preamble:
            comp.place = block
            title_done = title_done or bool(comp.title)
        elif _is_act_line(block.text) and not comp.preamble:
            comp.act_lines.append(block)
            title_done = title_done or bool(comp.title)
        elif not title_done and (not comp.title or _caps_word(block)):
            comp.title.append(block)  # the title, and a type word on its own line (`ЕРЕЖЕ`)
        else:
            title_done = True
            comp.preamble.append(block)
    if formula_at is None and first_unit == len(rest) and comp.preamble:
        # no formula and no numbered unit: what follows the title is the body, not a preamble
        head_end = len(comp.title) + len(comp.act_lines)
        comp.preamble = []
    if formula_at is not None:
        block = rest[formula_at]
        m = ENACTING.search(block.text)
        comp.formula = block
        comp.formula_text = " ".join(m.group(0).split())
        prefix = block.text[:m.start()].strip()
        if prefix and _is_subject(prefix):
            comp.formula_subject = prefix
        elif prefix:
            # `«...» Заңына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:` — the
            # issuer closes the preamble, after its last postposition or comma
            cut = max((mm.end() for mm in _PREAMBLE_END.finditer(prefix)), default=0)
            if cut and _is_subject(prefix[cut:].strip()):
                comp.formula_subject = prefix[cut:].strip()
                prefix = prefix[:cut].rstrip(" ,")
            comp.preamble.append(Block(prefix, (block.span[0], block.span[0] + len(prefix)),
                                       block.page))
        body = rest[formula_at + 1:]
    else:
        body = rest[head_end:]
        if not comp.title and body and not parse_label(body[0].text):
            comp.title.append(body[0])
            body = body[1:]
    for block in body:
        (comp.notes if NOTE.match(block.text) else comp.body).append(block)
    return comp


def _is_act_line(text: str) -> bool:
    """A header line naming the act, not its title.

    `Қазақстан Республикасы Үкіметінің 2012 жылғы 29 мамырдағы № 696-1 Қаулысы`,
    or the same over two lines: `ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ` and
    `2014 жылғы 14 наурыз № 213`. A title (`... туралы`) is never one.
    """
    words = text.split()
    if len(words) > 25 or _TITLE_END.search(text):
        return False
    has_type = bool(ACT_WORD.search(text))
    has_when = parse_date(text) is not None or bool(NUMBER.search(text))
    if has_type and has_when:
        return True
    if has_type and len(words) <= 8 and not text.rstrip().endswith((".", ":", ";")):
        return text.isupper() or _GENITIVE_WORD.search(" ".join(words[:-1])) is not None
    if not has_when or len(words) > 10:
        return False
    # a date and number line: little is left once the date and the number are taken out
    rest = text
    date = parse_date(rest)
    if date is not None:
        rest = rest[:date[1][0]] + rest[date[1][1]:]
    rest = NUMBER.sub("", rest)
    return len(rest.split()) <= 2


_TITLE_THEN_ACT = regex.compile(r"^(?P<title>.+?\bтуралы)\s+(?P<act>\S.*)$", regex.IGNORECASE)


def _split_title_and_act_line(block: Block) -> list[Block]:
    """`... бекіту туралы Қазақстан Республикасы ... № 175 бұйрығы`: reflow joined the
    title and the act line of a layout without indents or blank lines; take them apart."""
    m = _TITLE_THEN_ACT.match(block.text)
    if not m or not _is_act_line(m.group("act")):
        return [block]
    start = block.span[0]
    return [Block(m.group("title"), (start, start + m.end("title")), block.page),
            Block(m.group("act"), (start + m.start("act"), block.span[1]), block.page)]


def _is_place(text: str) -> bool:
    """`Астана, Үкімет Үйі`, `Астана қаласы`, `Алматы, Ақорда`: where the act was made."""
    return len(text.split()) <= 5 and bool(_PLACE.match(text))


def _is_subject(prefix: str) -> bool:
    """A short subject before the formula (`Қазақстан Республикасының Үкіметі`), not a preamble."""
    return len(prefix.split()) <= 6 and not regex.search(r"[,;:«»\"]|\d", prefix)


def _caps_word(block: Block) -> bool:
    """A type word on its own line under a title (`ЕРЕЖЕ`)."""
    letters = [c for c in block.text if c.isalpha()]
    return len(block.text.split()) <= 2 and bool(letters) and all(c.isupper() for c in letters)
