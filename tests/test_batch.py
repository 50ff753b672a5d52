"""Batch conversion: cache, process pool, Dask, engines, progress-free summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfgen
import pytest
from click.testing import CliRunner
from conftest import SAMPLES

import pipeline
from pipeline.batch import Options, convert_batch
from pipeline.cli import main


def outputs(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


def test_second_run_is_served_from_the_cache_and_a_changed_input_is_not(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, inputs / sample.name)
    out = tmp_path / "out"
    first = convert_batch(sorted(inputs.iterdir()), out, Options(), jobs=1)
    assert (first.converted, first.cached, first.failed) == (2, 0, [])
    again = convert_batch(sorted(inputs.iterdir()), out, Options(), jobs=1)
    assert (again.converted, again.cached) == (0, 2)
    changed = inputs / SAMPLES[0].name
    changed.write_text(changed.read_text("utf-8") + "\n      Қосымша сөйлем.\n", "utf-8")
    third = convert_batch(sorted(inputs.iterdir()), out, Options(), jobs=1)
    assert (third.converted, third.cached) == (1, 1)
    # other options are another conversion, not a cache hit
    xml = convert_batch(sorted(inputs.iterdir()), out, Options(formats=("json", "xml")), jobs=1)
    assert (xml.converted, xml.cached) == (2, 0)


def test_a_deleted_output_is_rebuilt(tmp_path):
    convert_batch(list(SAMPLES), tmp_path, Options(), jobs=1)
    (tmp_path / f"{SAMPLES[0].stem}.json").unlink()
    summary = convert_batch(list(SAMPLES), tmp_path, Options(), jobs=1)
    assert (summary.converted, summary.cached) == (1, 1)


def test_process_pool_gives_byte_identical_outputs(tmp_path):
    convert_batch(list(SAMPLES), tmp_path / "one", Options(), jobs=1)
    convert_batch(list(SAMPLES), tmp_path / "two", Options(), jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_dask_local_cluster_gives_the_same_outputs(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    convert_batch(list(SAMPLES), tmp_path / "local", Options(), jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = convert_batch(list(SAMPLES), tmp_path / "dask", Options(), executor="dask",
                                scheduler=cluster.scheduler_address)
    assert summary.converted == 2
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")


def test_cli_dask_without_scheduler_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["convert", str(SAMPLES[0]), "-o", str(tmp_path),
                                       "--executor", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output


@pytest.mark.parametrize("make", [pdfgen.make_stretched, pdfgen.make_furniture,
                                  pdfgen.make_hyphenation, pdfgen.make_signature_and_stamp,
                                  pdfgen.make_out_of_order, pdfgen.make_no_space_glyphs,
                                  pdfgen.make_positioned_glyphs])
def test_both_pdf_engines_give_identical_normalized_text(tmp_path, make):
    path = make(tmp_path).path
    fast = pipeline.convert(path, engine="pdfium")
    slow = pipeline.convert(path, engine="pdfplumber")
    assert fast["text"] == slow["text"]
    assert [r["kind"] for r in fast["repairs"]] == [r["kind"] for r in slow["repairs"]]


def test_summary_line_counts_failures(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    summary = convert_batch([bad, SAMPLES[0]], tmp_path / "out", Options(), jobs=1)
    assert summary.converted == 1 and summary.failed == [(str(bad), "empty file")]
    assert summary.line().startswith("converted 1, cached 0, failed 1")


def _die_on_b(path: str, options, name: str):
    """A made-up unit of work: returns its name, except that the worker dies on `b`."""
    import os

    if name == "b":
        os._exit(9)
    return name


def test_a_worker_that_dies_fails_its_input_only():
    from pipeline.executors import PoolRun
    from pipeline.inputs import Input

    todo = [Input(Path(f"{n}.txt"), n) for n in "abcde"]
    run = PoolRun(todo, _die_on_b, None, jobs=2)
    try:
        results = list(run)
    finally:
        run.stop()
    assert sorted(r for r in results if isinstance(r, str)) == ["a", "c", "d", "e"]
    (died,) = [r for r in results if not isinstance(r, str)]
    assert (died.name, died.error) == ("b", "internal error: the worker process converting it died")


def _name_of(path: str, options, name: str) -> str:
    return name


def test_workers_take_the_largest_inputs_first(tmp_path):
    from pipeline.executors import PoolRun
    from pipeline.inputs import Input

    todo = []
    for name, size in (("small", 10), ("large", 3000), ("missing", None), ("medium", 500)):
        path = tmp_path / f"{name}.txt"
        if size is not None:
            path.write_bytes(b"x" * size)
        todo.append(Input(path, name))
    run = PoolRun(todo, _name_of, None, jobs=1)  # one worker: results in the order given out
    try:
        assert list(run) == ["large", "medium", "small", "missing"]
    finally:
        run.stop()
