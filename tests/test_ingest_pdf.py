"""The PDF readers against generated PDFs whose every line is known (tests/pdfgen.py).

Expected texts are the strings the generators drew. Each reader test runs for
both glyph sources (pdfplumber and pypdfium2), which share the geometry code.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pdfgen
import pdfplumber
import pytest

from pipeline.ingest.geometry import measure_line, page_lines
from pipeline.ingest.model import IngestError, SourceDocument
from pipeline.ingest.pdf import page_glyphs, read_pdf
from pipeline.ingest.pdfcommon import NO_TEXT
from pipeline.ingest.pdfium import read_pdf_pdfium

Reader = Callable[..., SourceDocument]
READERS = [pytest.param(read_pdf, id="pdfplumber"), pytest.param(read_pdf_pdfium, id="pdfium")]


@pytest.fixture(scope="session")
def gen_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdfgen")


@pytest.fixture(scope="session")
def fixtures(gen_dir: Path) -> dict[str, pdfgen.Fixture]:
    """Every generated PDF, made once per session."""
    return {
        "stretched": pdfgen.make_stretched(gen_dir),
        "glyphs": pdfgen.make_positioned_glyphs(gen_dir),
        "nospace": pdfgen.make_no_space_glyphs(gen_dir),
        "stamp": pdfgen.make_signature_and_stamp(gen_dir),
        "furniture": pdfgen.make_furniture(gen_dir),
        "hyphen": pdfgen.make_hyphenation(gen_dir),
        "order": pdfgen.make_out_of_order(gen_dir),
        "legal": pdfgen.make_legal_document(gen_dir, pages=3),
        "encrypted": pdfgen.make_encrypted(gen_dir),
        "scan": pdfgen.make_no_text(gen_dir),
        "mixed_scan": pdfgen.make_no_text(gen_dir, text_first=True),
        "watermark": pdfgen.make_watermarked(gen_dir),
    }


def texts(doc: SourceDocument) -> list[list[str]]:
    return [[line.text for line in page.lines] for page in doc.pages]


def spelled_out(line: str) -> str:
    """What a fixed 3 pt tolerance makes of a line stretched by more than 3 pt."""
    return " ".join(ch for ch in line if ch != " ")


# --- the artifact is real --------------------------------------------------------------------


def test_default_extract_text_spells_out_every_stretched_line(fixtures):
    """pdfplumber's extract_text gets none of the stretched lines right: the fixture
    reproduces the letter-spacing artifact of RESEARCH.md §2."""
    expected = pdfgen.STRETCHED[0] + pdfgen.STRETCHED[1]
    with pdfplumber.open(fixtures["stretched"].path) as pdf:
        got = pdf.pages[0].extract_text().split("\n")
    assert got == [spelled_out(line) for line in expected]
    assert not set(got) & set(expected)


def test_default_extract_text_glues_words_without_space_glyphs(fixtures):
    """The other side of a fixed tolerance: 8 pt words 2.5 pt apart are glued."""
    with pdfplumber.open(fixtures["nospace"].path) as pdf:
        got = pdf.pages[0].extract_text().split("\n")
    assert got[-1] == pdfgen.NO_SPACE_NOTE.replace(" ", "")


def test_text_flow_order_shows_the_displaced_word(fixtures):
    """In content-stream order the displaced words land at the line end, as in
    the corpus (`туралы  жобасы мақұлдансын.келісімнің`)."""
    with pdfplumber.open(fixtures["order"].path) as pdf:
        flow = pdf.pages[0].extract_text(use_text_flow=True)
    assert "туралы жобасы мақұлдансын. келісімнің" in flow
    assert "Заңы 8) тармақшасына сәйкес 5-бабының" in flow


# --- lines and words -------------------------------------------------------------------------


@pytest.mark.parametrize("reader", READERS)
def test_stretched_paragraphs(reader: Reader, fixtures):
    doc = reader(fixtures["stretched"].path)
    assert texts(doc) == [pdfgen.STRETCHED[0] + pdfgen.STRETCHED[1]]
    lines = doc.pages[0].lines
    assert [line.indent for line in lines] == [True, False, False, False, True, False]
    assert [line.blank_before for line in lines] == [False] * 4 + [True, False]
    # distributed alignment: every line, the one-word last line too, ends at the margin
    assert not any(line.ends_short for line in lines)
    for line in lines:
        assert line.letter_spaced and line.words_from_geometry
        assert line.naive_text == spelled_out(line.text)
        assert line.bbox is not None and line.bbox[2] == pytest.approx(pdfgen.RIGHT, abs=0.5)
        assert line.font_size == pytest.approx(pdfgen.SIZE, abs=0.1)
    assert [line.number for line in lines] == [1, 2, 3, 4, 5, 6]
    assert {line.page for line in lines} == {1}


@pytest.mark.parametrize("reader", READERS)
def test_glyphs_positioned_one_by_one(reader: Reader, fixtures):
    doc = reader(fixtures["glyphs"].path)
    assert texts(doc) == [[
        "Министрлік өз құзыреті шегінде:",
        "1) ұсыныстар енгізеді;",
        "2) ақпарат ұсынады, талдайды және жібереді;",
        "3) өкілдерімен іс-шараны келіседі.",
        "қойылсын.",
    ]]
    lines = doc.pages[0].lines
    # letter gaps of 0, 2 (under the 3 pt tolerance) and 3.5 pt, jitter, one 9 pt word
    assert [line.letter_spaced for line in lines] == [False, False, True, False, True]
    assert [line.naive_text is None for line in lines] == [True, True, False, True, False]
    assert [line.indent for line in lines] == [False, True, True, True, False]


@pytest.mark.parametrize("reader", READERS)
def test_words_drawn_as_separate_strings(reader: Reader, fixtures):
    doc = reader(fixtures["nospace"].path)
    assert texts(doc) == [[
        "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
        "1. Қоса беріліп отырған келісімнің жобасы мақұлдансын.",
        "2. Осы қаулы қол қойылған күнінен бастап",
        "қолданысқа енгізіледі.",
        # the name stands in a second column: the signature is read role, then name
        "Премьер-Министрі",
        "К. Мәсімов",
        "Ескерту: жоба мәтіні мүдделі органдармен келісілген.",
    ]]
    lines = doc.pages[0].lines
    role, name = lines[4:6]
    assert role.role == name.role == "signature" and role.block == name.block
    assert role.number == name.number  # two pieces of one printed line
    note = lines[-1]
    assert note.naive_text == "Ескерту:жобамәтінімүдделіоргандарменкелісілген."
    assert not note.letter_spaced  # words were glued by the naive reader, not spelled out
    assert note.font_size == pytest.approx(pdfgen.NOTE_SIZE, abs=0.1)
    assert note.role == "note"
    blank = [line.blank_before for line in lines]
    assert blank == [False, True, False, False, True, True, True]


@pytest.mark.parametrize("reader", READERS)
def test_stamp_and_signatures(reader: Reader, fixtures):
    doc = reader(fixtures["stamp"].path)
    assert texts(doc) == [[
        "Қазақстан Республикасы",
        "Үкіметінің",
        "2012 жылғы 29 мамырдағы",
        "№ 696-1 қаулысымен",
        "бекітілген",
        "Жұмыс тобы туралы ереже",
        "1. Осы Ереже жұмыс тобының қызметін",
        "реттейді.",
        # names at the right margin, a second column: each signature is read role, then name
        "Қазақстан Республикасының",
        "Премьер-Министрі",
        "К. Мәсімов",
        "Министр",
        "Е. Досаев",
    ]]
    lines = doc.pages[0].lines
    stamp = lines[:5]
    assert all(line.letter_spaced and line.indent for line in stamp)
    assert {line.role for line in stamp} == {"stamp"} and len({line.block for line in stamp}) == 1
    assert stamp[3].naive_text == "№ 6 9 6 - 1 қ а у л ы с ы м е н"
    assert lines[5].role == "title"
    assert [line.role for line in lines[6:8]] == ["paragraph", "paragraph"]
    assert lines[6].block == lines[7].block
    first, second = lines[8:11], lines[11:]
    assert {line.role for line in lines[8:]} == {"signature"}
    assert len({line.block for line in first}) == 1 and len({line.block for line in second}) == 1
    assert first[0].block != second[0].block
    assert lines[10].bbox is not None and lines[10].bbox[2] == pytest.approx(pdfgen.RIGHT, abs=0.5)
    assert not lines[10].letter_spaced and lines[10].naive_text is None


@pytest.mark.parametrize("reader", READERS)
def test_page_furniture_is_kept_in_place(reader: Reader, fixtures):
    fixture = fixtures["furniture"]
    doc = reader(fixture.path)
    assert texts(doc) == fixture.pages
    labels = ["1", "- 2 -", "Бет 3", "4 / 4"]
    for number, (page, label) in enumerate(zip(doc.pages, labels), 1):
        assert page.number == number
        assert (page.width, page.height) == (pytest.approx(595.28, abs=0.01),
                                             pytest.approx(841.89, abs=0.01))
        first, *_, number_line, last = page.lines
        assert first.text == "Қазақстан Республикасы Үкіметінің қаулысы"
        assert number_line.text == label and number_line.blank_before and number_line.indent
        assert last.text == "Құжаттың электрондық көшірмесі"
        assert [line.number for line in page.lines] == list(range(1, len(page.lines) + 1))
        assert all(line.page == number for line in page.lines)
    # the hyphen at the page break is the normalizer's to judge
    assert doc.pages[0].lines[-3].text.endswith("ынтымақ-")
    assert doc.pages[1].lines[1].text.startswith("тастығы ")


@pytest.mark.parametrize("reader", READERS)
def test_line_end_hyphens_are_kept(reader: Reader, fixtures):
    doc = reader(fixtures["hyphen"].path)
    assert texts(doc) == [[
        "Тараптар екі мемлекет арасындағы ынтымақ-",
        "тастығы мен өзара түсіністікті нығайту үшін",
        "жыл сайын бірлескен мәдени іс-",
        "шаралар өткізеді, ТМД-",
        "ның басқа мүшелерін шақырады.",
    ]]


@pytest.mark.parametrize("reader", READERS)
def test_reading_order_comes_from_geometry(reader: Reader, fixtures):
    doc = reader(fixtures["order"].path)
    assert texts(doc) == [[
        "туралы келісімнің жобасы мақұлдансын.",
        "Заңы 5-бабының 8) тармақшасына сәйкес",
        "Министрлік барлық мүдделі органдармен келіседі.",
        "Осы қаулы алғашқы ресми жарияланған күнінен бастап",
    ]]


@pytest.mark.parametrize("reader", READERS)
def test_long_document_every_line_exact(reader: Reader, fixtures):
    """The benchmark's generator at 3 pages: headings, points, sub-points,
    stretched and ragged paragraphs, page numbers."""
    fixture = fixtures["legal"]
    doc = reader(fixture.path)
    assert len(doc.pages) == 3
    assert texts(doc) == fixture.pages
    assert any(line.letter_spaced for page in doc.pages for line in page.lines)


@pytest.mark.parametrize("reader", READERS)
def test_rotated_watermark_is_left_out_and_reported(reader: Reader, fixtures):
    doc = reader(fixtures["watermark"].path)
    assert texts(doc) == [pdfgen.WATERMARKED]
    assert doc.warnings == ["page 1: 4 rotated glyphs left out"]


@pytest.mark.parametrize("reader", READERS)
def test_document_fields(reader: Reader, fixtures):
    path = fixtures["stretched"].path
    doc = reader(str(path))
    assert doc.path == str(path)
    assert doc.format == "pdf"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.warnings == []


def test_both_readers_agree_on_every_cue(fixtures):
    """Same geometry code, different glyph sources: everything but the exact
    box coordinates agrees (pdfium computes positions in single precision, so
    along a stretched line its x drifts by up to half a point)."""
    for name in ["stretched", "glyphs", "nospace", "stamp", "furniture", "order", "legal"]:
        a, b = read_pdf(fixtures[name].path), read_pdf_pdfium(fixtures[name].path)
        for page_a, page_b in zip(a.pages, b.pages, strict=True):
            for line_a, line_b in zip(page_a.lines, page_b.lines, strict=True):
                inexact = ("bbox", "font_size", "first_word_width", "parts")
                cues_a = {k: v for k, v in vars(line_a).items() if k not in inexact}
                cues_b = {k: v for k, v in vars(line_b).items() if k not in inexact}
                assert cues_a == cues_b, name
                assert line_a.bbox == pytest.approx(line_b.bbox, abs=1.0)
                assert line_a.first_word_width == pytest.approx(line_b.first_word_width, abs=1.0)


def test_glyphs_from_layout_equal_page_chars(fixtures):
    """read_pdf takes glyphs from page.layout for speed; they must be exactly
    pdfplumber's page.chars (upright ones)."""
    for name in ["stretched", "furniture", "order", "watermark"]:
        with pdfplumber.open(fixtures[name].path) as pdf:
            for page in pdf.pages:
                expected = [
                    (c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"],
                     "Bold" in c["fontname"])
                    for c in page.chars
                    if c["upright"] and abs(c["matrix"][1]) <= 0.01 * abs(c["matrix"][0])
                ]
                glyphs, _ = page_glyphs(page)
                assert sorted(glyphs) == sorted(expected)


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("reader", READERS)
def test_encrypted(reader: Reader, fixtures):
    path = fixtures["encrypted"].path
    with pytest.raises(IngestError, match=r"^PDF is encrypted; pass --password to open it$"):
        reader(path)
    with pytest.raises(IngestError, match=r"^wrong password$"):
        reader(path, password="guess")
    doc = reader(path, password=pdfgen.PASSWORD)
    assert texts(doc) == [["Бұл құжат құпия сөзбен қорғалған."]]


@pytest.mark.parametrize("reader", READERS)
def test_no_text_layer(reader: Reader, fixtures):
    with pytest.raises(IngestError) as err:
        reader(fixtures["scan"].path)
    assert str(err.value) == NO_TEXT == "no text layer: scanned PDF, it needs OCR first"


@pytest.mark.parametrize("reader", READERS)
def test_some_pages_without_text_are_warned_about(reader: Reader, fixtures):
    doc = reader(fixtures["mixed_scan"].path)
    assert texts(doc) == [[pdfgen.SCAN_NOTE], [], []]
    assert doc.warnings == [
        "page 2: no text layer (blank or scanned page)",
        "page 3: no text layer (blank or scanned page)",
    ]


@pytest.mark.parametrize("reader", READERS)
def test_truncated(reader: Reader, fixtures, tmp_path: Path):
    data = fixtures["legal"].path.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match=r"^truncated PDF"):
        reader(path)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"^empty file$"),
        (os.urandom(4096), r"^not a PDF"),
        (b"%PDF-1.4\n" + b"garbage " * 500 + b"\n%%EOF\n", r"^corrupt PDF: "),
    ],
    ids=["empty", "random-bytes", "garbage-with-header"],
)
def test_not_a_pdf(reader: Reader, tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        reader(path)


@pytest.mark.parametrize("reader", READERS)
def test_missing_file(reader: Reader, tmp_path: Path):
    with pytest.raises(IngestError, match=r"^cannot read file"):
        reader(tmp_path / "absent.pdf")


# --- the word-boundary rules on hand-made glyph rows -------------------------------------------


def row(spec: str, size: float = 10.0, top: float = 100.0) -> list[tuple]:
    """Glyph tuples from a compact spec: each glyph is `text@x0+width`, separated by '|'."""
    glyphs = []
    for item in spec.split("|"):
        text, box = item.rsplit("@", 1)
        x0, width = (float(v) for v in box.split("+"))
        glyphs.append((text, x0, x0 + width, top, top + size, size, False))
    return glyphs


def words_of(spec: str) -> list[str]:
    line = measure_line(row(spec))
    assert line is not None
    return line.words


def test_letter_gaps_with_a_kerning_outlier_are_not_word_gaps():
    # "Тау жол": letter gaps 0 except a -1.5 pt kern (T-a), word gap 3 pt
    spec = "Т@0+6|а@4.5+5|у@9.5+5|ж@17.5+7|о@24.5+5|л@29.5+5"
    assert words_of(spec) == ["Тау", "жол"]


def test_tab_sized_gap_and_word_gap_in_one_line_without_spaces():
    # "Министр" | tab | "А." "Бек": letters 0, word 3 pt, tab 200 pt
    spec = "М@0+8|и@8+6|н@14+6|А@220+7|.@227+3|Б@233+7|е@240+6|к@246+6"
    assert words_of(spec) == ["Мин", "А.", "Бек"]


def test_narrow_word_gap_of_a_condensed_font_is_found_by_the_jump():
    # word gaps of 0.2 em (2 pt at 10 pt), letter gaps 0: a clear jump, below the cap
    spec = "а@0+5|б@5+5|в@12+5|г@17+5|д@24+5|е@29+5"
    assert words_of(spec) == ["аб", "вг", "де"]


def test_gap_a_space_wider_than_letters_is_a_word_gap_without_a_jump():
    # gaps creep up in steps under 0.1 em (0, 0.9, 1.8, 2.7 pt): no jump, but
    # 2.7 pt is over 0.25 em above the letter level
    spec = "а@0+5|б@5+5|в@10+5|г@15.9+5|д@22.7+5|е@30.4+5"
    assert words_of(spec) == ["абвгд", "е"]


def test_all_gaps_alike_is_one_word():
    assert words_of("қ@0+6|о@26+6|й@52+6|ы@78+6|л@104+6") == ["қойыл"]


def test_narrow_glyphs_keep_uniform_gaps_in_a_stretched_line():
    # "өкі лі:" stretched with Tc 4: a narrow і (2.8 pt) and ':' (3.4 pt); word gap 4+3.2+4
    spec = "ө@0+6|к@10+6|і@20+2.8|л@34+6|і@44+2.8|:@50.8+3.4"
    assert words_of(spec) == ["өкі", "лі:"]


def test_space_glyphs_mark_words_and_only_wide_gaps_add_more():
    # "а б" with a space glyph, then a 12 pt hole (a tab) before "в", 1 pt kern-ish gaps
    spec = "а@0+6| @6+3|б@9+6|г@16+6|в@34+6"
    assert words_of(spec) == ["а", "бг", "в"]


def test_lines_group_by_vertical_centre_and_sort_by_x():
    # a superscript (smaller, higher) stays on its line; the lower line comes second
    glyphs = row("в@0+6", top=130.0) + row("б@6+6|а@0+6", top=100.0)
    glyphs += row("¹@12+3", size=6, top=99.0)
    lines = page_lines(glyphs, page=1)
    assert [line.text for line in lines] == ["аб¹", "в"]
    assert [line.number for line in lines] == [1, 2]
