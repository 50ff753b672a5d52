"""Find page furniture: page numbers and running headers and footers.

A line at the top or bottom of a page is furniture when it looks like a page
number (`3`, `- 3 -`, `Бет 3`, `3 / 7`, `3-бет`, `3-бет/7`, `Страница 3 из 7`) or
when the same line, digits folded, stands at that edge of most pages (of both pages
of a two-page document, where only the very same line counts; a running block may
reach a few lines in, as a footer of three lines of small print does), or when it is
the legal register's banner (`Қазақстан Республикасының нормативтік құқықтық
актілерінің эталондық бақылау банкі`), which marks its printouts even where a page or
two give no repeat.
"""

from __future__ import annotations

import regex

from .model import Page, SourceLine

# `3`, `- 3 -`, `Бет 3`, `3-бет`, `3 / 7`, and a counter of pages: `3-бет/7`, `Страница 3 из 7`
_PAGE_NUMBER = regex.compile(
    r"^(?:[-–—]\s*)?(?:(?:бет|стр\.?|страница|page|с\.)\s*)?\d{1,4}(?:\s*-?\s*бет)?"
    r"(?:\s*(?:/|из|of)\s*\d{1,4})?(?:\s*-?\s*бет)?(?:\s*[-–—])?$",
    regex.IGNORECASE,
)
_DIGITS = regex.compile(r"\d+")
# A line that opens with a unit label (`5.`, `8)`, `3-бап`) is body text, never a header.
_UNIT_LABEL = regex.compile(r"^\d+(?:[.)]|-(?:бап|тарау|бөлім|параграф))\s")
# the register's banner, whole on its line (the same words inside a sentence are text)
_REGISTER_BANNER = regex.compile(
    r"(?:Қазақстан\s+Республикасының\s+)?нормативтік\s+құқықтық\s+актілерінің\s+эталондық"
    r"\s+бақылау\s+банкі|Эталонный\s+контрольный\s+банк\s+нормативных\s+правовых\s+актов"
    r"(?:\s+Республики\s+Казахстан)?(?:\s+в\s+электронном\s+виде)?",
    regex.IGNORECASE)
EDGE_LINES = 2  # how many lines at each edge of a page may be furniture
MAX_EDGE_LINES = 5  # ... and how deep a running block of them may reach
MIN_REPEAT_SHARE = 0.5  # a running header/footer stands on at least this share of pages
# the longest running line: a whole line of small print (the register's copyright footer,
# `© 2012. Қазақстан Республикасы Әділет министрлігінің «...» ШЖҚ РМК`, is 127 characters)
MAX_RUNNING_CHARS = 200


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(" ".join(text.split())))


def page_number_run(texts: list[str]) -> list[int]:
    """Indices of the lines that number pages in a text whose page breaks were lost.

    Stream-order extractors (PDFBox without separators, copied text) keep page
    numbers as lines of their own amid the text. They are the longest run of
    page-number lines whose numbers go up by one, in document order; a run of
    fewer than two is no evidence.
    """
    found = [(i, int(_DIGITS.search(t).group())) for i, t in enumerate(texts)
             if t.strip() and is_page_number(t) and not _set_vertically(texts, i)]
    best: list[int] = []
    for k, (_, first) in enumerate(found):
        run, want = [k], first + 1
        for j in range(k + 1, len(found)):
            if found[j][1] == want:
                run.append(j)
                want += 1
        if len(run) > len(best):
            best = run
    return [found[k][0] for k in best] if len(best) >= 2 else []


def _set_vertically(texts: list[str], i: int) -> bool:
    """Whether the number on line `i` is a piece of a stretched line an extractor set one
    glyph per line (PyMuPDF): a lone digit before it, or after it a lone glyph that goes
    on with a number (`4` / `.` / `Мыналар`, `4` / `6` / `2` / `-` / `құжат`)."""
    before = texts[i - 1].strip() if i > 0 else ""
    after = texts[i + 1].strip() if i + 1 < len(texts) else ""
    return ((len(before) == 1 and before.isdigit())
            or (len(after) == 1 and after in ".)-–0123456789"))


MIN_RUNNING_WORDS = 4
MIN_PAGE_LINES = 15  # a page of text has at least this many lines
MIN_RUNNING_REPEATS = 3


def running_line_run(texts: list[str]) -> list[int]:
    """Indices of a running header or footer in a text whose page breaks were lost.

    It is a longer line (MIN_RUNNING_WORDS words or more, no unit label) that repeats
    identically at least MIN_RUNNING_REPEATS times, a page apart (MIN_PAGE_LINES lines
    or more between repeats), and opens the text (a header) or closes it (a footer).
    A sentence an act repeats in its body does neither.
    """
    seen: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        key = " ".join(text.split())
        if len(key.split()) >= MIN_RUNNING_WORDS and not _UNIT_LABEL.match(key):
            seen.setdefault(key, []).append(i)
    runs = [at for at in seen.values()
            if len(at) >= MIN_RUNNING_REPEATS
            and (at[0] <= EDGE_LINES or at[-1] >= len(texts) - EDGE_LINES)
            and min(b - a for a, b in zip(at, at[1:])) >= MIN_PAGE_LINES]
    return max(runs, key=len, default=[])


# a page number at one end of a running line, which a mirrored layout sets at the outer
# corner: on the right of odd pages, on the left of even ones
_END_NUMBER = regex.compile(r"^#\s+|\s+#$")


def _fold(text: str) -> str:
    return _END_NUMBER.sub("", _DIGITS.sub("#", " ".join(text.split()).casefold()))


def find_furniture(pages: list[Page]) -> dict[tuple[int, int], str]:
    """Return {(page, line number): reason} for every furniture line."""
    found: dict[tuple[int, int], str] = {}
    edges: list[list[SourceLine]] = []
    for page in pages:
        lines = page.lines
        edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:] if len(lines) > 2 * EDGE_LINES else lines
        edges.append(list(dict.fromkeys(edge)))
    multi_page = len(pages) >= 2
    for page, edge in zip(pages, edges):
        for line in edge:
            if is_page_number(line.text) and (multi_page or len(page.lines) > 1):
                found[(line.page, line.number)] = "page number"
    if len(pages) >= 2:
        found.update(_running_lines(pages, edges, found))
        # a running block deeper than the edge lines (a footer of three lines of small
        # print, its first line carrying the page counter): line by line inward, while
        # every line between it and the edge is furniture
        for depth in range(EDGE_LINES, MAX_EDGE_LINES):
            rows = [_at_depth(page.lines, depth, found) for page in pages]
            more = _running_lines(pages, rows, found, inner=True)
            if not more:
                break
            found.update(more)
    for edge in edges:  # where no repeat shows it
        for line in edge:
            if (line.page, line.number) not in found \
                    and _REGISTER_BANNER.fullmatch(" ".join(line.text.split())):
                found[(line.page, line.number)] = "register banner"
    return found


TITLE_SHARE = 0.95  # a line set this large (of the text's size) or larger is no small print


def _body_size(pages: list[Page], found: dict[tuple[int, int], str]) -> float | None:
    """The median font size of the lines not yet found to be furniture (PDF), None
    without geometry (text)."""
    sizes = sorted(line.font_size for page in pages for line in page.lines
                   if line.font_size and (line.page, line.number) not in found)
    return sizes[len(sizes) // 2] if sizes else None


def _at_depth(lines: list[SourceLine], depth: int,
              found: dict[tuple[int, int], str]) -> list[SourceLine]:
    """The line `depth` lines in from the top and from the bottom of a page, where all the
    lines outside it are furniture already."""
    out: list[SourceLine] = []
    if len(lines) > depth:
        for k, outside in ((depth, lines[:depth]), (len(lines) - 1 - depth, lines[-depth:])):
            if all((ln.page, ln.number) in found for ln in outside) and lines[k] not in out:
                out.append(lines[k])
    return out


def _running_lines(pages: list[Page], edges: list[list[SourceLine]],
                   found: dict[tuple[int, int], str], inner: bool = False
                   ) -> dict[tuple[int, int], str]:
    """Lines repeated at page edges: identical, or differing only by the page number.

    Not a title that begins a page and repeats there (an act's and its annex's titles
    may open alike): bold lines as large as the text. Deeper in from the edge (`inner`),
    only small print, or (without geometry) a line on three pages at least.
    """
    body = _body_size(pages, found)
    groups: dict[str, list[SourceLine]] = {}
    for edge in edges:
        for line in edge:
            if (line.page, line.number) not in found:
                groups.setdefault(_fold(line.text), []).append(line)
    need = max(2, int(MIN_REPEAT_SHARE * len(pages) + 0.999))
    out: dict[tuple[int, int], str] = {}
    for key, lines in groups.items():
        lines = _at_one_height(lines)
        if len({line.page for line in lines}) < need or len(key) > MAX_RUNNING_CHARS:
            continue
        texts = {" ".join(line.text.split()) for line in lines}
        if len(texts) > 1 and (_UNIT_LABEL.match(lines[0].text) or not _counts_pages(lines)):
            continue  # numbered body lines that merely look alike
        if len(pages) == 2 and len(texts) > 1 and not _counts_pages(lines, exact=True):
            # two pages are little evidence: only the very same line counts, or the same
            # line with each page's own number (a masthead's number at the outer corner)
            continue
        sizes = [line.font_size for line in lines if line.font_size]
        if body and sizes and all(line.bold for line in lines) \
                and min(sizes) >= TITLE_SHARE * body:
            continue  # bold at the text's size: a title
        if inner and (not body or not sizes) and len({line.page for line in lines}) < 3:
            continue
        if inner and body and sizes and max(sizes) >= TITLE_SHARE * body:
            continue  # the lines of a deep running block are small print
        for line in lines:
            out[(line.page, line.number)] = "running header/footer"
    return out


SAME_HEIGHT_PT = 6.0  # a running line stands at one height on every page (PDF)


def _at_one_height(lines: list[SourceLine]) -> list[SourceLine]:
    """Of lines alike, those at the height most of them stand at, where the page's geometry
    is known: a running header keeps its place, a sentence an act repeats (a register's
    note under each repealed point) ends pages wherever the text runs out."""
    tops = sorted(line.bbox[1] for line in lines if line.bbox is not None)
    if len(tops) < len(lines):
        return lines  # text: no heights to go by
    middle = tops[len(tops) // 2]
    return [line for line in lines
            if line.bbox is not None and abs(line.bbox[1] - middle) <= SAME_HEIGHT_PT]


def _counts_pages(lines: list[SourceLine], exact: bool = False) -> bool:
    """The only varying number is the page number (give or take a constant offset, none
    where `exact`), wherever on the line it stands: the other numbers are the same on
    every page."""
    numbers = [[int(n) for n in _DIGITS.findall(line.text)] for line in lines]
    if not numbers[0]:
        return False
    offsets = {0} if exact else {n - lines[0].page for n in numbers[0]}
    for offset in offsets:
        rests = set()
        for line, found in zip(lines, numbers):
            rest = list(found)
            if line.page + offset not in rest:
                break
            rest.remove(line.page + offset)
            rests.add(tuple(sorted(rest)))
        else:
            if len(rests) == 1:
                return True
    return False
