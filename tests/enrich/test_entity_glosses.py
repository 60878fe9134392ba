"""Third round of 2026-11-27 (issue 5): a place's bracketed gloss, an inflected acronym
before a person."""

from __future__ import annotations

import pytest

from newsdesk.enrich.entities import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(use_spacy=False)


@pytest.mark.parametrize(("text", "lang", "place", "gloss"), [
    ("Rusko vyvíjí tlak na Mykolajiv (Nikolajev) a následně na Oděsu.", "cs",
     "Mykolajiv", "Nikolajev"),
    ("Pociągi jadą do Lwowa (Lviv) codziennie.", "pl", "Lwowa", "Lviv"),
])
def test_bracketed_gloss_of_a_place_is_the_same_place(
        recognizer: EntityRecognizer, text: str, lang: str, place: str, gloss: str) -> None:
    """ "Mykolajiv (Nikolajev)": the other language's name of the place, same identity."""
    found = {m.text: m for m in recognizer.find(text, lang)}
    assert found[gloss].type == "LOC"
    assert found[gloss].entity == found[place].entity


def test_bracket_after_a_person_is_no_place_gloss(recognizer: EntityRecognizer) -> None:
    """A bracket after a person holds a party or a country, not another name of theirs."""
    found = {m.text: m.type for m in recognizer.find(
        "Debatu vedl poslanec Jan Novák (Piráti) včera večer.", "cs")}
    assert found.get("Piráti") != "LOC"


@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("В список вошли глава МИДа Мариз Пэйн и другие.", "ru",
     {("МИДа", "ORG"), ("Мариз Пэйн", "PER")}),
    ("Представитель МИДа Мария Захарова заявила об этом.", "ru",
     {("МИДа", "ORG"), ("Мария Захарова", "PER")}),
    ("Контракт підписали з компанією НАКу вчора.", "uk", {("НАКу", "ORG")}),
])
def test_declined_acronym_is_a_body_of_its_own(
        recognizer: EntityRecognizer, text: str, lang: str,
        mentions: set[tuple[str, str]]) -> None:
    """ "МИДа Мариз Пэйн": an acronym with a case ending is no given name; the person after
    it is a name of its own, and a title or speech verb around does not make it a person."""
    assert mentions <= {(m.text, m.type) for m in recognizer.find(text, lang)}


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Це зафіксовано в Договорі до Енергетичної хартії та в угодах.", "uk",
     "Договорі до Енергетичної хартії"),
    ("Норми містять Договір про заснування Енергетичного співтовариства і закони.", "uk",
     "Договір про заснування Енергетичного співтовариства"),
    ("Діє також Угода про асоціацію між Україною та ЄС.", "uk",
     "Угода про асоціацію між Україною та ЄС"),
    ("Česko podepsalo Smlouvu o Evropské unii v roce 1993.", "cs", "Smlouvu o Evropské unii"),
    ("Polska podpisała Traktat o Unii Europejskiej i umowę handlową.", "pl",
     "Traktat o Unii Europejskiej"),
])
def test_capitalised_treaty_with_a_prepositional_tail_is_one_event(
        recognizer: EntityRecognizer, text: str, lang: str, mention: str) -> None:
    """Only a title's first word is capitalised in Slavic spelling: the agreement noun, its
    preposition and the tail up to the capitalised words' noun are one treaty (EVT)."""
    assert (mention, "EVT") in {(m.text, m.type) for m in recognizer.find(text, lang)}


def test_treaty_noun_without_a_name_in_its_tail_is_no_treaty(
        recognizer: EntityRecognizer) -> None:
    """ "Договір про співпрацю" at a sentence start is just "an agreement on cooperation"."""
    assert recognizer.find("Договір про співпрацю підписали вчора.", "uk") == []


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Statek podniósł kotwicę u wybrzeży Krymu i wyłączył transponder.", "pl", "Krymu"),
    ("Sankce přišly po anexi, Krym zůstává okupovaný.", "cs", "Krym"),
])
def test_four_letter_region_of_a_slavic_country_is_a_place(
        recognizer: EntityRecognizer, text: str, lang: str, mention: str) -> None:
    """ISO 3166-2 "Avtonomna Respublika Krym": four letters, kept for UA/RU/BY regions."""
    assert (mention, "LOC") in {(m.text, m.type) for m in recognizer.find(text, lang)}


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Walki trwają w okolicach Zawodziańska od rana.", "pl", "Zawodziańska"),
    ("Бои идут в окрестностях Заводянска с утра.", "ru", "Заводянска"),
])
def test_unknown_word_after_a_vicinity_noun_is_a_place(
        recognizer: EntityRecognizer, text: str, lang: str, mention: str) -> None:
    """ "w okolicach X", "в окрестностях X": the vicinity of a place names the place."""
    assert (mention, "LOC") in {(m.text, m.type) for m in recognizer.find(text, lang)}
