"""Corpus re-validation: `kazlegal corpus build` / `kazlegal corpus check`."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from conftest import SAMPLES

from pipeline.cli import main


def setup_corpus(tmp_path):
    corpora, outputs = tmp_path / "corpora", tmp_path / "outputs"
    corpora.mkdir()
    shutil.copy(SAMPLES[1], corpora / SAMPLES[1].name)
    return corpora, outputs


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_build_then_check_passes_and_a_rebuild_is_cached(tmp_path):
    corpora, outputs = setup_corpus(tmp_path)
    built = run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    assert built.exit_code == 0, built.output
    assert (outputs / f"{SAMPLES[1].stem}.xml").exists()
    checked = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert checked.exit_code == 0, checked.output
    again = run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs))
    assert "converted 0, cached 1" in again.output


def test_a_new_document_without_outputs_fails_the_check(tmp_path):
    corpora, outputs = setup_corpus(tmp_path)
    run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    (corpora / "new_act.txt").write_text("      1. Кеңес отырыс өткізеді.\n", "utf-8")  # made up
    result = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert result.exit_code == 1
    assert "new_act.txt: no output new_act.json, new_act.xml" in result.output


def test_an_edited_output_is_stale(tmp_path):
    corpora, outputs = setup_corpus(tmp_path)
    run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    (outputs / ".kazlegal-cache.json").unlink()  # no cache proof: outputs are re-made and compared
    path = outputs / f"{SAMPLES[1].stem}.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["text"] = doc["text"].replace("Министрлік", "Министрлiк", 1)
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    result = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert result.exit_code == 1 and "stale output" in result.output


def test_outputs_that_break_a_rule_fail_the_check(tmp_path):
    corpora, outputs = setup_corpus(tmp_path)
    run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: ministry-deadline\n    table: obligations\n"
                     "    where: \"actor == 'Министрлік'\"\n    require: \"deadline_relation.notna()\"\n"
                     "    severity: error\n    message: every duty of the Ministry has a deadline\n",
                     "utf-8")
    result = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs),
                 "--rules", str(rules))
    assert result.exit_code == 1 and "ministry-deadline" in result.output


def test_an_output_without_input_is_reported(tmp_path):
    corpora, outputs = setup_corpus(tmp_path)
    run("corpus", "build", "--corpora", str(corpora), "--outputs", str(outputs), "-j", "1")
    shutil.copy(outputs / f"{SAMPLES[1].stem}.json", outputs / "orphan.json")
    result = run("corpus", "check", "--corpora", str(corpora), "--outputs", str(outputs))
    assert result.exit_code == 1 and "orphan.json: output without an input" in result.output
