"""Extraction scores: obligations (with actor and deadline accuracy), deadlines, definitions,
references — matched as shared/gold/FORMAT.md says.

An output entry placed in an unnumbered paragraph (`.../indent_2`) counts on its
nearest numbered ancestor, and a component-level indent (`main/indent_1`) on the
component. Gold entries marked `optional` neither reward nor penalize: an
output that matches one is not a false positive, a missed one is not a miss.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .structure import fold, prf

DEADLINE_FIELDS = ("relation", "duration", "recurrence", "working_days")


def numbered_unit(eid: str | None) -> str:
    """`annex_2/sec_2/para_7/indent_1` → `annex_2/sec_2/para_7`; `main/indent_1` → `main`."""
    if not eid:
        return ""
    parts = eid.split("/")
    while len(parts) > 1 and parts[-1].startswith("indent_"):
        parts.pop()
    return "/".join(parts)


def deadline_key(deadline: dict[str, Any] | None) -> tuple | None:
    if not deadline:
        return None
    return tuple(deadline.get(f) if f != "working_days" else bool(deadline.get(f))
                 for f in DEADLINE_FIELDS)


def _match(gold: list[dict], output: list[dict], key, prefer=None) -> tuple[list, int, int]:
    """Match output to gold entries with equal keys; return (pairs, false positives, misses).

    `prefer(gold, output)` ranks candidate pairs (higher first) when a key has
    several entries, so actor and deadline are compared on the best pairing.
    """
    by_key: dict[Any, list[dict]] = defaultdict(list)
    for g in gold:
        by_key[key(g)].append(g)
    outs: dict[Any, list[dict]] = defaultdict(list)
    for o in output:
        outs[key(o)].append(o)
    pairs: list[tuple[dict, dict]] = []
    false_pos = misses = 0
    for k in set(by_key) | set(outs):
        golds, preds = list(by_key.get(k, [])), list(outs.get(k, []))
        candidates = sorted(
            ((prefer(g, o) if prefer else 0, not g.get("optional"), gi, oi)
             for gi, g in enumerate(golds) for oi, o in enumerate(preds)), reverse=True)
        used_g: set[int] = set()
        used_o: set[int] = set()
        for _, _, gi, oi in candidates:
            if gi in used_g or oi in used_o:
                continue
            used_g.add(gi)
            used_o.add(oi)
            pairs.append((golds[gi], preds[oi]))
        false_pos += len(preds) - len(used_o)
        misses += sum(1 for gi, g in enumerate(golds) if gi not in used_g and not g.get("optional"))
    return pairs, false_pos, misses


def _scored(pairs, false_pos, misses) -> dict[str, Any]:
    tp = sum(1 for g, _ in pairs if not g.get("optional"))
    return prf(tp, tp + false_pos, tp + misses)


def actor_matches(gold_head: str | None, actor: dict[str, Any] | None) -> bool:
    if gold_head is None:
        return True
    if not actor:
        return False
    head = fold(gold_head)
    return head in fold(actor.get("canonical") or "") or head in fold(actor.get("text") or "")


def score_obligations(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    def key(entry):
        return numbered_unit(entry.get("unit")), entry.get("modality")

    def prefer(g, o):
        return (2 * actor_matches(g.get("actor_head"), o.get("actor"))
                + (deadline_key(g.get("deadline")) == deadline_key(o.get("deadline"))))

    pairs, fp, fn = _match(gold.get("obligations", []), output.get("obligations", []), key, prefer)
    result = _scored(pairs, fp, fn)
    # an optional entry neither rewards nor penalizes: its actor and deadline are not scored
    required = [(g, o) for g, o in pairs if not g.get("optional")]
    with_actor = [(g, o) for g, o in required if g.get("actor_head") is not None]
    right = [g for g, o in with_actor if actor_matches(g["actor_head"], o.get("actor"))]
    result["actor"] = round(len(right) / len(with_actor), 4) if with_actor else None
    result["actor_counts"] = [len(right), len(with_actor)]
    with_deadline = [(g, o) for g, o in required if g.get("deadline")]
    on_time = [g for g, o in with_deadline
               if deadline_key(g["deadline"]) == deadline_key(o.get("deadline"))]
    result["deadline"] = round(len(on_time) / len(with_deadline), 4) if with_deadline else None
    result["deadline_counts"] = [len(on_time), len(with_deadline)]
    result["wrong_actors"] = [
        {"unit": g["unit"], "gold": g["actor_head"], "output": (o.get("actor") or {}).get("text")}
        for g, o in with_actor if not actor_matches(g["actor_head"], o.get("actor"))]
    return result


def score_deadlines(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    def key(entry):
        return (numbered_unit(entry.get("unit")),) + deadline_key(entry)

    pairs, fp, fn = _match(gold.get("deadlines", []), output.get("deadlines", []), key)
    return _scored(pairs, fp, fn)


def score_definitions(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    def key(entry):
        return fold(entry.get("term", "")), entry.get("component")

    pairs, fp, fn = _match(gold.get("definitions", []), output.get("definitions", []), key)
    result = _scored(pairs, fp, fn)
    expanded = [g for g, o in pairs
                if fold(g.get("expansion_head", "")) in fold(o.get("expansion") or "")]
    result["expansion"] = round(len(expanded) / len(pairs), 4) if pairs else None
    return result


def score_references(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    found = {(numbered_unit(r.get("unit")), r.get("target")) for r in output.get("references", [])
             if r.get("target")}
    # optional gold references (FORMAT.md) are neither rewarded nor missed
    gold_refs = [r for r in gold.get("references", []) if not r.get("optional")]
    hits = sum(1 for r in gold_refs if (numbered_unit(r["unit"]), r["target"]) in found)
    return {"accuracy": round(hits / len(gold_refs), 4) if gold_refs else None,
            "found": hits, "gold": len(gold_refs)}
