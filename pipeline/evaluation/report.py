"""Evaluate an output folder against a gold folder and report per document and overall."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extraction import (
    score_deadlines,
    score_definitions,
    score_obligations,
    score_references,
)
from .structure import prf, score_components, score_metadata, score_units
from .text import TextScore, text_diff, word_error_rate

EXTRACTION_SCORES = {
    "obligations": score_obligations,
    "deadlines": score_deadlines,
    "definitions": score_definitions,
    "references": score_references,
}

GOLD_TEXT_SUFFIX = ".normalized.txt"
GOLD_JSON_SUFFIX = ".gold.json"


class EvalError(Exception):
    """The gold or output folder cannot be evaluated; the message says why."""


@dataclass
class DocumentScore:
    doc_id: str
    text: TextScore | None = None
    missing_output: bool = False
    diff: list[str] = field(default_factory=list)
    units: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    components: dict[str, Any] | None = None
    extraction: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if self.missing_output:
            out["missing_output"] = True
        if self.text:
            out["text"] = {"wer": round(self.text.wer, 6), "errors": self.text.errors,
                           "gold_words": self.text.gold_words,
                           "output_words": self.text.output_words}
        for name in ("units", "metadata", "components"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out.update(self.extraction)
        if self.diff:
            out["diff"] = self.diff
        return out


def gold_documents(gold_dir: Path) -> list[str]:
    """Document ids that have gold annotations in `gold_dir`."""
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: gold folder not found")
    ids = {p.name[: -len(GOLD_TEXT_SUFFIX)] for p in gold_dir.glob("*" + GOLD_TEXT_SUFFIX)}
    ids |= {p.name[: -len(GOLD_JSON_SUFFIX)] for p in gold_dir.glob("*" + GOLD_JSON_SUFFIX)}
    if not ids:
        raise EvalError(f"{gold_dir}: no gold files (*{GOLD_TEXT_SUFFIX}, *{GOLD_JSON_SUFFIX})")
    return sorted(ids)


def _load_json(path: Path, what: str) -> dict[str, Any]:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"{path}: not a readable {what} ({exc})") from None


def evaluate_dir(gold_dir: Path, output_dir: Path, *, diff: bool = False) -> dict[str, Any]:
    """Score every gold document against `output_dir/<doc>.json`."""
    if not output_dir.is_dir():
        raise EvalError(f"{output_dir}: output folder not found")
    scores: list[DocumentScore] = []
    for doc_id in gold_documents(gold_dir):
        score = DocumentScore(doc_id)
        scores.append(score)
        out_path = output_dir / f"{doc_id}.json"
        if not out_path.exists():
            score.missing_output = True
            continue
        output = _load_json(out_path, "output document")
        gold_text_path = gold_dir / f"{doc_id}{GOLD_TEXT_SUFFIX}"
        if gold_text_path.exists():
            gold_text = gold_text_path.read_text("utf-8")
            score.text = word_error_rate(gold_text, output.get("text", ""))
            if diff:
                score.diff = text_diff(gold_text, output.get("text", ""))
        gold_json_path = gold_dir / f"{doc_id}{GOLD_JSON_SUFFIX}"
        if gold_json_path.exists():
            gold = _load_json(gold_json_path, "gold file")
            if "units" in gold:
                score.units = score_units(gold, output)
            if "metadata" in gold:
                score.metadata = score_metadata(gold, output)
            if "components" in gold:
                score.components = score_components(gold, output)
            for name, scorer in EXTRACTION_SCORES.items():
                if name in gold:
                    score.extraction[name] = scorer(gold, output)
    return _summary(scores)


def _summary(scores: list[DocumentScore]) -> dict[str, Any]:
    texts = [s.text for s in scores if s.text]
    gold_words = sum(t.gold_words for t in texts)
    errors = sum(t.errors for t in texts)
    overall: dict[str, Any] = {
        "documents": len(scores),
        "missing_outputs": sum(1 for s in scores if s.missing_output),
        "text": {"wer": round(errors / gold_words, 6) if gold_words else None,
                 "errors": errors, "gold_words": gold_words},
    }
    units = [s.units for s in scores if s.units]
    if units:
        overall["units"] = prf(sum(u["tp"] for u in units), sum(u["predicted"] for u in units),
                               sum(u["gold"] for u in units))
        matched = sum(u["tp"] for u in units)
        right = sum(u["tp"] - len(u["wrong_boundaries"]) for u in units)
        overall["units"]["boundary"] = round(right / matched, 4) if matched else None
    metas = [s.metadata for s in scores if s.metadata and s.metadata["fields"]]
    if metas:
        fields = [ok for m in metas for ok in m["fields"].values()]
        overall["metadata"] = {"accuracy": round(sum(fields) / len(fields), 4)}
    for name in ("obligations", "deadlines", "definitions"):
        results = [s.extraction[name] for s in scores if name in s.extraction]
        if results:
            overall[name] = prf(sum(r["tp"] for r in results),
                                sum(r["predicted"] for r in results),
                                sum(r["gold"] for r in results))
    obligations = [s.extraction["obligations"] for s in scores if "obligations" in s.extraction]
    for field_name in ("actor", "deadline"):
        right = sum(r[f"{field_name}_counts"][0] for r in obligations)
        total = sum(r[f"{field_name}_counts"][1] for r in obligations)
        if obligations:
            overall["obligations"][field_name] = round(right / total, 4) if total else None
    refs = [s.extraction["references"] for s in scores if "references" in s.extraction]
    if refs:
        found, gold_n = sum(r["found"] for r in refs), sum(r["gold"] for r in refs)
        overall["references"] = {"accuracy": round(found / gold_n, 4) if gold_n else None,
                                 "found": found, "gold": gold_n}
    return {"documents": [s.as_dict() for s in scores], "overall": overall}


def _fmt(value: Any) -> str:
    return "-" if value is None else (f"{value:.4f}" if isinstance(value, float) else str(value))


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report, with what went wrong under each document."""
    header = f"{'document':<24} {'WER':>7} {'unit P':>7} {'unit R':>7} {'unit F1':>7} " \
             f"{'bound.':>7} {'meta':>7}"
    lines = [header]
    for doc in report["documents"]:
        if doc.get("missing_output"):
            lines.append(f"{doc['doc_id']:<24} no output")
            continue
        lines.append(_row(doc["doc_id"], doc.get("text"), doc.get("units"), doc.get("metadata")))
        units = doc.get("units") or {}
        for eid in units.get("missing", []):
            lines.append(f"    missing unit {eid}")
        for eid in units.get("extra", []):
            lines.append(f"    extra unit   {eid}")
        for wrong in units.get("wrong_boundaries", []):
            lines.append(f"    boundary {wrong['eid']}: gold {wrong['gold']!r}, "
                         f"output {wrong['output']!r}")
        for name, pair in (doc.get("metadata") or {}).get("wrong", {}).items():
            lines.append(f"    metadata {name}: gold {pair['gold']!r}, output {pair['output']!r}")
        for row in (doc.get("components") or {}).get("components", []):
            bad = [k for k, v in row.items() if v is False]
            if bad:
                lines.append(f"    component {row['eid']}: wrong {', '.join(bad)}")
        for d in doc.get("diff", []):
            lines.append("    " + d)
    o = report["overall"]
    lines.append(_row("overall", o.get("text"), o.get("units"), o.get("metadata")))
    if any(k in o for k in EXTRACTION_SCORES):
        lines.append("")
        lines.append(f"{'document':<24} {'obl P':>6} {'obl R':>6} {'obl F1':>6} {'actor':>6} "
                     f"{'o.dl':>6} {'dl F1':>6} {'def F1':>6} {'refs':>6}")
        for doc in report["documents"]:
            if not doc.get("missing_output"):
                lines.append(_extraction_row(doc["doc_id"], doc))
                for wrong in doc.get("obligations", {}).get("wrong_actors", []):
                    lines.append(f"    actor {wrong['unit']}: gold {wrong['gold']!r}, "
                                 f"output {wrong['output']!r}")
        lines.append(_extraction_row("overall", o))
    return "\n".join(lines)


def _extraction_row(name: str, scores: dict[str, Any]) -> str:
    ob = scores.get("obligations") or {}
    return (f"{name:<24} {_fmt(ob.get('precision')):>6} {_fmt(ob.get('recall')):>6} "
            f"{_fmt(ob.get('f1')):>6} {_fmt(ob.get('actor')):>6} {_fmt(ob.get('deadline')):>6} "
            f"{_fmt((scores.get('deadlines') or {}).get('f1')):>6} "
            f"{_fmt((scores.get('definitions') or {}).get('f1')):>6} "
            f"{_fmt((scores.get('references') or {}).get('accuracy')):>6}")


def _row(name: str, text: dict | None, units: dict | None, meta: dict | None) -> str:
    units = units or {}
    return (f"{name:<24} {_fmt((text or {}).get('wer')):>7} {_fmt(units.get('precision')):>7} "
            f"{_fmt(units.get('recall')):>7} {_fmt(units.get('f1')):>7} "
            f"{_fmt(units.get('boundary')):>7} {_fmt((meta or {}).get('accuracy')):>7}")
