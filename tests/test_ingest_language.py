"""Language detection: Kazakh, Russian or unknown, and the readers' warning."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest
from conftest import SAMPLES

from pipeline.ingest import read
from pipeline.ingest.language import detect_language, language_warnings
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.pdfium import read_pdf_pdfium

RUSSIAN = [
    "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
    "1. Одобрить прилагаемый проект Соглашения о сотрудничестве в области промышленности.",
    "2. Министерству иностранных дел в месячный срок внести предложения по реализации.",
    "3. Настоящее постановление вводится в действие со дня его подписания.",
]
KAZAKH = [
    "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
    "1. Қоса беріліп отырған келісімнің жобасы мақұлдансын.",
    "2. Сыртқы істер министрлігі бір ай мерзімде Үкіметке ұсыныстар енгізсін.",
    "3. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
]
RU_WARNING = "language looks like Russian (ru), not Kazakh: extraction rules are for Kazakh"


def test_kazakh_russian_and_unknown_are_told_apart():
    assert detect_language("\n".join(KAZAKH)) == "kk"
    assert detect_language("\n".join(RUSSIAN)) == "ru"
    assert detect_language("The Government of the Republic of Kazakhstan hereby resolves " * 3) \
        == "unknown"
    assert detect_language("Кеңес") == "unknown"  # too few letters for a verdict
    for sample in SAMPLES:
        assert detect_language(sample.read_text("utf-8")) == "kk"


def test_kazakh_with_latin_lookalikes_and_letter_spacing_is_still_kazakh():
    text = "Yкiметi ҚАУЛЫ ЕТЕДІ: қ о й ы л с ы н . Тараптар өз өкілдерімен келіседі " * 3
    assert detect_language(text) == "kk"


def test_russian_quoting_a_kazakh_name_is_still_russian():
    text = "\n".join(RUSSIAN) + " Соглашение о создании «Қазақстан темір жолы»."
    assert detect_language(text) == "ru"


def test_warnings_only_when_there_is_enough_text_to_judge():
    assert language_warnings("\n".join(RUSSIAN)) == [RU_WARNING]
    assert language_warnings("\n".join(KAZAKH)) == []
    assert language_warnings("Постановление") == []
    assert language_warnings("Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 2) == [
        "language not recognised as Kazakh (unknown): extraction rules are for Kazakh"]


def test_text_reader_warns_about_a_russian_document(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_text("\n".join(RUSSIAN), "utf-8")
    assert read(path).warnings == [RU_WARNING]
    path.write_text("\n".join(KAZAKH), "utf-8")
    assert read(path).warnings == []


def _pdf(path: Path, lines: list[str]) -> Path:
    canvas = pdfgen.new_canvas(path)
    y = pdfgen.TOP
    for line in lines:
        canvas.drawString(pdfgen.LEFT, y, line)
        y -= pdfgen.LEADING
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("reader", [read_pdf, read_pdf_pdfium], ids=["pdfplumber", "pdfium"])
def test_pdf_readers_warn_about_a_russian_document(tmp_path: Path, reader):
    assert reader(_pdf(tmp_path / "ru.pdf", RUSSIAN)).warnings == [RU_WARNING]
    assert reader(_pdf(tmp_path / "kk.pdf", KAZAKH)).warnings == []
