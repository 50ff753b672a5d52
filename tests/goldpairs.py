"""Gold files as output documents, for aligning the two versions of an act.

The gold of an act (`tests/gold/dev/<doc>.gold.json`, Kazakh, and
`tests/gold/dev/ru/<doc>.gold.json`, Russian: copies of shared/dev) lists its numbered
units by eid and its obligations with modality, actor head and deadline. `gold_document`
turns one into the shape of an output document as far as `pipeline.align` reads it:
components with a unit tree, obligations with `actor` and `deadline`, metadata.

Run as a script, it prints the alignment figures of the five gold pairs:
`python tests/goldpairs.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD_KK = Path(__file__).resolve().parent / "gold" / "dev"
GOLD_RU = GOLD_KK / "ru"
PAIRED_ACTS = sorted(p.name.removesuffix(".gold.json") for p in GOLD_RU.glob("*.gold.json"))


def gold_document(gold: dict[str, Any], doc_id: str, *, optional: bool = False) -> dict[str, Any]:
    """An output-shaped document from a gold file; optional obligations only if `optional`.

    Required entries are what both golds agree a reader must find; the optional ones are
    alternative readings, and the NOTES of the dev corpus compare required counts.
    """
    components = [{"eid": c["eid"], "type": c.get("type"), "title": c.get("title"),
                   "units": []} for c in gold["components"]]
    by_eid: dict[str, dict[str, Any]] = {c["eid"]: c for c in components}
    for entry in gold["units"]:
        eid = entry["eid"]
        segment = eid.rsplit("/", 1)[-1]
        kind, _, num = segment.partition("_")
        unit = {"eid": eid, "kind": kind, "num": num, "heading": entry.get("heading"),
                "text": entry.get("starts"), "children": []}
        # the parent is the longest proper prefix that is a unit (else the component)
        parts = eid.split("/")
        parent = next(by_eid["/".join(parts[:n])] for n in range(len(parts) - 1, 0, -1)
                      if "/".join(parts[:n]) in by_eid)
        parent["children" if "children" in parent else "units"].append(unit)
        by_eid[eid] = unit
    obligations = []
    for entry in gold["obligations"]:
        if entry.get("optional") and not optional:
            continue
        head = entry.get("actor_head")
        obligations.append({
            "id": f"ob_{len(obligations) + 1}", "unit": entry["unit"],
            "modality": entry["modality"],
            "actor": {"text": head, "canonical": head} if head else None,
            "deadline": entry.get("deadline")})
    metadata = dict(gold.get("metadata") or {})
    metadata.setdefault("language", "kk")  # the Kazakh gold predates the language field
    return {"schema_version": "1", "doc_id": doc_id, "metadata": metadata,
            "components": components, "obligations": obligations}


def gold_pair(doc: str, *, optional: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Kazakh and Russian gold of one act, as output-shaped documents."""
    def load(folder: Path) -> dict[str, Any]:
        gold = json.loads((folder / f"{doc}.gold.json").read_text("utf-8"))
        return gold_document(gold, doc, optional=optional)

    return load(GOLD_KK), load(GOLD_RU)


if __name__ == "__main__":  # the measured figures of the README
    from pipeline.align import align

    print(f"{'act':<40} {'kk':>4} {'ru':>4} {'paired':>6} {'share':>6} {'share kk':>8}  "
          "disagreements")
    totals = [0, 0, 0, 0]
    for doc in PAIRED_ACTS:
        result = align(*gold_pair(doc))
        s = result.summary()
        union = s["paired"] + s["only_kk"] + s["only_ru"]
        totals = [t + v for t, v in zip(totals, (s["units_kk"], s["units_ru"], s["paired"],
                                                  union))]
        print(f"{doc:<40} {s['units_kk']:>4} {s['units_ru']:>4} {s['paired']:>6} "
              f"{s['paired_share']:>6.3f} {s['paired_share_kk']:>8.3f}  "
              + ", ".join(f"{d.kind} {d.eid}" for d in result.found))
    kk, ru, paired, union = totals
    print(f"{'all five':<40} {kk:>4} {ru:>4} {paired:>6} {paired / union:>6.3f} "
          f"{paired / kk:>8.3f}")
