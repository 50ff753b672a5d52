"""Structure scores: units (P/R/F1 on eids, boundary accuracy), metadata, components.

Matching follows shared/gold/FORMAT.md: a unit counts when an output unit has
the same eid; its boundary is right when its text (or heading) starts with the
gold `starts`. Metadata fields compare exactly after case and white-space
folding; the title by word overlap of at least 90 %; every gold signatory's
name must be found.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

TITLE_OVERLAP = 0.9
METADATA_FIELDS = ("act_type", "issuer", "date", "number", "title", "signatories")


def fold(value: Any) -> str:
    return " ".join(str(value).split()).casefold()


def prf(true_positives: int, predicted: int, gold: int) -> dict[str, float | int]:
    precision = true_positives / predicted if predicted else (1.0 if not gold else 0.0)
    recall = true_positives / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": true_positives, "predicted": predicted, "gold": gold}


def output_units(output: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every numbered unit of the output by eid (unnumbered `indent` units are not scored)."""
    found: dict[str, dict[str, Any]] = {}

    def walk(unit: dict[str, Any]) -> None:
        if unit.get("kind") != "indent":
            found.setdefault(unit["eid"], unit)
        for child in unit.get("children", []):
            walk(child)

    for component in output.get("components", []):
        for unit in component.get("units", []):
            walk(unit)
    return found


def score_units(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    """Unit P/R/F1 on eids and boundary accuracy.

    A gold unit marked `optional` (a blank numbered line of a form) neither
    rewards nor penalizes: an output unit with its eid is not an extra, and
    missing it is not a miss (FORMAT.md).
    """
    gold_all = {u["eid"]: u for u in gold.get("units", [])}
    optional = {eid for eid, u in gold_all.items() if u.get("optional")}
    gold_units = {eid: u for eid, u in gold_all.items() if eid not in optional}
    out = {eid: u for eid, u in output_units(output).items() if eid not in optional}
    matched = [eid for eid in gold_units if eid in out]
    right = []
    wrong: list[dict[str, str]] = []
    for eid in matched:
        starts = fold(gold_units[eid].get("starts", ""))
        unit = out[eid]
        texts = [fold(unit.get("text") or ""), fold(unit.get("heading") or "")]
        if any(t.startswith(starts) for t in texts):
            right.append(eid)
        else:
            wrong.append({"eid": eid, "gold": gold_units[eid].get("starts", ""),
                          "output": (unit.get("text") or unit.get("heading") or "")[:60]})
    result = prf(len(matched), len(out), len(gold_units))
    result["boundary"] = round(len(right) / len(matched), 4) if matched else None
    result["missing"] = sorted(set(gold_units) - set(out))
    result["extra"] = sorted(set(out) - set(gold_units))
    result["wrong_boundaries"] = wrong
    return result


def score_metadata(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    gold_meta = gold.get("metadata", {})
    out_meta = output.get("metadata", {}) or {}
    fields: dict[str, bool] = {}
    for name in METADATA_FIELDS:
        if name not in gold_meta:
            continue
        expected, got = gold_meta[name], out_meta.get(name)
        if name == "title":
            fields[name] = _title_matches(expected, got)
        elif name == "signatories":
            names = {fold(s.get("name", "")) for s in got or []}
            fields[name] = all(fold(s["name"]) in names for s in expected)
        else:
            fields[name] = expected is None and got is None or (
                got is not None and fold(expected) == fold(got))
    accuracy = sum(fields.values()) / len(fields) if fields else None
    return {"accuracy": round(accuracy, 4) if accuracy is not None else None,
            "fields": fields,
            "wrong": {k: {"gold": gold_meta[k], "output": out_meta.get(k)}
                      for k, ok in fields.items() if not ok}}


def _title_matches(expected: str | None, got: str | None) -> bool:
    if not expected or not got:
        return expected == got
    gold_words, out_words = fold(expected).split(), fold(got).split()
    matcher = SequenceMatcher(None, gold_words, out_words, autojunk=False)
    matched = sum(b.size for b in matcher.get_matching_blocks())
    return matched / max(len(gold_words), len(out_words)) >= TITLE_OVERLAP


def score_components(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    """Informative: which gold components have a matching eid, type, draft flag and title."""
    out = {c["eid"]: c for c in output.get("components", [])}
    rows = []
    for component in gold.get("components", []):
        got = out.get(component["eid"])
        row = {"eid": component["eid"], "found": got is not None}
        if got is not None:
            row["type"] = fold(got.get("type")) == fold(component.get("type"))
            row["draft"] = bool(got.get("draft")) == bool(component.get("draft", False))
            if component.get("title"):
                row["title"] = _title_matches(component["title"], got.get("title"))
        rows.append(row)
    return {"components": rows, "count": {"gold": len(gold.get("components", [])),
                                          "output": len(out)}}
