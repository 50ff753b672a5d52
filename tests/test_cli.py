"""The command line: convert, eval, and what a user sees on bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import GOLD, SAMPLES

from pipeline.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_convert_writes_one_json_per_input(tmp_path):
    result = run("convert", *map(str, SAMPLES), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    for sample in SAMPLES:
        doc = json.loads((tmp_path / f"{sample.stem}.json").read_text("utf-8"))
        assert doc["schema_version"] == "1" and doc["doc_id"] == sample.stem
        assert doc["source"]["format"] == "text" and len(doc["source"]["sha256"]) == 64
        assert doc["source"]["pages"] >= 1 and doc["pages"][0]["page"] == 1
        assert {"kind", "span", "before", "after"} <= set(doc["repairs"][0])


def test_bad_inputs_fail_one_line_each_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = run("convert", str(empty), str(tmp_path / "missing.txt"), str(SAMPLES[0]),
                 "-o", str(out))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("kazlegal:")]
    assert errors == [f"kazlegal: {tmp_path / 'missing.txt'}: no such file",
                      f"kazlegal: {empty}: empty file"]
    assert "Traceback" not in result.output
    # no output for the bad inputs (the cache index is the only other file)
    assert sorted(p.name for p in out.iterdir()) == [".kazlegal-cache.json",
                                                    f"{SAMPLES[0].stem}.json"]


def test_two_inputs_with_one_output_name_are_not_overwritten(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "act.txt").write_text("      1. Кеңес отырыс өткізеді.\n", "utf-8")
    result = run("convert", str(tmp_path / "a" / "act.txt"), str(tmp_path / "b" / "act.txt"),
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "same output name" in result.output


def test_eval_reports_wer_per_document_and_overall(tmp_path):
    run("convert", *map(str, SAMPLES), "-o", str(tmp_path))
    result = run("eval", "--gold", str(GOLD), str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [d["doc_id"] for d in report["documents"]] == [s.stem for s in SAMPLES]
    assert report["overall"]["text"]["wer"] <= 0.002
    table = run("eval", "--gold", str(GOLD), str(tmp_path)).output
    assert table.splitlines()[-1].startswith("overall")


def test_eval_counts_a_damaged_output_as_errors(tmp_path):
    run("convert", str(SAMPLES[0]), "-o", str(tmp_path))
    path = tmp_path / f"{SAMPLES[0].stem}.json"
    doc = json.loads(path.read_text("utf-8"))
    words = doc["text"].split()
    doc["text"] = " ".join(words[: len(words) // 2])
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    report = json.loads(run("eval", "--gold", str(GOLD), str(tmp_path), "--json").output)
    first = report["documents"][0]
    assert 0.45 < first["text"]["wer"] < 0.55
    assert report["documents"][1].get("missing_output") is True


def test_eval_on_a_missing_folder_is_a_usage_error(tmp_path):
    result = run("eval", "--gold", str(tmp_path / "nope"), str(tmp_path))
    assert result.exit_code == 2 and "gold folder not found" in result.output


def test_convert_writes_akoma_ntoso_that_validates(tmp_path):
    from pipeline.export.akn import validate_akn

    result = run("convert", *map(str, SAMPLES), "-o", str(tmp_path), "--format", "json,xml")
    assert result.exit_code == 0, result.output
    for sample in SAMPLES:
        xml = (tmp_path / f"{sample.stem}.xml").read_bytes()
        assert validate_akn(xml) == []
        assert (tmp_path / f"{sample.stem}.json").exists()


def test_unknown_output_format_is_a_usage_error(tmp_path):
    result = run("convert", str(SAMPLES[0]), "-o", str(tmp_path), "--format", "json,pdf")
    assert result.exit_code == 2 and "unknown format 'pdf'" in result.output
    assert not list(tmp_path.iterdir())


def test_convert_writes_parquet_tables_that_read_as_one_corpus(tmp_path):
    import pandas as pd

    result = run("convert", *map(str, SAMPLES), "-o", str(tmp_path), "--format", "json,parquet")
    assert result.exit_code == 0, result.output
    obligations = pd.read_parquet(tmp_path / "parquet" / "obligations")
    documents = [json.loads((tmp_path / f"{s.stem}.json").read_text("utf-8")) for s in SAMPLES]
    assert len(obligations) == sum(len(d["obligations"]) for d in documents)
    assert set(obligations["doc_id"]) == {s.stem for s in SAMPLES}
