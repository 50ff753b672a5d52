"""Same input, same bytes: two conversions of a document give byte-identical JSON.

Run in two processes with different hash seeds, so no set or dict order that
depends on string hashing can leak into an output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfgen
import pytest
from conftest import ROOT, SAMPLES

import pipeline
from pipeline.export.json import dumps


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    tmp = tmp_path_factory.mktemp("determinism")
    return [*SAMPLES, pdfgen.make_legal_document(tmp, pages=2).path]


def _convert_in_process(paths: list[Path], outdir: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "convert", *map(str, paths), "-o", str(outdir),
         "--no-cache", "--jobs", "1", "--quiet"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return {p.name: p.read_bytes() for p in sorted(outdir.glob("*.json"))}


def test_two_runs_in_one_process_give_the_same_bytes(inputs):
    for path in inputs:
        assert dumps(pipeline.convert(path)) == dumps(pipeline.convert(path)), path.name


def test_two_processes_with_different_hash_seeds_give_the_same_bytes(inputs, tmp_path):
    first = _convert_in_process(inputs, tmp_path / "a", seed="1")
    second = _convert_in_process(inputs, tmp_path / "b", seed="2")
    assert sorted(first) == sorted(f"{p.stem}.json" for p in inputs)
    for name in first:
        assert first[name] == second[name], name
