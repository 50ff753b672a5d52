"""Evaluate an output folder against a gold folder and report per document and overall."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import TextScore, text_diff, word_error_rate

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

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if self.missing_output:
            out["missing_output"] = True
        if self.text:
            out["text"] = {"wer": round(self.text.wer, 6), "errors": self.text.errors,
                           "gold_words": self.text.gold_words,
                           "output_words": self.text.output_words}
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


def evaluate_dir(gold_dir: Path, output_dir: Path, *, diff: bool = False) -> dict[str, Any]:
    """Score every gold document against `output_dir/<doc>.json`."""
    if not output_dir.is_dir():
        raise EvalError(f"{output_dir}: output folder not found")
    scores: list[DocumentScore] = []
    for doc_id in gold_documents(gold_dir):
        score = DocumentScore(doc_id)
        out_path = output_dir / f"{doc_id}.json"
        if not out_path.exists():
            score.missing_output = True
            scores.append(score)
            continue
        try:
            output = json.loads(out_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise EvalError(f"{out_path}: not a readable output document ({exc})") from None
        gold_text_path = gold_dir / f"{doc_id}{GOLD_TEXT_SUFFIX}"
        if gold_text_path.exists():
            gold_text = gold_text_path.read_text("utf-8")
            score.text = word_error_rate(gold_text, output.get("text", ""))
            if diff:
                score.diff = text_diff(gold_text, output.get("text", ""))
        scores.append(score)
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
    return {"documents": [s.as_dict() | ({"diff": s.diff} if s.diff else {}) for s in scores],
            "overall": overall}


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report."""
    lines = [f"{'document':<28} {'text WER':>9} {'errors':>7} {'words':>7}"]
    for doc in report["documents"]:
        if doc.get("missing_output"):
            lines.append(f"{doc['doc_id']:<28} {'no output':>9}")
            continue
        t = doc.get("text")
        if t:
            lines.append(f"{doc['doc_id']:<28} {t['wer']:>9.4f} {t['errors']:>7} "
                         f"{t['gold_words']:>7}")
        for d in doc.get("diff", []):
            lines.append("    " + d)
    o = report["overall"]["text"]
    wer = f"{o['wer']:.4f}" if o["wer"] is not None else "-"
    lines.append(f"{'overall':<28} {wer:>9} {o['errors']:>7} {o['gold_words']:>7}")
    return "\n".join(lines)
