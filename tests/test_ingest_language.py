"""Language detection: Kazakh, Russian or unknown; what the readers record and warn.

The sentences are made-up examples in the style of the acts, not quotations.
"""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest
from conftest import SAMPLES

from pipeline.ingest import read
from pipeline.ingest.language import choose_language, detect_language, language_warnings
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
UNKNOWN_WARNING = "language not recognised as Kazakh or Russian (unknown): read as Kazakh"
ENGLISH = ["The Government of the Republic of Kazakhstan hereby resolves:"] * 3


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


def test_russian_with_a_kazakh_running_header_and_a_kazakh_form_is_still_russian():
    # made up: the register's header in Kazakh on every page, a form's fields in Kazakh
    header = "Қазақстан Республикасының нормативтік құқықтық актілерінің эталондық бақылау банкі"
    form = "Келушінің Т.А.Ә. (бар болған жағдайда)______ Курсантқа кім болып табылады______"
    text = "\n".join([header, *RUSSIAN, header, *RUSSIAN, form])
    assert detect_language(text) == "ru"


def test_letter_spaced_russian_is_russian():
    # made up: a stretched line whose glyphs an extractor set apart
    text = "\n".join(RUSSIAN[:1] + ["п о д л е ж и т о ф и ц и а л ь н о м у о п у б л и к о в а н и ю ."]
                     + ["Настоящее постановление вводится в действие со дня его подписания."])
    assert detect_language(text) == "ru"


def test_warnings_only_when_there_is_enough_text_to_judge():
    assert language_warnings("\n".join(RUSSIAN)) == []
    assert language_warnings("\n".join(KAZAKH)) == []
    assert language_warnings("Постановление") == []
    assert language_warnings("Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 2) == [
        UNKNOWN_WARNING]


def test_the_language_read_in_is_kazakh_or_russian_or_forced():
    assert choose_language("\n".join(RUSSIAN)) == ("ru", [])
    assert choose_language("\n".join(KAZAKH)) == ("kk", [])
    assert choose_language("\n".join(ENGLISH)) == ("kk", [UNKNOWN_WARNING])
    assert choose_language("\n".join(KAZAKH), "ru") == ("ru", [])
    assert choose_language("\n".join(ENGLISH), "ru") == ("ru", [])
    with pytest.raises(ValueError):
        choose_language("", "en")


def test_text_reader_records_the_language(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_text("\n".join(RUSSIAN), "utf-8")
    assert (read(path).language, read(path).warnings) == ("ru", [])
    assert read(path, language="kk").language == "kk"
    path.write_text("\n".join(KAZAKH), "utf-8")
    assert (read(path).language, read(path).warnings) == ("kk", [])
    path.write_text("\n".join(ENGLISH), "utf-8")
    assert (read(path).language, read(path).warnings) == ("kk", [UNKNOWN_WARNING])


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
def test_pdf_readers_record_the_language(tmp_path: Path, reader):
    russian = reader(_pdf(tmp_path / "ru.pdf", RUSSIAN))
    assert (russian.language, russian.warnings) == ("ru", [])
    kazakh = reader(_pdf(tmp_path / "kk.pdf", KAZAKH))
    assert (kazakh.language, kazakh.warnings) == ("kk", [])
    assert reader(tmp_path / "ru.pdf", language="kk").language == "kk"
