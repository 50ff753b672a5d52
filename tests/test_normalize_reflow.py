"""Reflow, page breaks, furniture, hyphenation and glued headings on made-up documents."""

from __future__ import annotations

from helpers import norm, text_doc

from pipeline.normalize import normalize


def test_page_break_inside_a_paragraph_is_reflowed():
    text = ("      2. Кеңес өз қызметін жүзеге асыратын және ТМД Үкімет \n\n\n\n"
            "басшыларының кеңесіне есеп береді.\n      3. Кеңес басшылыққа алады.\n")
    result = norm(text)
    assert result.text.splitlines() == [
        "2. Кеңес өз қызметін жүзеге асыратын және ТМД Үкімет басшыларының кеңесіне есеп береді.",
        "3. Кеңес басшылыққа алады.",
    ]
    # the first paragraph runs over two pages, and the page map says so
    assert [page for page, _ in result.page_spans()] == [1, 2]
    assert result.page_at(result.text.index("басшыларының")) == 2


def test_signature_role_over_two_lines_and_name_far_right():
    text = ("      3. Осы қаулы қолданысқа енгізіледі.\n"
            "      Қ а з а қ с т а н  Р е с п у б л и к а с ы н ы ң\n"
            "      Премьер-Министрі                           К. Мәсімов\n")
    last = norm(text).text.splitlines()[-1]
    assert last == "Қазақстан Республикасының Премьер-Министрі К. Мәсімов"


def test_page_numbers_and_running_headers_are_dropped_and_recorded():
    body = ["Кеңес отырыс өткізеді.", "Төраға жұмысты ұйымдастырады.",
            "Хатшылық материал жібереді.", "Министрлік ақпарат береді."]
    pages = []
    for n, sentence in enumerate(body, start=1):
        pages.append(f"Қазақстан Республикасы Үкіметінің қаулысы\n"
                     f"      {n}. {sentence}\n- {n} -\n")
    result = normalize(text_doc("\n\n\n\n".join(pages)))
    assert result.text.splitlines() == [f"{n}. {s}" for n, s in enumerate(body, start=1)]
    dropped = [(r.before, r.page) for r in result.repairs if r.kind == "page_furniture"]
    assert ("- 3 -", 3) in dropped
    assert ("Қазақстан Республикасы Үкіметінің қаулысы", 2) in dropped
    assert len(dropped) == 8


def test_the_registers_banner_is_furniture_on_a_single_page_but_not_inside_a_sentence():
    # made-up one-page act printed from the register: no repeat to go by, the banner's words
    banner = "Қазақстан Республикасының нормативтік құқықтық актілерінің эталондық бақылау банкі"
    text = (f"{banner}\nШараларды бекіту туралы\nҚазақстан Республикасының Үкіметі ҚАУЛЫ "
            "ЕТЕДІ:\n1. Министрлік нормативтік құқықтық актілерінің эталондық бақылау\n"
            "банкін жүргізеді.\n")
    result = norm(text)
    assert result.text.splitlines()[0] == "Шараларды бекіту туралы"
    assert [(r.before, r.note) for r in result.repairs if r.kind == "page_furniture"] == [
        (banner, "register banner")]
    assert "эталондық бақылау банкін жүргізеді." in result.text


def test_numbered_lines_that_repeat_with_the_page_number_are_not_furniture():
    # made-up: every page opens with the point whose number is the page number
    closing = ["Мүшелер қатысады.", "Төраға ашады.", "Хатшы жазады.", "Шешім қабылданады."]
    pages = [f"      {n}. Кеңес {n}-отырысты өткізеді.\n{closing[n - 1]}\n" for n in range(1, 5)]
    result = normalize(text_doc("\n\n\n\n".join(pages)))
    assert len(result.text.splitlines()) == 4
    assert not [r for r in result.repairs if r.kind == "page_furniture"]


def test_hyphenation_is_undone_but_compounds_and_numbers_keep_their_hyphen():
    text = ("      1. Мемлекеттер ынтымақтастығы, іс-шаралар және ТМД-ның 20-күні.\n"
            "      2. Мемлекеттердің ынтымақ-\n"
            "тастығы мен іс-\nшаралары, ТМД-\nның 20-\nкүнінен бастап.\n")
    result = norm(text)
    assert result.text.splitlines()[1] == (
        "2. Мемлекеттердің ынтымақтастығы мен іс-шаралары, ТМД-ның 20-күнінен бастап.")
    (hyph,) = [r for r in result.repairs if r.kind == "hyphenation"]
    assert (hyph.before, hyph.after) == ("ынтымақ-\nтастығы", "ынтымақтастығы")


def test_a_word_broken_before_its_endings_is_joined_though_they_look_like_words():
    # `нің`, `лері` are endings alone (the lexicon lists them): no second word of a compound
    text = ("      1. Комиссия мүшелерінің ерекше пікірлері хаттамаға қоса беріледі.\n"
            "      2. Мониторинг нәтижесі-\nнің қорытындысы және мүшелердің пікір-\n"
            "лері жарияланады.\n")
    result = norm(text)
    assert result.text.splitlines()[1] == (
        "2. Мониторинг нәтижесінің қорытындысы және мүшелердің пікірлері жарияланады.")


def test_repairs_of_a_hyphenated_word_end_where_the_hyphen_was_taken_out():
    # bug: the look-alike / letter-spacing repair of `ынтымақ-` kept its hyphen after the
    # join, so its span ran one character into `тастығы`; furniture after it did too
    text = ("      1. Тараптар екі мемлекет арасындағы ынтымaқ-\n- 1 -\n\n\n\n"
            "тастығы мен өзара түсіністікті нығайтады.\n"
            "      2. Кеңес мемлекеттер арасындағы ы н т ы м а қ -\n- 2 -\n\n\n\n"
            "тастығын дамытады.\n")
    result = norm(text)
    assert result.text.splitlines() == [
        "1. Тараптар екі мемлекет арасындағы ынтымақтастығы мен өзара түсіністікті нығайтады.",
        "2. Кеңес мемлекеттер арасындағы ынтымақтастығын дамытады."]
    kinds = {r.kind for r in result.repairs}
    assert {"lookalike", "letter_spacing", "hyphenation", "page_furniture"} <= kinds
    for r in result.repairs:
        assert result.text[r.span[0]:r.span[1]] == r.after, r
    furniture = [r.span[0] for r in result.repairs if r.kind == "page_furniture"]
    assert [result.text[p - 7:p] for p in furniture] == ["ынтымақ", "ынтымақ"]


def test_a_dash_at_line_end_is_not_a_hyphen():
    text = "      1. Осы қағидалар (бұдан әрі -\nҚағидалар) тәртібін реттейді.\n"
    assert norm(text).text == "1. Осы қағидалар (бұдан әрі - Қағидалар) тәртібін реттейді."


def test_closing_bracket_at_line_start_glues_to_the_line_before():
    text = "      9. Кездесулер және (немесе\n) келіссөздер жүргізген кезде.\n"
    assert norm(text).text == "9. Кездесулер және (немесе) келіссөздер жүргізген кезде."


def test_title_glued_to_the_next_heading_is_split():
    text = ("Мемлекеттік органдардың қызметін үйлестіру\n"
            "қағидалары 1. Жалпы ережелер\n\n"
            "      1. Осы қағидалар тәртібін реттейді.\n")
    result = norm(text)
    assert result.text.splitlines() == [
        "Мемлекеттік органдардың қызметін үйлестіру қағидалары",
        "1. Жалпы ережелер",
        "1. Осы қағидалар тәртібін реттейді.",
    ]
    assert "glued_heading" in [r.kind for r in result.repairs]


def test_paragraphs_without_indents_split_on_labels_and_blank_lines():
    text = ("1. Жалпы ережелер\n\n1. Осы қағидалар тәртібін\nреттейді.\n"
            "2. Қағидаларда мынадай ұғымдар пайдаланылады:\n1) мемлекеттік органдар;\n"
            "2) халықаралық іс-шаралар.\n")
    assert norm(text).text.splitlines() == [
        "1. Жалпы ережелер",
        "1. Осы қағидалар тәртібін реттейді.",
        "2. Қағидаларда мынадай ұғымдар пайдаланылады:",
        "1) мемлекеттік органдар;",
        "2) халықаралық іс-шаралар.",
    ]
