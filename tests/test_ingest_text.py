"""The text reader: encodings, page breaks, indentation cues.

The texts here are made-up examples (mixed-encoding files are built byte by byte)."""

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
    decoded = decode(KAZAKH.encode("kz1048"))
    assert (decoded.text, decoded.encoding, decoded.confidence) == (KAZAKH, "kz1048", "guessed")
    assert decoded.lines == ()


def test_page_breaks_blank_lines_and_indents():
    # no form feeds: a run of empty lines is where a page ended
    pages = split_pages("Тақырып\n\n      1. Бірінші.\nжалғасы\n\n\n\nкелесі бет\n")
    assert [p.number for p in pages] == [1, 2]
    first = pages[0].lines
    assert [(ln.text, ln.indent, ln.blank_before) for ln in first] == [
        ("Тақырып", False, False), ("1. Бірінші.", True, True), ("жалғасы", False, False)]
    assert pages[1].lines[0].text == "келесі бет" and not pages[1].lines[0].blank_before
    # form feeds mark the pages: a run of empty lines is white space on a page (`pdftotext
    # -layout` above a page number), and a trailing form feed opens no page
    pages = split_pages("Тақырып\n1. Бірінші.\n\n\n\n\n                  1\n\fекінші бет\n"
                        "\n\n\n\nжалғасы\n\f")
    assert [[ln.text for ln in p.lines] for p in pages] == [
        ["Тақырып", "1. Бірінші.", "1"], ["екінші бет", "жалғасы"]]


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


# made up: a resolution's points, in Kazakh
POINTS = ["      1. Министрлік жыл сайын Үкіметке есеп береді.",
          "      2. Қазақстан Республикасының Кеңесі отырыс өткізеді.",
          "      3. Әкімдік бір ай ішінде жоспарды бекітеді.",
          "      4. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі."]


def mixed(encodings: list[str]) -> bytes:
    """POINTS, line i encoded in encodings[i]."""
    return b"".join((line + "\n").encode(enc) for line, enc in zip(POINTS, encodings))


def test_a_utf8_file_with_one_kz1048_line_keeps_every_line_and_names_the_odd_one(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(mixed(["utf-8", "kz1048", "utf-8", "utf-8"]))
    doc = read(path)
    assert [line.text for page in doc.pages for line in page.lines] == [
        p.strip() for p in POINTS]  # no mojibake (РњРёРҢ...) on the UTF-8 lines
    assert (doc.encoding, doc.encoding_confidence) == ("utf-8", "mixed")
    assert doc.warnings == ["mixed encodings: line 2 not UTF-8 like the rest of the file, "
                            "read as KZ-1048"]
    (line,) = doc.decoded_lines
    assert (line.number, line.encoding, line.replaced) == (2, "kz1048", 0)
    assert line.raw == (POINTS[1] + "\n").encode("kz1048")[:-1]


def test_each_foreign_line_gets_the_code_page_its_kazakh_letters_point_to():
    # қ ү ң ұ are 0x9d 0xbf 0xbe 0xa2 in KZ-1048 and ќ ї ѕ ў in cp1251
    decoded = decode(mixed(["utf-8", "kz1048", "utf-8", "kz1048"]))
    assert decoded.text.split("\n")[:4] == POINTS
    assert [(line.number, line.encoding) for line in decoded.lines] == [(2, "kz1048"),
                                                                        (4, "kz1048")]
    # a Russian line in cp1251 reads the same in both code pages: it is read, and named
    russian = "      5. Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:"
    decoded = decode(mixed(["utf-8"] * 4) + (russian + "\n").encode("cp1251"))
    assert decoded.text.split("\n")[4] == russian
    assert [line.number for line in decoded.lines] == [5] and decoded.confidence == "mixed"


def test_bytes_that_are_text_in_no_encoding_are_replaced_and_named(tmp_path):
    data = mixed(["utf-8"] * 4).replace("сайын".encode(), b"\x98\x81")  # 0x98: no code page
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    doc = read(path)
    assert doc.pages[0].lines[0].text == "1. Министрлік жыл \ufffd\ufffd Үкіметке есеп береді."
    assert doc.encoding_confidence == "mixed"
    assert doc.warnings == ["line 1: 2 byte(s) not text in any known encoding replaced with "
                            "U+FFFD (\\x98\\x81)"]
    assert [(line.number, line.replaced) for line in doc.decoded_lines] == [(1, 2)]


@pytest.mark.parametrize("tail, reason", [
    # no NUL; line 5 holds bytes 1-9 (ASCII), line 6 starts at 0x0b
    (bytes(range(1, 256)) * 8, r"not text in a known encoding .* lines from line 6,"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
])
def test_a_file_with_a_binary_part_is_refused_in_one_line(tmp_path, tail, reason):
    path = tmp_path / "binary.txt"
    path.write_bytes(mixed(["utf-8"] * 4) + tail)
    with pytest.raises(IngestError, match=reason) as caught:
        read(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("encoding, name, confidence", [
    ("utf-8", "utf-8", "certain"), ("utf-8-sig", "utf-8-sig", "certain"),
    ("utf-16", "utf-16", "certain"), ("kz1048", "kz1048", "guessed"),
])
def test_a_clean_file_is_read_in_its_one_encoding_with_how_sure(tmp_path, encoding, name,
                                                                confidence):
    path = tmp_path / "clean.txt"
    path.write_bytes("\n".join(POINTS).encode(encoding))
    doc = read(path)
    assert [line.text for line in doc.pages[0].lines] == [p.strip() for p in POINTS]
    assert (doc.encoding, doc.encoding_confidence) == (name, confidence)
    assert doc.decoded_lines == [] and doc.warnings == []
