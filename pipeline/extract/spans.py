"""spaCy plumbing shared by the components of every language.

Each component writes a span group `doc.spans["kazlegal_<what>"]` whose spans carry
their payload (a `Deadline`, an `ObligationFound`, ...) in `span._.kazlegal`; the
unit's context comes in `doc._.kazlegal_context`. The group names are the same in
every language, so a reader of the spans need not know which language made them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .base import UnitContext


def _payload_key(span: Span) -> tuple:
    # spaCy keys a span's extension values by its offsets alone: a clause that is all
    # deadline (`қол қойылған күнінен бастап`) would share one value between two groups,
    # and `9 және 10-баптарында` (two references, one text) between two spans of one group
    return ("kazlegal", span.label_, span.id, span.start_char, span.end_char)


def _get_payload(span: Span):
    return span.doc.user_data.get(_payload_key(span))


def _set_payload(span: Span, value) -> None:
    span.doc.user_data[_payload_key(span)] = value


if not Span.has_extension("kazlegal"):
    Span.set_extension("kazlegal", getter=_get_payload, setter=_set_payload)
if not Doc.has_extension("kazlegal_context"):
    Doc.set_extension("kazlegal_context", default=None)


def make_span(doc: Doc, start: int, end: int, label: str, payload, n: int = 0) -> Span | None:
    """A span carrying `payload`; `n` tells apart spans of one group over the same text."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand", span_id=n)
    if span is not None:
        span._.kazlegal = payload
    return span


def unit_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `Doc.text` re-joins every token on each access."""
    text = doc.user_data.get("kazlegal_text")
    if text is None:
        text = doc.user_data["kazlegal_text"] = doc.text
    return text


def unit_context(doc: Doc) -> UnitContext:
    return doc._.kazlegal_context or UnitContext()


def set_group(doc: Doc, key: str, label: str, found) -> Doc:
    """`doc.spans[key]`: one span per found item (with a start and an end), carrying it."""
    spans = [make_span(doc, item.start, item.end, label, item, n) for n, item in enumerate(found)]
    doc.spans[key] = [s for s in spans if s is not None]
    return doc


def set_obligations(doc: Doc, found) -> Doc:
    """`doc.spans["kazlegal_obligations"]`: one span per duty-bearing clause, labelled by
    its modality."""
    spans = []
    for item in found:
        span = make_span(doc, item.clause.start, item.clause.end, item.modality.upper(), item)
        if span is not None:
            spans.append(span)
    doc.spans["kazlegal_obligations"] = spans
    return doc
