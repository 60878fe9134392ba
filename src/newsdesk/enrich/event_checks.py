"""Checks on a German unmarked quote found by its cue: discourse markers, non-speakers, bare
particles and prepositional phrases that only look like a speech event's message.

A debate speaker frames their own words with fixed phrases that contain a speech verb but
report nothing: "um es klar zu sagen:", "wie gesagt", "das heißt", "sagen wir", "gelinde
gesagt". Their cue gives no event. Neither does a cue whose subject is the expletive "es"
("Es finden weitere Regularien Eingang"), a demonstrative ("Das sind Fragen, …") or a verb
form ("gesagt worden"), nor one whose message is a modal particle ("Da hätten Sie uns ja
informieren können"), the tail of a purpose infinitive ("um … darüber zu informieren"), a
prepositional object alone ("Ich appelliere an alle Länder"), or the noun phrase "found"
rather than judged ("In Ihrem Antrag finde ich keine Forderung …"). A message opening with
framing words and a colon ("sage ich mit voller Inbrunst: Danke") starts after the colon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.enrich.attribution import WORDS
from newsdesk.model import Quote

_PURPOSE = re.compile(r"\bum\b[^,.;:!?]{0,80}\bzu\s*$", re.IGNORECASE)
_AS_SAID = re.compile(r"\bwie\s+(?:schon\s+|bereits\s+|eben\s+)?$", re.IGNORECASE)
_HEDGES = re.compile(r"\b(?:gelinde|ehrlich|offen|salopp|vorsichtig|anders)\s+$", re.IGNORECASE)
_NON_SPEAKERS = frozenset({"das", "dies", "worden", "wird", "werden", "sind", "ist"})
# Cues whose prepositional object is what is said or thought ("erinnere an den Notfall-KiZ").
_PP_CONTENT = ("erinner", "zweifel", "hinweis", "verweis", "bezweifl")
_PARTICLES = frozenset({"ja", "doch", "aber", "auch", "nur", "noch", "schon", "nicht", "mal",
                        "eben", "halt", "wohl", "denn", "gar", "zu"})
_PP_OBJECT = frozenset({"an", "auf", "für", "über", "mit", "gegen", "um", "bei", "zu"})
_FOUND_NP = frozenset({"kein", "keine", "keinen", "keiner", "ein", "eine", "einen", "den",
                       "die", "der", "dem", "ihre", "ihren", "seine", "seinen", "unsere",
                       "neue", "weitere", "viele"})
_COPULAS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
_LEAD_COLON = 6  # at most this many framing words before a colon that opens the message


def discourse_marker(text: str, cue_start: int, cue_end: int) -> bool:
    """The cue is part of a fixed framing phrase rather than a report of speech."""
    cue = text[cue_start:cue_end].lower()
    head = text[max(0, cue_start - 100):cue_start]
    if cue.startswith(("sag", "nenn", "gesagt")) and _PURPOSE.search(head):
        return True  # "um es klar zu sagen", "um ein Beispiel zu nennen"
    if cue == "gesagt" and (_AS_SAID.search(head) or _HEDGES.search(head)):
        return True  # "wie gesagt", "gelinde gesagt"
    if cue in {"heißt", "hieß"}:
        before = WORDS.findall(head[-12:])
        after = re.match(r"\s+das\s*,", text[cue_end:cue_end + 8])
        if (before and before[-1].lower() == "das") or after:
            return True  # "das heißt, …", "heißt das, …"
    if cue == "sagen" and re.match(r"\s+wir\s*,", text[cue_end:cue_end + 6]) and \
            head.rstrip().endswith(","):
        return True  # "der letzten, sagen wir, 40 Jahre"
    return cue == "gefragt" and _predicative(head)


def _predicative(head: str) -> bool:
    """"sind jetzt die Länder gefragt": "gefragt" after a copula is "called upon"."""
    clause = re.split(r"[,.;:!?]", head)[-1]
    words = [w.lower() for w in WORDS.findall(clause)]
    return bool(set(words) & _COPULAS) and not set(words) & {"habe", "hat", "haben", "mich",
                                                              "uns", "sich", "hatte"}


def no_event(text: str, cue_start: int, cue_end: int, q: Quote) -> bool:
    """The quote found for this cue is none: see the module docstring."""
    if discourse_marker(text, cue_start, cue_end):
        return True
    speaker = (q.speaker or "").lower()
    cue = text[cue_start:cue_end].lower()
    if speaker in _NON_SPEAKERS or speaker.startswith(("das ", "es ")) or (
            speaker == "es" and cue.startswith("find")):
        return True
    words = WORDS.findall(q.text)
    if not words:
        return True
    if len(words) == 1 and words[0].lower() in _PARTICLES:
        return True
    if words[-1] == "zu" or text[q.end:cue_start].strip() == "zu":
        return True  # "um alle … darüber zu informieren": a purpose clause, not a message
    if words[0].lower() in _PP_OBJECT and ":" not in q.text and len(words) <= 6 and \
            not cue.startswith(_PP_CONTENT):
        return True  # "Ich appelliere an alle Länder", "weise ich auf das Entschiedenste zurück"
    return _found_object(text, cue_start, cue_end, q, words)


def _found_object(text: str, cue_start: int, cue_end: int, q: Quote, words: list[str]) -> bool:
    """"finden" with a noun phrase as its object is finding, not judging."""
    if not text[cue_start:cue_end].lower().startswith("find"):
        return False
    between = text[min(cue_end, q.end):q.start] if q.start >= cue_end else ""
    if "," in between or ":" in between or "dass" in between:
        return False
    return words[0].lower() in _FOUND_NP or (q.start < cue_start and words[0][:1].isupper())


def after_lead_colon(q: Quote) -> Quote:
    """"mit voller Inbrunst: Danke", "auch zum Antrag: Wenn wir …": the framing words before
    a colon early in the message are the speaker's, the message follows the colon."""
    colon = q.text.find(":")
    if colon < 0 or len(WORDS.findall(q.text[:colon])) > _LEAD_COLON:
        return q
    rest = q.text[colon + 1:]
    skip = len(rest) - len(rest.lstrip())
    if not WORDS.search(rest):
        return q
    start = q.start + colon + 1 + skip
    return replace(q, start=start, text=q.text[colon + 1 + skip:])


def same_span(a: Quote, b: Quote) -> bool:
    """Over half of their union in common, or `a` opens the colon-announced message `b`:
    an event found again by another cue (or as a quotation) is not a second event."""
    if b.direct and a.start == b.start and a.end <= b.end:
        return True
    inter = min(a.end, b.end) - max(a.start, b.start)
    return inter > (max(a.end, b.end) - min(a.start, b.start)) / 2
