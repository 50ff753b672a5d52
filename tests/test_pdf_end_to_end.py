"""Generated PDFs (tests/pdfgen.py) through the whole pipeline to normalized text.

Each expected text below is what was drawn into the PDF, written out by hand
as a reader of the page would give it: one paragraph per line.
"""

from __future__ import annotations

import pdfgen
import pytest

import pipeline


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("e2e")


def test_stretched_paragraphs(tmp):
    doc = pipeline.convert(pdfgen.make_stretched(tmp).path)
    assert doc["text"] == (
        "1. Жұмыс тобының құрамына мемлекеттік органдардың өкілдері: Министрліктің, "
        "комитеттің және әкімдіктің өкілдері; ұлттық компаниялардың өкілі кіруі мүмкін.\n"
        "2. Келісімнің жобасына Үкімет атынан қол қойылсын.")
    spaced = [r for r in doc["repairs"] if r["kind"] == "letter_spacing"]
    assert spaced and all(" " in r["before"] and r["after"] in doc["text"] for r in spaced)


def test_furniture_dropped_and_a_word_hyphenated_across_pages_joined(tmp):
    doc = pipeline.convert(pdfgen.make_furniture(tmp).path)
    assert doc["text"] == (
        "3. Тараптар осы Келісімді орындау мақсатында өзара ақпарат алмасады және екі ел "
        "арасындағы ынтымақтастығы мен өзара түсіністікті нығайтады.\n"
        "4. Келісім қол қойылған күнінен бастап күшіне енеді.\n"
        "5. Тараптардың өзара келісімі бойынша осы Келісімге өзгерістер мен толықтырулар "
        "енгізілуі мүмкін.\n"
        "6. Келісім бес жыл мерзімге жасалады.")
    dropped = [r["before"] for r in doc["repairs"] if r["kind"] == "page_furniture"]
    assert {"1", "- 2 -", "Бет 3", "4 / 4"} <= set(dropped)
    assert dropped.count("Құжаттың электрондық көшірмесі") == 4
    # the paragraph that runs over the page break says where each part came from
    assert [p["page"] for p in doc["pages"]] == [1, 2, 3, 4]


# the legal register's copyright line, as its printouts carry it at the foot of every page
REGISTER_FOOTER = ("© 2012. Қазақстан Республикасы Әділет министрлігінің «Қазақстан "
                   "Республикасының Заңнама және құқықтық ақпарат институты» ШЖҚ РМК")


def test_a_long_running_footer_of_small_print_is_furniture(tmp):
    doc = pipeline.convert(pdfgen.make_furniture(tmp, REGISTER_FOOTER, 6.5, "long.pdf").path)
    assert "©" not in doc["text"] and "РМК" not in doc["text"]
    assert doc["text"].startswith("3. Тараптар осы Келісімді")
    dropped = [r["before"] for r in doc["repairs"] if r["kind"] == "page_furniture"]
    assert dropped.count(REGISTER_FOOTER) == 4


FURNITURE_TEXT = (
    "3. Тараптар осы Келісімді орындау мақсатында өзара ақпарат алмасады және екі ел "
    "арасындағы ынтымақтастығы мен өзара түсіністікті нығайтады.\n"
    "4. Келісім қол қойылған күнінен бастап күшіне енеді.\n"
    "5. Тараптардың өзара келісімі бойынша осы Келісімге өзгерістер мен толықтырулар "
    "енгізілуі мүмкін.\n"
    "6. Келісім бес жыл мерзімге жасалады.")


def test_the_registers_printout_keeps_only_the_act(tmp):
    # a footer of three lines of small print, the page counter beside its first line
    doc = pipeline.convert(pdfgen.make_register_printout(tmp).path)
    assert doc["text"] == FURNITURE_TEXT
    assert [c["eid"] for c in doc["components"]] == ["main"]


def test_a_gazettes_masthead_with_the_page_number_at_the_outer_corner_is_furniture(tmp):
    doc = pipeline.convert(pdfgen.make_gazette(tmp).path)
    assert doc["text"] == FURNITURE_TEXT
    assert [c["eid"] for c in doc["components"]] == ["main"]
    # on two pages too, where only the page's own number may differ
    doc = pipeline.convert(pdfgen.make_gazette(tmp, two_pages=True).path)
    assert doc["text"] == FURNITURE_TEXT


def test_labels_hanging_in_the_margin_keep_each_point_one_paragraph(tmp):
    doc = pipeline.convert(pdfgen.make_hanging(tmp).path)
    assert doc["text"].splitlines() == [
        "1. Министрлік өтініштерді қабылдайды және оларды он жұмыс күні ішінде қарайды, "
        "шешімді өтініш берушіге жазбаша хабарлайды.",
        "2. Комиссия отырыстарын тоқсанына кемінде бір рет өткізеді және шешімдерді көпшілік "
        "дауыспен қабылдайды.",
        "Комиссияның шешімдері хаттамамен ресімделеді және оған отырысқа қатысқан мүшелер "
        "қол қояды.",
        "3. Өтініш беруші шешімге уәкілетті органға немесе сотқа шағымдана алады, шағым бір ай "
        "ішінде қаралады және оның нәтижесі туралы өтініш берушіге хабарланады."]


def test_hyphenation_joined_but_compounds_and_abbreviations_kept(tmp):
    doc = pipeline.convert(pdfgen.make_hyphenation(tmp).path)
    assert doc["text"] == (
        "Тараптар екі мемлекет арасындағы ынтымақтастығы мен өзара түсіністікті нығайту үшін "
        "жыл сайын бірлескен мәдени іс-шаралар өткізеді, ТМД-ның басқа мүшелерін шақырады.")
    assert [r["after"] for r in doc["repairs"] if r["kind"] == "hyphenation"] == [
        "ынтымақтастығы"]
    # bug: the line's letter-spacing repair kept the hyphen taken out of `ынтымақ-`
    for r in doc["repairs"]:
        assert doc["text"][r["span"][0]:r["span"][1]] == r["after"], r


def test_stamp_block_and_signatures(tmp):
    doc = pipeline.convert(pdfgen.make_signature_and_stamp(tmp).path)
    assert doc["text"].splitlines() == [
        "Қазақстан Республикасы Үкіметінің 2012 жылғы 29 мамырдағы № 696-1 қаулысымен бекітілген",
        "Жұмыс тобы туралы ереже",
        "1. Осы Ереже жұмыс тобының қызметін реттейді.",
        "Қазақстан Республикасының Премьер-Министрі К. Мәсімов",
        "Министр Е. Досаев",
    ]
    (component,) = doc["components"]
    assert component["approval"].endswith("қаулысымен бекітілген")
    assert [s["name"] for s in component["signatories"]] == ["К. Мәсімов", "Е. Досаев"]


def test_words_drawn_out_of_stream_order_come_back_in_place(tmp):
    doc = pipeline.convert(pdfgen.make_out_of_order(tmp).path)
    assert doc["text"] == (
        "туралы келісімнің жобасы мақұлдансын.\n"
        "Заңы 5-бабының 8) тармақшасына сәйкес Министрлік барлық мүдделі органдармен келіседі.\n"
        "Осы қаулы алғашқы ресми жарияланған күнінен бастап")


def test_no_space_glyphs_and_glued_small_print(tmp):
    doc = pipeline.convert(pdfgen.make_no_space_glyphs(tmp).path)
    assert doc["text"].splitlines()[-2:] == [
        "Премьер-Министрі К. Мәсімов",
        "Ескерту: жоба мәтіні мүдделі органдармен келісілген.",
    ]
    (gaps,) = [r for r in doc["repairs"] if r["kind"] == "word_gaps"]
    assert gaps["before"] == "Ескерту:жобамәтінімүдделіоргандарменкелісілген."


def test_pdf_lines_carry_their_boxes(tmp):
    doc = pipeline.convert(pdfgen.make_stretched(tmp).path)
    assert doc["source"]["format"] == "pdf"
    assert all(len(line["bbox"]) == 4 for line in doc["lines"])


def make_legal_document(tmp):
    return pdfgen.make_legal_document(tmp, pages=3)


@pytest.mark.parametrize("make", [
    pdfgen.make_stretched, pdfgen.make_positioned_glyphs, pdfgen.make_no_space_glyphs,
    pdfgen.make_signature_and_stamp, pdfgen.make_furniture, pdfgen.make_hyphenation,
    pdfgen.make_out_of_order, pdfgen.make_watermarked, make_legal_document],
    ids=lambda make: make.__name__.removeprefix("make_"))
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_every_generated_pdf_keeps_every_span_invariant(tmp, make, engine):
    from invariants import check_document

    check_document(pipeline.convert(make(tmp).path, engine=engine))


def test_titles_that_open_pages_alike_are_no_running_header(tmp):
    # made-up decision and its rules on three pages: the two titles begin with the same
    # line, each at the top of its page, bold at the text's size
    import layouts
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    layouts.register()
    path = tmp / "titles.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    first = "Заңды тұлғалардың қара және түсті металдардың"
    pages = [
        [(first, True), ("сынықтарын жинау қағидаларын бекіту туралы", True),
         ("1. Қоса беріліп отырған қағидалар бекітілсін.", False)],
        [(first, True), ("сынықтарын жинау қағидалары", True),
         ("1. Осы қағидалар жинау тәртібін айқындайды.", False)],
        [("2. Әкімдік қағидалардың орындалуын қамтамасыз етеді.", False)],
    ]
    for lines in pages:
        y = 780.0
        for text, bold in lines:
            canvas.setFont(layouts.BOLD if bold else layouts.FONT, 12)
            if bold:
                canvas.drawCentredString(297.0, y, text)
            else:
                canvas.drawString(70.0, y, text)
            y -= 16.0
        canvas.showPage()
    canvas.save()
    doc = pipeline.convert(path)
    assert doc["text"].count(first) == 2
    assert not [r for r in doc["repairs"] if r["kind"] == "page_furniture"]


def _draw(path, pages):
    """Made-up pages: (text, x or "centre", bold, right-hand text) per line."""
    import layouts
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    layouts.register()
    canvas = Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 780.0
        for text, x, bold, right in lines:
            canvas.setFont(layouts.BOLD if bold else layouts.FONT, 12)
            if x == "centre":
                canvas.drawCentredString(297.0, y, text)
            else:
                canvas.drawString(x, y, text)
            if right:
                canvas.drawRightString(525.0, y, right)
            y -= 16.0
        canvas.showPage()
    canvas.save()
    return path


def test_a_role_going_on_under_the_name_and_a_forms_rows_in_columns(tmp):
    # made-up order as Word sets it: the name beside the role's first line, the rest of the
    # role under it; the annex is a form whose rows put a blank to fill at the right
    path = _draw(tmp / "word.pdf", [[
        ("Стандартты бекіту туралы", "centre", True, None),
        ("БҰЙЫРАМЫН:", 70.0, False, None),
        ("1. Қоса беріліп отырған өтініш нысаны бекітілсін.", 70.0, False, None),
        ("2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.", 70.0, False, None),
        ("Қазақстан Республикасы Ішкі істер", 70.0, True, "Е. Тургумбаев"),
        ("Министрі", 70.0, True, None),
        ("бұйрығымен бекітілген", 380.0, False, None),
        ("Өтініш", "centre", True, None),
        ("Кімге", 70.0, False, "____________________"),
        ("Маған тиісті өтемақы сомасын аударуды сұраймын.", 70.0, False, None),
        ("СТН N", 70.0, False, "____________________"),
        ("Өтінішке құжаттардың көшірмелері қоса беріледі.", 70.0, False, None),
        ("Өтініш иесінің қолы", 70.0, False, "____________________"),
        ("Өтініш берілген күн көрсетіледі.", 70.0, False, None),
    ]])
    doc = pipeline.convert(path)
    assert [c["eid"] for c in doc["components"]] == ["main", "annex_1"]
    assert doc["metadata"]["signatories"][0]["role"] == "Қазақстан Республикасы Ішкі істер Министрі"


def test_a_stamp_headed_by_its_approval_word_dates_the_act(tmp):
    # made-up resolution as a word processor sets its annex's stamp: `БЕКІТІЛГЕН` first
    stamp = ["БЕКІТІЛГЕН", "Қазақстан Республикасы", "Үкіметінің 2002 жылғы",
             "24 қаңтардағы № 97", "қаулысымен"]
    path = _draw(tmp / "headed.pdf", [[
        ("Өтемақы төлеудің ережесін бекіту туралы", "centre", True, None),
        ("Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:", 70.0, False, None),
        ("1. Қоса беріліп отырған ереже бекітілсін.", 70.0, False, None),
        ("Қазақстан Республикасының Премьер-Министрі", 70.0, True, "И. Тасмағамбетов"),
        *[(line, 380.0, False, None) for line in stamp],
        ("Өтемақы төлеудің ережесі", "centre", True, None),
        ("1. Өтемақыны қаржы органы төлейді.", 70.0, False, None),
    ]])
    doc = pipeline.convert(path)
    metadata = doc["metadata"]
    assert (metadata["date"], metadata["number"], metadata["issuer"]) == (
        "2002-01-24", "97", "Қазақстан Республикасының Үкіметі")
    assert [c["title"] for c in doc["components"]][1] == "Өтемақы төлеудің ережесі"
    # the same as a text extractor gives it, a line each
    text = tmp / "headed.txt"
    text.write_text("Өтемақы төлеудің ережесін бекіту туралы\n"
                    "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
                    "1. Қоса беріліп отырған ереже бекітілсін.\n"
                    "Қазақстан Республикасының Премьер-Министрі    И. Тасмағамбетов\n"
                    + "\n".join(stamp) + "\nӨтемақы төлеудің ережесі\n"
                    "1. Өтемақыны қаржы органы төлейді.\n", encoding="utf-8")
    doc = pipeline.convert(text)
    assert (doc["metadata"]["date"], doc["metadata"]["number"]) == ("2002-01-24", "97")
    assert [c["title"] for c in doc["components"]][1] == "Өтемақы төлеудің ережесі"
