"""Export the output document (DESIGN.md's contract) as a JSON-ready dict."""

from __future__ import annotations

import json
from typing import Any

from ..extract import Extraction
from ..normalize.model import NormalizedText, Repair
from ..segment.model import Component, Metadata, Signatory, Structure, Unit

SCHEMA_VERSION = "1"


def document_dict(doc_id: str, normalized: NormalizedText, structure: Structure | None = None,
                  extraction: Extraction | None = None) -> dict[str, Any]:
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
        "repairs": [_repair(r) for r in _all_repairs(normalized)],
        "pages": [{"page": page, "span": list(span)} for page, span in normalized.page_spans()],
        "lines": [
            {"span": list(o.span), "page": o.page, "line": o.line,
             **({"bbox": [round(v, 2) for v in o.bbox]} if o.bbox else {})}
            for o in normalized.origins
        ],
    }
    if structure is not None:
        pages = _page_lookup(normalized)
        out["metadata"] = _metadata(structure.metadata)
        out["components"] = [_component(c, pages) for c in structure.components]
    if extraction is not None:
        out["definitions"] = extraction.definitions
        out["references"] = extraction.references
        out["deadlines"] = extraction.deadlines
        out["obligations"] = extraction.obligations
    if source.encoding:
        out["source"]["encoding"] = source.encoding
        confidence = getattr(source, "encoding_confidence", None)  # text inputs (TextSource)
        if confidence:
            out["source"]["encoding_confidence"] = confidence
    if source.warnings:
        out["warnings"] = list(source.warnings)
    return out


def _all_repairs(normalized: NormalizedText) -> list[Repair]:
    """Normalization's repairs and the text reader's `encoding` ones, in text order."""
    from .decoding import encoding_repairs

    extra = encoding_repairs(normalized)
    if not extra:
        return normalized.repairs
    return sorted(normalized.repairs + extra, key=lambda r: (r.span[0], r.span[1]))


def _page_lookup(normalized: NormalizedText):
    return normalized.page_at


def _signatory(s: Signatory) -> dict[str, Any]:
    out: dict[str, Any] = {"role": s.role, "name": s.name}
    if s.span:
        out["span"] = list(s.span)
    return out


def _metadata(meta: Metadata) -> dict[str, Any]:
    return {
        "act_type": meta.act_type, "act_type_kk": meta.act_type_kk, "issuer": meta.issuer,
        "date": meta.date, "number": meta.number, "title": meta.title, "language": meta.language,
        "place": meta.place, "signatories": [_signatory(s) for s in meta.signatories],
    }


def _component(c: Component, page_at) -> dict[str, Any]:
    return {
        "eid": c.eid, "type": c.type, "type_kk": c.type_kk, "title": c.title, "draft": c.draft,
        "approval": c.approval, "span": list(c.span),
        "signatories": [_signatory(s) for s in c.signatories],
        "preamble": c.preamble, "enacting_formula": c.enacting_formula,
        "notes": [{"text": n.text, "span": list(n.span), "after": n.after} for n in c.notes],
        "units": [_unit(u, page_at) for u in c.units],
    }


def _unit(u: Unit, page_at) -> dict[str, Any]:
    return {
        "eid": u.eid, "kind": u.kind, "num": u.num, "heading": u.heading, "text": u.text,
        "span": list(u.span), "text_span": list(u.text_span),
        "page": u.page if u.page is not None else page_at(u.span[0]),
        "children": [_unit(child, page_at) for child in u.children],
    }


def _repair(repair: Repair) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": repair.kind, "span": list(repair.span),
                           "before": repair.before, "after": repair.after}
    if repair.page is not None:
        out["page"] = repair.page
    if repair.note:
        out["note"] = repair.note
    return out


def dumps(document: dict[str, Any]) -> str:
    """Serialize deterministically: same input, same bytes.

    One top-level key per line and one list entry per line, each entry compact:
    diffs of committed outputs stay readable, and the entries go through the C
    encoder (an `indent=` would make json fall back to its pure-Python one).
    """
    return dump_bytes(document).decode("utf-8")


def dump_bytes(document: dict[str, Any]) -> bytes:
    """`dumps` encoded in UTF-8, built entry by entry as bytes: a long act's JSON is tens
    of megabytes, and the text of it (and its lines, joined) would be held several times."""
    lines = [b"{"]
    add = lines.append
    items = list(document.items())
    for i, (key, value) in enumerate(items):
        comma = b"," if i < len(items) - 1 else b""
        name = _encode(key)
        if isinstance(value, list) and value:
            add(b" " + name + b": [")
            last = len(value) - 1
            for k, entry in enumerate(value):
                add(b"  " + _encode(entry) + (b"," if k < last else b""))
            add(b" ]" + comma)
        else:
            add(b" " + name + b": " + _encode(value) + comma)
    add(b"}\n")
    return b"\n".join(lines)


def _encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")
