"""German capitalised words: which can name a speaker and which are only common nouns.

German capitalises every noun, so "a capitalised word mid-sentence is a name" picks
"Zuständigkeiten", "Stelle" or "Bereitschaft Deutschlands" as speakers. A speaker is a
person-like noun phrase: a proper name, a role or person noun (Minister, Sprecherin, Dame,
Abgeordnete — compounds end in their head noun, so "Bundesinnenminister" is one too) or an
organisation (Regierung, Fraktion, Zeitung, an acronym). Abstract nouns are recognised by
their derivational suffixes; any other noun after an article or determiner is a common
noun, while an article-less one may be a name ("Stölzel hat …", "Joe zuckte …").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Heads of person nouns (compounds end in them: Familienministerin, Oberrealschuldirektor).
_PERSON_HEADS = (
    "frau", "herr", "dame", "mann", "männer", "mädchen", "kind", "junge", "mutter", "vater",
    "bruder", "schwester", "sohn", "tochter", "onkel", "tante", "freund", "kollege", "mensch",
    "leute", "bürger", "minister", "kanzler", "präsident", "abgeordnete", "doktor", "professor",
    "könig", "kaiser", "fürst", "graf", "prinz", "herzog", "papst", "bischof", "pfarrer",
    "rabbi", "christ", "richter", "anwalt", "experte", "forscher", "sprecher", "chef", "leiter",
    "direktor", "vorsitzende", "kritiker", "gegner", "befürworter", "vertreter", "mitglied",
    "gast", "wirt", "arzt", "ärztin", "beamte", "angestellte", "sterbende", "bauer",
    "zeuge", "genosse", "nachbar", "gatte", "gattin", "witwe", "knabe", "greis",
    "fremde", "stadtrat", "regierungsrat", "gemeinderat", "landrat", "assessor", "sekretär",
    "offizier", "general", "soldat", "kommissar", "redner", "braut", "bräutigam",
    "schüler", "lehrer", "student", "autor", "dichter", "verfasser", "journalist", "reporter",
    "korrespondent", "vorstand", "diener", "magd", "knecht", "meister",
    "ökonom", "politiker", "wähler", "eltern", "familie", "familien", "jurist", "bürgermeister",
    "staatssekretär", "kollegin", "publikum", "volk", "mehrheit", "minderheit",
)
# Heads of organisations and publications, which speak too.
_ORG_HEADS = (
    "regierung", "partei", "fraktion", "union", "kommission", "ministerium", "gericht",
    "zeitung", "blatt", "tageblatt", "presse", "agentur", "verband", "gewerkschaft",
    "konzern", "bank", "unternehmen", "senat", "parlament", "bundestag", "bundesrat",
    "ausschuss", "behörde", "polizei", "staatsanwaltschaft", "opposition", "koalition",
    "delegation", "redaktion", "versammlung", "kammer", "kabinett", "verwaltung", "nato",
    "uno", "institut", "stiftung", "gesellschaft", "vereinigung", "länder",
    "kreml", "rathaus", "magistrat", "korrespondenz", "anzeiger", "kurier", "rundschau",
    "zeitschrift", "wochenschau", "monatsschrift", "nachrichten", "times", "journal",
)
_ROLE_ENDINGS = ("", "e", "en", "n", "s", "es", "in", "innen", "nen", "r")
_ABSTRACT = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|nis|nisse|nissen|tum|tümer|ismus|tät|täten|ik|iken|"
    r"ie|ien|ion|ionen|enz|enzen|anz|anzen|ur|uren|ment|schaft|schaften|ei|eien|ität|age|"
    r"ismen|ose|ät|ungs)$"
)
_DETERMINERS = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
    "einen", "kein", "keine", "keiner", "keinen", "keinem", "dieser", "diese", "dieses",
    "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "unser", "unsere",
    "unserer", "unseren", "unserem", "ihr", "ihre", "ihrer", "ihren", "ihrem", "sein",
    "seine", "seiner", "seinen", "seinem", "mein", "meine", "meiner", "meinen", "meinem",
    "im", "am", "vom", "zum", "zur", "beim", "ins", "aufs", "welche", "welcher", "alle",
    "allen", "aller", "viele", "vielen", "einige", "einigen", "mehrere", "solche", "solchen",
    "jene", "jener", "jenen", "manche", "beide", "beiden", "euer", "eure", "dein", "deine",
})


def _heads_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\w))(?:{alternatives})(?:{'|'.join(_ROLE_ENDINGS[1:])})?$")


_PERSON_RE = _heads_re(_PERSON_HEADS)
_ROLE_RE = _heads_re(_PERSON_HEADS + _ORG_HEADS)


@lru_cache(maxsize=8192)
def role_noun(word: str) -> bool:
    """A person or organisation noun, also as the head of a compound ("Familienministerin")."""
    return bool(_ROLE_RE.search(word.lower()))


@lru_cache(maxsize=8192)
def person_noun(word: str) -> bool:
    """A role noun that stands for a person (what a pronoun "er"/"sie" can refer back to)."""
    return bool(_PERSON_RE.search(word.lower()))


def abstract_noun(word: str) -> bool:
    """-ung, -heit, -keit, -nis, -tät, -ion …: a thing or idea, not someone who speaks."""
    return len(word) > 4 and bool(_ABSTRACT.search(word.lower())) and not role_noun(word)


def after_determiner(text: str, start: int) -> bool:
    """The word at `start` follows an article or determiner, maybe with adjectives between
    ("die blasse Dame", "einer Pause"): a common noun unless it is a role noun."""
    window = re.split(r"[.,;:!?()\n«»“”„\"–—]", text[max(0, start - 60):start])[-1]
    words = window.split()[-4:]
    for word in reversed(words):
        lower = word.lower()
        if lower in _DETERMINERS:
            return True
        if not word[:1].islower():
            return False
    return False


_PRONOUNS = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "du",
                       "dich", "dir", "dein", "deine", "euch", "euer", "eure", "ich", "wir"})


def function_word(word: str) -> bool:
    """An article, determiner or pronoun, capitalised at a sentence start ("Eine", "Sie")."""
    lower = word.lower()
    return lower in _DETERMINERS or lower in _PRONOUNS


def speaker_word(text: str, start: int, word: str) -> bool:
    """Whether a capitalised German word mid-sentence can be (part of) a speaker's name."""
    if word.lower() in _PRONOUNS:  # polite "Sie", "Ihnen", old-style "Du"
        return False
    if word.isupper() or role_noun(word):
        return True
    if abstract_noun(word):
        return False
    return not after_determiner(text, start)
