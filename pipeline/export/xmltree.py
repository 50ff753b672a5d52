"""A small XML element tree, serialized byte for byte as lxml's pretty-printed `tostring`.

The Akoma Ntoso export of a long act has a hundred thousand elements; as an lxml
tree they cost more memory than the whole document they describe. Here an
element is a plain Python object, and an element's children may be *deferred*:
produced one at a time while the document is written, written, and dropped, so
that the units and records of a long act are never all held as elements at once.

The output is what libxml2 writes with `pretty_print=True` and UTF-8: an
element with no content is `<a/>`; an element whose content is elements only
has each child on its own line, indented two spaces a level (at most 30
levels); an element with text anywhere among its children (its own text or a
child's tail) is written as is, and so is everything inside it. Text escapes
`& < >` and carriage returns; attribute values also `"` and the other white
space characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

MAX_INDENT_LEVELS = 30  # libxml2 indents at most 60 characters
FLUSH_PIECES = 4096  # pieces of text gathered before they are encoded

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                    "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')


class Element:
    """An element: a qualified tag as written (`p`, `kazlegal:unit`), attributes in the
    order set, text, tail, children, and optionally children produced when written."""

    __slots__ = ("tag", "attrib", "text", "tail", "children", "later")

    def __init__(self, tag: str, attrib: dict[str, str] | None = None) -> None:
        self.tag = tag
        self.attrib: dict[str, str] = attrib if attrib is not None else {}
        self.text: str | None = None
        self.tail: str | None = None
        self.children: list[Element] = []
        # children made while writing, after `children`: they must have no tail
        self.later: Callable[[], Iterable[Element]] | None = None

    def set(self, name: str, value: str) -> None:
        self.attrib[name] = value

    def append(self, child: Element) -> None:
        self.children.append(child)

    def insert(self, index: int, child: Element) -> None:
        self.children.insert(index, child)

    def __len__(self) -> int:
        """The children made so far (deferred ones are not counted)."""
        return len(self.children)


def sub_element(parent: Element, tag: str, attrib: dict[str, str] | None = None) -> Element:
    """A new last child of `parent`."""
    child = Element(tag, attrib)
    parent.children.append(child)
    return child


def tostring(root: Element, declarations: str = "") -> bytes:
    """The document as UTF-8 bytes with an XML declaration, pretty-printed as lxml does;
    `declarations` (` xmlns="..."`) is written into the root's start tag."""
    out = _Output()
    out.write("<?xml version='1.0' encoding='UTF-8'?>\n")
    _write(out, root, 0, True, declarations)
    out.write("\n")
    return out.getvalue()


class _Output:
    """Text pieces, encoded in batches: the document is never held as one big str."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.chunks: list[bytes] = []

    def write(self, piece: str) -> None:
        self.pieces.append(piece)
        if len(self.pieces) >= FLUSH_PIECES:
            self.flush()

    def flush(self) -> None:
        self.chunks.append("".join(self.pieces).encode("utf-8"))
        self.pieces = []

    def getvalue(self) -> bytes:
        self.flush()
        return b"".join(self.chunks)


def _escape_text(text: str) -> str:
    return text.translate(_TEXT_ESCAPES) if _TEXT_SPECIAL.search(text) else text


def _escape_attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE_ESCAPES) if _ATTRIBUTE_SPECIAL.search(value) else value


def _children(element: Element) -> Iterator[Element]:
    yield from element.children
    if element.later is not None:
        for child in element.later():
            if child.tail is not None:
                raise ValueError(f"a deferred child of <{element.tag}> has a tail")
            yield child


def _write(out: _Output, element: Element, level: int, pretty: bool,
           declarations: str = "") -> None:
    start = "<" + element.tag + declarations + "".join(
        [f' {name}="{_escape_attribute(value)}"' for name, value in element.attrib.items()])
    if element.text is None and not element.children and element.later is None:
        out.write(start + "/>")
        return
    kids = _children(element)
    # text anywhere among the children (deferred children have no tails) turns layout off
    pretty = pretty and element.text is None and all(
        child.tail is None for child in element.children)
    if element.text is None and not element.children:  # only deferred children: any?
        first = next(kids, None)
        if first is None:
            out.write(start + "/>")
            return
        kids = _chain(first, kids)
    out.write(start + ">")
    if pretty:
        out.write("\n")
        indent = "  " * min(level + 1, MAX_INDENT_LEVELS)
    if element.text is not None:
        out.write(_escape_text(element.text))
    for child in kids:
        if pretty:
            out.write(indent)
        _write(out, child, level + 1, pretty)
        if child.tail is not None:
            out.write(_escape_text(child.tail))
        if pretty:
            out.write("\n")
    if pretty:
        out.write("  " * min(level, MAX_INDENT_LEVELS))
    out.write("</" + element.tag + ">")


def _chain(first: Element, rest: Iterator[Element]) -> Iterator[Element]:
    yield first
    yield from rest
