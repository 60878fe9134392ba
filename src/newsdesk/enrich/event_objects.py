"""The object of a German speech/thought cue: where its message is a noun phrase or pronoun.

Debate annotation marks the cue's object as the message when no clause follows: "Ich
möchte noch etwas dazu sagen" → "etwas", "Wir haben sie am Montag beantragt" → "sie",
"Aber das wissen Sie ja" → "das", "werden wir diesen Gesetzentwurf ablehnen" → "diesen
Gesetzentwurf". The adverbs and prepositional phrases around it are the speaker's framing,
not the message, so the span is the object alone: a pronoun, or a determiner with its
adjectives and noun (and a genitive or "von" attribute hanging on it).
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS

# Pronouns that stand for a whole message ("das", "etwas") and personal object pronouns.
_MESSAGE_PRONOUNS = frozenset({"das", "was", "dies", "dieses", "etwas", "eines", "alles",
                               "dem", "es", "sie", "ihn", "nichts"})
_DETERMINERS = frozenset({"den", "die", "das", "dem", "der", "des", "einen", "eine", "ein",
                          "diesen", "diese", "dieses", "keinen", "keine", "kein", "unsere",
                          "unseren", "ihre", "ihren", "meine", "meinen", "seine", "seinen",
                          "alle", "viele", "solche", "jede", "jeden"})
_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen",
                        "welche", "welcher", "welches", "welchem", "welchen"})
_SUBJECTS = frozenset({"ich", "wir", "sie", "er", "man", "du", "ihr"})
_GENITIVE = frozenset({"der", "des", "von", "vom", "eines", "einer"})
# Words framing the object: modals and auxiliaries, reflexives, subject pronouns, adverbs.
_FRAMING = frozenset({
    "möchte", "möchten", "will", "wollen", "muss", "müssen", "kann", "können", "darf", "dürfen",
    "soll", "sollen", "werde", "werden", "wird", "habe", "haben", "hat", "hatte", "hatten",
    "mich", "uns", "sich", "mir", "ich", "wir", "man", "er", "ihr", "du", "noch", "auch",
    "nur", "hier", "jetzt", "ja", "doch", "gerne", "gern", "heute", "nun", "schon", "einmal",
    "mal", "ganz", "sehr", "so", "aber", "und", "dann", "deshalb", "deswegen", "daher",
    "natürlich", "eigentlich", "bitte", "immer", "wieder", "gar", "erst", "bereits", "wohl",
    "hätte", "hätten", "würde", "würden", "könnte", "könnten", "sollte", "sollten", "müsste",
    "da", "dort", "dazu", "darüber", "damit", "wie", "wenn", "dass", "ob", "weil", "als",
})
# Verbs whose fronted "das" is their object's topic while the message is the predicate after
# the subject: "Das finde ich schäbig", "Das sehen wir anders", "Das nennt man Vorsorge".
_PREDICATE_CUES = ("find", "fand", "seh", "sieht", "nenn", "halt", "hält", "bezeichn")
_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "für", "in", "im", "mit", "nach", "über",
                           "um", "unter", "von", "vor", "zu", "zum", "zur", "am", "beim"})


def object_before(text: str, start: int, cue_start: int, subject: tuple[int, int]) -> \
        tuple[int, int] | None:
    """The object phrase between a clause's start and its clause-final cue, or None when the
    words there are no plain object (a prepositional object, "für das Wort", is left whole)."""
    if start <= subject[0] < cue_start:
        start = subject[1]  # "Morgen werden wir …": what comes before the subject is framing
    words = list(WORDS.finditer(text, start, cue_start))
    k = 0
    while k < len(words) and (_framing(words[k]) or _after_als(words, k)):
        k += 1
    if k == len(words) or words[k].group().lower() in _PREPOSITIONS:
        return None
    return _phrase(words, k)


def fronted_object(text: str, clause: int, cue: re.Match[str], final: bool = False) -> \
        tuple[int, int] | None:
    """"Aber das wissen Sie ja", "Dem stimmen wir zu", "das können wir fordern": a pronoun
    opening a V2 clause whose subject follows the verb (or, with `final`, a clause ending
    in the cue) is the cue's object."""
    if cue.group().lower().startswith(_PREDICATE_CUES):
        return None
    after = WORDS.match(text, cue.end() + 1)
    if not final and (after is None or after.group().lower() not in _SUBJECTS):
        return None
    words = list(WORDS.finditer(text, clause, cue.start()))
    while words and words[0].group().lower() in {"und", "aber", "doch", "denn", "auch"}:
        words = words[1:]
    if not words or len(words) > 3:
        return None
    first = words[0]
    if first.group().lower() not in _MESSAGE_PRONOUNS - {"es", "sie", "ihn"}:
        return None
    if len(words) > 1 and not all(_framing(w) for w in words[1:]):
        return None
    return first.start(), first.end()


def starts_relative(text: str, pos: int) -> bool:
    """A relative clause opens at `pos` ("…, die im Fokus standen"): it describes the
    object before the comma rather than being the message itself."""
    word = WORDS.match(text, pos)
    if word is None or word.group() not in _RELATIVES:
        return False
    nxt = WORDS.search(text, word.end())  # "das Oktoberfest": an article, not a relative
    return nxt is None or not nxt.group()[:1].isupper()


def opens_with_preposition(text: str, start: int, end: int) -> bool:
    """"auf zwei Hauptthemen eingehen", "in ihrem Entwurf fordert …": a clause opening with
    a prepositional phrase has no subject in front of its verb."""
    word = WORDS.search(text, start, end)
    return word is not None and word.group() in _PREPOSITIONS


def _framing(word: re.Match[str]) -> bool:
    """A word around the object that is not part of it (polite "Sie" is the subject)."""
    return word.group().lower() in _FRAMING or word.group() == "Sie"


def _after_als(words: list[re.Match[str]], k: int) -> bool:
    """"Wir als Bundesministerium werden …": the apposition to the subject."""
    return k > 0 and words[k - 1].group().lower() == "als" and words[k].group()[:1].isupper()


def _phrase(words: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    first = words[k]
    lower = first.group().lower()
    nxt = words[k + 1] if k + 1 < len(words) else None
    if lower in _MESSAGE_PRONOUNS and (nxt is None or not nxt.group()[:1].isupper()):
        return first.start(), first.end()
    if lower not in _DETERMINERS and not first.group()[:1].isupper() and not (
            nxt is not None and nxt.group()[:1].isupper()):
        return None  # neither a noun phrase nor a pronoun: leave the span to the caller
    end = _noun_end(words, k)
    if end is None:
        return None
    # a genitive or "von" attribute: "eine Fülle von Maßnahmen", "der Kern des Problems"
    if end + 1 < len(words) and words[end + 1].group().lower() in _GENITIVE:
        tail = _noun_end(words, end + 1)
        end = tail if tail is not None else end
    return first.start(), words[end].end()


def _noun_end(words: list[re.Match[str]], k: int) -> int | None:
    """Index of the noun closing the phrase opened at `k` (past determiner and adjectives)."""
    j = k + 1 if words[k].group().lower() in _DETERMINERS | {"von", "vom"} else k
    while j < len(words) and not words[j].group()[:1].isupper():
        if words[j].group().lower() in _PREPOSITIONS:
            return None
        j += 1
    return j if j < len(words) else None


def object_pronoun(text: str, start: int, end: int) -> re.Match[str] | None:
    """"das" or "es" right after the subject of a clause-final cue is its whole object."""
    words = list(WORDS.finditer(text, start, end))[:2]
    for word in words:
        if word.group().lower() in {"das", "es", "dies"}:
            return word
    return None


def relative_object(text: str, clause: int, cue_start: int) -> re.Match[str] | None:
    """"Das, was Sie hier ausführen, ist …": "was"/"die" opening a relative clause that ends
    in the cue is its object, the whole message."""
    first = WORDS.search(text, clause, cue_start)
    if first is None or first.group() not in {"was", "die", "das", "den", "dem", "der"}:
        return None
    return first if text[:clause].rstrip().endswith(",") else None
