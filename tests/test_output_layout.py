"""Outputs mirror the input folders: `kazlegal convert corpora -o outputs` writes
`outputs/a/x.json` for `corpora/a/x.txt`, so one act as a PDF and as a text (same stem,
two folders) gets two outputs. The documents here are made-up examples."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline
from pipeline.cli import main
from pipeline.export.parquet import read_parquet_tables

# made up: two different acts that share the file name x.txt, and a third one
ACT_A = "      1. Министрлік жыл сайын Үкіметке есеп береді.\n"
ACT_B = ("      1. Кеңес отырыс өткізеді.\n"
         "      2. Комитет бір ай ішінде ұсыныстар енгізсін.\n")
ACT_Y = "      1. Әкімдік жоспарды бекітеді.\n"


def run(*args: str):
    result = CliRunner().invoke(main, [*args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    root = tmp_path / "corpora"
    for relative, text in (("a/x.txt", ACT_A), ("b/x.txt", ACT_B), ("y.txt", ACT_Y)):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def relative_files(folder: Path, pattern: str = "*") -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob(pattern)
                  if p.is_file() and not p.name.startswith("."))


def test_a_folder_argument_is_mirrored_and_doc_id_stays_the_stem(corpora, tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(corpora), "-o", str(out), "-j", "1", "--format", "json,xml")
    assert result.exit_code == 0, result.output
    assert relative_files(out) == ["a/x.json", "a/x.xml", "b/x.json", "b/x.xml",
                                   "y.json", "y.xml"]
    a = json.loads((out / "a" / "x.json").read_text("utf-8"))
    b = json.loads((out / "b" / "x.json").read_text("utf-8"))
    assert a["doc_id"] == b["doc_id"] == "x"
    assert a["source"]["path"] == str(corpora / "a" / "x.txt")
    assert b["source"]["path"] == str(corpora / "b" / "x.txt")
    assert "Министрлік" in a["text"] and "Комитет" in b["text"]  # each its own input
    # the cache is keyed by output name: a second run converts nothing
    cache = json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))
    assert sorted(cache) == ["a/x", "b/x", "y"]
    assert cache["a/x"]["files"] == ["a/x.json", "a/x.xml"]
    again = run("convert", str(corpora), "-o", str(out), "-j", "1", "--format", "json,xml")
    assert "converted 0, cached 3, failed 0" in again.stderr
    # a change to one of the twins reconverts that one only
    (corpora / "b" / "x.txt").write_text(ACT_B + "      3. Жаңа тармақ.\n", "utf-8")
    third = run("convert", str(corpora), "-o", str(out), "-j", "1", "--format", "json,xml")
    assert "converted 1, cached 2, failed 0" in third.stderr


def test_a_file_argument_and_a_subfolder_argument_write_flat(corpora, tmp_path):
    result = run("convert", str(corpora / "a"), str(corpora / "y.txt"), "-o",
                 str(tmp_path / "flat"), "-j", "1")
    assert result.exit_code == 0, result.output
    assert relative_files(tmp_path / "flat") == ["x.json", "y.json"]


def test_inputs_that_still_share_an_output_path_are_refused_with_one_line(corpora, tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(corpora / "a"), str(corpora / "b"), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if line.startswith("kazlegal:")]
    assert refused == [f"kazlegal: {corpora / 'b' / 'x.txt'}: same output name as "
                       f"{corpora / 'a' / 'x.txt'} (x.json); rename one"]
    assert json.loads((out / "x.json").read_text("utf-8"))["source"]["path"] == str(
        corpora / "a" / "x.txt")  # the first keeps its output, untouched by the second
    # one file named twice (inside its folder and on its own) is converted once, no error
    twice = run("convert", str(corpora), str(corpora / "y.txt"), "-o", str(tmp_path / "t"),
                "-j", "1")
    assert twice.exit_code == 0, twice.output
    assert "converted 3, cached 0, failed 0" in twice.stderr


def test_parquet_tables_mirror_the_folders_and_read_as_one_corpus(corpora, tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(corpora), "-o", str(out), "-j", "1", "--format", "json,parquet")
    assert result.exit_code == 0, result.output
    assert relative_files(out / "parquet" / "obligations") == [
        "a/x.parquet", "b/x.parquet", "y.parquet"]
    documents = [json.loads((out / f"{name}.json").read_text("utf-8"))
                 for name in ("a/x", "b/x", "y")]
    obligations = pd.read_parquet(out / "parquet" / "obligations")  # what the README promises
    assert len(obligations) == sum(len(d["obligations"]) for d in documents) >= 3
    assert obligations["doc_id"].tolist() == [
        d["doc_id"] for d in documents for _ in d["obligations"]]
    assert list(obligations.columns) == list(read_parquet_tables(out)["obligations"].columns)
    pd.testing.assert_frame_equal(read_parquet_tables(out)["obligations"], obligations)
    paths = pd.read_parquet(out / "parquet" / "documents")["path"].tolist()
    assert paths == [str(corpora / "a" / "x.txt"), str(corpora / "b" / "x.txt"),
                     str(corpora / "y.txt")]


def test_load_reads_nested_folders_and_names_twins_when_asked_for_one(corpora, tmp_path):
    out = tmp_path / "out"
    run("convert", str(corpora), "-o", str(out), "-j", "1")
    corpus = pipeline.load(out)
    assert len(corpus) == 3 and corpus.doc_ids == ["x", "y"]
    assert corpus.documents["path"].tolist() == [
        str(corpora / "a" / "x.txt"), str(corpora / "b" / "x.txt"), str(corpora / "y.txt")]
    with pytest.raises(KeyError, match="2 documents have doc_id 'x'"):
        corpus.document("x")
    assert corpus.document("y")["doc_id"] == "y"
    # one folder of the two: the doc_id is unambiguous again
    assert pipeline.load(out / "b").document("x")["source"]["path"] == str(corpora / "b" / "x.txt")


def test_corpus_build_and_check_mirror_the_folders_and_find_nested_orphans(corpora, tmp_path):
    outputs = tmp_path / "outputs"
    built = run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    assert built.exit_code == 0, built.output
    assert relative_files(outputs) == ["a/x.json", "a/x.xml", "b/x.json", "b/x.xml",
                                       "y.json", "y.xml"]
    checked = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert checked.exit_code == 0, checked.output
    # without the cache's proof the outputs are re-made in memory and compared, twin by twin
    (outputs / ".kazlegal-cache.json").unlink()
    (outputs / "b" / "x.json").write_bytes((outputs / "a" / "x.json").read_bytes())
    stale = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert stale.exit_code == 1
    assert f"{corpora / 'b' / 'x.txt'}: stale output b/x.json" in stale.stderr
    assert f"{corpora / 'a' / 'x.txt'}" not in stale.stderr
    run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    # an output whose input is gone, deep in a folder
    (outputs / "c" / "d").mkdir(parents=True)
    (outputs / "c" / "d" / "z.xml").write_bytes((outputs / "y.xml").read_bytes())
    orphan = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert orphan.exit_code == 1
    assert f"{outputs / 'c' / 'd' / 'z.xml'}: output without an input" in orphan.stderr
