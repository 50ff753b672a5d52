"""The published JSON Schema itself: it is a valid 2020-12 schema, it accepts a full document,
and it rejects the mistakes it is there to catch. The document below is a made-up example."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json").read_text("utf-8")
)
TEXT = "ҚАУЛЫ\n1. Министрлік бір ай ішінде есеп береді.\n2. Министрлік:\n1) жоспар;\nАбзац.\n"


def full_document() -> dict:
    """Made up: a one-component resolution with every key of the contract filled in."""
    deadline = {"relation": "within", "duration": "P1M", "recurrence": None,
                "working_days": False, "anchor": None}
    return {
        "schema_version": "1", "doc_id": "made_up",
        "source": {"path": "made_up.txt", "sha256": "0" * 64, "format": "text", "pages": 1,
                   "encoding": "utf-8"},
        "text": TEXT, "repairs": [], "pages": [{"page": 1, "span": [0, len(TEXT)]}],
        "lines": [{"span": [0, 5], "page": 1, "line": 1}],
        "metadata": {"act_type": "resolution", "act_type_kk": "қаулы",
                     "issuer": "Қазақстан Республикасының Үкіметі", "date": "2012-05-29",
                     "number": "696-1", "title": "Есеп беру туралы", "language": "kk",
                     "place": None,
                     "signatories": [{"role": "Премьер-Министр", "name": "К. Мәсімов",
                                      "span": [70, 80]}]},
        "components": [{
            "eid": "main", "type": "resolution", "type_kk": "қаулы", "title": "Есеп беру туралы",
            "draft": False, "approval": None, "span": [0, len(TEXT)], "signatories": [],
            "preamble": None, "enacting_formula": "ҚАУЛЫ ЕТЕДІ:",
            "notes": [{"text": "Ескерту.", "span": [0, 5], "after": "main/para_1"}],
            "units": [
                {"eid": "main/para_1", "kind": "para", "num": "1", "heading": None,
                 "text": "Министрлік бір ай ішінде есеп береді.", "span": [6, 47],
                 "text_span": [9, 47], "page": 1, "children": []},
                {"eid": "main/para_2", "kind": "para", "num": "2", "heading": None,
                 "text": "Министрлік:", "span": [48, 80], "text_span": [51, 62], "page": 1,
                 "children": [
                     {"eid": "main/para_2/subpara_1", "kind": "subpara", "num": "1",
                      "heading": None, "text": "жоспар;", "span": [63, 73],
                      "text_span": [66, 73], "page": 1, "children": []},
                     {"eid": "main/para_2/indent_1", "kind": "indent", "num": None,
                      "heading": None, "text": "Абзац.", "span": [74, 80],
                      "text_span": [74, 80], "page": None, "children": []}]}]}],
        "definitions": [{"term": "Министрлік", "expansion": "Қаржы министрлігі",
                         "component": "main", "unit": "main/para_1", "span": [9, 19]}],
        "references": [{"unit": "main/para_2", "text": "осы тармақ", "span": [51, 60],
                        "target": "main/para_2", "external": None}],
        "deadlines": [{"unit": "main/para_1", "text": "бір ай ішінде", "span": [20, 33],
                       **deadline}],
        "obligations": [{"id": "ob_1", "unit": "main/para_1", "modality": "obligation",
                         "actor": {"text": "Министрлік", "canonical": "министрлік"},
                         "action": "есеп береді", "trigger": None, "deadline": deadline,
                         "condition": None, "span": [9, 47]}],
    }


def errors(document: dict) -> list[str]:
    return [e.message for e in Draft202012Validator(SCHEMA).iter_errors(document)]


def test_schema_is_a_valid_2020_12_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_full_document_validates():
    assert errors(full_document()) == []


def test_extraction_lists_are_optional_but_structure_is_required():
    document = full_document()
    for key in ("definitions", "references", "deadlines", "obligations"):
        del document[key]
    assert errors(document) == []
    del document["components"]
    assert errors(document)


def _first_sub_point(document: dict) -> dict:
    return document["components"][0]["units"][1]["children"][0]


@pytest.mark.parametrize("mutate", [
    lambda d: _first_sub_point(d).update(eid="main/para_2/clause_1"),   # unknown eid kind
    lambda d: _first_sub_point(d).update(kind="item"),                  # unknown unit kind
    lambda d: _first_sub_point(d).update(kind="para"),                  # kind disagrees with eid
    lambda d: d["components"][0].update(eid="appendix_1"),              # bad component eid
    lambda d: d["metadata"].update(date="29.05.2012"),                  # not ISO 8601
    lambda d: d["obligations"][0].update(modality="duty"),
    lambda d: d["deadlines"][0].update(duration="one month"),
], ids=["eid_kind", "unit_kind", "kind_vs_eid", "component_eid", "date", "modality", "duration"])
def test_schema_rejects_bad_documents(mutate):
    document = copy.deepcopy(full_document())
    mutate(document)
    assert errors(document)
