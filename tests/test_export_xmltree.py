"""The small XML tree writes exactly what lxml's pretty-printed tostring writes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.export.xmltree import Element, sub_element, tostring

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
KZ = "https://kazlegal.example/ns/1"
DECLARATIONS = f' xmlns="{AKN}" xmlns:kazlegal="{KZ}"'

TAGS = ["p", "unit", "kazlegal:record", "num"]
NAMES = ["eId", "name", "span", "kazlegal_x", "a-b"]
text = st.lists(st.sampled_from(list("ab Қә\"'<>&\t\n\r]}") + ["]]>", "😀", "\u2028", "  "]),
               max_size=8).map("".join)


@st.composite
def trees(draw, depth: int = 0):
    """(tag, attributes, text, tail, children) tuples."""
    children = [] if depth > 3 else draw(st.lists(trees(depth + 1), max_size=3))
    return (draw(st.sampled_from(TAGS)),
            draw(st.dictionaries(st.sampled_from(NAMES), text, max_size=3)),
            draw(st.one_of(st.none(), text)), draw(st.one_of(st.none(), text)), children)


def ours(spec, parent: Element | None = None) -> Element:
    tag, attrib, txt, tail, children = spec
    element = Element(tag, dict(attrib)) if parent is None else sub_element(parent, tag,
                                                                              dict(attrib))
    element.text = txt
    if parent is not None:
        element.tail = tail
    for child in children:
        ours(child, element)
    return element


def lxml_tag(tag: str) -> str:
    return f"{{{KZ}}}{tag.split(':')[1]}" if ":" in tag else f"{{{AKN}}}{tag}"


def theirs(spec, parent=None):
    tag, attrib, txt, tail, children = spec
    if parent is None:
        element = etree.Element(lxml_tag(tag), nsmap={None: AKN, "kazlegal": KZ})
    else:
        element = etree.SubElement(parent, lxml_tag(tag))
        element.tail = tail
    for name, value in attrib.items():
        element.set(name, value)
    element.text = txt
    for child in children:
        theirs(child, element)
    return element


def lxml_bytes(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@settings(max_examples=300)
@given(trees())
def test_random_trees_are_written_as_lxml_writes_them(spec):
    assert tostring(ours(spec), DECLARATIONS) == lxml_bytes(theirs(spec))


def test_deep_trees_stop_indenting_where_lxml_does():
    spec = ("p", {}, None, None, [])
    for _ in range(40):
        spec = ("unit", {"eId": "x"}, None, None, [spec])
    assert tostring(ours(spec), DECLARATIONS) == lxml_bytes(theirs(spec))


def test_deferred_children_are_written_in_place_and_dropped():
    root = Element("act")
    sub_element(root, "meta")
    body = sub_element(root, "body")
    made = []

    def units():
        for n in range(3):
            unit = Element("paragraph", {"eId": f"para_{n}"})
            sub_element(unit, "p").text = f"{n} < {n + 1}"
            made.append(n)
            yield unit

    body.later = units
    empty = sub_element(root, "kazlegal:none")
    empty.later = lambda: iter(())
    expected = etree.Element(f"{{{AKN}}}act", nsmap={None: AKN, "kazlegal": KZ})
    etree.SubElement(expected, f"{{{AKN}}}meta")
    lxml_body = etree.SubElement(expected, f"{{{AKN}}}body")
    for n in range(3):
        unit = etree.SubElement(lxml_body, f"{{{AKN}}}paragraph", eId=f"para_{n}")
        etree.SubElement(unit, f"{{{AKN}}}p").text = f"{n} < {n + 1}"
    etree.SubElement(expected, f"{{{KZ}}}none")
    assert tostring(root, DECLARATIONS) == lxml_bytes(expected)
    assert made == [0, 1, 2] and body.children == []
