"""Score the Russian extractors on the Russian dev gold, unit by unit (a development tool).

Until segmentation reads Russian acts, the whole pipeline cannot be run on them; this
builds the segmented document from the gold itself and runs `pipeline.extract.extract`
on it, so what is measured is extraction alone (with the same list contexts, definitions
pass and reference resolution as in a conversion):

- the text is `gold/<doc>.normalized.txt` (one paragraph a line);
- `src/<doc>/<doc>.paras.json` tags each line (title, stamp, signature, note,
  paragraph); a new component starts at each approval stamp after the act's own units;
- a line is the gold unit whose number label and `starts` words it begins with, and any
  other paragraph after a unit is an unnumbered paragraph (`indent_<n>`) of the unit
  before it, as segmentation makes them;
- the result is scored with the project's evaluator (`pipeline.evaluation.extraction`).

    python tests/ru_harness.py [RU_DIR] [--show obligations,deadlines,...]

RU_DIR defaults to ../shared/dev/ru (the folder with `gold/` and `src/`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import regex

from pipeline.evaluation.extraction import (
    numbered_unit,
    score_deadlines,
    score_definitions,
    score_obligations,
    score_references,
)
from pipeline.evaluation.structure import prf
from pipeline.extract import extract
from pipeline.segment.model import Component, Metadata, Structure, Unit

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "dev" / "ru"
SCORERS = {"obligations": score_obligations, "deadlines": score_deadlines,
           "definitions": score_definitions, "references": score_references}
_STAMP = regex.compile(r"^\W*(?:Приложение|Утвержден|СОГЛАСОВАН)", regex.I)
_LABEL = regex.compile(
    r"^(?:(?:Глава|Раздел|Статья|Параграф|Часть)\s+\d+(?:-\d+)?\.?\s*|\d+(?:-\d+)?\.\s*"
    r"|\d+(?:-\d+)?\)\s*)")


def load(ru_dir: Path, doc: str) -> tuple[str, Structure, dict[str, Any]]:
    """The gold text, the structure built from the gold's units, and the gold itself."""
    gold = json.loads((ru_dir / "gold" / f"{doc}.gold.json").read_text("utf-8"))
    text = (ru_dir / "gold" / f"{doc}.normalized.txt").read_text("utf-8").rstrip("\n")
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((line, offset, offset + len(line)))
        offset += len(line) + 1
    paras = ru_dir / "src" / doc / f"{doc}.paras.json"
    tags = [p[0] for p in json.loads(paras.read_text("utf-8"))] if paras.exists() \
        else ["P"] * len(lines)
    if len(tags) != len(lines):
        raise SystemExit(f"{doc}: {len(tags)} tagged paragraphs, {len(lines)} lines")
    gold_components = gold["components"]
    # components: the act, then one per approval or annex stamp after the act's first unit
    # (a form's addressee block is a stamp too, but opens no component)
    starts = [0]
    seen_unit = False
    for k, tag in enumerate(tags):
        if tag == "P":
            seen_unit = True
        if tag == "ST" and seen_unit and len(starts) < len(gold_components) \
                and _STAMP.match(lines[k][0]):
            starts.append(k)
    starts.append(len(lines))
    components = []
    for c, (a, b) in enumerate(zip(starts, starts[1:])):
        info = gold_components[c]
        eid = info["eid"]
        units = [u for u in gold["units"] if u["eid"].split("/")[0] == eid]
        approval = lines[a][0] if c > 0 and tags[a] == "ST" else None
        component = Component(eid, info.get("type", "act"), None, info.get("title"), False,
                              approval, (lines[a][1], lines[b - 1][2]))
        _fill(component, units, lines[a:b], tags[a:b])
        components.append(component)
    return text, Structure(Metadata(language="ru"), components), gold


def _fill(component: Component, gold_units: list[dict], lines, tags) -> None:
    """Cut a component's lines into the gold's units and their unnumbered paragraphs."""
    by_eid: dict[str, Unit] = {}
    pending = list(gold_units)
    last: Unit | None = None
    for (line, start, end), tag in zip(lines, tags):
        if tag not in ("P", "H"):
            continue
        label = _LABEL.match(line)
        body_at = label.end() if label else 0
        body = line[body_at:]
        if pending and (body.startswith(pending[0]["starts"])
                        or line.startswith(pending[0]["starts"])):
            info = pending.pop(0)
            eid = info["eid"]
            kind, _, num = eid.rsplit("/", 1)[-1].partition("_")
            if info.get("heading"):
                unit = Unit(eid, kind, num, body, "", (start, end), (end, end))
            else:
                unit = Unit(eid, kind, num, None, body, (start, end), (start + body_at, end))
            parent = by_eid.get(eid.rsplit("/", 1)[0])
            (parent.children if parent else component.units).append(unit)
            by_eid[eid] = last = unit
        elif last is not None:
            # an unnumbered paragraph of the unit before it
            host = last if last.kind != "indent" else by_eid[last.eid.rsplit("/", 1)[0]]
            n = sum(1 for ch in host.children if ch.kind == "indent") + 1
            unit = Unit(f"{host.eid}/indent_{n}", "indent", None, None, line, (start, end),
                        (start, end))
            host.children.append(unit)
            by_eid[unit.eid] = last = unit
    if pending:
        raise SystemExit(f"{component.eid}: gold units not found: "
                         f"{[u['eid'] for u in pending][:5]}")
    for unit in component.units:
        _close(unit)


def _close(unit: Unit) -> int:
    """A unit's span reaches over its children's."""
    end = unit.span[1]
    for child in unit.children:
        end = max(end, _close(child))
    unit.span = (unit.span[0], end)
    return end


def run(ru_dir: Path) -> dict[str, dict[str, Any]]:
    """Per document: the output extraction and its scores."""
    results = {}
    for path in sorted((ru_dir / "gold").glob("*.gold.json")):
        doc = path.name[: -len(".gold.json")]
        text, structure, gold = load(ru_dir, doc)
        found = extract(structure, text)
        output = {"obligations": found.obligations, "deadlines": found.deadlines,
                  "definitions": found.definitions, "references": found.references}
        scores = {name: scorer(gold, output) for name, scorer in SCORERS.items()}
        results[doc] = {"gold": gold, "output": output, "scores": scores}
    return results


def overall(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Scores over all documents, from the summed counts."""
    out: dict[str, Any] = {}
    for name in ("obligations", "deadlines", "definitions"):
        tp = sum(r["scores"][name]["tp"] for r in results.values())
        pred = sum(r["scores"][name]["predicted"] for r in results.values())
        gold = sum(r["scores"][name]["gold"] for r in results.values())
        out[name] = prf(tp, pred, gold)
    right = sum(r["scores"]["obligations"]["actor_counts"][0] for r in results.values())
    total = sum(r["scores"]["obligations"]["actor_counts"][1] for r in results.values())
    out["actor"] = round(right / total, 4) if total else None
    hits = sum(r["scores"]["references"]["found"] for r in results.values())
    refs = sum(r["scores"]["references"]["gold"] for r in results.values())
    out["references"] = round(hits / refs, 4) if refs else None
    return out


def _row(name: str, s: dict[str, Any]) -> str:
    o, d, f = s["obligations"], s["deadlines"], s["definitions"]
    actor = s["obligations"]["actor"] if "actor" in s["obligations"] else s.get("actor")
    refs = s["references"]["accuracy"] if isinstance(s["references"], dict) \
        else s["references"]

    def num(v):
        return "     -" if v is None else f"{v:.4f}"
    return (f"{name[:38]:38} {num(o['precision'])} {num(o['recall'])} {num(o['f1'])} "
            f"{num(actor)} {num(d['f1'])} {num(f['f1'])} {num(refs)}")


def report(results: dict[str, dict[str, Any]], show: set[str]) -> str:
    lines = [f"{'document':38}  obl P  obl R obl F1  actor  dl F1 def F1   refs"]
    for doc, r in results.items():
        lines.append(_row(doc, r["scores"]))
        for g in r["scores"]["obligations"]["wrong_actors"]:
            lines.append(f"    actor {g['unit']}: gold {g['gold']!r}, output {g['output']!r}")
        for what in sorted(show):
            lines += ["    " + x for x in _differences(what, r["gold"], r["output"])]
    total = overall(results)
    lines.append(_row("overall", {**total, "obligations": {**total["obligations"],
                                                           "actor": total["actor"]}}))
    return "\n".join(lines)


def _differences(what: str, gold: dict, output: dict) -> list[str]:
    """Gold entries missed and output entries not in the gold, by unit (for --show)."""
    if what == "obligations":
        def key(e):
            return numbered_unit(e.get("unit")), e.get("modality")
    elif what == "deadlines":
        def key(e):
            return (numbered_unit(e.get("unit")), e.get("relation"), e.get("duration"),
                    e.get("recurrence"), bool(e.get("working_days")))
    elif what == "definitions":
        def key(e):
            return e.get("term", "").casefold(), e.get("component")
    else:
        def key(e):
            return numbered_unit(e.get("unit")), e.get("target")
    golds = [key(g) for g in gold.get(what, [])]
    optional = {key(g) for g in gold.get(what, []) if g.get("optional")}
    outs = [key(o) for o in output.get(what, []) if what != "references" or o.get("target")]
    lines = []
    remaining = list(outs)
    # required entries take their matches first, as the evaluator pairs them
    entries = sorted(zip(golds, gold.get(what, [])), key=lambda p: bool(p[1].get("optional")))
    for g, entry in entries:
        if g in remaining:
            remaining.remove(g)
        elif not entry.get("optional"):
            lines.append(f"{what} missed: {g}")
    for o in remaining:
        if o not in optional:
            lines.append(f"{what} extra:  {o}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ru_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", default="", help="obligations,deadlines,definitions,"
                        "references: list misses and extras")
    args = parser.parse_args(argv)
    results = run(args.ru_dir)
    print(report(results, {s for s in args.show.split(",") if s}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
