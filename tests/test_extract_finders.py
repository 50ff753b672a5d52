"""`extract` runs the components' functions without spaCy and gets what the spaCy
components give: the same items, or spaCy itself where its spans could differ."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

import pipeline.extract.finders as finders
from pipeline.extract import _list_contexts, _run, extract, kazakh_pipeline
from pipeline.extract.deadlines import Deadline
from pipeline.extract.finders import UnitContext, find_in_unit
from pipeline.ingest import read
from pipeline.normalize import normalize
from pipeline.segment import segment


def components_found(text: str, context: UnitContext):
    """What the spaCy components put in their span groups, payloads in order."""
    doc = _run(kazakh_pipeline(), text, context)
    return tuple([s._.kazlegal for s in doc.spans[f"kazlegal_{what}"]]
                 for what in ("deadlines", "obligations", "references"))


def unit_texts():
    for path in SAMPLES:
        normalized = normalize(read(path))
        for component in segment(normalized).components:
            contexts = _list_contexts(component, normalized.text)
            for unit in component.walk():
                yield unit.text, contexts.get(unit.eid, UnitContext())


def test_plain_functions_find_what_the_components_find():
    checked = 0
    for text, context in unit_texts():
        for variant in (text, f" {text}", text.replace(" ", "  ", 2), text.replace(" ", "\n", 1)):
            found = find_in_unit(variant, context)
            if found is not None:
                assert repr(found) == repr(components_found(variant, context))
                checked += 1
    assert checked > 100


def _deadline(start: int, end: int, text: str) -> Deadline:
    return Deadline(text[start:end], start, end, "within", "P1D")


@pytest.mark.parametrize("items", [
    [(0, 3), (1, 3)],  # both in the run `Бір` ... `екі`: one token span for spaCy
    [(4, 8), (3, 8)],  # a start in white space belongs to the next run
    [(0, 30)],  # outside the text: spaCy drops it
])
def test_items_spacy_could_merge_or_drop_go_through_spacy(monkeypatch, items):
    text = "Бір екі үш"
    monkeypatch.setattr(finders, "find_deadlines",
                        lambda t: [_deadline(a, b, t) for a, b in items])
    assert find_in_unit(text) is None


def test_items_in_distinct_runs_need_no_spacy(monkeypatch):
    text = "Бір екі үш"
    monkeypatch.setattr(finders, "find_deadlines",
                        lambda t: [_deadline(0, 3, t), _deadline(4, 10, t)])
    found = find_in_unit(text)
    assert found is not None and [d.start for d in found[0]] == [0, 4]


def test_extract_falls_back_to_the_components(monkeypatch):
    normalized = normalize(read(SAMPLES[1]))
    structure = segment(normalized)
    expected = extract(structure, normalized.text)
    monkeypatch.setattr(finders, "find_in_unit", lambda text, context=None: None)
    monkeypatch.setattr("pipeline.extract.find_in_unit", lambda text, context=None: None)
    assert extract(structure, normalized.text) == expected
