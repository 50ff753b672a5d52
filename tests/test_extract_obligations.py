"""Obligations, permissions and prohibitions with their actors, on made-up sentences.

Every sentence is made up for the test, in the style of Kazakh regulations.
"""

from __future__ import annotations

import time

import pytest

from pipeline.extract.components import UnitContext, find_obligations
from pipeline.extract.morphology import case_of, is_possessed, nominative
from pipeline.extract.obligations import find_cue, find_subject, split_clauses


def act_duties(text: str) -> list[dict]:
    """The obligations of a made-up act, through the whole pipeline (read as text)."""
    from helpers import norm

    from pipeline.extract import extract
    from pipeline.segment import segment

    normalized = norm(text)
    return extract(segment(normalized), normalized.text).obligations


def one(text: str, context: UnitContext | None = None):
    found = find_obligations(text, context)
    assert len(found) == 1, [(f.modality, f.clause.text) for f in found]
    return found[0]


@pytest.mark.parametrize("text, modality, actor", [
    ("Министрлік есепті жыл сайын Үкіметке береді.", "obligation", "Министрлік"),
    ("Комиссия өтінішті он күн ішінде қарауға тиіс.", "obligation", "Комиссия"),
    ("Әкімдік қорытындыны жариялауы қажет.", "obligation", "Әкімдік"),
    ("Оператор деректерді қорғауға міндетті.", "obligation", "Оператор"),
    ("Кеңестің төрағасы шешімдерге қол қояды.", "obligation", "Кеңестің төрағасы"),
    ("Уәкілетті орган тексеру нәтижелерін жариялайды.", "obligation", "Уәкілетті орган"),
    ("Кеңес мүшелері ерекше пікірін білдіре алады.", "permission", "Кеңес мүшелері"),
    ("Тараптардың әрқайсысы Келісімнен шығуға құқылы.", "permission", "Тараптар"),
    ("Комитеттің өкілі отырысқа қатысуы мүмкін.", "permission", "Комитеттің өкілі"),
    ("Жеткізуші шартты біржақты бұзуға тиіс емес.", "prohibition", "Жеткізуші"),
    ("Мекеме ақпаратты жария етпейді.", "prohibition", "Мекеме"),
    ("Қор мұндай мәмілелерді жасауға құқылы емес.", "prohibition", "Қор"),
    ("Бір адам комиссияның төрағасы екі мерзімнен артық бола алмайды.", "prohibition", "адам"),
    ("Тараптардың әрқайсысы кіруден бас тарту құқығын сақтайды.", "permission", "Тараптар"),
    # a power given to the one named in the dative (1990s laws)
    ("Қазақстан Республикасының Президентіне Қордың Келісімін қабылдауға уәкілдік берілген.",
     "permission", "Қазақстан Республикасының Президенті"),
    # none of the Parties: the Parties, bound not to
    ("Тараптардың ешқайсысы басқа Тарап инвесторларының қызметіне кедергі жасамайтын болады.",
     "prohibition", "Тараптар"),
    # what the parties will not allow
    ("Тараптар кедендік баждарды қолдануға жол болғызбайтын болады.", "prohibition",
     "Тараптар"),
    # `қызметі` is an activity, but a kind of service names a body
    ("Тиісті кадр қызметі жаңа куәлікті береді.", "obligation", "Тиісті кадр қызметі"),
    # (made-up treaty: the customs services of the Parties)
    ("Кеден қызметтері алдын ала сұрау салусыз бір-біріне хабарлайды.", "obligation",
     "Кеден қызметтері"),
    # the public services' `Мемлекеттік корпорация`, a body's sector
    ("Мемлекеттік корпорация өтінішті бір жұмыс күні ішінде қабылдайды.", "obligation",
     "Мемлекеттік корпорация"),
    ("Қаржы секторы есепті жыл сайын ұсынады.", "obligation", "Қаржы секторы"),
    # `хақылы`, the older word for `құқылы` (acts of the 1990s)
    ("Қор кепілгерге тікелей сұрау салуға хақылы.", "permission", "Қор"),
    ("Ұйымдастырушы хабарландыруды ресми сайтында орналастырады.", "obligation",
     "Ұйымдастырушы"),
    ("Кадр саясаты департаменті мәліметтерді ұсынуды қамтамасыз етсін.", "obligation",
     "Кадр саясаты департаменті"),
    # a root in -ын is no passive: `ұсынсын` is active, its subject the actor
    ("Министрлік Үкіметке ұсыныстар ұсынсын.", "obligation", "Министрлік"),
    ("Полицейдің мынадай жеке қасиеттері болуы тиіс.", "obligation", "Полицей"),
    # a civil servant of a lettered corps, the letter quoted; a specialist; a head whose
    # object is such a servant (`басшы` is a noun's agent noun, no qualifier of what follows)
    ("«Б» корпусының қызметшісі бағалау парағын тікелей басшыға жібереді.", "obligation",
     "«Б» корпусының қызметшісі"),
    ("Тікелей басшы «Б» корпусының қызметшісін бағалайды.", "obligation", "басшы"),
    ("Тікелей басшы корпустың қызметшісін бағалайды.", "obligation", "басшы"),
    ("Аппараттың маманы бағалау кестесін қалыптастырады.", "obligation", "Аппараттың маманы"),
    # the converb of a verb in -н (`жүгін-е алады`: may apply) looks like a dative, which
    # with `алады` is a full verb (`назарына алады`: takes into account); an actor in two words
    ("Өтініш беруші шешімге сотқа жүгіне алады.", "permission", "Өтініш беруші"),
    # a body's administration, its stem in -ліг before the possessive
    ("Зират қорымының әкімшілігі жерлеу кітабын жүргізеді.", "obligation",
     "Зират қорымының әкімшілігі"),
    ("Журналистер одағы мүшелерінің тізімін жариялайды.", "obligation", "Журналистер одағы"),
    # a remark in brackets after the verb
    ("Инспекция наградаларды Әкімшілігіне жібереді ( 2-қосымша ).", "obligation", "Инспекция"),
    # `заңдылық` (legality) begins with the act's word `заң` but is none of its forms
    ("Осы шешімнің орындалуын бақылау мәслихаттың заңдылық жөніндегі тұрақты комиссиясына "
     "(Ж.Ф.Штергер) жүктелсін.", "obligation", "мәслихаттың заңдылық жөніндегі тұрақты комиссиясы"),
    ("Комиссия ұсыныстарды назарына алады.", "obligation", "Комиссия"),
])
def test_modality_and_actor(text, modality, actor):
    found = one(text)
    assert found.modality == modality
    assert found.canonical == actor


@pytest.mark.parametrize("text, modality", [
    ("Шешімдер өкілі болмағанда қабылданбайды.", "prohibition"),
    ("Мұндай әрекеттерге тыйым салынады.", "prohibition"),
    ("Бұл кедергі ретінде қаралмауы тиіс.", "prohibition"),
    ("Материалдар мүшелеріне бес жұмыс күні бұрын жіберіледі.", "obligation"),
    # a passive present is a duty with no agent, deadline or not (FORMAT.md)
    ("Хаттама он жұмыс күні ішінде мүшелерге таратылады.", "obligation"),
    ("Өтініш он жұмыс күні ішінде қаралады.", "obligation"),
    ("Жаңа автокөлік құралдарына бағалау жүргізілмейді.", "prohibition"),
    ("Кредиттік шартта мынадай жағдайлар болуы керек.", "obligation"),
    ("Өкілеттігі расталуға тиіс.", "obligation"),
    ("Өзгерістер енгізуге болады.", "permission"),
    ("Кезектен тыс отырыстар шақырылуы мүмкін.", "permission"),
    ("Қоса беріліп отырған Қағидалар бекітілсін.", "obligation"),
    # a passive jussive names no agent, whatever noun stands before it (FORMAT.md)
    ("Қоса беріліп отырған Қазақстан Республикасы Президенті Іс Басқармасының қызметтік "
     "куәлігін беру қағидалары бекітілсін.", "obligation"),
    ("Қазақстан Республикасының Үкіметі мен Корея Республикасының Үкіметі арасындағы "
     "келісім ратификациялансын.", "obligation"),
    ("Облыс әкімінің 1996 жылғы 5 наурыздағы № 12 қаулысы бақылаудан алынсын.", "obligation"),
])
def test_agentless_duties_have_no_actor(text, modality):
    found = one(text)
    assert (found.modality, found.actor) == (modality, None)


def test_a_duty_laid_on_someone_names_them():
    found = one("Жедел өзара іс-қимыл құрылымдық бөлімшелеріне жүктеледі.")
    assert found.modality == "obligation"
    assert found.canonical == "құрылымдық бөлімшелері"
    # the optative lays it on as well: a resolution's control clause
    found = one("Осы бұйрықтың орындалуын бақылау Әділет вице-министріне жүктелсін.")
    assert found.canonical == "Әділет вице-министрі"


def test_a_coordination_takes_the_case_of_its_last_member():
    # `органдар мен ... субъектілерінің`: a genitive, not a subject, whatever `органдар` looks
    found = one("Мемлекеттік органдар мен квазимемлекеттік сектор субъектілерінің сұрау "
                "салуларына Министрлік түсіндірулер береді.")
    assert found.canonical == "Министрлік"


def test_quoted_new_wording_is_no_duty_of_the_amending_act():
    found = find_obligations("5-тармақ мынадай редакцияда жазылсын: «5. Министрлік есепті "
                             "жыл сайын береді.».")
    assert found == []


@pytest.mark.parametrize("text", [
    "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
    "Осы Келісім депозитарий хабарламаны алған күнінен бастап күшіне енеді.",
    "Кеңес салалық ынтымақтастық органы болып табылады.",
    "«Өнеркәсіп» термині салалардың жиынтығын білдіреді.",
    "Осы тармақтың талаптары барлау саласына қолданылмайды.",
    "Осы Келісім Тараптардың басқа шарттардан туындайтын міндеттемелерін қозғамайды.",
    "Кеңес өз функцияларын іске асыру үшін:",
    # an amending act's edits of another act are not its duties
    "«Министрлік» деген бөлім алып тасталсын.",
    "3-тармақ мынадай редакцияда жазылсын:",
    "Комиссия төраға мен комиссия мүшелерінен тұрады.",
    # the Rules speak of themselves; a body's noun inside their long name is no subject
    "Осы мемлекеттік органдармен және квазимемлекеттік сектор субъектілерімен өзара "
    "іс-қимыл жасасу қағидалары өзара іс-қимыл тәртібін айқындайды.",
    # a name given in brackets closing the sentence
    "Халықаралық валюта қорының (бұдан былай \"Қор\" делінеді).",
    # a form's caption under its blank, in brackets
    "(уәкілетті өкіл толтырады)",
    # having no force, not being liable, not affecting: negated, but no ban
    "Мұндай актілердің заңды күші болмайды.",
    # what a term or a document includes (a loanword's accusative `роялтиді` is no verb)
    "«Кірістер» термині пайдалар, дивидендтер, роялтиді қамтиды.",
    # a scope exclusion as a duty's form, a status recognized
    "Осы Келісімнің ережелері салық салу мәселелеріне қолданылмауға тиіс.",
    "Егер ақпарат расталмаса, мәліметтер расталмады деп танылады.",
    "Қор кепілгердің міндеттемелері бойынша жауап бермейді.",
    "Нысанның кез келген өзгеруі олардың инвестициялар ретіндегі сипатына әсер етпейді.",
    # a consequence, an exemption, what a term does not count (made-up sentences)
    "Заңнаманы бұзу заңдарда белгіленген жауаптылыққа алып келеді.",
    "Билеттің электрондық нысаны электрондық цифрлық қолтаңба арқылы куәландыруды талап "
    "етпейді.",
    "Құжаттарды қабылдау күні мемлекеттік қызмет көрсету мерзіміне кірмейді.",
    "Субсидиялар қызметтер құнын ішінара өтеуге арналады.",  # what a thing is for
    # how a term is counted, what is deemed so or not
    "Нұсқаманың әрекет ету мерзімі ол шығарылған сәттен бастап есептеледі.",
    "Осы тізбе толық болып есептелмейді.",
    "Облыс әкімінің өкімі күшін жойды деп есептелсін.",
])
def test_not_duties(text):
    assert find_obligations(text) == []


def test_coordinated_predicates_are_one_duty_but_also_adds_one():
    assert len(find_obligations(
        "Төраға жұмысты ұйымдастырады, отырыстарда төрағалық етеді, тәртіпті қамтамасыз етеді.")) == 1
    assert len(find_obligations(
        "Кеңес жұмысын ұйымдастырады, сондай-ақ жыл сайын ақпарат береді.")) == 2


def test_the_subject_before_a_subordinate_clause_is_found():
    found = one("Тараптар хабарламаны тапсырған кезде депозитарийге хабарлайды.")
    assert found.canonical == "Тараптар"


def test_list_items_take_the_chapeau_actor_and_the_closing_verb():
    context = UnitContext(chapeau_actor=("Министрлік", "Министрлік"), closer="obligation")
    found = one("шетелге шыққанға дейін консультациялар;", context)
    assert (found.modality, found.canonical, found.from_chapeau) == (
        "obligation", "Министрлік", True)


def test_a_defined_term_is_the_canonical_actor():
    context = UnitContext(terms={"министрлік": "Министрлік"})
    found = one("Сыртқы істер министрлігі (бұдан әрі - Министрлік) үйлестіруді жүзеге асырады.",
                context)
    assert found.canonical == "Министрлік"


@pytest.mark.parametrize("word, case", [
    ("Министрлікке", "dative"), ("Министрліктің", "genitive"), ("Министрлікпен", "instrumental"),
    ("Министрлік", "nominative"), ("органдарының", "genitive"), ("төрағаны", "accusative"),
    ("бөлімшелеріне", "dative"), ("хатшылығы", "nominative"), ("Кеңесте", "locative"),
])
def test_case_of_actor_forms(word, case):
    assert case_of(word) == case


@pytest.mark.parametrize("word, form", [
    ("Министрлікке", "Министрлік"), ("Министрліктің", "Министрлік"),
    ("Министрлікпен", "Министрлік"), ("бөлімшелеріне", "бөлімшелері"),
    ("Тараптардың", "Тараптар"), ("органына", "органы"),
])
def test_nominative_forms(word, form):
    assert nominative(word) == form


@pytest.mark.parametrize("word, possessed", [
    ("құрамына", True), ("хатшылығының", True), ("басшысы", True), ("қызметі", True),
    ("төрағаны", False), ("Ережені", False), ("шешімді", False), ("мүдделі", False),
    ("туралы", False), ("осы", False), ("уәкілетті", False),
])
def test_possessive_versus_look_alikes(word, possessed):
    assert is_possessed(word) is possessed


def test_an_actor_before_a_passive_participle_is_the_subject():
    # `алынған` (obtained) takes no agent: the Ministry is the subject of the clause
    found = one("Қазақстан Республикасының Сыртқы істер министрлігі алынған ақпаратты "
                "жария етпеуге міндетті.")
    assert found.canonical == "Қазақстан Республикасының Сыртқы істер министрлігі"
    # `өткізген` (held) does: the body is the agent of the event, not of the clause
    context = UnitContext(chapeau_actor=("Мемлекеттік органдар", "Мемлекеттік органдар"))
    found = one("мемлекеттік орган өткізген іс-шара туралы есеп жібереді;", context)
    assert found.canonical == "Мемлекеттік органдар"


# --- bounded time on pathological text (each took minutes before its fix) --------------------


def _timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def test_a_cue_after_a_very_long_word_is_found_without_rereading_the_word():
    # bug: the end-anchored cues `[\p{L}\-]+...$` were tried at every letter of the word
    word = "ынтымақтастығы" * 7_000
    cue, seconds = _timed(find_cue, f"Кеңес {word} береді.")
    assert seconds < 5, seconds
    assert cue is not None and (cue.modality, cue.text) == ("obligation", "береді")
    cue, seconds = _timed(find_cue, f"Кеңес {word}.")
    assert seconds < 5, seconds


def test_a_sentence_of_many_commas_is_split_in_linear_time():
    # bug: the whole sentence so far was copied and searched again at every comma
    text = "Кеңес, " * 14_000 + "Министрлік есеп береді."
    clauses, seconds = _timed(split_clauses, text)
    assert seconds < 5, seconds
    assert [c.text for c in clauses] == [text]
    # and the split still happens where both sides have a predicate
    assert [c.text for c in split_clauses("Кеңес шешім қабылдайды, Министрлік есеп береді.")] == [
        "Кеңес шешім қабылдайды", "Министрлік есеп береді."]


def test_many_initials_do_not_make_sentence_splitting_quadratic():
    # bug: at every `К. ` the sentence so far was searched again for an initial at its end
    text = "Кеңес " + "К. " * 20_000 + "Мәсімов береді. Министрлік келіседі."
    clauses, seconds = _timed(split_clauses, text)
    assert seconds < 5, seconds
    assert len(clauses) == 2 and clauses[0].text.endswith(" К. К. Мәсімов береді.")
    assert clauses[1].text == "Министрлік келіседі."


def test_an_actor_opening_an_object_compound_is_the_subject_when_none_other_is():
    assert one("Комиссия отырыстарын тоқсан сайын өткізеді.").canonical == "Комиссия"
    # ... but not when the clause has a subject of its own
    found = one("Кеңес қызметін қамтамасыз етуді оның хатшылығы жүзеге асырады.")
    assert found.canonical.endswith("хатшылығы")


def test_a_clause_that_is_all_deadline_keeps_both_its_obligation_and_its_deadline():
    # spaCy keys span extensions by offsets alone: the two groups once shared one payload
    from pipeline.extract import kazakh_pipeline

    nlp = kazakh_pipeline()
    doc = nlp.make_doc("қол қойылған күнінен бастап")
    doc._.kazlegal_context = UnitContext(closer="obligation")
    for _, component in nlp.pipeline:
        doc = component(doc)
    (deadline,) = doc.spans["kazlegal_deadlines"]
    (obligation,) = doc.spans["kazlegal_obligations"]
    assert (deadline.start_char, deadline.end_char) == (obligation.start_char, obligation.end_char)
    assert deadline._.kazlegal.relation == "from"
    assert obligation._.kazlegal.modality == "obligation"


def test_the_act_as_subject_of_a_clause_of_time_does_not_make_the_duty_about_the_act():
    # made-up item: `осы бұйрық ... тіркелгеннен кейін` tells when; the duty is the department's
    found = one("осы бұйрық мемлекеттік тіркелгеннен кейін интернет-ресурсында орналастыруды "
                "қамтамасыз етсін.")
    assert found.modality == "obligation"
    assert find_obligations(
        "Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.") == []


def test_a_body_named_through_another_bodys_genitive_is_one_actor():
    chapeau = ("Қазақстан Республикасы Президенті Іс басқармасының ведомстволық қарасты "
               "ұйымдарды басқару жөніндегі бөлімі заңнамада белгіленген тәртіппен:")
    surface, _, _ = find_subject(chapeau, len(chapeau))
    assert surface.endswith("басқару жөніндегі бөлімі")
    # the head's own modifiers may be coordinated (`... және кадр жұмысы бөлімі`)
    chapeau = ("Қазақстан Республикасы Президенті Іс Басқармасының ұйымдастыру-бақылау және "
               "кадр жұмысы бөлімі заңнамада белгіленген тәртіппен:")
    assert find_subject(chapeau, len(chapeau))[0].endswith("және кадр жұмысы бөлімі")
    # a genitive that is no body (`Республикасының заңнамасында`) leaves the head alone
    chapeau = ("Ішкі істер министрлігінің Кадр саясаты департаменті Қазақстан Республикасының "
               "заңнамасында белгіленген тәртіпте:")
    assert find_subject(chapeau, len(chapeau))[0].endswith("Кадр саясаты департаменті")


def test_under_a_chapeau_actor_a_possessor_inside_a_place_is_no_subject():
    item = ("осы бұйрықты Қазақстан Республикасы Президенті Іс басқармасының интернет "
            "ресурсында орналастыруды қамтамасыз етсін.")
    context = UnitContext(chapeau_actor=("бөлімі", "бөлім"), closer="obligation")
    assert one(item, context).canonical == "бөлім"


# --- actors: constructions met on the dev corpus, in made-up sentences -----------------------


def test_an_adjective_after_the_subject_is_not_read_as_its_possessed_noun():
    text = "Құзыретті органдар ішкі ауысулар бөлігінде бір-бірін хабардар етуі қажет."
    assert find_subject(text, text.index("хабардар"))[0] == "Құзыретті органдар"
    text = "Аумақтық әділет органдары үстіміздегі жылдың 30 наурызына дейін шаралар қолдансын."
    assert find_subject(text, text.index("шаралар"))[0] == "Аумақтық әділет органдары"


def test_a_subject_before_bare_nouns_that_look_possessed():
    text = "Тараптар сыйақы мөлшерін шартта белгілейді."
    assert find_subject(text, text.index("белгілейді"))[0] == "Тараптар"


def test_an_object_compound_under_a_chapeau_is_no_subject():
    item = "комиссия отырыстарының кестесін айқындайды;"
    context = UnitContext(chapeau_actor=("Комиссия төрағасы", "Комиссия төрағасы"))
    assert one(item, context).canonical == "Комиссия төрағасы"


def test_a_noun_inside_an_item_under_a_chapeau_actor_is_no_subject():
    # made-up, in the shape of an akim's decision: the chapeau names who acts, the items
    # hold actor nouns that are objects or modifiers, not subjects of their own
    context = UnitContext(chapeau_actor=("ауданның әкімдері", "аудан әкімі"))
    for item in ("барлық шаруа қожалықтарының өрт сөндіруге адамдар тарту үшін құралдарының "
                 "бар жоғын тексерсін;",
                 "кінәлі адамдарды әкімшілік және қылмыстық жауапкершілікке тарту үшін құқық "
                 "қорғау органдарына жолдап отырсын."):
        found = find_obligations(item, context)
        assert [(f.modality, f.canonical, f.from_chapeau) for f in found] == [
            ("obligation", "аудан әкімі", True)], item
    # a subject that opens the item is its own
    found = find_obligations("Облыстық басқарма құралдарды тексерсін;", context)
    assert [f.canonical for f in found] == ["Облыстық басқарма"]


def test_an_item_without_a_verb_of_its_own_takes_the_chapeau_actor():
    # `иесі бүркемеленген өтініштерді;` under `Комиссия: ... қарамайды`
    context = UnitContext(chapeau_actor=("Комиссия", "Комиссия"), closer="prohibition")
    found = one("иесі бүркемеленген өтініштерді;", context)
    assert (found.modality, found.canonical, found.from_chapeau) == (
        "prohibition", "Комиссия", True)


def test_a_chapeau_that_ends_in_the_genitive_or_in_a_permitted_dative_names_the_actor():
    from pipeline.extract.obligations import chapeau_end_actor
    text = "Ғылыми бірлестіктің өкілі ретінде комиссия құрамына кіру үшін ғалымның:"
    assert chapeau_end_actor(text)[0] == "ғалымның"
    text = "Осы Келісімнің 8-бабында көрсетілген құжаттарды иеленушілерге:"
    assert chapeau_end_actor(text) is None
    assert chapeau_end_actor(text, dative=True)[0] == "иеленушілерге"


def test_what_an_impersonal_ban_bans_is_done_by_the_genitive_before_the_verbal_noun():
    found = one("Заңда көзделген жағдайларды қоспағанда, мемлекеттік органдар мен оларды "
                "лауазымды адамдарының Қор қызметіне араласуына тыйым салынады.")
    assert found.modality == "prohibition"
    assert found.actor[0] == "мемлекеттік органдар мен оларды лауазымды адамдарының"
    # no genitive agent: no actor (the cadets are visited, not visiting)
    found = one("Курсанттарға оқу жылы ішінде жылына екі реттен артық келуге рұқсат етілмейді.")
    assert (found.modality, found.actor) == ("prohibition", None)


def test_a_coordination_ending_in_a_genitive_is_no_subject_even_with_a_loanword_head():
    item = ("мемлекеттік органдар мен квазимемлекеттік сектор субъектілерінің ұсыныстарын "
            "қарайды;")
    context = UnitContext(chapeau_actor=("уәкілетті орган", "уәкілетті орган"))
    assert one(item, context).canonical == "уәкілетті орган"


def test_an_agent_noun_naming_a_kind_of_the_next_noun_is_no_subject():
    found = one("Осы Келісімде көрсетілген жіберуші ел азаматтарының шығыстарын осы азаматтар "
                "немесе жұмыс берушілер төлейді.")
    assert found.actor[0].startswith("осы азаматтар")
    # a bare object after the agent noun leaves it the subject
    assert one("Келуші өтініш береді.").canonical == "Келуші"
    assert one("Ұйымдастырушы айырбастау рәсімін өткізу туралы хабарландыруды "
               "орналастырады.").canonical == "Ұйымдастырушы"


def test_a_second_predicate_of_the_sentence_has_the_first_ones_subject():
    # the first predicate constitutes (no duty), the second is the duty
    found = one("Қазақстан Республикасының Үкіметі Қордың жалғыз акционері болып табылады, "
                "Қорды басқаруға қатысады.")
    assert found.canonical == "Қазақстан Республикасының Үкіметі"
    # a clause of the sentence before the duty names the subject, not an object compound
    duty, also = find_obligations("Бұрын қаралған өтініш қайта келіп түскен кезде уәкілетті "
                                  "орган өтінішті қараусыз қалдырады, сондай-ақ комиссия "
                                  "отырысына шығармайды.")
    assert (also.modality, also.canonical) == ("prohibition", "уәкілетті орган")


def test_an_object_compound_is_a_compound_and_a_counted_actor_stands_alone():
    text = "Комиссия отырысына қатысатын адамдарды комиссияның хатшысы тіркейді."
    assert find_subject(text, text.index("тіркейді"))[0] == "комиссияның хатшысы"
    text = "Бір адам қатарынан екі мерзімнен артық комиссияның төрағасы бола алмайды."
    assert find_subject(text, text.index("бола"))[0] == "Бір адам"


def test_two_finite_predicates_joined_by_zhane_are_two_clauses():
    found = find_obligations("Кесте бастықтың көмекшісімен келісіледі және оны арнаулы оқу "
                             "орнының бастығы бекітеді.")
    assert [(f.modality, f.canonical) for f in found] == [
        ("obligation", None), ("obligation", "арнаулы оқу орнының бастығы")]
    found = find_obligations("Ұйымдастырушы мүдделер қақтығысының туындамауына бақылауды "
                             "жүзеге асырады және жол бермейді.")
    assert [f.modality for f in found] == ["obligation", "prohibition"]
    # one subject, one modality: still one duty
    (one_duty,) = find_obligations("Комиссия өтінішті қарайды және шешім қабылдайды.")
    assert one_duty.clause.text.endswith("шешім қабылдайды.")


def test_exercising_a_right_is_a_permission():
    found = one("мұндай құжаттарды иеленушілер осы Келісімде көзделген құқықтарды, егер бұл "
                "талаптарға қайшы келмесе, пайдаланатын болады.")
    assert found.modality == "permission"
    # a right inside a relative clause is not what the verb does
    found = one("Қаражатты төлеуді мүліктік құқықтарды ұжымдық негізде басқаратын ұйым "
                "жүзеге асырады.")
    assert found.modality == "obligation"


@pytest.mark.parametrize("text", [
    "Комиссия хатшысы оның мүшесі болып табылмайды.",
    "Қордың туралы заңдар Қазақстан Республикасының Конституциясына негізделеді.",
    "Заңдарын бұзу Қазақстан Республикасының заңдарында белгіленген жауаптылыққа әкеп соғады.",
    # what belongs where; being someone (not `X-уға болады`, may be done)
    "Бейбіт жиналыстарды ұйымдастыруға мыналар жатады:",
    "Мүлік коммуналдық меншікке жатады.",
    "Комиссияның төрағасы отырыстарда төраға болады.",
    # what a body serves as
    "Ұлттық банк Қазақстан Республикасының қаржы органы ретінде жұмыс істейді.",
    # (made-up regulation: a body's legal capacity)
    "Агенттік азаматтық-құқықтық қатынастарға өз атынан түседі.",
    # (made-up decision: what may follow, what a thing needs or does)
    "Механизмін бұзу күтпеген жағдайларға әкеп соқтыруы мүмкін.",
    "Ертіс өзенінің қойнауы ерекше мемлекеттік қорғауды қажет етеді.",
    "Өрт қойнауға үлкен зиян келтіреді.",
    # being no obstacle
    "Қызметшінің бағалау парағына қол қоюдан бас тартуы құжаттарды жіберу үшін кедергі "
    "болмайды.",
    # the act says what it is for, its own name long (a `тәртібі`, an actor inside the name)
    "Осы автомобиль көлік құралдарын айырбастау тәртібі (бұдан әрі - Тәртіп) Заңға сәйкес "
    "әзірленді және айырбастау тәртібін айқындайды.",
    "Осы курсанттардың Қазақстан Республикасының азаматтары болып табылатын отбасы "
    "мүшелерінің бару қағидалары (бұдан әрі – Қағидалар) бару тәртібін айқындайды.",
])
def test_what_is_and_what_follows_are_no_duties(text):
    assert find_obligations(text) == []


def test_being_subject_to_an_act_is_a_duty():
    assert one("Шешім ресми жариялануға жатады.").modality == "obligation"


def test_a_glossary_item_lays_no_duty_but_a_sentence_after_it_may():
    # made-up: the verb in the last item's meaning closes no list of duties, nor is the
    # definition itself one; the sentence after a meaning is a duty of its own
    found = act_duties(
        "Қағидалар\n"
        "1. Осы Қағидаларда мынадай ұғымдар пайдаланылады:\n"
        "1) бейбіт жиналыс – азаматтар өткізетін жария іс-шара;\n"
        "2) хабарлама – жиналыс туралы алдын ала хабардар ету, ол жазбаша жүзеге асырылады;\n"
        "3) қатысушы – жиналысқа қатысатын азамат. Қатысушы қоғамдық тәртіпті сақтауға "
        "міндетті.\n"
        "2. Комиссия өтінішті қарайды.\n")
    assert [(o["unit"], o["modality"]) for o in found] == [
        ("main/para_1/subpara_3", "obligation"), ("main/para_2", "obligation")]
    # items that only look like terms, under a duty's chapeau closed by its verb, are duties
    found = act_duties(
        "Қағидалар\n"
        "1. Бағалау қызметінің нәтижелері бойынша:\n"
        "1) тоқсан қорытындысы бойынша (тоқсандық бағалау) – есептік тоқсаннан кейінгі айдың "
        "онынан кешіктірмей;\n"
        "2) жыл қорытындысы бойынша (жылдық бағалау) – жылдың жиырма бесінші желтоқсанынан "
        "кешіктірмей жүргізіледі.\n")
    assert [(o["unit"], o["modality"]) for o in found] == [
        ("main/para_1/subpara_1", "obligation"), ("main/para_1/subpara_2", "obligation")]
    # a list of what makes up an activity (`мыналар жатады:`) is no list of duties
    found = act_duties(
        "Қағидалар\n"
        "1. Жиналысты ұйымдастыруға мыналар жатады:\n"
        "1) қатысушыларды құлақтандыру;\n"
        "2) үгіттеуді жүргізу;\n"
        "3) қоғамдық тәртіпті қамтамасыз ету.\n")
    assert found == []


def test_reflexive_verbs_that_look_passive_keep_their_subject():
    assert one("Жұмыс тобы қажет болған жағдайда кезектесіп жиналады.").canonical == "Жұмыс тобы"
    found = one("Құжаттарды иеленушілер жағалауға шыққан кезде порттың қағидаларына бағынады.")
    assert found.actor is not None and "иеленушілер" in found.actor[0]


def test_a_list_of_bodies_sharing_one_possessed_head():
    text = ("Өтінішті кәсіпорын, ведомство, қоғамдық ұйымдар және шығармашылық одақтар "
            "басшылары ұсынады.")
    assert find_subject(text, text.index("ұсынады"))[0].endswith("одақтар басшылары")
    # three subjects, the last a compound: the first stays the head
    text = "Министрлік, комиссия және жұмыс тобы есеп береді."
    assert find_subject(text, text.index("есеп"))[0] == "Министрлік"


def test_laid_on_every_member_of_a_coordination():
    found = one("Жауапкершілік оқу орны бастығының көмекшісіне және еріп жүрушіге жүктеледі.")
    assert found.actor[0].endswith("бастығының көмекшісіне және еріп жүрушіге")


def test_having_and_rights_belong_to_the_genitive_possessor():
    found = one("Уәкілетті органның өкілі ретінде комиссия құрамына енгізу үшін кандидаттың "
                "жоғары заң білімі және кемінде 3 жыл тәжірибесі болуы тиіс.")
    assert found.actor[0] == "кандидаттың"
    found = one("Комиссия мүшелерінің ғана дауыс беру құқығы бар.")
    assert (found.modality, found.actor[0]) == ("permission", "Комиссия мүшелерінің")
    # the agent noun that opens a sentence is its subject
    assert one("Ұйымдастырушы мүдделер қақтығысының туындамауына бақылауды жүзеге "
               "асырады.").canonical == "Ұйымдастырушы"


@pytest.mark.parametrize("text", [
    # a passive describing a procedure: what is determined, what goes by a rule, a vote, a
    # budget (the samples' gold counts none; the dev gold marks them optional)
    "Отырыстарды өткізу орны мүшелердің уағдаластығы бойынша айқындалады.",
    "Кеңестің отырыстары Кеңес бекіткен регламентке сәйкес жүргізіледі.",
    "Кеңестің шешімдері мүшелерінің қарапайым көпшілік дауысымен қабылданады.",
    "Отырыстарды ұйымдастыру шығыстары бюджет есебінен жүзеге асырылады.",
])
def test_a_passive_that_describes_a_procedure_is_no_duty(text):
    assert find_obligations(text) == []


def test_the_form_an_agreements_amendments_take_is_no_duty():
    # made-up: an agreement's amendment clause (the samples' gold counts only the
    # permission; the dev gold marks the form optional)
    found = find_obligations("Осы Келісімге Тараптардың келісімі бойынша өзгерістер мен "
                             "толықтырулар енгізуге болады, олар жеке хаттамалармен ресімделеді.")
    assert [f.modality for f in found] == ["permission"]
    # what a body's decisions are formalized by stays a duty
    assert one("Комиссияның шешімдері хаттамамен ресімделеді.").modality == "obligation"
    # and so does a formalization a sentence after the amendments' permission
    found = find_obligations("Өзгерістер енгізілуі мүмкін. Комиссияның шешімдері хаттамамен "
                             "ресімделеді.")
    assert [f.modality for f in found] == ["permission", "obligation"]


def test_a_passive_with_a_deadline_stays_a_duty_whatever_its_manner():
    found = one("Хаттама регламентке сәйкес отырыстан кейін бес жұмыс күні ішінде жүргізіледі.")
    assert found.modality == "obligation"


def test_the_act_names_itself_through_a_long_name_but_not_through_a_compound():
    assert find_obligations(
        "Осы Шет мемлекеттермен қатынастарда сыртқы саяси бағытын жүргізуді қамтамасыз ету "
        "мақсатында халықаралық қызметін үйлестіруді жүзеге асыру қағидалары үйлестіру "
        "тәртібін айқындайды.") == []
    found = one("осы бұйрықты тіркегеннен кейін он күн ішінде Заң департаментіне мәліметтерді "
                "ұсынуды қамтамасыз етсін.")
    assert found.modality == "obligation"


def test_an_agent_noun_before_the_body_it_names_a_kind_of():
    text = ("Іссапар шығыстарын жіберуші мемлекеттік билік органдары және ұйымдар "
            "жүзеге асырады.")
    assert find_subject(text, text.index("жүзеге"))[0].startswith("жіберуші мемлекеттік")


def test_a_chapeau_of_areas_keeps_its_one_duty():
    text = ("1. Тараптар мынадай негізгі бағыттар бойынша ынтымақтастықты жүзеге асырады:\n"
            "шешімдерді әзірлеу;\n"
            "бағдарламаларды іске асыруды үйлестіру.\n"
            "2. Комиссия мынадай функцияларды жүзеге асырады:\n"
            "шешімдерді әзірлеу;\n"
            "бағдарламаларды іске асыруды үйлестіру.\n")
    duties = act_duties(text)
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_1", "obligation"),  # the areas of one duty
        ("main/para_2/indent_1", "obligation"), ("main/para_2/indent_2", "obligation")]


def test_a_list_opened_inside_a_point_ends_with_its_sentence_and_bears_its_verb():
    # made-up, in the shape of a maslikhat's burial rules: the point's own chapeau heads
    # paragraphs, one of which opens a list closed by `жол беріледі`
    text = ("12. Зираттарды абаттандыру:\n"
            "Жерлеуге бөлінген учаскенің шекарасында:\n"
            "ескерткіштер мен орындықтар орнатуға;\n"
            "қабір басында гүл отырғызуға жол беріледі.\n"
            "Зираттарды одан әрі күтіп-ұстауды жақын туысы қамтамасыз етеді.\n")
    duties = act_duties(text)
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_12/indent_2", "permission"), ("main/para_12/indent_3", "permission"),
        ("main/para_12/indent_4", "obligation")]


def test_a_formula_and_its_legend_are_one_duty_and_no_terms():
    # made-up methodology: `мұнда:` opens what the symbols stand for
    from helpers import norm

    import pipeline.extract as extract_stage
    from pipeline.segment import segment

    text = ("12. Қорытынды индекс мынадай формула бойынша есептеледі:\n"
            "W = (Q + R) / m,\n"
            "мұнда:\n"
            "W – барлық көрсеткіш бойынша елдегі прогрестің қорытынды индексі;\n"
            "Q – оң көрсеткіштің елдегі прогресінің индексі;\n"
            "m – көрсеткіштер саны.\n")
    normalized = norm(text)
    found = extract_stage.extract(segment(normalized), normalized.text)
    assert [(d["unit"], d["modality"]) for d in found.obligations] == [
        ("main/para_12", "obligation")]
    assert found.definitions == []


def test_a_list_of_cases_or_steps_keeps_the_chapeau_duty():
    # made-up rules: the items are the cases in which the chapeau's act is done, its steps
    duties = act_duties("13. Тәлімгерді ауыстыру басшының бұйрығымен мынадай жағдайларда "
                        "жүргізіледі:\n1) тәлімгерді жұмыстан шығару;\n"
                        "2) тәлімгерді лауазымнан босату.\n"
                        "14. Сарапшылар эсселерді мынадай тәртіппен бағалайды:\n"
                        "1) эсселерді кодтау;\n2) эсселерді плагиатқа тексеру.\n")
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_13", "obligation"), ("main/para_14", "obligation")]


def test_the_items_of_a_list_of_rights_are_permissions():
    # made-up regulation of a body: its rights, then its duties
    duties = act_duties("17. Тексеру комиссиясының құқықтары:\n"
                        "1) мемлекеттік органдардан құжаттаманы сұратады және алады;\n"
                        "2) сарапшыларды тартуға.\n"
                        "18. Тексеру комиссиясының міндеттері:\n1) аудит жүргізеді.\n")
    assert [(d["unit"], d["modality"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_17/subpara_1", "permission", "Тексеру комиссиясы"),
        ("main/para_17/subpara_2", "permission", "Тексеру комиссиясы"),
        ("main/para_18/subpara_1", "obligation", "Тексеру комиссиясы")]


@pytest.mark.parametrize("text", [
    "Көрсетілетін қызметті алушы жеке кабинетке хабарлама алады.",  # receives a notice
    "Төраға түсініктемелерді өзі белгілеген мерзімде алады.",  # receives in time
])
def test_a_noun_before_alady_is_no_ability(text):
    assert find_cue(text).modality == "obligation"


def test_a_chapeau_naming_its_items_subject_or_whose_powers_they_are():
    # made-up rules and regulation: a subject the lexicon does not know, the powers of a
    # body's head, and a ban addressed in the dative
    duties = act_duties("9. Тәлімгер:\n1) бейімдеу жоспарын жүзеге асырады;\n"
                        "2) әдістемелік көмек көрсетеді.\n"
                        "20. Мәслихат аппараты бірінші басшысының өкілеттігі:\n"
                        "1) мәслихат аппаратының қызметiне басшылық жасайды;\n"
                        "2) сенімхаттар береді.\n"
                        "21. Комиссияға кәсіпкерлік субъектілерімен шарттық қатынастарға "
                        "түсуге тыйым салынады.\n")
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_9/subpara_1", "Тәлімгер"), ("main/para_9/subpara_2", "Тәлімгер"),
        ("main/para_20/subpara_1", "аппараты бірінші басшысы"),
        ("main/para_20/subpara_2", "аппараты бірінші басшысы"),
        ("main/para_21", "Комиссия")]


def test_a_subject_before_a_participle_or_a_term_defined_after_the_object():
    # made-up: `жылжымайтын мүлікті` is the object, `Комиссия` its subject; the term a
    # parenthesis defines after the object is no subject
    (duty,) = find_obligations("Комиссия жылжымайтын мүлікті жария ету субъектілерінің "
                               "өтініштерін белгіленген тәртіппен тіркейді.")
    assert duty.canonical == "Комиссия"
    (duty,) = find_obligations(
        "Ішкі істер органының әрбір қызметкері хабарламалар келіп түскен кезде зорлық-"
        "зомбылықты жасаған адамды (бұдан әрі – зорлық-зомбылық жасаған адам) ішкі істер "
        "органына жеткізеді.")
    assert duty.canonical == "Ішкі істер органының әрбір қызметкері"
    # a noun's accusative that ends like a participle (`қызметін`) opens no subject
    assert find_subject("мемлекет қызметін қамтамасыз ету саласында зерттеулер жүргізу;",
                        60) is None


def test_a_time_inside_the_condition_is_no_deadline_of_the_duty():
    # made-up rules: the year dates the death that gives the right; the two months bound
    # the payment
    duties = act_duties("2. Қызметкер қызметтен босатылғаннан кейінгі бір жыл ішінде қаза "
                        "тапқан жағдайда өтемақыны қаржы бөлімшесі төлейді.\n"
                        "3. Қаржы бөлімшесі өтемақыны өтініш берген сәттен бастап екі ай "
                        "ішінде төлейді.\n")
    assert [(d["unit"], d["deadline"] and d["deadline"]["duration"]) for d in duties] == [
        ("main/para_2", None), ("main/para_3", "P2M")]


def test_the_act_registered_somewhere_is_the_subject_of_a_clause_of_time():
    # made-up order: `Осы бұйрық ... министрлігінде мемлекеттік тіркелгеннен кейін` says
    # when the department acts; the sub-point is its duty
    duties = act_duties("3. Заң департаменті:\n1) осы бұйрықты ресми жариялауды;\n"
                        "2) осы бұйрық Қазақстан Республикасы Әділет министрлігінде мемлекеттік "
                        "тіркелгеннен кейін он жұмыс күні ішінде мәліметтерді ұсынуды "
                        "қамтамасыз етсін.\n")
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/para_3/subpara_1", "Заң департаменті"),
        ("main/para_3/subpara_2", "Заң департаменті")]


def test_two_initials_in_a_row_end_no_sentence():
    # made-up: `(М.Т. Қабденов)`, `А.В. Кулиничке`: the duty keeps its whole sentence
    (duty,) = find_obligations("Министрліктің Заң департаменті (М.Т. Қабденов) осы бұйрықты "
                               "тіркеуді қамтамасыз етсін.")
    assert (duty.clause.text.startswith("Министрліктің"), duty.canonical) == (
        True, "Министрліктің Заң департаменті")
    (duty,) = find_obligations("Осы бұйрықтың орындалуын бақылау министрдің орынбасары "
                               "А.В. Кулиничке жүктелсін.")
    assert duty.clause.text.startswith("Осы бұйрықтың")


def test_an_item_that_says_what_is_takes_no_duty_from_the_list():
    # made-up agreement: under a chapeau whose last item closes with a ban, an item that
    # states a scope (`... қолданылмайды`) bears none; a manner of conduct (`... болады`) does
    duties = act_duties("2. Осы Келісімнің ережелері:\n"
                        "1) шетелдік кемелер үшін ашық емес порттарға қатысты қолданылмайды;\n"
                        "2) Тараптардың ұйымдары үшін каботажға қолданылмайды;\n"
                        "3) бір Тарапты өз қағидаларын екінші Тараптың кемелеріне қолдануға "
                        "міндеттемейді.\n"
                        "3. Тәлімгер:\n1) әріптестерімен сыпайы қарым-қатынаста болады;\n"
                        "2) бейімдеу жоспарын жүзеге асырады.\n")
    assert [(d["unit"], d["modality"]) for d in duties] == [
        ("main/para_2/subpara_3", "prohibition"),
        ("main/para_3/subpara_1", "obligation"), ("main/para_3/subpara_2", "obligation")]


def test_whose_right_a_sentence_denies_is_its_opening_genitive():
    # made-up law: the operator's right, however far `құқығы` stands from its owner
    (ban,) = find_obligations("Лотерея операторының лотереяны ұтқан қатысушы туралы "
                              "мәліметтерді жария етуге құқығы жоқ.")
    assert (ban.modality, ban.canonical) == ("prohibition", "Лотерея операторы")


def test_rules_that_name_themselves_and_say_what_they_set_are_no_duty():
    # made-up rules, in the shape of the first point of most: the act names itself (with
    # or without `Осы`) and says it was made under a law and what it sets out; an order
    # approving rules under its annex still enacts them
    for text in ("Осы «Жол жүру құжатын беру» мемлекеттік қызмет көрсету қағидалары (бұдан "
                 "әрі – Қағидалар) Заңның 10-бабына сәйкес әзірленді және мемлекеттік қызмет "
                 "көрсету тәртібін айқындайды.",
                 "Сауда алаңын таңдау қағидалары (бұдан әрі - Қағидалар) Заңның 74-бабына "
                 "сәйкес әзірленді, сот орындаушыларының палатасының алаңды таңдау тәртібін "
                 "белгілейді."):
        assert find_obligations(text) == []
    assert find_obligations("Адамдарға бақылауды жүзеге асыру жөніндегі осы нұсқаулық (бұдан "
                            "әрі – Нұсқаулық) адамдарды есепке алу тәртібін айқындайды.") == []
    # (another act named so, in an oblique case, leaves the body's duty alone)
    (duty,) = find_obligations("«Мемлекеттік қызмет туралы» Заңында (бұдан әрі – Заң) "
                               "белгіленген тәртіппен Министрлік талаптарды айқындайды.")
    assert duty.canonical == "Министрлік"
    (enacted,) = find_obligations("Осы бұйрыққа қосымшаға сәйкес «Үзінді көшірмені беру» "
                                  "мемлекеттік қызмет көрсету қағидалары бекітілсін.")
    assert enacted.modality == "obligation"


def test_a_verbs_agent_noun_after_its_dative_is_the_actor():
    # made-up law: `Лотереяға қатысушы` (a participant in the lottery) is who may act; a
    # noun's agent noun after a dative (`құрамына кеңесші дауыс`) still qualifies a noun
    (right,) = find_obligations("Лотереяға қатысушы лотерея операторының шешімдеріне "
                                "сотқа шағым жасауға құқылы.")
    assert (right.modality, right.canonical) == ("permission", "қатысушы")
    (may,) = find_obligations("Кеңес құрамына кеңесші дауыс құқығымен Кеңес хатшылығының "
                              "басшысы кіруі мүмкін.")
    assert may.canonical != "кеңесші"


def test_the_subject_of_a_relative_clause_is_not_the_actor():
    # made-up law and rules: the actor of a relative clause (`құрылтайшылары ... болып
    # табылатын`) stands before the head noun it qualifies, which is the subject
    (ban,) = find_obligations("Құрылтайшылары шетелдік ұйымдар болып табылатын заңды "
                              "тұлғалар лотерея операторы ретінде әрекет ете алмайды.")
    assert (ban.modality, ban.canonical) == ("prohibition", "тұлғалар")
    (duty,) = find_obligations("Іс басқармасы объект ісінің қорғалуын объектіге қызмет "
                               "көрсететін ұйымның бірінші басшысы ұйымдастырады.")
    assert duty.canonical == "ұйымның бірінші басшысы"
    # `кез келген Тарап` (any Party) is no relative clause; a comma ends a list's member
    (duty,) = find_obligations("Әрбір Тарап өз аумағында кез келген Тарап инвесторларының "
                               "инвестицияларына әділ режимді ұсынады.")
    assert duty.canonical == "Әрбір Тарап"


def test_a_relative_clause_is_no_part_of_the_actors_name():
    # made-up rules: `бағалау жүргізетін комиссия` is the commission; `көрсетілетін
    # қызметті алушы` (the service recipient) is one name, its participle qualifying `қызмет`
    (duty,) = find_obligations("Бағалау жүргізетін комиссия қорытындыны үш күн ішінде "
                               "жібереді.")
    assert duty.canonical == "комиссия"
    (duty,) = find_obligations("Көрсетілетін қызметті алушы өтінішті порталға жібереді.")
    assert duty.canonical == "Көрсетілетін қызметті алушы"
    (duty,) = find_obligations("Мәліметтерді көрсетілетін қызметті берушінің қызметкері "
                               "шлюз арқылы алады.")
    assert duty.canonical == "көрсетілетін қызметті берушінің қызметкері"
    # a word of a quoted title after a relative clause is no subject of the main clause
    (duty,) = find_obligations("Аумақтық мемлекеттік кірістер органы бұзушылық жасаған "
                               "тұлғаны «Әкімшілік құқық бұзушылық туралы» Кодекске сәйкес "
                               "жауапқа тарту шараларын қолданады.")
    assert duty.canonical == "Аумақтық мемлекеттік кірістер органы"


def test_an_items_own_subject_after_a_marked_object_overrides_the_chapeau():
    # made-up instruction: under `Ішкі істер органдары:`, `... мерзімін сот айқындайды`
    # names its own actor (object, subject, verb); `... органдар құрады` has a bare object
    context = UnitContext(chapeau_actor=("Ішкі істер органдары", "Ішкі істер органдары"))
    (duty,) = find_obligations("Құқық бұзушының бос уақытына шектеулер белгілеу мерзімін сот "
                               "айқындайды.", context)
    assert (duty.canonical, duty.from_chapeau) == ("сот", False)
    (duty,) = find_obligations("қажет болған жағдайда консультативтік органдар құрады.",
                               context)
    assert (duty.canonical, duty.from_chapeau) == ("Ішкі істер органдары", True)


def test_items_of_a_list_a_passive_verb_closes_have_no_actor():
    # made-up instruction: `Ол үшін: 1) ... өтініші; 2) ... қолдаухаты; 3) ... талап етіледі.`
    # the nouns of the items are what is required, nobody who acts
    text = ("14. Ол үшін:\n1) жәбірленушінің өтініші;\n"
            "2) ішкі істер органы бастығының не оның орынбасарының қолдаухаты;\n"
            "3) прокурордың санкциясы талап етіледі.\n")
    duties = act_duties(text)
    assert [(d["unit"], d["actor"]) for d in duties] == [
        ("main/para_14/subpara_1", None), ("main/para_14/subpara_2", None),
        ("main/para_14/subpara_3", None)]


def test_a_possessed_verbal_noun_may_and_a_procedure_with_its_times_is_a_duty():
    # made-up rules: `... шағым беруіне болады` (may appeal) is a permission like `беруге
    # болады`; `... тәртіппен және мерзімдерде жүзеге асырылады` sets times, so a duty, while
    # `... тәртіппен жүзеге асырылады` only says how a thing is done
    (may,) = find_obligations("Комиссия шешіміне өтініш иесі сотқа шағым беруіне болады.")
    assert (may.modality, may.cue) == ("permission", "беруіне болады")
    (duty,) = find_obligations("Өтініштерді қарау заңнамада белгіленген тәртіппен және "
                               "мерзімдерде жүзеге асырылады.")
    assert (duty.modality, duty.canonical) == ("obligation", None)
    assert find_obligations("Өтініштерді қарау заңнамада белгіленген тәртіппен жүзеге "
                            "асырылады.") == []


def test_the_sphere_an_office_is_for_is_part_of_its_name():
    # made-up law: two authorized bodies told apart by their spheres (`... саласындағы`,
    # `... жөніндегі`), which a verbal noun or an object inside them does not cut short
    (first,) = find_obligations("Органикалық өнім өндіру саласындағы уәкілетті орган тексеру "
                                "жүргізеді.")
    (second,) = find_obligations("Тұтынушылардың құқықтарын қорғау саласындағы уәкілетті орган "
                                 "бақылауды жүзеге асырады.")
    assert (first.canonical, second.canonical) == (
        "Органикалық өнім өндіру саласындағы уәкілетті орган",
        "Тұтынушылардың құқықтарын қорғау саласындағы уәкілетті орган")
    (duty,) = find_obligations("Министрлік және білім беру саласындағы уәкілетті орган есепті "
                               "ұсынады.")
    assert duty.canonical.startswith("білім беру саласындағы")


def test_a_duty_laid_on_a_dative_far_before_the_verb():
    # made-up decision: `... басқармасына <a long object> қамтамасыз ету міндеттелсін`
    (duty,) = find_obligations("Облыстық экология басқармасына Ертіс өзені қойнауы туралы "
                               "Ереженің орындалуын қамтамасыз ету міндеттелсін.")
    assert (duty.modality, duty.canonical) == ("obligation", "Облыстық экология басқармасы")


def test_a_sentence_after_a_glossary_items_definition_may_lay_a_duty():
    # made-up rules: the definition ends at `;` before a capital; the sentence after it is
    # a duty of its own (the sentence end must not be the chapeau's, which wants `.`)
    text = ("1. Осы Қағидаларда мынадай ұғымдар пайдаланылады:\n"
            "1) тәлімгер – тәжірибелі қызметкер; Тәлімгер жоспарды бір ай ішінде бекітеді.\n"
            "2) жоспар – бейімдеу жоспары.\n")
    assert [(d["unit"], d["cue"]) for d in act_duties(text)] == [
        ("main/para_1/subpara_1", "бекітеді")]


def test_a_resolution_bans_items_addressed_in_its_chapeau_for_the_time_it_sets():
    # made-up, in the shape of a government resolution's ban
    text = ("1. Квазимемлекеттік сектор субъектілеріне 3 жыл мерзімге:\n"
            "1) жеңіл автокөлік құралдарын;\n"
            "2) кеңсе жиһазын сатып алуға тыйым салу белгіленсін.\n")
    duties = act_duties(text)
    assert [(d["unit"], d["modality"], d["actor"]["canonical"], d["deadline"]["duration"])
            for d in duties] == [
        ("main/para_1/subpara_1", "prohibition", "Квазимемлекеттік сектор субъектілері", "P3Y"),
        ("main/para_1/subpara_2", "prohibition", "Квазимемлекеттік сектор субъектілері", "P3Y")]


def test_whose_competence_a_list_or_a_sentence_names_is_the_actor():
    # made-up: `X-тың өкілеттіктеріне: ... жатады`, `X-тың міндеттеріне ... кіреді`
    text = ("5-бап. Қордың өкілеттіктері\n"
            "Қордың өкілеттіктеріне:\n"
            "1) инвестициялық саясатты жүзеге асыру;\n"
            "2) филиалдар мен өкілдіктер құру жатады.\n"
            "6-бап. Төрағаның міндеттері\n"
            "Төрағаның міндеттеріне комиссия жұмысын ұйымдастыру және отырыстарды шақыру "
            "кіреді.\n")
    duties = act_duties(text)
    assert [(d["unit"], d["actor"]["canonical"]) for d in duties] == [
        ("main/art_5/subpara_1", "Қор"), ("main/art_5/subpara_2", "Қор"),
        ("main/art_6", "Төраға")]
    # a competence noun in another case names no holder: `міндеттерін атқарады`
    from pipeline.extract.obligations import competence_holder
    assert competence_holder("Қызметкер өз міндеттерін адал атқарады.") is None

