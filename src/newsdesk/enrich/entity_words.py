"""Word-level evidence for names: titles, institution/place/product/medium head words, and
the Slavic word shapes that tell a person's name from a place's or a body's.

Split from `entity_rules` (which decides about whole runs) so that each stays small; all
predicates work on one word or a two-word run and are cached where they are hot.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from newsdesk.enrich.entities_lexicon import (
    FUNCTION_WORDS,
    LOC_HEADS,
    MEDIA_STEMS,
    MEDIA_WORDS,
    ORG_HEADS,
    PERSON_CUES,
    PRO_HEADS,
)
from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.enrich.identity import SLAVIC
from newsdesk.enrich.names import Token


def plain(word: str) -> str:
    """Lowercase without elision apostrophes ("L'" -> "l")."""
    return word.lower().rstrip("'’")


# German compounds ending in a role ("Vereinspräsident", "Regierungssprecher").
_GERMAN_COMPOUND_ROLES = ("präsident", "präsidentin", "minister", "ministerin", "kanzler",
                          "kanzlerin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender",
                          "direktor", "direktorin", "trainer", "trainerin")
_FORMER = re.compile(r"^(?:ex-?|eks-?|экс-|екс-|vice-?|wice-?|вице-|віце-)")


@lru_cache(maxsize=65536)
def is_person_cue(word: str) -> bool:
    """A title or role before a person's name, also as a former or deputy one
    ("Exkancléř", "wicepremier", "экс-президент")."""
    low = plain(word)
    return low in PERSON_CUES or _FORMER.sub("", low) in PERSON_CUES or (
        low.endswith(_GERMAN_COMPOUND_ROLES) and len(low) > 10)


# English writes office titles as capitalised phrases before the name: "Prime Minister Keir
# Starmer", "Foreign Secretary", "Chief Executive Jane Fraser", "Attorney General". The
# qualifiers alone are no title ("Prime Video", "Home Depot", "Health Canada", "General
# Motors"): only qualifiers followed by an office count.
_TITLE_QUALIFIERS = frozenset({
    "prime", "deputy", "vice", "chief", "foreign", "finance", "defence", "defense", "interior",
    "home", "health", "justice", "education", "trade", "energy", "economy", "environment",
    "transport", "culture", "labour", "labor", "agriculture", "treasury", "state", "junior",
    "shadow", "acting", "former", "first", "senior", "executive", "operating", "financial",
    "technology", "press", "principal", "permanent", "high", "supreme", "lord", "attorney",
    "security", "intelligence", "police", "army", "surgeon",
})
_TITLE_OFFICES = frozenset({
    "minister", "secretary", "executive", "officer", "director", "president", "chancellor",
    "governor", "general", "commissioner", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "ambassador", "envoy", "chairman", "chairwoman", "chair", "commander", "mayor",
    "judge", "justice", "attorney", "prosecutor",
})
_TITLE_WORDS = _TITLE_QUALIFIERS | _TITLE_OFFICES


def title_words(words: list[str]) -> int:
    """How many leading words form an English office title (qualifiers, then offices)."""
    n = cut = 0
    while n < len(words) and words[n].lower() in _TITLE_WORDS:
        n += 1
        if n > 1 and words[n - 1].lower() in _TITLE_OFFICES:
            cut = n
    return cut


def is_function_word(word: str) -> bool:
    return plain(word) in FUNCTION_WORDS or word.endswith(("'", "’"))


def is_latin(word: str) -> bool:
    """The word starts with a Latin (not Cyrillic) letter."""
    return word[:1] < "\u0400"


def org_head(words: list[str]) -> bool:
    """A word of the name is an institution's head word ("Ministerstwo", "Bank", "AG")."""
    lowered = " ".join(words).lower()
    return any(org_head_word(w) for w in words) or (len(words) > 1 and any(
        head in lowered for head in _MULTI_WORD_ORG_HEADS))


@lru_cache(maxsize=65536)
def org_head_word(word: str) -> bool:
    """An institution's head word; short heads ("AG", "SA", "TV") must match whole."""
    low = word.lower()
    return low in _SHORT_ORG_HEADS or low.startswith(_LONG_ORG_HEADS) or (
        is_latin(word) and (low in _COMPANY_WORDS or low.endswith(_COMPANY_ENDINGS)))


# Words and endings of Latin-script company and association names, which Slavic news keep
# in the original spelling and which would otherwise pass for a first name and surname
# ("Royal Dutch Shell", "Crane Marine Contractor", "Naturschutzbund Deutschland").
_COMPANY_WORDS = frozenset(re.findall(r"\S+", """
royal energy energie oil gas petroleum airlines airways motors industries holdings
contractor contractors partners capital investments systems technologies logistics
shipping nv n.v. asa oy gmbh llp pjsc ojsc jsc
"""))
_COMPANY_ENDINGS = ("bund", "verband", "werke")


@lru_cache(maxsize=65536)
def loc_head_word(word: str) -> bool:
    """A place's head word ("Sea", "morze", "obwodu"); short heads must match whole, so
    that "Merkelová" is not a "mer"."""
    low = word.lower()
    return low in _SHORT_LOC_HEADS or low.startswith(_LONG_LOC_HEADS)


@lru_cache(maxsize=65536)
def media_word(word: str) -> bool:
    """A word that names a medium: "News", "Times", "Gazeta", "Новости", "Radia"."""
    low = word.lower()
    return low in MEDIA_WORDS or low.startswith(MEDIA_STEMS)


def pro_head_word(word: str) -> bool:
    """A word that makes a name a product or a facility: pipelines ("Stream", "поток")."""
    return word.lower().startswith(PRO_HEADS)


_SHORT_LOC_HEADS = frozenset(h for h in LOC_HEADS if len(h) <= 4)
_LONG_LOC_HEADS = tuple(h for h in LOC_HEADS if len(h) > 4)
_SHORT_ORG_HEADS = frozenset(h for h in ORG_HEADS if len(h) <= 3)
_LONG_ORG_HEADS = tuple(h for h in ORG_HEADS if len(h) > 3 and " " not in h)
_MULTI_WORD_ORG_HEADS = tuple(h for h in ORG_HEADS if " " in h)


# Oblique and feminine/neuter/plural adjective endings, which a surname rarely has and a
# given name never: "Unii Europejskiej", "Morzu Czarnym", "Центральной Азии", "Білого дому".
_ADJECTIVE_FORM = re.compile(
    r"(?:[^aeiouy]ej|iej|skich|ckich|nich|[^aeiou]ym|[kg]im|[^aeiou]ych|iego|[^aeiou]ego|"
    r"[^aeiou]emu|ého|ému|ých|ými|"
    r"ské|ská|ní|ný|ый|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ых|их|ую|юю|ой|ей|ої|ього|ська|"
    r"ське|ські|ної|ного|ному|ним|них|ская|ское|ские)$")


def adjectival_pair(run: list[Token], lang: str | None) -> bool:
    """Two words, one an adjective by its ending, the first no given name: one name of a
    place or a body ("Unii Europejskiej", "Центральной Азии"), not a person or two names."""
    if len(run) != 2 or lang not in SLAVIC or any(
            t.is_allcaps or "'" in t.text or "’" in t.text for t in run):  # "Anthony'ego"
        return False
    if _PLURAL_ADJECTIVE.search(run[1].text.lower()):
        return True  # "Kolei Rosyjskich": no person's name, whatever the first word
    if is_first_name(run[0].text, lang) or _SURNAME_END.search(run[1].text.lower()):
        return False  # "Siergiej Koroliow": "-iej" is also a given name's ending
    return any(_ADJECTIVE_FORM.search(t.text.lower()) for t in run)


# Endings of East and West Slavic surnames (masculine), never of an adjective or a noun
# that an adjective qualifies in a name ("Koroliow", "Pieskow", "Шевченко", "Ковальчук").
_SURNAME_END = re.compile(r"(?:ow|ew|ów|[^aeiouy]ov|[^aeiouy]ev|enko|czuk|"
                          r"[^aeiouаеиоу]ов|[^aeiouаеиоу]ев|енко|чук|юк|[^aeiouy]icz|vič|вич|"
                          r"[^aeiouаеиоу][оеё]вым|[^aeiouаеиоу]иным)$")  # "Лавровым"


def looks_like_surname(word: str) -> bool:
    """A word with an East or West Slavic surname's ending ("Шевченко", "Koroliow")."""
    return bool(_SURNAME_END.search(word.lower()))


# Oblique plural adjectives ("Rosyjskich", "Českých", "Российских"): a body's or a
# place's name, not a person's.
_PLURAL_ADJECTIVE = re.compile(r"(?:skich|ckich|ských|ckých|ских|цких|ських|цьких)$")


# Abbreviations of common nouns, written in capitals but naming no one: gas systems and
# fuels, media, GDP and taxes, power plants, currencies ("ГТС", "СПГ", "LNG", "PKB", "USD").
_COMMON_ACRONYMS = frozenset(re.findall(r"\S+", """
гтс спг зпг нпз сми змі ввп аэс аес тэц тец гэс гес дтп ндс пдв ипц ицп
lng cng lpg pkb hdp dph vat gdp cpi ceo cfo bip mwst pib iva tva
usd eur gbp rub uah pln czk chf jpy cny byn
"""))
_ROMAN = re.compile(r"^[IVXLC]{2,}$")


def is_common_acronym(word: str) -> bool:
    """An all-capitals word that abbreviates a common noun or a currency, or a Roman
    numeral ("XXI"): a name only as part of a longer one."""
    return word.lower() in _COMMON_ACRONYMS or bool(_ROMAN.match(word))


@lru_cache(maxsize=64)
def _calendar_words(lang: str) -> frozenset[str]:
    """Day and month names, which some languages capitalise ("Thursday", "Freitag")."""
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names: set[str] = set()
    for table in (locale.days, locale.months):
        for context in table.values():
            for width in context.values():
                names.update(str(n).lower() for n in width.values())
    return frozenset(names)


def is_calendar_word(word: str, lang: str | None) -> bool:
    return word.lower() in _calendar_words(lang or "en")
