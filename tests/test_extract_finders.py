"""`extract` calls the components' functions without spaCy (a conversion need not load
it) and gets what the spaCy components give: the same items, in the same order."""

from __future__ import annotations

from conftest import CORPORA, SAMPLES

from pipeline.extract import KAZAKH, _list_contexts, rules_for
from pipeline.extract.base import UnitContext
from pipeline.extract.finders import spans_text
from pipeline.ingest import read
from pipeline.normalize import normalize
from pipeline.segment import segment

RUSSIAN_TEXTS = sorted((CORPORA / "dev" / "ru" / "text").glob("*.txt"))[:2]


def components_found(rules, text: str, context: UnitContext):
    """What the spaCy components put in their span groups, payloads in order."""
    nlp = rules.pipeline()
    doc = nlp.make_doc(text)
    doc._.kazlegal_context = context
    doc.user_data["kazlegal_text"] = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return tuple([s._.kazlegal for s in doc.spans[f"kazlegal_{what}"]]
                 for what in ("deadlines", "obligations", "references"))


def unit_texts(paths):
    for path in paths:
        normalized = normalize(read(path))
        structure = segment(normalized)
        rules = rules_for(structure.metadata.language or "kk")
        for component in structure.components:
            contexts = _list_contexts(component, rules)
            for unit in component.walk():
                yield rules, unit.text, contexts.get(unit.eid, UnitContext())


def test_plain_functions_find_what_the_components_find_in_both_languages():
    checked = {"kk": 0, "ru": 0}
    for rules, text, context in unit_texts([*SAMPLES, *RUSSIAN_TEXTS]):
        # white space moved about: spaCy's tokens change, the items must not
        for variant in (text, f" {text}", text.replace(" ", "  ", 2), text.replace(" ", "\n", 1)):
            found = rules.find_in_unit(variant, context)
            assert repr(found) == repr(components_found(rules, variant, context))
            checked[rules.code] += 1
    assert checked["kk"] > 100 and (not RUSSIAN_TEXTS or checked["ru"] > 100)


def test_an_item_spacy_cannot_hold_is_left_out():
    text = "Бір екі үш"
    assert spans_text(0, 3, text) and spans_text(4, 10, text)
    assert not spans_text(0, 30, text)  # outside the text
    assert not spans_text(3, 4, text)  # white space only: no token to hold it
    assert not spans_text(5, 5, text)


def test_the_kazakh_rules_are_the_default():
    assert rules_for("kk") is KAZAKH
    assert rules_for("en") is KAZAKH
    assert rules_for("ru").code == "ru"
