"""`kazlegal query` (pipeline.query), run through click's CliRunner over the real outputs/."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.query import MAX_CELL, query
from pipeline.tables import COLUMNS, load_documents, tables

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"
MINISTRY = "actor == 'Министрлік'"


@pytest.fixture(scope="module")
def expected() -> dict:
    return tables(load_documents([OUTPUTS]))


def run(*args: str):
    return CliRunner().invoke(query, [*args], catch_exceptions=False)


def test_table_output_lists_the_matching_rows(expected):
    ministry = expected["obligations"].query(MINISTRY)
    result = run(MINISTRY, str(OUTPUTS))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["doc_id", "id", "unit", "modality", "actor"]
    assert len(lines) == 1 + len(ministry)
    assert all("Министрлік" in line for line in lines[1:])
    assert result.stderr == f"({len(ministry)} rows)\n"
    # long text is cut for the terminal: no cell is longer than MAX_CELL
    longest = ministry["action"].str.len().max()
    assert longest > MAX_CELL
    assert "…" in result.stdout and max(len(line) for line in lines) < 250


def test_csv_has_all_columns_and_rows(expected):
    result = run(MINISTRY, str(OUTPUTS), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS["obligations"])
    ministry = expected["obligations"].query(MINISTRY)
    assert [r["id"] for r in rows] == ministry["id"].tolist()
    assert rows[0]["action"] == ministry["action"].iloc[0]  # full text, not cut
    assert result.stderr == ""


def test_json_records_keep_unicode_and_nulls(expected):
    result = run(MINISTRY, str(OUTPUTS), "--format", "json", "--limit", "2",
                 "--columns", "doc_id,id,actor,deadline_relation,page")
    assert result.exit_code == 0
    assert "Министрлік" in result.stdout  # ensure_ascii=False
    records = json.loads(result.stdout)
    first = expected["obligations"].query(MINISTRY).iloc[0]
    assert len(records) == 2
    assert records[0] == {"doc_id": first["doc_id"], "id": first["id"], "actor": "Министрлік",
                          "deadline_relation": None, "page": int(first["page"])}


def test_other_tables_and_dates(expected):
    result = run("date > '2013-01-01'", str(OUTPUTS), "--table", "documents", "--format", "json")
    assert result.exit_code == 0
    documents = expected["documents"]
    later = documents[documents["date"] > "2013-01-01"]
    assert [r["doc_id"] for r in json.loads(result.stdout)] == later["doc_id"].tolist()
    assert json.loads(result.stdout)[0]["date"] == later["date"].iloc[0].strftime("%Y-%m-%d")

    result = run("relation == 'within' and working_days == False", str(OUTPUTS),
                 "--table", "deadlines", "--format", "csv")
    deadlines = expected["deadlines"]
    within = deadlines[(deadlines["relation"] == "within") & (deadlines["working_days"] == False)]  # noqa: E712
    assert result.exit_code == 0 and len(within) > 0
    assert len(result.stdout.splitlines()) == 1 + len(within)


def test_empty_expression_selects_all_rows_and_limit_cuts(expected):
    result = run("", str(OUTPUTS), "--table", "references", "--limit", "3")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1 + 3
    assert result.stderr == f"(3 of {len(expected['references'])} rows)\n"


def test_string_methods_work(expected):
    result = run("action.str.contains('есеп', na=False)", str(OUTPUTS), "--format", "json")
    assert result.exit_code == 0
    obligations = expected["obligations"]
    assert [r["id"] for r in json.loads(result.stdout)] == (
        obligations[obligations["action"].str.contains("есеп", na=False)]["id"].tolist())


def test_no_match_is_not_an_error():
    result = run("actor == 'Жоқ'", str(OUTPUTS), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = run("actor == 'Жоқ'", str(OUTPUTS))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == "(0 rows)\n"


@pytest.mark.parametrize("args, message", [
    (["actor ==", str(OUTPUTS)], "kazlegal: bad query 'actor ==': SyntaxError: "),
    (["actor", str(OUTPUTS)], "kazlegal: bad query 'actor': not a condition on rows"),
    (["1 + 1", str(OUTPUTS)], "kazlegal: bad query '1 + 1': not a condition on rows"),
    (["__import__('os').system('true')", str(OUTPUTS)], "kazlegal: bad query "),
    (["colour == 'red'", str(OUTPUTS)],
     "kazlegal: unknown column 'colour' in \"colour == 'red'\" (columns of obligations: doc_id, id,"),
    (["", str(OUTPUTS), "--columns", "doc_id,colour"],
     "kazlegal: unknown column 'colour' (columns of obligations: doc_id, id,"),
    ([MINISTRY, "no/such/folder"], "kazlegal: no/such/folder: no such file or folder"),
])
def test_errors_are_one_line_with_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")


def test_unknown_table_is_a_usage_error():
    result = run(MINISTRY, str(OUTPUTS), "--table", "laws")
    assert result.exit_code == 2
    assert "Invalid value for '--table'" in result.stderr and "obligations" in result.stderr


def test_folder_without_outputs(tmp_path):
    result = run(MINISTRY, str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"kazlegal: {tmp_path}: folder holds no .json outputs\n"
