"""Candidate name spans: runs of capitalised words, with where they stand in the sentence.

A candidate is a maximal run of capitalised (or all-capital) words on one line, joined
by single spaces or hyphens, allowing lowercase name particles between two capitalised
words ("Rostów nad Donem", "Banque de France") and a short number after a name
("Nord Stream 2"). French/Italian elisions ("l'", "d'") are split off. Whether a word
at a sentence start is a name is decided later, so each candidate records if it stands
in such an ambiguous position, and the words around it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from newsdesk.enrich.entity_firstnames import is_first_name

_TOKEN = re.compile(
    r"(?i:\b(?:l|d|qu|j|n|s|c|m|t|all|dell|dall|nell|sull)['’](?=\w))"
    r"|[^\W_](?:\w|['’](?=\w)|[\-‐](?=\w))*"
)
_PARTICLES = frozenset({
    "de", "du", "des", "la", "van", "von", "der", "den", "di", "da", "del", "dos", "das", "bin",
    "ibn", "al", "el", "ter", "nad", "pod", "am",
})
# English heads that take an "of" inside the name.
_OF_HEADS = frozenset({
    "university", "bank", "ministry", "department", "institute", "port", "state", "republic",
    "kingdom", "gulf", "bay", "sea", "isle", "battle", "council", "court", "church", "college",
    "school", "museum", "federation", "union", "office", "board", "house", "chamber", "society",
    "academy", "league", "association", "commonwealth", "government", "city", "province",
    "strait", "cape", "lake", "islands", "duke", "prince", "princess", "king", "queen", "siege",
    "treaty", "secretary", "minister", "governor", "mayor", "president", "bishop", "archbishop",
})
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "dos", "bin", "ibn", "ter"})
NOUN_CAPITALISING = frozenset({"de", "lb"})  # every noun is capitalised
_BOUNDARY = re.compile(r"[.!?\n]")
_OPENERS = set(".!?…:;«»\"“”„(–—-•*|[")
_ABBREV = re.compile(r"(?:\b[A-ZА-Я]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|gen|płk|prof|dr|inż|ks|św)"
                     r"|\b[A-Z][a-z]?)\.\s*$")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    is_cap: bool = False
    is_allcaps: bool = False

    def __post_init__(self) -> None:
        self.is_cap = self.text[:1].isupper()
        self.is_allcaps = self.text.isupper() and sum(c.isalpha() for c in self.text) >= 2


@dataclass
class Candidate:
    """A run of name-like tokens; `at_start` when its first word may be capitalised anyway."""

    tokens: list[Token]
    at_start: bool
    first: int  # index of the first token in the article's token list
    prev: list[str] = field(default_factory=list)  # up to two lowercase words before
    next: list[str] = field(default_factory=list)  # up to two lowercase words after

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def tokenize(text: str) -> list[Token]:
    """Word tokens with their offsets (numbers included, punctuation left out)."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def at_sentence_start(text: str, start: int) -> bool:
    """True when the capital at `start` may come from the position, not from the word."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] == "." and _ABBREV.search(text[max(0, i - 6): i + 1]):
        return False
    if text[i] == "(" and _latin_in_cyrillic(text, start):
        # A Latin-script word in a bracket of a Cyrillic sentence is a name or a gloss
        # ("(Statoil і GasTerra)", "(National Balancing Point)"), not a new sentence.
        return at_sentence_start(text, i)
    return text[i] in _OPENERS


def _latin_in_cyrillic(text: str, start: int) -> bool:
    """The word at `start` is Latin-script and the text before it is mostly Cyrillic."""
    before = text[max(0, start - 200):start]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in before)
    return text[start] < "\u0400" and cyrillic * 2 > sum(ch.isalpha() for ch in before)


def candidates(text: str, tokens: list[Token] | None = None,
               lang: str | None = None) -> list[Candidate]:
    """Every run of capitalised words in `text` (see module doc). In German, where
    every noun is capitalised, articles do not join words ("Ende der Saison") and "von"
    joins only after a given name ("Ludwig van Beethoven", not "Klavier von Ludwig")."""
    tokens = tokens if tokens is not None else tokenize(text)
    runs: list[Candidate] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_cap:
            i += 1
            continue
        j = _run_end(text, tokens, i, lang in NOUN_CAPITALISING)
        runs.append(Candidate(tokens[i:j], at_sentence_start(text, tokens[i].start), i,
                              _context(tokens, i - 1, -1, text), _context(tokens, j, 1, text)))
        i = j
    return runs


_SPACED_DASHES = frozenset({" - ", " – ", " — "})


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if gap in (".", ". ") and len(left.text) == 1 and left.is_cap and right.is_cap:
        return True  # an initial: "С.Міксера", "Donald J. Trump"
    return gap in (" ", "\u00a0", "-", " - ", " – ", " — ", "–", "—") or gap in _AMPERSANDS


# Partners' names joined by "&" are one firm's name ("Ernst&Young", "Procter & Gamble").
_AMPERSANDS = frozenset({"&", " & "})


def firm_of_partners(tokens: list[Token], text: str) -> bool:
    """Words joined by "&": a firm named after its partners, not people or places."""
    return any(text[a.end:b.start] in _AMPERSANDS for a, b in itertools.pairwise(tokens))


def type_by_shape(tokens: list[Token], text: str) -> str | None:
    """ORG for partners joined by "&", PER for a name after an initial, else None."""
    if firm_of_partners(tokens, text):
        return "ORG"
    return "PER" if initial_first(tokens, text) else None


def initial_first(tokens: list[Token], text: str) -> bool:
    """The first word is a person's initial ("В. Путин", "С.Міксера"), not the preposition
    "в" or "с" capitalised."""
    return len(tokens) > 1 and len(tokens[0].text) == 1 and tokens[0].is_cap and \
        text[tokens[0].end:tokens[1].start] in (".", ". ")


def _run_end(text: str, tokens: list[Token], i: int, nouns_capitalised: bool = False) -> int:
    """Index after the last token of the run starting at `i`."""
    j = i + 1
    while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
        tok = tokens[j]
        if text[tokens[j - 1].end:tok.start] in _SPACED_DASHES and not tok.text.isdigit():
            break  # "Petrohrad - Ruský prezident": a dateline; "поток - 2" stays one name
        if tok.is_cap:
            j += 1
        elif (tok.text == "of" and tokens[j - 1].text.lower() in _OF_HEADS and j + 1 < len(tokens)
              and tokens[j + 1].is_cap and _joined(text, tok, tokens[j + 1])):
            j += 2  # "Bank of England", "University of Hawaii", "Battle of Waterloo"
        elif (tok.text.lower() in _PARTICLES and j + 1 < len(tokens)
              and tokens[j + 1].is_cap and _joined(text, tok, tokens[j + 1])
              and (not nouns_capitalised or _name_particle(tokens[j - 1], tok))):
            j += 2
        elif tok.text.isdigit() and len(tok.text) <= 2 and not tokens[j - 1].text.isdigit() \
                and _number_ends_name(text, tokens, j):
            j += 1
        else:
            break
    return j


def _name_particle(before: Token, particle: Token) -> bool:
    """In a language that capitalises nouns, a particle inside a person's name only."""
    return particle.text.lower() in _NAME_PARTICLES and is_first_name(before.text, "de")


def _number_ends_name(text: str, tokens: list[Token], j: int) -> bool:
    """ "Nord Stream 2 jest" yes, "Moskwa 13 maja" no: a name number is not followed by a word
    of the same line that would make it a date."""
    if j + 1 >= len(tokens):
        return True
    after = text[tokens[j].end:tokens[j + 1].start]
    return not (after == " " and tokens[j + 1].text[:1].islower() and len(tokens[j].text) >= 1
                and _looks_like_month(tokens[j + 1].text))


_MONTH_STEMS = (
    "jan", "feb", "fév", "fev", "mar", "apr", "avr", "may", "mai", "jun", "jui", "jul",
    "aug", "aoû", "sep", "oct", "okt", "nov", "dec", "déc", "dez", "sty", "lut", "kwi",
    "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "led", "úno", "bře", "dub",
    "kvě", "čer", "srp", "zář", "říj", "pro", "янв", "фев", "мар", "апр", "мая", "май",
    "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "січ", "лют", "бер", "кві", "тра",
    "чер", "лип", "сер", "вер", "жов", "лис", "гру", "ене", "ное", "юни", "юли",
)


def _looks_like_month(word: str) -> bool:
    return word.lower().startswith(_MONTH_STEMS)


def _context(tokens: list[Token], i: int, step: int, text: str) -> list[str]:
    """Up to two lowercase words next to a run (step -1: before, +1: after), within its
    sentence."""
    words: list[str] = []
    k = i
    while len(words) < 2 and 0 <= k < len(tokens) and 0 <= k - step < len(tokens):
        a, b = (tokens[k], tokens[k - step]) if step < 0 else (tokens[k - step], tokens[k])
        if _BOUNDARY.search(text, a.end, b.start):
            break
        words.append(tokens[k].text.lower())
        k += step
    return words
