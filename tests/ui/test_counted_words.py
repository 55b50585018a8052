"""Sentences with a count read right whatever the count: Russian, French and Spanish put a noun after a number in
a form that depends on the number ("1 файл", "21 вопроса", "0 question"), and these sentences have one form for
every count. Each is written so that no noun follows the number ("Отвечено вопросов: 1 из 21")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from omnibus.ui.i18n import Translations
from omnibus.ui.refusal_text import fill

# Each sentence, with the placeholders that are counts and the least count each can show (a text refused for its
# length has at least two characters); the other placeholders are filled with a number that needs no agreement.
COUNTED = [
    ("ReviewPage", "%1 of %2 questions answered (%3 %).", {1: 0, 2: 2}),
    ("ExportPage", "%1 of %2 questions answered (%3 %).", {1: 0, 2: 2}),
    ("Navigator", "%1 percent answered", {1: 0}),
    ("LongTextWidget", "%1 of %2 characters", {1: 0, 2: 2}),
    ("AttachmentWidget", "%1 bytes", {1: 0}),
    ("Refusals", "This text is %1 characters long; at most %2 are allowed.", {1: 2}),
    ("Refusals", "The comment is %1 characters long; at most %2 are allowed.", {1: 2}),
    ("Refusals", "At most %1 citations are allowed (now %2).", {1: 1}),
    ("Refusals", "At least %1 citations are needed (now %2).", {1: 1}),
    ("Refusals", "At most %1 files are allowed (now %2).", {1: 1}),
    ("Refusals", "At most %1 rows are allowed (now %2).", {1: 1}),
    ("Refusals", "At least %1 rows are needed (now %2).", {1: 1}),
    (
        "ServiceRefusals",
        "the assessment cannot be made final yet: %1 required questions are unanswered and %2 other "
        "problems are to be fixed",
        {1: 1, 2: 0},
    ),
    (
        "TrainingMenu",
        "Remove the %1 training assessments from this laptop? A backup of the database is made first.",
        {1: 1},
    ),
    ("TrainingMenu", "The %1 real assessments and the signing key stay untouched.", {1: 0}),
    ("TrainingMenu", "%1 training assessments removed.", {1: 1}),
    ("AssessmentView", "%1 — kept as a draft (and %2 more)", {2: 1}),
]
OTHER = "7"

# The counts that take a singular (or, in Russian, another case) and the plural nouns that must not follow them.
SINGULAR_COUNTS = {"ru": ("1", "21"), "fr": ("0", "1"), "es": ("1",)}
PLURAL_NOUNS = {
    "ru": "вопросов|процентов|символов|знаков|байт|ссылок|файлов|строк|оценок",
    "fr": "questions|caractères|octets|références|fichiers|lignes|évaluations|autres|problèmes",
    "es": "preguntas|caracteres|bytes|referencias|archivos|filas|evaluaciones|otros",
}


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
def test_no_plural_noun_follows_a_count_that_wants_another_form(qapp, lang):
    translations = Translations(qapp)
    wrong = re.compile(rf"(?<!\d)({'|'.join(SINGULAR_COUNTS[lang])}) (?:\w+ )?({PLURAL_NOUNS[lang]})\b")
    try:
        assert translations.install(lang)
        misread = []
        for context, source, counts in COUNTED:
            template = QCoreApplication.translate(context, source)
            assert template != source, source  # translated, so the check below reads the language's own words
            for place, least in counts.items():
                for count in (c for c in SINGULAR_COUNTS[lang] if int(c) >= least):
                    sentence = fill(template, *(count if n == place else OTHER for n in (1, 2, 3)))
                    if wrong.search(sentence):
                        misread.append(sentence)
        assert misread == []
    finally:
        translations.install("en")


# Arabic puts the counted noun in the accusative singular ("سؤالًا") after 11 to 99 only and in the plural
# ("أسئلة") after 3 to 10 only; Chinese puts a measure word ("个") between a number and its noun. The counts below
# are those each form misreads.
MISREAD = {
    "ar": (
        (("1", "2", "3", "100"), r" (?:\w+ )?(سؤالًا|سؤالاً|حرفًا|حرفاً|ملفًا|صفًا|تقييمًا|إحالةً)"),
        (("1", "2", "11", "100"), r" (?:\w+ )?(أسئلة|أحرف|ملفات|صفوف|تقييمات|إحالات|مشكلات)\b"),
        (("1", "2", "3", "11", "100"), r" (إلزامي|إلزامية)\b"),  # "منها 2 إلزامية": a count needs a noun
    ),
    "zh": ((("0", "1", "2", "3", "11", "100"), r" ?(问题|字符|文件|引用|评估|答复|冲突)"),),
}
# The sentences counted with Qt's numerus forms whose other placeholder is a count too.
NUMERUS = [("ExportPage", "%n question(s) still unanswered, %1 of them required.")]


def _misread(lang: str, sentences_for) -> list[str]:
    """The sentences, filled with every count a form misreads, that put a wrong form after that count."""
    misread = []
    for counts, nouns in MISREAD[lang]:
        wrong = re.compile(rf"(?<!\d)({'|'.join(counts)}){nouns}")
        misread += [s for count in counts for s in sentences_for(count) if wrong.search(s)]
    return misread


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_arabic_and_chinese_counts_read_right_for_every_count(qapp, lang):
    translations = Translations(qapp)

    def filled(count: str) -> list[str]:
        sentences = []
        for context, source, counts in COUNTED:
            template = QCoreApplication.translate(context, source)
            assert template != source, source
            sentences += [
                fill(template, *(count if n == place else OTHER for n in (1, 2, 3)))
                for place, least in counts.items()
                if int(count) >= least
            ]
        for context, source in NUMERUS:
            for total in (1, 2, 3, 11, 100, 103):
                if int(count) <= total:
                    sentences.append(fill(QCoreApplication.translate(context, source, "", total), count))
        return sentences

    try:
        assert translations.install(lang)
        assert _misread(lang, filled) == []
    finally:
        translations.install("en")
