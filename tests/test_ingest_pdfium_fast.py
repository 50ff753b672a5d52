"""The pdfium reader's shortcuts change nothing: pages whose text objects are all upright
skip the per-glyph angle calls, the others (rotated forms, mirrored or turned text) ask
pdfium for every angle, and both give the glyphs the per-glyph reading gives."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

import pipeline.ingest.pdfium as reader


def _draw_rotated_form(canvas: Canvas) -> None:
    canvas.beginForm("stamp")
    canvas.setFont(pdfgen.FONT, 12)
    canvas.drawString(10, 10, "Бұл мөртаңба")
    canvas.endForm()
    canvas.saveState()
    canvas.translate(200, 300)
    canvas.rotate(45)
    canvas.doForm("stamp")
    canvas.restoreState()


def _draw_form_turning_its_text(canvas: Canvas) -> None:
    canvas.beginForm("turned")
    canvas.rotate(30)
    canvas.setFont(pdfgen.FONT, 12)
    canvas.drawString(10, 10, "Бұрылған мәтін")
    canvas.endForm()
    canvas.doForm("turned")


def _draw_mirrored(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.translate(300, 300)
    canvas.scale(-1, 1)
    canvas.drawString(0, 0, "айна")
    canvas.restoreState()


def _draw_text_matrix(canvas: Canvas) -> None:
    text = canvas.beginText()
    text.setTextTransform(0.9, 0.4, -0.4, 0.9, 100, 400)
    text.setFont(pdfgen.FONT, 12)
    text.textOut("бұрыш")
    canvas.drawText(text)


def _draw_upright_form(canvas: Canvas) -> None:
    canvas.beginForm("plain")
    canvas.setFont(pdfgen.FONT, 12)
    canvas.drawString(10, 10, "Тік мәтін")
    canvas.endForm()
    canvas.doForm("plain")


@pytest.mark.parametrize("draw, upright", [
    (_draw_rotated_form, False), (_draw_form_turning_its_text, False), (_draw_mirrored, False),
    (_draw_text_matrix, False), (_draw_upright_form, True),
])
def test_angles_are_skipped_only_where_every_text_object_is_upright(tmp_path: Path, draw,
                                                                    upright: bool,
                                                                    monkeypatch):
    path = tmp_path / "page.pdf"
    pdfgen.register_font()
    canvas = Canvas(str(path))
    canvas.setFont(pdfgen.FONT, 12)
    canvas.drawString(100, 700, "Қалыпты жол")
    draw(canvas)
    canvas.showPage()
    canvas.save()
    page = pdfium.PdfDocument(str(path))[0]
    assert reader._all_upright(page.raw, 10_000) is upright
    fast = reader.page_glyphs(page)
    monkeypatch.setattr(reader, "_all_upright", lambda page, chars: False)
    assert reader.page_glyphs(page) == fast
    assert (fast[1] == 0) is upright  # rotated glyphs are left out and counted


def test_the_watermarked_page_is_read_glyph_by_glyph(tmp_path: Path, monkeypatch):
    fixture = pdfgen.make_watermarked(tmp_path)
    page = pdfium.PdfDocument(str(fixture.path))[0]
    glyphs, rotated = reader.page_glyphs(page)
    monkeypatch.setattr(reader, "_all_upright", lambda page, chars: False)
    assert rotated > 0 and reader.page_glyphs(page) == (glyphs, rotated)
