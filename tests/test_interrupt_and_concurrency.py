"""A batch stopped by a signal, and two batches writing into one folder at once, each run
as real `kazlegal convert` processes. The inputs are copies of a sample document (the
copies make a batch long enough to interrupt), or made-up documents."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES

COPIES = 400  # ~10 s of work at two jobs: the signal comes ~1 s in, with the first output


def kazlegal(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def outputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def wait_for_first_output(folder: Path, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not outputs(folder):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.02)


@pytest.mark.parametrize("signum, to_group", [
    (signal.SIGINT, True),    # Ctrl-C: the terminal signals the whole process group
    (signal.SIGTERM, False),  # `kill PID`: only the main process gets it
], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_batch_stops_at_once_and_keeps_what_it_finished(tmp_path, signum,
                                                                       to_group):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for i in range(COPIES):
        shutil.copy(SAMPLES[0], inputs / f"act_{i:02d}.txt")
    process = kazlegal("convert", str(inputs), "-o", str(out), "-j", "2",
                       start_new_session=True)  # its own process group, workers included
    wait_for_first_output(out, process)
    signalled = time.monotonic()
    (os.killpg if to_group else os.kill)(process.pid, signum)
    _, stderr = process.communicate(timeout=30)
    seconds = time.monotonic() - signalled

    assert process.returncode == 128 + signum  # 130 / 143
    assert seconds < 3, f"took {seconds:.1f} s to stop"
    with pytest.raises(ProcessLookupError):  # no worker outlives the batch
        os.killpg(process.pid, 0)
    assert "Traceback" not in stderr
    written = outputs(out)
    assert 1 <= len(written) < COPIES  # stopped early, and the first output is kept
    name = signal.Signals(signum).name
    assert (f"kazlegal: interrupted by {name}: converted {len(written)} of {COPIES} (their "
            f"outputs and cache entries are kept), {COPIES - len(written)} not converted"
            ) in stderr.splitlines()
    assert list(out.rglob("*.tmp")) == []
    cache = json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))
    assert sorted(cache) == [p.stem for p in written]  # every finished document, no other
    for path in written:
        assert json.loads(path.read_text("utf-8"))["doc_id"] == path.stem  # whole files
    # the cache entries are good: a next run serves the finished ones from the cache
    pending = sorted(set(inputs.iterdir()) - {inputs / f"{p.stem}.txt" for p in written})
    again = kazlegal("convert", *(str(inputs / f"{p.stem}.txt") for p in written),
                     str(pending[0]), "-o", str(out), "-j", "1")
    _, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    assert f"converted 1, cached {len(written)}, failed 0" in stderr


def test_two_runs_into_one_folder_keep_each_others_cache_entries(tmp_path):
    out = tmp_path / "out"
    folders = {}
    for run in ("a", "b"):
        folders[run] = tmp_path / run
        folders[run].mkdir()
        for i in range(8):  # made up: small acts, different in each file
            (folders[run] / f"{run}_{i}.txt").write_text(
                f"      1. Министрлік {i + 1} ай ішінде есеп береді.\n"
                f"      2. Кеңес жыл сайын {run.upper()}-{i} отырыс өткізеді.\n", "utf-8")
    shared = tmp_path / "shared.txt"  # both runs convert this one into the same file
    shared.write_text("      1. Әкімдік жоспарды бекітеді.\n", "utf-8")
    runs = [kazlegal("convert", str(folders[run]), str(shared), "-o", str(out), "-j", "1")
            for run in ("a", "b")]
    for process in runs:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr

    expected = sorted([f"{run}_{i}" for run in ("a", "b") for i in range(8)] + ["shared"])
    assert [p.stem for p in outputs(out)] == expected
    for path in outputs(out):
        assert json.loads(path.read_text("utf-8"))["doc_id"] == path.stem  # never interleaved
    assert list(out.rglob("*.tmp")) == []
    cache = json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))
    assert sorted(cache) == expected  # neither run dropped the other's entries
    third = kazlegal("convert", str(folders["a"]), str(folders["b"]), str(shared), "-o",
                     str(out), "-j", "1")
    _, stderr = third.communicate(timeout=300)
    assert third.returncode == 0 and "converted 0, cached 17, failed 0" in stderr, stderr
