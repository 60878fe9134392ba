"""Given names, to find where a person's name starts inside a longer capitalised run.

"Departamentu Stanu USA Heather Nauert", "МИД Сергея Лаврова": an institution's name
followed by a person's, with nothing between them. A given name tells where the
person starts, and a run that begins with one is a person. The names come from the
person providers of Faker (MIT licence, shipped as a PyPI package), every Latin- and
Cyrillic-script locale, keyed by the same orthographic key as the recogniser's words
(ASCII, without the case ending), so an inflected form ("Władimira", "Сергея") and another
script's spelling ("Владимир", "Vladimir") find the same name. Loaded once, lazily;
without Faker the lexicon is empty and the rules work as before.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache, lru_cache

from newsdesk.enrich.identity import fold, strip_ending

# Common given names that Faker's lists lack (its uk_UA list has "Олекса", not "Олексій").
_MISSING = ("Олексій", "Микола", "Дар'я", "Мар'яна", "В'ячеслав", "Рамзан", "Шамиль")
_UK_IJ_FORM = re.compile(r"і(?:я|ю|єм|ї)$")  # oblique forms of Ukrainian names in "-ій"
_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")
_MIN_KEY = 3  # shorter keys ("Al", "Jo") meet too many other words
_SCRIPTS_OK = 0x530
_APOSTROPHE_ENDING = re.compile(r"['’]\w{1,3}$")  # Latin and Cyrillic code points are below this


@cache
def first_names() -> frozenset[str]:
    """Keys of all given names of Faker's Latin and Cyrillic locales (empty without it)."""
    try:
        providers = importlib.import_module("faker.providers.person")
    except ImportError:
        return frozenset()
    keys: set[str] = set()
    for info in pkgutil.iter_modules(providers.__path__):
        module = importlib.import_module(f"{providers.__name__}.{info.name}")
        provider = getattr(module, "Provider", None)
        lang = info.name.split("_")[0]
        for attribute in _ATTRIBUTES:
            names = getattr(provider, attribute, ())
            if not isinstance(names, (tuple, list, dict)):
                continue  # a computed attribute, not a list
            for name in names:
                if isinstance(name, str) and " " not in name and all(
                        ord(ch) < _SCRIPTS_OK for ch in name):
                    keys.update(k for k in (_key(name, None), _key(name, lang))
                                if len(k) >= _MIN_KEY)
    keys.update(_key(name, None) for name in _MISSING)
    return frozenset(keys)


@lru_cache(maxsize=65536)
def is_first_name(word: str, lang: str | None) -> bool:
    """`word` (capitalised, possibly inflected) is a known given name."""
    if not word[:1].isupper() or word.isupper() or len(word) < 3:
        return False
    names = first_names()
    if word[:1] < "\u0400":
        word = _APOSTROPHE_ENDING.sub("", word)  # Polish "Anthony'ego", "Mike'a"
    if _key(word, None) in names:
        return True
    if lang == "uk" and _UK_IJ_FORM.search(word) and _key(
            _UK_IJ_FORM.sub("ій", word), None) in names:
        return True  # "Олексія", "Андрієм" <- Олексій, Андрій
    stem = _key(word, lang)  # an inflected form: the stem must say more ("Unii" is no "Uni")
    return len(stem) > _MIN_KEY and stem in names


def _key(word: str, lang: str | None) -> str:
    """ASCII spelling without the case ending; "w" and "v" meet ("Władimir", "Vladimir")."""
    key = fold(strip_ending(word, lang)).replace("'", "")  # "Дар'я", "Дарʼя", "Дар’я"
    return key.replace("w", "v").replace("y", "i").replace("j", "i")
