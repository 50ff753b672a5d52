"""pipeline.tables: output documents flattened into pandas tables, and reading output files.

The documents here are made-up examples, small output dicts shaped like the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.tables import (
    COLUMNS,
    DocumentLoadError,
    PageMap,
    empty_tables,
    find_outputs,
    load_documents,
    read_document,
    tables,
)

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"
TEXT = ("ҚАУЛЫ\n"
        "1. Министрлік бір ай ішінде есеп береді.\n"
        "2. Министрлік:\n"
        "1) жоспар;\n"
        "Абзац.\n")


def made_up_document(doc_id: str = "made_up") -> dict:
    """Made up: a two-page resolution with one of everything the tables flatten."""
    return {
        "schema_version": "1", "doc_id": doc_id,
        "source": {"path": f"corpora/{doc_id}.txt", "sha256": "0" * 64, "format": "text",
                   "pages": 2},
        "text": TEXT, "repairs": [],
        "pages": [{"page": 1, "span": [0, 47]}, {"page": 2, "span": [48, len(TEXT)]}],
        "lines": [],
        "metadata": {"act_type": "resolution", "issuer": "Қазақстан Республикасының Үкіметі",
                     "date": "2012-05-29", "number": "696-1", "title": "Есеп беру туралы",
                     "language": "kk", "signatories": []},
        "components": [{
            "eid": "main", "type": "resolution", "title": None, "draft": False,
            "approval": None, "span": [0, len(TEXT)], "signatories": [],
            "units": [
                {"eid": "main/para_1", "kind": "para", "num": "1", "heading": None,
                 "text": "Министрлік бір ай ішінде есеп береді.", "span": [6, 47],
                 "text_span": [9, 47], "page": 1, "children": []},
                {"eid": "main/para_2", "kind": "para", "num": "2", "heading": None,
                 "text": "Министрлік:", "span": [48, 79], "text_span": [51, 62], "page": 2,
                 "children": [
                     {"eid": "main/para_2/subpara_1", "kind": "subpara", "num": "1",
                      "heading": None, "text": "жоспар;", "span": [63, 73],
                      "text_span": [66, 73], "page": None, "children": []},
                     {"eid": "main/para_2/indent_1", "kind": "indent", "num": None,
                      "heading": None, "text": "Абзац.", "span": [74, 79],
                      "text_span": [74, 79], "page": None, "children": []}]}]}],
        "definitions": [{"term": "Министрлік", "expansion": "Қаржы министрлігі",
                         "component": "main", "unit": "main/para_1", "span": [9, 19]}],
        "references": [
            {"unit": "main/para_2", "text": "осы тармақ", "span": [51, 60],
             "target": "main/para_2", "external": None},
            {"unit": "main/para_2", "text": "Заңы", "span": [51, 55], "target": None,
             "external": {"type": "law", "number": "1", "date": "2002-03-07"}}],
        "deadlines": [{"unit": "main/para_1", "text": "бір ай ішінде", "span": [20, 33],
                       "relation": "within", "duration": "P1M", "recurrence": None,
                       "working_days": False, "anchor": None}],
        "obligations": [
            {"id": "ob_1", "unit": "main/para_1", "modality": "obligation",
             "actor": {"text": "Министрлік", "canonical": "Министрлік"}, "action": "есеп береді",
             "trigger": None, "condition": None, "span": [9, 47],
             "deadline": {"relation": "within", "duration": "P1M", "recurrence": None,
                          "working_days": False, "anchor": None, "text": "бір ай ішінде"}},
            {"id": "ob_2", "unit": "main/para_2/subpara_1", "modality": "obligation",
             "actor": {"text": "Министрлік", "canonical": None}, "action": "жоспар",
             "trigger": None, "condition": None, "span": [63, 73], "deadline": None}],
    }


def test_columns_are_fixed_in_order_and_dtype():
    t = tables([made_up_document()])
    assert list(t) == ["documents", "units", "obligations", "deadlines", "definitions",
                       "references"]
    for name, frame in t.items():
        assert list(frame.columns) == list(COLUMNS[name])
        assert {c: str(frame[c].dtype) for c in frame} == {
            c: ("datetime64[ns]" if d == "datetime64[ns]" else str(pd.Series([], dtype=d).dtype))
            for c, d in COLUMNS[name].items()}


def test_empty_tables_keep_columns_and_dtypes():
    empty = empty_tables()
    full = tables([made_up_document()])
    for name in COLUMNS:
        assert len(empty[name]) == 0
        assert empty[name].dtypes.equals(full[name].dtypes)


def test_documents_table():
    row = tables([made_up_document()])["documents"].iloc[0]
    assert row["doc_id"] == "made_up"
    assert row["date"] == pd.Timestamp("2012-05-29")
    assert row["pages"] == 2 and row["path"] == "corpora/made_up.txt"
    assert row["number"] == "696-1"


def test_units_in_reading_order_with_parent_depth_and_page():
    units = tables([made_up_document()])["units"]
    assert units["eid"].tolist() == ["main/para_1", "main/para_2", "main/para_2/subpara_1",
                                     "main/para_2/indent_1"]
    assert units["parent"].tolist()[2:] == ["main/para_2", "main/para_2"]
    assert units["parent"].isna().tolist()[:2] == [True, True]
    assert units["depth"].tolist() == [1, 1, 2, 2]
    # the page comes from the pages map at the span start, also where the unit has none
    assert units["page"].tolist() == [1, 2, 2, 2]
    assert units["component"].unique().tolist() == ["main"]
    assert units.loc[0, "start"] == 6 and units.loc[0, "end"] == 47


def test_obligations_flatten_actor_and_deadline():
    ob = tables([made_up_document()])["obligations"]
    assert ob["id"].tolist() == ["ob_1", "ob_2"]
    assert ob.loc[0, "actor"] == "Министрлік"
    assert pd.isna(ob.loc[1, "actor"]) and ob.loc[1, "actor_text"] == "Министрлік"
    assert ob.loc[0, "deadline_relation"] == "within"
    assert ob.loc[0, "deadline_duration"] == "P1M"
    assert not ob.loc[0, "deadline_working_days"]
    assert pd.isna(ob.loc[1, "deadline_working_days"])
    assert ob.loc[0, "deadline_text"] == "бір ай ішінде"
    assert ob["page"].tolist() == [1, 2]
    # the query the design promises researchers
    assert ob.query("actor == 'Министрлік'")["id"].tolist() == ["ob_1"]


def test_deadlines_definitions_references():
    t = tables([made_up_document()])
    assert t["deadlines"].iloc[0][["relation", "duration", "page"]].tolist() == ["within", "P1M", 1]
    assert t["definitions"].iloc[0][["term", "component", "start", "end"]].tolist() == [
        "Министрлік", "main", 9, 19]
    refs = t["references"]
    assert pd.isna(refs.loc[0, "external"])
    assert json.loads(refs.loc[1, "external"]) == {"type": "law", "number": "1",
                                                   "date": "2002-03-07"}
    assert refs.loc[0, "target"] == "main/para_2"


def test_rows_of_many_documents_keep_document_order():
    t = tables([made_up_document("b"), made_up_document("a")])
    assert t["documents"]["doc_id"].tolist() == ["b", "a"]
    assert t["units"]["doc_id"].tolist() == ["b"] * 4 + ["a"] * 4


def test_wrong_types_become_missing_instead_of_failing():
    doc = made_up_document()
    doc["metadata"]["date"] = "29 мамыр"
    doc["source"]["pages"] = "two"
    doc["obligations"][0]["deadline"]["working_days"] = "no"
    del doc["definitions"][0]["span"]
    t = tables([doc])
    assert pd.isna(t["documents"].loc[0, "date"]) and pd.isna(t["documents"].loc[0, "pages"])
    assert pd.isna(t["obligations"].loc[0, "deadline_working_days"])
    assert pd.isna(t["definitions"].loc[0, "start"])


def test_page_map_offsets_between_and_before_stretches():
    pages = PageMap([{"page": 1, "span": [0, 10]}, {"page": 2, "span": [11, 20]}])
    assert [pages.page_at(o) for o in (0, 9, 10, 11, 19, 25)] == [1, 1, 1, 2, 2, 2]
    assert pages.page_at(None) is None
    assert PageMap([]).page_at(3) is None


def test_real_outputs_flatten():
    documents = load_documents([OUTPUTS])
    t = tables(documents)
    outputs = [p for p in OUTPUTS.rglob("*.json") if not p.name.startswith(".")]
    # the PDF and the text of one act share a doc_id (the input stem)
    assert sorted(t["documents"]["doc_id"].tolist()) == sorted(p.stem for p in outputs)

    def count(units):
        return sum(1 + count(u["children"]) for u in units)

    assert len(t["units"]) == sum(count(c["units"]) for d in documents for c in d["components"])
    for document in documents:  # eids are unique within each output document
        assert tables([document])["units"]["eid"].is_unique, document["source"]["path"]
    assert t["units"]["page"].notna().all()


# --- reading files ---------------------------------------------------------------------------

def test_load_documents_reads_files_and_folders_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b", "a", "sub/c"):
        (tmp_path / f"{name}.json").write_text(json.dumps(made_up_document(Path(name).name)))
    (tmp_path / "note.xml").write_text("<x/>")
    assert [d["doc_id"] for d in load_documents([tmp_path])] == ["a", "b", "c"]
    # a file named twice is read once
    assert len(find_outputs([tmp_path, tmp_path / "a.json"])) == 3


def test_load_errors_are_one_line(tmp_path):
    with pytest.raises(DocumentLoadError, match=r"^missing\.json: no such file or folder$"):
        find_outputs(["missing.json"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(DocumentLoadError, match="folder holds no .json outputs"):
        find_outputs([tmp_path / "empty"])
    bad = tmp_path / "bad.json"
    bad.write_text('{"doc_id": "x",\n  oops}', encoding="utf-8")
    with pytest.raises(DocumentLoadError) as exc:
        read_document(bad)
    assert str(exc.value) == f"{bad}: not valid JSON: line 2, column 3: Expecting property name enclosed in double quotes"
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]")
    with pytest.raises(DocumentLoadError, match="top level is not an object"):
        read_document(listing)
    binary = tmp_path / "latin.json"
    binary.write_bytes(b"\xff\xfe{}")
    with pytest.raises(DocumentLoadError, match="cannot read"):
        read_document(binary)
