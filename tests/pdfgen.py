"""Made-up PDFs reproducing the artifacts of RESEARCH.md §1–2 (helpers, not tests).

Each generator draws known strings with reportlab and returns them as the
expected lines, so tests compare the reader against what was drawn, never
against program output. All texts are made-up examples in the style of Kazakh
government acts. The font is the DejaVu Sans that matplotlib ships, which has
every Kazakh letter (әғқңөұүһі).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

COLUMN = "    "  # how the readers keep a column-wide gap (geometry.COLUMN_SEPARATOR)

FONT = "DejaVuSans"
SIZE = 12.0
PAGE_W, PAGE_H = A4
LEFT = 70.0  # left text margin
RIGHT = 545.0  # right text margin
WIDTH = RIGHT - LEFT
TOP = 780.0  # baseline of a page's first body line
BOTTOM = 70.0  # no body line below this baseline
LEADING = 16.0
INDENT = 35.0  # first-line indent of a paragraph (about 1.25 cm)
PASSWORD = "secret"
STRONG_TC = 3.2  # above pdfplumber's x_tolerance=3: extract_text spells the line out


@dataclass
class Fixture:
    """A generated PDF and the lines drawn on each of its pages, top to bottom."""

    path: Path
    pages: list[list[str]]
    password: str | None = None

    @property
    def lines(self) -> list[str]:
        return [line for page in self.pages for line in page]


def register_font() -> str:
    """Register DejaVu Sans with reportlab once; returns the font name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return FONT


def text_width(text: str, size: float = SIZE) -> float:
    return pdfmetrics.stringWidth(text, register_font(), size)


def new_canvas(path: Path, **kwargs) -> Canvas:
    register_font()
    canvas = Canvas(str(path), pagesize=A4, **kwargs)
    canvas.setFont(FONT, SIZE)
    return canvas


def draw_spaced(canvas: Canvas, x: float, y: float, text: str, tc: float,
                size: float = SIZE) -> None:
    """Draw `text` with character spacing Tc (every glyph, spaces included, gets `tc`)."""
    obj = canvas.beginText(x, y)
    obj.setFont(FONT, size)
    obj.setCharSpace(tc)
    obj.textOut(text)
    # Tc is part of the graphics state and outlives the text object: reset it,
    # or every later drawString on the page comes out letter-spaced too.
    obj.setCharSpace(0)
    canvas.drawText(obj)


def draw_stretched(canvas: Canvas, x: float, y: float, text: str, right: float = RIGHT,
                   size: float = SIZE, strong: bool = False) -> float:
    """Word's "distributed" alignment: stretch `text` from x to `right` with Tc.

    Returns the Tc used. With `strong`, insist that Tc exceeds pdfplumber's
    default tolerance, so the fixture really shows the letter-spacing artifact.
    """
    tc = (right - x - text_width(text, size)) / (len(text) - 1) if len(text) > 1 else 0.0
    if tc < 0 or (strong and tc <= STRONG_TC):
        raise ValueError(f"cannot stretch {text!r} strongly: Tc={tc:.2f}")
    draw_spaced(canvas, x, y, text, tc, size)
    return tc


def draw_glyphs(canvas: Canvas, x: float, y: float, words: Sequence[str], letter_gap: float,
                word_gap: float, jitter: Sequence[float] = (), size: float = SIZE) -> float:
    """Draw every glyph with its own drawString: no space glyphs, gaps only.

    `jitter` is added to successive letter gaps in turn (kerning-like noise).
    Returns the x where the line ends.
    """
    canvas.setFont(FONT, size)
    k = 0
    for w, word in enumerate(words):
        if w:
            x += word_gap
        for i, ch in enumerate(word):
            if i:
                x += letter_gap + (jitter[k % len(jitter)] if jitter else 0.0)
                k += 1
            canvas.drawString(x, y, ch)
            x += text_width(ch, size)
    return x


def draw_words(canvas: Canvas, x: float, y: float, words: Sequence[str],
               gap: float | None = None, size: float = SIZE) -> float:
    """Draw each word as its own string, `gap` apart (default: a space width), no spaces.

    Returns the x where the line ends.
    """
    gap = text_width(" ", size) if gap is None else gap
    canvas.setFont(FONT, size)
    for i, word in enumerate(words):
        if i:
            x += gap
        canvas.drawString(x, y, word)
        x += text_width(word, size)
    return x


def justified_gap(words: Sequence[str], x: float = LEFT, right: float = RIGHT,
                  size: float = SIZE) -> float:
    """The word gap that makes separately drawn words fill x..right (Word's justify)."""
    gap = (right - x - sum(text_width(w, size) for w in words)) / (len(words) - 1)
    if gap < text_width(" ", size):
        raise ValueError(f"line too long to justify: {' '.join(words)!r}")
    return gap


# --- 1. stretched (distributed) paragraphs ------------------------------------------------

STRETCHED = [
    [
        "1. Жұмыс тобының құрамына мемлекеттік",
        "органдардың өкілдері: Министрліктің,",
        "комитеттің және әкімдіктің өкілдері;",
        "ұлттық компаниялардың өкілі кіруі мүмкін.",
    ],
    [
        "2. Келісімнің жобасына Үкімет атынан қол",
        "қойылсын.",
    ],
]


def make_stretched(tmp: Path) -> Fixture:
    """Two paragraphs, every line (short last lines too) stretched to the margin with Tc.

    The first line of each paragraph is indented; a blank line separates them.
    Every Tc exceeds 3 pt, so a fixed-tolerance reader spells each line out.
    """
    path = tmp / "stretched.pdf"
    canvas = new_canvas(path)
    y = TOP
    for p, paragraph in enumerate(STRETCHED):
        if p:
            y -= LEADING  # blank line between paragraphs
        for i, line in enumerate(paragraph):
            draw_stretched(canvas, LEFT + (INDENT if i == 0 else 0), y, line, strong=True)
            y -= LEADING
    canvas.showPage()
    canvas.save()
    return Fixture(path, [[line for paragraph in STRETCHED for line in paragraph]])


# --- 2. glyphs positioned one by one ------------------------------------------------------

SPACE = text_width(" ")  # DejaVu Sans space advance at 12 pt: 3.81 pt, 0.318 em
GLYPH_LINES: list[tuple[list[str], float, float, float, tuple[float, ...]]] = [
    # words, x, letter gap, word gap, jitter
    (["Министрлік", "өз", "құзыреті", "шегінде:"], LEFT, 0.0, SPACE, ()),
    (["1)", "ұсыныстар", "енгізеді;"], LEFT + INDENT, 2.0, 2.0 + SPACE, ()),
    (["2)", "ақпарат", "ұсынады,", "талдайды", "және", "жібереді;"], LEFT + INDENT, 3.5,
     3.5 + SPACE, ()),
    (["3)", "өкілдерімен", "іс-шараны", "келіседі."], LEFT + INDENT, 0.0, SPACE,
     (0.3, -0.4, 0.2, -0.1, 0.0, -0.3)),
    (["қойылсын."], LEFT, 9.0, 9.0, ()),
]


def make_positioned_glyphs(tmp: Path) -> Fixture:
    """Every glyph drawn by its own drawString at a computed x; no space glyph anywhere.

    Lines differ in letter spacing (0, 2, 3.5 pt), one has kerning-like jitter
    (-0.4..0.3 pt), and the last is a single word stretched wide (all gaps alike).
    """
    path = tmp / "glyphs.pdf"
    canvas = new_canvas(path)
    y = TOP
    for words, x, letter_gap, word_gap, jitter in GLYPH_LINES:
        draw_glyphs(canvas, x, y, words, letter_gap, word_gap, jitter)
        y -= LEADING
    canvas.showPage()
    canvas.save()
    return Fixture(path, [[" ".join(line[0]) for line in GLYPH_LINES]])


# --- 3. no space glyphs: words drawn as separate strings ----------------------------------

NO_SPACE_TITLE = "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"
NO_SPACE_JUSTIFIED = "1. Қоса беріліп отырған келісімнің жобасы мақұлдансын."
NO_SPACE_PLAIN = "2. Осы қаулы қол қойылған күнінен бастап"
NO_SPACE_LAST = "қолданысқа енгізіледі."
NO_SPACE_ROLE = "Премьер-Министрі"
NO_SPACE_NAME = "К. Мәсімов"
NO_SPACE_NOTE = "Ескерту: жоба мәтіні мүдделі органдармен келісілген."
NOTE_SIZE = 8.0  # a space is 2.5 pt here: under the 3 pt tolerance, so naive readers glue


def make_no_space_glyphs(tmp: Path) -> Fixture:
    """Words drawn as separate strings, no space glyph in the file.

    A justified line (wide word gaps), plain lines (a space-wide gap), a
    signature line with the name at the right margin, and an 8 pt note whose
    word gaps are narrower than pdfplumber's 3 pt tolerance.
    """
    path = tmp / "nospace.pdf"
    canvas = new_canvas(path)
    y = TOP
    title = NO_SPACE_TITLE.split()
    draw_words(canvas, (PAGE_W - text_width(NO_SPACE_TITLE)) / 2, y, title)
    y -= 2 * LEADING
    words = NO_SPACE_JUSTIFIED.split()
    draw_words(canvas, LEFT + INDENT, y, words, justified_gap(words, LEFT + INDENT))
    y -= LEADING
    draw_words(canvas, LEFT + INDENT, y, NO_SPACE_PLAIN.split())
    y -= LEADING
    draw_words(canvas, LEFT, y, NO_SPACE_LAST.split())
    y -= 3 * LEADING
    draw_words(canvas, LEFT, y, [NO_SPACE_ROLE])
    draw_words(canvas, RIGHT - text_width(NO_SPACE_NAME), y, NO_SPACE_NAME.split())
    y -= 2 * LEADING
    draw_words(canvas, LEFT, y, NO_SPACE_NOTE.split(), size=NOTE_SIZE)
    canvas.showPage()
    canvas.save()
    # the name far right of the role is a second column: the reader keeps the gap as
    # four spaces, the cue the normalizer reads a signature by
    lines = [NO_SPACE_TITLE, NO_SPACE_JUSTIFIED, NO_SPACE_PLAIN, NO_SPACE_LAST,
             f"{NO_SPACE_ROLE}{COLUMN}{NO_SPACE_NAME}", NO_SPACE_NOTE]
    return Fixture(path, [lines])


# --- 4. approval stamp and signatures -----------------------------------------------------

STAMP = [
    "Қазақстан Республикасы",
    "Үкіметінің",
    "2012 жылғы 29 мамырдағы",
    "№ 696-1 қаулысымен",
    "бекітілген",
]
STAMP_X = 320.0
STAMP_TC = 3.5
STAMP_SIZE = 10.0
STAMP_TITLE = "Жұмыс тобы туралы ереже"
STAMP_BODY = ["1. Осы Ереже жұмыс тобының қызметін", "реттейді."]
SIGNATURE = [("Қазақстан Республикасының", None), ("Премьер-Министрі", "К. Мәсімов")]
SPACED_SIGNATURE = ("Министр", "Е. Досаев")


def make_signature_and_stamp(tmp: Path) -> Fixture:
    """A letter-spaced approval stamp at the top right (digits and № too), a
    title, two plain body lines, a signature with the name at the right margin,
    and a second signature whose role and name are both letter-spaced."""
    path = tmp / "stamp.pdf"
    canvas = new_canvas(path)
    y = TOP
    for line in STAMP:
        draw_spaced(canvas, STAMP_X, y, line, STAMP_TC, STAMP_SIZE)
        y -= LEADING
    y -= LEADING
    canvas.setFont(FONT, SIZE)
    canvas.drawCentredString(PAGE_W / 2, y, STAMP_TITLE)
    y -= 2 * LEADING
    canvas.drawString(LEFT + INDENT, y, STAMP_BODY[0])
    y -= LEADING
    canvas.drawString(LEFT, y, STAMP_BODY[1])
    y -= 3 * LEADING
    for role, name in SIGNATURE:
        canvas.drawString(LEFT, y, role)
        if name:
            canvas.drawRightString(RIGHT, y, name)
        y -= LEADING
    y -= LEADING
    role, name = SPACED_SIGNATURE
    draw_spaced(canvas, LEFT, y, role, STAMP_TC)
    name_width = text_width(name) + STAMP_TC * (len(name) - 1)
    draw_spaced(canvas, RIGHT - name_width, y, name, STAMP_TC)
    canvas.showPage()
    canvas.save()
    lines = [*STAMP, STAMP_TITLE, *STAMP_BODY]
    lines += [f"{role}{COLUMN}{name}" if name else role for role, name in SIGNATURE]
    lines.append(COLUMN.join(SPACED_SIGNATURE))
    return Fixture(path, [lines])


# --- 5. page furniture ---------------------------------------------------------------------

RUNNING_HEADER = "Қазақстан Республикасы Үкіметінің қаулысы"
RUNNING_FOOTER = "Құжаттың электрондық көшірмесі"
FURNITURE_BODY = [
    [
        "3. Тараптар осы Келісімді орындау мақсатында",
        "өзара ақпарат алмасады және екі ел арасындағы ынтымақ-",
    ],
    [
        "тастығы мен өзара түсіністікті нығайтады.",
        "4. Келісім қол қойылған күнінен бастап күшіне енеді.",
    ],
    [
        "5. Тараптардың өзара келісімі бойынша осы Келісімге",
        "өзгерістер мен толықтырулар енгізілуі мүмкін.",
    ],
    [
        "6. Келісім бес жыл мерзімге жасалады.",
    ],
]


def page_number_label(number: int, total: int) -> str:
    """One page-number style per page, in turn: "3", "- 3 -", "Бет 3", "3 / 7"."""
    styles = [str(number), f"- {number} -", f"Бет {number}", f"{number} / {total}"]
    return styles[(number - 1) % len(styles)]


def make_furniture(tmp: Path, footer: str = RUNNING_FOOTER, footer_size: float = 9,
                   name: str = "furniture.pdf") -> Fixture:
    """Four pages, each with a running header at the top, a page number and a
    running footer at the bottom (9 pt), and body text running across pages
    (a word hyphenated across the first page break)."""
    path = tmp / name
    canvas = new_canvas(path)
    total = len(FURNITURE_BODY)
    pages: list[list[str]] = []
    for number, body in enumerate(FURNITURE_BODY, 1):
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(PAGE_W / 2, 810, RUNNING_HEADER)
        canvas.setFont(FONT, SIZE)
        y = TOP
        for line in body:
            canvas.drawString(LEFT, y, line)
            y -= LEADING
        label = page_number_label(number, total)
        canvas.drawCentredString(PAGE_W / 2, 45, label)
        canvas.setFont(FONT, footer_size)
        canvas.drawString(LEFT, 28, footer)
        canvas.showPage()
        pages.append([RUNNING_HEADER, *body, label, footer])
    canvas.save()
    return Fixture(path, pages)


# the register's printout: its banner on top, its copyright over three lines of small print
# at the foot, the page counter at the right of the copyright's first line
REGISTER_BANNER = "Қазақстан Республикасының нормативтік құқықтық актілерінің эталондық бақылау банкі"
REGISTER_COPYRIGHT = [
    "© 2012. Қазақстан Республикасы Әділет министрлігінің «Қазақстан Республикасының Заңнама",
    "және құқықтық ақпарат институты» шаруашылық жүргізу құқығындағы республикалық",
    "мемлекеттік кәсіпорны",
]
GAZETTE = "«Егемен Қазақстан» 2004 жылғы 26 наурыз № 216 (29907)"


def make_register_printout(tmp: Path) -> Fixture:
    """FURNITURE_BODY's four pages as the register prints them (see REGISTER_COPYRIGHT)."""
    path = tmp / "register.pdf"
    canvas = new_canvas(path)
    total = len(FURNITURE_BODY)
    for number, body in enumerate(FURNITURE_BODY, 1):
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(PAGE_W / 2, 815, REGISTER_BANNER)
        canvas.setFont(FONT, SIZE)
        y = TOP
        for line in body:
            canvas.drawString(LEFT, y, line)
            y -= LEADING
        canvas.setFont(FONT, 7)
        for k, line in enumerate(REGISTER_COPYRIGHT):
            canvas.drawString(LEFT, 40 - 9 * k, line)
        canvas.drawRightString(RIGHT, 40, f"Страница {number} из {total}")
        canvas.showPage()
    canvas.save()
    return Fixture(path, [])


def make_gazette(tmp: Path, two_pages: bool = False) -> Fixture:
    """FURNITURE_BODY over five pages (or two) as a gazette prints them: its masthead on top,
    the page number at the outer corner (right on odd pages, left on even ones: each on
    fewer than half of the pages)."""
    path = tmp / ("gazette2.pdf" if two_pages else "gazette.pdf")
    canvas = new_canvas(path)
    pages = [*FURNITURE_BODY[:3], ["6. Келісім бес жыл"], ["мерзімге жасалады."]]
    if two_pages:
        pages = [[*pages[0], *pages[1]], [line for page in pages[2:] for line in page]]
    for number, body in enumerate(pages, 1):
        canvas.setFont(FONT, 8)
        if number % 2:
            canvas.drawString(LEFT, 815, GAZETTE)
            canvas.drawRightString(RIGHT, 815, str(number))
        else:
            canvas.drawString(LEFT, 815, str(number))
            canvas.drawRightString(RIGHT, 815, GAZETTE)
        canvas.setFont(FONT, SIZE)
        y = TOP
        for line in body:
            canvas.drawString(LEFT, y, line)
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return Fixture(path, [])


# points whose labels hang in the margin, the rest of each point set in (a gazette's column)
HANGING = [
    ("1.", ["Министрлік өтініштерді қабылдайды және оларды он жұмыс күні",
            "ішінде қарайды, шешімді өтініш берушіге жазбаша хабар-",
            "лайды."]),
    ("2.", ["Комиссия отырыстарын тоқсанына кемінде бір рет өткізеді және",
            "шешімдерді көпшілік дауыспен қабылдайды."]),
    (None, ["Комиссияның шешімдері хаттамамен ресімделеді және оған",
            "отырысқа қатысқан мүшелер қол қояды."]),
    ("3.", ["Өтініш беруші шешімге уәкілетті органға немесе сотқа",
            "шағымдана алады, шағым бір ай ішінде қаралады және оның",
            "нәтижесі туралы өтініш берушіге хабарланады."]),
]
HANG = 20.0  # how far the rest of a point is set in from its label


def make_hanging(tmp: Path) -> Fixture:
    """HANGING on one page: each label at the margin, its text and the lines after it set in
    HANG; the unlabelled paragraph with a smaller first-line indent, its lines at the margin."""
    path = tmp / "hanging.pdf"
    canvas = new_canvas(path)
    canvas.setFont(FONT, SIZE)
    y = TOP
    for label, lines in HANGING:
        for k, line in enumerate(lines):
            if label is None:
                canvas.drawString(LEFT + (14 if k == 0 else 0), y, line)
            else:
                if k == 0:
                    canvas.drawString(LEFT, y, label)
                canvas.drawString(LEFT + HANG, y, line)
            y -= LEADING
    canvas.showPage()
    canvas.save()
    return Fixture(path, [])


# --- 6. end-of-line hyphenation -------------------------------------------------------------

HYPHENATION = [
    "Тараптар екі мемлекет арасындағы ынтымақ-",
    "тастығы мен өзара түсіністікті нығайту үшін",
    "жыл сайын бірлескен мәдени іс-",
    "шаралар өткізеді, ТМД-",
    "ның басқа мүшелерін шақырады.",
]


def make_hyphenation(tmp: Path) -> Fixture:
    """Stretched lines ending in a hyphen: a broken word (ынтымақ-/тастығы), a
    real compound (іс-/шара), an abbreviation with a suffix (ТМД-/ның)."""
    path = tmp / "hyphen.pdf"
    canvas = new_canvas(path)
    y = TOP
    for line in HYPHENATION:
        draw_stretched(canvas, LEFT, y, line)
        y -= LEADING
    canvas.showPage()
    canvas.save()
    return Fixture(path, [list(HYPHENATION)])


# --- 7. words and lines drawn out of stream order -------------------------------------------

OUT_OF_ORDER = [
    "туралы келісімнің жобасы мақұлдансын.",
    "Заңы 5-бабының 8) тармақшасына сәйкес",
    "Министрлік барлық мүдделі органдармен келіседі.",
    "Осы қаулы алғашқы ресми жарияланған күнінен бастап",
]
SHUFFLE = [3, 0, 4, 1, 2]  # stream order of the words of the third line


def make_out_of_order(tmp: Path) -> Fixture:
    """Content-stream order differs from reading order, in four ways.

    Line 1: "келісімнің" is drawn last, between "туралы " and " жобасы ..."
    (spaces on both sides, as in the real artifact). Line 2: "5-бабының" is
    drawn last, with no space glyph around it while the rest of the line has
    spaces. Line 3: the words are drawn in shuffled order. The lines themselves
    are drawn bottom line first.
    """
    path = tmp / "order.pdf"
    canvas = new_canvas(path)
    ys = [TOP - i * LEADING for i in range(len(OUT_OF_ORDER))]
    canvas.drawString(LEFT, ys[3], OUT_OF_ORDER[3])

    words = OUT_OF_ORDER[2].split()
    starts = [LEFT]
    for word in words[:-1]:
        starts.append(starts[-1] + text_width(word) + text_width(" "))
    for i in SHUFFLE:
        canvas.drawString(starts[i], ys[2], words[i])

    head, moved, tail = "Заңы", "5-бабының", "8) тармақшасына сәйкес"
    space = text_width(" ")
    canvas.drawString(LEFT, ys[1], head)
    moved_x = LEFT + text_width(head) + space
    canvas.drawString(moved_x + text_width(moved) + space, ys[1], tail)
    canvas.drawString(moved_x, ys[1], moved)

    head, moved, tail = "туралы ", "келісімнің", " жобасы мақұлдансын."
    canvas.drawString(LEFT, ys[0], head)
    canvas.drawString(LEFT + text_width(head) + text_width(moved), ys[0], tail)
    canvas.drawString(LEFT + text_width(head), ys[0], moved)
    canvas.showPage()
    canvas.save()
    return Fixture(path, [list(OUT_OF_ORDER)])


# --- 8. a long realistic document (benchmark) -----------------------------------------------

SUBJECTS = [
    "Қазақстан Республикасының Сыртқы істер министрлігі",
    "Жергілікті атқарушы органдар",
    "Министрлік",
    "Уәкілетті орган",
    "Облыстардың, Астана және Алматы қалаларының әкімдері",
    "Жұмыс тобы",
    "Тараптар",
    "Қаржы министрлігі мүдделі мемлекеттік органдармен бірлесіп",
]
PREDICATES = [
    "осы қаулыдан туындайтын қажетті шараларды қабылдасын.",
    "бір ай мерзімде Үкіметке ұсыныстар енгізсін.",
    "жыл сайын 25 қаңтардан кешіктірмей ақпарат берсін.",
    "келісімнің орындалуын қамтамасыз етсін.",
    "өз құзыреті шегінде мүдделі мемлекеттік органдармен өзара іс-қимыл жасайды.",
    "жұмыс жоспарын бекітеді және оның орындалуын бақылайды.",
    "күнтізбелік он күн ішінде хабарлама жібереді.",
    "қажет болған жағдайда тәуелсіз сарапшыларды тартуға құқылы.",
    "алынған ақпаратты үшінші тарапқа жария етпеуге міндетті.",
]
LEADS = [
    "Осы Келісімнің 5-бабының 8) тармақшасына сәйкес",
    "Қазақстан Республикасының 2005 жылғы 30 мамырдағы Заңына сәйкес",
    "Келісім күшіне енген күннен бастап",
    "Тараптардың өзара келісімі бойынша",
    "",
    "",
]
SUB_POINTS = [
    "мемлекеттік саясатты іске асыруды үйлестіру;",
    "нормативтік құқықтық актілердің жобаларын әзірлеу;",
    "халықаралық ынтымақтастықты дамыту жөніндегі ұсыныстарды дайындау;",
    "статистикалық есептілікті жинау, талдау және жариялау;",
    "азаматтардың өтініштерін белгіленген тәртіппен қарау;",
]
HEADINGS = ["Жалпы ережелер", "Жұмыс тобының міндеттері", "Жұмыс тобының құқықтары",
            "Қызметті ұйымдастыру", "Қорытынды ережелер"]


def _wrap(words: Sequence[str], first_width: float, width: float) -> list[str]:
    """Greedy line filling, the first line narrower by the indent."""
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        limit = first_width if not lines else width
        if current and text_width(" ".join([*current, word])) > limit:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _legal_blocks(rng: random.Random, count: int) -> list[tuple[str, list[str]]]:
    """(kind, text pieces) in document order: headings, points, sub-points."""
    blocks: list[tuple[str, list[str]]] = []
    point = 0
    while len(blocks) < count:
        section = len([b for b in blocks if b[0] == "heading"]) + 1
        blocks.append(("heading", [f"{section}. {HEADINGS[(section - 1) % len(HEADINGS)]}"]))
        for _ in range(rng.randint(3, 6)):
            point += 1
            sentences = []
            for _ in range(rng.randint(1, 3)):
                lead = rng.choice(LEADS)
                sentence = f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}"
                sentences.append(f"{lead} {sentence}" if lead else sentence)
            blocks.append(("point", [f"{point}.", *" ".join(sentences).split()]))
            if rng.random() < 0.3:
                for n in range(1, rng.randint(2, 4) + 1):
                    blocks.append(("sub", [f"{n})", *rng.choice(SUB_POINTS).split()]))
    return blocks


def make_legal_document(tmp: Path, pages: int = 100, seed: int = 7) -> Fixture:
    """A long made-up resolution annex: numbered sections, points and sub-points.

    Two paragraphs in three are stretched Word-style (every line, the short
    last one included, fills the measure with Tc); the rest are ragged-right.
    A page number sits at the bottom of each page; paragraphs run across pages.
    """
    path = tmp / f"legal_{pages}p.pdf"
    canvas = new_canvas(path)
    rng = random.Random(seed)
    out: list[list[str]] = []
    page_lines: list[str] = []
    y = TOP

    def new_page() -> None:
        nonlocal y, page_lines
        label = str(len(out) + 1)
        canvas.setFont(FONT, SIZE)
        canvas.drawCentredString(PAGE_W / 2, 40, label)
        canvas.showPage()
        out.append([*page_lines, label])
        page_lines = []
        y = TOP

    blocks = iter(_legal_blocks(rng, count=pages * 40))
    while len(out) < pages:
        kind, words = next(blocks)
        if kind == "heading":
            y -= LEADING  # blank line before a heading
            if y < BOTTOM + LEADING:
                new_page()
                if len(out) == pages:
                    break
            text = " ".join(words)
            canvas.setFont(FONT, SIZE)
            canvas.drawCentredString(PAGE_W / 2, y, text)
            page_lines.append(text)
            y -= LEADING
            continue
        indent = INDENT if kind == "point" else INDENT + 15
        stretched = rng.random() < 2 / 3
        for i, line in enumerate(_wrap(words, WIDTH - indent, WIDTH)):
            if y < BOTTOM:
                new_page()
                if len(out) == pages:
                    break
            x = LEFT + (indent if i == 0 else 0)
            if stretched:
                draw_stretched(canvas, x, y, line)
            else:
                canvas.setFont(FONT, SIZE)
                canvas.drawString(x, y, line)
            page_lines.append(line)
            y -= LEADING
    canvas.save()
    return Fixture(path, out)


# --- 9. unreadable inputs --------------------------------------------------------------------

def make_encrypted(tmp: Path) -> Fixture:
    """A PDF encrypted with user password PASSWORD."""
    path = tmp / "encrypted.pdf"
    canvas = new_canvas(path, encrypt=StandardEncryption(PASSWORD, ownerPassword="owner-pw"))
    line = "Бұл құжат құпия сөзбен қорғалған."
    canvas.drawString(LEFT, TOP, line)
    canvas.showPage()
    canvas.save()
    return Fixture(path, [[line]], password=PASSWORD)


SCAN_NOTE = "Қосымша: сканерленген бет."


def make_no_text(tmp: Path, text_first: bool = False) -> Fixture:
    """Pages with only an image and vector drawings: what a scan looks like.

    With `text_first`, a page with one line of text comes before two such pages.
    """
    from PIL import Image  # Pillow comes with matplotlib
    from reportlab.lib.utils import ImageReader

    path = tmp / ("mixed_scan.pdf" if text_first else "scan.pdf")
    canvas = new_canvas(path)
    pages: list[list[str]] = []
    if text_first:
        canvas.drawString(LEFT, TOP, SCAN_NOTE)
        canvas.showPage()
        pages.append([SCAN_NOTE])
    image = Image.new("L", (60, 80), color=200)
    for x in range(10, 50):
        image.putpixel((x, 40), 0)
    for _ in range(2):
        canvas.drawImage(ImageReader(image), LEFT, 300, width=WIDTH, height=450)
        canvas.rect(LEFT, 100, WIDTH, 150)
        canvas.line(LEFT, 90, RIGHT, 90)
        canvas.showPage()
        pages.append([])
    canvas.save()
    return Fixture(path, pages)


WATERMARK = "ЖОБА"
WATERMARKED = [
    "Қазақстан Республикасы Үкіметінің қаулысы",
    "1. Қоса беріліп отырған Ереже бекітілсін.",
    "2. Осы қаулы қол қойылған күнінен бастап",
    "қолданысқа енгізіледі.",
]


def make_watermarked(tmp: Path) -> Fixture:
    """A draft with a big diagonal "ЖОБА" (draft) watermark drawn across its lines."""
    path = tmp / "watermark.pdf"
    canvas = new_canvas(path)
    y = TOP
    for line in WATERMARKED:
        canvas.drawString(LEFT, y, line)
        y -= LEADING
    canvas.saveState()
    canvas.translate(200, TOP - 60)
    canvas.rotate(30)
    canvas.setFont(FONT, 60)
    canvas.drawString(0, 0, WATERMARK)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return Fixture(path, [list(WATERMARKED)])
