"""How a text input was decoded, in the output: `source.encoding` and
`source.encoding_confidence`, an `encoding` repair per line read apart, and a warning
on stderr. The files here are made-up examples, built byte by byte."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from invariants import check_document
from jsonschema import Draft202012Validator

from pipeline.cli import main

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" /
                     "document.schema.json").read_text("utf-8"))
POINTS = ["      1. Министрлік жыл сайын Үкіметке есеп береді.",
          "      2. Қазақстан Республикасының Кеңесі отырыс өткізеді.",
          "      3. Әкімдік бір ай ішінде жоспарды бекітеді."]


def convert(tmp_path: Path, data: bytes):
    path = tmp_path / "act.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["convert", str(path), "-o", str(tmp_path / "out"),
                                       "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    document = None
    if (tmp_path / "out" / "act.json").exists():
        document = json.loads((tmp_path / "out" / "act.json").read_text("utf-8"))
    return path, result, document


def test_a_mixed_file_converts_with_a_warning_and_an_encoding_repair(tmp_path):
    second = (POINTS[1] + "\n").encode("kz1048")
    data = (POINTS[0] + "\n").encode() + second + (POINTS[2] + "\n").encode()
    path, result, doc = convert(tmp_path, data)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"kazlegal: warning: {path}: mixed encodings: line 2 not UTF-8 like the rest of the "
        "file, read as KZ-1048")
    assert doc["source"]["encoding"] == "utf-8"
    assert doc["source"]["encoding_confidence"] == "mixed"
    assert doc["text"].splitlines() == [p.strip() for p in POINTS]
    (repair,) = [r for r in doc["repairs"] if r["kind"] == "encoding"]
    start, end = repair["span"]
    assert doc["text"][start:end] == repair["after"] == POINTS[1].strip()
    # the raw bytes, escaped: "Қазақ" is 8d e0 e7 e0 9d in KZ-1048 (Қ 0x8d, қ 0x9d)
    assert repair["before"] == second[:-1].decode("ascii", "backslashreplace")
    assert repair["before"].startswith("      2. \\x8d\\xe0\\xe7\\xe0\\x9d")
    assert repair["page"] == 1 and "line 2" in repair["note"]
    check_document(doc)
    assert list(Draft202012Validator(SCHEMA).iter_errors(doc)) == []


def test_replaced_bytes_are_a_repair_too(tmp_path):
    data = "\n".join(POINTS).encode().replace("сайын".encode(), b"\x98\x81") + b"\n"
    path, result, doc = convert(tmp_path, data)
    assert result.exit_code == 0, result.output
    assert (f"kazlegal: warning: {path}: line 1: 2 byte(s) not text in any known encoding "
            "replaced with U+FFFD (\\x98\\x81)") in result.stderr.splitlines()
    (repair,) = [r for r in doc["repairs"] if r["kind"] == "encoding"]
    assert repair["after"] == "1. Министрлік жыл \ufffd\ufffd Үкіметке есеп береді."
    assert "\\x98\\x81" in repair["before"] and "replaced with U+FFFD" in repair["note"]
    check_document(doc)


def test_clean_files_say_how_sure_the_reader_was_and_have_no_encoding_repair(tmp_path):
    for encoding, confidence in (("utf-8", "certain"), ("kz1048", "guessed")):
        _, result, doc = convert(tmp_path, "\n".join(POINTS).encode(encoding))
        assert result.exit_code == 0 and result.stderr.startswith("converted 1"), result.output
        assert (doc["source"]["encoding"], doc["source"]["encoding_confidence"]) == (
            encoding, confidence)
        assert not [r for r in doc["repairs"] if r["kind"] == "encoding"]
