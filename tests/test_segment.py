"""Segmentation on made-up documents, one per act kind and numbering scheme.

Every document in this file is a made-up example written for the test, in the
layout of real Kazakh acts (indented paragraphs as in stream-order
extractions, or plain unindented text as a user might paste it).
"""

from __future__ import annotations

import pytest
from helpers import text_doc

from pipeline.normalize import normalize
from pipeline.segment import parse_date, segment
from pipeline.segment.units import Block, build_units


def structure_of(text: str):
    return segment(normalize(text_doc(text)))


def eids(component) -> list[str]:
    return [u.eid for u in component.walk()]


RESOLUTION_WITH_RULES = """
Су ресурстарын пайдалану қағидаларын бекіту туралы

Қазақстан Республикасы Үкіметінің 2019 жылғы 14 қыркүйектегі № 13/139 қаулысы
      Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:
      1. Қоса беріліп отырған Су ресурстарын пайдалану қағидалары бекітілсін.
      2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
      Қазақстан Республикасының
      Премьер-Министрі                         А. Мамин
Қазақстан Республикасы Үкіметінің 2019 жылғы 14 қыркүйектегі № 13/139 қаулысымен бекітілген

Су ресурстарын пайдалану қағидалары

1-тарау. Жалпы ережелер

      1. Осы Қағидалар су ресурстарын пайдалану тәртібін айқындайды.
      2. Қағидаларда мынадай ұғымдар пайдаланылады:
      1) су пайдаланушы – суды пайдаланатын тұлға;
      2) уәкілетті орган – су қорын басқару саласындағы орган.
      Ескерту. 2-тармаққа өзгеріс енгізілді - ҚР Үкіметінің 2020.05.01 № 5 қаулысымен.

2-тарау. Су пайдалану тәртібі

      3. Су пайдаланушы жыл сайын уәкілетті органға есеп береді.
      Есеп жазбаша нысанда беріледі.
      4. Уәкілетті орган есепті он жұмыс күні ішінде қарайды.
"""


def test_resolution_with_approved_rules_and_continuing_point_numbers():
    s = structure_of(RESOLUTION_WITH_RULES)
    meta = s.metadata
    assert (meta.act_type, meta.act_type_kk, meta.date, meta.number) == (
        "resolution", "қаулы", "2019-09-14", "13/139")
    assert meta.issuer == "Қазақстан Республикасының Үкіметі"
    assert meta.title == "Су ресурстарын пайдалану қағидаларын бекіту туралы"
    assert [(x.role, x.name) for x in meta.signatories] == [
        ("Қазақстан Республикасының Премьер-Министрі", "А. Мамин")]
    main, rules = s.components
    assert eids(main) == ["main/para_1", "main/para_2"]
    assert (rules.eid, rules.type, rules.type_kk, rules.draft) == (
        "annex_1", "rules", "қағидалар", False)
    assert rules.title == "Су ресурстарын пайдалану қағидалары"
    assert rules.approval.endswith("қаулысымен бекітілген")
    assert eids(rules) == [
        "annex_1/chp_1", "annex_1/chp_1/para_1", "annex_1/chp_1/para_2",
        "annex_1/chp_1/para_2/subpara_1", "annex_1/chp_1/para_2/subpara_2",
        "annex_1/chp_2", "annex_1/chp_2/para_3", "annex_1/chp_2/para_3/indent_1",
        "annex_1/chp_2/para_4",
    ]
    chapter = rules.units[0]
    assert (chapter.num, chapter.heading, chapter.text) == ("1", "Жалпы ережелер", "")
    # the editorial note is kept and marked, not taken for a provision
    (note,) = rules.notes
    assert note.text.startswith("Ескерту.") and note.after == "annex_1/chp_1/para_2/subpara_2"


LAW = """
Қазақстан Республикасының Заңы
2021 жылғы 2 қаңтар N 399-VI

Ветеринария туралы

      Осы Заң ветеринария саласындағы қоғамдық қатынастарды реттейді.

ЖАЛПЫ БӨЛІМ

1-тарау. НЕГІЗГІ ЕРЕЖЕЛЕР

1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар

      1. Осы Заңда мынадай негізгі ұғымдар пайдаланылады:
      1) ветеринария – ғылыми білім саласы;
      2) жануар – тірі организм.
      2. Өзге ұғымдар заңнамада айқындалады.

2-бап. Ветеринария туралы заңнама

      Ветеринария туралы заңнама Конституцияға негізделеді.
      Халықаралық шарттың ережелері қолданылады.

2-тарау. МЕМЛЕКЕТТІК РЕТТЕУ

1-параграф. Жалпы қағидалар

3-бап

      Уәкілетті орган ветеринарияны реттейді.

      Қазақстан Республикасының
      Президенті                                  Қ. Тоқаев
"""


def test_law_with_parts_chapters_paragraphs_and_articles():
    s = structure_of(LAW)
    assert (s.metadata.act_type, s.metadata.date, s.metadata.number) == (
        "law", "2021-01-02", "399-VI")
    assert s.metadata.title == "Ветеринария туралы"
    (main,) = s.components
    assert main.preamble == "Осы Заң ветеринария саласындағы қоғамдық қатынастарды реттейді."
    assert eids(main) == [
        "main/part_1", "main/part_1/chp_1",
        "main/part_1/chp_1/art_1", "main/part_1/chp_1/art_1/para_1",
        "main/part_1/chp_1/art_1/para_1/subpara_1", "main/part_1/chp_1/art_1/para_1/subpara_2",
        "main/part_1/chp_1/art_1/para_2",
        "main/part_1/chp_1/art_2", "main/part_1/chp_1/art_2/indent_1",
        "main/part_1/chp_2", "main/part_1/chp_2/subchp_1", "main/part_1/chp_2/subchp_1/art_3",
    ]
    art1 = s.find("main/part_1/chp_1/art_1")
    assert art1.heading == "Осы Заңда пайдаланылатын негізгі ұғымдар"
    art2 = s.find("main/part_1/chp_1/art_2")
    assert art2.text == "Ветеринария туралы заңнама Конституцияға негізделеді."
    # an article without a heading: its first paragraph is its text
    art3 = s.find("main/part_1/chp_2/subchp_1/art_3")
    assert art3.heading is None and art3.text == "Уәкілетті орган ветеринарияны реттейді."
    assert [x.name for x in main.signatories] == ["Қ. Тоқаев"]


ORDER = """Мемлекеттік көрсетілетін қызмет стандартын бекіту туралы
Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығы

«Мемлекеттік көрсетілетін қызметтер туралы» Заңның 10-бабының 1) тармақшасына сәйкес БҰЙЫРАМЫН:
1. Қоса беріліп отырған стандарт бекітілсін.
2. Департамент осы бұйрықты он күнтізбелік күн ішінде жариялауды қамтамасыз етсін.
3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.
Қазақстан Республикасының Денсаулық сақтау министрі    А. Цой
"""


def test_order_without_indents_and_with_a_preamble():
    s = structure_of(ORDER)
    assert (s.metadata.act_type, s.metadata.act_type_kk) == ("order", "бұйрық")
    assert (s.metadata.date, s.metadata.number) == ("2020-10-30", "ҚР ДСМ-175/2020")
    (main,) = s.components
    assert main.enacting_formula == "БҰЙЫРАМЫН:"
    assert main.preamble.startswith("«Мемлекеттік көрсетілетін қызметтер туралы» Заңның")
    assert eids(main) == ["main/para_1", "main/para_2", "main/para_3"]
    assert [(x.role, x.name) for x in main.signatories] == [
        ("Қазақстан Республикасының Денсаулық сақтау министрі", "А. Цой")]


AKIM_DECISION = """
Ауданның елді мекендеріне атау беру туралы

Алматы облысы Талғар ауданы әкімінің 2018 жылғы 5 наурыздағы № 03-12 шешімі
      «Қазақстан Республикасының әкімшілік-аумақтық құрылысы туралы» Заңына сәйкес, Талғар ауданының әкімі ШЕШІМ ЕТТІ:
      1. Ауданның жаңа елді мекеніне «Береке» атауы берілсін.
      2. Осы шешімнің орындалуын бақылау аудан әкімінің орынбасарына жүктелсін.
      Аудан әкімі                                 Б. Ахметов
"""


def test_akim_decision():
    s = structure_of(AKIM_DECISION)
    assert (s.metadata.act_type, s.metadata.number, s.metadata.date) == (
        "decision", "03-12", "2018-03-05")
    (main,) = s.components
    assert main.enacting_formula == "ШЕШІМ ЕТТІ:"
    assert eids(main) == ["main/para_1", "main/para_2"]
    assert main.signatories[0].name == "Б. Ахметов"


RESTARTING = """
Комиссия туралы ереже

1. Жалпы ережелер

      1. Комиссия консультативтік орган болып табылады.
      2. Комиссия өз қызметін заңнамаға сәйкес жүзеге асырады.

2. Комиссияның міндеттері

      1. Комиссияның міндеттері:
      1) ұсыныстар әзірлеу;
      2) жобаларды қарау.
      2. Комиссия отырысы тоқсанына кемінде бір рет өткізіледі.
"""


def test_point_numbers_restarting_per_section_and_nested_sub_points():
    s = structure_of(RESTARTING)
    (main,) = s.components
    assert main.title == "Комиссия туралы ереже"
    assert eids(main) == [
        "main/sec_1", "main/sec_1/para_1", "main/sec_1/para_2",
        "main/sec_2", "main/sec_2/para_1", "main/sec_2/para_1/subpara_1",
        "main/sec_2/para_1/subpara_2", "main/sec_2/para_2",
    ]
    assert s.find("main/sec_2").heading == "Комиссияның міндеттері"
    assert s.find("main/sec_2/para_1/subpara_2").text == "жобаларды қарау."


def test_unit_spans_nest_and_text_spans_hold_the_text():
    normalized = normalize(text_doc(RESOLUTION_WITH_RULES))
    s = segment(normalized)
    for component in s.components:
        for unit in component.walk():
            assert normalized.text[unit.text_span[0]:unit.text_span[1]] == unit.text
            for child in unit.children:
                assert unit.span[0] <= child.span[0] <= child.span[1] <= unit.span[1]


def test_text_span_holds_the_text_when_a_paragraph_ends_in_an_information_separator():
    # bug: str.strip() takes \x1c-\x1f off a unit's text, the tokenizer keeps them in the last
    # word, and the text span ran to the paragraph's end: text[text_span] != unit.text
    normalized = normalize(text_doc("1. кеңес отырыс өткізеді\x1f\n2) хатшылық\x1c\n"))
    units = list(segment(normalized).units())
    assert [(u.kind, u.text) for u in units] == [("para", "кеңес отырыс өткізеді"),
                                                 ("subpara", "хатшылық")]
    for unit in units:
        assert normalized.text[unit.text_span[0]:unit.text_span[1]] == unit.text


def test_dates_in_every_case_form():
    assert parse_date("2012 жылғы 29 мамырдағы")[0] == "2012-05-29"
    assert parse_date("1994 жылғы 9 қыркүйектегі келісім")[0] == "1994-09-09"
    assert parse_date("29 мамыр 2012 жыл")[0] == "2012-05-29"
    assert parse_date("2015 жылғы 8 маусымдағы № 421")[0] == "2015-06-08"
    assert parse_date("29.05.2012")[0] == "2012-05-29"
    assert parse_date("2015 жылғы « » №") is None
    assert parse_date("2015 жылғы 31 ақпандағы") is None


CAPS_HEADER = """
ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ
ҚАУЛЫСЫ

2014 жылғы 14 наурыз № 213

Астана, Үкімет Үйі

Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы

      «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының 2013 жылғы 15 сәуірдегі Заңының 6-бабының 1) тармақшасына сәйкес Қазақстан Республикасының Yкiметi ҚАУЛЫ ЕТЕДI:
      1. Қоса беріліп отырған мемлекеттік көрсетілетін қызмет стандарттары бекітілсін.
      2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.

      Қазақстан Республикасының
      Премьер-Министрі                            С. Ахметов
"""


def test_header_in_capitals_with_date_number_and_place_lines():
    s = structure_of(CAPS_HEADER)
    meta = s.metadata
    assert (meta.act_type, meta.date, meta.number, meta.place) == (
        "resolution", "2014-03-14", "213", "Астана, Үкімет Үйі")
    assert meta.title == "Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы"
    # the issuer closes the preamble, after `сәйкес`; the look-alike letters are repaired
    assert meta.issuer == "Қазақстан Республикасының Үкіметі"
    (main,) = s.components
    assert main.preamble.endswith("1) тармақшасына сәйкес")
    assert main.enacting_formula == "ҚАУЛЫ ЕТЕДІ:"
    assert eids(main) == ["main/para_1", "main/para_2"]


AMENDED = """
Комиссия туралы ереже

      1. Комиссия консультативтік орган болып табылады.
      РҚАО-ның ескертпесі! 1-тармақтың қолданысы тоқтатыла тұрды.
      2. Комиссия отырыстарын өткізеді.
      2-1. Комиссия жылына бір рет есеп береді.
      3. Комиссия шешімдері хаттамамен ресімделеді.
"""


def test_points_inserted_by_amendment_and_register_notes():
    # made-up: a consolidated text with an inserted point 2-1 and a note of the register
    s = structure_of(AMENDED)
    (main,) = s.components
    assert eids(main) == ["main/para_1", "main/para_2", "main/para_2-1", "main/para_3"]
    assert s.find("main/para_2-1").num == "2-1"
    (note,) = main.notes
    assert note.text.startswith("РҚАО-ның ескертпесі") and note.after == "main/para_1"


def test_an_annex_header_set_apart_with_the_forms_approver_opens_a_component():
    # made-up: a layout sets `... 3-қосымша`, `«БЕКІТІЛГЕН»` and the approver as one block
    from pipeline.segment.components import is_stamp

    block = ("Курсанттарға бару қағидаларына 3-қосымша «БЕКІТІЛГЕН» Қазақстан Республикасы "
             "Ішкі істер министрлігі арнаулы оқу орнының бастығы")
    assert is_stamp(block, set_apart=True)
    assert not is_stamp(block)  # in running text, only a header at the end is one
    assert not is_stamp("Өтінішке осы Қағидаларға 3-қосымшаға сәйкес нысан қоса беріледі.",
                        set_apart=True)


def test_an_article_label_run_into_its_chapeau_keeps_it_as_text():
    # made-up: a text extractor joined `2-бап` and the article's first line
    from helpers import norm

    from pipeline.segment import segment

    text = ("Ынтымақтастық туралы келісім\n"
            "1-бап. Жалпы ережелер\n"
            "Тараптар ынтымақтасады.\n"
            "2-бап Осы Келісімде пайдаланылатын негізгі ұғымдар:\n"
            "1) тарап – келісімге қатысушы мемлекет;\n")
    units = {u.eid: u for u in segment(norm(text)).components[0].walk()}
    assert units["main/art_2"].heading is None
    assert units["main/art_2"].text.endswith("негізгі ұғымдар:")
    assert units["main/art_1"].heading == "Жалпы ережелер"


def test_an_article_of_one_sentence_on_its_label_line_is_text_not_a_heading():
    # made-up, in the shape of short amending laws: `2-бап. <the norm>.` on one line; the
    # jussive and the deadline of such an article must reach extraction as its text
    text = ("Жер қатынастары туралы\n"
            "Қазақстан Республикасының Заңы\n"
            "1-бап. Қорытынды ережелер\n"
            "Осы Заң жер қатынастарын реттейді.\n"
            "2-бап. Жер кодексінің 24-бабының қолданылуы 2026 жылғы 31 желтоқсанға дейін "
            "тоқтатыла тұрсын.\n"
            "3-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен "
            "соң қолданысқа енгізіледі.\n")
    units = {u.eid: u for u in structure_of(text).components[0].walk()}
    assert units["main/art_1"].heading == "Қорытынды ережелер"
    assert units["main/art_2"].heading is None
    assert units["main/art_2"].text.endswith("тоқтатыла тұрсын.")
    assert units["main/art_3"].heading is None
    assert units["main/art_3"].text.startswith("Осы Заң алғашқы")


def test_points_that_read_like_headings_are_points_where_the_numbers_run_on():
    # made-up, a public service standard set as numbered rows: a short row reads like a
    # section heading, but the rows number 1, 2, 3 ... as one sequence
    text = ("Мемлекеттік қызмет стандарты\n"
            "1. Көрсетілетін қызметті берушінің атауы Әділет министрлігі\n"
            "2. Мемлекеттік қызметті көрсету мерзімі: бес жұмыс күні.\n"
            "3. Мемлекеттік қызметті көрсету нысаны Электрондық\n"
            "4. Жұмыс кестесі: дүйсенбіден бастап жұманы қоса алғанда.\n")
    assert eids(structure_of(text).components[0]) == [
        "main/para_1", "main/para_2", "main/para_3", "main/para_4"]
    # sections numbered apart from their points stay sections
    text = ("Қағидалар\n"
            "1. Жалпы ережелер\n"
            "1. Осы Қағидалар тәртіпті айқындайды.\n"
            "2. Қағидалар барлық ұйымдарға қолданылады.\n"
            "2. Қорытынды ережелер\n"
            "3. Даулар сот тәртібімен шешіледі.\n")
    assert eids(structure_of(text).components[0]) == [
        "main/sec_1", "main/sec_1/para_1", "main/sec_1/para_2", "main/sec_2", "main/sec_2/para_3"]
    # in an act of articles, `N.` numbers an article's points, however short the point
    text = ("Ынтымақтастық туралы келісім\n"
            "1-бап\n1. Тараптар ынтымақтасады.\n2. Тараптар ақпарат алмасады.\n"
            "2-бап\n1. Құзыретті органдар\n2. Тараптар бір-бірін хабардар етеді.\n")
    assert eids(structure_of(text).components[0]) == [
        "main/art_1", "main/art_1/para_1", "main/art_1/para_2",
        "main/art_2", "main/art_2/para_1", "main/art_2/para_2"]
    # so in an act of chapters
    text = ("Қағидалар\n"
            "1-тарау. Жалпы ережелер\n1. Осы Қағидалар тәртіпті айқындайды.\n"
            "2-тарау. Құжаттар\n5. Құжаттар тізбесі\n6. Құжаттар бір жыл сақталады.\n")
    assert eids(structure_of(text).components[0]) == [
        "main/chp_1", "main/chp_1/para_1", "main/chp_2", "main/chp_2/para_5",
        "main/chp_2/para_6"]


def test_an_annex_header_naming_the_act_dates_it():
    # made-up: a republished order without its own date line; its annex's header names it
    text = ("Мемлекеттік көрсетілетін қызмет қағидаларын бекіту туралы\n"
            "«Мемлекеттік көрсетілетін қызметтер туралы» Заңға сәйкес БҰЙЫРАМЫН:\n"
            "1. Қоса беріліп отырған Қағидалар бекітілсін.\n"
            "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.\n"
            "Қазақстан Республикасының Әділет министрі М. Бекетаев\n"
            "Қазақстан Республикасы Әділет министрінің 2020 жылғы 19 маусымдағы № 107 "
            "бұйрығына 1-қосымша\n"
            "Мемлекеттік көрсетілетін қызмет қағидалары\n"
            "1. Осы Қағидалар қызмет көрсету тәртібін айқындайды.\n")
    meta = structure_of(text).metadata
    assert (meta.act_type, meta.date, meta.number) == ("order", "2020-06-19", "107")
    # (made-up, as a 1998 maslikhat decision is republished: `шешіміне № 1 қосымша` dates
    # it; that number is the annex's)
    text = ("Ертіс өзені қойнауы жөніндегі Ережені бекіту туралы\n"
            "Облыстық Мәслихат ШЕШІМ ҚАБЫЛДАДЫ:\n"
            "1. Ертіс өзені қойнауы туралы Ереже бекітілсін.\n"
            "Облыстық Мәслихаттың хатшысы Б. Сәрсенов\n\n"
            "1998 жылғы 18 желтоқсандағы облыстық\nМәслихаттың ХХII сессиясының шешіміне\n"
            "№ 1 қосымша\n\n"
            "Ертіс өзені қойнауы туралы Ереже\n"
            "1. Қойнауды қорғау облыстық басқармаға жүктеледі.\n")
    meta = structure_of(text).metadata
    assert (meta.date, meta.number) == ("1998-12-18", None)


def test_an_amendments_title_naming_the_decisions_it_amends_is_no_act_line():
    # made-up: `... Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер` has the type word
    # `шешім`, but it is the title of the amendments, and they are what it says
    text = ("Кейбір мәселелер туралы\n"
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "1. Қоса беріліп отырған өзгерістер бекітілсін.\n"
            "Қазақстан Республикасының Премьер-Министрі А. Мамин\n"
            "Қазақстан Республикасы Үкіметінің 2021 жылғы 5 сәуірдегі № 12 қаулысымен бекітілген\n"
            "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер\n"
            "1. «Акциялар туралы» Үкіметтің 1999 жылғы 12 сәуірдегі № 405 қаулысында:\n"
            "реттік нөмірі 21-153-жол алып тасталсын.\n")
    annex = structure_of(text).components[1]
    assert (annex.type, annex.title) == (
        "amendments", "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер")


def test_signatures_without_a_name_close_their_component():
    # made-up, as a 1990s ratification is republished: the President signs by role alone,
    # the treaty's parties sign `... Үкіметі үшін`; the agreement and its protocol follow
    text = ("Сауда туралы келісімді бекіту туралы\n"
            "1995 жылғы 22 қарашада Алматыда қол қойылған Сауда туралы келісім бекітілсін.\n"
            "Қазақстан Республикасының Президенті\n"
            "Сауда туралы Қазақстан Республикасының Үкіметі мен Тәжікстан Республикасының "
            "Үкіметі арасындағы Келісім\n"
            "1-бап\n"
            "Тараптар еркін сауда режимін белгілейді.\n"
            "2-бап\n"
            "Осы Келісім қол қойылған күнінен бастап күшіне енеді.\n"
            "Қазақстан Республикасының Үкіметі үшін\n"
            "Тәжікстан Республикасының Үкіметі үшін\n"
            "Сауда туралы келісімге Хаттама\n"
            "1-бап\n"
            "Тараптар алып қоюлар тізбесін келіседі.\n"
            "Қазақстан Республикасының Үкіметі үшін\n"
            "Тәжікстан Республикасының Үкіметі үшін\n")
    structure = structure_of(text)
    assert [c.eid for c in structure.components] == ["main", "annex_1", "annex_2"]
    assert [c.type for c in structure.components[1:]] == ["agreement", "protocol"]
    assert eids(structure.components[1]) == ["annex_1/art_1", "annex_1/art_2"]


def test_the_prime_ministers_deputy_signing_by_role_closes_the_resolution():
    # made-up, as a 2000 resolution approving an agreement is republished: the Prime
    # Minister's first deputy signs by role alone; each article's title stands on the line
    # under its number
    text = ("Кеден істеріндегі ынтымақтастық туралы келісімді бекіту туралы\n"
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "1. Кеден істеріндегі ынтымақтастық туралы келісім бекітілсін.\n"
            "2. Осы қаулы қол қойылған күнінен бастап күшіне енеді.\n"
            "Қазақстан Республикасының Премьер-Министрінің бірінші-орынбасары\n"
            "Кеден істеріндегі ынтымақтастық туралы Келісім\n"
            "1-бап\n"
            "Айқындамалар\n"
            "Осы Келісімнің мақсаттары үшін терминдер мыналарды білдіреді:\n"
            "\"кеден қызметтері\" - Тараптардың орталық кеден органдары.\n"
            "2-бап\n"
            "Куәліктерді беру\n"
            "1. Кеден қызметтері бір-біріне куәліктерді береді.\n")
    structure = structure_of(text)
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "resolution"), ("annex_1", "agreement")]
    agreement = structure.components[1]
    assert eids(agreement) == ["annex_1/art_1", "annex_1/art_1/indent_1", "annex_1/art_2",
                               "annex_1/art_2/para_1"]
    first, second = agreement.units
    assert (first.heading, first.text) == (
        "Айқындамалар", "Осы Келісімнің мақсаттары үшін терминдер мыналарды білдіреді:")
    assert (second.heading, second.text) == ("Куәліктерді беру", "")


def unit_eids(texts: list[str]) -> list[str]:
    """The eids of the units of paragraphs as a PDF's layout hands them over (one block
    each, on page 1)."""
    blocks, start = [], 0
    for text in texts:
        blocks.append(Block(text, (start, start + len(text)), 1))
        start += len(text) + 1
    return [u.eid for unit in build_units(blocks, "main") for u in unit.walk()]


def test_a_point_whose_first_line_reads_like_a_heading_is_a_point():
    # made-up regulation, in paragraphs as a PDF's layout hands them over when a gap breaks
    # point 3's sentence after a first line that reads like a heading: the sentence goes on
    # in lower case, and a section 3 comes later (two sections 3 would share an eid)
    texts = ["1. Жалпы ережелер",
             "1. Агенттік орталық атқарушы орган болып табылады.",
             "3. Агенттік мемлекеттік мекеменің ұйымдық-құқықтық нысанындағы",
             "заңды тұлға болып табылады.",
             "4. Агенттіктің заңды мекенжайы: Астана қаласы.",
             "2. Агенттіктің негізгі міндеттері",
             "5. Агенттік ғарыш саласындағы саясатты іске асырады.",
             "3. Агенттіктің функциялары",
             "6. Агенттік бағдарламаларды әзірлейді."]
    assert unit_eids(texts) == [
        "main/sec_1", "main/sec_1/para_1", "main/sec_1/para_3", "main/sec_1/para_3/indent_1",
        "main/sec_1/para_4", "main/sec_2", "main/sec_2/para_5", "main/sec_3",
        "main/sec_3/para_6"]


def test_the_last_sub_point_that_is_a_chapeau_keeps_its_lines():
    # made-up regulation: both sub-points of point 10 open lists of unnumbered lines; the
    # last one's lines are its items too, not text closing the point
    texts = ["10. Агенттік мынадай функцияларды жүзеге асырады:",
             "1) ғарыш қызметі саласында:",
             "саясатты әзірлейді;",
             "бағдарламаларды іске асырады;",
             "2) бақылау саласында:",
             "мемлекеттік бақылауды жүзеге асырады;",
             "тексерулер жүргізеді."]
    assert unit_eids(texts) == [
        "main/para_10", "main/para_10/subpara_1", "main/para_10/subpara_1/indent_1",
        "main/para_10/subpara_1/indent_2", "main/para_10/subpara_2",
        "main/para_10/subpara_2/indent_1", "main/para_10/subpara_2/indent_2"]


def test_a_maslikhats_officers_sign_by_office_alone():
    # made-up, as a 1998 maslikhat decision is republished: the session's chairman and the
    # secretary sign with no names; their lines are no units of the decision
    texts = ["Ереже туралы", "Облыстық Мәслихат ШЕШІМ ҚАБЫЛДАДЫ:",
             "1. Ертіс өзені қойнауы туралы Ереже бекітілсін.",
             "2. Бақылау тұрақты комиссияға жүктелсін.",
             "Облыстық Мәслихаттың ХХІІ сессиясының төрағасы", "Облыстық Мәслихаттың хатшысы",
             "Ертіс өзені қойнауы туралы Ереже", "1. Қойнау облыстың табиғи байлығы болып табылады."]
    structure = structure_of("\n\n".join(texts) + "\n")
    assert [eids(c) for c in structure.components] == [
        ["main/para_1", "main/para_2"], ["annex_1/para_1"]]


def test_a_sentence_of_a_note_set_apart_after_a_signature_opens_no_component():
    # made-up, as PyMuPDF sets the register's note: its second sentence a paragraph of its own
    text = ("Келісімді бекіту туралы\n"
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "1. Келісім бекітілсін.\n"
            "Қазақстан Республикасының Премьер-Министрі К. Мәсімов\n"
            "Ескерту. Келісімнің мәтіні ресми болып табылмайды.\n"
            "Ресми көшірмесін Сыртқы істер министрлігінен алуға болады\n"
            "Қазақстан Республикасы\nҮкіметінің\n2015 жылғы 27 сәуірдегі\n№ 330 қаулысымен\n"
            "бекітілген\n"
            "Теңіз көлігі саласындағы ынтымақтастық туралы келісім\n"
            "1-бап. Тараптар ынтымақтасады.\n")
    structure = structure_of(text)
    assert [c.eid for c in structure.components] == ["main", "annex_1"]
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Қазақстан Республикасының Премьер-Министрі", "К. Мәсімов")]



def test_a_surname_set_in_capitals_signs_the_act():
    # made-up decree and its Russian text, signed as the President signs: `Қ. ТОҚАЕВ`
    structure = structure_of(
        "Мемлекеттік наградалар туралы\n"
        "ҚАУЛЫ ЕТЕМІН:\n"
        "1. Осы Жарлық қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
        "Қазақстан Республикасының Президенті Қ. ТОҚАЕВ\n")
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Қазақстан Республикасының Президенті", "Қ. ТОҚАЕВ")]
    structure = structure_of(
        "О государственных наградах\n"
        "ПОСТАНОВЛЯЮ:\n"
        "1. Настоящий Указ вводится в действие со дня его подписания.\n"
        "Президент Республики Казахстан К. ТОКАЕВ\n")
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Президент Республики Казахстан", "К. ТОКАЕВ")]


def test_the_bodies_that_agreed_above_a_stamp_open_no_document():
    # made-up order, as its text is republished: the notes of the three bodies that agreed
    # stand above the approval stamp of the instruction, each over its lines (more lines
    # than a stamp has)
    structure = structure_of(
        "Нұсқаулықты бекіту туралы\n"
        "БҰЙЫРАМЫН:\n"
        "1. Қоса беріліп отырған нұсқаулық бекітілсін.\n"
        "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
        "Қазақстан Республикасы Президенті Іс Басқарушысының міндетін атқарушы    М. Ахметова\n"
        "«КЕЛІСІЛДІ»\n"
        "Қазақстан Республикасы\n"
        "Мемлекеттік күзет қызметі\n"
        "«КЕЛІСІЛДІ»\n"
        "Қазақстан Республикасы\n"
        "Ұлттық қауіпсіздік комитеті\n"
        "«КЕЛІСІЛДІ»\n"
        "Қазақстан Республикасы\n"
        "Ішкі істер министрлігі\n"
        "Қазақстан Республикасы Президенті\n"
        "Іс Басқарушысының міндетін атқарушы\n"
        "2022 жылғы 30 қарашадағы\n"
        "№ 05/326\n"
        "Бұйрықпен бекітілген\n"
        "Объектілерді қорғау жөніндегі нұсқаулық\n"
        "1. Нұсқаулық қорғау тәртібін айқындайды.\n")
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "order"), ("annex_1", "instruction")]
    assert eids(structure.components[1]) == ["annex_1/para_1"]
    metadata = structure.metadata
    assert (metadata.date, metadata.number) == ("2022-11-30", "05/326")


def test_a_role_set_on_under_the_signers_name_opens_no_document():
    # made-up: a layout that sets the name on the first line of a two-line role
    structure = structure_of(
        "Нұсқаулықты бекіту туралы\n"
        "БҰЙЫРАМЫН:\n"
        "1. Қоса беріліп отырған нұсқаулық бекітілсін.\n"
        "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
        "Қазақстан Республикасы Президенті    М. Ахметова\n"
        "Іс Басқарушысының міндетін атқарушы\n"
        "\n"
        "Қазақстан Республикасы\n"
        "Президенті Іс Басқарушысының\n"
        "2022 жылғы 30 қарашадағы\n"
        "№ 05/326\n"
        "бұйрығымен бекітілген\n"
        "Объектілерді қорғау жөніндегі нұсқаулық\n"
        "1. Нұсқаулық қорғау тәртібін айқындайды.\n")
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "order"), ("annex_1", "instruction")]
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Қазақстан Республикасы Президенті Іс Басқарушысының міндетін атқарушы", "М. Ахметова")]


def test_a_point_label_glued_to_its_first_word_is_still_a_point():
    # made-up: the republished text glues a label to its first word (`2.Комиссия`); a
    # decimal (`1.5`) and a date (`01.07.2021`) are no labels
    structure = structure_of(
        "Комиссия туралы қағидалар\n"
        "1. Комиссия құрылады.\n"
        "2.Комиссия өтінішті он күн ішінде қарайды.\n"
        "3. Мөлшерлеме 1.5 пайызды құрайды және\n"
        "01.07.2021 бастап қолданылады.\n")
    assert eids(structure.components[0]) == ["main/para_1", "main/para_2", "main/para_3"]
    assert structure.components[0].units[1].text.startswith("Комиссия өтінішті")


def test_a_section_heading_too_long_to_look_like_one_is_told_by_its_number():
    # made-up public-service standard: sections number apart from the points under them;
    # the third section's heading runs over several lines, with no period
    structure = structure_of(
        "Мемлекеттік көрсетілетін қызмет стандарты\n"
        "1. Жалпы ережелер\n"
        "1. Мемлекеттік көрсетілетін қызметті министрлік көрсетеді.\n"
        "2. Мемлекеттік қызмет көрсету тәртібі\n"
        "2. Мемлекеттік қызмет көрсету мерзімі он жұмыс күні.\n"
        "3. Мемлекеттік қызмет көрсету нысаны электрондық.\n"
        "3. Көрсетілетін қызметті берушінің және (немесе) оның лауазымды адамдарының, "
        "Мемлекеттік корпорацияның және (немесе) оның қызметкерлерінің мемлекеттік қызмет "
        "көрсету мәселелері бойынша шешімдеріне, әрекеттеріне (әрекетсіздігіне) шағымдану "
        "тәртібі\n"
        "4. Шағым министрлік басшысының атына беріледі.\n")
    assert eids(structure.components[0]) == [
        "main/sec_1", "main/sec_1/para_1", "main/sec_2", "main/sec_2/para_2",
        "main/sec_2/para_3", "main/sec_3", "main/sec_3/para_4"]


def test_points_quoted_as_an_amendments_new_wording_are_no_units_of_the_amending_act():
    # made-up amending resolution: the new wording of a list runs over paragraphs, its own
    # `1.` and `2.` inside the quotation marks
    structure = structure_of(
        "Кейбір шешімдерге өзгерістер енгізу туралы\n"
        "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
        "1. Үкіметтің 2004 жылғы 28 қазандағы № 1120 қаулысына мынадай өзгерістер енгізілсін:\n"
        "ұйымдардың тізбесі мынадай редакцияда жазылсын:\n"
        "«Ұйымдардың тізбесі:\n"
        "1. Министрлік:\n"
        "1) «Заңнама институты» шаруашылық жүргізу құқығындағы мемлекеттік кәсіпорны;\n"
        "2. Комитет:\n"
        "1) «Зияткерлік меншік институты» мемлекеттік кәсіпорны.»;\n"
        "аумақтық органдардың тізбесінде 21 және 22-тармақтар алып тасталсын.\n"
        "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    assert eids(structure.components[0]) == [
        "main/para_1", *(f"main/para_1/indent_{n}" for n in range(1, 8)), "main/para_2"]
    # a quotation mark left open to the end quotes nothing
    structure = structure_of(
        "Кейбір шешімдерге өзгерістер енгізу туралы\n"
        "1. Тізбе мынадай редакцияда жазылсын: «Ұйымдардың тізбесі\n"
        "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    assert eids(structure.components[0]) == ["main/para_1", "main/para_2"]


def test_another_bodys_visa_under_the_signature_is_a_note_and_does_not_date_the_act():
    # made-up order: the minister who agreed signs a visa, dated, above the standard's stamp
    structure = structure_of(
        "Стандартты бекіту туралы\n"
        "БҰЙЫРАМЫН:\n"
        "1. Қоса беріліп отырған стандарт бекітілсін.\n"
        "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
        "Қазақстан Республикасының Әділет министрі    Б. Имашев\n"
        "«КЕЛІСІЛДІ»\n"
        "Қазақстан Республикасының\n"
        "Ұлттық экономика министрі\n"
        "__________ Е. Досаев\n"
        "2015 жыл 23 сәуір\n"
        "Қазақстан Республикасы Әділет министрінің\n"
        "2015 жылғы 20 сәуірдегі\n"
        "№ 221 бұйрығымен бекітілген\n"
        "Мемлекеттік көрсетілетін қызмет стандарты\n"
        "1. Мемлекеттік көрсетілетін қызметті аумақтық органдар көрсетеді.\n")
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "order"), ("annex_1", "standard")]
    metadata = structure.metadata
    assert (metadata.date, metadata.number) == ("2015-04-20", "221")
    assert [s.name for s in metadata.signatories] == ["Б. Имашев"]


def test_a_codes_name_is_its_title_not_the_general_portion_under_it():
    # made-up opening of a code, as the register republishes it
    structure = structure_of(
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЭКОЛОГИЯ КОДЕКСІ\n"
        "ЖАЛПЫ БӨЛІК\n"
        "1-БӨЛІМ. НЕГІЗГІ ЕРЕЖЕЛЕР\n"
        "1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР\n"
        "1-бап. Осы Кодексте реттелетін қатынастар\n"
        "1. Осы Кодекс экологиялық қатынастарды реттейді.\n")
    assert structure.metadata.act_type == "code"
    assert structure.components[0].title == "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЭКОЛОГИЯ КОДЕКСІ"
    assert eids(structure.components[0])[:2] == ["main/part_1", "main/part_1/chp_1"]


@pytest.mark.parametrize("title, kind", [
    # made-up annex titles: the regulation of a body (by its name in the genitive, or in
    # quotes with its legal form) against rules of doing something
    ("«Облыстық мәслихаттың аппараты» коммуналдық мемлекеттік мекемесінің Ережесі",
     "regulation"),
    ("«Облыстық мәслихаттың аппараты» КММ Ережесі", "regulation"),
    ("Жол жүру құжатын беру Ережесі", "rules"),
    # the type word need not end the title: `қағидалары мен мерзімдері`
    ("Тәлімгерлікті ұйымдастыру қағидалары мен мерзімдері", "rules"),
])
def test_an_annex_type_from_its_title(title, kind):
    s = structure_of(RESOLUTION_WITH_RULES.replace("\nСу ресурстарын пайдалану қағидалары\n",
                                                   f"\n{title}\n"))
    assert s.components[1].title == title
    assert s.components[1].type == kind


@pytest.mark.parametrize("text, iso", [
    # made-up stamp dates: the month's final consonant voiced, the day in quotes
    ("2020 жылғы 11 қыркүйегі № 347 бұйрығымен бекітілген", "2020-09-11"),
    ("2016 жылғы «27» қаңтар № 54-301 шешімімен бекітілген", "2016-01-27"),
])
def test_older_and_voiced_forms_of_a_stamp_date(text, iso):
    assert parse_date(text)[0] == iso


def test_the_registers_mark_of_an_amended_point_makes_it_no_heading():
    # made-up older decision: point 8 closes with `<*>`, the annex's stamp too
    s = structure_of("""
Азаматтық қорғаныс қызметтері туралы
      7. Облыс әкімінің өкімі күшін жойды деп есептелсін.
      8. Осы шешімнің орындалуын бақылау облыс әкімінің орынбасарына жүктелсін. <*>
Облыс әкімінің 2003 жылғы 12 мамырдағы N 15 шешімімен бекітілді <*>

Облыстық қызметтердің тізбесі
      1. Хабар тарату және байланыс қызметі.
      2. Қоғамдық тәртіпті қорғау қызметі.
""")
    main, annex = s.components
    assert eids(main) == ["main/para_7", "main/para_8"]
    assert eids(annex) == ["annex_1/para_1", "annex_1/para_2"]
