"""Entity types that context decides: one small case per rule, the expected type beside it."""

from __future__ import annotations

import pytest

from newsdesk.enrich.entities import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(use_spacy=False)


@pytest.mark.parametrize(("text", "lang", "mention", "kind"), [
    # The people of a country share its id, but their PER mentions do not retype it.
    ("Rusové protestovali. Rusové věří Putinovi. Je to sebezničení Ruska jako státu.",
     "cs", "Ruska", "LOC"),
    # A city after a place preposition is where something was said, not the speaker.
    ("Prezident Vladimir Putin na fóru v Petrohradu prohlásil, že vyhraje.",
     "cs", "Petrohradu", "LOC"),
    # A surname that is also a small town, right after a speech verb, is the speaker.
    ("Wojna potrwa – oświadczyła Sherman podczas wydarzenia w Brukseli.",
     "pl", "Sherman", "PER"),
    # A kind of company right before a name outvotes a speech verb elsewhere.
    ("Státní podnik Gazprom přerušil dodávky. V pátek ale Gazprom uvedl, že údržba skončí.",
     "cs", "Gazprom", "ORG"),
    # ... and a town of the same spelling.
    ("Vyplývá to z průzkumu sociálního institutu Forsa pro televizi.", "cs", "Forsa", "ORG"),
    ("Profesor Krejčí vyškolil české ministry.", "cs", "Krejčí", "PER"),
    # A run of acronyms after a title is the office, not a person.
    ("Глава МИД ФРГ отверг критику США в адрес проекта.", "ru", "МИД ФРГ", "ORG"),
    # A known body's acronym that is also a small function word elsewhere ("ke").
    ("Rozmawiano podczas szczytów KE i podczas rozmowy z kanclerz Merkel.", "pl", "KE", "ORG"),
    # Latin-script words in a Cyrillic article name a company, unless a given name starts them.
    ("Об этом говорится в сообщении Anglo American, контролирующей компанию.",
     "ru", "Anglo American", "ORG"),
    ("Об этом написал в соцсети Donald Trump, сообщает агентство.", "ru", "Donald Trump", "PER"),
])
def test_type_from_context(recognizer: EntityRecognizer, text: str, lang: str, mention: str,
                           kind: str) -> None:
    found = {m.text: m.type for m in recognizer.find(text, lang)}
    assert found.get(mention) == kind, found


@pytest.mark.parametrize(("text", "lang", "name"), [
    # A transliterated given name the lexicon lacks, in its bare form before a full name.
    ("Правительство возглавил Мохаммад Хасан Ахунд, отвечавший за политику.",
     "ru", "Мохаммад Хасан Ахунд"),
    ("Поверенный в делах в Москве Джамал Насир Гарвал дал интервью.", "ru",
     "Джамал Насир Гарвал"),
    # A body in the genitive before a person is still cut off.
    ("Szef Niemieckiego Instytutu Badań Ekonomicznych Marcel Fratzscher powiedział to.",
     "pl", "Marcel Fratzscher"),
])
def test_whole_person_name(recognizer: EntityRecognizer, text: str, lang: str,
                           name: str) -> None:
    found = {m.text: m.type for m in recognizer.find(text, lang)}
    assert found.get(name) == "PER", found
