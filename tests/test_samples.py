"""The two sample documents end to end, scored against their hand-made gold text."""

from __future__ import annotations

import pytest
from conftest import GOLD, SAMPLES

from pipeline.evaluation import word_error_rate

MAX_WER = 0.002  # the bar of the foundation issue


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_text_matches_gold(converted, sample):
    gold = (GOLD / f"{sample.stem}.normalized.txt").read_text("utf-8")
    score = word_error_rate(gold, converted[sample.stem]["text"])
    assert score.wer <= MAX_WER, f"WER {score.wer:.4f} ({score.errors} errors)"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_span_indexes_the_text(converted, sample):
    doc = converted[sample.stem]
    text = doc["text"]
    for repair in doc["repairs"]:
        start, end = repair["span"]
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == repair["after"], repair
    # the line map covers every non-blank character, in order, without overlaps
    spans = [tuple(line["span"]) for line in doc["lines"]]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    pages = [p["page"] for p in doc["pages"]]
    assert pages == sorted(pages) and pages[0] == 1


def test_both_displaced_words_of_the_samples_are_repaired_and_flagged(converted):
    repairs = [r for doc in converted.values() for r in doc["repairs"]]
    moved = [r for r in repairs if r["kind"] == "displaced_link"]
    assert sorted(r["after"] for r in moved) == [
        "5-бабының 8) тармақшасына сәйкес",
        "келісімнің жобасы мақұлдансын.",
    ]


def test_typos_of_the_original_survive(converted):
    text = converted["000_f37db273f0083b9d"]["text"]
    for typo in ("мемлекетттердің", "хаттмамен", "Келсімнің"):
        assert typo in text


def test_same_input_gives_identical_output():
    import json

    import pipeline

    first = json.dumps(pipeline.convert(SAMPLES[0]), ensure_ascii=False)
    assert json.dumps(pipeline.convert(SAMPLES[0]), ensure_ascii=False) == first


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_output_validates_against_the_published_schema(converted, sample):
    import json

    import jsonschema
    from conftest import ROOT

    schema = json.loads((ROOT / "schemas" / "document.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(converted[sample.stem], schema, cls=jsonschema.Draft202012Validator)
