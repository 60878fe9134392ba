"""Speaker noun phrases: the words that stand between a subject and its speech verb.

"Le ministre a déclaré", "Il ministro ha detto", "The minister has also said": without a
lemmatiser the subject phrase before the verb is cut at the verb, so the auxiliary and the
adverbs that follow the subject would otherwise become part of the speaker's name.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"\w[\w’'-]*")
# Auxiliaries and adverbs standing between a subject and its speech verb, in the listed
# languages ("has also said", "a aussi déclaré", "ha detto", "heeft gezegd", "е заявил").
_AUXILIARIES = frozenset({
    "has", "have", "also", "then", "later", "again", "previously", "a", "ont", "avait",
    "avaient", "aussi", "également", "ensuite", "ha", "han", "había", "habían", "hanno",
    "aveva", "avevano", "anche", "también", "tem", "têm", "tinha", "também", "heeft",
    "hebben", "had", "ook", "eerder", "też", "także", "również", "také", "rovněž", "již",
    "už", "также", "тоже", "уже", "також", "теж", "вже", "е", "са", "също", "вече"})

# Articles and determiners that open a subject noun phrase ("the mayor", "la portavoz").
_DETERMINERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "un", "une", "des", "l", "plusieurs", "deux", "ce",
                     "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "varios", "dos", "este", "esta",
                     "estos", "estas", "su", "sus"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "l", "due",
                     "questo", "questa", "questi"}),
    "pt": frozenset({"o", "a", "os", "as", "um", "uma", "dois", "duas", "este", "esta",
                     "seu", "sua"}),
    "nl": frozenset({"de", "het", "een", "twee"}),
}


def is_auxiliary(word: str) -> bool:
    return word.lower() in _AUXILIARIES


def opens_subject(lang: str, words: list[str]) -> bool:
    """Lower-case `words` between a quote and its verb read as the subject: in English any
    (its word order is fixed: subject, verb), in Romance languages and Dutch when an
    article opens them, elsewhere never (German and Slavic put adverbs there)."""
    if lang == "en":
        return True
    return lang in _DETERMINERS and words[0] in _DETERMINERS[lang]


def strip_auxiliaries(span: str) -> str:
    """"Le ministre a déclaré", "Il ministro ha detto", "The minister has also said": the
    auxiliaries and adverbs between the subject and its participle are not the speaker."""
    words = list(_WORDS.finditer(span))
    while len(words) > 1 and words[-1].group().lower() in _AUXILIARIES:
        words.pop()
        span = span[:words[-1].end()]
    return span
