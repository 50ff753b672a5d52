"""Aligning the Kazakh and Russian versions of one act (`pipeline.align`, `kazlegal align`).

The pairs here are made up (small output-shaped documents written for each kind of
disagreement), except the gold pairs of the dev corpus, whose expected disagreements
are taken from the hand-written tables of shared/dev/src/<doc>/NOTES.md.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from goldpairs import PAIRED_ACTS, gold_pair

from pipeline.align import (
    DISAGREEMENT_COLUMNS,
    GLOSSARY_COLUMNS,
    UNIT_COLUMNS,
    AlignError,
    align,
    check_languages,
    pair_versions,
)
from pipeline.cli import main

WITHIN_10_WD = {"relation": "within", "duration": "P10D", "recurrence": None,
                "working_days": True}
EVERY_YEAR = {"relation": "every", "duration": None, "recurrence": "P1Y", "working_days": False}


# --- made-up documents ------------------------------------------------------------------------

def u(eid: str, *children: dict, text: str = "мәтін") -> dict:
    """Made up: a unit, its kind and number read off its eid."""
    kind, _, num = eid.rsplit("/", 1)[-1].partition("_")
    return {"eid": eid, "kind": kind, "num": None if kind == "indent" else num,
            "heading": None, "text": text, "children": list(children)}


def ob(unit: str, modality: str = "obligation", actor: str | None = None,
       deadline: dict | None = None) -> dict:
    """Made up: an obligation on `unit`."""
    return {"id": "ob", "unit": unit, "modality": modality,
            "actor": {"text": actor, "canonical": actor} if actor else None,
            "deadline": dict(deadline, text="...", anchor=None) if deadline else None}


def act(lang: str, units: list[dict], obligations: list[dict], doc_id: str = "made_up") -> dict:
    """Made up: a one-component act in `lang` with these units and obligations."""
    return {"schema_version": "1", "doc_id": doc_id,
            "source": {"path": f"corpora/{lang}/{doc_id}.txt", "format": "text"},
            "metadata": {"language": lang, "title": "made up"},
            "components": [{"eid": "main", "type": "resolution", "title": "made up",
                            "units": units}],
            "obligations": obligations}


def base_pair() -> tuple[dict, dict]:
    """Made up: an act whose two versions agree (actors named in each language)."""
    units = [u("main/para_1"),
             u("main/para_2", u("main/para_2/subpara_1"), u("main/para_2/subpara_2")),
             u("main/para_3")]
    kk = act("kk", units, [
        ob("main/para_1", actor="Министрлік", deadline=WITHIN_10_WD),
        ob("main/para_2/subpara_1", actor="Министрлік"),
        ob("main/para_2/subpara_2", "permission", actor="әкімдік"),
        ob("main/para_3", "prohibition", deadline=EVERY_YEAR)])
    ru = act("ru", copy.deepcopy(units), [
        ob("main/para_1", actor="Министерство", deadline=WITHIN_10_WD),
        ob("main/para_2/subpara_1", actor="Министерство"),
        ob("main/para_2/subpara_2", "permission", actor="акимат"),
        ob("main/para_3", "prohibition", deadline=EVERY_YEAR)])
    return kk, ru


def kinds(alignment) -> list[tuple[str, str]]:
    return [(d.kind, d.eid) for d in alignment.found]


# --- the alignment ------------------------------------------------------------------------

def test_versions_that_agree():
    a = align(*base_pair())
    assert a.agree and a.found == []
    s = a.summary()
    assert (s["units_kk"], s["units_ru"], s["paired"], s["paired_share"]) == (5, 5, 5, 1.0)
    assert (s["obligations_kk"], s["obligations_ru"]) == (4, 4)
    assert set(a.units["status"]) == {"paired"}


def test_unit_only_in_kk_reports_the_top_unit_and_counts_what_is_under_it():
    kk, ru = base_pair()
    ru["components"][0]["units"][1]["children"] = []  # ru point 2 has no sub-points
    ru["obligations"] = [o for o in ru["obligations"] if "subpara" not in o["unit"]]
    kk["components"][0]["units"].append(u("main/para_4", u("main/para_4/subpara_1"),
                                          u("main/para_4/subpara_2")))
    a = align(kk, ru)
    assert kinds(a) == [("unit_only_in_kk", "main/para_2/subpara_1"),
                        ("unit_only_in_kk", "main/para_2/subpara_2"),
                        ("unit_only_in_kk", "main/para_4")]
    assert a.found[0].message.startswith("only in the Kazakh version (1 obligation)")
    assert a.found[2].message.startswith("only in the Kazakh version (2 units under it)")
    assert a.found[2].kk.startswith("para 4") and a.found[2].ru is None
    only = a.units.query("status == 'only_kk'")["eid"].tolist()
    assert only == ["main/para_2/subpara_1", "main/para_2/subpara_2", "main/para_4",
                    "main/para_4/subpara_1", "main/para_4/subpara_2"]
    assert a.summary()["paired_share_kk"] == pytest.approx(3 / 8, abs=1e-4)


def test_unit_only_in_ru_keeps_the_russian_reading_order():
    kk, ru = base_pair()
    point_2 = ru["components"][0]["units"][1]
    point_2["children"].insert(1, u("main/para_2/subpara_1-1"))
    point_2["children"].append(u("main/para_2/subpara_3"))
    a = align(kk, ru)
    assert kinds(a) == [("unit_only_in_ru", "main/para_2/subpara_1-1"),
                        ("unit_only_in_ru", "main/para_2/subpara_3")]
    assert a.units["eid"].tolist()[2:7] == [
        "main/para_2", "main/para_2/subpara_1", "main/para_2/subpara_1-1",
        "main/para_2/subpara_2", "main/para_2/subpara_3"]
    assert a.units.set_index("eid").loc["main/para_2/subpara_3", "in_kk"] == False  # noqa: E712


def test_obligation_count_names_the_modalities_and_does_not_shift_the_rest():
    kk, ru = base_pair()
    # the Kazakh point 1 has a second duty, a ban, before the one both share
    kk["obligations"].insert(0, ob("main/para_1", "prohibition", actor="Министрлік"))
    a = align(kk, ru)
    assert kinds(a) == [("obligation_count", "main/para_1")]  # no modality, no deadline
    d = a.found[0]
    assert (d.kk, d.ru) == ("2 (1 obligation, 1 prohibition)", "1 (1 obligation)")
    row = a.units.set_index("eid").loc["main/para_1"]
    assert (row["obligations_kk"], row["obligations_ru"], row["disagreements"]) == (2, 1, 1)


def test_obligation_count_when_one_version_has_none():
    kk, ru = base_pair()
    ru["obligations"] = [o for o in ru["obligations"] if o["unit"] != "main/para_3"]
    a = align(kk, ru)
    assert kinds(a) == [("obligation_count", "main/para_3")]
    assert a.found[0].ru == "0"


def test_modality():
    kk, ru = base_pair()
    ru["obligations"][3]["modality"] = "permission"  # "разрешается" where kk bans
    a = align(kk, ru)
    assert kinds(a) == [("modality", "main/para_3")]
    assert (a.found[0].kk, a.found[0].ru) == ("prohibition", "permission")
    assert a.found[0].message == "a prohibition in the Kazakh version is a permission in the Russian"


@pytest.mark.parametrize("change, fields", [
    ({"duration": "P15D"}, ("duration",)),
    ({"working_days": False}, ("working_days",)),
    ({"relation": "not_later_than"}, ("relation",)),
    ({"relation": "every", "duration": None, "recurrence": "P6M"},
     ("relation", "duration", "recurrence")),
])
def test_deadline_fields_that_differ(change, fields):
    kk, ru = base_pair()
    ru["obligations"][0]["deadline"].update(change)
    ru["obligations"][0]["deadline"]["text"] = "other words"  # words are never compared
    a = align(kk, ru)
    assert kinds(a) == [("deadline", "main/para_1")]
    assert a.found[0].fields == fields
    assert a.found[0].kk == "within P10D working days"
    assert a.disagreements.loc[0, "fields"] == ", ".join(fields)


def test_deadline_in_one_version_only():
    kk, ru = base_pair()
    ru["obligations"][0]["deadline"] = None
    a = align(kk, ru)
    assert kinds(a) == [("deadline", "main/para_1")]
    assert a.found[0].ru == "none"
    assert a.found[0].fields == ("relation", "duration", "recurrence", "working_days")
    assert a.found[0].message == ("the deadline of an obligation differs: Kazakh within P10D "
                                  "working days, Russian none")


def test_every_kind_at_once_in_reading_order():
    kk, ru = base_pair()
    ru["components"][0]["units"].insert(0, u("main/para_0"))
    kk["components"][0]["units"].append(u("main/para_9"))
    ru["obligations"][0]["deadline"]["duration"] = "P5D"
    ru["obligations"][1]["modality"] = "permission"
    ru["obligations"].append(ob("main/para_3"))
    a = align(kk, ru)
    assert kinds(a) == [("unit_only_in_ru", "main/para_0"), ("deadline", "main/para_1"),
                        ("modality", "main/para_2/subpara_1"),
                        ("obligation_count", "main/para_3"), ("unit_only_in_kk", "main/para_9")]
    assert a.summary()["by_kind"] == {"unit_only_in_kk": 1, "unit_only_in_ru": 1,
                                      "obligation_count": 1, "modality": 1, "deadline": 1}


def test_duties_of_unnumbered_paragraphs_count_on_their_point():
    kk, ru = base_pair()
    # kk: point 1's duty sits in its second paragraph; ru: on the point itself
    kk["components"][0]["units"][0]["children"] = [u("main/para_1/indent_1"),
                                                   u("main/para_1/indent_2")]
    kk["obligations"][0]["unit"] = "main/para_1/indent_2"
    a = align(kk, ru)
    assert kinds(a) == [("unit_only_in_kk", "main/para_1/indent_1"),
                        ("unit_only_in_kk", "main/para_1/indent_2")]
    rows = a.units.set_index("eid")
    assert rows.loc["main/para_1", "obligations_kk"] == 1
    assert rows["obligations_kk"].isna()["main/para_1/indent_1"]


def test_obligations_of_the_act_outside_any_unit_are_compared_on_the_component():
    kk, ru = base_pair()
    kk["obligations"].append(ob("main"))
    a = align(kk, ru)
    assert kinds(a) == [("obligation_count", "main")]


# --- the glossary -------------------------------------------------------------------------

def test_glossary_pairs_actors_of_units_with_one_duty_each():
    kk, ru = base_pair()
    # point 3: two duties in Kazakh, one in Russian: which is the twin is a guess, so none
    kk["obligations"].insert(3, ob("main/para_3", actor="Үкімет"))
    ru["obligations"][3]["actor"] = {"text": "Правительство", "canonical": "Правительство"}
    # sub-point 2: two duties in each version: no pair either
    kk["obligations"].append(ob("main/para_2/subpara_2", actor="Министрлік"))
    ru["obligations"].append(ob("main/para_2/subpara_2", actor="Министерство"))
    g = align(kk, ru).glossary
    assert list(g.columns) == list(GLOSSARY_COLUMNS)
    assert g.to_dict("records") == [
        {"actor_kk": "Министрлік", "actor_ru": "Министерство", "count": 2,
         "units": "main/para_1 main/para_2/subpara_1"}]


def test_glossary_skips_a_duty_without_actor_and_uses_the_text_without_canonical():
    kk, ru = base_pair()
    ru["obligations"][0]["actor"] = None
    kk["obligations"][1]["actor"] = {"text": "Министрлікке", "canonical": None}
    pairs = [(p.actor_kk, p.actor_ru, p.count) for p in align(kk, ru).actor_pairs]
    assert pairs == [("Министрлікке", "Министерство", 1), ("әкімдік", "акимат", 1)]


# --- tables and bad documents -------------------------------------------------------------

def test_tables_have_fixed_columns_even_when_empty():
    a = align(*base_pair())
    assert list(a.units.columns) == list(UNIT_COLUMNS)
    assert list(a.disagreements.columns) == list(DISAGREEMENT_COLUMNS)
    assert a.disagreements.empty
    assert str(a.units["obligations_kk"].dtype) == "Int64"
    assert str(a.units["in_ru"].dtype) == "boolean"


@pytest.mark.parametrize("breakage, reason", [
    (lambda d: d.pop("components"), "no components: not an output document"),
    (lambda d: d["components"][0]["units"].append({"kind": "para"}),
     "a unit without an eid under main"),
    (lambda d: d["obligations"].append({"modality": "obligation"}),
     "an obligation without a unit"),
])
def test_a_document_that_is_no_output_is_refused_naming_the_version(breakage, reason):
    kk, ru = base_pair()
    breakage(ru)
    with pytest.raises(AlignError) as caught:
        align(kk, ru)
    assert (caught.value.lang, caught.value.reason) == ("ru", reason)


def test_languages_must_be_kk_then_ru():
    kk, ru = base_pair()
    check_languages(kk, ru)
    with pytest.raises(AlignError) as caught:
        check_languages(ru, kk)
    assert caught.value.lang == "kk"
    assert "other way round" in caught.value.reason
    ru["metadata"]["language"] = "kk"  # a Russian text read as Kazakh: not swapped
    with pytest.raises(AlignError) as caught:
        check_languages(kk, ru)
    assert (caught.value.lang, caught.value.reason) == (
        "ru", "metadata.language is 'kk', expected 'ru'")


# --- the gold pairs of the dev corpus -----------------------------------------------------

# Expected from the NOTES tables of the Russian versions ("Required obligations per unit:
# equal ... except"), written by the annotators, and the version skew of 146220.
EXPECTED = {
    "2019-0906_P-rules_134531": [],
    "2020-0729_P-measures_146220": [("unit_only_in_ru", "main/para_2/subpara_1"),
                                    ("unit_only_in_ru", "main/para_2/subpara_2")],
    "2022-0906_P-regulation_171315": [
        ("obligation_count", "annex_1/chp_1/para_8/subpara_2"),
        ("modality", "annex_1/chp_1/para_11"),
        # not in the NOTES table: the Kazakh gold marks this passive "шақырылуы мүмкін"
        # optional, the Russian "могут быть приглашены" required (an annotation call)
        ("obligation_count", "annex_1/chp_2/para_32"),
        ("obligation_count", "annex_1/chp_4/para_45")],
    "2023-0425_order-procedure-defs_180312": [
        ("obligation_count", "annex_1/chp_2/para_12"),
        ("obligation_count", "annex_1/chp_2/para_15")],
    "2023-1229_order-rules_191458": [("modality", "annex_1/chp_2/para_9"),
                                     ("obligation_count", "annex_1/chp_2/para_20")],
}


def test_the_five_gold_pairs_are_the_acts_with_a_russian_version():
    assert PAIRED_ACTS == sorted(EXPECTED)


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_gold_pair_disagreements_are_those_the_annotators_tabled(doc):
    a = align(*gold_pair(doc))
    assert kinds(a) == EXPECTED[doc]


def test_gold_pairs_pair_units_with_their_kazakh_twins():
    totals = {"paired": 0, "all": 0}
    for doc in PAIRED_ACTS:
        s = align(*gold_pair(doc)).summary()
        assert s["paired_share_kk"] == 1.0  # every Kazakh unit finds its Russian twin
        totals["paired"] += s["paired"]
        totals["all"] += s["paired"] + s["only_kk"] + s["only_ru"]
    assert totals["paired"] / totals["all"] >= 0.98


def test_the_version_skew_of_146220_is_reported():
    a = align(*gold_pair("2020-0729_P-measures_146220"))
    s = a.summary()
    assert (s["units_kk"], s["units_ru"], s["only_ru"]) == (11, 13, 2)
    assert a.found[0].ru.startswith("subpara 1: «требования подпунктов 1) и")


def test_gold_glossary_pairs_the_ministry():
    pairs = {(p.actor_kk, p.actor_ru) for p in
             align(*gold_pair("2020-0729_P-measures_146220")).actor_pairs}
    assert ("ұлттық экономика министрлі", "национальной экономики") in pairs


# --- kazlegal align -------------------------------------------------------------------------

def write(folder: Path, name: str, document) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, ["align", *args])


def test_cli_agreeing_versions_exit_0(tmp_path):
    kk, ru = base_pair()
    result = run(write(tmp_path, "kk.json", kk), write(tmp_path, "ru.json", ru))
    assert result.exit_code == 0, result.output
    assert "the versions agree" in result.stdout
    assert "Министрлік" in result.stdout and "Министерство" in result.stdout  # glossary


def test_cli_disagreeing_versions_exit_1_with_a_table(tmp_path):
    kk, ru = base_pair()
    ru["obligations"][3]["modality"] = "permission"
    result = run(write(tmp_path, "kk.json", kk), write(tmp_path, "ru.json", ru))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "1 disagreement: 1 modality" in lines
    header = next(i for i, line in enumerate(lines) if line.startswith("kind "))
    assert lines[header + 1].split() == ["modality", "main/para_3", "prohibition", "permission"]


def test_cli_json(tmp_path):
    kk, ru = base_pair()
    ru["obligations"][0]["deadline"]["working_days"] = False
    result = run(write(tmp_path, "kk.json", kk), write(tmp_path, "ru.json", ru), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["agree"] is False
    assert data["disagreements"][0]["kind"] == "deadline"
    assert data["disagreements"][0]["fields"] == ["working_days"]
    assert data["summary"]["paired"] == 5
    assert {"actor_kk": "әкімдік", "actor_ru": "акимат", "count": 1,
            "units": ["main/para_2/subpara_2"]} in data["glossary"]
    assert len(data["units"]) == 6  # the component and five units


def test_cli_gold_skew(tmp_path):
    kk, ru = gold_pair("2020-0729_P-measures_146220")
    result = run(write(tmp_path, "kk/x.json", kk), write(tmp_path, "ru/x.json", ru))
    assert result.exit_code == 1
    assert "2 disagreements: 2 unit_only_in_ru" in result.stdout


@pytest.mark.parametrize("make, reason", [
    (None, "no such file"),
    (lambda p: p.mkdir(), "a folder, not an output file"),
    (lambda p: p.write_text("{oops", "utf-8"), "not valid JSON: line 1, column 2"),
    (lambda p: p.write_text("[]", "utf-8"), "not an output document (top level is not an object)"),
    (lambda p: p.write_text('{"metadata": {"language": "ru"}}', "utf-8"),
     "no components: not an output document"),
])
def test_cli_bad_russian_input_exit_2_one_line(tmp_path, make, reason):
    kk, _ = base_pair()
    bad = tmp_path / "ru.json"
    if make:
        make(bad)
    result = run(write(tmp_path, "kk.json", kk), str(bad))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"kazlegal: {bad}: ")
    assert reason in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_swapped_versions_exit_2(tmp_path):
    kk, ru = base_pair()
    result = run(write(tmp_path, "ru.json", ru), write(tmp_path, "kk.json", kk))
    assert result.exit_code == 2
    assert result.stderr == (f"kazlegal: {tmp_path / 'ru.json'}: metadata.language is 'ru', "
                             "expected 'kk' (the versions are given the other way round?)\n")


def test_cli_warns_when_doc_ids_differ(tmp_path):
    kk, ru = base_pair()
    ru["doc_id"] = "another_act"
    result = run(write(tmp_path, "kk.json", kk), write(tmp_path, "ru.json", ru))
    assert result.exit_code == 0
    assert result.stderr.startswith("kazlegal: warning: ")
    assert "'another_act'" in result.stderr


# --- which documents are versions of one act ----------------------------------------------

def with_source(doc: dict, fmt: str, doc_id: str = "made_up") -> dict:
    doc = copy.deepcopy(doc)
    doc["doc_id"] = doc_id
    doc["source"]["format"] = fmt
    return doc


def test_pair_versions_by_doc_id_language_and_format():
    kk, ru = base_pair()
    docs = [with_source(kk, "pdf"), with_source(kk, "text"), with_source(ru, "text"),
            with_source(ru, "pdf"), with_source(kk, "pdf", "only_kazakh"),
            with_source(ru, "pdf", "other_act")]
    versions = pair_versions(docs)
    assert sorted(versions.pairs) == [(0, 3), (1, 2)]
    assert versions.ambiguous == []


def test_pair_versions_refuses_to_guess():
    kk, ru = base_pair()
    docs = [with_source(kk, "pdf"), with_source(kk, "pdf"), with_source(ru, "pdf")]
    versions = pair_versions(docs)
    assert versions.pairs == []
    assert versions.ambiguous == [
        (0, "cannot pair the versions of 'made_up' from pdf: 2 Kazakh and 1 Russian outputs")]
