"""Read a PDF with pypdfium2 per-glyph boxes: the same lines and words as `pdf.read_pdf`, faster.

pypdfium2 comes with pdfplumber, so this costs no dependency. Only the source
of the glyphs differs from the pdfplumber reader; lines, words and cues come
from the same `geometry` code. pdfium's own word guesses (the spaces and line
breaks it generates) are ignored: only glyphs that are really in the file count.
"""

from __future__ import annotations

import ctypes
import math
from array import array
from collections.abc import Callable
from itertools import count, repeat
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .geometry import Glyph, page_lines
from .model import IngestError, Page, SourceDocument
from .pdfcommon import is_bold_font, load_pdf_bytes, pdf_document

_ANGLE_TOLERANCE = 0.01  # radians
# pdfium reports a hyphen it takes for a line-end break as 0x02 (GetUnicode)
# or 0xFFFE (GetText) instead of the hyphen glyph that is in the file.
_HYPHEN_MARKS = (0x02, 0xFFFE)
# codes that need more than chr(): the hyphen marks and the halves of a surrogate pair
_SPECIAL = frozenset((*_HYPHEN_MARKS, *range(0xD800, 0xE000)))


def _open_error(exc: pdfium.PdfiumError, password: str | None) -> IngestError:
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        if password is None:
            return IngestError("PDF is encrypted; pass --password to open it")
        return IngestError("wrong password")
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
        return IngestError("unsupported encryption")
    return IngestError(f"corrupt PDF: {exc}")


def _char_codes(raw: object, count: int) -> list[int]:
    """UTF-16 code of every character index, in one call when pdfium allows it.

    FPDFText_GetText gives one code unit per index unless a character lies
    beyond the BMP; then fall back to one FPDFText_GetUnicode call per index.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    if written == count + 1:  # count units and the terminating NUL
        return buffer[:count]
    return [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(count)]


def _is_bold(raw: object, index: int) -> bool:
    """The weight of the font of one character: its weight, or failing that its name."""
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600:
        return True
    buffer = ctypes.create_string_buffer(128)
    size = pdfium_c.FPDFText_GetFontInfo(raw, index, buffer, 128, None)
    return 0 < size <= 128 and is_bold_font(buffer.value.decode("latin-1", "replace"))


def _prototype(function: object, restype: type, *argtypes: type) -> Callable[..., Any]:
    """The same pdfium function called with plain integer arguments (addresses, not
    pointer objects): ctypes converts those cheapest, and this runs for every glyph."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_loose_box = _prototype(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p,
                        ctypes.c_int, ctypes.c_void_p)
_char_angle = _prototype(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float, ctypes.c_void_p,
                         ctypes.c_int)
_is_generated = _prototype(pdfium_c.FPDFText_IsGenerated, ctypes.c_int, ctypes.c_void_p,
                           ctypes.c_int)
_RECT = 16  # bytes of an FS_RECTF: left, top, right, bottom (floats)
_TURN = 2 * math.pi


def _boxes_and_angles(address: int, chars: int, upright: bool
                      ) -> tuple[list[int], array, list[float]]:
    """For every character index: whether pdfium has its loose box, the box as four
    floats (left, top, right, bottom) in one flat array, and its angle (0 for all when
    the page's text is known to be `upright`).

    One pass of C calls into one ctypes array, read back at once: per-glyph
    attribute reads of a ctypes struct cost more than the calls themselves, and
    the array's bytes as an array of C floats cost less than a slice of it.
    """
    boxes = (ctypes.c_float * (4 * chars))()
    start = ctypes.addressof(boxes)
    found = list(map(_loose_box, repeat(address, chars), range(chars),
                     range(start, start + _RECT * chars, _RECT)))
    if upright:
        angles = [0.0] * chars
    else:
        angles = list(map(_char_angle, repeat(address, chars), range(chars)))
    return found, array("f", bytes(boxes)), angles


def _all_upright(page: object, chars: int) -> bool:
    """Whether every text object of the page, inside forms too, is drawn upright (its
    matrix and every enclosing form's without rotation or mirroring): then pdfium gives
    every character the angle 0, and the angles need not be asked one by one.

    pdfium's angle of a character is that of its text object's matrix combined with the
    enclosing forms'. Asked only when the objects are far fewer than the characters (a
    producer drawing each glyph as an object of its own makes the question dearer than
    the angles); False, and so the angles asked, at the first object it cannot vouch for.
    """
    budget = chars // 4
    matrix = pdfium_c.FS_MATRIX()
    pending = [(pdfium_c.FPDFPage_GetObject, page, pdfium_c.FPDFPage_CountObjects(page))]
    while pending:
        get, holder, count = pending.pop()
        budget -= count
        if budget < 0:
            return False
        for index in range(count):
            obj = get(holder, index)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind not in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM):
                continue
            if (not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix) or matrix.b != 0
                    or not matrix.a > 0):
                return False
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                pending.append((pdfium_c.FPDFFormObj_GetObject, obj,
                                pdfium_c.FPDFFormObj_CountObjects(obj)))
    return True


def _texts(codes: list[int]) -> list[str]:
    """The text of every character index: "" for the first half of a surrogate pair
    (its character goes to the second half's index), a hyphen for pdfium's break marks.

    Most pages have neither: one chr() per code, done by map.
    """
    if _SPECIAL.isdisjoint(codes):
        return list(map(chr, codes))
    texts: list[str] = []
    high_surrogate = 0
    for code in codes:
        if 0xD800 <= code < 0xDC00:  # first half of a character beyond the BMP
            high_surrogate = code
            texts.append("")
            continue
        if 0xDC00 <= code < 0xE000 and high_surrogate:
            code = 0x10000 + ((high_surrogate - 0xD800) << 10) + (code - 0xDC00)
        high_surrogate = 0
        if code in _HYPHEN_MARKS:
            code = 0x2D  # the glyph in the file is a hyphen: the normalizer decides
        texts.append(chr(code))
    return texts


def page_glyphs(page: pdfium.PdfPage) -> tuple[list[Glyph], int]:
    """The page's upright glyphs as plain tuples, and how many rotated ones were left out.

    Boxes are pdfium's loose boxes (the glyph's advance by the font's height),
    which match pdfminer's x0/x1; the box height stands for the font size
    because pdfium's own font size ignores the transformation matrix.
    """
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        address = ctypes.cast(raw, ctypes.c_void_p).value
        page_top = page.get_mediabox()[3]
        codes = _char_codes(raw, pdfium_c.FPDFText_CountChars(raw))
        upright = _all_upright(page.raw, len(codes))
        found, box, angles = _boxes_and_angles(address, len(codes), upright)
        glyphs: list[Glyph] = []
        append = glyphs.append
        rotated = 0
        # The font weight is read where a new line starts in stream order, not per
        # glyph: a line is set in one weight (titles, headings), and the calls cost.
        bold = False
        last_top = float("-inf")
        # one zip over the columns of the flat box array: no index arithmetic per glyph
        for i, text, has_box, angle, left, raw_top, right, raw_bottom in zip(
                count(), _texts(codes), found, angles, box[0::4], box[1::4], box[2::4],
                box[3::4]):
            space = text.isspace()
            if space:
                if text in "\r\n" or _is_generated(address, i) == 1:
                    continue  # a line end, or pdfium's own guess at a break: not a glyph
            elif text in "\x00":  # NUL, and "" (half a surrogate pair): "" is in any string
                continue
            if angle:  # 0.0 (or -0.0) is upright; anything else is measured
                angle %= _TURN
                if min(angle, _TURN - angle) > _ANGLE_TOLERANCE:
                    rotated += 1
                    continue
            if not has_box:
                continue
            top, bottom = page_top - raw_top, page_top - raw_bottom
            if not space and abs(top - last_top) > 0.5 * (bottom - top):
                bold = _is_bold(raw, i)
                last_top = top
            append((text, left, right, top, bottom, bottom - top, bold))
        return glyphs, rotated
    finally:
        textpage.close()


def read_pdf_pdfium(path: str | Path, password: str | None = None,
                    language: str | None = None) -> SourceDocument:
    """`pdf.read_pdf` with glyphs from pypdfium2: same output shape and errors."""
    data = load_pdf_bytes(path)
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise _open_error(exc, password) from exc
    pages: list[Page] = []
    warnings: list[str] = []
    try:
        if len(document) == 0:
            raise IngestError("PDF has no pages")
        for number in range(1, len(document) + 1):
            try:
                page = document[number - 1]
            except pdfium.PdfiumError as exc:
                raise IngestError(f"corrupt PDF: page {number}: {exc}") from exc
            try:
                glyphs, rotated = page_glyphs(page)
                width, height = (round(v, 2) for v in page.get_size())
            finally:
                page.close()
            if rotated:
                warnings.append(f"page {number}: {rotated} rotated glyphs left out")
            lines = page_lines(glyphs, number)
            pages.append(Page(number=number, lines=lines, width=width, height=height))
    finally:
        document.close()
    return pdf_document(path, data, pages, warnings, language)
