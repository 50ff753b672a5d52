"""Align the Kazakh and Russian versions of one act and list where they disagree.

Both official versions of an act share the eids of DESIGN.md (`Глава 2.` / `2-тарау`
are both `chp_2`), so units pair by eid. For each pair the duties of both versions
are compared: how many, of which modality, with which deadline. What differs is a
`Disagreement` of one kind:

- `unit_only_in_kk`, `unit_only_in_ru`: a unit (or component) exists in one version only;
- `obligation_count`: a paired unit holds a different number of obligations;
- `modality`: two paired obligations differ in modality;
- `deadline`: two paired obligations differ in deadline (relation, duration,
  recurrence or working_days; its words and anchor are not compared).

    >>> from pipeline.align import align
    >>> a = align(kk_doc, ru_doc)           # two output documents (dicts)
    >>> a.disagreements                     # DataFrame: kind, eid, kk, ru, fields, message
    >>> a.units.query("status != 'paired'")
    >>> a.glossary                          # actor pairs: Министрлік <-> Министерство, count

Obligations of an unnumbered paragraph (`.../indent_2`) count on its nearest
numbered ancestor (as gold/FORMAT.md matches them): the two languages may split a
point into paragraphs differently, and that is no difference of duties.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

KINDS: tuple[str, ...] = ("unit_only_in_kk", "unit_only_in_ru", "obligation_count", "modality",
                          "deadline")
LANGUAGES: tuple[str, str] = ("kk", "ru")
# what a deadline is compared on (text and anchor are words of one language)
DEADLINE_FIELDS: tuple[str, ...] = ("relation", "duration", "recurrence", "working_days")
COMPONENT = "component"  # the `kind` of a component's row in the units table

UNIT_COLUMNS = {"eid": "string", "component": "string", "kind": "string", "status": "string",
                "in_kk": "boolean", "in_ru": "boolean", "obligations_kk": "Int64",
                "obligations_ru": "Int64", "disagreements": "Int64"}
DISAGREEMENT_COLUMNS = {"kind": "string", "eid": "string", "kk": "string", "ru": "string",
                        "fields": "string", "message": "string"}
GLOSSARY_COLUMNS = {"actor_kk": "string", "actor_ru": "string", "count": "Int64",
                    "units": "string"}


class AlignError(ValueError):
    """A document that cannot be aligned: `lang` says which version, `reason` why (one line)."""

    def __init__(self, lang: str, reason: str) -> None:
        super().__init__(f"{lang} version: {reason}")
        self.lang = lang
        self.reason = reason


@dataclass(frozen=True)
class Disagreement:
    """One difference between the versions, on one unit (eid)."""

    kind: str
    eid: str
    kk: str | None  # what the Kazakh version has there, in short (None: nothing)
    ru: str | None
    message: str
    fields: tuple[str, ...] = ()  # for `deadline`: the fields that differ


@dataclass(frozen=True)
class UnitRow:
    """One eid of either version: where it is, and how many duties each version has on it.

    Obligation counts are given where obligations are compared (numbered units and
    components) and None for unnumbered paragraphs, whose duties count on their parent.
    """

    eid: str
    component: str
    kind: str
    in_kk: bool
    in_ru: bool
    obligations_kk: int | None
    obligations_ru: int | None
    disagreements: int = 0

    @property
    def status(self) -> str:
        return "paired" if self.in_kk and self.in_ru else "only_kk" if self.in_kk else "only_ru"


@dataclass(frozen=True)
class ActorPair:
    """A Kazakh actor and its Russian counterpart, seen together on `units`."""

    actor_kk: str
    actor_ru: str
    units: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.units)


@dataclass
class Alignment:
    """The two versions unit by unit; DataFrames `units`, `disagreements`, `glossary`."""

    doc_id_kk: str | None
    doc_id_ru: str | None
    rows: list[UnitRow]
    found: list[Disagreement]
    actor_pairs: list[ActorPair]
    obligations: dict[str, int] = field(default_factory=dict)  # on compared units, by language

    @property
    def agree(self) -> bool:
        return not self.found

    def summary(self) -> dict[str, Any]:
        """Counts for people and scripts: units of each version, paired, disagreements by kind.

        `paired_share` is the share of all units (of either version, components not
        counted) that found their twin; `paired_share_kk` the share of the Kazakh units.
        """
        units = [r for r in self.rows if r.kind != COMPONENT]
        in_kk = sum(r.in_kk for r in units)
        in_ru = sum(r.in_ru for r in units)
        paired = sum(r.in_kk and r.in_ru for r in units)
        kinds = Counter(d.kind for d in self.found)
        return {
            "units_kk": in_kk, "units_ru": in_ru, "paired": paired,
            "only_kk": in_kk - paired, "only_ru": in_ru - paired,
            "paired_share": round(paired / len(units), 4) if units else 1.0,
            "paired_share_kk": round(paired / in_kk, 4) if in_kk else 1.0,
            "obligations_kk": self.obligations.get("kk", 0),
            "obligations_ru": self.obligations.get("ru", 0),
            "disagreements": len(self.found),
            "by_kind": {kind: kinds[kind] for kind in KINDS if kinds[kind]},
        }

    @cached_property
    def units(self) -> pd.DataFrame:
        """One row per eid of either version, in reading order (Kazakh order, the Russian
        version's own units after the unit they follow there)."""
        return _frame([{**asdict(r), "status": r.status} for r in self.rows], UNIT_COLUMNS)

    @cached_property
    def disagreements(self) -> pd.DataFrame:
        """One row per disagreement: kind, eid, kk, ru, fields (comma-separated), message."""
        return _frame([{**asdict(d), "fields": ", ".join(d.fields) or None} for d in self.found],
                      DISAGREEMENT_COLUMNS)

    @cached_property
    def glossary(self) -> pd.DataFrame:
        """Actor pairs (actor_kk, actor_ru, count, units space-separated), most frequent first."""
        return _frame([{"actor_kk": p.actor_kk, "actor_ru": p.actor_ru, "count": p.count,
                        "units": " ".join(p.units)} for p in self.actor_pairs],
                      GLOSSARY_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: summary, disagreements, units and glossary (units as lists)."""
        return {
            "doc_id": {"kk": self.doc_id_kk, "ru": self.doc_id_ru},
            "agree": self.agree,
            "summary": self.summary(),
            "disagreements": [{**asdict(d), "fields": list(d.fields)} for d in self.found],
            "units": [{**asdict(r), "status": r.status} for r in self.rows],
            "glossary": [{"actor_kk": p.actor_kk, "actor_ru": p.actor_ru, "count": p.count,
                          "units": list(p.units)} for p in self.actor_pairs],
        }


# --- aligning ---------------------------------------------------------------------------------

def align(kk_doc: dict[str, Any], ru_doc: dict[str, Any]) -> Alignment:
    """Pair the units of the Kazakh and Russian output documents of one act by eid and
    compare their obligations. AlignError when a document is not an output document.

    The languages themselves are not checked here (see `check_languages`): a test may
    well align two made-up documents of one language.
    """
    kk_units, ru_units = _units(kk_doc, "kk"), _units(ru_doc, "ru")
    kk_obs, ru_obs = _obligations(kk_doc, "kk"), _obligations(ru_doc, "ru")
    order = _merged_order(list(kk_units), list(ru_units))

    found: list[Disagreement] = []
    found += _only_in_one(order, (kk_units, kk_obs), (ru_units, ru_obs))
    compared = [eid for eid in order if eid in kk_units and eid in ru_units
                and _compared_here(kk_units[eid])]
    # an obligation on an eid neither version has as a unit is still compared (on that eid)
    compared += sorted((set(kk_obs) | set(ru_obs)) - set(kk_units) - set(ru_units))
    single: dict[str, tuple[dict, dict]] = {}  # eid -> its one obligation in each version
    for eid in compared:
        kk_here, ru_here = kk_obs.get(eid, []), ru_obs.get(eid, [])
        found += _compare_obligations(eid, kk_here, ru_here)
        if len(kk_here) == 1 and len(ru_here) == 1:
            single[eid] = (kk_here[0], ru_here[0])
    # the report reads like the act: by position, then by kind
    position: dict[str, int] = {}
    for i, eid in enumerate(order + compared):
        position.setdefault(eid, i)
    found.sort(key=lambda d: (position[d.eid], KINDS.index(d.kind)))

    per_eid = Counter(d.eid for d in found)
    rows = []
    for eid in order:
        unit = kk_units.get(eid) or ru_units[eid]
        counted = _compared_here(unit)
        rows.append(UnitRow(
            eid=eid, component=unit["component"], kind=unit["kind"],
            in_kk=eid in kk_units, in_ru=eid in ru_units,
            obligations_kk=len(kk_obs.get(eid, [])) if counted and eid in kk_units else None,
            obligations_ru=len(ru_obs.get(eid, [])) if counted and eid in ru_units else None,
            disagreements=per_eid[eid]))
    return Alignment(
        doc_id_kk=kk_doc.get("doc_id"), doc_id_ru=ru_doc.get("doc_id"), rows=rows, found=found,
        actor_pairs=_glossary(single),
        obligations={"kk": sum(len(kk_obs.get(e, [])) for e in compared),
                     "ru": sum(len(ru_obs.get(e, [])) for e in compared)})


def check_languages(kk_doc: dict[str, Any], ru_doc: dict[str, Any]) -> None:
    """AlignError unless the first document says it is Kazakh and the second Russian
    (`metadata.language`)."""
    said = [(doc.get("metadata") or {}).get("language") for doc in (kk_doc, ru_doc)]
    swapped = said == ["ru", "kk"]
    for lang, language in zip(LANGUAGES, said):
        if language != lang:
            hint = " (the versions are given the other way round?)" if swapped else ""
            raise AlignError(lang, f"metadata.language is {language!r}, expected {lang!r}{hint}")


@dataclass(frozen=True)
class VersionPairs:
    """What `pair_versions` found: index pairs (kk, ru), and groups it could not pair."""

    pairs: list[tuple[int, int]]
    ambiguous: list[tuple[int, str]]  # (index of a document of the group, why)


def pair_versions(documents: Sequence[dict[str, Any]]) -> VersionPairs:
    """The Kazakh and Russian versions of one act among `documents` (by index).

    Two documents are versions of one act when they have the same `doc_id` (the input
    stem: `corpora/dev/pdf/X.pdf` and `corpora/dev/ru/pdf/X.pdf` are both `X`),
    `metadata.language` `kk` and `ru`, and the same `source.format` (so the pdf twins
    pair, and the text twins). A group holding two documents of one language (one
    act converted twice into different folders) is not guessed at: it is `ambiguous`.
    """
    groups: dict[tuple[Any, Any], dict[str, list[int]]] = {}
    for i, document in enumerate(documents):
        lang = (document.get("metadata") or {}).get("language")
        if lang not in LANGUAGES or not document.get("doc_id"):
            continue
        key = (document["doc_id"], (document.get("source") or {}).get("format"))
        groups.setdefault(key, {"kk": [], "ru": []})[lang].append(i)
    result = VersionPairs([], [])
    for (doc_id, fmt), found in groups.items():
        kk, ru = found["kk"], found["ru"]
        if not kk or not ru:
            continue  # one version only: nothing to compare
        if len(kk) == 1 and len(ru) == 1:
            result.pairs.append((kk[0], ru[0]))
        else:
            result.ambiguous.append((kk[0], f"cannot pair the versions of {doc_id!r}"
                                            f"{f' from {fmt}' if fmt else ''}: {len(kk)} "
                                            f"Kazakh and {len(ru)} Russian outputs"))
    return result


def _units(document: dict[str, Any], lang: str) -> dict[str, dict[str, Any]]:
    """eid -> {component, kind, label} for every component and unit, in reading order."""
    components = document.get("components")
    if not isinstance(components, list) or not components:
        raise AlignError(lang, "no components: not an output document")
    found: dict[str, dict[str, Any]] = {}

    def walk(units: Iterable[dict[str, Any]], component: str) -> None:
        for unit in units:
            if not isinstance(unit, dict) or not isinstance(unit.get("eid"), str):
                raise AlignError(lang, f"a unit without an eid under {component}")
            eid = unit["eid"]
            kind = unit.get("kind") or eid.rsplit("/", 1)[-1].split("_")[0]
            found[eid] = {"component": component, "kind": kind, "label": _label(unit, kind)}
            walk(unit.get("children") or [], component)

    for component in components:
        if not isinstance(component, dict) or not isinstance(component.get("eid"), str):
            raise AlignError(lang, "a component without an eid")
        eid = component["eid"]
        found[eid] = {"component": eid, "kind": COMPONENT,
                      "label": _shorten(component.get("title") or component.get("type") or eid)}
        walk(component.get("units") or [], eid)
    return found


def _label(unit: dict[str, Any], kind: str) -> str:
    """`para 2: «Установить, что:»`: how a unit is shown in a disagreement."""
    words = unit.get("heading") or unit.get("text") or unit.get("starts") or ""
    number = f"{kind} {unit['num']}" if unit.get("num") else kind
    return f"{number}: «{_shorten(words)}»" if words.strip() else number


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _compared_here(unit: dict[str, Any]) -> bool:
    # unnumbered paragraphs hand their duties to their numbered ancestor
    return unit["kind"] != "indent"


def _numbered_ancestor(eid: str) -> str:
    """`main/para_3/indent_2` -> `main/para_3`; `main/indent_1` -> `main`."""
    parts = eid.split("/")
    while len(parts) > 1 and parts[-1].startswith("indent_"):
        parts.pop()
    return "/".join(parts)


def _obligations(document: dict[str, Any], lang: str) -> dict[str, list[dict[str, Any]]]:
    """Numbered eid -> the document's obligations on it (or its paragraphs), in order."""
    obligations = document.get("obligations") or []
    if not isinstance(obligations, list):
        raise AlignError(lang, "obligations are not a list")
    found: dict[str, list[dict[str, Any]]] = {}
    for ob in obligations:
        if not isinstance(ob, dict) or not isinstance(ob.get("unit"), str):
            raise AlignError(lang, "an obligation without a unit")
        found.setdefault(_numbered_ancestor(ob["unit"]), []).append(ob)
    return found


def _merged_order(kk: Sequence[str], ru: Sequence[str]) -> list[str]:
    """Kazakh reading order, each Russian-only eid placed after the eid it follows in Russian."""
    order = list(kk)
    known = set(kk)
    previous: str | None = None
    for eid in ru:  # in Russian order: a run of new eids goes in one after the other
        if eid not in known:
            order.insert(order.index(previous) + 1 if previous is not None else 0, eid)
        previous = eid
    return order


def _only_in_one(order: Sequence[str], kk: tuple[dict, dict], ru: tuple[dict, dict]
                 ) -> Iterator[Disagreement]:
    """A unit only one version has; the units under it are counted, not listed again.

    `kk` and `ru` are (units, obligations by eid) of each version.
    """
    for lang, (mine, obs), (other, _), name in (("kk", kk, ru, "Kazakh"),
                                                 ("ru", ru, kk, "Russian")):
        alone = [eid for eid in order if eid in mine and eid not in other]
        alone_set = set(alone)
        for eid in alone:
            parent = eid.rsplit("/", 1)[0] if "/" in eid else None
            if parent in alone_set:
                continue  # reported with its parent
            below = sum(e.startswith(eid + "/") for e in alone)
            duties = sum(len(v) for e, v in obs.items() if e == eid or e.startswith(eid + "/"))
            extra = [f"{below} unit{'s' if below != 1 else ''} under it"] if below else []
            extra += [f"{duties} obligation{'s' if duties != 1 else ''}"] if duties else []
            label = mine[eid]["label"]
            yield Disagreement(
                kind=f"unit_only_in_{lang}", eid=eid,
                kk=label if lang == "kk" else None, ru=label if lang == "ru" else None,
                message=f"only in the {name} version"
                        + (f" ({', '.join(extra)})" if extra else "") + f": {label}")


def _modality(ob: dict[str, Any]) -> str:
    return str(ob.get("modality") or "obligation")


def _a(noun: str) -> str:
    """`an obligation`, `a permission`."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _deadline_key(ob: dict[str, Any]) -> tuple[Any, ...] | None:
    deadline = ob.get("deadline")
    if not isinstance(deadline, dict):
        return None
    return tuple(deadline.get(f) for f in DEADLINE_FIELDS)


def _deadline_text(key: tuple[Any, ...] | None) -> str:
    """`within P3Y`, `every (recurrence P6M)`, `not_later_than P10D working days`, `none`."""
    if key is None:
        return "none"
    relation, duration, recurrence, working_days = key
    words = [str(relation or "?")]
    if duration:
        words.append(str(duration))
    if recurrence:
        words.append(f"(recurrence {recurrence})")
    if working_days:
        words.append("working days")
    return " ".join(words)


def _counted(obs: Sequence[dict[str, Any]]) -> str:
    """`3 obligations (2 obligation, 1 prohibition)`, `no obligation`."""
    if not obs:
        return "no obligation"
    counts = Counter(_modality(ob) for ob in obs)
    inside = ", ".join(f"{n} {m}" for m, n in sorted(counts.items()))
    return f"{len(obs)} obligation{'s' if len(obs) != 1 else ''} ({inside})"


def _modalities_text(obs: Sequence[dict[str, Any]]) -> str:
    """`3 (2 obligation, 1 prohibition)`, `0`."""
    counts = Counter(_modality(ob) for ob in obs)
    inside = ", ".join(f"{n} {m}" for m, n in sorted(counts.items()))
    return f"{len(obs)} ({inside})" if obs else "0"


def _match(kk: Sequence[dict], ru: Sequence[dict]) -> list[tuple[dict, dict]]:
    """Pair as many obligations as the smaller side has, most alike first.

    Passes, each in reading order: same modality and deadline, then same modality,
    then whatever is left. So equal lists pair one to one, and a surplus is what is
    left over rather than a shift of everything after it.
    """
    left_kk, left_ru = list(kk), list(ru)
    pairs: list[tuple[dict, dict]] = []
    tests = (lambda a, b: _modality(a) == _modality(b) and _deadline_key(a) == _deadline_key(b),
             lambda a, b: _modality(a) == _modality(b),
             lambda a, b: True)
    for alike in tests:
        for a in list(left_kk):
            b = next((b for b in left_ru if alike(a, b)), None)
            if b is not None:
                pairs.append((a, b))
                left_kk.remove(a)
                left_ru.remove(b)
    order = {id(a): i for i, a in enumerate(kk)}
    return sorted(pairs, key=lambda pair: order[id(pair[0])])


def _compare_obligations(eid: str, kk: Sequence[dict], ru: Sequence[dict]
                         ) -> list[Disagreement]:
    """The disagreements of the obligations both versions have on one unit."""
    found = []
    if len(kk) != len(ru):
        found.append(Disagreement(
            kind="obligation_count", eid=eid, kk=_modalities_text(kk), ru=_modalities_text(ru),
            message=f"{_counted(kk)} in the Kazakh version, {_counted(ru)} in the Russian"))
    pairs = _match(kk, ru)
    for a, b in pairs:
        if _modality(a) != _modality(b):
            found.append(Disagreement(
                kind="modality", eid=eid, kk=_modality(a), ru=_modality(b),
                message=f"{_a(_modality(a))} in the Kazakh version is {_a(_modality(b))} in "
                        "the Russian"))
        key_a, key_b = _deadline_key(a), _deadline_key(b)
        if key_a != key_b:
            if key_a is None or key_b is None:
                fields = DEADLINE_FIELDS
            else:
                fields = tuple(f for f, x, y in zip(DEADLINE_FIELDS, key_a, key_b) if x != y)
            found.append(Disagreement(
                kind="deadline", eid=eid, kk=_deadline_text(key_a), ru=_deadline_text(key_b),
                fields=fields,
                message=f"the deadline of {_a(_modality(a))} differs: Kazakh "
                        f"{_deadline_text(key_a)}, Russian {_deadline_text(key_b)}"))
    return found


def _actor(ob: dict[str, Any]) -> str | None:
    actor = ob.get("actor")
    if not isinstance(actor, dict):
        return None
    name = actor.get("canonical") or actor.get("text")
    return " ".join(name.split()) if isinstance(name, str) and name.strip() else None


def _glossary(single: dict[str, tuple[dict, dict]]) -> list[ActorPair]:
    """Actor pairs from units with exactly one obligation in each version, both with actors:
    there the two actors are the same body, named in two languages. (With more duties on
    a unit, which Russian duty translates which Kazakh one is a guess; no guesses here.)"""
    seen: dict[tuple[str, str], list[str]] = {}
    for eid, (a, b) in single.items():
        kk, ru = _actor(a), _actor(b)
        if kk and ru:
            seen.setdefault((kk, ru), []).append(eid)
    ranked = sorted(seen.items(), key=lambda item: (-len(item[1]), item[0]))
    return [ActorPair(kk, ru, tuple(units)) for (kk, ru), units in ranked]


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    from .tables import _frame as table_frame  # the same nullable dtypes as the output tables

    return table_frame(rows, columns)


# --- for people -------------------------------------------------------------------------------

def format_alignment(alignment: Alignment, kk_name: str, ru_name: str) -> str:
    """A short summary, the disagreements as a table, and the actor glossary."""
    s = alignment.summary()
    lines = [
        f"kk: {kk_name} ({alignment.doc_id_kk})",
        f"ru: {ru_name} ({alignment.doc_id_ru})",
        f"units: {s['units_kk']} kk, {s['units_ru']} ru, {s['paired']} paired "
        f"({s['paired_share']:.2%} of all), {s['only_kk']} only in kk, {s['only_ru']} only in ru",
        f"obligations on paired units: {s['obligations_kk']} kk, {s['obligations_ru']} ru",
    ]
    if alignment.agree:
        lines.append("the versions agree")
    else:
        kinds = ", ".join(f"{n} {k}" for k, n in s["by_kind"].items())
        lines.append(f"{s['disagreements']} disagreement{'s' if s['disagreements'] != 1 else ''}"
                     f": {kinds}")
        lines.append("")
        lines += _table(["kind", "eid", "kk", "ru"],
                        [[d.kind, d.eid, d.kk or "-", d.ru or "-"] for d in alignment.found])
    if alignment.actor_pairs:
        lines.append("")
        lines.append(f"actor glossary ({len(alignment.actor_pairs)} pairs):")
        lines += _table(["count", "kk", "ru"],
                        [[str(p.count), p.actor_kk, p.actor_ru] for p in alignment.actor_pairs])
    return "\n".join(lines) + "\n"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
            for row in [header, *rows]]
