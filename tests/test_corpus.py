"""pipeline.corpus: `load` over the real outputs in outputs/, and the Corpus it returns."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.corpus import Corpus, load
from pipeline.tables import COLUMNS, DocumentLoadError

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
# every output, as `load` finds them (not the cache index); the dev corpus's PDF and text
# outputs of one act share its doc_id
FILES = sorted(p for p in OUTPUTS.rglob("*.json") if not p.name.startswith("."))
DOC_IDS = list(dict.fromkeys(p.stem for p in FILES))
MINISTRY = "004_bf19102da68730c0"


def raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_load_folder_file_and_list():
    whole = load(OUTPUTS)
    assert whole.doc_ids == DOC_IDS
    assert len(whole) == len(FILES) >= 2
    assert load(str(OUTPUTS) + "/").doc_ids == whole.doc_ids  # the README's "outputs/"

    single = load(FILES[1])
    assert single.doc_ids == [FILES[1].stem]
    assert len(single.obligations) == len(raw(FILES[1])["obligations"])

    # a list keeps the given order; folder and file naming the same output count it once
    listed = load([str(FILES[1]), FILES[0]])
    assert listed.doc_ids == [FILES[1].stem, FILES[0].stem]
    assert load([OUTPUTS, FILES[0]]).doc_ids == whole.doc_ids


def test_readme_query_finds_the_ministrys_obligations():
    found = load("outputs/" if Path.cwd() == ROOT else OUTPUTS).obligations.query(
        "actor == 'Министрлік'")
    expected = [(d["doc_id"], o["id"]) for d in map(raw, FILES) for o in d["obligations"]
                if (o.get("actor") or {}).get("canonical") == "Министрлік"]
    assert list(zip(found["doc_id"], found["id"])) == expected
    assert len(found) >= 8
    assert set(found["doc_id"]) == {MINISTRY}
    # the canonical actor comes from the definition "(бұдан әрі - Министрлік)"; the text varies
    assert "Министрлік" in set(found["actor_text"])
    assert found["actor_text"].str.contains("инистр").all()


def test_obligation_columns_and_dtypes():
    obligations = load(OUTPUTS).obligations
    required = ["doc_id", "unit", "modality", "actor", "actor_text", "action",
                "deadline_relation", "deadline_duration", "deadline_recurrence",
                "deadline_working_days", "deadline_anchor", "start", "end", "page"]
    assert set(required) <= set(obligations.columns)
    assert {c: str(t) for c, t in obligations.dtypes.items()} == {
        c: str(pd.Series([], dtype=d).dtype) for c, d in COLUMNS["obligations"].items()}
    assert str(obligations["start"].dtype) == "Int64"
    assert str(obligations["deadline_working_days"].dtype) == "boolean"
    assert obligations["page"].notna().all() and (obligations["start"] < obligations["end"]).all()
    assert set(obligations["modality"]) <= {"obligation", "permission", "prohibition"}
    # a flattened deadline matches the document's own
    first = next(o for d in map(raw, FILES) for o in d["obligations"] if o.get("deadline"))
    row = obligations[obligations["id"] == first["id"]].iloc[0]
    assert row["deadline_relation"] == first["deadline"]["relation"]
    assert row["deadline_duration"] == first["deadline"]["duration"]


def test_every_table_is_a_property_built_once():
    corpus = load(OUTPUTS)
    for name in COLUMNS:
        frame = getattr(corpus, name)
        assert isinstance(frame, pd.DataFrame)
        assert list(frame.columns) == list(COLUMNS[name])
        assert getattr(corpus, name) is frame  # cached, not rebuilt
        assert corpus.table(name) is frame
    assert len(corpus.documents) == len(corpus)
    assert len(corpus.units) > len(corpus.obligations) > 0
    assert len(corpus.definitions) > 0 and len(corpus.references) > 0 and len(corpus.deadlines) > 0
    with pytest.raises(KeyError, match="no table 'laws'"):
        corpus.table("laws")


def test_repr_counts_documents_and_obligations():
    corpus = load(OUTPUTS)
    n = sum(len(raw(p)["obligations"]) for p in FILES)
    assert repr(corpus) == f"<Corpus: {len(FILES)} documents, {n} obligations>"
    assert repr(Corpus([{"doc_id": "a", "obligations": [{}]}])) == (
        "<Corpus: 1 document, 1 obligation>")


def test_document_returns_the_raw_dict():
    corpus = load(OUTPUTS)
    document = corpus.document(MINISTRY)
    assert document == raw(OUTPUTS / f"{MINISTRY}.json")
    assert document["text"][:10] == raw(OUTPUTS / f"{MINISTRY}.json")["text"][:10]
    with pytest.raises(KeyError, match="no document 'nope'"):
        corpus.document("nope")


def test_load_errors(tmp_path):
    with pytest.raises(DocumentLoadError, match="no such file or folder"):
        load(tmp_path / "missing")
    # the same document under two names: joins on doc_id would be ambiguous
    shutil.copy(FILES[0], tmp_path / "a.json")
    shutil.copy(FILES[0], tmp_path / "b.json")
    with pytest.raises(DocumentLoadError, match=f"two documents with doc_id '{FILES[0].stem}'"):
        load(tmp_path)


def test_empty_corpus_keeps_columns():
    corpus = Corpus([])
    assert len(corpus) == 0 and repr(corpus) == "<Corpus: 0 documents, 0 obligations>"
    assert list(corpus.obligations.columns) == list(COLUMNS["obligations"])
    assert corpus.obligations.query("actor == 'Министрлік'").empty


def test_importing_the_module_does_not_import_pandas():
    # `from .corpus import load` in pipeline/__init__.py must keep `import pipeline` cheap
    code = ("import sys, pipeline; before = 'pandas' in sys.modules; import pipeline.corpus; "
            "assert before or 'pandas' not in sys.modules, 'pipeline.corpus imports pandas'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_pipeline_load_is_the_corpus_loader():
    import pipeline

    assert pipeline.load is load
