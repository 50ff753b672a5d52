"""The built-in rules: small checks of one output document each, registered with a stable id.

Each rule is a function `check(document) -> Iterable[Hit]` decorated with `@_rule(...)`,
or, for a rule over the Kazakh and Russian versions of one act, `check(kk, ru) ->
Iterable[(language, Hit)]` decorated with `@_pair_rule(...)` (the language says which
version's file a hit belongs to; `pipeline.align.pair_versions` finds the pairs).
`BUILTIN_RULES` holds them all, sorted by id. Ids never change
meaning once published (code-scanning UIs track results by them); a retired rule keeps
its id unused.

The rules read the document as the schema describes it. A document that breaks the
schema is reported by KL001; the other rules still run on it, and one that trips over
the broken shape reports that as an error of its own instead of stopping the check.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .model import Hit, Rule

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "document.schema.json"
MAX_SCHEMA_ERRORS = 3  # the first few: later ones are usually consequences of the first
MAX_TEXT_HITS = 20  # per artifact rule and document; a badly damaged text gets a count


@dataclass(frozen=True, kw_only=True)
class BuiltinRule(Rule):
    """A built-in rule: its metadata and the function that checks one document."""

    check: Callable[[dict[str, Any]], Iterable[Hit]]


@dataclass(frozen=True, kw_only=True)
class PairRule(Rule):
    """A built-in rule over the two language versions of one act: `check(kk, ru)` yields
    (`"kk"` or `"ru"`, Hit), the version whose file the hit is reported on."""

    check: Callable[[dict[str, Any], dict[str, Any]], Iterable[tuple[str, Hit]]]


BUILTIN_RULES: list[BuiltinRule | PairRule] = []


def _rule(rule_id: str, name: str, severity: str, description: str):
    def register(check: Callable[[dict[str, Any]], Iterable[Hit]]):
        BUILTIN_RULES.append(BuiltinRule(id=rule_id, name=name, severity=severity,
                                         description=description, check=check))
        return check
    return register


def _pair_rule(rule_id: str, name: str, severity: str, description: str):
    def register(check: Callable[[dict[str, Any], dict[str, Any]], Iterable[tuple[str, Hit]]]):
        BUILTIN_RULES.append(PairRule(id=rule_id, name=name, severity=severity,
                                      description=description, check=check))
        return check
    return register


# --- walking a document -------------------------------------------------------------------

def _components(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document.get("components") or []


def _walk(units: list[dict[str, Any]], depth: int = 1) -> Iterator[tuple[dict[str, Any], int]]:
    for unit in units:
        yield unit, depth
        yield from _walk(unit.get("children") or [], depth + 1)


def _all_units(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], int]]:
    for component in _components(document):
        yield from _walk(component.get("units") or [])


class _Locator:
    """The eid of the innermost unit (else component) whose span holds a text offset."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._spans: list[tuple[int, int, int, str]] = []
        for component in _components(document):
            start, end = component["span"]
            self._spans.append((start, end, 0, component["eid"]))
        for unit, depth in _all_units(document):
            start, end = unit["span"]
            self._spans.append((start, end, depth, unit["eid"]))

    def eid_at(self, offset: int) -> str | None:
        holding = [(depth, eid) for start, end, depth, eid in self._spans if start <= offset < end]
        return max(holding)[1] if holding else None


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


# --- KL001: the contract ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _json_path(path: Iterable[Any]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _path_key(error) -> list[tuple[int, Any]]:
    # document order: list indices numerically, keys by name
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in error.absolute_path]


@_rule("KL001", "schema-invalid", "error",
       "The output does not validate against schemas/document.schema.json.")
def schema_invalid(document: dict[str, Any]) -> Iterator[Hit]:
    from jsonschema.exceptions import best_match

    errors = sorted(_validator().iter_errors(document), key=_path_key)
    for error in errors[:MAX_SCHEMA_ERRORS]:
        if error.context:  # anyOf/oneOf: the branch that came closest says more
            error = best_match(error.context)
        message = error.message if len(error.message) <= 160 else error.message[:159] + "…"
        yield Hit(None, f"{_json_path(error.absolute_path)}: {message}")
    if len(errors) > MAX_SCHEMA_ERRORS:
        yield Hit(None, f"... and {len(errors) - MAX_SCHEMA_ERRORS} more schema errors")


# --- KL002-KL004: numbering of sibling units --------------------------------------------------

class _Num(NamedTuple):
    """A printed unit number: `1.2` is prefix (1,) number 2; `5-1` is number 5 insert 1."""

    prefix: tuple[int, ...]
    number: int
    insert: int


_NUM = re.compile(r"^(?:(?P<prefix>\d+(?:\.\d+)*)\.)?(?P<number>\d+)(?:-(?P<insert>\d+))?$")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _parse_num(num: str | None) -> _Num | None:
    """The number's parts, or None for what has no order (a letter, an indent)."""
    if not num:
        return None
    m = _NUM.match(num)
    if m:
        prefix = tuple(int(p) for p in m["prefix"].split(".")) if m["prefix"] else ()
        return _Num(prefix, int(m["number"]), int(m["insert"] or 0))
    if _ROMAN.match(num):
        values = [_ROMAN_VALUES[c] for c in num]
        total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                    for i, v in enumerate(values))
        return _Num((), total, 0)
    return None


class _Problem(NamedTuple):
    kind: str  # "gap", "duplicate" or "order"
    hit: Hit


def _numbering_problems(document: dict[str, Any]) -> Iterator[_Problem]:
    """Gaps, duplicates and disorder among sibling units of one kind, component by component.

    A group may continue the numbering of the previous group of its kind in the same
    component (points 1-4 under section 1, points 5-9 under section 2): its first number
    is fine when it is 1 or one more than where that group ended.
    """
    for component in _components(document):
        yield from _visit(component.get("units") or [], component["eid"], {})


def _visit(units: list[dict[str, Any]], parent: str, ended: dict[str, int]) -> Iterator[_Problem]:
    """Check the sibling groups of `units`, then their children's, in reading order.

    `ended` maps a kind to the last number of the previous group of that kind in the
    component; it is updated as groups are checked.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for unit in units:
        if unit.get("kind") != "indent":  # unnumbered paragraphs have no order
            groups.setdefault(unit["kind"], []).append(unit)
    for kind, members in groups.items():
        yield from _check_group(kind, members, parent, ended.get(kind))
        numbers = [n.number for n in map(_parse_num, (u.get("num") for u in members))
                   if n is not None and not n.prefix]
        if numbers:
            ended[kind] = max(numbers)
    for unit in units:
        yield from _visit(unit.get("children") or [], unit["eid"], ended)


def _check_group(kind: str, members: list[dict[str, Any]], parent: str,
                 previous_end: int | None) -> Iterator[_Problem]:
    counts = Counter(u.get("num") for u in members)
    for unit in members:
        if counts[unit.get("num")] > 1:
            yield _Problem("duplicate", Hit(
                unit["eid"], f"{kind} {unit.get('num')} appears {counts[unit.get('num')]} times "
                             f"under {parent}"))
            counts[unit.get("num")] = 0  # once per number

    parsed = [(n, u) for u in members if (n := _parse_num(u.get("num"))) is not None]
    for (before, unit_before), (after, unit_after) in zip(parsed, parsed[1:]):
        if after < before:
            yield _Problem("order", Hit(
                unit_after["eid"], f"{kind} {unit_after.get('num')} comes after "
                                   f"{unit_before['eid']}"))

    by_prefix: dict[tuple[int, ...], dict[int, dict[str, Any]]] = {}
    for number, unit in parsed:
        by_prefix.setdefault(number.prefix, {}).setdefault(number.number, unit)
    for prefix, units in by_prefix.items():
        numbers = sorted(units)
        if not prefix and numbers[0] > 1 and numbers[0] != (previous_end or 0) + 1:
            where = (f"the previous {kind} group ended at {previous_end}" if previous_end
                     else "no earlier group to continue")
            yield _Problem("gap", Hit(
                units[numbers[0]]["eid"],
                f"{kind} numbering under {parent} starts at {numbers[0]} ({where})"))
        for low, high in zip(numbers, numbers[1:]):
            if high > low + 1:
                missing = _range_text(low + 1, high - 1, prefix)
                yield _Problem("gap", Hit(
                    units[high]["eid"],
                    f"{kind} {missing} missing: {units[low]['eid']} is followed by "
                    f"{units[high]['eid']}"))


def _range_text(first: int, last: int, prefix: tuple[int, ...]) -> str:
    label = "".join(f"{p}." for p in prefix)
    return f"{label}{first}" if first == last else f"{label}{first}-{label}{last}"


@_rule("KL002", "numbering-gap", "warning",
       "Sibling units of one kind skip a number (continuing the previous section is fine).")
def numbering_gap(document: dict[str, Any]) -> Iterator[Hit]:
    return (p.hit for p in _numbering_problems(document) if p.kind == "gap")


@_rule("KL003", "numbering-duplicate", "error",
       "Two sibling units of one kind carry the same number (their eids collide).")
def numbering_duplicate(document: dict[str, Any]) -> Iterator[Hit]:
    return (p.hit for p in _numbering_problems(document) if p.kind == "duplicate")


@_rule("KL004", "numbering-order", "warning",
       "A sibling unit's number is lower than the number before it.")
def numbering_order(document: dict[str, Any]) -> Iterator[Hit]:
    return (p.hit for p in _numbering_problems(document) if p.kind == "order")


# --- KL005-KL006: internal references ---------------------------------------------------------

# `осы тармақтың`, `Осы Ереженің 2-бөлімінде`; or a bare `5-тармағында`, `3) тармақшасы`
_INTERNAL_LOOKING = re.compile(
    r"(?<!\w)осы(?!\w)|^\s*\d+(?:-\d+)?\)?\s*-?\s*(?:тармақ|тармағ|бап|баб|бөлім|тарау|параграф)",
    re.IGNORECASE)


@_rule("KL005", "reference-unresolved", "error",
       "An internal reference's target is not an eid of the document.")
def reference_unresolved(document: dict[str, Any]) -> Iterator[Hit]:
    known = {c["eid"] for c in _components(document)}
    known.update(unit["eid"] for unit, _ in _all_units(document))
    for ref in document.get("references") or []:
        target = ref.get("target")
        if target is not None and target not in known:
            yield Hit(ref.get("unit"), f"reference {_quote(ref.get('text', ''))} points at "
                                       f"{target}, which is no unit of this document")


@_rule("KL006", "reference-untargeted", "warning",
       "A reference without target or external act reads like an internal one (`осы ...`).")
def reference_untargeted(document: dict[str, Any]) -> Iterator[Hit]:
    for ref in document.get("references") or []:
        text = ref.get("text") or ""
        if ref.get("target") is None and ref.get("external") is None \
                and _INTERNAL_LOOKING.search(text):
            yield Hit(ref.get("unit"), f"reference {_quote(text)} looks internal but has "
                                       "no target")


# --- KL007-KL008: defined terms ----------------------------------------------------------------

# Kazakh voices a word-final п/к/қ before a vowel suffix: Министрлік -> Министрлігі
_VOICED = {"п": "б", "к": "г", "қ": "ғ"}


def term_pattern(term: str, strict_case: bool = True) -> re.Pattern[str]:
    """Where a defined term is used: its words in order, with any case ending.

    With `strict_case`, a capitalised term (`Кеңес`) is matched with its capital only, so
    the common noun (`кеңес`) does not count as a use; a lower-case term (`мемлекеттік
    органдар`) may always open a sentence with a capital. Without it, the first letter may
    be either case: a term capitalised only because it opens its definition
    (`«Өнеркәсіптік саясат» термині ...`) is then found in running text.
    """
    words = term.split()
    parts = []
    for i, word in enumerate(words):
        head, body, tail = word[0], word[1:], ""
        if i == len(words) - 1 and len(word) > 3 and word[-1] in _VOICED:
            body, tail = word[1:-1], f"[{word[-1]}{_VOICED[word[-1]]}]"
        either_case = i == 0 and (head.islower() or not strict_case)
        head_pattern = (f"[{re.escape(head.lower())}{re.escape(head.upper())}]" if either_case
                        else re.escape(head))
        parts.append(head_pattern + re.escape(body) + tail)
    return re.compile(r"(?<!\w)" + r"\s+".join(parts))


def _definition_contexts(document: dict[str, Any]) -> Iterator[tuple[dict, str, str]]:
    """Each definition with the text of its component before and after the definition."""
    text = document.get("text") or ""
    spans = {c["eid"]: c["span"] for c in _components(document)}
    for definition in document.get("definitions") or []:
        if not definition.get("term") or definition.get("component") not in spans:
            continue
        comp_start, comp_end = spans[definition["component"]]
        start, end = definition["span"]
        yield definition, text[comp_start:start], text[end:comp_end]


def _definition_eid(definition: dict[str, Any]) -> str | None:
    return definition.get("unit") or definition.get("component")


@_rule("KL007", "definition-unused", "warning",
       "A defined term is never used after its definition in the same component.")
def definition_unused(document: dict[str, Any]) -> Iterator[Hit]:
    for definition, _, after in _definition_contexts(document):
        # lenient about the capital: "unused" should not fire for a mere change of case
        if not term_pattern(definition["term"], strict_case=False).search(after):
            yield Hit(_definition_eid(definition),
                      f"term {_quote(definition['term'])} is defined but not used after its "
                      f"definition in {definition['component']}")


@_rule("KL008", "definition-used-before", "info",
       "A defined term is used before its definition in the same component.")
def definition_used_before(document: dict[str, Any]) -> Iterator[Hit]:
    for definition, before, _ in _definition_contexts(document):
        # strict about the capital: the common noun before a definition is not a use
        m = term_pattern(definition["term"]).search(before)
        if m:
            yield Hit(_definition_eid(definition),
                      f"term {_quote(definition['term'])} is used before its definition "
                      f"({_quote(before[max(0, m.start() - 20):m.end() + 20])})")


# --- KL009-KL010: obligations and deadlines -----------------------------------------------------

# gold/FORMAT.md's relations; kept here rather than read from the schema because a rule
# must still judge documents that break the schema
RELATIONS = frozenset({"within", "not_later_than", "before", "after", "from", "not_exceeding",
                       "every", "at_least_once", "on", "indefinite"})


@_rule("KL009", "obligation-no-actor", "info",
       "An obligation names no actor (passive duties legitimately have none).")
def obligation_no_actor(document: dict[str, Any]) -> Iterator[Hit]:
    for ob in document.get("obligations") or []:
        actor = ob.get("actor")
        if not actor or not (actor.get("text") or actor.get("canonical")):
            yield Hit(ob.get("unit"), f"{ob.get('modality', 'obligation')} {ob.get('id')} "
                                      "has no actor")


def _unparseable(deadline: dict[str, Any]) -> bool:
    return (deadline.get("duration") is None and deadline.get("recurrence") is None
            and deadline.get("relation") not in RELATIONS)


@_rule("KL010", "deadline-unparseable", "error",
       "A deadline (of an obligation or in `deadlines`) has no duration, no recurrence and "
       "no recognised relation.")
def deadline_unparseable(document: dict[str, Any]) -> Iterator[Hit]:
    for ob in document.get("obligations") or []:
        deadline = ob.get("deadline")
        if deadline and _unparseable(deadline):
            yield Hit(ob.get("unit"), f"deadline {_quote(deadline.get('text') or '?')} of "
                                      f"{ob.get('id')} could not be normalized")
    for deadline in document.get("deadlines") or []:
        if _unparseable(deadline):
            yield Hit(deadline.get("unit"), f"deadline {_quote(deadline.get('text') or '?')} "
                                            "could not be normalized")


# --- KL011-KL012: metadata ----------------------------------------------------------------------

# The act is a draft when it says so at the end of its title (`... Заңының жобасы`);
# a title *about* a draft (`... Жарлығының жобасы туралы`) is not a draft itself.
_DRAFT_TITLE = re.compile(r"жобасы\W*$", re.IGNORECASE)


def is_draft(document: dict[str, Any]) -> bool:
    """Whether the act as a whole is a draft: every component is, or its title says so."""
    components = _components(document)
    title = (document.get("metadata") or {}).get("title") or ""
    every_draft = bool(components) and all(c.get("draft") for c in components)
    return every_draft or bool(_DRAFT_TITLE.search(title))


@_rule("KL011", "metadata-missing", "warning",
       "The act's date, number, issuer or signatory is missing (info for a draft's date "
       "and number).")
def metadata_missing(document: dict[str, Any]) -> Iterator[Hit]:
    meta = document.get("metadata") or {}
    lenient = "info" if is_draft(document) else None  # drafts are not dated or numbered yet
    if not meta.get("date"):
        yield Hit(None, "metadata has no date of adoption", lenient)
    if not meta.get("number"):
        yield Hit(None, "metadata has no act number", lenient)
    if not meta.get("issuer"):
        yield Hit(None, "metadata has no issuer")
    if not meta.get("signatories"):
        yield Hit(None, "metadata has no signatory")


# relations whose absolute anchor date must not lie before the act's adoption: an act cannot
# enter into force (`from`) or set a duty due (`before`, `not_later_than`, `on`) in its past
_FORWARD_RELATIONS = frozenset({"from", "before", "not_later_than", "on"})


def _deadlines_with_obligations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    seen = set()
    found = list(document.get("deadlines") or [])
    found += [{**ob["deadline"], "unit": ob.get("unit")}
              for ob in document.get("obligations") or [] if ob.get("deadline")]
    for deadline in found:
        key = (deadline.get("unit"), deadline.get("text"), deadline.get("anchor"))
        if key not in seen:  # an obligation's deadline is usually listed in `deadlines` too
            seen.add(key)
            yield deadline


@_rule("KL012", "date-conflict", "warning",
       "An absolute date in a deadline's anchor (from/before/not later than/on) lies before "
       "the act's own date.")
def date_conflict(document: dict[str, Any]) -> Iterator[Hit]:
    from ..segment.dates import parse_date

    act_date = (document.get("metadata") or {}).get("date")
    if not act_date:
        return
    for deadline in _deadlines_with_obligations(document):
        if deadline.get("relation") not in _FORWARD_RELATIONS or not deadline.get("anchor"):
            continue
        found = parse_date(deadline["anchor"])
        if found and found[0] < act_date:  # ISO dates compare as strings
            yield Hit(deadline.get("unit"),
                      f"deadline {_quote(deadline.get('text') or deadline['anchor'])} "
                      f"({deadline['relation']} {found[0]}) lies before the act's date "
                      f"{act_date}")


# --- KL013-KL015: extraction artifacts left in the text -----------------------------------------

_LOWER = "а-яәғқңөұүһіё"
_UPPER = "А-ЯӘҒҚҢӨҰҮҺІЁ"
# 4+ single letters separated by single spaces: `қ о й ы л с ы н`
LETTER_SPACED = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_]){3,}(?!\w)")
# a lower-case letter straight before an upper-case Cyrillic one inside a word: `етедіКеңес`
GLUED_CASE = re.compile(rf"\w*[{_LOWER}][{_UPPER}]\w*")
# a sentence end glued to the next word: `мақұлдансын.келісімнің` (initials such as
# `Н.Назарбаев` have one letter before the dot and stay quiet)
GLUED_DOT = re.compile(rf"(?<!\w)[{_LOWER}{_UPPER}]{{2,}}\.[{_LOWER}{_UPPER}]{{2,}}\w*")


def _text_hits(document: dict[str, Any], patterns: Iterable[re.Pattern[str]],
               what: str) -> Iterator[Hit]:
    text = document.get("text") or ""
    matches = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
    locator = _Locator(document) if matches else None
    for m in matches[:MAX_TEXT_HITS]:
        yield Hit(locator.eid_at(m.start()), f"{what}: {_quote(m.group())} at offset {m.start()}")
    if len(matches) > MAX_TEXT_HITS:
        yield Hit(None, f"... and {len(matches) - MAX_TEXT_HITS} more")


@_rule("KL013", "letter-spaced-text", "warning",
       "A letter-spaced run (4+ single letters between single spaces) is left in the text.")
def letter_spaced_text(document: dict[str, Any]) -> Iterator[Hit]:
    return _text_hits(document, [LETTER_SPACED], "letter-spaced run left in the text")


@_rule("KL014", "glued-words", "warning",
       "Words are glued in the text (`етедіКеңес`, `мақұлдансын.келісімнің`).")
def glued_words(document: dict[str, Any]) -> Iterator[Hit]:
    return _text_hits(document, [GLUED_CASE, GLUED_DOT], "glued words")


@_rule("KL015", "displaced-link", "info",
       "Normalization moved a word back into reading order: flagged for review.")
def displaced_link(document: dict[str, Any]) -> Iterator[Hit]:
    repairs = [r for r in document.get("repairs") or [] if r.get("kind") == "displaced_link"]
    locator = _Locator(document) if repairs else None
    for repair in repairs:
        yield Hit(locator.eid_at(repair["span"][0]),
                  f"words moved back into reading order: {_quote(repair.get('before', ''))} "
                  f"-> {_quote(repair.get('after', ''))}; check against the source")


# --- KL016: the two language versions of one act ---------------------------------------------

@_pair_rule("KL016", "version-disagreement", "warning",
            "The Kazakh and Russian versions of one act disagree: a unit only one has, or a "
            "paired unit's obligations differ in count, modality or deadline.")
def version_disagreement(kk: dict[str, Any], ru: dict[str, Any]) -> Iterator[tuple[str, Hit]]:
    from ..align import align

    fmt = (kk.get("source") or {}).get("format")
    # the pdf and the text twins of an act are two pairs: say which one a finding is from
    twins = f" [{fmt}]" if fmt else ""
    for d in align(kk, ru).found:
        # a unit is reported on the file that has it; a difference of duties on the Kazakh
        yield ("ru" if d.kind == "unit_only_in_ru" else "kk",
               Hit(d.eid, f"{d.kind}: {d.message}{twins}"))


BUILTIN_RULES.sort(key=lambda r: r.id)
