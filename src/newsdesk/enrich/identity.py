"""Cross-language identity keys for names: one key for "Putina", "Путін" and "Poutine".

A key is built in three steps, each cheap and model-free:

1. strip the case ending the article's language puts on names ("Moskwie", "Путиным",
   "Merkelové"), with per-language ending lists, on the lowercase original spelling;
2. transliterate to ASCII (anyascii), so Cyrillic and Latin spellings meet, after mapping
   the few letters whose ASCII form would hide the sound (Czech "č", Bulgarian "ъ");
3. normalise the orthography that languages transcribe differently (ou/u, w/v, j/y/i,
   kh/h, zh/z, ts/c, hard c/k, x/ks, the ai/ei diphthong, doubled letters, a trailing
   vowel), so "Pieskow" and "Peskov", "Biden" and "Байден" meet. Multi-word keys split
   hyphenated words ("Nord Stream-2" = "Nord Stream 2").

The keys are deliberately coarse: they decide identity of names that already passed
the recogniser, never whether a word is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

SLAVIC = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "uk", "ru", "be", "bg", "mk"})

# Case endings on names, longest first per language; the stem must keep 3+ letters.
ENDINGS: dict[str, tuple[str, ...]] = {
    "pl": ("owie", "iego", "iemu", "owi", "ego", "emu", "iej", "ach", "ami", "iem", "ej", "em",
           "om", "ie", "ą", "ę", "y", "i", "a", "u", "e", "o"),
    "cs": ("ovou", "ové", "ová", "ovi", "ého", "ému", "ech", "ům", "em", "ou", "ě", "é",
           "u", "y", "a", "e", "i", "o"),
    "sk": ("ovou", "ová", "ovi", "ého", "ému", "och", "om", "ou", "u", "y", "a", "e", "i"),
    "sl": ("om", "em", "u", "a", "e", "i"),
    "hr": ("om", "em", "u", "a", "e", "i"),
    "ru": ("ого", "его", "ому", "ему", "ый", "ий", "ым", "им", "ом", "ем", "ой", "ей", "ою", "ью",
           "у", "ю", "е", "а", "я", "ы", "и"),
    "uk": ("ого", "ому", "ові", "еві", "ий", "ом", "ем", "им", "ою", "єю", "ею", "ей", "у", "ю",
           "і", "е", "а", "я", "и", "ї"),
    "be": ("ага", "аму", "ам", "ым", "ай", "у", "ю", "е", "а", "я", "ы", "і"),
    "bg": ("ът", "ят", "та", "то",),
}
_GERMANIC_GENITIVE = {"de": ("s",), "en": ("'s", "’s"), "nl": ("'s",)}

# Letters a script spells apart from its neighbours, mapped before the ASCII transliteration:
# the Czech/Slovak/Croatian "č" is the Cyrillic "ч" (anyascii "ch"), not the "c" (ц) it
# would fold to; a Bulgarian "ъ" before a consonant is a vowel ("Тръмп" = "Trump"), the
# Russian hard sign (only ever before a vowel) is silent.
_SCRIPT = [
    (re.compile(r"č"), "ch"),
    (re.compile(r"ъ(?![аеиоуюяєіїэыё])"), "а"),
]

_ORTHO = [
    (re.compile(r"[^a-z0-9 ]"), ""),
    (re.compile(r"tsch|tch|cz"), "ch"),
    (re.compile(r"sch|sz|sh"), "s"),
    (re.compile(r"zh"), "z"),  # "ж": "Zhukov" = "Žukov" = "Żukow"
    (re.compile(r"kh|ch"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"x"), "ks"),  # "Alexei" = "Aleksiej" = "Алексей"
    (re.compile(r"c(?=[aoulr])"), "k"),  # hard c: "Clinton" = "Клинтон", "Macron" = "Макрон"
    (re.compile(r"t[sz]"), "c"),  # "ц": "Tsipras" = "Cipras", "Moritz" = "Мориц"
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"^ie"), "e"),  # Ukrainian "Є", "Ye-": "Ievropeisk" = "Evropeisk", "Yeltsin"
    (re.compile(r"(?<=[bcdfghklmnprstvz])ie"), "e"),
]
_DIPHTHONG = re.compile(r"[ae]i")
_VOWELS = re.compile(r"[aeiou]+")
_FINAL = [
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"u"), "a"),  # English "u" is "а" in Cyrillic ("Trump" = "Трамп", "Kushner")
]


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lowercase ASCII transliteration ("Київ" -> "kiiv", "Łódź" -> "lodz")."""
    return anyascii(text).lower()


def strip_ending(word: str, lang: str | None) -> str:
    """The word without the case ending its language adds to names (lowercase original)."""
    low = word.lower()
    for ending in ENDINGS.get(lang or "", ()) + _GERMANIC_GENITIVE.get(lang or "", ()):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: len(low) - len(ending)]
    return low


@lru_cache(maxsize=65536)
def token_key(word: str, lang: str | None) -> str:
    """The orthographic key of one name token, stable across languages and scripts."""
    key = strip_ending(word, lang)
    for pattern, repl in _SCRIPT:
        key = pattern.sub(repl, key)
    key = fold(key)
    for pattern, repl in _ORTHO:
        key = pattern.sub(repl, key)
    key = _merge_diphthongs(key)
    for pattern, repl in _FINAL:
        key = pattern.sub(repl, key)
    while len(key) > 3 and key[-1] in "aeiou":
        key = key[:-1]
    return key


_HYPHEN = re.compile(r"[-‐‑–]")


def _pieces(words: list[str]) -> list[str]:
    """The words with hyphenated ones split: languages disagree on the hyphen ("Nord
    Stream-2" / "Nord Stream 2", "al-Assad" / "al Assad"), and a case ending goes on the
    piece it belongs to ("потоку-2")."""
    return [p for w in words for p in _HYPHEN.split(w) if p]


def _merge_diphthongs(key: str) -> str:
    """ "ai"/"ei" (also "ay", "ej") as "i": the English long "i" is "ай" in Cyrillic
    ("Biden" = "Байден", "Ryanair" = "Райанэйр") and Arabic names are spelt with either
    ("Hussein" = "Hussain"). A name of one syllable keeps its vowels: there the vowel is
    most of what tells it apart ("Payne" / "Pine", "Klein" / "Klin")."""
    syllables = len(_VOWELS.findall(key.rstrip("aeiou")))
    return _DIPHTHONG.sub("i", key) if syllables >= 2 else key


def phrase_key(words: list[str], lang: str | None) -> str:
    """Key of a multi-word name: the keys of its tokens, joined."""
    return " ".join(k for k in (token_key(w, lang) for w in _pieces(words)) if k)


def person_key(words: list[str], lang: str | None) -> str:
    """A person is keyed by the surname (last token): "Vladimir Poutine" = "Putina"."""
    return token_key(words[-1], lang) if words else ""
