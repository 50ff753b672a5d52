"""A made-up act drawn in the layouts of official publications (helpers, not tests).

The act is a made-up resolution that approves a made-up regulation: a centred
multi-line title, a preamble ending in the enacting formula, two points, a
signature, an approval stamp, the regulation's centred title, a chapter heading
and numbered points long enough to run over pages. Each `Layout` draws it its
own way (indents or paragraph spacing, justified or ragged lines, the stamp
right-aligned or in a right-hand column, the signature on one line or two with
the name on the first or the last, a running header, page numbers at the top or
the bottom). The paragraphs and roles a reader of the page would see are known
before anything is drawn, so the tests compare the pipeline against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE_W, PAGE_H = A4
LEFT, RIGHT = 80.0, 530.0
WIDTH = RIGHT - LEFT

TITLE = ("Мемлекеттік органдардың ведомствоаралық жұмыс тобы туралы ережені және оның "
         "жұмысын ұйымдастыру тәртібін бекіту туралы")
PREAMBLE = ("«Мемлекеттік басқару туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес "
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:")
MAIN_POINTS = [
    "1. Қоса беріліп отырған Мемлекеттік органдардың ведомствоаралық жұмыс тобы туралы "
    "ереже бекітілсін.",
    "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
    "қолданысқа енгізіледі.",
]
ROLE = ("Қазақстан Республикасының", "Премьер-Министрі")
NAME = "А. Мамин"
STAMP = ["Қазақстан Республикасы", "Үкіметінің", "2021 жылғы 5 наурыздағы",
         "№ 120 қаулысымен", "бекітілген"]
ANNEX_TITLE = "Мемлекеттік органдардың ведомствоаралық жұмыс тобы туралы ереже"
HEADING = "1-тарау. Жалпы ережелер"
SUBJECTS = ["Жұмыс тобы", "Жұмыс тобының төрағасы", "Жұмыс тобының хатшысы",
            "Мүдделі мемлекеттік органдар", "Уәкілетті орган"]
PREDICATES = [
    "мемлекеттік органдардың қызметін үйлестіру мәселелері бойынша ұсыныстар әзірлейді "
    "және оларды Қазақстан Республикасының Үкіметіне жыл сайын 1 наурызға дейін енгізеді.",
    "өз құзыреті шегінде мүдделі мемлекеттік органдармен және ұйымдармен өзара іс-қимыл "
    "жасайды, қажет болған жағдайда тәуелсіз сарапшыларды тартады.",
    "отырыстың материалдарын жұмыс тобының мүшелеріне отырыс өткізілетін күнге дейін "
    "күнтізбелік бес күннен кешіктірмей жібереді.",
    "жұмыс тобының шешімдерін орындау жөнінде қажетті шаралар қабылдайды және олардың "
    "орындалуы туралы ақпаратты тоқсан сайын ұсынады.",
]
RUNNING_HEADER = "Мемлекеттік органдардың нормативтік құқықтық актілерінің бақылау данасы"


def annex_points(count: int = 14) -> list[str]:
    return [f"{n}. {SUBJECTS[n % len(SUBJECTS)]} {PREDICATES[n % len(PREDICATES)]}"
            for n in range(1, count + 1)]


def expected_paragraphs() -> list[tuple[str, str]]:
    """(text, role) of every paragraph, as a reader of the page sees them."""
    return [
        (TITLE, "title"),
        (PREAMBLE, "paragraph"),
        *[(point, "paragraph") for point in MAIN_POINTS],
        (f"{ROLE[0]} {ROLE[1]} {NAME}", "signature"),
        (" ".join(STAMP), "stamp"),
        (ANNEX_TITLE, "title"),
        (HEADING, "heading"),
        *[(point, "paragraph") for point in annex_points()],
    ]


@dataclass(frozen=True)
class Layout:
    """One house style."""

    name: str
    indent: float = 35.0  # first-line indent; 0 with spacing between paragraphs instead
    spacing: float = 0.0  # white space between paragraphs
    justify: bool = True  # justified lines (the last one ragged) or ragged right
    stamp: str = "right"  # "right": right-aligned lines; "column": left-aligned at the right
    signature: str = "one"  # "one": role and name on one line; "first"/"last": name's line
    header: bool = False  # a running header on every page
    numbers: str = "bottom"  # page numbers: "bottom", "top" or "" (none)
    size: float = 12.0
    leading: float = 15.0


LAYOUTS = [
    Layout("indents-right-stamp", header=True),
    Layout("spacing-column-stamp", indent=0.0, spacing=8.0, stamp="column", signature="last",
           numbers="top"),
    Layout("ragged-name-first", justify=False, signature="first", numbers="bottom", size=11.0,
           leading=14.0),
]


def register() -> None:
    if BOLD not in pdfmetrics.getRegisteredFontNames():
        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _wrap(text: str, first: float, rest: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    for word in text.split():
        limit = first if not lines else rest
        if current and _width(" ".join([*current, word]), font, size) > limit:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


class _Page:
    """Draws lines top to bottom, turning pages and drawing their furniture."""

    def __init__(self, canvas: Canvas, layout: Layout) -> None:
        self.canvas, self.layout = canvas, layout
        self.number = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.number:
            self.canvas.showPage()
        self.number += 1
        layout = self.layout
        self.canvas.setFont(FONT, 9)
        if layout.header:
            self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - 40, RUNNING_HEADER)
        if layout.numbers == "top":
            self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - 28, f"- {self.number} -")
        elif layout.numbers == "bottom":
            self.canvas.drawRightString(RIGHT, 36, str(self.number))
        self.y = PAGE_H - 75

    def room(self, lines: int) -> None:
        if self.y - lines * self.layout.leading < 70:
            self.new_page()

    def line(self, text: str, x: float, *, font: str = FONT, align: str = "left",
             width: float | None = None) -> None:
        size = self.layout.size
        self.room(1)
        canvas = self.canvas
        canvas.setFont(font, size)
        if align == "centre":
            canvas.drawCentredString((LEFT + RIGHT) / 2, self.y, text)
        elif align == "right":
            canvas.drawRightString(RIGHT, self.y, text)
        elif align == "justify" and width and text.count(" "):
            gap = (width - _width(text, font, size)) / text.count(" ")
            obj = canvas.beginText(x, self.y)
            obj.setFont(font, size)
            obj.setWordSpace(gap)
            obj.textOut(text)
            obj.setWordSpace(0)
            canvas.drawText(obj)
        else:
            canvas.drawString(x, self.y, text)
        self.y -= self.layout.leading

    def gap(self, points: float) -> None:
        self.y -= points


def draw(layout: Layout, path: Path) -> Path:
    """The made-up act drawn in `layout`, saved at `path`."""
    register()
    canvas = Canvas(str(path), pagesize=A4)
    page = _Page(canvas, layout)
    size = layout.size

    def centred(text: str) -> None:
        page.gap(layout.leading / 2)
        lines = _wrap(text, WIDTH - 80, WIDTH - 80, BOLD, size)
        page.room(len(lines))
        for line in lines:
            page.line(line, LEFT, font=BOLD, align="centre")
        page.gap(layout.leading / 2)

    def body(text: str) -> None:
        lines = _wrap(text, WIDTH - layout.indent, WIDTH, FONT, size)
        for i, line in enumerate(lines):
            x = LEFT + (layout.indent if i == 0 else 0)
            last = i == len(lines) - 1
            align = "justify" if layout.justify and not last else "left"
            page.line(line, x, align=align, width=RIGHT - x)
        page.gap(layout.spacing)

    centred(TITLE)
    body(PREAMBLE)
    for point in MAIN_POINTS:
        body(point)
    page.gap(layout.leading)
    page.room(2)
    if layout.signature == "one":
        page.line(f"{ROLE[0]} {ROLE[1]}", LEFT)
        page.y += layout.leading
        page.line(NAME, LEFT, align="right")
    else:
        page.line(ROLE[0], LEFT)
        if layout.signature == "first":
            page.y += layout.leading
            page.line(NAME, LEFT, align="right")
        page.line(ROLE[1], LEFT)
        if layout.signature == "last":
            page.y += layout.leading
            page.line(NAME, LEFT, align="right")
    page.gap(layout.leading)
    page.room(len(STAMP))
    for line in STAMP:
        if layout.stamp == "column":
            page.line(line, LEFT + 0.6 * WIDTH)
        else:
            page.line(line, LEFT, align="right")
    centred(ANNEX_TITLE)
    centred(HEADING)
    for point in annex_points():
        body(point)
    canvas.save()
    return path
