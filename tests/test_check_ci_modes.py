"""`kazlegal check --fail-on` and `--baseline`: how strict CI is, and failing only on new
findings. The documents are the made-up ones of test_rules.py and variants of them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft7Validator
from lxml import etree
from test_rules import SARIF_SUBSET, broken, made_up, write

from pipeline.rules.cli import check as check_command


def check(*args: str):
    result = CliRunner().invoke(check_command, [*map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def gap_only() -> dict:
    """Made up: a numbering gap (KL002, a warning) and nothing else."""
    doc = broken()
    doc["doc_id"] = "gap_only"
    doc["references"] = []
    return doc


def no_actor() -> dict:
    """Made up: an obligation without an actor (KL009, an info) and nothing else."""
    doc = made_up()
    doc["doc_id"] = "no_actor"
    doc["obligations"][0]["actor"] = None
    return doc


def another_dangling_reference(doc: dict) -> dict:
    """The document with a second reference that points nowhere (a new KL005)."""
    doc = copy.deepcopy(doc)
    extra = dict(doc["references"][0], unit="main/para_1", target="main/para_7")
    doc["references"].append(extra)
    return doc


@pytest.mark.parametrize("make, expected", [
    (gap_only, {"error": 0, "warning": 1, "info": 1}),
    (no_actor, {"error": 0, "warning": 0, "info": 1}),
    (broken, {"error": 1, "warning": 1, "info": 1}),
])
def test_fail_on_sets_the_least_severity_that_fails(tmp_path, make, expected):
    path = write(tmp_path, make())
    for severity, status in expected.items():
        result = check(path, "--fail-on", severity)
        assert result.exit_code == status, (severity, result.output)
    assert check(path).exit_code == expected["error"]  # the default is error


def test_fail_on_warning_makes_warnings_junit_failures(tmp_path):
    path = write(tmp_path, gap_only())
    xml = etree.fromstring(check(path, "--format", "junit", "--fail-on", "warning").stdout
                           .encode())
    suite = xml.find("testsuite[@name='KL002 numbering-gap']")
    assert suite.get("failures") == "1"
    assert suite.find("testcase[@name='gap_only']/failure").get("type") == "KL002"
    lenient = etree.fromstring(check(path, "--format", "junit").stdout.encode())
    suite = lenient.find("testsuite[@name='KL002 numbering-gap']")
    assert suite.get("failures") == "0" and "gap_only/main/para_3" in suite.findtext("system-out")


def test_a_json_baseline_fails_only_on_new_findings(tmp_path):
    path = write(tmp_path, broken())
    baseline = tmp_path / "baseline.json"
    assert check(path, "--format", "json", "-o", baseline).exit_code == 1
    same = check(path, "--baseline", baseline)
    assert same.exit_code == 0, same.output
    assert same.stdout.splitlines()[-1] == (
        "checked 1 document: 1 error, 1 warning, 0 infos; against the baseline: 0 new, "
        "2 unchanged, 0 absent; 0 failing (--fail-on error, new only)")

    write(tmp_path, another_dangling_reference(broken()))  # the document gets a new error
    worse = check(path, "--baseline", baseline)
    assert worse.exit_code == 1
    new = [line for line in worse.stdout.splitlines() if line.endswith("[new]")]
    assert new == ["made_up/main/para_1: error KL005 reference-unresolved: reference “осы "
                   "қаулының 1-тармағында” points at main/para_7, which is no unit of this "
                   "document [new]"]
    data = json.loads(check(path, "--baseline", baseline, "--format", "json").stdout)
    assert data["baseline"] == {"file": str(baseline), "new": 1, "unchanged": 2, "absent": 0}
    assert [f["baseline_state"] for f in data["findings"]].count("new") == 1
    assert data["failing"] == 1

    write(tmp_path, made_up())  # the gap and the dangling reference are gone
    better = check(path, "--baseline", baseline, "--format", "json")
    assert better.exit_code == 0
    data = json.loads(better.stdout)
    assert data["baseline"]["absent"] == 2 and data["findings"] == []
    assert sorted(f["rule"] for f in data["absent"]) == ["KL002", "KL005"]


def test_a_sarif_baseline_gives_every_result_a_baseline_state(tmp_path):
    path = write(tmp_path, broken())
    baseline = tmp_path / "baseline.sarif"
    check(path, "--format", "sarif", "-o", baseline)
    doc = another_dangling_reference(broken())
    doc["components"][0]["units"][1].update(eid="main/para_2", num="2")  # the gap is fixed
    doc["obligations"][1]["unit"] = doc["deadlines"][1]["unit"] = "main/para_2"
    doc["references"][0]["unit"] = "main/para_2"
    write(tmp_path, doc)
    result = check(path, "--format", "sarif", "--baseline", baseline)
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert list(Draft7Validator(SARIF_SUBSET).iter_errors(log)) == []
    states = sorted((r["ruleId"], r["baselineState"],
                     r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"])
                    for r in log["runs"][0]["results"])
    assert states == [
        ("KL002", "absent", "made_up/main/para_3"),
        ("KL005", "absent", "made_up/main/para_3"),   # its unit changed: another finding
        ("KL005", "new", "made_up/main/para_1"),
        ("KL005", "new", "made_up/main/para_2"),
    ]
    # a SARIF log with absent results is itself a baseline: absent results are not findings
    again = tmp_path / "again.sarif"
    check(path, "--format", "sarif", "--baseline", baseline, "-o", again)
    assert check(path, "--baseline", again).exit_code == 0


def test_equal_findings_are_counted(tmp_path):
    # two outputs of one act (same doc_id, as a PDF's and a text's) with the same error
    first, second = tmp_path / "pdf", tmp_path / "text"
    first.mkdir()
    second.mkdir()
    write(first, broken())
    baseline = tmp_path / "baseline.json"
    check(first, "--format", "json", "-o", baseline)
    write(second, broken())
    result = check(first, second, "--baseline", baseline, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["baseline"] | {"file": None} == {"file": None, "new": 2, "unchanged": 2,
                                                 "absent": 0}


@pytest.mark.parametrize("content, message", [
    (None, "cannot read the baseline"),
    ("{oops", "the baseline is not JSON"),
    ('{"doc_id": "x", "text": ""}', "not a kazlegal report"),
    ('{"findings": [{"rule": "KL002"}]}', "not a kazlegal report: a finding lacks 'severity'"),
])
def test_a_bad_baseline_is_bad_usage_in_one_line(tmp_path, content, message):
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, "utf-8")
    result = check(write(tmp_path, made_up()), "--baseline", baseline)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"kazlegal: {baseline}: {message}")


def test_the_readme_ci_example_runs(tmp_path):
    # the README's example: a baseline from the main branch, then a strict check of a change
    path = write(tmp_path, gap_only())
    baseline = tmp_path / "main.sarif"
    assert check(path, "--format", "sarif", "-o", baseline, "--fail-on", "warning").exit_code == 1
    assert check(path, "--fail-on", "warning", "--baseline", baseline, "--format", "sarif",
                 "-o", tmp_path / "pr.sarif").exit_code == 0
    assert Path(tmp_path / "pr.sarif").exists()
