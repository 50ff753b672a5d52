"""A Russian act as a PDF: where the page's geometry decides (a centred title and chapter
heading, a right-aligned stamp, a signature's name at the right margin, a stretched line,
a word broken by a hyphen, two strings set over each other).

The act is a made-up example drawn with reportlab; what a reader of the page sees is
known before anything is drawn, and the pipeline is compared against it.
"""

from __future__ import annotations

from pathlib import Path

import layouts
import pdfgen
import pytest

from pipeline.ingest import read
from pipeline.normalize import normalize
from pipeline.segment import segment

TITLE = ["Об утверждении Правил проведения", "конкурса на лучший проект"]
PREAMBLE = "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:"
POINT_1 = "1. Утвердить прилагаемые Правила проведения конкурса на лучший проект."
# point 2 runs over two lines: the first stretched with character spacing to the margin, the
# word at its end broken by a hyphen
POINT_2 = ("2. Настоящее постановление вводится в действие со дня его под-", "писания.")
ROLE, NAME = "Премьер-Министр Республики Казахстан", "А. Мамин"
STAMP = ["Утверждены", "постановлением Правительства", "Республики Казахстан",
         "от 28 марта 2019 года", "№ 149"]
ANNEX_TITLE = "Правила проведения конкурса на лучший проект"
HEADING = "Глава 1. Общие положения"
ANNEX_POINTS = ["1. Настоящие Правила определяют порядок проведения конкурса.",
                "2. Конкурсная комиссия рассматривает заявки в течение десяти рабочих дней."]


def _draw(path: Path, overlap: float = 0.0) -> Path:
    """The act on one page; `overlap` (points) sets the signature's name that far into
    the end of its role, as a producer does when a long role meets a right-aligned name."""
    layouts.register()
    canvas = pdfgen.new_canvas(path)
    size, leading = pdfgen.SIZE, pdfgen.LEADING
    y = pdfgen.TOP
    canvas.setFont(layouts.BOLD, size)
    for line in TITLE:
        canvas.drawCentredString(pdfgen.PAGE_W / 2, y, line)
        y -= leading
    y -= leading / 2
    canvas.setFont(pdfgen.FONT, size)
    for text in (PREAMBLE, POINT_1):
        canvas.drawString(pdfgen.LEFT + pdfgen.INDENT, y, text)
        y -= leading
    pdfgen.draw_stretched(canvas, pdfgen.LEFT + pdfgen.INDENT, y, POINT_2[0])
    y -= leading
    canvas.drawString(pdfgen.LEFT, y, POINT_2[1])
    y -= 2 * leading
    canvas.drawString(pdfgen.LEFT, y, ROLE)
    name_x = (pdfgen.LEFT + pdfgen.text_width(ROLE) - overlap if overlap
              else pdfgen.RIGHT - pdfgen.text_width(NAME))
    canvas.drawString(name_x, y, NAME)
    y -= 2 * leading
    for line in STAMP:
        canvas.drawRightString(pdfgen.RIGHT, y, line)
        y -= leading
    y -= leading
    canvas.setFont(layouts.BOLD, size)
    canvas.drawCentredString(pdfgen.PAGE_W / 2, y, ANNEX_TITLE)
    y -= 2 * leading
    canvas.drawCentredString(pdfgen.PAGE_W / 2, y, HEADING)
    y -= 2 * leading
    canvas.setFont(pdfgen.FONT, size)
    for text in ANNEX_POINTS:
        canvas.drawString(pdfgen.LEFT + pdfgen.INDENT, y, text)
        y -= leading
    canvas.showPage()
    canvas.save()
    return path


@pytest.fixture(scope="module")
def act(tmp_path_factory) -> Path:
    return _draw(tmp_path_factory.mktemp("ru") / "act.pdf")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_the_page_shows_title_heading_stamp_and_signature(act: Path, engine: str):
    normalized = normalize(read(act, engine=engine))
    assert normalized.language == "ru"
    paragraphs = [(normalized.text[p.span[0]:p.span[1]], p.role) for p in normalized.paragraphs]
    assert paragraphs == [
        (" ".join(TITLE), "title"),
        (PREAMBLE, "paragraph"),
        (POINT_1, "paragraph"),
        ("2. Настоящее постановление вводится в действие со дня его подписания.", "paragraph"),
        (f"{ROLE} {NAME}", "signature"),
        (" ".join(STAMP), "stamp"),
        (ANNEX_TITLE, "title"),
        (HEADING, "heading"),
        *[(point, "paragraph") for point in ANNEX_POINTS],
    ]
    assert {"hyphenation"} <= {r.kind for r in normalized.repairs}


def test_the_russian_pdf_has_the_eids_and_metadata_of_its_kazakh_twin(act: Path):
    structure = segment(normalize(read(act)))
    eids = [u.eid for u in structure.units()]
    assert eids == ["main/para_1", "main/para_2", "annex_1/chp_1", "annex_1/chp_1/para_1",
                    "annex_1/chp_1/para_2"]
    meta = structure.metadata
    assert (meta.language, meta.act_type, meta.date, meta.number) == (
        "ru", "resolution", "2019-03-28", "149")
    assert meta.issuer == "Правительство Республики Казахстан"
    assert [(s.role, s.name) for s in meta.signatories] == [(ROLE, NAME)]
    assert structure.components[1].type == "rules"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_strings_set_over_each_other_are_read_one_after_the_other(tmp_path: Path, engine: str):
    # the name starts 10 points inside the end of the role: sorted by position alone,
    # their glyphs would interleave (`КазахстаАн. Мамин`)
    path = _draw(tmp_path / "overlap.pdf", overlap=10.0)
    normalized = normalize(read(path, engine=engine))
    assert f"{ROLE} {NAME}" in normalized.text.splitlines()
    assert [s.name for s in segment(normalized).metadata.signatories] == [NAME]
