"""Text without geometry: what extractors give, and what the text path makes of it.

Every document here is a made-up example in the shape of real extractions of
Kazakh acts (PDFBox, pdftotext default and -raw), written for the test.
"""

from __future__ import annotations

from helpers import norm, text_doc

from pipeline.normalize import normalize
from pipeline.segment import segment


def roles(text: str) -> list[tuple[str, str | None]]:
    result = norm(text)
    return [(result.text[p.span[0]:p.span[1]], p.role) for p in result.paragraphs]


HEAD = (
    "Жұмыс тобы туралы ережені\n"
    "бекіту туралы\n"
    "«Мемлекеттік басқару туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес\n"
    "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
    "1. Қоса беріліп отырған Жұмыс тобы туралы ереже бекітілсін.\n"
    "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
    "Қазақстан Республикасының\n"
    "Премьер-Министрі А. Мамин\n"
    "Қазақстан Республикасы\n"
    "Үкіметінің\n"
    "2021 жылғы 5 наурыздағы\n"
    "№ 120 қаулысымен\n"
    "бекітілген\n"
    "Жұмыс тобы туралы ереже\n"
    "1. Жұмыс тобы консультативтік-кеңесші орган болып табылады.\n"
)


def test_paragraphs_and_roles_without_indents_or_blank_lines():
    assert roles(HEAD) == [
        ("Жұмыс тобы туралы ережені бекіту туралы", "title"),
        ("«Мемлекеттік басқару туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес "
         "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:", "paragraph"),
        ("1. Қоса беріліп отырған Жұмыс тобы туралы ереже бекітілсін.", "paragraph"),
        ("2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.", "paragraph"),
        ("Қазақстан Республикасының Премьер-Министрі А. Мамин", "signature"),
        ("Қазақстан Республикасы Үкіметінің 2021 жылғы 5 наурыздағы № 120 қаулысымен бекітілген",
         "stamp"),
        ("Жұмыс тобы туралы ереже", "title"),
        ("1. Жұмыс тобы консультативтік-кеңесші орган болып табылады.", "paragraph"),
    ]
    structure = segment(norm(HEAD))
    assert [c.eid for c in structure.components] == ["main", "annex_1"]
    assert (structure.metadata.date, structure.metadata.number) == ("2021-03-05", "120")


def test_a_sentence_ending_at_a_full_line_inside_a_paragraph_is_a_guess():
    # a paragraph whose sentence ends at a line end, a capital next: read as a new paragraph
    # (the more frequent case in real acts); a label, a lower-case word or a hyphen never is
    text = ("1. Комиссия өз жұмысын жоспар бойынша жүргізеді. Жоспарды комиссия\n"
            "төрағасы бекітеді. Жоспарға өзгерістер енгізілуі мүмкін.\n"
            "Өзгерістер комиссия отырысында қаралады және хаттамамен ресім-\n"
            "деледі.\n")
    assert norm(text).text.splitlines() == [
        "1. Комиссия өз жұмысын жоспар бойынша жүргізеді. Жоспарды комиссия төрағасы "
        "бекітеді. Жоспарға өзгерістер енгізілуі мүмкін.",
        "Өзгерістер комиссия отырысында қаралады және хаттамамен ресімделеді.",
    ]


def test_an_item_ending_at_a_full_line_in_a_semicolon_ends_there():
    # made-up wrapped list: the first item's `;` falls just at the line's end and the next
    # item starts in lower case; `;` at a line end closes an item, however long the line
    text = ("8. Кәсіби қызметте полицей мына талаптарды орындауға міндетті:\n"
            "азаматтардың құқықтарын шектейтін әрекеттерге жол бермеуі, олардың\n"
            "өтініштеріне объективті қарауы, көмек, оның ішінде медициналық көмек көрсетуі;\n"
            "өзінің талаптарын шыдамдылық сақтай отырып сыпайы түрде баяндауы;\n"
            "даулы жағдайларды шеше білуі.\n")
    assert norm(text).text.splitlines()[1:] == [
        "азаматтардың құқықтарын шектейтін әрекеттерге жол бермеуі, олардың өтініштеріне "
        "объективті қарауы, көмек, оның ішінде медициналық көмек көрсетуі;",
        "өзінің талаптарын шыдамдылық сақтай отырып сыпайы түрде баяндауы;",
        "даулы жағдайларды шеше білуі."]


def test_no_paragraph_ends_inside_brackets():
    # made-up, as `pdftotext` gives a page: wrapped lines, one paragraph run into one long
    # line that the page's end (its number, then a form feed) cuts in `(бұдан әрі -`
    wrapped = ("1. Біржолғы өтемақы төлеу үшін қызметкер мынадай құжаттарды ұсынады,\n"
               "олардың көшірмелері өтініш берілген күннен бастап бір ай ішінде\n"
               "қаржы органына жіберіледі және олар тиісті түрде тексеріледі.\n") * 3
    long = ("2. Қызметкердің қаза табу фактісі бойынша оқиға туындаған кезде денсаулығына "
            "келтірілген зақымның салдарынан Әскери-дәрігерлік комиссияның (бұдан әрі -")
    text = wrapped + long + "\n\n2\n\n\fӘДК) қорытындысы ұсынылады.\n3. Анықтама ұсынылады.\n"
    assert norm(text).text.splitlines()[-2:] == [long + " ӘДК) қорытындысы ұсынылады.",
                                                 "3. Анықтама ұсынылады."]


def test_lines_an_extractor_ran_together_go_on_where_they_stop_mid_sentence():
    # made-up, as `pdftotext` sets some paragraphs: all lines but the last run into one
    wrapped = ("1. Біржолғы өтемақы төлеу үшін қызметкер мынадай құжаттарды ұсынады,\n"
               "олардың көшірмелері өтініш берілген күннен бастап бір ай ішінде\n"
               "қаржы органына жіберіледі және олар тиісті түрде тексеріледі.\n") * 3
    long = ("2) мемлекеттік органдар мен квазимемлекеттік сектор субъектілерін олардың қызмет "
            "саласына қатысты мәселелерді қарау жоспарланған")
    text = wrapped + long + "\nДСҰ шеңберіндегі іс-шаралар туралы хабардар етеді.\n"
    assert norm(text).text.splitlines()[-1] == (
        long + " ДСҰ шеңберіндегі іс-шаралар туралы хабардар етеді.")


def test_one_paragraph_per_line_when_the_text_is_not_wrapped():
    long = " ".join(["Комиссия отырыстарын қажеттілігіне қарай, бірақ тоқсанына кемінде бір рет"
                     " өткізеді және оның шешімдері хаттамамен ресімделеді."] * 2)
    text = f"1. {long}\n2. {long}\nКомиссия хатшысы отырыстарды дайындайды.\n"
    assert len(norm(text).text.splitlines()) == 3


def test_items_after_a_chapeau_stay_apart_when_the_text_is_not_wrapped():
    # copied text, one paragraph per line: lower-case items ending in `;` are items,
    # not one sentence wrapped (an unwrapped line always ends where its writer ended it)
    long = ("құқық бұзушылықтардың жолын кесуі, заңдылықты және азаматтардың құқықтарын "
            "шектейтін әрекеттерге жол бермеуі, айналасындағыларға түсінікті әрекеттерді "
            "жүзеге асыруы;")
    text = (f"8. Кәсіби қызметте полицей:\n{long}\nадал, әділ әрекет етуі;\n"
            "даулы жағдайларды шеше білуі қажет.\n9. Полицей тарапынан дөрекілікке жол "
            "берілмейді.\n")
    assert norm(text).text.splitlines() == [
        "8. Кәсіби қызметте полицей:", long, "адал, әділ әрекет етуі;",
        "даулы жағдайларды шеше білуі қажет.",
        "9. Полицей тарапынан дөрекілікке жол берілмейді."]
    units = [u.eid for u in segment(norm(text)).components[0].walk()]
    assert units[-5:] == ["main/para_8", "main/para_8/indent_1", "main/para_8/indent_2",
                          "main/para_8/indent_3", "main/para_9"]


def test_letter_spacing_without_word_gaps_is_cut_with_the_vocabulary():
    # PDFBox on some PDFs: one space between all glyphs, none wider between words
    text = ("1. Уәкілетті орган мемлекеттік органдармен өзара іс-қимыл жасайды.\n"
            "2. Мемлекеттік органдар ақпаратты он жұмыс күні ішінде\n"
            "у ә к і л е т т і о р г а н ғ а ж і б е р е д і .\n")
    result = norm(text)
    assert result.text.splitlines()[1] == (
        "2. Мемлекеттік органдар ақпаратты он жұмыс күні ішінде уәкілетті органға жібереді.")
    cut = [r for r in result.repairs if r.kind == "letter_spacing"]
    assert [r.after for r in cut] == ["уәкілетті", "органға", "жібереді."]
    assert all(result.text[r.span[0]:r.span[1]] == r.after for r in cut)


def test_one_double_space_in_a_letter_spaced_line_is_no_word_gap_evidence():
    # made-up: a word drawn apart left one hole; the line's other words have no gaps, so
    # its runs are still cut with the vocabulary (and `2.` stays a label); a line with its
    # word gaps marked is taken at its word
    text = ("1. Уәкілетті орган мемлекеттік органдармен өзара іс-қимыл жасайды.\n"
            "2 . у ә к і л е т т і о р г а н  ж і б е р е д і .\n"
            "3 .  у ә к і л е т т і  о р г а н ғ а  ж і б е р е д і .\n")
    assert norm(text).text.splitlines()[1:] == [
        "2. уәкілетті орган жібереді.", "3. уәкілетті органға жібереді."]
    structure = segment(norm(text))
    assert [u.eid for u in structure.components[0].walk()] == [
        "main/para_1", "main/para_2", "main/para_3"]


def test_where_one_word_and_two_are_both_right_the_documents_own_usage_decides():
    # made-up: `кезеңдеп` is no word but the cut as one piece is cheapest; the act writes
    # `кезең деп` in a clean line, and never `кезеңдеп`, so the run is cut as it writes it
    spaced = " ".join("есептікезеңдепұғынылады.")
    text = ("1. Есепті кезең деп күнтізбелік ай ұғынылады.\n"
            f"2. Бір тоқсан {spaced}\n")
    assert norm(text).text.splitlines()[1] == "2. Бір тоқсан есепті кезең деп ұғынылады."
    # where it writes both, nothing tells: the cheapest cut stands
    both = text + "3. Есепті кезеңдеп жазылмайды.\n"
    assert norm(both).text.splitlines()[1] == "2. Бір тоқсан есепті кезеңдеп ұғынылады."


def test_a_stretched_word_spaced_out_only_in_part_is_joined():
    # pdftotext on a stretched last line: `желт о қ с а н ғ а` (made-up sentence)
    text = ("4. Осы бұйрық қолданысқа енгізіледі және 2023 жылғы 31 желт о қ с а н ғ а\n"
            "д е й і н қ о л д а н ы л а д ы .\n")
    result = norm(text)
    assert result.text == ("4. Осы бұйрық қолданысқа енгізіледі және 2023 жылғы 31 "
                           "желтоқсанға дейін қолданылады.")
    # two words that are words stay two: `Қазақстан Р е с п у б л и к а с ы`
    assert norm("1. Қазақстан Р е с п у б л и к а с ы Үкіметі шешеді.\n").text == (
        "1. Қазақстан Республикасы Үкіметі шешеді.")


def test_a_noun_with_men_is_cut_as_a_coordination_or_kept_as_an_instrumental():
    # made-up letter-spaced lines without word gaps: `мен` between two nouns coordinates
    # them; before a verb (or `жүзеге асыру`) it is the instrumental ending
    def spaced(words: str) -> str:
        return " ".join(words.replace(" ", ""))

    text = (f"1. Комиссия {spaced('құжаттар мен материалдарды қарайды.')}\n"
            f"2. Бақылау {spaced('заңнамада белгіленген тәртіппен жүзеге асырылады.')}\n")
    assert norm(text).text.splitlines() == [
        "1. Комиссия құжаттар мен материалдарды қарайды.",
        "2. Бақылау заңнамада белгіленген тәртіппен жүзеге асырылады."]
    # where the act itself writes one of the two more often, that one
    usage = "3. Комиссия құжаттармен материалдарды жинайды. Ол құжаттармен жұмыс істейді.\n"
    assert norm(usage + text).text.splitlines()[1] == (
        "1. Комиссия құжаттармен материалдарды қарайды.")


def test_capitals_digits_and_punctuation_cut_a_run_before_the_vocabulary_does():
    text = "3. Осы қағидалар 2021жылғы ҚазақстанРеспубликасыныңҮкіметі шешімімен бекітілді.\n"
    spaced = " ".join(text.split(" ", 1)[1].replace(" ", ""))  # one space between all glyphs
    assert norm(f"3. {spaced}\n").text == (
        "3. Осы қағидалар 2021 жылғы Қазақстан Республикасының Үкіметі шешімімен бекітілді.")


def test_page_numbers_find_the_page_breaks_a_text_lost():
    body = [f"{n}. Комиссия {n}-отырысын өткізеді және хаттаманы бекітеді." for n in range(1, 61)]
    lines = []
    for n, line in enumerate(body, start=1):
        lines.append(line)
        if n % 20 == 0:
            lines.append(str(n // 20))  # a page number at the foot of each page
    source = text_doc("\n".join(lines) + "\n")
    assert len(source.pages) == 3
    assert [[line.text for line in p.lines if line.role == "furniture"]
            for p in source.pages] == [
        ["1"], ["2"], ["3"]]
    assert normalize(source).text.splitlines() == body


def test_a_running_header_finds_them_but_a_repeated_sentence_does_not():
    header = "Қазақстан Республикасының нормативтік құқықтық актілерінің бақылау данасы"
    repeated = "Мемлекеттік органдар бұл ақпаратты уәкілетті органға жібереді."
    lines = []
    for page in range(3):
        lines.append(header)
        for n in range(1, 19):
            lines.append(f"{page * 18 + n}. Комиссия отырыс өткізеді.")
            if n in (5, 12):
                lines.append(repeated)  # a sentence the act repeats: no page furniture
    result = norm("\n".join(lines) + "\n")
    assert header not in result.text
    assert result.text.count(repeated) == 6
    assert len(result.source.pages) == 3


def test_pdftotext_sets_a_widely_stretched_line_one_glyph_per_line():
    text = ("2. Осы Қағидаларда мынадай анықтамалар мен ұғымдар пайдалан\n"
            + "\n".join("ылады:") + "\n"
            "1) уәкілетті орган – мемлекеттік орган.\n")
    result = norm(text)
    assert result.text.splitlines() == [
        "2. Осы Қағидаларда мынадай анықтамалар мен ұғымдар пайдаланылады:",
        "1) уәкілетті орган – мемлекеттік орган.",
    ]


def test_a_run_of_one_glyph_lines_holding_two_stretched_lines_is_cut_at_the_label():
    # the end of one point and the start of the next, both stretched, one glyph per line
    text = ("1. Қордың қатысуының шекті мөлшері Қордың инвестициялық декларациясында\n"
            + "\n".join("айқындалады.2.Қор:") + "\n"
            "1) ұйымдарға кредит беруді жүзеге асыруға;\n")
    assert norm(text).text.splitlines() == [
        "1. Қордың қатысуының шекті мөлшері Қордың инвестициялық декларациясында айқындалады.",
        "2. Қор:",
        "1) ұйымдарға кредит беруді жүзеге асыруға;",
    ]


def test_pymupdf_sets_a_stretched_line_in_pieces_of_a_few_glyphs():
    # PyMuPDF breaks a widely stretched line where its gaps happen to be widest: pieces
    # of one to four glyphs, cut anywhere in a word, each on a line of its own
    text = ("1. Тізбенің 1-тармағы\n"
            "м ы н а\nд а\nй\nр\nе д а\nк ц\nи я д а\nж а\nз\nы л\nс\nы н :\n"
            "«1. Мемлекеттік кәсіпорын»;\n"
            "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    assert norm(text).text.splitlines() == [
        "1. Тізбенің 1-тармағы мынадай редакцияда жазылсын:",
        "«1. Мемлекеттік кәсіпорын»;",
        "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
    ]


def test_an_amendment_pointing_back_to_the_approving_act_is_no_stamp():
    # `көрсетілген қаулымен бекітілген` (approved by the said resolution) on a line of its
    # own, as PyMuPDF sets it: it names no issuer and no date, it is no annex's stamp
    text = HEAD.replace(
        "1. Жұмыс тобы консультативтік-кеңесші орган болып табылады.\n",
        "1. «Кейбір мәселелер туралы» Қазақстан Республикасы Үкіметінің 2008 жылғы\n"
        "15 сәуірдегі № 339 қаулысында:\n"
        "көрсетілген қаулымен бекітілген\n"
        "министрліктердегі адам санының лимиттерінде:\n"
        "«11» деген бағанда «2562» деген сандар «2461» деген сандармен ауыстырылсын.\n")
    structure = segment(norm(text))
    assert [c.eid for c in structure.components] == ["main", "annex_1"]
    assert "көрсетілген қаулымен бекітілген министрліктердегі" in norm(text).text


def test_a_label_alone_on_its_line_is_followed_by_its_text_not_a_stamp():
    # PyMuPDF sets a stretched sub-point a word per line, its label alone on the first:
    # `бекітілген` after `4)` opens the sub-point's text, it ends no stamp
    text = HEAD.replace(
        "1. Жұмыс тобы консультативтік-кеңесші орган болып табылады.\n",
        "1. Жұмыс тобы өтініштерді:\n"
        "1) шешімнің негізділігі;\n"
        "4 )\nб е к і т і л г е н\nө т і н і м д і\nқ а р а у\nр ә с і м і н і ң\n"
        "б ұ з ы л у ы ;\n"
        "5) Әдеп кодексін бұзуы тұрғысынан қарайды.\n"
        "2. Жұмыс тобының отырысы тікелей эфирде көрсетіледі.\n")
    result = norm(text)
    assert "4) бекітілген өтінімді қарау рәсімінің бұзылуы;" in result.text.splitlines()
    structure = segment(result)
    assert [c.eid for c in structure.components] == ["main", "annex_1"]
    points = [u.eid for u in structure.components[1].units]
    assert points == ["annex_1/para_1", "annex_1/para_2"]


def test_a_reference_after_the_genitive_that_governs_it_is_no_label():
    # pdfminer.six ends a text box at `Келісімнің`, its line short: the next box's
    # `4) тармақшасында` is governed by that genitive, a reference and not a sub-point
    text = ("6-бап\n1. Осы Келісімнің\n4) тармақшасында көрсетілген адамдарды қоспағанда, "
            "рұқсаттар беріледі.\n2. Рұқсат бір жылға беріледі.\n")
    assert norm(text).text.splitlines()[1:] == [
        "1. Осы Келісімнің 4) тармақшасында көрсетілген адамдарды қоспағанда, рұқсаттар "
        "беріледі.",
        "2. Рұқсат бір жылға беріледі.",
    ]


def test_a_line_broken_at_the_gap_before_i_goes_on_with_its_word():
    # pypdf breaks a stretched line at its widest gaps, those before a narrow `і` among them:
    # `мүшел` / `іг` / `іне ...`; pieces that are no words, joined into a word that is one
    text = ("1. Қазақстан Республикасының Қорға мүшелігі туралы мәселе шешілсін.\n"
            "2. Қазақстан Республикасының Қорға мүшел\nіг\nіне қабылдануы мақсатында "
            "Үкімет жарналарды төлейді.\n"
            "3. Министрлік өзара жұмыс\nістейді.\n")
    lines = norm(text).text.splitlines()
    assert lines[1] == ("2. Қазақстан Республикасының Қорға мүшелігіне қабылдануы мақсатында "
                        "Үкімет жарналарды төлейді.")
    assert lines[2] == "3. Министрлік өзара жұмыс істейді."
    # the word before the break may be a word of its own: the piece after it is none
    text = ("1. Ұйымға мүшелік шеңберінде шаралар қабылданады.\n"
            "2. Ұйымға мүшелік шеңбер\nінде Қазақстан ұсыныс енгізеді.\n")
    assert norm(text).text.splitlines()[1] == (
        "2. Ұйымға мүшелік шеңберінде Қазақстан ұсыныс енгізеді.")
    # neither the word before the break nor the piece is a word, and the word is not in the
    # document whole (`тәул` / `ікт` / `ік`): as within a line, the pieces are one word
    text = "5) кезекші бөлімінің тәул\nікт\nік наряды – кезекші бөлімнің қызметкерлері.\n"
    assert norm(text).text == ("5) кезекші бөлімінің тәуліктік наряды – кезекші бөлімнің "
                               "қызметкерлері.")
    # a word that takes no ending keeps its place before a word in `і`
    text = "1. Министрлік және\nіріктеу комиссиясы ұсыныс енгізеді.\n"
    assert "және іріктеу" in norm(text).text


def test_initials_run_into_the_word_before_them_in_a_letter_spaced_line():
    # `pdftotext -raw` of a stretched form line, no word gaps: `Т.А.Ә.` (the full name's
    # abbreviation) stays whole; an initial before a surname still parts from it
    text = ("1. Келушілер журналы жүргізіледі.\n"
            "К е л у ш і н і ң Т . А . Ә . ( б а р б о л ғ а н ж а ғ д а й д а )\n"
            "2. Бақылау облыс әкімі аппаратының басшысы Е. Нұрбековке жүктелсін.\n"
            "б а с ш ы с ы Е . Н ұ р б е к о в к е ж ү к т е л с і н .\n")
    lines = norm(text).text.splitlines()
    assert "Келушінің Т.А.Ә. (бар болған жағдайда)" in " ".join(lines)
    assert "басшысы Е. Нұрбековке жүктелсін." in " ".join(lines)


def test_a_number_sign_glued_to_its_number_gets_its_space_back():
    # made-up: PyMuPDF and PDFBox lose the space of `№ 339` on a stretched line
    result = norm("1. Үкіметтің 2008 жылғы 15 сәуірдегі №339 қаулысында өзгерістер енгізілсін.\n")
    assert "2008 жылғы 15 сәуірдегі № 339 қаулысында" in result.text
    assert [r.kind for r in result.repairs] == ["word_gaps"]


def test_a_line_ending_in_initials_goes_on_with_the_surname():
    # made-up: a stretched line breaks between a person's initials and their surname
    text = ("1. Бұйрық бекітілсін.\n"
            "2. Осы бұйрықтың орындалуын бақылау Әділет Вице-Министрі М.Қ.\n"
            "Уәйісовке жүктелсін.\n")
    assert norm(text).text.splitlines()[1] == (
        "2. Осы бұйрықтың орындалуын бақылау Әділет Вице-Министрі М.Қ. Уәйісовке жүктелсін.")


def test_a_label_set_glyph_by_glyph_is_no_page_number():
    # the label of a stretched point set one glyph per line (`4` / `.` / `М` ...), twice:
    # the lone numbers go up by one, as page numbers do, but a `.` goes on with each
    lines = ["1. Кәсіпорын мемлекеттік тіркеуден өтсін.",
             "2. Кәсіпорын уәкілетті орган болып айқындалсын.",
             *"3.Мыналар:", "1) тіркеу;", "2) есепке алу.",
             *"4.Мыналардың:", "1) құжаттар дайындалсын."]
    result = norm("\n".join(lines) + "\n")
    assert result.text.splitlines() == [
        "1. Кәсіпорын мемлекеттік тіркеуден өтсін.",
        "2. Кәсіпорын уәкілетті орган болып айқындалсын.",
        "3. Мыналар:", "1) тіркеу;", "2) есепке алу.",
        "4. Мыналардың:", "1) құжаттар дайындалсын.",
    ]
    assert not [r for r in result.repairs if r.kind == "page_furniture"]


def test_the_letter_spaced_pieces_of_one_stretched_line_go_on_with_their_sentence():
    # `pdftotext` breaks a letter-spaced line at its widest gaps, a piece per line: the
    # pieces, an initial among them, are one sentence, and a label still opens a point
    text = ("2. Осы шешімнің орындалуына бақылау облыс әкімі аппаратының\n"
            "б а с ш ы с ы\nЕ .\nН ұ р б е к о в к е\nж ү к т е л с і н .\n"
            "3. Осы шешім алғаш ресми жарияланғаннан кейін қолданысқа енгізіледі.\n"
            "Алматы облыстық\nм ә с л и х а т ы\nШ Е Ш І М\nҚ А Б Ы Л Д А Д Ы :\n"
            "1. Ереже бекітілсін.\n")
    assert norm(text).text.splitlines() == [
        "2. Осы шешімнің орындалуына бақылау облыс әкімі аппаратының басшысы Е. Нұрбековке "
        "жүктелсін.",
        "3. Осы шешім алғаш ресми жарияланғаннан кейін қолданысқа енгізіледі.",
        "Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:",
        "1. Ереже бекітілсін.",
    ]


def test_a_genitive_set_alone_on_its_line_goes_back_before_the_number_it_governs():
    # `pdftotext -raw`: a link word the PDF draws apart comes after its line, alone
    text = ("6-бап\n1. Осы Келісімнің 4) тармақшасында көрсетілген\n3-бабының\n"
            "адамдарды қоспағанда, рұқсаттар беріледі.\n"
            "2. Осы Келісімнің 1), 2) және 3)\n3-бабының\nтармақшаларында көрсетілген.\n")
    result = norm(text)
    assert result.text.splitlines()[1:] == [
        "1. Осы Келісімнің 3-бабының 4) тармақшасында көрсетілген адамдарды қоспағанда, "
        "рұқсаттар беріледі.",
        "2. Осы Келісімнің 3-бабының 1), 2) және 3) тармақшаларында көрсетілген.",
    ]
    moves = [r for r in result.repairs if r.kind == "displaced_link"]
    assert [(r.before, result.text[r.span[0]:r.span[1]]) for r in moves] == [
        ("4) тармақшасында көрсетілген\n3-бабының", "3-бабының 4) тармақшасында көрсетілген"),
        ("1), 2) және 3)\n3-бабының", "3-бабының 1), 2) және 3)"),
    ]


def test_a_lone_genitive_goes_back_after_the_document_it_is_a_part_of():
    # `pdftotext -raw`: no part number is left on the line for the genitive to govern; its
    # place is after the document's genitive, before the possessed noun they both govern
    text = ("Қағидалар\n6. Осы Қағидалардың талаптарына сәйкес\n4-тармағының\n"
            "келмейтін хабарлар қаралмайды.\n")
    result = norm(text)
    assert ("6. Осы Қағидалардың 4-тармағының талаптарына сәйкес келмейтін хабарлар "
            "қаралмайды.") in result.text.splitlines()
    assert [r.kind for r in result.repairs if r.kind == "displaced_link"] == ["displaced_link"]
    # an article's genitive, an ordinal before the possessed noun
    text = ("1. Кодекстің:\n1) 24-баптың бірінші бөлігі тоқтатыла тұрған\n1-тармағының\n"
            "кезеңде мынадай:\n")
    assert ("1) 24-баптың 1-тармағының бірінші бөлігі тоқтатыла тұрған кезеңде мынадай:"
            in norm(text).text.splitlines())


def test_a_lone_genitive_stays_where_its_place_is_a_guess():
    # two numbers it could govern, or only a sub-point's label: nothing is moved
    text = ("3. Осы Келісімнің 1-тармағына және осы Келісімнің 2-тармағына\n6-бабының\n"
            "сәйкес беріледі.\n4. Қор:\n1) ұйымдарға кредит беруге\n5-бабының\n"
            "талаптарына сәйкес құқылы.\n")
    result = norm(text)
    assert not [r for r in result.repairs if r.kind == "displaced_link"]
    assert "2-тармағына 6-бабының сәйкес" in result.text
    assert "кредит беруге 5-бабының талаптарына" in result.text


def test_a_stamp_reaches_back_to_a_blank_line_or_a_sentence_without_its_period():
    # made-up: a note whose last sentence has no period, then the annex's stamp
    stamp = ("Қазақстан Республикасы\nҮкіметінің\n2015 жылғы 27 сәуірдегі\n"
             "№ 330 қаулысымен\nбекітілген\nТеңіз көлігі саласындағы ынтымақтастық туралы "
             "келісім\n1-бап. Тараптар ынтымақтасады.\n")
    note = ("Ескерту. Келісімнің мәтіні ресми болып табылмайды. Ресми көшірмесін Сыртқы\n"
            "істер министрлігінен алуға болады\n")
    for text in (note + "\n" + stamp, note + stamp):
        kinds = roles(text)
        assert kinds[1] == ("Қазақстан Республикасы Үкіметінің 2015 жылғы 27 сәуірдегі "
                            "№ 330 қаулысымен бекітілген", "stamp")
        assert kinds[0][0].endswith("алуға болады")


def test_a_signature_without_a_name_over_two_lines_is_not_the_stamps():
    # made-up: a role without the signer's name, right above the annex's stamp; and an
    # office named in the nominative inside a stamp stays the stamp's
    text = ("2. Осы қаулы қол қойылған күнінен бастап күшіне енеді.\n"
            "Қазақстан Республикасының\nПремьер-Министрі\nҚазақстан Республикасы\n"
            "Үкіметінің\n2002 жылғы 24 қаңтардағы\nN 97 қаулысымен\nбекітілген\n"
            "Өтемақы төлеудің ЕРЕЖЕСІ\n1. Осы Ереже өтемақы төлеу тәртібін айқындайды.\n")
    assert [k for k in roles(text) if k[1] == "stamp"] == [
        ("Қазақстан Республикасы Үкіметінің 2002 жылғы 24 қаңтардағы N 97 қаулысымен "
         "бекітілген", "stamp")]
    text = ("Қазақстан Республикасы ішкі істер министрі Е. Саденов\nҚазақстан Республикасы\n"
            "ішкі істер министрі\n2023 жылғы 29 желтоқсандағы\n№ 955 Бұйрығымен\nбекітілген\n"
            "Курсанттардың туыстарына бару Қағидалары\n1-тарау. Жалпы ережелер\n")
    assert ("Қазақстан Республикасы ішкі істер министрі 2023 жылғы 29 желтоқсандағы № 955 "
            "Бұйрығымен бекітілген", "stamp") in roles(text)
    # the office over two lines, its first in the genitive, under a signature with its name
    text = ("Қазақстан Республикасының Ішкі істер министрі М. Ахметжанов\n"
            "Қазақстан Республикасының\nІшкі істер министрі\n2022 жылғы 14 қарашадағы\n"
            "№ 896 бұйрығына\nқосымша\nТәлімгерлікті ұйымдастыру қағидалары\n"
            "1-тарау. Жалпы ережелер\n")
    assert ("Қазақстан Республикасының Ішкі істер министрі 2022 жылғы 14 қарашадағы № 896 "
            "бұйрығына қосымша", "stamp") in roles(text)
    # the same with the signer's name on the line under the role (pypdf)
    text = text.replace("министрі М. Ахметжанов\n", "министрі\nМ. Ахметжанов\n", 1)
    assert ("Қазақстан Республикасының Ішкі істер министрі 2022 жылғы 14 қарашадағы № 896 "
            "бұйрығына қосымша", "stamp") in roles(text)


def test_a_signature_whose_name_stands_below_a_blank_line():
    text = ("4. Осы бұйрық қолданысқа енгізіледі.\nҚазақстан Республикасы Президентінің\n"
            "Іс басқарушысы\n\nА. Дадебаев\n")
    assert roles(text)[-1] == (
        "Қазақстан Республикасы Президентінің Іс басқарушысы А. Дадебаев", "signature")


def test_a_glyph_run_finishing_a_word_that_is_a_word_too():
    # made-up: `е`, `д`, `і`, `.` finish `беріл` (`еді` is a word of its own, `беріл` none:
    # the line's last word is not learnt as one, it is what the run may finish)
    text = ("13. Хат қабылданбаған жағдайда себебі туралы түсіндірме беріл\n"
            + "\n".join("еді.") + "\n14. Куәлік тапсырылады.\n")
    assert norm(text).text.splitlines()[0] == (
        "13. Хат қабылданбаған жағдайда себебі туралы түсіндірме беріледі.")
    # a word before a run that is a word of its own stays apart
    text = "1. Бұл шешім қабылданған\n" + "\n".join("еді.") + "\n"
    assert norm(text).text == "1. Бұл шешім қабылданған еді."


LAYOUT = (  # made-up act in the shape of `pdftotext -layout` output (spacing kept)
    "               Жұмыс тобы туралы ережені\n"
    "                    бекіту туралы\n"
    "     «Мемлекеттік   басқару   туралы»   Қазақстан   Республикасы   Заңының\n"
    "5-бабына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
    "     1. Қоса беріліп отырған Жұмыс тобы туралы ереже бе-\n"
    "к        і        т       і       л       с       і       н         .\n"
    "     2. Тараптар мынадай мәселелер бойынша келіссөздер жүргізу туралы\n"
    "т ө м е н д е г і л е р          т у р а л ы  к е л і с т і :\n"
    "     1) мүшелер жеке не-\n"
    "м    е    с    е       з     а  ң    д   ы      т   ұ    л   ғ   а   ;\n"
    "     2) басқа да ұйымдар.\n"
    "     Қазақстан Республикасының Премьер-Министрі            А. Мамин\n")


def test_a_layout_keeping_extraction_reads_as_the_page():
    assert roles(LAYOUT) == [
        ("Жұмыс тобы туралы ережені бекіту туралы", "title"),
        ("«Мемлекеттік басқару туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес "
         "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:", "paragraph"),
        ("1. Қоса беріліп отырған Жұмыс тобы туралы ереже бекітілсін.", "paragraph"),
        ("2. Тараптар мынадай мәселелер бойынша келіссөздер жүргізу туралы төмендегілер "
         "туралы келісті:", "paragraph"),
        ("1) мүшелер жеке немесе заңды тұлға;", "paragraph"),
        ("2) басқа да ұйымдар.", "paragraph"),
        ("Қазақстан Республикасының Премьер-Министрі А. Мамин", "signature"),
    ]


def test_a_preamble_citing_an_approved_act_is_no_stamp():
    # made-up, as PyMuPDF sets a justified preamble: a short line ends in `бекітілген`, the
    # sentence goes on word by word to the act's own formula
    text = ("Полицей стандартын бекіту туралы\n"
            "Қазақстан Республикасы Үкіметінің 2005 жылғы 22 маусымдағы №\n"
            "607 \nқаулысымен \nбекітілген \nҚазақстан \nРеспубликасы \nІшкі \nістер\n"
            "министрлігі туралы ереженің 16-тармағына сәйкес, БҰЙЫРАМЫН:\n"
            "1. Қоса беріліп отырған Полицей стандарты бекітілсін.\n")
    assert [role for _, role in roles(text)] == ["title", "paragraph", "paragraph"]
    assert [c.eid for c in segment(norm(text)).components] == ["main"]


def test_a_genitive_alone_on_its_line_goes_back_into_the_hole_it_left():
    # made-up, as PyMuPDF sets a word drawn apart: on a line of its own after the line it
    # belongs in, which opens with the space it left (` 1) және 3) ...`)
    text = ("2. Осы қаулының \n 1) және 3) тармақшаларының талаптары\n1-тармағының\n"
            "қолданылмайды.\n")
    assert norm(text).text == (
        "2. Осы қаулының 1-тармағының 1) және 3) тармақшаларының талаптары қолданылмайды.")
    # pdfminer.six sets the word lines away; the hole still says the number is no label
    text = ("2. Осы қаулының \n\n 1) және 3) тармақшаларының талаптары қолданылмайды.\n")
    assert norm(text).text == (
        "2. Осы қаулының 1) және 3) тармақшаларының талаптары қолданылмайды.")
    # and before a reference whose word a hyphen broke at the line's end
    text = ("1. Ереже «Ғылым туралы» Заңы\n5-1) тар-\n3-бабының\nмақшасына сәйкес "
            "әзірленді.\n")
    assert norm(text).text == "1. Ереже «Ғылым туралы» Заңы 3-бабының 5-1) тармақшасына сәйкес әзірленді."


def test_a_layout_keeping_extraction_of_a_displaced_word_and_a_long_title():
    # made-up, as pypdf's layout mode sets them: a title centred line by line, lines opening
    # with capitals; a word drawn apart stands at its place after a wide gap (no signature)
    text = ("         Қазақстан Республикасының Үкіметі мен Корея\n"
            "          Республикасының Үкіметі арасындағы келісімді\n"
            "                 ратификациялау туралы\n"
            "     «Ғылым туралы» Қазақстан Республикасы Заңының                    3-бабының    5-1)\n"
            "тармақшасына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
            "     1. Келісім ратификациялансын.\n")
    assert roles(text) == [
        ("Қазақстан Республикасының Үкіметі мен Корея Республикасының Үкіметі арасындағы "
         "келісімді ратификациялау туралы", "title"),
        ("«Ғылым туралы» Қазақстан Республикасы Заңының 3-бабының 5-1) тармақшасына сәйкес "
         "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:", "paragraph"),
        ("1. Келісім ратификациялансын.", "paragraph")]


def test_pdftotext_breaks_a_justified_line_one_word_per_line():
    text = ("1.\nҚоса\nберіліп\nотырған\nЖұмыс тобы туралы ереже бекітілсін.\n"
            "2. Осы қаулы қолданысқа енгізіледі.\n")
    assert norm(text).text.splitlines() == [
        "1. Қоса беріліп отырған Жұмыс тобы туралы ереже бекітілсін.",
        "2. Осы қаулы қолданысқа енгізіледі.",
    ]


def test_a_numbered_genitive_glued_to_the_line_end_goes_back_to_the_line_start():
    # PDFBox: the word drawn last is glued to the line end, one space left where it stood
    text = ("1. Бұл азаматтар осы Келісімнің\n"
            " 4) тармақшасында көрсетілген3-бабының\n"
            "азаматтарды қамтымайды.\n")
    result = norm(text)
    assert result.text == ("1. Бұл азаматтар осы Келісімнің 3-бабының 4) тармақшасында "
                           "көрсетілген азаматтарды қамтымайды.")
    assert [r.kind for r in result.repairs] == ["displaced_link"]


FORMS = (
    HEAD
    + "2. Өтініш осы Ережеге 1-қосымшаға сәйкес нысан бойынша беріледі.\n"
    "Жұмыс тобы туралы ережеге\n"
    "1-қосымша\n"
    "Н ы с а н\n"
    "Кімге_______________________________\n"
    "(лауазымы, арнайы атағы)\n"
    "кімнен______________________________\n"
    "Жұмыс тобына қатысу туралы ӨТІНІШ\n"
    "Сізден мені жұмыс тобының құрамына енгізуіңізді сұраймын.\n"
    "Жұмыс тобы туралы ережеге\n"
    "2-қосымша\n"
    "«БЕКІТІЛГЕН»\n"
    "Қазақстан Республикасы Ішкі\n"
    "істер министрлігінің бастығы\n"
    "Жұмыс тобы отырыстарының кестесі\n"
    "<table>\n"
    "<tr>\n"
    "<td>Күні</td>\n"
    "</tr>\n"
    "</table>\n"
)


def test_a_forms_fields_and_its_approver_stand_above_its_title():
    # made-up forms in the shape of real ones (pdftotext of a Rules' annexes): an addressee
    # block of blanks to fill, a letter-spaced `Нысан`, `«БЕКІТІЛГЕН»` and who approves
    structure = segment(norm(FORMS))
    titles = [(c.eid, c.title)
              for c in structure.components[2:]]
    assert titles == [("annex_2", "Жұмыс тобына қатысу туралы ӨТІНІШ"),
                      ("annex_3", "Жұмыс тобы отырыстарының кестесі")]


def test_a_lone_i_after_a_whole_word_is_the_index_i_not_its_ending():
    # made-up lines of a methodology, where `і` is a variable written in Cyrillic: after a
    # vowel (the ending would be `сі`), after a back-vowel word (it would be `ы`) or after a
    # whole word that takes no such ending it stands alone; a split-off ending still joins
    text = ("1. qi – есепті кезеңдегі Қазақстан Республикасының і оң көрсеткіші;\n"
            "2. Xi – органның есепті кезеңге арналған і теріс көрсеткіші;\n"
            "3. Yi – өткен кезең ішіндегі\nі оң көрсеткіші;\n"
            "4. Қазақстан Республикасының Үкімет і мен комитет\nі жиі хабарлайды.\n")
    lines = norm(text).text.splitlines()
    assert lines[0] == "1. qi – есепті кезеңдегі Қазақстан Республикасының і оң көрсеткіші;"
    assert lines[1] == "2. Xi – органның есепті кезеңге арналған і теріс көрсеткіші;"
    assert lines[2] == "3. Yi – өткен кезең ішіндегі і оң көрсеткіші;"
    assert lines[3] == "4. Қазақстан Республикасының Үкіметі мен комитеті жиі хабарлайды."


def test_a_chapter_heading_in_capitals_wrapped_over_two_lines_stays_one_heading():
    # made-up law as PDFBox sets it: the chapter's heading wraps, its second line in capitals
    from pipeline.segment import segment

    structure = segment(norm(
        "Бейбіт жиналыстар туралы\n"
        "1-тарау. БЕЙБІТ ЖИНАЛЫСТАРДЫ ҰЙЫМДАСТЫРУ\n"
        "ЖӘНЕ ӨТКІЗУ ТӘРТІБІ\n"
        "1-бап. Хабарлама\n"
        "Ұйымдастырушы жергілікті атқарушы органға хабарлама береді.\n"))
    chapter = structure.components[0].units[0]
    assert (chapter.eid, chapter.heading) == (
        "main/chp_1", "БЕЙБІТ ЖИНАЛЫСТАРДЫ ҰЙЫМДАСТЫРУ ЖӘНЕ ӨТКІЗУ ТӘРТІБІ")
    assert [u.eid for u in chapter.children] == ["main/chp_1/art_1"]


def test_a_line_set_word_by_word_holding_approval_words_is_no_stamp():
    # made-up, as PyMuPDF sets a justified line: a word per line, `бекітілген` among them
    from pipeline.segment import segment

    text = ("Кредит беру Ережелерін бекіту туралы\n"
            "Облыс әкімі ШЕШІМ ЕТЕДІ:\n"
            "1. Қоса беріліп отырған Ережелер бекітілсін.\n"
            "2. Облыс әкімі аппаратының заң және мемлекеттік құқықтық\n"
            "бөлімі\nбекітілген\nЕрежелердің\n5-8\nтармақтарын\n"
            "жүзеге асыруға байланысты құқықтық қостауды қамтамасыз етсін.\n")
    structure = segment(norm(text))
    assert [c.eid for c in structure.components] == ["main"]
    assert [u.eid for u in structure.components[0].walk()] == ["main/para_1", "main/para_2"]


def test_a_reference_set_word_by_word_opens_no_sub_point():
    # made-up order: an extractor set two justified lines of point 3 one word per line;
    # `1)`, `2)` alone on their lines are numbers the references govern, not labels
    text = ("3. Көші-қон қызметі комитеті:\n"
            "1) осы бұйрықты ресми жариялауды;\n"
            "2) осы бұйрықты интернет-ресурсында орналастыруды;\n"
            "3) осы бұйрық тіркелгеннен кейін он жұмыс күні ішінде осы\n"
            "тармақтың\n1)\nжәне\n2)\n"
            "тармақшаларында көзделген іс-шаралардың орындалуы туралы мәліметтерді\n"
            "ұсынуды қамтамасыз етсін.\n"
            "4. Осы бұйрық «Құқықтық актілер туралы» Қазақстан Республикасы Заңының\n"
            "10-бабы\n1)\nтармақшасына\nсәйкес әзірленді.\n")
    structure = segment(norm(text))
    assert [u.eid for u in structure.components[0].walk()] == [
        "main/para_3", "main/para_3/subpara_1", "main/para_3/subpara_2",
        "main/para_3/subpara_3", "main/para_4"]


def test_an_abbreviation_closing_a_line_ends_no_sentence():
    # made-up: `им.` (named after) at a line's end, the name on the next line
    text = ("Правила\n18. В состав комиссии входят представители Национальной академии "
            "образования им.\nИ. Алтынсарина и акционерного общества «Өрлеу».\n"
            "19. Комиссия рассматривает заявления.\n")
    units = [u.eid for u in segment(norm(text)).components[0].walk()]
    assert units == ["main/para_18", "main/para_19"]
