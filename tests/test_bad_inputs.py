"""Bad inputs through the command line: one line each on stderr, no traceback, no output.

Each bad input gets exactly one `kazlegal: FILE: reason` line, makes the exit
status non-zero and leaves no output file, while the good inputs of the same
batch still convert. Inputs that can be read but look wrong (a text in neither
Kazakh nor Russian) convert with a `kazlegal: warning: FILE: ...` line.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pdfgen
import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from pipeline.cli import main

GOOD = SAMPLES[0]
KAZAKH_CP1251 = "1. Министрлік жыл сайын есеп береді.\n2. Осы ереже іске асырылсын.\n"  # і only
KAZAKH = "1. Министрлік бір ай мерзімде Үкіметке ұсыныстар енгізсін.\n2. Кеңес жыл сайын есеп береді.\n"
RUSSIAN = ("Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n"
           "1. Одобрить прилагаемый проект Соглашения о сотрудничестве в области промышленности.\n"
           "2. Настоящее постановление вводится в действие со дня его подписания.\n")


def run(*args: str):
    result = CliRunner().invoke(main, ["convert", *args, "--jobs", "1"])
    # an exception escaping the command would also exit with 1: only sys.exit counts
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def messages(result) -> list[str]:
    """The lines on stderr but the summary; each must be a `kazlegal:` line (no traceback)."""
    lines = [line for line in result.stderr.splitlines() if not line.startswith("converted ")]
    assert all(line.startswith("kazlegal: ") for line in lines), lines
    return lines


def outputs(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.iterdir() if not p.name.startswith("."))


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("bad_pdfs")
    legal = pdfgen.make_legal_document(tmp, pages=2).path
    data = legal.read_bytes()
    truncated = tmp / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])
    forged = tmp / "forged_eof.pdf"  # cut in the middle, an %%EOF glued on
    forged.write_bytes(data[: len(data) // 3] + b"\n%%EOF\n")
    return {"legal": legal, "encrypted": pdfgen.make_encrypted(tmp).path,
            "scan": pdfgen.make_no_text(tmp).path, "truncated": truncated, "forged": forged}


def _bad(tmp: Path, pdfs: dict[str, Path]) -> dict[str, tuple[Path, str]]:
    """Bad input -> (path, a phrase its error line must contain)."""
    def write(name: str, data: bytes) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return {
        "empty .txt": (write("empty.txt", b""), "empty file"),
        "empty .pdf": (write("empty_pdf.pdf", b""), "empty file"),
        "blank lines": (write("blank.txt", b"  \n\n \t\n"), "empty file"),
        "random bytes .pdf": (write("noise.pdf", _random_bytes(4096, 1)), "not a PDF"),
        "random bytes .txt": (write("noise_text.txt", _random_bytes(4096, 2)), "not text"),
        "random bytes without NUL .txt": (
            write("noise_nonul.txt", _random_bytes(4096, 4).replace(b"\x00", b"\x01")),
            "not text in a known encoding"),
        "random bytes with PDF header": (
            write("noise_header.pdf", b"%PDF-1.7\n" + _random_bytes(4096, 3) + b"\n%%EOF\n"),
            "corrupt PDF"),
        "truncated PDF": (pdfs["truncated"], "truncated PDF"),
        "cut PDF with forged %%EOF": (pdfs["forged"], "corrupt PDF"),
        "encrypted PDF": (pdfs["encrypted"], "encrypted"),
        "scanned PDF": (pdfs["scan"], "needs OCR"),
    }


def test_each_bad_input_fails_alone_with_one_line(tmp_path: Path, pdfs):
    for what, (path, reason) in _bad(tmp_path, pdfs).items():
        out = tmp_path / f"out_{path.stem}"
        result = run(str(path), "-o", str(out))
        assert result.exit_code == 1, what
        lines = messages(result)
        assert len(lines) == 1 and lines[0].startswith(f"kazlegal: {path}: "), (what, lines)
        assert reason in lines[0], (what, lines)
        assert "Traceback" not in result.output, what
        assert outputs(out) == [], what


def test_bad_inputs_in_a_batch_do_not_stop_the_good_ones(tmp_path: Path, pdfs):
    bad = _bad(tmp_path, pdfs)
    empty_dir = tmp_path / "nothing_here"
    empty_dir.mkdir()
    (empty_dir / "notes.md").write_text("not an input", "utf-8")
    missing = tmp_path / "absent.txt"
    out = tmp_path / "out"
    inputs = [str(p) for p, _ in bad.values()]
    result = run(*inputs, str(GOOD), str(pdfs["legal"]), str(empty_dir), str(missing), "-o", str(out))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = messages(result)
    assert f"kazlegal: {missing}: no such file" in lines
    assert f"kazlegal: {empty_dir}: folder holds no .pdf or .txt inputs" in lines
    for path, reason in bad.values():
        mine = [line for line in lines if line.startswith(f"kazlegal: {path}: ")]
        assert len(mine) == 1 and reason in mine[0], (path, mine)
    assert len(lines) == len(bad) + 2
    assert outputs(out) == sorted([f"{GOOD.stem}.json", f"{pdfs['legal'].stem}.json"])


def test_encrypted_pdf_says_so_and_converts_with_the_password(tmp_path: Path, pdfs):
    path = pdfs["encrypted"]
    result = run(str(path), "-o", str(tmp_path / "a"))
    assert messages(result) == [f"kazlegal: {path}: PDF is encrypted; pass --password to open it"]
    result = run(str(path), "-o", str(tmp_path / "b"), "--password", "guess")
    assert result.exit_code == 1 and messages(result) == [f"kazlegal: {path}: wrong password"]
    result = run(str(path), "-o", str(tmp_path / "c"), "--password", pdfgen.PASSWORD)
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "c" / f"{path.stem}.json").read_text("utf-8"))
    assert doc["text"] == "Бұл құжат құпия сөзбен қорғалған."


def test_scanned_pdf_needs_ocr(tmp_path: Path, pdfs):
    result = run(str(pdfs["scan"]), "-o", str(tmp_path))
    assert messages(result) == [
        f"kazlegal: {pdfs['scan']}: no text layer: scanned PDF, it needs OCR first"]


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-16", KAZAKH), ("utf-16-le", KAZAKH), ("utf-8-sig", KAZAKH), ("kz1048", KAZAKH),
    ("cp1251", KAZAKH_CP1251)], ids=["utf-16", "utf-16-le-bom", "utf-8-sig", "kz1048", "cp1251"])
def test_text_in_legacy_encodings_converts(tmp_path: Path, encoding: str, text: str):
    path = tmp_path / "act.txt"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data  # BOM written by hand, as Notepad does
    path.write_bytes(data)
    result = run(str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert messages(result) == []
    doc = json.loads((tmp_path / "out" / "act.json").read_text("utf-8"))
    assert doc["text"] == text.strip()
    assert [u["num"] for u in doc["components"][0]["units"]] == ["1", "2"]


def test_utf16_without_bom_is_refused_not_garbled(tmp_path: Path):
    path = tmp_path / "nobom.txt"
    path.write_bytes(KAZAKH.encode("utf-16-le"))
    result = run(str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert messages(result) == [f"kazlegal: {path}: binary data, not text"]


def test_russian_document_converts_as_russian_without_a_warning(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, "utf-8")
    result = run(str(path), str(GOOD), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert messages(result) == []
    doc = json.loads((tmp_path / "out" / "ru.json").read_text("utf-8"))
    assert "warnings" not in doc
    assert doc["metadata"]["language"] == "ru"
    assert json.loads((tmp_path / "out" / f"{GOOD.stem}.json").read_text("utf-8"))[
        "metadata"]["language"] == "kk"


def test_a_text_in_neither_language_converts_with_a_warning(tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_text("The Government of the Republic of Kazakhstan hereby resolves:\n" * 3, "utf-8")
    result = run(str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    warning = "language not recognised as Kazakh or Russian (unknown): read as Kazakh"
    assert messages(result) == [f"kazlegal: warning: {path}: {warning}"]
    doc = json.loads((tmp_path / "out" / "en.json").read_text("utf-8"))
    assert doc["warnings"] == [warning]
    assert doc["metadata"]["language"] == "kk"


def test_language_option_forces_the_language(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, "utf-8")
    result = run(str(path), "-o", str(tmp_path / "out"), "--language", "kk")
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "out" / "ru.json").read_text("utf-8"))
    assert doc["metadata"]["language"] == "kk"
    # read as Kazakh, the Russian formula is no formula: the act's type is not found
    assert doc["metadata"]["act_type"] != "resolution"
    result = run(str(path), "-o", str(tmp_path / "out2"), "--language", "ru")
    doc = json.loads((tmp_path / "out2" / "ru.json").read_text("utf-8"))
    assert (doc["metadata"]["language"], doc["metadata"]["act_type"]) == ("ru", "resolution")
    result = run(str(path), "-o", str(tmp_path / "out3"), "--language", "en")
    assert result.exit_code == 2
