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


def strip_auxiliaries(span: str) -> str:
    """"Le ministre a déclaré", "Il ministro ha detto", "The minister has also said": the
    auxiliaries and adverbs between the subject and its participle are not the speaker."""
    words = list(_WORDS.finditer(span))
    while len(words) > 1 and words[-1].group().lower() in _AUXILIARIES:
        words.pop()
        span = span[:words[-1].end()]
    return span
