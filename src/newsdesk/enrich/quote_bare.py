"""English reported clauses without "that": where the clause after the speech verb starts.

"The Finance Minister said taxes would not rise", "Police said at least 12 people were
killed", "Officials told Reuters the talks had stalled". Without a parser, a report is told
from an object by its shape: the words after the verb must be a finite clause — a short
subject, then a finite verb (an auxiliary or modal, or a past-tense form) — so "said
nothing", "said goodbye to the delegation" and "said so" (an object, no verb) and "told him
to leave" (an order: object and to-infinitive) give no quote. "told" takes an object first
("told Reuters", "told the court"): the clause is the first finite one after one to three
words, and its subject must open like one (a pronoun, an article, a number, a name).
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.speaker_phrases import strip_auxiliaries
from newsdesk.enrich.speakers import Mention

# Finite auxiliaries and modals: the verb that makes "taxes would not rise" a clause.
_FINITE = frozenset({
    "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might",
    "must", "has", "have", "had", "did", "does", "do", "shall"})
# Frequent irregular past tenses of news reports ("profit rose", "the economy grew").
_IRREGULAR_PAST = frozenset({
    "rose", "fell", "grew", "won", "lost", "came", "went", "took", "made", "began", "saw",
    "got", "hit", "led", "met", "paid", "sold", "found", "gave", "kept", "knew", "held", "ran",
    "broke", "stood", "struck", "shot", "spent", "sent", "fled", "left", "brought", "bought"})
_REGULAR_PAST = re.compile(r"[a-z]{2,}[^e]ed|[a-z]{2,}ied")
_NEGATION = re.compile(r"(?:n['’]t)$")
# Words that cannot open the subject of a reported clause: prepositions and adverbials
# ("said in 2020 …"), subordinators ("said if …"), conjunctions, "to" of an infinitive.
_NOT_OPENING = frozenset({
    "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "during", "after",
    "before", "since", "under", "over", "against", "of", "through", "across", "via", "if",
    "when", "whether", "while", "although", "though", "because", "as", "unless", "until",
    "and", "but", "or", "nor", "so", "not", "yes", "goodbye", "hello", "thanks", "sorry",
    "please", "that", "which", "what", "how", "why", "where", "who", "again", "also", "too"})
# Function words that cannot close a subject ("the", "of the", "goodbye and").
_NOT_CLOSING = _NOT_OPENING | frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those", "no", "some", "any", "every", "each", "him", "them", "me", "us"})
# "at least 12 people", "at most three": a quantifier, not a preposition.
_QUANTIFIERS = frozenset({"least", "most"})
# How the subject of a clause after "told <object>" opens.
_SUBJECT_OPENERS = frozenset({
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her",
    "their", "its", "our", "my", "this", "these", "those", "no", "some", "all", "many",
    "most", "several", "both", "nobody", "nothing", "none", "one", "two", "three", "police"})
# Determiners opening a subject phrase at the sentence start ("A spokesman for the …").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this",
                          "these", "those", "some", "several", "many", "two", "three"})
_PHRASE_BREAK = re.compile(r"[,;:()«»„“”\"–—]")
_INSIDE = frozenset({"of", "for", "and"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "there"})
_ADVERBS = frozenset({"later", "earlier", "then", "still", "now", "however", "instead",
                      "meanwhile", "previously", "once", "never", "always", "often"})
_TOLD = frozenset({"told", "tell", "tells"})
MAX_SUBJECT = 5
MAX_OBJECT = 3


def _finite(word: str) -> bool:
    lower = word.lower()
    if _NEGATION.search(lower):  # "wasn't", "won't", "didn’t"
        return True
    return lower in _FINITE or lower in _IRREGULAR_PAST or bool(_REGULAR_PAST.fullmatch(lower))


def _subject_ok(words: list[str]) -> bool:
    """1–5 words opening like a subject, closing on a content word, with no preposition,
    subordinator or subject pronoun inside ("nothing after officers", "Press he") but
    "of", "for" and "and" ("the head of the bank", "Smith and Jones")."""
    lowered = [w.lower() for w in words]
    if lowered[0] == "at" and len(words) > 2 and lowered[1] in _QUANTIFIERS:
        lowered = lowered[2:]  # "at least 12 people"
    if lowered[0] in _NOT_OPENING or lowered[0] in _FINITE or lowered[-1] in _NOT_CLOSING:
        return False
    return not any((w in _NOT_OPENING and w not in _INSIDE) or w in _PRONOUNS
                   for w in lowered[1:])


def clause_start(words: list[str]) -> int | None:
    """Index of the subject's first word if `words` (those after the verb, to the first
    punctuation) open with a finite clause: subject (1–5 words) then a finite verb."""
    for k in range(1, min(len(words), MAX_SUBJECT + 1)):
        if not _finite(words[k]):
            continue
        if _subject_ok(words[:k]):
            return 0
        if words[k].lower() in _FINITE:  # the first auxiliary decides; an -ed word may
            return None  # be an adjective ("the reported attack was")
    return None


def clause_after_object(words: list[str]) -> int | None:
    """After "told": the index where the clause starts past an object of one to three
    words ("told Reuters the talks had stalled"), if its subject opens like one."""
    for k in range(1, min(len(words), MAX_OBJECT + 1)):
        head = words[k]
        if words[0].lower() in _NOT_OPENING or _finite(words[k - 1]):
            return None  # "told if …", "been told is …": no object
        if not (head.lower() in _SUBJECT_OPENERS or head[:1].isupper() or head[:1].isdigit()):
            continue
        if clause_start(words[k:]) == 0:
            return k
    return None


def told_verb(word: str) -> bool:
    return word.lower() in _TOLD


def subject_phrase(text: str, start: int, end: int) -> Mention | None:
    """"A spokesman for the ministry said": a determiner-led phrase of up to eight words
    without a verb or punctuation, all that stands between the sentence start and the
    speech verb, is its subject (attribution.py takes three words at most)."""
    span = strip_auxiliaries(text[start:end].strip())
    words = WORDS.findall(span)
    if not 2 <= len(words) <= 8 or _PHRASE_BREAK.search(span) or \
            words[0].lower() not in _DETERMINERS or any(_finite(w) for w in words):
        return None
    first = text.find(span, start)
    return Mention(first, first + len(span), span, False)


def comma_subject(text: str, start: int, end: int) -> Mention | None:
    """"The fire spread, officials said at least …", "In Atlanta on Tuesday, police say a man
    …": after a fronted clause or adverbial the subject is the lower-case phrase between the
    last comma and the verb — not an adverb ("…, later told"), a pronoun or a conjunction."""
    span = strip_auxiliaries(text[start:end].strip())
    words = [w.lower() for w in WORDS.findall(span)]
    if not 1 <= len(words) <= 4 or not span[:1].islower() or _PHRASE_BREAK.search(span):
        return None
    if any(_finite(w) or w in _PRONOUNS or w in _NOT_OPENING or w.endswith("ly")
           or w in _ADVERBS for w in words) or words[-1] in _NOT_CLOSING:
        return None
    first = text.find(span, start)
    return Mention(first, first + len(span), span, False)
