"""Failures of the output side: one line naming the path and the reason, exit status 2,
no traceback, no partial or temporary file, and the outputs of inputs already converted
kept. The tests run as root, which ignores permissions: the unwritable folders are under
/proc, a path under a regular file, and a full disk is a patched `os.write` or
`os.replace`. The inputs are made-up documents."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ACTS = {  # made up
    "a": "      1. Министрлік жыл сайын Үкіметке есеп береді.\n",
    "b": "      1. Кеңес отырыс өткізеді.\n      2. Комитет ұсыныстар енгізсін.\n",
    "c": "      1. Әкімдік жоспарды бекітеді.\n",
}
LINUX_PROC = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ACTS.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return [str(folder / f"{name}.txt") for name in ACTS]


def convert(*args: str):
    result = CliRunner().invoke(main, ["convert", *args, "-j", "1"])
    # an exception escaping the command would also exit with 1: only sys.exit counts
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("kazlegal:")]


def leftovers(folder: Path) -> list[str]:
    """Temporary files left anywhere under `folder`."""
    return sorted(str(p) for p in folder.rglob("*.tmp"))


@LINUX_PROC
@pytest.mark.parametrize("outdir, message", [
    ("/proc/kz", "/proc/kz: cannot create the output folder: no such file or folder"),
    ("/proc", "/proc: cannot write into the output folder: no such file or folder"),
])
def test_an_output_folder_that_cannot_be_made_or_written(inputs, outdir, message):
    result = convert(inputs[0], "-o", outdir)
    assert result.exit_code == 2
    (line,) = errors(result)
    assert line.startswith(f"kazlegal: {message}")


def test_an_output_folder_under_a_file_or_that_is_a_file(inputs, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a regular file", "utf-8")
    under = convert(inputs[0], "-o", str(blocker / "out"))
    assert under.exit_code == 2
    assert errors(under) == [f"kazlegal: {blocker / 'out'}: cannot create the output folder: "
                             f"{blocker} is a file"]
    itself = convert(inputs[0], "-o", str(blocker))
    assert itself.exit_code == 2
    assert errors(itself) == [f"kazlegal: {blocker}: cannot use as the output folder: "
                              "it is a file"]
    assert blocker.read_text("utf-8") == "a regular file"


def test_a_folder_in_the_way_stops_the_batch_and_keeps_what_was_written(inputs, tmp_path):
    out = tmp_path / "out"
    (out / "b.json").mkdir(parents=True)  # where b's output should go
    result = convert(*inputs, "-o", str(out))
    assert result.exit_code == 2
    assert errors(result) == [f"kazlegal: {out / 'b.json'}: cannot write: a folder is in the way"]
    assert "converted 1, cached 0, failed 0, not converted 2" in result.stderr
    assert json.loads((out / "a.json").read_text("utf-8"))["doc_id"] == "a"
    assert not (out / "c.json").exists() and leftovers(out) == []
    cache = json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))
    assert sorted(cache) == ["a"]


def test_a_file_in_the_way_of_a_mirrored_folder(tmp_path):
    (tmp_path / "in" / "dev").mkdir(parents=True)
    (tmp_path / "in" / "dev" / "x.txt").write_text(ACTS["a"], "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "dev").write_text("a file named like the folder", "utf-8")
    result = convert(str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 2
    assert errors(result) == [f"kazlegal: {out / 'dev'}: cannot create folder: "
                              f"{out / 'dev'} is a file"]


def _full_disk_for(monkeypatch, prefix: str) -> None:
    """Writes to temporary files whose name starts with `prefix` fail: disk full."""
    real_write = os.write

    def write(fd, data):
        try:
            name = Path(os.readlink(f"/proc/self/fd/{fd}")).name
        except OSError:
            name = ""
        if name.startswith(prefix) and name.endswith(".tmp"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)


@LINUX_PROC
def test_a_full_disk_stops_the_batch_without_a_partial_file(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = convert(*inputs, "-o", str(out), "--format", "json,xml")
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for path in inputs:  # every input changed: all three are converted again
        Path(path).write_text(Path(path).read_text("utf-8") + "      9. Жаңа тармақ.\n", "utf-8")
    _full_disk_for(monkeypatch, ".b.xml")
    result = convert(*inputs, "-o", str(out), "--format", "json,xml")
    assert result.exit_code == 2
    assert errors(result) == [f"kazlegal: {out / 'b.xml'}: cannot write: no space left on the "
                              "device"]
    assert "converted 1, cached 0, failed 0, not converted 2" in result.stderr
    assert leftovers(out) == []
    # a: converted again, written whole; b: neither file replaced (its json was staged, not
    # renamed); c: never reached, its old outputs are still there
    assert (out / "a.json").read_bytes() != before["a.json"]
    assert "Жаңа тармақ" in json.loads((out / "a.json").read_text("utf-8"))["text"]
    for name in ("b.json", "b.xml", "c.json", "c.xml"):
        assert (out / name).read_bytes() == before[name], name
    cache = json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))
    assert cache["a"]["sha256"] != json.loads(before[".kazlegal-cache.json"])["a"]["sha256"]
    assert cache["b"] == json.loads(before[".kazlegal-cache.json"])["b"]  # still the old one


def test_a_failing_rename_is_reported_the_same_way(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == "c.json":
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = convert(*inputs, "-o", str(out))
    assert result.exit_code == 2
    assert errors(result) == [f"kazlegal: {out / 'c.json'}: cannot write: read-only file system"]
    assert sorted(p.name for p in out.iterdir()) == [".kazlegal-cache.json", "a.json", "b.json"]
    assert sorted(json.loads((out / ".kazlegal-cache.json").read_text("utf-8"))) == ["a", "b"]


@LINUX_PROC
def test_a_cache_that_cannot_be_saved_is_an_output_failure_too(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _full_disk_for(monkeypatch, "..kazlegal-cache.json")  # its temporary: "." + the name
    result = convert(*inputs, "-o", str(out))
    assert result.exit_code == 2
    assert errors(result) == [f"kazlegal: {out / '.kazlegal-cache.json'}: cannot write: no space "
                              "left on the device"]
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json"]


@LINUX_PROC
def test_the_lexicon_command_reports_an_unwritable_file_the_same_way(inputs):
    result = CliRunner().invoke(main, ["lexicon", inputs[0], "-o", "/proc/lexicon.txt"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert errors(result) == ["kazlegal: /proc/lexicon.txt: cannot write: no such file or "
                              "folder (or the file system does not allow it)"]


def test_a_check_report_that_cannot_be_written_is_one_line(tmp_path):
    from conftest import ROOT

    blocker = tmp_path / "notes.txt"
    blocker.write_text("a regular file", "utf-8")
    report = blocker / "report.sarif"
    result = CliRunner().invoke(main, ["check", str(ROOT / "outputs"), "--format", "sarif",
                                       "-o", str(report)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert errors(result) == [f"kazlegal: {blocker}: cannot create folder: {blocker} is a file"]
