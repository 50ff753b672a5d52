"""The chain of stages on a string, and the invariants every output document must keep.

Shared by the property-based and the pathological-input tests: whatever text
goes in, every span of the output indexes into `text`, unit spans nest, and
each recorded string is the text its span points at.
"""

from __future__ import annotations

from typing import Any

from helpers import text_doc

from pipeline.export.json import document_dict
from pipeline.extract import extract
from pipeline.normalize import normalize
from pipeline.segment import segment


def convert_text(text: str) -> dict[str, Any]:
    """Run split_pages → normalize → segment → extract → export on a string."""
    normalized = normalize(text_doc(text))
    structure = segment(normalized)
    extraction = extract(structure, normalized.text)
    return document_dict("made-up", normalized, structure, extraction)


def _inside(span: list[int], n: int, what: str) -> None:
    assert len(span) == 2, f"{what}: span {span!r} is not a pair"
    start, end = span
    assert 0 <= start <= end <= n, f"{what}: span {span!r} outside text of length {n}"


def check_document(doc: dict[str, Any]) -> None:
    """Assert every invariant of an output document (AssertionError names the broken one)."""
    text = doc["text"]
    n = len(text)
    for r in doc["repairs"]:
        _inside(r["span"], n, f"repair {r['kind']}")
        start, end = r["span"]
        assert text[start:end] == r["after"], f"repair {r}: text[span]={text[start:end]!r}"
    for line in doc["lines"]:
        _inside(line["span"], n, "line")
    for page in doc["pages"]:
        _inside(page["span"], n, "page")
    for component in doc["components"]:
        _inside(component["span"], n, f"component {component['eid']}")
        for s in component["signatories"]:
            if "span" in s:
                _inside(s["span"], n, "signatory")
                assert text[s["span"][0]:s["span"][1]] == s["name"]
        for note in component["notes"]:
            _inside(note["span"], n, "note")
            assert text[note["span"][0]:note["span"][1]] == note["text"], note
        _check_units(component["units"], text, component["span"], component["eid"])
    for d in doc["definitions"]:
        _inside(d["span"], n, "definition")
        _inside(d["term_span"], n, "definition term")
    for r in doc["references"]:
        _inside(r["span"], n, "reference")
        assert text[r["span"][0]:r["span"][1]] == r["text"], r
    for d in doc["deadlines"]:
        _inside(d["span"], n, "deadline")
        assert text[d["span"][0]:d["span"][1]] == d["text"], d
    for o in doc["obligations"]:
        _inside(o["span"], n, "obligation")
        start, end = o["span"]
        assert text[start:end] == o["text"], f"obligation {o['id']}: {text[start:end]!r}"
        if o["actor"] and "span" in o["actor"]:
            _inside(o["actor"]["span"], n, f"actor of {o['id']}")
        if o["deadline"]:
            _inside(o["deadline"]["span"], n, f"deadline of {o['id']}")
            start, end = o["deadline"]["span"]
            assert text[start:end] == o["deadline"]["text"], o


def _check_units(units: list[dict[str, Any]], text: str, parent: list[int], where: str) -> None:
    """Units lie inside their parent, in order, without overlapping; their text is theirs."""
    prev_end = parent[0]
    for u in units:
        eid = u["eid"]
        _inside(u["span"], len(text), eid)
        _inside(u["text_span"], len(text), f"{eid} text")
        start, end = u["span"]
        assert parent[0] <= start <= end <= parent[1], f"{eid} {u['span']} outside {where} {parent}"
        assert start >= prev_end, f"{eid} {u['span']} overlaps its previous sibling (ends {prev_end})"
        ts, te = u["text_span"]
        assert start <= ts <= te <= end, f"{eid}: text_span {u['text_span']} outside span {u['span']}"
        assert text[ts:te] == u["text"], f"{eid}: text[text_span]={text[ts:te]!r} != {u['text']!r}"
        _check_units(u["children"], text, u["span"], eid)
        prev_end = end
