"""pipeline.export.parquet: per-document parquet files of the tables, read back as a corpus.

Real outputs come from outputs/; the small documents here are made-up examples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.export.parquet import SCHEMAS, parquet_files, read_parquet_tables, write_parquet
from pipeline.tables import COLUMNS, empty_tables, load_documents, tables

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    # the real outputs of one folder: the samples and the dev corpus's PDF outputs (the text
    # outputs of the same acts share their doc_ids, which write_parquet names files by)
    samples = sorted(p for p in OUTPUTS.glob("*.json") if not p.name.startswith("."))
    return load_documents([*samples, OUTPUTS / "dev" / "pdf"])


def made_up(doc_id: str, *, obligations: int = 0, external: bool = False) -> dict:
    """Made up: a one-point act with `obligations` obligations and one reference."""
    text = "1. Министрлік есеп береді.\n"
    return {
        "schema_version": "1", "doc_id": doc_id,
        "source": {"path": f"{doc_id}.txt", "sha256": "0" * 64, "format": "text", "pages": 1},
        "text": text, "repairs": [], "pages": [{"page": 1, "span": [0, len(text)]}],
        "lines": [], "metadata": {"act_type": "resolution", "date": None},
        "components": [{"eid": "main", "units": [
            {"eid": "main/para_1", "kind": "para", "num": "1", "heading": None,
             "text": "Министрлік есеп береді.", "span": [0, 26], "page": 1, "children": []}]}],
        "definitions": [], "deadlines": [],
        "references": [{"unit": "main/para_1", "text": "осы тармақ", "span": [3, 13],
                        "target": None if external else "main/para_1",
                        "external": {"type": "law"} if external else None}],
        "obligations": [
            {"id": f"ob_{i}", "unit": "main/para_1", "modality": "obligation",
             "actor": {"text": "Министрлік", "canonical": "Министрлік"},
             "action": "есеп береді", "trigger": None, "condition": None, "span": [3, 26],
             "deadline": None}
            for i in range(1, obligations + 1)],
    }


def test_roundtrip_of_the_real_outputs(documents, tmp_path):
    written = write_parquet(documents, tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(
        f"parquet/{name}/{d['doc_id']}.parquet" for name in COLUMNS for d in documents)
    expected = tables(documents)
    back = read_parquet_tables(tmp_path)
    assert list(back) == list(expected)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(back[name], expected[name])
        # what the module docstring promises researchers: plain pandas reads the whole corpus
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "parquet" / name), expected[name])
    assert len(back["obligations"]) > 0 and back["obligations"]["doc_id"].nunique() == len(documents)
    # the parquet folder itself is accepted too
    pd.testing.assert_frame_equal(read_parquet_tables(tmp_path / "parquet")["units"],
                                  expected["units"])


def test_bytes_are_deterministic(documents, tmp_path):
    first = write_parquet(documents, tmp_path / "a")
    second = write_parquet(list(reversed(documents)), tmp_path / "b")
    for path in first:
        twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
        assert path.read_bytes() == twin.read_bytes(), path
    assert parquet_files(documents[:1]) == parquet_files(documents[:1])
    assert len(second) == len(first)


def test_every_file_has_the_explicit_schema(documents, tmp_path):
    write_parquet(documents + [made_up("empty")], tmp_path)
    for name in COLUMNS:
        for path in (tmp_path / "parquet" / name).glob("*.parquet"):
            assert pq.read_schema(path).remove_metadata() == SCHEMAS[name], path
    assert SCHEMAS["obligations"].field("deadline_working_days").type == pa.bool_()
    assert SCHEMAS["obligations"].field("page").type == pa.int64()
    assert SCHEMAS["documents"].field("date").type == pa.timestamp("ns")


def test_empty_tables_and_null_only_columns_keep_their_types(tmp_path):
    # no obligations, deadlines or definitions; the date and `external` hold only nulls
    write_parquet([made_up("a")], tmp_path)
    for name in ("obligations", "deadlines", "definitions"):
        path = tmp_path / "parquet" / name / "a.parquet"
        assert pq.read_metadata(path).num_rows == 0
        assert pq.read_schema(path).remove_metadata() == SCHEMAS[name]
    back = read_parquet_tables(tmp_path)
    for name, frame in empty_tables().items():
        assert back[name].dtypes.equals(frame.dtypes), name
    assert back["references"]["external"].isna().all()
    assert str(back["references"]["external"].dtype) == str(empty_tables()["references"]["external"].dtype)
    # a document whose column holds values concatenates with the null-only one
    write_parquet([made_up("b", obligations=2, external=True)], tmp_path)
    refs = pd.read_parquet(tmp_path / "parquet" / "references")
    assert refs["doc_id"].tolist() == ["a", "b"]
    assert refs["external"].isna().tolist() == [True, False]
    assert pd.read_parquet(tmp_path / "parquet" / "obligations")["id"].tolist() == ["ob_1", "ob_2"]


def test_missing_folder_reads_as_empty_tables(tmp_path):
    back = read_parquet_tables(tmp_path)
    for name, frame in empty_tables().items():
        pd.testing.assert_frame_equal(back[name], frame)


def test_rewriting_a_document_replaces_its_files_atomically(tmp_path):
    write_parquet([made_up("a", obligations=3), made_up("b", obligations=1)], tmp_path)
    write_parquet([made_up("a", obligations=0)], tmp_path)  # "a" lost its obligations
    obligations = read_parquet_tables(tmp_path)["obligations"]
    assert obligations["doc_id"].tolist() == ["b"]
    folder = tmp_path / "parquet" / "obligations"
    assert sorted(p.name for p in folder.iterdir()) == ["a.parquet", "b.parquet"]  # no temp files
    # a temporary file of a writer still at work is invisible to readers
    (folder / ".a.parquet.123.tmp").write_bytes(b"half a file")
    assert pd.read_parquet(folder)["doc_id"].tolist() == ["b"]
    assert read_parquet_tables(tmp_path)["obligations"]["doc_id"].tolist() == ["b"]


@pytest.mark.parametrize("doc_id", ["", "../x", "a/b", ".hidden", "_meta", None])
def test_doc_ids_that_cannot_name_a_file_write_nothing(tmp_path, doc_id):
    with pytest.raises(ValueError, match="cannot name a parquet file"):
        write_parquet([made_up("ok"), made_up("x") | {"doc_id": doc_id}], tmp_path)
    assert not (tmp_path / "parquet").exists()


def test_nested_names_read_back_in_the_order_pandas_reads_them(tmp_path):
    # made up: "a-b" sorts before "a/x" as a string, after it part by part
    documents = [made_up("x", obligations=1), made_up("y", obligations=2),
                 made_up("z", obligations=1)]
    written = write_parquet(documents, tmp_path, names=["a/x", "a-b", "dev/pdf/z"])
    assert (tmp_path / "parquet" / "obligations" / "dev" / "pdf" / "z.parquet") in written
    ours = read_parquet_tables(tmp_path)["obligations"]
    theirs = pd.read_parquet(tmp_path / "parquet" / "obligations")
    assert ours["doc_id"].tolist() == ["y", "y", "x", "z"]
    pd.testing.assert_frame_equal(ours, theirs)


@pytest.mark.parametrize("name", ["a/.hidden/x", "_meta/x", "a//x", "../x", "year=2020/x"])
def test_output_names_a_dataset_reader_would_skip_or_misread_write_nothing(tmp_path, name):
    with pytest.raises(ValueError, match="cannot name a parquet file"):
        write_parquet([made_up("ok"), made_up("x")], tmp_path, names=["ok", name])
    assert not (tmp_path / "parquet").exists()
