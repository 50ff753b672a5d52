"""The written shapes of Kazakh legal structure: labels, act types, stamps, formulas.

Kazakh is agglutinative, so keywords are matched by stem with any ending
(`қаулы`, `қаулысы`, `қаулысымен`, `Қаулысы`).
"""

from __future__ import annotations

import regex

I = regex.IGNORECASE  # noqa: E741 - a flag, as in the regex module itself
LANGUAGE = "kk"

# --- unit labels ---------------------------------------------------------------
# `1-бөлім`, `2-тарау. Heading` (also `2 – тарау.`, `2 тарау.`), `1-параграф`, `6-бап. Heading`,
# `5.` / `1.1.`, `8)`, `IV.`
PART = regex.compile(r"^(?P<num>\d+)\s*(?:[-–—]\s*)?бөлім\b\.?\s*(?P<rest>.*)$", I)
PART_WORDS = regex.compile(r"^(?P<name>ЖАЛПЫ|ЕРЕКШЕ)\s+БӨЛІМ\b\.?\s*(?P<rest>.*)$")
PART_WORD_KEYS = {"ЖАЛПЫ": "1", "ЕРЕКШЕ": "2"}  # the general part, the special part
CHAPTER = regex.compile(r"^(?P<num>\d+)\s*(?:[-–—]\s*)?тарау\b\.?\s*(?P<rest>.*)$", I)
SUBCHAPTER = regex.compile(r"^(?P<num>\d+)\s*(?:[-–—]\s*)?параграф\b\.?\s*(?P<rest>.*)$", I)
ARTICLE = regex.compile(r"^(?P<num>\d+(?:-\d+)?)\s*(?:[-–—]\s*)?бап\b\.?\s*(?P<rest>.*)$", I)
# `5.`, `1.1.`, and `5-1.`: a point inserted by an amendment between 5 and 6
# (a text may glue the label to its first word: `11.При назначении ...`)
POINT = regex.compile(
    r"^(?P<num>\d+(?:-\d+)?(?:\.\d+)*)\.(?:(?:\s+|(?=\p{Lu}\p{Ll}))(?P<rest>.*)|$)")
SUBPOINT = regex.compile(r"^(?P<num>\d+(?:-\d+)?)\)\s*(?P<rest>.*)$")
ROMAN_SECTION = regex.compile(r"^(?P<num>[IVXLC]+)\.\s+(?P<rest>.*)$")
# Any unit label at the start of a paragraph: `1.`, `1.1.`, `5-1.`, `8)`, `3-1)`, `5-бап`,
# `2-тарау`, `1 – тарау`, `1 тарау`, `1-бөлім`, `1-параграф`, `IV.`
LABEL_START = regex.compile(
    r"^(?:\d+(?:-\d+)?(?:\.\d+)*\.(?:\s|$|(?=(?-i:\p{Lu}\p{Ll})))|\d+(?:-\d+)?\)(?:\s|$)"
    r"|\d+\s*(?:[-–—]\s*)?(?:бап|тарау|бөлім|параграф)\b|(?-i:[IVXLC]+)\.\s)", I)
# editorial notes: the act's own `Ескерту.` and the legal register's `РҚАО-ның ескертпесі`
NOTE = regex.compile(
    r"^(?:Ескерту|ЕСКЕРТУ)\s*[.:]|^\(?РҚАО(?:-ның)?\s+ескерт(?:пе|у)", regex.IGNORECASE)

# --- act types ---------------------------------------------------------------
# stem (lower case) -> (act type, nominative Kazakh form)
ACT_TYPES: dict[str, tuple[str, str]] = {
    "қаулы": ("resolution", "қаулы"),
    "жарлы": ("decree", "жарлық"),
    "бұйры": ("order", "бұйрық"),
    "шешім": ("decision", "шешім"),
    "заң": ("law", "заң"),
    "кодекс": ("code", "кодекс"),
    "өкім": ("instruction", "өкім"),
    "ереже": ("rules", "ереже"),
    "қағида": ("rules", "қағидалар"),
    "келісім": ("agreement", "келісім"),
    "нұсқаулы": ("instruction", "нұсқаулық"),
    "бағдарлама": ("programme", "бағдарлама"),
    "жоспар": ("plan", "жоспар"),
    "тізбе": ("list", "тізбе"),
    "тәртіп": ("procedure", "тәртіп"),
    "тәртіб": ("procedure", "тәртіп"),
    "құрам": ("composition", "құрам"),
    "стандарт": ("standard", "стандарт"),
    "регламент": ("regulation", "регламент"),
    "хаттама": ("protocol", "хаттама"),
    "конвенция": ("convention", "конвенция"),
    "шарт": ("treaty", "шарт"),
    # what annexes are besides rules and agreements
    "нобай": ("sketch", "нобай"),
    "сипаттама": ("description", "сипаттама"),
    "нысан": ("form", "нысан"),
    "өтініш": ("form", "өтініш"),
    "журнал": ("form", "журнал"),
    "рұқсаттама": ("form", "рұқсаттама"),
    "кесте": ("form", "кесте"),
    "өзгеріс": ("amendments", "өзгерістер"),
    "толықтыру": ("amendments", "толықтырулар"),
}
# The act-type word in an act line: `... № 696-1 Қаулысы`, `... № 421 қаулысы`
ACT_WORD = regex.compile(
    r"\b(?P<word>(?:қаулы|жарлы[қғ]|бұйры[қғ]|шешім|заң|кодекс|өкім)\p{L}*)", I)
# The type word that closes a title: `... туралы ЕРЕЖЕ`, `... қағидалары`, `... келісім`
TITLE_TYPE_WORD = regex.compile(
    r"(?P<word>ереже|қағида|келісім|нұсқаулы|бағдарлама|жоспар|тізбе|тәртіб|тәртіп|құрам|"
    r"стандарт|регламент|хаттама|конвенция|шарт|нобай|сипаттама|өтініш|журнал|рұқсаттама|"
    r"кесте|өзгеріс|толықтыру)\p{L}*(?:\s+(?:мен|және)\s+\p{L}+)?\W*$", I)
# `... туралы ереже`, `«... аппараты» КММ Ережесі`, `... мекемесінің Ережесі` are the
# regulation of a body; `... беру Ережесі`, `... тіркеудің ережесі` are rules (of doing)
REGULATION_OF = regex.compile(
    r"(?:\bтуралы|(?<!у)(?:ның|нің|дың|дің|тың|тің)|»|\b[КР]?ММ)\s+ереже\p{L}*\W*$", I)
# the act naming itself in its text: `Осы Заң ...`, `осы қаулының`
SELF_REFERENCE = regex.compile(
    r"\bосы\s+(?P<word>(?:заң|кодекс|жарлы[қғ]|қаулы|бұйры[қғ]|шешім)\p{L}*)", I)
# only a law ratifies a treaty
RATIFIES = regex.compile(r"\bратификациялансын\b", I)
# a resolution the President signs is a decree
PRESIDENT_ROLE = regex.compile(r"Президенті")
# `Жарлығының жобасы`, `қаулысының жобасы`: the act names a draft of another act (group 1)
DRAFT_OF = regex.compile(r"(\p{L}+?)(?:ның|нің|дың|дің|тың|тің)\s+жобас", I)

# --- formulas, stamps, markers -------------------------------------------------
ENACTING = regex.compile(
    r"(?P<formula>ҚАУЛЫ\s+ЕТЕДІ|ҚАУЛЫ\s+ЕТЕМІН|ҚАУЛЫ\s+ЕТТІ|БҰЙЫРАМЫН|ШЕШІМ\s+ЕТТІ|"
    r"ШЕШІМ\s+ЕТЕДІ|ШЕШІМ\s+ЕТЕМІН|ШЕШІМ\s+ҚАБЫЛДАДЫ|ШЕШТІ|ҚАУЛЫ\s+ЕТЕДІ|"
    r"(?:төмендегілер\s+туралы\s+)?(?:келісті|уағдаласты))\s*:\s*$", I)
# a formula that concludes an agreement (`келісті:`, `уағдаласты:`)
AGREEMENT_FORMULA = regex.compile(r"КЕЛІСТІ|УАҒДАЛАСТЫ")
# formula -> act type it enacts
FORMULA_TYPES = {
    "ҚАУЛЫ ЕТЕДІ": "resolution", "ҚАУЛЫ ЕТТІ": "resolution", "ҚАУЛЫ ЕТЕМІН": "decree",
    "БҰЙЫРАМЫН": "order", "ШЕШІМ ЕТТІ": "decision", "ШЕШІМ ЕТЕДІ": "decision",
    "ШЕШІМ ЕТЕМІН": "decision", "ШЕШІМ ҚАБЫЛДАДЫ": "decision", "ШЕШТІ": "decision",
}
# A formula with a typo of the original (`Облыс Әкімі ШЕІШМ кабылдады:`): a word in capitals
# close to a formula word, an optional verb, a colon at the end of the preamble.
MISSPELT_FORMULA = regex.compile(
    r"(?P<formula>(?P<word>\p{Lu}{4,10})(?:\s+(?i:етеді|етті|етемін|[қк]абылдады))?)\s*:\s*$")
FORMULA_WORDS = {"ҚАУЛЫ": "resolution", "ШЕШІМ": "decision", "БҰЙЫРАМЫН": "order"}


def _edits(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, prev2[j - 2] + 1)
            cur.append(cost)
        prev2, prev = prev, cur
    return prev[-1]


def find_misspelt_formula(text: str, pattern: regex.Pattern,
                          words: dict[str, str]) -> tuple[regex.Match, str] | None:
    """A formula (`pattern`) whose word is a typo of one of `words`, and the type it enacts."""
    m = pattern.search(text)
    if not m:
        return None
    word = m.group("word")
    for known, act_type in words.items():
        if word != known and _edits(word, known) <= max(1, len(known) // 3):
            return m, act_type
    return None


def misspelt_formula(text: str) -> tuple[regex.Match, str] | None:
    """A formula whose word is a typo of `ҚАУЛЫ`, `ШЕШІМ`, `БҰЙЫРАМЫН`, and the type it enacts."""
    return find_misspelt_formula(text, MISSPELT_FORMULA, FORMULA_WORDS)
# `... қаулысымен бекітілген`, `... Жарлығымен БЕКІТІЛГЕН`, `... бұйрығымен мақұлданған`
# (not after `көрсетілген`, `аталған`, `осы`: `көрсетілген қаулымен бекітілген ережеде` in an
# amendment points back to an act named before, where a stamp names its issuer and date)
_ACT_WORD_STEM = r"(?:қаулы|жарлы[қғ]|бұйры[қғ]|шешім|өкім)"
_BACK_REFERENCE = r"\b(?:көрсетілген|аталған|осы)\s+"
# the legal register's mark of an amended point, closing its line (`... жүктелсін. <*>`)
_EDITORIAL = r"<\*{1,3}>"
EDITORIAL_MARK = regex.compile(r"\s*" + _EDITORIAL + r"\s*$")
APPROVAL = regex.compile(
    r"(?<!" + _BACK_REFERENCE + r")(?<!" + _BACK_REFERENCE + _ACT_WORD_STEM + r"\p{L}*\s+)"
    r"(?:(?P<act>" + _ACT_WORD_STEM + r"\p{L}*)\s+)?"
    r"(?:бекітілген|бекітілді|мақұлданған|мақұлданды)(?P<draft>\s+жоба)?[\s»\"'.]*"
    r"(?:" + _EDITORIAL + r"\s*)?$", I)
# a stamp headed by its approval word, as a word processor sets it (`«БЕКІТІЛГЕН»` /
# `Қазақстан Республикасы Үкіметінің` / `2002 жылғы 24 қаңтардағы N 97` / `қаулысымен`)
APPROVED_FIRST = regex.compile(
    r"^[«\"]?\s*(?:БЕКІТІЛГЕН|БЕКІТІЛДІ)[»\"]?\s+(?:\S+\s+){1,20}?"
    r"(?P<act>" + _ACT_WORD_STEM + r"\p{L}*мен)[\s.]*$", I)
ANNEX_HEADER = regex.compile(r"(?:^|\s)(?:\d+\s*-\s*)?қосымша[\s.]*$", I)
# an annex header that names the act it is attached to (`... 2020 жылғы 19 маусымдағы № 107
# бұйрығына 1-қосымша`): that act's date and number, where its own head gives none
ANNEX_OF = regex.compile(
    # (`... шешіміне № 1 қосымша`: the annex's number after a sign too)
    r"(?P<act>" + _ACT_WORD_STEM + r"\p{L}*)\s+(?:\d+\s*-\s*|[№N]\s*\d+\s+)?қосымша[\s.]*$", I)
# a stamp's note that another body agreed (`«КЕЛІСІЛДІ» ... министрлігі`): not the issuer
AGREED = regex.compile(r"^[«\"]?\s*(?:КЕЛІСІЛДІ|КЕЛІСІЛГЕН)\b", I)
DRAFT = regex.compile(r"^жоба\s*$", I)
FORM = regex.compile(r"^нысан\s*$", I)  # `Нысан`: the annex that follows is a form
# a signature: a role, then a name with initials at the end (`К. Мәсімов`, `Н.Назарбаев`)
# a surname is no genitive; set in capitals too (`Қ. ТОҚАЕВ`)
_SURNAME = (r"\p{Lu}(?:[\p{Ll}\-]+(?<!ның|нің|дың|дің|тың|тің)"
            r"|[\p{Lu}\-]+(?<!НЫҢ|НІҢ|ДЫҢ|ДІҢ|ТЫҢ|ТІҢ))")
SIGNATURE = regex.compile(
    r"^(?P<role>\p{Lu}[\p{L}\s.\-«»\"]*?)\s+"
    r"(?P<name>(?:\p{Lu}\.\s?){1,2}" + _SURNAME + r"|" + _SURNAME + r"\s(?:\p{Lu}\.\s?){1,2})"
    # the rest of a role set under a name that stands on its first line (`Премьер-Министрі`)
    r"(?:\s+(?P<role_end>(?:\p{Ll}[\p{L}\-]*\s+)*[\p{L}\-]*(?i:министр|президент|төраға|"
    r"әкім|басшы|хатшы|премьер|директор|бастығ|уәкіл)\p{L}{0,4}))?$")
# a signature with no name: a treaty's party (`Қазақстан Республикасының Үкіметі үшін`), or
# the head of state or government alone (`Қазақстан Республикасының Президенті`)
SIGNED_WITHOUT_NAME = regex.compile(
    r"^(?:\p{Lu}(?:[\p{L}\-«»\"]+\s+){0,7}\p{Lu}[\p{L}\-]*(?:ы|і|Ы|І)\s+(?:үшін|ҮШІН)"
    r"|(?:Қазақстан\s+Республикасының\s+)?"
    r"(?:Президенті|Премьер-Министрі|ПРЕЗИДЕНТІ|ПРЕМЬЕР-МИНИСТРІ"
    # (or the Prime Minister's deputy who signs for the Government)
    r"|(?i:Премьер-Министрінің\s+(?:бірінші[\s\-]+)?орынбасары))"
    # a maslikhat's session chairman and secretary sign by office, often without names
    r"|(?:\p{L}+\s+){0,2}(?i:мәслихат(?:тың|ының))\s+(?:[\p{L}IVXІ]+\s+){0,3}?"
    r"(?i:сессиясының\s+төрағасы|хатшысы))$")
# a person's name as signed: initials then surname, or surname then initials
PERSON_NAME = regex.compile(
    r"(?:\p{Lu}\.\s?){1,2}" + _SURNAME + r"|" + _SURNAME + r"\s(?:\p{Lu}\.\s?){1,2}")
# the office in a signature, by stem: `Министр`, `Премьер-Министрі`, `әкімі`, `Төраға`
SIGNATURE_ROLE = regex.compile(
    r"(министр|президент|төраға|әкім|басшы|хатшы|премьер|депутат|директор|бастығ|уәкіл|"
    r"ректор|прокурор|судья|бас\s+мемлекеттік|басқарушы|меңгеруші)", I)

# what a stamp is made of, read from its last line (`... қаулысымен бекітілген`) back;
# a Russian stamp opens with its approval words (`УТВЕРЖДЕНЫ постановлением ...`)
STAMP_OPENS = False
# the rest of a signature's role, set on a line of its own under the name (`Қазақстан
# Республикасы Президенті    М. Ахметова` / `Іс Басқарушысының міндетін атқарушы`)
ROLE_GOES_ON = regex.compile(
    r"^\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}\s+(?:міндетін\s+атқарушы|орынбасары)$"
    r"|^(?:[\p{L}\-]+\s+){0,3}[\p{L}\-]*(?i:министрі|басшысы|басқарушысы|төрағасы|әкімі|"
    r"хатшысы|директоры|бастығы|уәкілі|президенті)$")
# place, date or number lines under a signature (`Астана, Ақорда, 2012 жылғы 5 мамыр, № 5`)
SIGN_OFF = regex.compile(r"^(?:[\p{L}\-]+,\s*)?(?:[\p{L}\s]+,\s*)?"
                         r"(?:(?:19|20)\d\d\s*жылғы.*|№\s*\S+|[\p{Lu}][\p{Ll}]+,\s+[\p{L}\s]+)$")

# --- a component's head ---------------------------------------------------------
GENITIVE_END = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$", I)
# a title says what it is about: `... туралы`; it is never an act line
TITLE_WORD = regex.compile(r"\bтуралы\b", I)
# `... бекіту туралы Қазақстан Республикасы ... № 175 бұйрығы`: a title, then its act line
TITLE_THEN_ACT = regex.compile(r"^(?P<title>.+?\bтуралы)\s+(?P<act>\S.*)$", I)
# a short act line that names its issuer: a genitive before the type word
NAMED_ACT_LINE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)\s+\S", I)
# where a preamble ends and the issuer's name begins, before the enacting formula
PREAMBLE_END = regex.compile(
    r"(?:\bсәйкес|\bнегізінде|\bмақсатында|\bорай|\bбайланысты|\bорындау\s+үшін|,)\s+", I)
PREAMBLE_WORDS = regex.compile(
    r"\b(?:сәйкес|негізінде|мақсатында|орай|байланысты|орындау\s+үшін)\b", I)

# --- paragraphs of a text without geometry (normalize.paragraphs) ----------------
# a line that ends in these wants the next line: a genitive its noun
WANTS_MORE = GENITIVE_END
# a line that stops short mid-sentence ends its paragraph (extracted text without geometry)
SHORT_LINE_ENDS = True
# a line that starts a preamble: never the rest of a title (Russian; a Kazakh preamble
# is told by its end, `... сәйкес`)
PREAMBLE_START = regex.compile(r"(?!)")
# a label followed by the noun of a unit is a reference running on from the line before
REFERENCE_AFTER_LABEL = regex.compile(
    r"^\S+\s+(?:(?:және|немесе|не|мен)\b|(?:тармақ|бап|абзац|тарау|бөлім|параграф|қосымша)\p{L}*)",
    I)
# a finite verb in the present (`болады`, `береді`): the end of a Kazakh sentence
FINITE_VERB = regex.compile(r"\p{L}{2,}(?:ады|еді)$")
# a provision's end: a finite verb or a jussive and its period (`... қолданысқа енгізіледі.`,
# `... тоқтатыла тұрсын.`); a heading does not end so
PROVISION_END = regex.compile(r"\p{L}{2,}(?:ады|еді|йды|йді|сын|сін)\.$")
# a title ends in `туралы` or in the type of the document it is (`... қағидалары`)
TITLE_END = regex.compile(
    r"(?:\bтуралы|\bжөнінде|ереже\p{L}*|қағида\p{L}*|нұсқаулы\p{L}*|стандарт\p{L}*|тәртіб\p{L}*|"
    r"тәртіп\p{L}*|келісім\p{L}*|регламент\p{L}*|бағдарлама\p{L}*|жоспар\p{L}*|тізбе\p{L}*|"
    r"құрам\p{L}*|хаттама\p{L}*|өтініш\p{L}*|журнал\p{L}*|нобай\p{L}*|сипаттама\p{L}*|"
    r"толықтырулар|өзгерістер)(?<!ның|нің|дың|дің|тың|тің)$", I)
# a head line that stands alone: the act line (`... № 213 ҚАУЛЫСЫ`), a date and number line
HEAD_LINE = regex.compile(
    r"(?:қаулысы|бұйрығы|шешімі|жарлығы|заңы|\d{4}\s*жылғы\s+\d{1,2}\s+\p{L}+\s*(?:№|N)\s*\S+)$", I)
# who approves or agrees to a form, above it
APPROVED = regex.compile(r"(?:БЕКІТЕМІН|БЕКІТІЛГЕН|КЕЛІСІЛДІ)[»\"]?\s*$")
# a marker that opens a head: approval, agreement, draft, form
STAMP_TOP = regex.compile(r"^[«\"]?(?:БЕКІТЕМІН|БЕКІТІЛГЕН|КЕЛІСІЛДІ|Жоба|Нысан)\b[»\"]?", I)
# whom a form is addressed to, above its fields and its title (the Kazakh forms' addressee
# lines are told by their blanks: `Кімге______`)
FORM_ADDRESSEE = regex.compile(r"(?!)")
# what a form asks to fill in: blanks, `Т.А.Ә.`, `(бар болған жағдайда)`
BLANKS = regex.compile(r"_{3,}|Т\.\s?А\s?\.\s?Ә|бар\s+болған\s+жағдайда|\b(?:ЖСН|БСН|СТН)\b|"
                       r"телефон\s+нөмірі|тегі,\s+аты")

# where an act was made, under its header: `Астана, Үкімет Үйі`, `Алматы қаласы`
PLACE = regex.compile(
    r"^(?:Астана|Алматы|Нұр-Сұлтан|Шымкент|Ақмола)(?:\s+қаласы)?(?:,\s*[\p{Lu}][\p{L}\s]*)?\.?$")

# --- dates and numbers ---------------------------------------------------------
MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    "қыркүйег": 9,  # `11 қыркүйегі`: the final consonant voiced before a vowel
}
_MONTH = "(?P<month>" + "|".join(MONTHS) + r")\p{L}*"
# `2012 жылғы 29 мамырдағы`, `2012 жылғы 29 мамыр`, `2012 ж. 29 мамыр`, `2016 жылғы «27» қаңтар`
DATE_YMD = regex.compile(
    r"(?P<year>(?:19|20)\d\d)\s*(?:жылғы|жыл|ж\.)\s*[«\"]?(?P<day>\d{1,2})[»\"]?\s*" + _MONTH, I)
# `29 мамыр 2012 жыл`
DATE_DMY = regex.compile(r"(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)", I)
# `29.05.2012`
DATE_NUMERIC = regex.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b")
# `№ 696-1`, `N 58`, `№ 13/139`, `№ ҚР ДСМ-175/2020`, `N 399-VI`: upper-case and digit tokens
_NUMBER_TOKEN = r"[\p{Lu}\d][\p{Lu}\d\-/.]*(?![\p{Ll}])"
NUMBER = regex.compile(
    r"(?:№|\bN)\s*(?P<number>(?=[^\s]*\d|\S+\s+\S*\d)" + _NUMBER_TOKEN
    + r"(?:\s" + _NUMBER_TOKEN + r")*)")
