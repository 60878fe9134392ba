"""The rules that turn a candidate run of capitalised words into a typed name (or nothing).

Three decisions, each from evidence a model-free recogniser has: (1) is the first word a
name or only capitalised by its position (function words, words seen lowercase in the
article or corpus, words seen capitalised mid-sentence, places); (2) where the name
starts and ends (leading titles such as "président" are cues, not part of the name);
(3) its type: institutions' head words and known bodies make an ORG, the gazetteer a LOC
(or ORG for the EU and UN), titles and speech verbs a PER, a place preposition a LOC,
two or more plain capitalised words a PER, an acronym an ORG, a number a product.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.enrich.entities_lexicon import (
    COUNTRY_ABBREVIATIONS,
    PLACE_CLASS_NOUNS,
    PLACE_PREPS,
    PRO_CLASS_NOUNS,
    STATE_WORDS,
)
from newsdesk.enrich.entity_evidence import (
    KNOWN_ACRONYMS,
    foreign_script_body,
    org_by_apposition,
    quoted,
)
from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.enrich.entity_shapes import german_noun, is_inflected_acronym, noun_after_article
from newsdesk.enrich.entity_verbs import SPEECH_VERBS
from newsdesk.enrich.entity_words import (
    adjectival_pair,
    is_function_word,
    is_latin,
    is_person_cue,
    loc_head_word,
    media_word,
    org_head,
    org_head_word,
    pro_head_word,
    title_words,
)
from newsdesk.enrich.gazetteer import MIN_POP_AT_SENTENCE_START, Place
from newsdesk.enrich.identity import SLAVIC, fold, token_key
from newsdesk.enrich.names import (
    NOUN_CAPITALISING,
    Candidate,
    Token,
    initial_first,
    type_by_shape,
)

_ADJECTIVE_ENDINGS = (
    "ský", "ská", "ské", "ští", "ského", "ské", "cký", "cká", "ské", "ckie", "skie", "skich",
    "ский", "ская", "ское", "ские", "ський", "ська", "ське", "ські", "цкий", "цька",
)
# Speech verbs whose next name is the one spoken to ("told TASS"), not the speaker.
_ADDRESSEE_VERBS = frozenset({"told", "asked"})
# Surname endings that only women's surnames have ("Merkelová").
_FEMININE_SURNAME = {"cs": ("ová",), "sk": ("ová",)}


@dataclass
class DocContext:
    """What the article itself says about its words."""

    lang: str | None
    lower_keys: set[str]  # keys of words written lowercase in the article
    capital_keys: set[str]  # keys of words capitalised mid-sentence in the article
    lower_forms: frozenset[str] = frozenset()  # the lowercase words themselves
    capital_forms: frozenset[str] = frozenset()  # the mid-sentence capitalised words
    text: str = ""  # the article


def trim(cand: Candidate, lang: str | None = None, text: str = "") -> tuple[list[Token], bool]:
    """The run without leading function words and titles; True when a title was cut.

    In a Slavic article a capitalised foreign article inside a sentence belongs to the
    name ("De Beers", "Die Welt", "The Hill"): its own function words are lowercase there."""
    tokens = list(cand.tokens)
    if lang in SLAVIC and not cand.at_start and len(tokens) > 1 and len(tokens[0].text) > 1 \
            and is_latin(tokens[0].text) and is_function_word(tokens[0].text) \
            and not tokens[0].is_allcaps:
        return tokens, False
    cue = False
    while tokens:
        cut = title_words([t.text for t in tokens[:4]]) if lang == "en" else 0  # "Prime Minister"
        first = tokens[0].text
        if not cut and (is_function_word(first) or is_person_cue(first)) \
                and first not in KNOWN_ACRONYMS and not initial_first(tokens, text):
            cut = 1
        if not cut:
            break
        cue, tokens = cue or cut > 1 or is_person_cue(first), tokens[cut:]
    while tokens and is_function_word(tokens[-1].text) and not tokens[-1].is_allcaps:
        tokens.pop()
    return tokens, cue


def known_by_position(word: str, ctx: DocContext, stats_name: bool, stats_common: bool,
                      place: Place | None) -> bool:
    """Whether a capitalised first word of a sentence is a name after all."""
    if is_function_word(word) or is_person_cue(word):
        return False
    if word.lower() in ctx.lower_forms:
        return False
    if ctx.lang in SLAVIC and word.lower().endswith(_ADJECTIVE_ENDINGS) \
            and word not in ctx.capital_forms:
        return False  # "Ruský prezident", "Российские войска"
    key = token_key(word, ctx.lang)
    if key in ctx.capital_keys or stats_name or _possessive_of_name(word, ctx):
        return True
    # not "Более" (Bole), "Тема" (Tema): words the corpus writes lowercase
    return place is not None and (place.kind != "city" or (
        place.population >= MIN_POP_AT_SENTENCE_START and not stats_common))


_POSSESSIVE = {"cs": re.compile(r"^(\w{3,}?)(?:ův|ova|ovo|ovy|ových|ovým|ovými|ovu|ovou|ově)$"),
               "sk": re.compile(r"^(\w{3,}?)(?:ov|ova|ovo|ovi|ových|ovým|ovými|ovu|ovou|ovej)$")}


def _possessive_of_name(word: str, ctx: DocContext) -> bool:
    """A Czech or Slovak possessive adjective ("Trumpův", "Trumpova") of a name the article
    writes capitalised mid-sentence ("Trump", "Trumpa")."""
    pattern = _POSSESSIVE.get(ctx.lang or "")
    match = pattern.match(word) if pattern else None
    return match is not None and any(
        form.startswith(match.group(1)) and len(form) <= len(match.group(1)) + 3
        for form in ctx.capital_forms)


def _seen_lowercase(word: str, ctx: DocContext) -> bool:
    low = word.lower()
    forms = [low] + ([low[:-1]] if low.endswith("s") else []) + \
        ([low[:-2]] if low.endswith("es") else [])
    return any(token_key(f, ctx.lang) in ctx.lower_keys for f in forms)


def guess_type(tokens: list[Token], cand: Candidate, cue: bool, place: Place | None,
               ctx: DocContext, common: bool = False) -> str | None:
    """The type of a trimmed run, or None when nothing says it is a name.

    `common`: a word of the run is a common word elsewhere (lowercase in the article or
    corpus), which makes a multi-word run an institution rather than a person."""
    words = [t.text for t in tokens]
    if (shaped := type_by_shape(tokens, ctx.text)) is not None:
        return shaped  # "Ernst&Young" ORG, "С.Міксера" PER
    if len(words) == 1 and is_inflected_acronym(words[0]):
        return "ORG"  # "МИДа": whatever title or speech verb stands around it
    if any(media_word(w) for w in words) or (
            cand.prev and cand.prev[0].startswith(PRO_CLASS_NOUNS) and not org_head(words)):
        return "PRO"  # "Fox News", "РИА Новости", "dziennika Die Welt", "haubic Akacja"
    if len(words) == 2 and any(w.lower().startswith(STATE_WORDS) for w in words) and not any(
            org_head_word(w) and not w.lower().startswith(STATE_WORDS) for w in words):
        return "LOC"  # "Российской Федерации", "Republika Czeska"
    if org_head(words) or org_by_apposition(words, cand, ctx.lang):
        return "ORG"  # "koncern Engie", "авиакомпании X"
    if loc_head_word(words[0]) or (len(words) > 1 and (
            words[-1][:1].islower() or ctx.lang not in SLAVIC) and loc_head_word(words[-1])):
        return "LOC"
    if " ".join(words) in COUNTRY_ABBREVIATIONS:
        return "LOC"
    if len(words) > 1 and any(pro_head_word(w) for w in words[1:]):
        return "PRO"  # "Nord Stream", "Baltic Pipe", "Северный поток"
    if place is not None and place.kind == "city" and noun_after_article(tokens, cand, ctx.lang):
        place = None  # "der Lage", "beim Baden": a German noun that is also a town
    after_place_prep = bool(cand.prev) and cand.prev[0] in PLACE_PREPS
    # "v Petrohradu prohlásil": a place before the verb is where it was said, not who said it
    speaker = cue or (cand.next and cand.next[0] in SPEECH_VERBS and not after_place_prep) or (
        cand.prev and cand.prev[0] in SPEECH_VERBS and cand.prev[0] not in _ADDRESSEE_VERBS)
    # "prezident Macron" (one word only: "szefa Sztabu Generalnego" is a body)
    titled = len(tokens) == 1 and not tokens[0].is_allcaps and bool(cand.prev) and is_person_cue(
        cand.prev[0]) and not is_function_word(cand.prev[0])
    small_town = place is not None and place.kind == "city" and len(words) == 1 and (
        speaker or (titled and place.population < MIN_POP_AT_SENTENCE_START))
    if place is not None and not small_town:  # "речник Карін" is no town
        return "ORG" if place.kind == "org" else "LOC"
    if len(tokens) == 1 and place is None and cand.prev and cand.prev[0].startswith(
            PLACE_CLASS_NOUNS):
        return "LOC"  # "kantonu Zug", "miejscowości Lubmin"
    if len(tokens) == 1 and tokens[0].is_allcaps and len(words[0]) <= 6 and (
            cue or tokens[0] is not cand.tokens[-1] or (
                cand.prev and is_person_cue(cand.prev[0]))):
        return "ORG"  # "глава МИД", "представитель МИД Мария Захарова": the body, not a person
    if len(words) > 1 and foreign_script_body(words, ctx.lang) and not titled:
        return "ORG"  # "De Beers", "Amnesty International" in a Russian article
    if (speaker or titled) and (all(t.is_allcaps for t in tokens) or quoted(tokens, ctx.text)):
        return "ORG"  # "Глава МИД ФРГ", "„Нафтогаз“ заявив": acronyms and quoted names speak too
    if speaker or titled or (len(words) == 1 and _possessive_of_name(words[0], ctx)) or (
            ctx.lang in _FEMININE_SURNAME and words[-1].endswith(
            _FEMININE_SURNAME[ctx.lang])):
        return "PER"
    if any(any(c.isdigit() for c in w) for w in words):
        return "PRO"
    if len(tokens) == 1 and tokens[0].is_allcaps and len(words[0]) <= 6:
        return "ORG"
    if len(tokens) >= 2:
        if adjectival_pair(tokens, ctx.lang):
            return "ORG"
        if is_first_name(words[0], ctx.lang) and not tokens[-1].is_allcaps:
            return "PER"  # "Dan Brouillette", even when "dan" is also a common word
        plain_caps = all(not t.is_allcaps or len(t.text) > 3 for t in tokens)
        return "PER" if plain_caps and not common else "ORG"
    if ctx.lang in NOUN_CAPITALISING and german_noun(words[-1]):
        return None  # "in Folge", "in Beziehung": a noun after a preposition
    if cand.prev and cand.prev[0] in PLACE_PREPS and not (
            len(cand.prev) > 1 and cand.prev[1] in SPEECH_VERBS):
        return "LOC"
    if ctx.lang in NOUN_CAPITALISING:
        return None
    return "ORG"


def seen_lowercase(word: str, ctx: DocContext) -> bool:
    return _seen_lowercase(word, ctx)


def initials(words: list[str]) -> str:
    """The folded initials of the capitalised words ("North Atlantic Treaty Organization"
    -> "nato")."""
    return "".join(fold(w)[:1] for w in words if w[:1].isupper())


def acronym_index(names: list[list[str]]) -> dict[str, list[str]]:
    """Folded initials -> the first of `names` they abbreviate: one dictionary look-up per
    single word of an article instead of a comparison with every long name in it."""
    index: dict[str, list[str]] = {}
    for words in names:
        key = initials(words)
        if len(key) >= 2:
            index.setdefault(key, words)
    return index
