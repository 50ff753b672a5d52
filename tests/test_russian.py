"""Russian acts through ingest, normalize and segment: the labels, formulas, stamps, dates,
act types and signatures of Russian, and the repairs of damaged Russian text.

Every document and sentence here is a made-up example in the style of the acts, not a
quotation; the expectations are written from the text as a reader sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read
from pipeline.languages import patterns_for
from pipeline.letters import fix_lookalikes
from pipeline.normalize import normalize
from pipeline.segment import parse_date, parse_label, segment
from pipeline.segment.russian import issuer_of

# A made-up resolution that approves made-up rules: the text as an extractor gives it,
# one paragraph per line, the stamp on short lines of its own.
RESOLUTION = """\
Об утверждении Правил проведения конкурса на лучший проект
В соответствии со статьей 5 Закона Республики Казахстан «О конкурсах» Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
1. Утвердить прилагаемые Правила проведения конкурса на лучший проект.
2. Настоящее постановление вводится в действие со дня его первого официального опубликования.
Премьер-Министр Республики Казахстан А. Мамин
Утверждены
постановлением Правительства
Республики Казахстан
от 28 марта 2019 года
№ 149
Правила проведения конкурса на лучший проект
Глава 1. Общие положения
1. Настоящие Правила определяют порядок проведения конкурса на лучший проект.
2. В настоящих Правилах используются следующие понятия:
1) конкурс – отбор лучших проектов;
2) участник – лицо, подавшее заявку на участие в конкурсе.
Глава 2. Порядок проведения конкурса
3. Конкурсная комиссия рассматривает заявки в течение десяти рабочих дней.
4. Решение комиссии оформляется протоколом.
"""


def _structure(tmp_path: Path, text: str, name: str = "act.txt", language: str | None = None):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    normalized = normalize(read(path, language=language))
    return normalized, segment(normalized)


def _converted(tmp_path: Path, text: str) -> dict:
    """The JSON document `pipeline.convert` makes of a made-up text file."""
    import pipeline

    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.convert(path)


def _eids(structure) -> list[str]:
    return [unit.eid for unit in structure.units() if unit.kind != "indent"]


def test_a_russian_resolution_is_read_with_the_eids_of_its_kazakh_twin(tmp_path: Path):
    normalized, structure = _structure(tmp_path, RESOLUTION)
    assert normalized.language == "ru" and structure.metadata.language == "ru"
    assert _eids(structure) == [
        "main/para_1", "main/para_2",
        "annex_1/chp_1", "annex_1/chp_1/para_1", "annex_1/chp_1/para_2",
        "annex_1/chp_1/para_2/subpara_1", "annex_1/chp_1/para_2/subpara_2",
        "annex_1/chp_2", "annex_1/chp_2/para_3", "annex_1/chp_2/para_4",
    ]
    chapter = structure.find("annex_1/chp_2")
    assert (chapter.num, chapter.heading) == ("2", "Порядок проведения конкурса")
    assert structure.find("annex_1/chp_1/para_2/subpara_1").text == "конкурс – отбор лучших проектов;"


def test_the_formula_stamp_and_signature_give_the_metadata(tmp_path: Path):
    _, structure = _structure(tmp_path, RESOLUTION)
    meta = structure.metadata
    assert meta.act_type == "resolution" and meta.act_type_kk == "қаулы"
    assert meta.issuer == "Правительство Республики Казахстан"
    # the act's own head names no date or number: the stamp that approves its annex does
    assert (meta.date, meta.number) == ("2019-03-28", "149")
    assert meta.title == "Об утверждении Правил проведения конкурса на лучший проект"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Премьер-Министр Республики Казахстан", "А. Мамин")]
    main, annex = structure.components
    assert main.enacting_formula == "ПОСТАНОВЛЯЕТ:"
    assert annex.type == "rules" and annex.type_kk == "қағидалар"
    assert annex.title == "Правила проведения конкурса на лучший проект"
    assert annex.approval == ("Утверждены постановлением Правительства Республики Казахстан "
                              "от 28 марта 2019 года № 149")


@pytest.mark.parametrize(("formula", "act_type"), [
    ("Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:", "resolution"),
    ("Акимат Костанайской области ПОСТАНОВЛЯЕТ:", "resolution"),
    ("ПОСТАНОВЛЯЮ:", "decree"),
    ("В соответствии с Законом Республики Казахстан «О спорте» ПРИКАЗЫВАЮ:", "order"),
    ("Костанайский областной маслихат РЕШИЛ:", "decision"),
])
def test_each_enacting_formula_enacts_its_act_type(tmp_path: Path, formula: str, act_type: str):
    text = ("О мерах по развитию спорта в области\n" + formula + "\n"
            "1. Утвердить прилагаемый план мероприятий по развитию спорта.\n"
            "2. Настоящий документ вводится в действие со дня его подписания.\n")
    _, structure = _structure(tmp_path, text)
    assert structure.metadata.act_type == act_type
    assert _eids(structure) == ["main/para_1", "main/para_2"]


def test_an_order_is_issued_by_its_signatory_and_dated_by_its_stamp(tmp_path: Path):
    text = """\
Об утверждении Порядка выдачи пропусков
В соответствии с подпунктом 4) статьи 3 Закона Республики Казахстан «О пропусках», ПРИКАЗЫВАЮ:
1. Утвердить прилагаемый Порядок выдачи пропусков.
2. Настоящий приказ вводится в действие по истечении десяти календарных дней.
Министр внутренних дел Республики Казахстан Е. Ахметов
«СОГЛАСОВАНО»
Министерство финансов
Республики Казахстан
Утвержден приказом
от 5 мая 2023 года
№ 05/110
Порядок выдачи пропусков
Глава 1. Общие положения
1. Настоящий Порядок определяет правила выдачи пропусков.
"""
    _, structure = _structure(tmp_path, text)
    meta = structure.metadata
    assert (meta.act_type, meta.date, meta.number) == ("order", "2023-05-05", "05/110")
    assert meta.issuer == "Министр внутренних дел Республики Казахстан"
    assert structure.components[1].type == "procedure"
    assert _eids(structure) == ["main/para_1", "main/para_2", "annex_1/chp_1",
                                "annex_1/chp_1/para_1"]


def test_a_role_set_on_under_the_signers_name_opens_no_document(tmp_path: Path):
    # made-up: a layout that sets the name on the first line of a two-line role; the title
    # joined to the formula by a text reader (no preamble between them)
    text = """\
Об утверждении Инструкции по защите объектов
ПРИКАЗЫВАЮ:
1. Утвердить прилагаемую Инструкцию.
2. Настоящий приказ вводится в действие со дня его подписания.
Исполняющий обязанности Управляющего Делами М. Ахметова
Президента Республики Казахстан
Утверждена приказом
Управляющего Делами
Президента Республики Казахстан
от 30 ноября 2022 года
№ 05/326
Инструкция по защите объектов
1. Инструкция определяет порядок защиты.
"""
    _, structure = _structure(tmp_path, text)
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "order"), ("annex_1", "instruction")]
    assert structure.components[0].title == "Об утверждении Инструкции по защите объектов"
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Исполняющий обязанности Управляющего Делами Президента Республики Казахстан",
         "М. Ахметова")]
    assert _eids(structure) == ["main/para_1", "main/para_2", "annex_1/para_1"]
    # the whole role on the name's line: `Казахстан М.` is no name, `Акимжанова` no role
    text = text.replace("Делами М. Ахметова\nПрезидента Республики Казахстан\n",
                        "Делами Президента Республики Казахстан М. Акимжанова\n")
    _, structure = _structure(tmp_path, text, name="one_line.txt")
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Исполняющий обязанности Управляющего Делами Президента Республики Казахстан",
         "М. Акимжанова")]


def test_an_annex_header_naming_the_act_dates_it(tmp_path: Path):
    # made-up: the head gives no date or number, the annex's header names the act
    text = """\
Об утверждении Правил установления запретных зон
Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
1. Утвердить прилагаемые Правила установления запретных зон.
2. Настоящее постановление вводится в действие со дня его подписания.
Премьер-Министр Республики Казахстан А. Мамин
Приложение 1 к постановлению Правительства Республики Казахстан от 15 января 2021 года № 9
Правила установления запретных зон
1. Настоящие Правила определяют порядок установления запретных зон.
"""
    _, structure = _structure(tmp_path, text)
    meta = structure.metadata
    assert (meta.act_type, meta.date, meta.number) == ("resolution", "2021-01-15", "9")


def test_an_annex_header_opens_a_form(tmp_path: Path):
    text = RESOLUTION + """\
Приложение 1
к Правилам проведения
конкурса на лучший проект
Форма
Заявка на участие в конкурсе
Наименование участника ____________________
"""
    _, structure = _structure(tmp_path, text)
    form = structure.components[2]
    assert form.eid == "annex_2" and form.type == "form"
    assert form.title == "Заявка на участие в конкурсе"
    assert form.approval == "Приложение 1 к Правилам проведения конкурса на лучший проект"


@pytest.mark.parametrize(("text", "kind", "num", "rest"), [
    ("Раздел 1. Общая часть", "part", "1", "Общая часть"),
    ("ОБЩАЯ ЧАСТЬ", "part", "ОБЩАЯ", ""),
    ("Глава 2. Порядок рассмотрения", "chp", "2", "Порядок рассмотрения"),
    ("ГЛАВА 3", "chp", "3", ""),
    ("Параграф 1. Общие условия", "subchp", "1", "Общие условия"),
    ("Статья 6. Полномочия комиссии", "art", "6", "Полномочия комиссии"),
    ("Статья 6-1. Права членов комиссии", "art", "6-1", "Права членов комиссии"),
    ("5. Комиссия рассматривает обращения.", "para", "5", "Комиссия рассматривает обращения."),
    ("8) иные функции;", "subpara", "8", "иные функции;"),
    # the label glued to its first word (as the republished text has it)
    ("11.При назначении служащего план составляется.", "para", "11",
     "При назначении служащего план составляется."),
])
def test_russian_unit_labels(text: str, kind: str, num: str, rest: str):
    label = parse_label(text, "ru")
    assert (label.kind, label.num, label.rest) == (kind, num, rest)


def test_russian_labels_are_not_read_in_a_kazakh_document_nor_references_as_labels():
    assert parse_label("Глава 2. Порядок рассмотрения", "kk") is None
    assert parse_label("Глава государства поручил", "ru") is None
    assert parse_label("Статьей 5 установлено", "ru") is None


@pytest.mark.parametrize(("text", "iso"), [
    ("от 28 марта 2019 года № 149", "2019-03-28"),
    ("«5» мая 2020 г.", "2020-05-05"),
    ("1 января 2024 года", "2024-01-01"),
    ("до 31 декабря 2023 года", "2023-12-31"),
    ("с 05.04.2024", "2024-04-05"),
])
def test_russian_dates(text: str, iso: str):
    assert parse_date(text, "ru")[0] == iso
    assert parse_date(text)[0] == iso  # a caller that does not know the language


def test_blank_and_impossible_russian_dates_are_no_dates():
    assert parse_date("от «___» ________ 2019 года № ____", "ru") is None
    assert parse_date("31 февраля 2020 года", "ru") is None
    assert parse_date("28 марта 2019 года", "kk") is None  # Kazakh has no such month


@pytest.mark.parametrize(("stamp", "act", "issuer"), [
    ("УТВЕРЖДЕНЫ постановлением Правительства Республики Казахстан от 28 марта 2019 года № 149",
     "resolution", "Правительство Республики Казахстан"),
    ("Утверждено решением Северо-Казахстанского областного маслихата от 5 мая 2010 года № 3",
     "decision", "Северо-Казахстанский областной маслихат"),
    ("Утвержден приказом Управляющего делами Президента Республики Казахстан от 1 мая 2020 года",
     "order", "Управляющий делами Президента Республики Казахстан"),
    ("Утверждена Указом Президента Республики Казахстан от 2 июня 2021 года № 5",
     "decree", "Президент Республики Казахстан"),
])
def test_approval_stamps_name_the_act_and_its_issuer(stamp: str, act: str, issuer: str):
    p = patterns_for("ru")
    m = p.APPROVAL.search(stamp)
    assert m is not None and p.ACT_TYPES[_stem(m.group("act"), p)][0] == act
    assert issuer_of([stamp]) == issuer


def _stem(word: str, p) -> str:
    return next(stem for stem in sorted(p.ACT_TYPES, key=len, reverse=True)
                if word.casefold().startswith(stem))


def test_a_sentence_about_approval_is_no_stamp():
    p = patterns_for("ru")
    assert not p.APPROVAL.search("4) нарушения утвержденной процедуры рассмотрения заявки;")
    assert not p.APPROVAL.search("Утверждена программа развития на пять лет")
    assert p.APPROVAL.search("«УТВЕРЖДЕН»") and p.APPROVAL.search("Утверждены")
    assert not p.ANNEX_HEADER.search("Приложение к заявлению содержит копии документов.")


@pytest.mark.parametrize(("title", "act_type"), [
    ("Правила проведения конкурса", "rules"),
    ("Положение об апелляционной комиссии", "regulation"),
    ("Порядок приобретения транспортных средств", "procedure"),
    ("Типовые правила внутреннего распорядка", "rules"),
    ("Разовый пропуск", "form"),
    ("Инструкция по делопроизводству", "instruction"),
])
def test_annex_titles_name_their_type(title: str, act_type: str):
    p = patterns_for("ru")
    m = p.TITLE_TYPE_WORD.search(title)
    assert m is not None and p.ACT_TYPES[_stem(m.group("word"), p)][0] == act_type


def test_an_act_line_gives_type_issuer_date_and_number(tmp_path: Path):
    text = """\
ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН
от 12 апреля 2021 года № 230
О мерах по поддержке малого бизнеса
Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
1. Одобрить прилагаемый план мер по поддержке малого бизнеса.
"""
    _, structure = _structure(tmp_path, text)
    meta = structure.metadata
    assert (meta.act_type, meta.date, meta.number) == ("resolution", "2021-04-12", "230")
    assert meta.issuer == "Правительство Республики Казахстан"
    assert meta.title == "О мерах по поддержке малого бизнеса"


# --- normalization of damaged Russian text ------------------------------------------------

DAMAGED = """\
О мерах по сокращению расходов
В соответствии с Законом Республики Казахстан «О бюджете» Правительство Республики Казахстан ПОСТА-
НОВЛЯЕТ:
1. Настоящее постановление вводится в действие со дня его под-
п и с а н и я и п о д л е ж и т о ф и ц и а л ь н о м у о п у б л и к о в а н и ю .
2. Комиссия обеспечивает полное и объективное рассмотре-
н и я п р е д с т а в л е н н ы х в к о м и с с и ю м а т е р и а л о в .
Премьер-Министр Республики КазахстанА. Мамин
"""


def test_russian_letter_spacing_and_hyphenation_are_repaired(tmp_path: Path):
    normalized, structure = _structure(tmp_path, DAMAGED)
    lines = normalized.text.splitlines()
    assert lines[:2] == [
        "О мерах по сокращению расходов",
        "В соответствии с Законом Республики Казахстан «О бюджете» Правительство Республики "
        "Казахстан ПОСТАНОВЛЯЕТ:"]
    assert ("1. Настоящее постановление вводится в действие со дня его подписания и подлежит "
            "официальному опубликованию.") in lines
    assert ("2. Комиссия обеспечивает полное и объективное рассмотрения представленных в "
            "комиссию материалов.") in lines
    kinds = {r.kind for r in normalized.repairs}
    assert {"hyphenation", "letter_spacing"} <= kinds
    assert structure.metadata.act_type == "resolution"


def test_glyphs_set_one_per_line_finish_the_word_the_line_above_broke_off(tmp_path: Path):
    # made-up, as plain `pdftotext` sets a stretched line's end: `Каз` / `а` / `х` / ...;
    # the glyphs are cut with `Каз` before them (`ах` and `стан` are words of their own)
    text = ("О порядке регистрации\n"
            "Руководитель Администрации Президента Республики Казахстан ПРИКАЗЫВАЮ:\n"
            "1. Представить приказ в Министерство юстиции Республики Каз\n"
            + "\n".join("ахстан;") + "\n"
            "2. Разместить приказ в Эталонном контрольном банке Республики Казахстан.\n")
    normalized, _ = _structure(tmp_path, text, language="ru")
    assert "1. Представить приказ в Министерство юстиции Республики Казахстан;" in (
        normalized.text.splitlines())


def test_a_chapter_label_standing_alone_before_its_first_point_stays_whole(tmp_path: Path):
    # made-up, as `pdftotext -layout` centres a chapter heading on a line of its own, a
    # blank line and an indented point after it: `Глава 1.` names the chapter, the
    # heading is not `1. Общие положения` glued onto a word `Глава`
    text = ("Об утверждении Правил\n"
            "Руководитель Администрации Президента ПРИКАЗЫВАЮ:\n"
            "1. Утвердить прилагаемые Правила.\n"
            "Утверждены приказом Руководителя от 15 мая 2017 года № 17\n"
            "Правила определения стоимости\n\n"
            "                    Глава 1. Общие положения\n\n"
            "     1. Настоящие Правила определяют порядок определения стоимости.\n\n"
            "                    Глава 2. Порядок определения стоимости\n\n"
            "     2. Стоимость определяется исходя из затрат.\n")
    _, structure = _structure(tmp_path, text, language="ru")
    assert _eids(structure)[1:] == ["annex_1/chp_1", "annex_1/chp_1/para_1", "annex_1/chp_2",
                                    "annex_1/chp_2/para_2"]


def test_initials_glued_to_a_signatures_role_get_their_gap_back(tmp_path: Path):
    normalized, structure = _structure(tmp_path, DAMAGED)
    assert "Премьер-Министр Республики Казахстан А. Мамин" in normalized.text.splitlines()
    assert [s.name for s in structure.metadata.signatories] == ["А. Мамин"]
    repair = next(r for r in normalized.repairs if r.before == "КазахстанА.")
    assert (repair.kind, repair.after) == ("word_gaps", "Казахстан А.")


def test_latin_lookalikes_inside_russian_words():
    assert fix_lookalikes("Пpaвительствo Pеспублики", language="ru") == \
        "Правительство Республики"
    # Y is У in Russian (Ү only in Kazakh); i and h stand for nothing in Russian
    assert fix_lookalikes("Yказ", language="ru") == "Указ"
    assert fix_lookalikes("Yкiметi") == "Үкіметі"
    assert fix_lookalikes("Рossii", language="ru") == "Рossii"


def test_a_kazakh_running_header_in_a_russian_text_is_page_furniture(tmp_path: Path):
    header = "Қазақстан Республикасының нормативтік құқықтық актілерінің эталондық бақылау банкі"
    body = [f"{n}. Комиссия рассматривает обращения граждан в течение {n} рабочих дней."
            for n in range(1, 9)]
    pages = [[header, *body[:4], "- 1 -"], [header, *body[4:], "- 2 -"]]
    text = "\n\n\n\n".join("\n".join(page) for page in pages) + "\n"
    normalized, structure = _structure(tmp_path, text)
    assert normalized.language == "ru"
    assert header not in normalized.text
    assert _eids(structure) == [f"main/para_{n}" for n in range(1, 9)]
    assert any(r.kind == "page_furniture" and r.before == header for r in normalized.repairs)


def test_forcing_the_language_reads_a_russian_act_as_kazakh(tmp_path: Path):
    _, structure = _structure(tmp_path, RESOLUTION, language="kk")
    assert structure.metadata.language == "kk"
    assert "annex_1/chp_1" not in _eids(structure)  # `Глава 1.` is no Kazakh label


@pytest.mark.parametrize(("left", "right", "kind"), [
    ("Ка-", "захстан", "dehyphenate"),  # a word broken at the line end
    ("ПОСТА-", "НОВЛЯЕТ:", "dehyphenate"),  # in capitals too
    ("интернет-", "ресурсе", "glue"),  # a compound the dictionary knows keeps its hyphen
    ("научно-", "технической", "glue"),
    ("Северо-", "Казахстанской", "glue"),  # a broken word never goes on with a capital
])
def test_russian_line_end_hyphens(left: str, right: str, kind: str):
    from pipeline.normalize.reflow import join_kind
    from pipeline.normalize.vocabulary import Vocabulary, load_lexicon

    vocab = Vocabulary(lexicon=load_lexicon("ru"), language="ru")
    assert join_kind(left, right, vocab) == kind


def test_the_russian_vocabulary_knows_inflected_forms_but_not_letter_names():
    from pipeline.normalize.vocabulary import Vocabulary, load_lexicon

    vocab = Vocabulary(lexicon=load_lexicon("ru"), language="ru")
    assert all(w in vocab for w in ("постановляет", "комиссии", "рассмотрения", "в", "на"))
    assert not any(w in vocab for w in ("н", "ми", "товинастоящим"))
    assert vocab.listed("республики") and not vocab.listed("приказана")


def test_a_text_that_keeps_to_no_width_does_not_end_a_sentence_at_a_capital(tmp_path: Path):
    # made up in the shape `pdftotext` gives without -layout: some paragraphs on one long
    # line, some lines broken where the page stretched them; names are capitalised inside
    # Russian sentences, so a short line before `Республики` is no paragraph's end
    text = """\
Положение о комиссии
Глава 1. Общие положения
1. Настоящее Положение определяет порядок деятельности комиссии
по рассмотрению обращений участников конкурса и их представителей в установленные сроки.
2. Комиссия в своей деятельности руководствуется Конституцией
Республики Казахстан, законами Республики Казахстан, иными нормативными правовыми актами и настоящим Положением.
3. Комиссия в пределах своей компетенции обеспечивает объективное
рассмотрение обращений заявителей, в том числе с их участием, в сроки, установленные настоящим Положением.
4. Секретарь комиссии готовит материалы к заседанию
и направляет их членам комиссии не позднее трех рабочих дней до дня заседания комиссии.
5. Заседание комиссии считается правомочным, если на нем присутствует не менее двух третей от общего числа членов комиссии, а решения комиссии принимаются открытым голосованием большинством голосов от числа присутствующих членов комиссии.
6. Решения комиссии оформляются протоколом, который подписывается председателем и секретарем комиссии и в течение трех рабочих дней направляется заявителю и в уполномоченный орган для сведения и принятия мер.
"""
    _, structure = _structure(tmp_path, text)
    assert _eids(structure) == ["main/chp_1"] + [f"main/chp_1/para_{n}" for n in range(1, 7)]
    assert structure.find("main/chp_1/para_2").text == (
        "Комиссия в своей деятельности руководствуется Конституцией Республики Казахстан, "
        "законами Республики Казахстан, иными нормативными правовыми актами и настоящим "
        "Положением.")


def test_another_bodys_visa_under_the_signature_opens_no_document(tmp_path: Path):
    # made-up order: the minister who agreed signs a visa under the act's signature
    text = """\
Об утверждении стандарта государственной услуги
ПРИКАЗЫВАЮ:
1. Утвердить прилагаемый стандарт государственной услуги.
2. Настоящий приказ вводится в действие со дня его подписания.
Министр юстиции Республики Казахстан Б. Имашев
«СОГЛАСОВАНО»
Министр национальной экономики
Республики Казахстан
____________ Е. Досаев
23 апреля 2015 год
Утвержден приказом Министра юстиции
Республики Казахстан
от 20 апреля 2015 года № 221
Стандарт государственной услуги
1. Государственная услуга оказывается территориальными органами.
"""
    _, structure = _structure(tmp_path, text)
    assert [(c.eid, c.type) for c in structure.components] == [
        ("main", "order"), ("annex_1", "standard")]
    assert [s.name for s in structure.metadata.signatories] == ["Б. Имашев"]
    assert (structure.metadata.date, structure.metadata.number) == ("2015-04-20", "221")
    assert _eids(structure) == ["main/para_1", "main/para_2", "annex_1/para_1"]


def test_signatures_after_the_line_drawn_for_the_hand_signature(tmp_path: Path):
    # made-up maslikhat decision: each signer's name follows a drawn line, glued to it
    text = """\
О ставках платы за пользование водными ресурсами
Алматинский областной маслихат РЕШИЛ:
1. Утвердить ставки платы согласно приложению.
2. Настоящее решение вводится в действие по истечении десяти календарных дней.
Председатель сессии Алматинского областного маслихата _______________Т. Сарпеков
Секретарь Алматинского областного маслихата __________С. Дюсембинов
"""
    _, structure = _structure(tmp_path, text)
    assert [(s.role, s.name) for s in structure.metadata.signatories] == [
        ("Председатель сессии Алматинского областного маслихата", "Т. Сарпеков"),
        ("Секретарь Алматинского областного маслихата", "С. Дюсембинов")]


def test_a_role_wrapped_in_its_cell_goes_on_under_the_name(tmp_path: Path):
    # made-up order: `Республики` / `Казахстан` wrap around the signer's name
    text = ("Об утверждении Правил\n"
            "1. Утвердить прилагаемые Правила.\n"
            "2. Настоящий приказ вводится в действие со дня подписания.\n"
            "Министр юстиции Республики\nМ. Бекетаев\nКазахстан\n"
            "Утверждены приказом\nМинистра юстиции\nРеспублики Казахстан\n"
            "от 11 сентября 2020 года\n№ 347\n"
            "Правила выбора площадки\n1. Настоящие Правила определяют порядок выбора.\n")
    document = _converted(tmp_path, text)
    assert [c["eid"] for c in document["components"]] == ["main", "annex_1"]
    assert [(x["role"], x["name"]) for x in document["metadata"]["signatories"]] == [
        ("Министр юстиции Республики Казахстан", "М. Бекетаев")]


def test_a_centred_title_ends_where_the_preamble_begins(tmp_path: Path):
    # made-up law as `pdftotext -layout` sets it: the title's lines and the preamble's first
    # line all set in from the margin
    text = ("              О лотереях и лотерейной\n"
            "                    деятельности\n"
            "    Настоящий Закон регулирует общественные отношения в сфере лотереи.\n"
            "                  Статья 1. Основные понятия\n"
            "    Лотерея – игра, в которой розыгрыш призового фонда проводится.\n")
    document = _converted(tmp_path, text)
    assert document["metadata"]["title"] == "О лотереях и лотерейной деятельности"
