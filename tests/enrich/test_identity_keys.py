"""Name keys across transliterations (`enrich.identity`): spellings of one name that
languages and scripts write apart share a key; near but different names keep theirs.

Each case is a group of (name, language) spellings with the expected outcome beside it;
the names are invented or well-known public names."""

from __future__ import annotations

import pytest

from newsdesk.enrich.identity import person_key, phrase_key, token_key

SAME_TOKEN = [
    pytest.param([("Biden", "pl"), ("Байден", "ru")], id="ai-diphthong-cyrillic"),
    pytest.param([("Hussein", "pl"), ("Hussain", "fr")], id="ei-ai-arabic"),
    pytest.param([("Ryanair", "pl"), ("Райанэйр", "ru")], id="english-y-diphthong"),
    pytest.param([("Airbus", "cs"), ("Эйрбас", "ru")], id="airbus"),
    pytest.param([("Trump", "cs"), ("Тръмп", "bg"), ("Трамп", "ru")], id="bulgarian-er-vowel"),
    pytest.param([("Clinton", "cs"), ("Клинтон", "ru")], id="hard-c"),
    pytest.param([("Macron", "fr"), ("Макрон", "ru")], id="hard-c-before-r"),
    pytest.param([("Tsipras", "en"), ("Cipras", "pl"), ("Ципрас", "ru")], id="ts-c"),
    pytest.param([("Moritz", "de"), ("Мориц", "ru")], id="tz-c"),
    pytest.param([("Alexandr", "en"), ("Aleksandr", "cs"), ("Александр", "ru")], id="x-ks"),
    pytest.param([("Zhukov", "en"), ("Žukov", "cs"), ("Żukow", "pl"), ("Жуков", "ru")],
                 id="zh-z"),
    pytest.param([("Čajkovskij", "cs"), ("Чайковский", "ru"), ("Czajkowski", "pl")],
                 id="czech-c-caron"),
    pytest.param([("Jelcyn", "pl"), ("Yeltsin", "en"), ("Єльцин", "uk"), ("Ельцин", "ru")],
                 id="initial-ye"),
    pytest.param([("Schneider", "de"), ("Шнайдер", "ru")], id="ei-ai-german"),
]

DIFFERENT_TOKEN = [
    pytest.param(("Payne", "en"), ("Pine", "en"), id="short-keeps-diphthong"),
    pytest.param(("Klein", "de"), ("Klin", "ru"), id="one-syllable"),
    pytest.param(("Carter", "en"), ("Carver", "en"), id="consonant-differs"),
    pytest.param(("Celje", "sl"), ("Kelje", "sl"), id="soft-c-stays"),
    pytest.param(("Markov", "ru"), ("Merkel", "de"), id="vowel-and-consonant"),
    pytest.param(("Sasha", "en"), ("Sacha", "fr"), id="sh-is-not-ch"),
]


@pytest.mark.parametrize("names", SAME_TOKEN)
def test_transliterations_share_a_key(names: list[tuple[str, str]]) -> None:
    assert len({token_key(name, lang) for name, lang in names}) == 1


@pytest.mark.parametrize(("a", "b"), DIFFERENT_TOKEN)
def test_near_names_keep_their_keys(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert token_key(*a) != token_key(*b)


@pytest.mark.parametrize(("a", "b"), [
    pytest.param(["Nord", "Stream-2"], ["Nord", "Stream", "2"], id="hyphen-number"),
    pytest.param(["Bab", "al-Aziziya"], ["Bab", "al", "Aziziya"], id="hyphen-article"),
    pytest.param(["Северного", "потока-2"], ["Северный", "поток", "2"], id="ending-before-hyphen"),
])
def test_phrase_keys_ignore_hyphens(a: list[str], b: list[str]) -> None:
    lang = "ru" if a[0][0] in "Сс" else "cs"
    assert phrase_key(a, lang) == phrase_key(b, lang)


def test_person_key_is_the_whole_last_word() -> None:
    """A hyphenated surname stays one key: its last piece alone ("Mahmudi" of "al-Mahmudi")
    matched other people's given names."""
    assert person_key(["Ali", "al-Mahmudi"], "en") != person_key(["Mahmud"], "en")
