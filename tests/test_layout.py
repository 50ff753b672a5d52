"""Blocks, roles and components of a made-up act drawn in the layouts of official PDFs.

Each layout of tests/layouts.py (centred multi-line title, stamp right-aligned or
in a right-hand column, signature on one line or over two with the name on the
first or the last, running header, page numbers at the top or the bottom) is
read three ways: as a PDF through both glyph engines, and as the text
pdfplumber's `extract_text` gives of it. Committed extractions of the same PDFs
by `pdftotext` (default and `-raw`) and by PDFBox stand for the other
extractors (tests/fixtures/layouts/README.md says how they were made). The
expected paragraphs and roles are the ones the act was drawn with.
"""

from __future__ import annotations

from pathlib import Path

import layouts
import pdfplumber
import pytest

from pipeline.ingest import read
from pipeline.normalize import normalize
from pipeline.segment import segment

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED = layouts.expected_paragraphs()


@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("layouts")
    return {layout.name: layouts.draw(layout, folder / f"{layout.name}.pdf")
            for layout in layouts.LAYOUTS}


def paragraphs(path: Path, engine: str = "pdfium") -> list[tuple[str, str | None]]:
    normalized = normalize(read(path, engine=engine))
    return [(normalized.text[p.span[0]:p.span[1]], p.role) for p in normalized.paragraphs]


def check_structure(path: Path, engine: str = "pdfium") -> None:
    """The components and metadata every reading of the act must find."""
    structure = segment(normalize(read(path, engine=engine)))
    main, annex = structure.components
    assert (main.eid, annex.eid) == ("main", "annex_1")
    assert main.title == layouts.TITLE and annex.title == layouts.ANNEX_TITLE
    assert annex.approval == " ".join(layouts.STAMP)
    meta = structure.metadata
    # the act's head names no date or number: its annex's stamp does
    assert (meta.act_type, meta.date, meta.number) == ("resolution", "2021-03-05", "120")
    assert [(s.role, s.name) for s in meta.signatories] == [(" ".join(layouts.ROLE),
                                                             layouts.NAME)]
    assert [u.eid for u in annex.walk()][:2] == ["annex_1/chp_1", "annex_1/chp_1/para_1"]
    assert len(list(annex.walk())) == 1 + len(layouts.annex_points())


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("layout", [layout.name for layout in layouts.LAYOUTS])
def test_pdf_blocks_have_the_roles_the_page_shows(drawn, layout, engine):
    assert paragraphs(drawn[layout], engine) == EXPECTED
    check_structure(drawn[layout], engine)


@pytest.mark.parametrize("layout", [layout.name for layout in layouts.LAYOUTS])
def test_text_without_indents_or_blank_lines(drawn, layout, tmp_path):
    """pdfplumber's extract_text: no indent, no blank line, one page after another."""
    with pdfplumber.open(drawn[layout]) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "\n\n" not in text and "\n " not in text  # nothing marks a paragraph
    path = tmp_path / f"{layout}.txt"
    path.write_text(text, encoding="utf-8")
    got = paragraphs(path)
    if layout == "ragged-name-first":
        # text keeps the extractor's word order: the name stood on the role's first line
        role_first, role_last = layouts.ROLE
        signature = (f"{role_first} {layouts.NAME} {role_last}", "signature")
        assert got == [signature if role == "signature" else (t, role) for t, role in EXPECTED]
    else:
        assert got == EXPECTED
    check_structure(path)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_other_extractors(name):
    """pdftotext (default, -raw) and PDFBox text of the same PDFs, committed."""
    got = paragraphs(FIXTURES / name)
    assert [role for _, role in got] == [role for _, role in EXPECTED]
    assert [" ".join(text.split()) for text, _ in got] == [text for text, _ in EXPECTED]
    check_structure(FIXTURES / name)


def test_running_header_and_page_numbers_are_furniture(drawn):
    source = read(drawn["indents-right-stamp"])
    furniture = [(line.page, line.text, line.furniture) for page in source.pages
                 for line in page.lines if line.role == "furniture"]
    assert [(p, t) for p, t, _ in furniture] == [
        (1, layouts.RUNNING_HEADER), (1, "1"), (2, layouts.RUNNING_HEADER), (2, "2")]
    assert {reason for _, _, reason in furniture} == {"running header/footer", "page number"}


def test_a_short_title_centred_in_ragged_right_text_is_centred_not_a_column():
    # made-up geometry of a ragged-right page (no line ends on the right margin, 553 pt):
    # the measured margin falls short of it, and a short bold title centred between the
    # true margins must still read as centred, not as a right-hand column (a stamp)
    from pipeline.ingest.layout import classify, measure_frame
    from pipeline.ingest.model import SourceLine

    def line(n: int, x0: float, x1: float) -> SourceLine:
        return SourceLine("сөз " * 8, 1, n, bbox=(x0, 100.0 + 14 * n, x1, 111.0 + 14 * n),
                          font_size=11.0)

    body = [line(n, 85.0, 553.0 - (n * 7) % 60) for n in range(1, 31)]
    frame = measure_frame(body)
    assert frame.ragged and frame.right < 553.0
    assert classify(line(0, 204.0, 434.0), frame) == "centre"
    assert classify(line(0, 350.0, 553.0), frame) in ("right", "column")  # a stamp's line
