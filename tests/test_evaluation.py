"""The evaluator follows FORMAT.md: optional gold entries neither reward nor penalize.

Gold and outputs here are made-up miniatures in the shape of the real files.
"""

from pipeline.evaluation.extraction import score_references
from pipeline.evaluation.structure import score_units


def _output(*eids: str) -> dict:
    units = [{"eid": eid, "kind": eid.rsplit("/", 1)[-1].split("_")[0], "text": "Мәтін",
              "children": []} for eid in eids]
    return {"components": [{"eid": "main", "units": units}]}


GOLD_UNITS = {"units": [
    {"eid": "main/para_1", "starts": "Мәтін"},
    {"eid": "main/para_2", "starts": "Мәтін"},
    {"eid": "main/para_3", "starts": "____", "optional": True},  # a blank numbered line of a form
]}


def test_optional_unit_missing_is_not_a_miss():
    scores = score_units(GOLD_UNITS, _output("main/para_1", "main/para_2"))
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)
    assert scores["missing"] == []


def test_optional_unit_found_is_not_an_extra():
    scores = score_units(GOLD_UNITS, _output("main/para_1", "main/para_2", "main/para_3"))
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)
    assert scores["extra"] == []


def test_required_units_still_count():
    scores = score_units(GOLD_UNITS, _output("main/para_1", "main/para_4"))
    assert scores["recall"] == 0.5 and scores["precision"] == 0.5
    assert scores["missing"] == ["main/para_2"] and scores["extra"] == ["main/para_4"]


def test_optional_reference_is_not_required():
    gold = {"references": [
        {"unit": "main/para_1", "target": "annex_1"},
        {"unit": "main/para_2", "target": "main/para_1", "optional": True},
    ]}
    found = {"references": [{"unit": "main/para_1", "target": "annex_1"}]}
    assert score_references(gold, found)["accuracy"] == 1.0
    assert score_references(gold, {"references": []})["accuracy"] == 0.0


def test_actor_of_an_optional_obligation_is_not_scored():
    from pipeline.evaluation.extraction import score_obligations

    gold = {"obligations": [
        {"unit": "main/para_1", "modality": "obligation", "actor_head": "министрлік"},
        {"unit": "main/para_2", "modality": "obligation", "actor_head": "комиссия",
         "optional": True},
    ]}
    found = {"obligations": [
        {"unit": "main/para_1", "modality": "obligation", "actor": {"canonical": "Министрлік"}},
        {"unit": "main/para_2", "modality": "obligation", "actor": {"canonical": "Кеңес"}},
    ]}
    scores = score_obligations(gold, found)
    assert scores["actor"] == 1.0 and scores["actor_counts"] == [1, 1]
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)
