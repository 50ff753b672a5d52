"""Export the output document (DESIGN.md's contract) as a JSON-ready dict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..normalize.model import NormalizedText, Repair

SCHEMA_VERSION = "1"


def document_dict(doc_id: str, normalized: NormalizedText) -> dict[str, Any]:
    """Build the output document for one input."""
    source = normalized.source
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "source": {
            "path": source.path,
            "sha256": source.sha256,
            "format": source.format,
            "pages": len(source.pages),
        },
        "text": normalized.text,
        "repairs": [_repair(r) for r in normalized.repairs],
        "pages": [{"page": page, "span": list(span)} for page, span in normalized.page_spans()],
        "lines": [
            {"span": list(o.span), "page": o.page, "line": o.line,
             **({"bbox": [round(v, 2) for v in o.bbox]} if o.bbox else {})}
            for o in normalized.origins
        ],
    }
    if source.encoding:
        out["source"]["encoding"] = source.encoding
    if source.warnings:
        out["warnings"] = list(source.warnings)
    return out


def _repair(repair: Repair) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": repair.kind, "span": list(repair.span),
                           "before": repair.before, "after": repair.after}
    if repair.page is not None:
        out["page"] = repair.page
    if repair.note:
        out["note"] = repair.note
    return out


def dumps(document: dict[str, Any]) -> str:
    """Serialize deterministically: same input, same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write through a temporary file and rename, so no reader sees half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
