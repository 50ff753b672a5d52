"""Page furniture from page geometry: made-up pages of an act drawn as SourceLines."""

from __future__ import annotations

from pipeline.ingest.furniture import find_furniture
from pipeline.ingest.model import Page, SourceLine

HEADER = "Мемлекеттік органдардың актілерінің бақылау данасы"
NOTE = "жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа"


def page(number: int, body_ends_at: float, note: bool) -> Page:
    lines = [(HEADER, 40.0), (f"{number}. Комиссия отырыс өткізеді.", 64.0)]
    subject = ["Төраға", "Хатшы", "Мүше", "Сарапшы"][number - 1]
    lines += [(f"{subject} {word} қарайды.", 78.0 + 14 * k)
              for k, word in enumerate(["жоспарды", "есепті", "хатты", "өтінішті", "шартты"], 1)]
    lines.append((NOTE if note else f"{subject} хаттама жазады.", body_ends_at))
    return Page(number, [SourceLine(text, number, n, bbox=(85.0, top, 480.0, top + 11.0))
                         for n, (text, top) in enumerate(lines, 1)])


def test_a_running_header_keeps_its_height_a_repeated_sentence_does_not():
    # the register's note under each repealed point ends pages 3 and 4 wherever the text
    # runs out (741 pt, 428 pt): a sentence of the act, not a footer
    pages = [page(1, 748.0, False), page(2, 743.0, False), page(3, 741.0, True),
             page(4, 428.0, True)]
    found = find_furniture(pages)
    assert {(p, n) for (p, n), why in found.items() if why == "running header/footer"} == {
        (p, 1) for p in range(1, 5)}
    # at one height on both pages, the same line would be a footer
    pages[3] = page(4, 741.0, True)
    assert (4, 8) in find_furniture(pages)
