"""The rules checker (`kazlegal check`): every built-in rule fires on a made-up document built to
break it and stays quiet on one that does not; the real outputs pass; user rules load, fire and
fail with one clear line; SARIF and JUnit reports have the structure their consumers expect.

All documents built here are made-up examples (small output dicts shaped like the schema)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft7Validator, Draft202012Validator
from lxml import etree

from pipeline.rules import (
    BUILTIN_RULES,
    RuleFileError,
    UnknownRuleError,
    check,
    load_rule_files,
    select_rules,
)
from pipeline.rules.builtin import term_pattern
from pipeline.rules.cli import check as check_command
from pipeline.rules.report import Report, render
from pipeline.rules.user import load_rule_file
from pipeline.tables import read_document

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
EXAMPLE_RULES = ROOT / "rules" / "example.yaml"
DOCUMENT_SCHEMA = json.loads((ROOT / "schemas" / "document.schema.json").read_text("utf-8"))
RULES_SCHEMA = json.loads((ROOT / "schemas" / "rules.schema.json").read_text("utf-8"))

LINES = [
    "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ",
    "2012 жылғы 29 мамыр № 696-1",
    "Есеп беру туралы",
    "1. Қаржы министрлігі (бұдан әрі – Министрлік) бір ай ішінде есеп береді.",
    "2. Министрлік осы қаулының 1-тармағында көрсетілген есепті жыл сайын жариялайды.",
    "Қазақстан Республикасының Премьер-Министрі К. Мәсімов",
]
TEXT = "\n".join(LINES) + "\n"


def span_of(fragment: str, start: int = 0) -> list[int]:
    i = TEXT.index(fragment, start)
    return [i, i + len(fragment)]


def unit(eid: str, num: str | None, children: list | None = None, text: str = "мәтін") -> dict:
    """Made up: a schema-valid unit whose spans cover the whole text (numbering tests)."""
    kind = eid.rsplit("/", 1)[-1].split("_")[0]
    return {"eid": eid, "kind": kind, "num": num, "heading": None, "text": text,
            "span": [0, len(TEXT)], "text_span": [0, len(TEXT)], "page": 1,
            "children": children or []}


def made_up() -> dict:
    """Made up: a clean one-component resolution that every built-in rule accepts."""
    para_1, para_2 = span_of(LINES[3]), span_of(LINES[4])
    every = {"relation": "every", "duration": None, "recurrence": "P1Y", "working_days": False,
             "anchor": None}
    within = {"relation": "within", "duration": "P1M", "recurrence": None, "working_days": False,
              "anchor": None}
    return {
        "schema_version": "1", "doc_id": "made_up",
        "source": {"path": "corpora/made_up.txt", "sha256": "0" * 64, "format": "text",
                   "pages": 1},
        "text": TEXT, "repairs": [], "pages": [{"page": 1, "span": [0, len(TEXT)]}],
        "lines": [{"span": span_of(LINES[0]), "page": 1, "line": 1}],
        "metadata": {
            "act_type": "resolution", "act_type_kk": "қаулы",
            "issuer": "Қазақстан Республикасының Үкіметі", "date": "2012-05-29",
            "number": "696-1", "title": "Есеп беру туралы", "language": "kk", "place": None,
            "signatories": [{"role": "Қазақстан Республикасының Премьер-Министрі",
                             "name": "К. Мәсімов", "span": span_of("К. Мәсімов")}]},
        "components": [{
            "eid": "main", "type": "resolution", "title": "Есеп беру туралы", "draft": False,
            "approval": None, "span": [0, len(TEXT)], "signatories": [],
            "units": [
                {"eid": "main/para_1", "kind": "para", "num": "1", "heading": None,
                 "text": LINES[3][3:], "span": para_1, "text_span": [para_1[0] + 3, para_1[1]],
                 "page": 1, "children": []},
                {"eid": "main/para_2", "kind": "para", "num": "2", "heading": None,
                 "text": LINES[4][3:], "span": para_2, "text_span": [para_2[0] + 3, para_2[1]],
                 "page": 1, "children": []}]}],
        "definitions": [{"term": "Министрлік", "expansion": "Қаржы министрлігі",
                         "component": "main", "unit": "main/para_1",
                         "span": span_of("Министрлік")}],
        "references": [{"unit": "main/para_2", "text": "осы қаулының 1-тармағында",
                        "span": span_of("осы қаулының 1-тармағында"), "target": "main/para_1",
                        "external": None}],
        "deadlines": [
            {"unit": "main/para_1", "text": "бір ай ішінде", "span": span_of("бір ай ішінде"),
             **within},
            {"unit": "main/para_2", "text": "жыл сайын", "span": span_of("жыл сайын"), **every}],
        "obligations": [
            {"id": "ob_1", "unit": "main/para_1", "modality": "obligation",
             "actor": {"text": "Министрлік", "canonical": "Министрлік"}, "action": "есеп береді",
             "trigger": None, "condition": None, "span": para_1,
             "deadline": {**within, "text": "бір ай ішінде"}},
            {"id": "ob_2", "unit": "main/para_2", "modality": "obligation",
             "actor": {"text": "Министрлік", "canonical": "Министрлік"}, "action": "жариялайды",
             "trigger": None, "condition": None, "span": para_2,
             "deadline": {**every, "text": "жыл сайын"}}],
    }


def with_units(units: list[dict]) -> dict:
    doc = made_up()
    doc["components"][0]["units"] = units
    doc["references"] = []
    return doc


def append_text(doc: dict, line: str) -> int:
    """Add a line at the end of the main component; its offset."""
    start = len(doc["text"])
    doc["text"] += line + "\n"
    doc["components"][0]["span"][1] = len(doc["text"])
    doc["pages"][0]["span"][1] = len(doc["text"])
    return start


def fired(doc: dict, rule_id: str) -> list[tuple[str, str | None, str]]:
    """(severity, eid, message) of what one rule reports on one document."""
    return [(f.severity, f.eid, f.message) for f in check([doc], select=[rule_id])]


# --- the made-up document itself ------------------------------------------------------------

def test_made_up_document_is_valid_and_clean():
    assert list(Draft202012Validator(DOCUMENT_SCHEMA).iter_errors(made_up())) == []
    assert check([made_up()]) == []


def test_builtin_rules_have_stable_unique_ids_and_descriptions():
    ids = [r.id for r in BUILTIN_RULES]
    assert ids == [f"KL{n:03d}" for n in range(1, 17)]
    assert len({r.name for r in BUILTIN_RULES}) == len(ids)
    for rule in BUILTIN_RULES:
        assert rule.severity in ("error", "warning", "info")
        assert rule.description and "\n" not in rule.description


# --- KL001 schema ----------------------------------------------------------------------------

def test_schema_invalid_fires_with_json_paths():
    doc = made_up()
    del doc["text"]
    doc["components"][0]["units"][0]["kind"] = "clause"
    found = fired(doc, "KL001")
    assert found[0] == ("error", None, "$: 'text' is a required property")
    assert any(m.startswith("$.components[0].units[0].kind: 'clause' is not one of")
               for _, _, m in found)


def test_schema_invalid_lists_the_first_few_errors_and_counts_the_rest():
    doc = made_up()
    for u in doc["components"][0]["units"]:
        u["num"] = 1
        u["page"] = "one"
    found = fired(doc, "KL001")
    assert len(found) == 4
    assert found[-1][2] == "... and 1 more schema errors"


def test_schema_quiet_on_valid_document():
    assert fired(made_up(), "KL001") == []


def test_rule_that_trips_over_a_broken_document_reports_instead_of_crashing():
    doc = made_up()
    del doc["components"][0]["span"]
    doc["repairs"].append({"kind": "displaced_link", "span": [0, 5], "before": "a", "after": "b"})
    found = check([doc])
    rules = {f.rule for f in found}
    assert "KL001" in rules
    crash = [f for f in found if f.rule == "KL015"]
    assert crash[0].severity == "error"
    assert crash[0].message.startswith("rule could not run on this document (KeyError: 'span')")


# --- KL002-KL004 numbering -------------------------------------------------------------------

def test_numbering_gap_fires():
    doc = with_units([unit("main/para_1", "1"), unit("main/para_3", "3")])
    assert fired(doc, "KL002") == [
        ("warning", "main/para_3", "para 2 missing: main/para_1 is followed by main/para_3")]


def test_numbering_gap_quiet_when_points_continue_across_sections():
    doc = with_units([
        unit("main/sec_1", "1", [unit("main/sec_1/para_1", "1"), unit("main/sec_1/para_2", "2")]),
        unit("main/sec_2", "2", [unit("main/sec_2/para_3", "3"), unit("main/sec_2/para_4", "4")]),
        unit("main/sec_3", "3", [unit("main/sec_3/para_1", "1")]),
    ])
    assert fired(doc, "KL002") == []


def test_numbering_gap_fires_when_a_section_does_not_continue():
    doc = with_units([
        unit("main/sec_1", "1", [unit("main/sec_1/para_1", "1"), unit("main/sec_1/para_2", "2")]),
        unit("main/sec_2", "2", [unit("main/sec_2/para_4", "4")]),
    ])
    assert fired(doc, "KL002") == [(
        "warning", "main/sec_2/para_4",
        "para numbering under main/sec_2 starts at 4 (the previous para group ended at 2)")]


def test_numbering_gap_handles_inserted_dotted_and_roman_numbers():
    inserted = with_units([unit("main/art_5", "5"), unit("main/art_5-1", "5-1"),
                           unit("main/art_6", "6")])
    inserted["components"][0]["units"].insert(0, unit("main/art_4", "4"))
    for n in (1, 2, 3):
        inserted["components"][0]["units"].insert(n - 1, unit(f"main/art_{n}", str(n)))
    assert fired(inserted, "KL002") == []
    dotted = with_units([unit("main/para_1.1", "1.1"), unit("main/para_1.2", "1.2"),
                         unit("main/para_1.4", "1.4")])
    assert [m for _, _, m in fired(dotted, "KL002")] == [
        "para 1.3 missing: main/para_1.2 is followed by main/para_1.4"]
    roman = with_units([unit("main/sec_I", "I"), unit("main/sec_II", "II"),
                        unit("main/sec_IV", "IV")])
    assert [m for _, _, m in fired(roman, "KL002")] == [
        "sec 3 missing: main/sec_II is followed by main/sec_IV"]


def test_numbering_duplicate_fires_once_per_number():
    doc = with_units([unit("main/para_1", "1"), unit("main/para_2", "2"), unit("main/para_2", "2")])
    assert fired(doc, "KL003") == [("error", "main/para_2", "para 2 appears 2 times under main")]


def test_numbering_duplicate_quiet_across_parents_and_kinds():
    doc = with_units([
        unit("main/para_1", "1", [unit("main/para_1/subpara_1", "1")]),
        unit("main/para_2", "2", [unit("main/para_2/subpara_1", "1"),
                                  unit("main/para_2/indent_1", None),
                                  unit("main/para_2/indent_2", None)]),
    ])
    assert fired(doc, "KL003") == []


def test_numbering_order_fires_without_a_gap():
    doc = with_units([unit("main/para_1", "1"), unit("main/para_3", "3"), unit("main/para_2", "2")])
    assert fired(doc, "KL004") == [("warning", "main/para_2", "para 2 comes after main/para_3")]
    assert fired(doc, "KL002") == []


def test_numbering_order_quiet_in_order():
    assert fired(made_up(), "KL004") == []


# --- KL005-KL006 references ------------------------------------------------------------------

def test_reference_unresolved_fires():
    doc = made_up()
    doc["references"][0]["target"] = "main/para_9"
    assert fired(doc, "KL005") == [(
        "error", "main/para_2", "reference “осы қаулының 1-тармағында” points at main/para_9, "
                                "which is no unit of this document")]


def test_reference_unresolved_quiet_for_units_and_components():
    doc = made_up()
    assert fired(doc, "KL005") == []
    doc["references"][0]["target"] = "main"
    assert fired(doc, "KL005") == []


def test_reference_untargeted_fires_when_it_reads_internal():
    doc = made_up()
    doc["references"][0]["target"] = None
    doc["references"].append({"unit": "main/para_2", "text": "5-тармағында", "span": [0, 1],
                              "target": None, "external": None})
    assert [(s, m) for s, _, m in fired(doc, "KL006")] == [
        ("warning", "reference “осы қаулының 1-тармағында” looks internal but has no target"),
        ("warning", "reference “5-тармағында” looks internal but has no target")]


def test_reference_untargeted_quiet_for_external_references():
    doc = made_up()
    doc["references"] = [
        {"unit": "main/para_2", "text": "осы Заңның 5-бабы", "span": [0, 1], "target": None,
         "external": {"type": "law"}},
        {"unit": "main/para_2", "text": "Қазақстан Республикасының Заңы", "span": [0, 1],
         "target": None, "external": None}]
    assert fired(doc, "KL006") == []


# --- KL007-KL008 definitions -----------------------------------------------------------------

def test_term_pattern_follows_case_endings_voicing_and_capitals():
    assert term_pattern("Министрлік").search("Министрлігі есеп береді")
    assert term_pattern("Министрлік").search("Министрлікке жібереді")
    assert not term_pattern("Кеңес").search("кеңес құру туралы")  # the common noun
    assert not term_pattern("Кеңес").search("ЖоғарыКеңес")  # not inside another word
    assert term_pattern("мемлекеттік органдар").search("Мемлекеттік органдардың жұмысы")
    assert term_pattern("мемлекеттік органдар").search("мемлекеттік\nоргандарға")
    lenient = term_pattern("Өнеркәсіптік саясат", strict_case=False)
    assert lenient.search("өнеркәсіптік саясаттың мақсаттары")
    assert not term_pattern("Өнеркәсіптік саясат").search("өнеркәсіптік саясаттың мақсаттары")


def test_definition_unused_fires():
    doc = made_up()
    doc["text"] = doc["text"].replace("2. Министрлік осы", "2. Ведомство осы")
    assert fired(doc, "KL007") == [(
        "warning", "main/para_1",
        "term “Министрлік” is defined but not used after its definition in main")]


def test_definition_unused_quiet_when_used_with_a_case_ending():
    doc = made_up()
    doc["text"] = doc["text"].replace("2. Министрлік осы", "2. Министрлігі осы")
    assert fired(doc, "KL007") == []


def test_definition_unused_quiet_when_a_capitalised_term_is_used_in_lower_case():
    # «Өнеркәсіптік саясат» термині ... : capitalised only because it opens the definition
    doc = made_up()
    doc["text"] = doc["text"].replace("2. Министрлік осы", "2. министрлікке осы")
    assert fired(doc, "KL007") == []


def test_definition_used_before_fires():
    doc = made_up()
    second = TEXT.index("Министрлік", TEXT.index("2. "))  # define it at its second occurrence
    doc["definitions"][0].update(span=[second, second + len("Министрлік")], unit="main/para_2")
    (severity, eid, message), = fired(doc, "KL008")
    assert (severity, eid) == ("info", "main/para_2")
    assert message.startswith("term “Министрлік” is used before its definition")


def test_definition_used_before_quiet_for_the_common_noun():
    # "Қаржы министрлігі" before the definition is the lower-case common noun
    assert fired(made_up(), "KL008") == []


# --- KL009-KL010 obligations and deadlines ---------------------------------------------------

def test_obligation_no_actor_fires_as_info():
    doc = made_up()
    doc["obligations"][1]["actor"] = None
    assert fired(doc, "KL009") == [("info", "main/para_2", "obligation ob_2 has no actor")]


def test_obligation_no_actor_quiet_with_actor():
    assert fired(made_up(), "KL009") == []


def test_deadline_unparseable_fires_for_obligations_and_deadlines():
    doc = made_up()
    nothing = {"relation": None, "duration": None, "recurrence": None}
    doc["obligations"][0]["deadline"].update(nothing)
    doc["deadlines"][0].update(nothing)
    assert fired(doc, "KL010") == [
        ("error", "main/para_1", "deadline “бір ай ішінде” of ob_1 could not be normalized"),
        ("error", "main/para_1", "deadline “бір ай ішінде” could not be normalized")]


def test_deadline_unparseable_quiet_with_any_of_duration_recurrence_relation():
    doc = made_up()
    doc["obligations"][0]["deadline"]["relation"] = None  # the duration P1M is still there
    doc["deadlines"][1]["relation"] = "someday"  # the recurrence P1Y is still there
    assert fired(doc, "KL010") == []


# --- KL011-KL012 metadata --------------------------------------------------------------------

def test_metadata_missing_fires_per_field():
    doc = made_up()
    doc["metadata"].update(date=None, number=None, issuer=None, signatories=[])
    assert fired(doc, "KL011") == [
        ("warning", None, "metadata has no date of adoption"),
        ("warning", None, "metadata has no act number"),
        ("warning", None, "metadata has no issuer"),
        ("warning", None, "metadata has no signatory")]


def test_metadata_missing_is_info_for_drafts():
    doc = made_up()
    doc["metadata"].update(date=None, number=None)
    doc["components"][0]["draft"] = True
    assert [s for s, _, _ in fired(doc, "KL011")] == ["info", "info"]
    doc["components"][0]["draft"] = False
    doc["metadata"]["title"] = "Салық туралы Қазақстан Республикасы Заңының жобасы"
    assert [s for s, _, _ in fired(doc, "KL011")] == ["info", "info"]
    # a resolution *about* a draft is not a draft itself
    doc["metadata"]["title"] = "Жарлықтың жобасы туралы"
    assert [s for s, _, _ in fired(doc, "KL011")] == ["warning", "warning"]


def test_metadata_missing_quiet_when_complete():
    assert fired(made_up(), "KL011") == []


def test_date_conflict_fires_for_entry_into_force_before_adoption():
    doc = made_up()
    doc["deadlines"].append({"unit": "main/para_2", "text": "2010 жылғы 1 қаңтардан бастап",
                             "span": [0, 1], "relation": "from", "duration": None,
                             "recurrence": None, "working_days": False,
                             "anchor": "2010 жылғы 1 қаңтар"})
    assert fired(doc, "KL012") == [(
        "warning", "main/para_2", "deadline “2010 жылғы 1 қаңтардан бастап” (from 2010-01-01) "
                                  "lies before the act's date 2012-05-29")]


def test_date_conflict_quiet_for_later_dates_and_other_relations():
    doc = made_up()
    base = {"unit": "main/para_2", "span": [0, 1], "duration": None, "recurrence": None,
            "working_days": False}
    doc["deadlines"] += [
        {**base, "text": "2013 жылғы 1 қаңтардан бастап", "relation": "from",
         "anchor": "2013 жылғы 1 қаңтар"},
        {**base, "text": "2010 жылғы 1 қаңтардан кейін", "relation": "after",
         "anchor": "2010 жылғы 1 қаңтар"},
        {**base, "text": "тиісті жылдың 20 желтоқсанынан кешіктірмей",
         "relation": "not_later_than", "anchor": "тиісті жылдың 20 желтоқсаны"}]
    assert fired(doc, "KL012") == []


# --- KL013-KL015 artifacts -------------------------------------------------------------------

def test_letter_spaced_text_fires():
    doc = made_up()
    start = append_text(doc, "Осы қаулы қ о й ы л с ы н .")
    assert fired(doc, "KL013") == [(
        "warning", "main",
        f"letter-spaced run left in the text: “қ о й ы л с ы н” at offset {start + 10}")]


def test_letter_spaced_text_quiet_on_short_runs_and_lists():
    doc = made_up()
    append_text(doc, "а) б) в) г) тармақтары; 1 2 3 4 5; А Б В; Н.Назарбаев")
    assert fired(doc, "KL013") == []


def test_glued_words_fire_for_case_and_dot():
    doc = made_up()
    append_text(doc, "Үкіметі қаулы етедіКеңес құрылсын; келісімнің жобасы мақұлдансын.келісімнің")
    assert [m.split(" at offset")[0] for _, _, m in fired(doc, "KL014")] == [
        "glued words: “етедіКеңес”", "glued words: “мақұлдансын.келісімнің”"]


def test_glued_words_quiet_on_initials_hyphens_and_numbers():
    doc = made_up()
    append_text(doc, "Н.Назарбаев, ТМД-ның, 1.2. тармақ, www.gov.kz, № ҚР ДСМ-175/2020, т.б.")
    assert fired(doc, "KL014") == []


def test_displaced_link_fires_as_info_at_its_unit():
    doc = made_up()
    doc["repairs"].append({"kind": "displaced_link", "span": span_of("бір ай ішінде"),
                           "before": "ай ішінде бір", "after": "бір ай ішінде", "page": 1,
                           "note": "word drawn out of reading order"})
    assert fired(doc, "KL015") == [(
        "info", "main/para_1", "words moved back into reading order: “ай ішінде бір” -> "
                               "“бір ай ішінде”; check against the source")]


def test_displaced_link_quiet_for_other_repairs():
    doc = made_up()
    doc["repairs"].append({"kind": "letter_spacing", "span": [0, 5], "before": "Қ А У Л Ы",
                           "after": "ҚАУЛЫ"})
    assert fired(doc, "KL015") == []


# --- the real outputs ------------------------------------------------------------------------

def test_real_outputs_have_no_error_findings():
    paths = sorted(p for p in OUTPUTS.glob("*.json") if not p.name.startswith("."))  # not the cache index
    documents = [read_document(p) for p in paths]
    findings = check(documents, paths)
    for f in findings:  # shown with pytest -s: what the corpus still has to review
        print(f"{f.location}: {f.severity} {f.rule}: {f.message}")
    assert [f for f in findings if f.severity == "error"] == []
    # every displaced-link repair is flagged for review, nothing else is
    displaced = sum(r["kind"] == "displaced_link" for d in documents for r in d["repairs"])
    assert len([f for f in findings if f.rule == "KL015"]) == displaced


def test_check_command_passes_on_real_outputs():
    result = CliRunner().invoke(check_command, [str(OUTPUTS)])
    assert result.exit_code == 0, result.output
    count = sum(1 for p in OUTPUTS.rglob("*.json") if not p.name.startswith("."))
    assert result.stdout.splitlines()[-1].startswith(f"checked {count} documents: 0 errors")


# --- select / ignore -------------------------------------------------------------------------

def broken() -> dict:
    """Made up: a gap (KL002) and a dangling reference (KL005)."""
    doc = made_up()
    doc["components"][0]["units"][1].update(eid="main/para_3", num="3")
    doc["references"][0]["target"] = "main/para_9"
    doc["obligations"][1]["unit"] = doc["deadlines"][1]["unit"] = "main/para_3"
    doc["references"][0]["unit"] = "main/para_3"
    return doc


def test_select_and_ignore_by_id_or_name():
    assert {f.rule for f in check([broken()])} == {"KL002", "KL005"}
    assert {f.rule for f in check([broken()], select=["KL002"])} == {"KL002"}
    assert {f.rule for f in check([broken()], ignore=["numbering-gap"])} == {"KL005"}
    with pytest.raises(UnknownRuleError, match="unknown rule 'KL999'"):
        select_rules(BUILTIN_RULES, ignore=["KL999"])


def test_text_report_lines():
    findings = check([broken()])
    text = render(Report(BUILTIN_RULES, [("made_up", None)], findings), "text")
    assert text.splitlines() == [
        "made_up/main/para_3: warning KL002 numbering-gap: para 2 missing: main/para_1 is "
        "followed by main/para_3",
        "made_up/main/para_3: error KL005 reference-unresolved: reference “осы қаулының "
        "1-тармағында” points at main/para_9, which is no unit of this document",
        "checked 1 document: 1 error, 1 warning, 0 infos"]


# --- exit codes ------------------------------------------------------------------------------

def write(tmp_path: Path, doc: dict, name: str | None = None) -> Path:
    path = tmp_path / f"{name or doc['doc_id']}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_exit_codes(tmp_path):
    clean = write(tmp_path, made_up())
    bad_doc = broken()
    bad_doc["doc_id"] = "broken"
    bad = write(tmp_path, bad_doc)
    runner = CliRunner()
    assert runner.invoke(check_command, [str(clean)]).exit_code == 0
    result = runner.invoke(check_command, [str(clean), str(bad)])
    assert result.exit_code == 1
    assert "broken/main/para_3: error KL005 reference-unresolved" in result.stdout
    # errors switched off: 0 again
    assert runner.invoke(check_command, [str(bad), "--ignore", "KL005"]).exit_code == 0
    for args, message in [
        ([str(tmp_path / "nope.json")], f"kazlegal: {tmp_path / 'nope.json'}: no such file or folder"),
        ([], "kazlegal: check: give the output files or folders to check (PATHS)"),
        ([str(clean), "--select", "KL002,KL999"], "kazlegal: unknown rule 'KL999'"),
        ([str(clean), "--rules", str(tmp_path / "none.yaml")],
         f"kazlegal: {tmp_path / 'none.yaml'}: no such rule file"),
    ]:
        result = runner.invoke(check_command, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.strip() == message
        assert "Traceback" not in result.output


def test_unreadable_output_is_bad_usage(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"doc_id": ', encoding="utf-8")
    result = CliRunner().invoke(check_command, [str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kazlegal: {path}: not valid JSON: line 1")


def test_output_option_writes_the_report(tmp_path):
    report = tmp_path / "report.json"
    result = CliRunner().invoke(check_command, [str(write(tmp_path, broken())), "--format", "json",
                                                "-o", str(report)])
    assert result.exit_code == 1 and result.stdout == ""
    data = json.loads(report.read_text("utf-8"))
    assert data["summary"] == {"error": 1, "warning": 1, "info": 0}
    assert [f["rule"] for f in data["findings"]] == ["KL002", "KL005"]


# --- SARIF -----------------------------------------------------------------------------------

# The parts of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json, draft-07) that cover
# the objects kazlegal writes, restated here because the official file is not available
# offline: the same required properties, enums and minimums, and `additionalProperties:
# false` as in the official schema, so a misspelt or misplaced key fails as it would there.
SARIF_SUBSET = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "additionalProperties": False, "required": ["version", "runs"],
    "properties": {"$schema": {"type": "string"}, "version": {"enum": ["2.1.0"]},
                   "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}}},
    "definitions": {
        "propertyBag": {"type": "object"},
        "message": {"type": "object", "additionalProperties": False,
                    "properties": {"text": {"type": "string"}, "id": {"type": "string"}},
                    "anyOf": [{"required": ["text"]}, {"required": ["id"]}]},
        "multiformatMessageString": {
            "type": "object", "additionalProperties": False, "required": ["text"],
            "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}}},
        "reportingConfiguration": {
            "type": "object", "additionalProperties": False,
            "properties": {"enabled": {"type": "boolean"},
                           "level": {"enum": ["none", "note", "warning", "error"]},
                           "rank": {"type": "number", "minimum": -1, "maximum": 100}}},
        "reportingDescriptor": {
            "type": "object", "additionalProperties": False, "required": ["id"],
            "properties": {
                "id": {"type": "string"}, "name": {"type": "string"},
                "shortDescription": {"$ref": "#/definitions/multiformatMessageString"},
                "fullDescription": {"$ref": "#/definitions/multiformatMessageString"},
                "defaultConfiguration": {"$ref": "#/definitions/reportingConfiguration"},
                "properties": {"$ref": "#/definitions/propertyBag"}}},
        "toolComponent": {
            "type": "object", "additionalProperties": False, "required": ["name"],
            "properties": {
                "name": {"type": "string"}, "version": {"type": "string"},
                "semanticVersion": {"type": "string"},
                "rules": {"type": "array", "uniqueItems": True,
                          "items": {"$ref": "#/definitions/reportingDescriptor"}}}},
        "tool": {"type": "object", "additionalProperties": False, "required": ["driver"],
                 "properties": {"driver": {"$ref": "#/definitions/toolComponent"}}},
        "artifactLocation": {
            "type": "object", "additionalProperties": False,
            "properties": {"uri": {"type": "string"}, "uriBaseId": {"type": "string"},
                           "index": {"type": "integer", "minimum": -1}}},
        "artifact": {"type": "object", "additionalProperties": False,
                     "properties": {"location": {"$ref": "#/definitions/artifactLocation"}}},
        "physicalLocation": {
            "type": "object", "additionalProperties": False,
            "properties": {"artifactLocation": {"$ref": "#/definitions/artifactLocation"}},
            "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}]},
        "logicalLocation": {
            "type": "object", "additionalProperties": False,
            "properties": {"name": {"type": "string"}, "fullyQualifiedName": {"type": "string"},
                           "kind": {"type": "string"},
                           "index": {"type": "integer", "minimum": -1}}},
        "location": {
            "type": "object", "additionalProperties": False,
            "properties": {"physicalLocation": {"$ref": "#/definitions/physicalLocation"},
                           "logicalLocations": {
                               "type": "array", "uniqueItems": True,
                               "items": {"$ref": "#/definitions/logicalLocation"}}}},
        "result": {
            "type": "object", "additionalProperties": False, "required": ["message"],
            "properties": {
                "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"$ref": "#/definitions/message"},
                "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
                "partialFingerprints": {"type": "object",
                                        "additionalProperties": {"type": "string"}},
                "baselineState": {"enum": ["new", "unchanged", "updated", "absent"]}}},
        "run": {
            "type": "object", "additionalProperties": False, "required": ["tool"],
            "properties": {
                "tool": {"$ref": "#/definitions/tool"},
                "artifacts": {"type": "array", "uniqueItems": True,
                              "items": {"$ref": "#/definitions/artifact"}},
                "results": {"type": "array", "items": {"$ref": "#/definitions/result"}}}},
    },
}


def test_sarif_subset_schema_rejects_what_sarif_rejects():
    validator = Draft7Validator(SARIF_SUBSET)
    assert not validator.is_valid({"version": "2.1.0"})  # runs missing
    assert not validator.is_valid({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
    assert not validator.is_valid({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"},
                                                         "level": "info"}]}]})


def test_sarif_report(tmp_path):
    clean = write(tmp_path, made_up())
    bad = write(tmp_path, broken(), "broken")
    rules = tmp_path / "rules.yaml"
    rules.write_text(EXAMPLE_RULES.read_text("utf-8"), encoding="utf-8")
    result = CliRunner().invoke(check_command, [str(clean), str(bad), "--format", "sarif",
                                                "--rules", str(rules)])
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert list(Draft7Validator(SARIF_SUBSET).iter_errors(log)) == []
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "kazlegal"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == [r.id for r in BUILTIN_RULES] + ["ministry-deadline", "permission-actor"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels["KL001"] == "error" and levels["KL015"] == "note"
    assert levels["permission-actor"] == "warning"
    assert all(r["shortDescription"]["text"] for r in driver["rules"])

    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("KL002", "warning"),
                                                            ("KL005", "error")]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        (location,) = r["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == bad.as_uri()
        assert location["logicalLocations"][0]["fullyQualifiedName"] == "made_up/main/para_3"
    assert [a["location"]["uri"] for a in run["artifacts"]] == [clean.as_uri(), bad.as_uri()]
    # fingerprints identify a finding across runs
    again = json.loads(CliRunner().invoke(check_command, [str(bad), "--format", "sarif"]).stdout)
    assert [r["partialFingerprints"] for r in again["runs"][0]["results"]] == [
        r["partialFingerprints"] for r in results]


def test_sarif_relative_paths_stay_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, broken(), "в папке")  # a name that needs escaping in a URI
    log = json.loads(CliRunner().invoke(check_command, ["в папке.json", "--format",
                                                        "sarif"]).stdout)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "%D0%B2%20%D0%BF%D0%B0%D0%BF%D0%BA%D0%B5.json"}


# --- JUnit -----------------------------------------------------------------------------------

# The common JUnit XML shape (as Ant writes it and Jenkins, GitLab and GitHub read it),
# written out as an XSD: testsuites > testsuite (properties, testcases, system-out/err) >
# testcase > at most one of skipped/error/failure.
JUNIT_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="testsuites">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="testsuite" type="suite" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:complexType name="suite">
    <xs:sequence>
      <xs:element name="properties" minOccurs="0">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="property" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:attribute name="name" type="xs:string" use="required"/>
                <xs:attribute name="value" type="xs:string" use="required"/>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="testcase" type="case" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="system-out" type="xs:string" minOccurs="0"/>
      <xs:element name="system-err" type="xs:string" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="name" type="xs:string" use="required"/>
    <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="failures" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="errors" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
    <xs:attribute name="time" type="xs:decimal" use="required"/>
    <xs:attribute name="timestamp" type="xs:dateTime" use="required"/>
    <xs:attribute name="hostname" type="xs:string" use="required"/>
    <xs:attribute name="package" type="xs:string"/>
    <xs:attribute name="id" type="xs:int"/>
  </xs:complexType>
  <xs:complexType name="case">
    <xs:choice minOccurs="0">
      <xs:element name="skipped"/>
      <xs:element name="error" type="problem"/>
      <xs:element name="failure" type="problem"/>
    </xs:choice>
    <xs:attribute name="name" type="xs:string" use="required"/>
    <xs:attribute name="classname" type="xs:string" use="required"/>
    <xs:attribute name="time" type="xs:decimal" use="required"/>
  </xs:complexType>
  <xs:complexType name="problem">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="message" type="xs:string"/>
        <xs:attribute name="type" type="xs:string" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
</xs:schema>
"""


def test_junit_report(tmp_path):
    clean = write(tmp_path, made_up())
    second = broken()
    second["doc_id"] = "broken"
    second["references"].append(dict(second["references"][0], target="main/para_8"))
    bad = write(tmp_path, second)
    result = CliRunner().invoke(check_command, [str(clean), str(bad), "--format", "junit"])
    assert result.exit_code == 1
    root = etree.fromstring(result.stdout.encode("utf-8"))
    schema = etree.XMLSchema(etree.fromstring(JUNIT_XSD))
    assert schema.validate(root), schema.error_log
    suites = root.findall("testsuite")
    assert [s.get("name").split()[0] for s in suites] == [r.id for r in BUILTIN_RULES]
    for suite in suites:
        assert [c.get("name") for c in suite.findall("testcase")] == ["made_up", "broken"]
        assert suite.get("tests") == "2"
    by_rule = {s.get("name").split()[0]: s for s in suites}
    # the error rule fails for the broken document only, with both errors in one failure
    kl005 = by_rule["KL005"]
    assert kl005.get("failures") == "1"
    failure = kl005.find("testcase[@name='broken']/failure")
    assert failure.get("type") == "KL005"
    assert failure.get("message").startswith("2 errors, first: reference")
    assert len(failure.text.splitlines()) == 2
    assert kl005.find("testcase[@name='made_up']/failure") is None
    # a warning is reported but does not fail
    kl002 = by_rule["KL002"]
    assert kl002.get("failures") == "0"
    assert "warning: broken/main/para_3: para 2 missing" in kl002.find("system-out").text


# --- user rules ------------------------------------------------------------------------------

def test_rules_schema_is_valid_and_accepts_the_example():
    import yaml

    Draft202012Validator.check_schema(RULES_SCHEMA)
    data = yaml.safe_load(EXAMPLE_RULES.read_text("utf-8"))
    assert list(Draft202012Validator(RULES_SCHEMA).iter_errors(data)) == []


def test_example_rules_load():
    rules = load_rule_file(EXAMPLE_RULES)
    assert [(r.id, r.table, r.severity) for r in rules] == [
        ("ministry-deadline", "obligations", "error"),
        ("permission-actor", "obligations", "warning")]
    assert rules[0].where == "actor == 'Министрлік'"
    assert rules[0].origin == str(EXAMPLE_RULES)


def test_example_rules_fire():
    doc = made_up()
    doc["obligations"][1]["deadline"] = None
    doc["obligations"].append(dict(doc["obligations"][0], id="ob_3", modality="permission",
                                   actor=None))
    found = check([doc], ["made_up.json"], load_rule_files([EXAMPLE_RULES]),
                  select=["ministry-deadline", "permission-actor"])
    assert [(f.rule, f.severity, f.eid, f.message, f.path) for f in found] == [
        ("ministry-deadline", "error", "main/para_2",
         "Every obligation of the Ministry has a deadline (obligation ob_2)", "made_up.json"),
        ("permission-actor", "warning", "main/para_1",
         "No permission without an actor (obligation ob_3)", "made_up.json")]


def test_example_rules_quiet():
    doc = made_up()
    doc["obligations"].append(dict(doc["obligations"][0], id="ob_3", modality="permission"))
    doc["obligations"].append(dict(doc["obligations"][0], id="ob_4", deadline=None,
                                   actor={"text": "Әкімдік", "canonical": "Әкімдік"}))
    assert check([doc], user_rules=load_rule_files([EXAMPLE_RULES]),
                 select=["ministry-deadline", "permission-actor"]) == []


def rule_file(tmp_path: Path, text: str, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rules_on_other_tables_and_missing_values(tmp_path):
    path = rule_file(tmp_path, """
rules:
  - id: recent-acts
    table: documents
    require: "date >= '2013-01-01'"
    severity: warning
    message: "Act adopted before 2013"
  - id: points-have-text
    table: units
    where: "kind == 'para'"
    require: "text.str.contains('жариялайды')"
    severity: info
    message: "Point does not publish"
  - id: calendar-days
    table: obligations
    require: "deadline_working_days == False"
    severity: info
    message: "Deadline in calendar days"
""", "ok.yaml")
    doc = made_up()
    doc["obligations"][1]["deadline"] = None
    undated = dict(made_up(), doc_id="undated")
    undated["metadata"] = dict(undated["metadata"], date=None)
    found = check([doc, undated], user_rules=load_rule_files([path]),
                  select=["recent-acts", "points-have-text", "calendar-days"])
    # a missing value does not satisfy a comparison: the undated act and the obligation
    # without deadline are reported too
    assert [(f.rule, f.doc_id, f.eid) for f in found] == [
        ("calendar-days", "made_up", "main/para_2"),
        ("points-have-text", "made_up", "main/para_1"),
        ("recent-acts", "made_up", None),
        ("points-have-text", "undated", "main/para_1"),
        ("recent-acts", "undated", None)]


BAD_RULES = [
    ("unknown table", "rules:\n  - {id: x, table: obligation, require: 'actor.notna()', severity: error, message: m}\n",
     "bad.yaml: rule #1 (x): unknown table 'obligation' (tables: documents, units, obligations, deadlines, definitions, references)"),
    ("bad syntax", "rules:\n  - {id: x, table: obligations, require: 'actor ==', severity: error, message: m}\n",
     'bad.yaml: rule #1 (x): require: bad query syntax in "actor ==": invalid syntax'),
    ("unbalanced bracket", "rules:\n  - {id: x, table: obligations, require: 'actor.notna(', severity: error, message: m}\n",
     'bad.yaml: rule #1 (x): require: bad query syntax in "actor.notna(": EOF in multi-line statement'),
    ("unknown column", "rules:\n  - {id: ok, table: units, require: 'eid.notna()', severity: info, message: m}\n"
                       "  - {id: x, table: obligations, where: \"actr == 'Министрлік'\", require: 'actor.notna()', severity: error, message: m}\n",
     "bad.yaml: rule #2 (x): where: unknown column 'actr' in \"actr == 'Министрлік'\" (columns of obligations: doc_id, id, unit, modality, actor, actor_text, action, trigger, condition, deadline_relation, deadline_duration, deadline_recurrence, deadline_working_days, deadline_anchor, deadline_text, start, end, page)"),
    ("missing field", "rules:\n  - {id: x, table: obligations, severity: error, message: m}\n",
     "bad.yaml: rule #1 (x): missing required field 'require'"),
    ("missing id", "rules:\n  - {table: obligations, require: 'actor.notna()', severity: error, message: m}\n",
     "bad.yaml: rule #1: missing required field 'id'"),
    ("unknown field", "rules:\n  - {id: x, table: units, require: 'eid.notna()', severity: info, message: m, note: n}\n",
     "bad.yaml: rule #1 (x): unknown field 'note' (fields: id, description, severity, message, table, where, require)"),
    ("bad severity", "rules:\n  - {id: x, table: units, require: 'eid.notna()', severity: fatal, message: m}\n",
     "bad.yaml: rule #1 (x): unknown severity 'fatal' (severities: error, warning, info)"),
    ("empty query", "rules:\n  - {id: x, table: units, require: '', severity: info, message: m}\n",
     "bad.yaml: rule #1 (x): 'require' is empty"),
    ("bad id", "rules:\n  - {id: 'my rule', table: units, require: 'eid.notna()', severity: info, message: m}\n",
     "bad.yaml: rule #1 (my rule): id 'my rule' must start with a letter and hold only letters, digits, '_', '.' and '-'"),
    ("not a condition", "rules:\n  - {id: x, table: obligations, require: 'actor', severity: error, message: m}\n",
     'bad.yaml: rule #1 (x): require: "actor" is not a true/false condition (it gives string values)'),
    ("assignment", "rules:\n  - {id: x, table: obligations, require: 'a = 1', severity: error, message: m}\n",
     'bad.yaml: rule #1 (x): require: "a = 1" is not a true/false condition (it gives an assignment)'),
    ("unknown method", "rules:\n  - {id: x, table: obligations, require: 'actor.notnull2()', severity: error, message: m}\n",
     "bad.yaml: rule #1 (x): require: cannot evaluate \"actor.notnull2()\": AttributeError: 'Series' object has no attribute 'notnull2'"),
    ("builtin id", "rules:\n  - {id: KL002, table: units, require: 'eid.notna()', severity: info, message: m}\n",
     "bad.yaml: rule #1 (KL002): id 'KL002' is taken by a built-in rule"),
    ("not a mapping", "- id: x\n", "bad.yaml: the file must be a mapping with a 'rules' list"),
    ("empty file", "", "bad.yaml: the file must be a mapping with a 'rules' list"),
    ("no rules", "rule: []\n", "bad.yaml: missing required field 'rules'"),
    ("bad YAML", "rules: [\n",
     "bad.yaml: not valid YAML: expected the node content, but found '<stream end>' (line 2, column 1)"),
]


@pytest.mark.parametrize("text,line", [(text, line) for _, text, line in BAD_RULES],
                         ids=[name for name, _, _ in BAD_RULES])
def test_bad_rule_files_fail_with_one_line(tmp_path, monkeypatch, text, line):
    monkeypatch.chdir(tmp_path)
    rule_file(tmp_path, text)
    with pytest.raises(RuleFileError) as exc:
        load_rule_files(["bad.yaml"], reserved={r.id for r in BUILTIN_RULES})
    assert str(exc.value) == line
    # the command: exit 2, the same line, no traceback
    write(tmp_path, made_up())
    result = CliRunner().invoke(check_command, ["made_up.json", "--rules", "bad.yaml"])
    assert result.exit_code == 2
    assert result.stderr == f"kazlegal: {line}\n"
    assert "Traceback" not in result.output


def test_duplicate_rule_ids_across_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = "rules:\n  - {id: same, table: units, require: 'eid.notna()', severity: info, message: m}\n"
    rule_file(tmp_path, body, "a.yaml")
    rule_file(tmp_path, body, "b.yaml")
    with pytest.raises(RuleFileError) as exc:
        load_rule_files(["a.yaml", "b.yaml"])
    assert str(exc.value) == "b.yaml: rule #1 (same): duplicate id 'same' (also a.yaml: rule #1 (same))"


def test_rule_that_fails_on_real_data_is_bad_usage(tmp_path, monkeypatch):
    # parses, and passes on the empty frame, but cannot compare text with a number on data
    monkeypatch.chdir(tmp_path)
    rule_file(tmp_path, "rules:\n  - {id: x, table: units, require: 'text.str.len() > num', severity: info, message: m}\n")
    write(tmp_path, made_up())
    result = CliRunner().invoke(check_command, ["made_up.json", "--rules", "bad.yaml"])
    assert result.exit_code == 2
    assert result.stderr.startswith('kazlegal: bad.yaml: rule #1 (x): require: cannot evaluate "text.str.len() > num": ')


def test_list_rules_includes_user_rules():
    result = CliRunner().invoke(check_command, ["--list-rules", "--rules", str(EXAMPLE_RULES)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(BUILTIN_RULES) + 2
    assert lines[0].split("\t")[:3] == ["KL001", "error", "schema-invalid"]
    assert lines[-1].split("\t")[:2] == ["permission-actor", "warning"]


def test_findings_do_not_depend_on_input_mutation():
    doc = made_up()
    before = copy.deepcopy(doc)
    check([doc], user_rules=load_rule_files([EXAMPLE_RULES]))
    assert doc == before


def test_sarif_without_paths_keeps_the_logical_location():
    findings = check([broken()])
    log = json.loads(render(Report(BUILTIN_RULES, [("made_up", None)], findings), "sarif"))
    assert list(Draft7Validator(SARIF_SUBSET).iter_errors(log)) == []
    (location,) = log["runs"][0]["results"][0]["locations"]
    assert location == {"logicalLocations": [{"name": "main/para_3",
                                              "fullyQualifiedName": "made_up/main/para_3",
                                              "kind": "element"}]}
    assert log["runs"][0]["artifacts"] == []
