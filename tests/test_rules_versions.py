"""KL016 version-disagreement: `kazlegal check` over a folder holding both versions of an act.

The documents are made up: the clean resolution of test_rules.py as the Kazakh version, and a
copy of it marked `"language": "ru"` as the Russian one (its words stay Kazakh: only the
structure and the duties are compared), laid out as the dev corpus mirrors its inputs
(`dev/pdf/X.json` Kazakh, `dev/ru/pdf/X.json` Russian).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from click.testing import CliRunner
from test_rules import made_up, unit

from pipeline.rules import check
from pipeline.rules.cli import check as check_command


def versions() -> tuple[dict, dict]:
    kk = made_up()
    kk["source"]["format"] = "pdf"
    ru = copy.deepcopy(kk)
    ru["metadata"]["language"] = "ru"
    ru["source"]["path"] = "corpora/ru/made_up.txt"
    return kk, ru


def lay_out(folder: Path, kk: dict, ru: dict) -> tuple[Path, Path]:
    paths = folder / "dev" / "pdf" / "made_up.json", folder / "dev" / "ru" / "pdf" / "made_up.json"
    for path, doc in zip(paths, (kk, ru)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return paths


def test_agreeing_versions_leave_the_check_clean():
    assert check(list(versions())) == []


def test_a_difference_of_duties_is_a_warning_on_the_kazakh_file(tmp_path):
    kk, ru = versions()
    ru["obligations"][1]["modality"] = "permission"
    kk_path, _ = lay_out(tmp_path, kk, ru)
    result = CliRunner().invoke(check_command, [str(tmp_path)])
    assert result.exit_code == 0  # a warning: a version skew is no reason to fail CI by default
    assert result.stdout.splitlines() == [
        "made_up/main/para_2: warning KL016 version-disagreement: modality: an obligation in "
        "the Kazakh version is a permission in the Russian [pdf]",
        "checked 2 documents: 0 errors, 1 warning, 0 infos"]
    strict = CliRunner().invoke(check_command, [str(tmp_path), "--fail-on", "warning"])
    assert strict.exit_code == 1


def test_a_unit_only_in_russian_is_reported_on_the_russian_file_in_sarif(tmp_path):
    kk, ru = versions()
    ru["components"][0]["units"].append(unit("main/para_3", "3", text="Жаңа тармақ."))
    _, ru_path = lay_out(tmp_path, kk, ru)
    result = CliRunner().invoke(check_command, [str(tmp_path), "--format", "sarif"])
    assert result.exit_code == 0
    run = json.loads(result.stdout)["runs"][0]
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "KL016")
    assert rule["name"] == "version-disagreement"
    assert rule["defaultConfiguration"]["level"] == "warning"
    (found,) = [r for r in run["results"] if r["ruleId"] == "KL016"]
    assert found["level"] == "warning"
    assert found["message"]["text"] == ("unit_only_in_ru: only in the Russian version: "
                                        "para 3: «Жаңа тармақ.» [pdf]")
    location = found["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == ru_path.as_uri()
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "made_up/main/para_3"


def test_twins_from_pdf_and_text_pair_with_their_own_kind(tmp_path):
    kk, ru = versions()
    kk_text, ru_text = copy.deepcopy(kk), copy.deepcopy(ru)
    kk_text["source"]["format"] = ru_text["source"]["format"] = "text"
    ru_text["obligations"].pop()  # only the text pair differs
    found = check([kk, kk_text, ru, ru_text], select=["KL016"])
    assert [(f.eid, f.message.split(":")[0], f.message.endswith("[text]")) for f in found] == [
        ("main/para_2", "obligation_count", True)]


def test_one_language_only_or_an_ambiguous_group(tmp_path):
    kk, ru = versions()
    assert check([kk, copy.deepcopy(kk)], select=["KL016"]) == []
    found = check([kk, copy.deepcopy(kk), ru], select=["KL016"])
    assert [(f.severity, f.eid, f.message) for f in found] == [
        ("warning", None, "cannot pair the versions of 'made_up' from pdf: 2 Kazakh and "
                          "1 Russian outputs")]


def test_a_pair_the_rule_cannot_read_is_an_error_not_a_crash():
    kk, ru = versions()
    ru["components"] = []
    found = check([kk, ru], select=["KL016"])
    assert [(f.severity, f.message.split(" (")[0]) for f in found] == [
        ("error", "rule could not run on the versions of this act")]


def test_junit_counts_a_finding_once_though_both_versions_share_the_doc_id(tmp_path):
    from lxml import etree

    kk, ru = versions()
    ru["components"][0]["units"].append(unit("main/para_3", "3"))
    lay_out(tmp_path, kk, ru)
    result = CliRunner().invoke(check_command, [str(tmp_path), "--format", "junit",
                                                "--select", "KL016", "--fail-on", "warning"])
    assert result.exit_code == 1
    suite = etree.fromstring(result.stdout.encode("utf-8")).find("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == 2 and suite.get("failures") == "1"
    # documents are checked in sorted path order: dev/pdf (Kazakh), then dev/ru/pdf
    assert [c.find("failure") is not None for c in cases] == [False, True]
