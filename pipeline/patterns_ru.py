"""The written shapes of Russian legal structure: labels, act types, stamps, formulas.

The Russian table of `patterns` (the Kazakh one): the same names, read through
`languages.patterns_for("ru")`. Russian inflects by endings on a stem
(`постановление`, `постановлением`, `Правил`, `Правилам`), so type words are
matched by stem; and its word order differs where it matters: a label opens
with its noun (`Глава 2.`, `Статья 6.`), a title with its subject (`Об
утверждении ...`), a stamp with its approval words (`УТВЕРЖДЕНЫ постановлением
Правительства ... от 28 марта 2019 года № 149`) and an annex header with its
number (`Приложение 1 к Правилам ...`).
"""

from __future__ import annotations

import regex

from .patterns import (  # noqa: F401 - part of this table: numbering and numbers are shared
    DATE_NUMERIC,
    NUMBER,
    POINT,
    ROMAN_SECTION,
    SUBPOINT,
    find_misspelt_formula,
)

I = regex.IGNORECASE  # noqa: E741 - a flag, as in the regex module itself
LANGUAGE = "ru"
NEVER = regex.compile(r"(?!)")  # a shape Russian does not have

# --- unit labels ---------------------------------------------------------------
# `Раздел 1.`, `Глава 2. Heading`, `Параграф 1.`, `Статья 6. Heading`, `Статья 6-1.`
PART = regex.compile(r"^Раздел\s+(?P<num>\d+)\b\.?\s*(?P<rest>.*)$", I)
PART_WORDS = regex.compile(r"^(?P<name>ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ\b\.?\s*(?P<rest>.*)$")
PART_WORD_KEYS = {"ОБЩАЯ": "1", "ОСОБЕННАЯ": "2"}
CHAPTER = regex.compile(r"^Глава\s+(?P<num>\d+)\b\.?\s*(?P<rest>.*)$", I)
SUBCHAPTER = regex.compile(r"^Параграф\s+(?P<num>\d+)\b\.?\s*(?P<rest>.*)$", I)
ARTICLE = regex.compile(r"^Статья\s+(?P<num>\d+(?:-\d+)?)\b\.?\s*(?P<rest>.*)$", I)
LABEL_START = regex.compile(
    r"^(?:\d+(?:-\d+)?(?:\.\d+)*\.(?:\s|$|(?=(?-i:\p{Lu}\p{Ll})))|\d+(?:-\d+)?\)(?:\s|$)"
    r"|(?:Статья|Глава|Раздел|Параграф)\s+\d+\b|(?-i:[IVXLC]+)\.\s)", I)
# editorial notes: `Сноска.` and the register's `Примечание ИЗПИ!` / `Примечание РЦПИ!`
NOTE = regex.compile(r"^(?:Сноска\s*[.:]|Примечание\s+(?:ИЗПИ|РЦПИ)\b)", I)

# --- act types ---------------------------------------------------------------
# stem (lower case) -> (act type, the type's Kazakh name, as `act_type_kk` holds it)
ACT_TYPES: dict[str, tuple[str, str]] = {
    "постановлени": ("resolution", "қаулы"),
    "указ": ("decree", "жарлық"),
    "приказ": ("order", "бұйрық"),
    "решени": ("decision", "шешім"),
    "закон": ("law", "заң"),
    "кодекс": ("code", "кодекс"),
    "распоряжени": ("instruction", "өкім"),
    "положени": ("regulation", "ереже"),
    "правил": ("rules", "қағидалар"),
    "соглашени": ("agreement", "келісім"),
    "инструкци": ("instruction", "нұсқаулық"),
    "программ": ("programme", "бағдарлама"),
    "план": ("plan", "жоспар"),
    "перечень": ("list", "тізбе"),
    "перечн": ("list", "тізбе"),
    "порядок": ("procedure", "тәртіп"),
    "порядк": ("procedure", "тәртіп"),
    "состав": ("composition", "құрам"),
    "стандарт": ("standard", "стандарт"),
    "регламент": ("regulation", "регламент"),
    "протокол": ("protocol", "хаттама"),
    "конвенци": ("convention", "конвенция"),
    "договор": ("treaty", "шарт"),
    # what annexes are besides rules and agreements
    "эскиз": ("sketch", "нобай"),
    "описани": ("description", "сипаттама"),
    "форм": ("form", "нысан"),
    "заявлени": ("form", "өтініш"),
    "журнал": ("form", "журнал"),
    "пропуск": ("form", "рұқсаттама"),
    "график": ("form", "кесте"),
    "таблиц": ("form", "кесте"),
    "изменени": ("amendments", "өзгерістер"),
    "дополнени": ("amendments", "толықтырулар"),
}
_ACT = (r"(?:постановлени[еяюи]|постановлением|указ(?:а|ом|у|е)?|приказ(?:а|ом|у|е)?"
        r"|решени(?:е|я|ем|ю|и)|закон(?:а|ом|у|е)?|кодекс(?:а|ом|у|е)?"
        r"|распоряжени(?:е|я|ем|ю|и))")
# The act-type word in an act line: `ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА ...`, `... № 149 приказом`
ACT_WORD = regex.compile(r"\b(?P<word>" + _ACT + r")\b", I)
# The type word that opens a title, after at most one adjective: `Правила ...`,
# `Положение об ...`, `Разовый пропуск`, `Типовые правила ...`
TITLE_TYPE_WORD = regex.compile(
    r"^(?:\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+)?"
    r"(?P<word>(?:правил|положени|соглашени|инструкци|программ|план|перечень|перечн|порядок|"
    r"порядк|состав|стандарт|регламент|протокол|конвенци|договор|эскиз|описани|форм|"
    r"заявлени|журнал|пропуск|график|таблиц|изменени|дополнени)\p{L}*)\b", I)
REGULATION_OF = NEVER  # `Положение о ...` is a regulation by its type word already
# the act naming itself in its text: `Настоящий Закон ...`, `настоящего постановления`
SELF_REFERENCE = regex.compile(r"\bнастоящ\p{L}*\s+(?P<word>" + _ACT + r")\b", I)
# only a law ratifies a treaty
RATIFIES = regex.compile(r"\bратифицировать\b", I)
PRESIDENT_ROLE = regex.compile(r"\bПрезидент\b")
# `проект Указа ...`, `проекта постановления`: the act names a draft of another act (group 1)
DRAFT_OF = regex.compile(r"\bпроект\p{L}*\s+(" + _ACT + r")\b", I)

# --- formulas, stamps, markers -------------------------------------------------
ENACTING = regex.compile(
    r"(?P<formula>ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮ|ПРИКАЗЫВАЮ|РЕШИЛ[АИО]?|РЕШАЕТ|ПОСТАНОВИЛ[АИО]?|"
    r"(?:о\s+нижеследующем\s+)?(?:договорились|согласились))\s*:\s*$", I)
FORMULA_TYPES = {
    "ПОСТАНОВЛЯЕТ": "resolution", "ПОСТАНОВИЛ": "resolution", "ПОСТАНОВИЛО": "resolution",
    "ПОСТАНОВИЛА": "resolution", "ПОСТАНОВИЛИ": "resolution", "ПОСТАНОВЛЯЮ": "decree",
    "ПРИКАЗЫВАЮ": "order", "РЕШИЛ": "decision", "РЕШИЛО": "decision", "РЕШИЛА": "decision",
    "РЕШИЛИ": "decision", "РЕШАЕТ": "decision",
}
AGREEMENT_FORMULA = regex.compile(r"ДОГОВОРИЛИСЬ|СОГЛАСИЛИСЬ")
# A formula with a typo of the original (`ПОСТАНОВЛЯТ:`): a word in capitals close to a
# formula word, a colon at the end of the preamble.
MISSPELT_FORMULA = regex.compile(r"(?P<formula>(?P<word>\p{Lu}{5,14}))\s*:\s*$")
FORMULA_WORDS = {"ПОСТАНОВЛЯЕТ": "resolution", "ПРИКАЗЫВАЮ": "order", "РЕШИЛ": "decision"}


def misspelt_formula(text: str) -> tuple[regex.Match, str] | None:
    """A formula whose word is a typo of `ПОСТАНОВЛЯЕТ`, `ПРИКАЗЫВАЮ`, `РЕШИЛ`, and its type."""
    return find_misspelt_formula(text, MISSPELT_FORMULA, FORMULA_WORDS)


# `УТВЕРЖДЕНЫ постановлением Правительства ... № 149`, `Утвержден приказом ...`,
# `ОДОБРЕН ... ПРОЕКТ`; after an agreement stamp it shares a block with
# (`«СОГЛАСОВАНО» Министерство финансов ... Утвержден приказом ...`)
# the approval words stand alone (`УТВЕРЖДЕН`) or are followed by the approving act: a
# sentence that only starts with them (`Утверждена программа ...`) is no stamp
APPROVAL = regex.compile(
    r"^(?:[«\"]?СОГЛАСОВАН[АОЫ]?\b[»\"]?.*?\s)?[«\"]?(?:УТВЕРЖДЕН|ОДОБРЕН)[АОЫ]?\b[»\"]?"
    r"(?:\s+(?P<act>" + _ACT + r")\b(?:.*?(?P<draft>\s+проект))?|\s*$)", I)
# `Приложение 1`, `Приложение 1 к Правилам ...`, `Приложение к постановлению ...`
ANNEX_HEADER = regex.compile(
    r"^[«\"]?Приложение(?:\s*№?\s*\d+(?:-\d+)?)?\b[»\"]?(?:\s+к\s.*)?(?<![.;:,])$", I)
# a signature with no name: a treaty's party (`За Правительство Республики Казахстан`), or
# the head of state or government alone (`Президент Республики Казахстан`)
SIGNED_WITHOUT_NAME = regex.compile(
    r"^(?:(?i:за)\s+\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-«»\"]+){0,7}"
    r"|(?i:(?:Президент|Премьер-Министр|(?:Первый\s+)?заместитель\s+Премьер-Министра)"
    r"(?:\s+Республики\s+Казахстан)?))$")
# an annex header that names the act it is attached to (`Приложение 1 к постановлению
# Правительства ... от 15 января 2021 года № 9`)
ANNEX_OF = regex.compile(
    r"^[«\"]?Приложение(?:\s*№?\s*\d+(?:-\d+)?)?\s+к\s+(?P<act>" + _ACT + r")\b", I)
# a stamp headed by its approval word: Russian stamps open with it, APPROVAL reads them
APPROVED_FIRST = NEVER
# a stamp's note that another body agreed (`«СОГЛАСОВАНО» Министерство ...`): not the issuer
AGREED = regex.compile(r"^[«\"]?\s*СОГЛАСОВАН[АОЫ]?\b", I)
DRAFT = regex.compile(r"^проект\s*$", I)
FORM = regex.compile(r"^форма\s*$", I)  # `Форма`: the annex that follows is a form
STAMP_OPENS = True
# a signature: a role, then a name with initials at the end (`А. Мамин`, `Мамин А.У.`)
# set in capitals too (`К. ТОКАЕВ`); `Казахстан` ends a role (`... Республики Казахстан М.
# Акимжанова`), it is no surname before initials
_SURNAME = r"(?!Казахстан\b)\p{Lu}(?:[\p{Ll}\-]+|[\p{Lu}\-]+)"
SIGNATURE = regex.compile(
    r"^(?P<role>\p{Lu}[\p{L}\s.\-«»\"]*?)\s+"
    r"(?P<name>(?:\p{Lu}\.\s?){1,2}" + _SURNAME + r"|" + _SURNAME + r"\s(?:\p{Lu}\.\s?){1,2})"
    # the rest of a role set under a name that stands on its first line
    r"(?:\s+(?P<role_end>(?:\p{Ll}[\p{L}\-]*\s+)*[\p{L}\-]*(?i:министр|президент|председател|"
    r"аким|руководител|секретар|премьер|директор|начальник|уполномоченн)\p{L}{0,4}))?$")
PERSON_NAME = regex.compile(
    r"(?:\p{Lu}\.\s?){1,2}" + _SURNAME + r"|" + _SURNAME + r"\s(?:\p{Lu}\.\s?){1,2}")
# the office in a signature, by stem: `Министр`, `Премьер-Министр`, `Аким`, `Председатель`
SIGNATURE_ROLE = regex.compile(
    r"(министр|президент|председател|аким|руководител|секретар|премьер|депутат|директор|"
    r"начальник|уполномоченн|ректор|прокурор|судья|управляющ|главн\p{L}*\s+государственн)", I)
# the rest of a signature's role, set on a line of its own under the name (`Исполняющий
# обязанности Управляющего Делами М. Ахметова` / `Президента Республики Казахстан`)
ROLE_GOES_ON = regex.compile(
    r"^(?:Президента|Премьер-Министра|Министра|Министерства|Правительства|Управления|"
    r"Управляющего|Председателя|Агентства|Комитета|Службы|Администрации|Канцелярии|Аппарата|"
    r"Делами)(?:\s+[\p{L}\-]+){0,6}\s+Республики\s+Казахстан$"
    # the last word of a role wrapped in its table cell (`Министр юстиции Республики` /
    # `М. Бекетаев` / `Казахстан`)
    r"|^(?:Республики\s+)?Казахстан$")
# place, date or number lines under a signature (`город Астана, 5 мая 2012 года, № 5`)
SIGN_OFF = regex.compile(
    r"^(?:город\s+)?(?:[\p{L}\-]+,\s*)?(?:[\p{L}\s]+,\s*)?"
    r"(?:(?:от\s+)?«?\d{1,2}»?\s+\p{L}+\s+(?:19|20)\d\d\s*(?:года|г\.).*|№\s*\S+"
    r"|[\p{Lu}][\p{Ll}]+,\s+[\p{L}\s]+)$")
# where an act was made, under its header: `Астана, Акорда`, `город Алматы`
PLACE = regex.compile(
    r"^(?:город\s+)?(?:Астана|Алматы|Нур-Султан|Шымкент|Акмола)(?:,\s*[\p{Lu}][\p{L}\s]*)?\.?$")

# --- dates and numbers ---------------------------------------------------------
MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH = (r"(?P<month>январ|феврал|март|апрел|ма(?=[йяе])|июн|июл|август|сентябр|октябр|ноябр"
          r"|декабр)\p{L}*")
DATE_YMD = NEVER  # Russian writes the day first
# `28 марта 2019 года`, `«28» марта 2019 г.`
DATE_DMY = regex.compile(r"«?(?P<day>\d{1,2})»?\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)", I)

# --- a component's head ---------------------------------------------------------
GENITIVE_END = NEVER  # a Kazakh cue (a genitive wants its noun); Russian has WANTS_MORE
# a title says what it is about: `Об утверждении ...`, `О мерах ...`; never an act line
TITLE_WORD = regex.compile(r"^(?:О|Об|Обо)\s", I)
TITLE_THEN_ACT = NEVER  # a Russian act line stands before its title
# a short act line that names its issuer: the type word, then the issuer in capitals
NAMED_ACT_LINE = regex.compile(r"^(?i:" + _ACT + r")\s+\p{Lu}")
# where a preamble ends and the issuer's name begins, before the enacting formula
PREAMBLE_END = regex.compile(r"[,»)]\s+")
PREAMBLE_WORDS = regex.compile(
    r"\b(?:в\s+соответствии|на\s+основании|во\s+исполнение|в\s+целях|руководствуясь)\b", I)

# --- paragraphs of a text without geometry (normalize.paragraphs) ----------------
# a line that ends in a preposition or a conjunction wants the next line
WANTS_MORE = regex.compile(
    r"(?:^|\s)(?:в|во|на|с|со|о|об|по|к|ко|и|или|а|от|до|для|при|за|из|у|без|под|над|что)$", I)
# names and nouns of state are capitalised inside Russian sentences: a line that stops short
# mid-sentence before a capital does not end its paragraph; its punctuation does
SHORT_LINE_ENDS = False
# a line that starts a preamble ends the title above it
PREAMBLE_START = regex.compile(
    r"^(?:В\s+соответствии|На\s+основании|Во\s+исполнение|В\s+целях|Руководствуясь|"
    # a law's preamble speaks of the act itself: `Настоящий Закон регулирует ...`
    r"Настоящ(?:ий|ая|ее)\s+(?:Закон|Кодекс|Указ|постановление|приказ|решение)\p{L}*)\b")
# a label followed by the noun of a unit is a reference running on from the line before
REFERENCE_AFTER_LABEL = regex.compile(
    r"^\S+\s+(?:(?:и|или)\b|(?:пункт|подпункт|стать|глав|раздел|параграф|приложени|част|"
    r"абзац)\p{L}*)", I)
FINITE_VERB = NEVER  # a Kazakh cue: the verb ends the sentence
PROVISION_END = NEVER  # (a Russian verb stands inside its sentence)
TITLE_END = NEVER  # a Russian title is ended by what follows it (a preamble, a label)
# a head line that stands alone: the act line, a date and number line
HEAD_LINE = regex.compile(
    r"(?:^(?i:постановление|приказ|указ|решение|распоряжение|закон)(?:\s+\p{Lu}\S*)*"
    r"|\d{1,2}\s+\p{L}+\s+\d{4}\s*(?:года|г\.)\s*(?:№|N)\s*\S+)$")
APPROVED = regex.compile(r"(?:УТВЕРЖДАЮ|УТВЕРЖДЕН[АОЫ]?|СОГЛАСОВАН[АОЫ]?)[»\"]?\s*$")
STAMP_TOP = regex.compile(
    r"^[«\"]?(?:УТВЕРЖДАЮ|УТВЕРЖДЕН[АОЫ]?|СОГЛАСОВАН[АОЫ]?|Проект|Форма)\b[»\"]?", I)
# whom a form is addressed to, in the dative, above its fields and its title
# (`Начальнику специального учебного заведения`, `Председателю комиссии`, `Акиму района`)
FORM_ADDRESSEE = regex.compile(r"^\p{Lu}\p{Ll}+(?:у|ю)\s+\p{Ll}")
# what a form asks to fill in: blanks, `Ф.И.О.`, `(при его наличии)`, `ИИН`
BLANKS = regex.compile(r"_{3,}|Ф\.\s?И\.\s?О|при\s+(?:его\s+)?наличии|\b(?:ИИН|БИН)\b|"
                       r"номер\s+(?:сотового\s+)?телефона")
