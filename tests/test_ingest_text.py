"""The text reader: encodings, page breaks, indentation cues."""

from __future__ import annotations

import pytest

from pipeline.ingest import IngestError, read
from pipeline.ingest.text import decode, split_pages

KAZAKH = "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ: әрбір өңір ұйымдары үшін"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "kz1048", "cp1251"])
def test_encodings_are_detected(tmp_path, encoding):
    text = KAZAKH if encoding != "cp1251" else "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:"
    path = tmp_path / "act.txt"
    path.write_bytes(text.encode(encoding))
    doc = read(path)
    assert doc.pages[0].lines[0].text == text
    assert doc.encoding in (encoding, "utf-16") if encoding == "utf-16" else True


def test_kz1048_is_preferred_over_cp1251_for_kazakh_text():
    text, encoding = decode(KAZAKH.encode("kz1048"))
    assert (text, encoding) == (KAZAKH, "kz1048")


def test_page_breaks_blank_lines_and_indents():
    pages = split_pages("Тақырып\n\n      1. Бірінші.\nжалғасы\n\n\n\nкелесі бет\n\fүшінші бет\n")
    assert [p.number for p in pages] == [1, 2, 3]
    first = pages[0].lines
    assert [(ln.text, ln.indent, ln.blank_before) for ln in first] == [
        ("Тақырып", False, False), ("1. Бірінші.", True, True), ("жалғасы", False, False)]
    assert pages[1].lines[0].text == "келесі бет" and not pages[1].lines[0].blank_before
    assert pages[2].lines[0].text == "үшінші бет"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary data, not text"),
])
def test_unreadable_text_inputs(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        read(path)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="is a directory"):
        read(tmp_path)
