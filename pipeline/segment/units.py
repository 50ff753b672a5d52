"""Build a component's unit tree from its body paragraphs.

Labels decide the level (part > section > chapter > paragraph-of-a-code >
article > point > sub-point); a paragraph without a label is an unnumbered
paragraph (`indent_N`) of the unit it follows — of the point, not of its last
sub-point, because text after a list of sub-points closes the point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..languages import patterns_for
from ..patterns import EDITORIAL_MARK
from .model import Span, Unit
from .quotes import quoted_blocks

RANK = {"part": 0, "sec": 1, "chp": 2, "subchp": 3, "art": 4, "para": 5, "indent": 5.5,
        "subpara": 6}
HEADED = ("part", "sec", "chp", "subchp", "art")
MAX_HEADING_WORDS = 15
_TERMINAL = regex.compile(r"[.:;,!?]$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Label:
    kind: str
    num: str  # as printed
    key: str  # the number used in the eid
    rest: str  # heading (headed kinds) or text
    rest_offset: int  # where `rest` starts in the paragraph


@dataclass(frozen=True)
class Block:
    """A paragraph: its text, where it stands in the normalized text, and its layout role."""

    text: str
    span: Span
    page: int | None
    role: str | None = None  # title, heading, paragraph, stamp, signature, note (None: unknown)


def parse_label(text: str, language: str = "kk") -> Label | None:
    """The unit label a paragraph opens with, if any (`2-тарау`, `Глава 2.`, `5.`, `8)`)."""
    p = patterns_for(language)
    for kind, pattern in (("part", p.PART), ("chp", p.CHAPTER), ("subchp", p.SUBCHAPTER),
                          ("art", p.ARTICLE)):
        m = pattern.match(text)
        if m:
            return _label(kind, m.group("num"), m.group("num"), m, text)
    m = p.PART_WORDS.match(text)
    if m:
        key = p.PART_WORD_KEYS[m.group("name")]
        return _label("part", m.group("name"), key, m, text)
    m = p.SUBPOINT.match(text)
    if m:
        return _label("subpara", m.group("num"), m.group("num"), m, text)
    m = p.POINT.match(text)
    if m:
        rest = m.group("rest") or ""
        kind = "sec" if is_heading(rest) else "para"
        return _label(kind, m.group("num"), m.group("num"), m, text)
    m = p.ROMAN_SECTION.match(text)
    if m and is_heading(m.group("rest")):
        return _label("sec", m.group("num"), str(_roman(m.group("num"))), m, text)
    return None


def is_heading(rest: str) -> bool:
    """`Жалпы ережелер` is a heading; `Кеңес отырыс өткізеді.` is a provision."""
    rest = EDITORIAL_MARK.sub("", rest)  # `... жүктелсін. <*>`: the register's mark of an edit
    words = rest.split()
    return (0 < len(words) <= MAX_HEADING_WORDS and rest[:1].isupper()
            and not _TERMINAL.search(rest) and " – " not in rest and " - " not in rest
            and ":" not in rest and ";" not in rest)


def _label(kind: str, num: str, key: str, m: regex.Match, text: str) -> Label:
    rest = (m.group("rest") or "").strip() if "rest" in m.groupdict() else ""
    offset = m.start("rest") if rest else len(text)
    if rest:
        offset += len(m.group("rest")) - len(m.group("rest").lstrip())
    return Label(kind, num, key, rest, offset)


def _roman(numeral: str) -> int:
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        value = _ROMAN[a]
        total += -value if b != " " and _ROMAN.get(b, 0) > value else value
    return total


def build_units(blocks: list[Block], component: str, language: str = "kk") -> list[Unit]:
    """The unit tree of one component's body.

    An unnumbered paragraph after a sub-point belongs to that sub-point while the
    list goes on after it (the next label is the next sub-point), and to the point
    once the list is over (text closing the point). A list whose numbering starts
    again at `1)` under an unnumbered chapeau (`«Құзыретті органдар»:`) nests under
    that chapeau, so every eid stays unique.
    """
    roots: list[Unit] = []
    stack: list[Unit] = []
    awaiting_text: set[str] = set()  # articles whose first paragraph is their text
    # an amendment's quoted wording of points (`«1. Министерство: 1) ...»`) is the amended
    # act's text, no units of this one
    quoted = quoted_blocks([block.text for block in blocks])
    labels = _long_section_headings(_points_read_as_sections(_points_that_run_on(
        [None if inside else parse_label(block.text, language)
         for block, inside in zip(blocks, quoted)], blocks)))
    p = patterns_for(language)

    def children_of(parent: Unit | None) -> list[Unit]:
        return parent.children if parent else roots

    for index, (block, label) in enumerate(zip(blocks, labels)):
        if label is None:
            top = stack[-1] if stack else None
            if top is not None and top.eid in awaiting_text and top.heading is None \
                    and is_heading(block.text):
                # `1-бап` / `Айқындамалар` / `Осы Келісімнің ...`: a treaty prints an
                # article's title on the line under its number
                top.heading = block.text
                top.span = (top.span[0], block.span[1])
                top.text_span = (block.span[1], block.span[1])
                continue
            if top is not None and top.eid in awaiting_text:
                awaiting_text.discard(top.eid)
                top.text, top.text_span = block.text, block.span
                top.span = (top.span[0], block.span[1])
                continue
            while stack and stack[-1].kind in ("subpara", "indent") \
                    and not _list_goes_on(stack[-1], labels, index) \
                    and not (stack[-1].kind == "subpara" and stack[-1].text.rstrip().endswith(":")):
                # (`2) ... бақылау саласында:`: a sub-point that is a chapeau keeps its items)
                stack.pop()
            parent = stack[-1] if stack else None
            siblings = children_of(parent)
            n = sum(1 for u in siblings if u.kind == "indent") + 1
            eid = f"{parent.eid if parent else component}/indent_{n}"
            siblings.append(Unit(eid, "indent", None, None, block.text, block.span, block.span,
                                 block.page))
            continue
        rank = RANK[label.kind]
        while stack and RANK[stack[-1].kind] >= rank:
            stack.pop()
        parent = stack[-1] if stack else None
        if label.kind == "subpara" and parent is not None:
            chapeau = _restart_chapeau(parent, label)
            if chapeau is not None:
                stack.append(chapeau)
                parent = chapeau
        eid = f"{parent.eid if parent else component}/{label.kind}_{label.key}"
        start = block.span[0]
        # exactly `rest`: str.strip() also takes off characters (\x1c-\x1f) that the
        # tokenizer kept in a word, so the paragraph's end is not always the text's end
        rest_span = (start + label.rest_offset, start + label.rest_offset + len(label.rest))
        if label.kind == "art" and (label.rest.rstrip().endswith(":")
                                    or p.PROVISION_END.search(label.rest.rstrip())):
            # `2-бап Осы Келісімде пайдаланылатын ... терминдер:` run into one paragraph, an
            # article of one sentence (`3-бап. Осы Заң ... қолданысқа енгізіледі.`): what
            # follows the label is the article's text, not a heading
            unit = Unit(eid, label.kind, label.num, None, label.rest, block.span, rest_span,
                        block.page)
        elif label.kind in HEADED:
            heading = label.rest or None
            unit = Unit(eid, label.kind, label.num, heading, "", block.span,
                        (block.span[1], block.span[1]), block.page)
            if label.kind == "art":
                awaiting_text.add(eid)
        else:
            unit = Unit(eid, label.kind, label.num, None, label.rest, block.span, rest_span,
                        block.page)
        children_of(parent).append(unit)
        stack.append(unit)
    for unit in roots:
        _close_spans(unit)
    return roots


def _points_that_run_on(labels: list[Label | None], blocks: list) -> list[Label | None]:
    """Points whose first line looked like a heading, told by what follows.

    `3. Агенттік мемлекеттік мекеменің ұйымдық-құқықтық нысанындағы` / `заңды тұлға болып
    табылады, ...`: the next paragraph goes on in lower case, so the sentence runs on; and
    a section numbered out of turn (`3.` after section 1) whose number a later section
    bears is a point (else two sections would share an eid).
    """
    out = list(labels)
    last_section = 0
    for i, label in enumerate(labels):
        if label is None or label.kind != "sec" or not label.num.isdigit():
            continue
        number = int(label.num)
        nxt = blocks[i + 1].text.lstrip() if i + 1 < len(blocks) else ""
        runs_on = labels[i + 1] is None and nxt[:1].islower() if i + 1 < len(labels) else False
        repeated = number != last_section + 1 and any(
            later is not None and later.kind == "sec" and later.num == label.num
            for later in labels[i + 1:])
        if runs_on or repeated:
            out[i] = replace(label, kind="para")
            continue
        last_section = number
    return out


def _points_read_as_sections(labels: list[Label | None]) -> list[Label | None]:
    """Points whose short text looked like a heading, told by their numbers.

    `1. Көрсетілетін қызметті берушінің атауы ...` (a standard's table row) reads as a
    section heading; but where the component's numbered sections and points run 1, 2,
    3, ... as one sequence, they are all points: sections number apart from the points
    under them (the points start again at 1, or go on past the section's number). Where
    the component is in articles or chapters, `N.` always numbers points: its sections
    are chapters and parts (`2-тарау`, `1-бөлім`).
    """
    numbered = [(i, label) for i, label in enumerate(labels)
                if label is not None and label.kind in ("sec", "para") and label.num.isdigit()]
    kinds = {label.kind for _, label in numbered}
    in_chapters = any(label is not None and label.kind in ("art", "chp") for label in labels)
    if "sec" not in kinds or not in_chapters and (
            kinds != {"sec", "para"}
            or [int(label.num) for _, label in numbered] != list(range(1, len(numbered) + 1))):
        return labels
    out = list(labels)
    for i, label in numbered:
        if label.kind == "sec":
            out[i] = replace(label, kind="para")
    return out


MAX_LONG_HEADING_WORDS = 40


def _long_section_headings(labels: list[Label | None]) -> list[Label | None]:
    """Sections whose heading is too long to look like one, told by their numbers.

    `3. Көрсетілетін қызметті берушінің ... шешімдеріне, әрекеттеріне (әрекетсіздігіне)
    шағымдану тәртібі` (a heading over four lines, no period) after sections 1 and 2 and
    point 10: a point would number on past 10, the next section is 3.
    """
    out = list(labels)
    last_section = last_point = None
    for i, label in enumerate(labels):
        if label is None or not label.num.isdigit():
            continue
        number = int(label.num)
        if label.kind == "sec":
            last_section = number
        elif label.kind == "para":
            rest = label.rest
            if (last_section is not None and last_point is not None
                    and number == last_section + 1 and number <= last_point
                    and rest[:1].isupper() and not _TERMINAL.search(rest)
                    and ":" not in rest and ";" not in rest
                    and len(rest.split()) <= MAX_LONG_HEADING_WORDS):
                out[i] = replace(label, kind="sec")
                last_section = number
                continue
            last_point = number
    return out


def _number(num: str) -> tuple[int, ...]:
    """`5` → (5,), `5-1` → (5, 1): inserted sub-points sort after their base."""
    return tuple(int(part) for part in regex.findall(r"\d+", num))


def _list_goes_on(unit: Unit, labels: list[Label | None], index: int) -> bool:
    """Whether the next label after `index` continues the list `unit` is part of."""
    if unit.kind != "subpara" or unit.num is None:
        return False
    nxt = next((label for label in labels[index + 1:] if label is not None), None)
    if nxt is None or nxt.kind != "subpara":
        return False
    here, there = _number(unit.num), _number(nxt.num)
    return bool(here and there) and (there[0] == here[0] + 1
                                     or there[0] == here[0] and there > here)


def _restart_chapeau(parent: Unit, label: Label) -> Unit | None:
    """The unnumbered chapeau a list starting again at `1)` hangs from, if any."""
    if _number(label.num)[:1] != (1,):
        return None
    if not any(u.kind == "subpara" for u in parent.children):
        return None
    last = parent.children[-1] if parent.children else None
    if last is not None and last.kind == "indent" and last.text.rstrip().endswith(":"):
        return last
    return None


def _close_spans(unit: Unit) -> Span:
    """Stretch each unit's span over its children, so spans nest."""
    end = unit.span[1]
    for child in unit.children:
        end = max(end, _close_spans(child)[1])
    unit.span = (unit.span[0], end)
    return unit.span
