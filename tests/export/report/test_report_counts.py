"""The report's sentences with a count read right whatever the count: in Russian "из 21 вопросов" and in French
"1 questions sur 16" were wrong, so the count stands after a colon, where no noun has to agree with it."""

from __future__ import annotations

import re

import pytest

from omnibus.export.report.labels import catalogue

# Counts that want a singular (or, in Russian, another case) and the plural nouns that must not follow them.
SINGULAR_COUNTS = {"ru": (1, 21), "fr": (0, 1), "es": (1,)}
PLURAL_NOUNS = {"ru": "вопросов|байт", "fr": "questions|octets", "es": "preguntas|bytes"}


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
def test_answered_questions_and_file_sizes_agree_with_any_count(lang):
    labels = catalogue(lang)
    counts = SINGULAR_COUNTS[lang]
    wrong = re.compile(rf"(?<!\d)({'|'.join(map(str, counts))}) (?:\w+ )?({PLURAL_NOUNS[lang]})\b")
    sentences = [labels["progress_value"].format(answered=n, relevant=40, percent=3) for n in counts]
    sentences += [labels["progress_value"].format(answered=0, relevant=n, percent=0) for n in counts if n > 1]
    sentences += [labels["bytes"].format(n=n) for n in counts]
    assert [s for s in sentences if wrong.search(s)] == []
    assert labels["progress_value"] != catalogue("en")["progress_value"]  # the language's own words were checked


# Arabic: the accusative singular ("سؤالًا") follows 11 to 99 only, the plural ("أسئلة") 3 to 10 only. Chinese: a
# measure word ("个") stands between a number and the questions it counts.
MISREAD = {
    "ar": (((1, 2, 3, 100), r" (?:\w+ )?(سؤالًا|سؤالاً)"), ((1, 2, 11, 100), r" (?:\w+ )?(أسئلة)\b")),
    "zh": (((0, 1, 2, 3, 11, 100), r" ?问题"),),
}


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_answered_questions_read_right_in_arabic_and_chinese_for_any_count(lang):
    labels = catalogue(lang)
    misread = []
    for counts, noun in MISREAD[lang]:
        wrong = re.compile(rf"(?<!\d)({'|'.join(map(str, counts))}){noun}")
        sentences = [labels["progress_value"].format(answered=n, relevant=n + 5, percent=3) for n in counts]
        sentences += [labels["progress_value"].format(answered=0, relevant=n, percent=0) for n in counts]
        misread += [s for s in sentences if wrong.search(s)]
    assert misread == []
    assert labels["progress_value"] != catalogue("en")["progress_value"]
