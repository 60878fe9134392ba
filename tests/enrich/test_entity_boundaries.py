"""Name boundaries: brackets inside a sentence, tickers, names joined by "&" (round of
2026-11-27, issue 5)."""

from __future__ import annotations

import pytest

from newsdesk.enrich.entities import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(use_spacy=False)


def _found(recognizer: EntityRecognizer, text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in recognizer.find(text, lang)}


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Деякі постачальники (Statoil і GasTerra) перейшли на спотові ціни.", "uk",
     ("Statoil", "ORG")),
    ("Ціну задає хаб NBP (National Balancing Point) у Лондоні.", "uk",
     ("National Balancing Point", "ORG")),
    ("Газ купують компанії (Uniper та Engie) роками.", "uk", ("Uniper", "ORG")),
])
def test_latin_word_in_a_cyrillic_bracket_is_no_sentence_start(
        recognizer: EntityRecognizer, text: str, lang: str, mention: tuple[str, str]) -> None:
    """A Latin-script capital right after "(" in a Cyrillic sentence is a name's own, not
    the position's (in Latin-script text a bracket may still open a sentence)."""
    assert mention in _found(recognizer, text, lang)


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Udziały mają Wintershall (BASFn.DE) i Shell (RDSa.L) od lat.", "pl", "BASFn"),
    ("Udziały mają Wintershall (BASFn.DE) i Shell (RDSa.L) od lat.", "pl", "RDSa"),
])
def test_mixed_case_tickers_are_no_names(recognizer: EntityRecognizer, text: str, lang: str,
                                         word: str) -> None:
    """Reuters instrument codes mix cases ("RDSa.L"): a code, not a company's name."""
    assert word not in {m.text for m in recognizer.find(text, lang)}


def test_sentence_missing_its_space_after_a_name_keeps_it(recognizer: EntityRecognizer) -> None:
    """ "Ukrainy.W środę": one capital and a full stop is a lost space, no ticker."""
    assert ("Ukrainy", "LOC") in _found(recognizer, "Gaz płynie do Ukrainy.W środę stanął.", "pl")


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Оцінку зробили аудитори Ernst&Young у квітні.", "uk", ("Ernst&Young", "ORG")),
    ("Shares of Procter & Gamble rose on Monday.", "en", ("Procter & Gamble", "ORG")),
])
def test_partners_joined_by_ampersand_are_one_firm(
        recognizer: EntityRecognizer, text: str, lang: str, mention: tuple[str, str]) -> None:
    """"Ernst&Young" is one firm, not a person "Ernst" and a place "Young"."""
    assert mention in _found(recognizer, text, lang)


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Санкции ввели против Республики Беларусь в среду.", "ru", ("Республики Беларусь", "LOC")),
    ("Przewodniczą w UE — Austriacka Republika i Bułgaria.", "pl",
     ("Austriacka Republika", "LOC")),
    ("Председатели в ЕС — Австрийская Республика и Болгария.", "ru",
     ("Австрийская Республика", "LOC")),
])
def test_state_word_and_country_are_one_place(
        recognizer: EntityRecognizer, text: str, lang: str, mention: tuple[str, str]) -> None:
    """A state's formal name is one place, also at a sentence start."""
    assert mention in _found(recognizer, text, lang)


def test_state_name_shares_the_country_identity(recognizer: EntityRecognizer) -> None:
    found = {m.text: m.entity for m in recognizer.find(
        "Санкции против Республики Беларусь. Беларусь ответила.", "ru")}
    assert found["Республики Беларусь"] == found["Беларусь"]


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("На думку С.Міксера, газопровід не потрібен.", "uk", ("С.Міксера", "PER")),
    ("Об этом заявил В. Путин в среду.", "ru", ("В. Путин", "PER")),
    ("Zima jest ciężka. S. Kowalski powiedział to w środę.", "pl", ("S. Kowalski", "PER")),
    ("The post was signed Donald J. Trump on Monday.", "en", ("Donald J. Trump", "PER")),
])
def test_initials_belong_to_the_person(
        recognizer: EntityRecognizer, text: str, lang: str, mention: tuple[str, str]) -> None:
    """An initial and a full stop before a surname are the person's, even where the letter
    is also a preposition ("В", "С") or the sentence starts with it."""
    assert mention in _found(recognizer, text, lang)


def test_initial_does_not_change_the_person_identity(recognizer: EntityRecognizer) -> None:
    found = {m.text: m.entity for m in recognizer.find(
        "Об этом заявил В. Путин. Путин уехал в среду.", "ru")}
    assert found["В. Путин"] == found["Путин"]


@pytest.mark.parametrize(("text", "name", "not_names"), [
    ("Prime Minister Keir Starmer met the Foreign Secretary on Monday. The Prime Minister "
     "said the talks were useful.", "Keir Starmer", {"Prime Minister", "Foreign Secretary"}),
    ("Chief Executive Jane Fraser told analysts that profits rose.", "Jane Fraser",
     {"Chief Executive", "Executive"}),
    ("Attorney General Merrick Garland spoke in Washington on Friday.", "Merrick Garland",
     {"Attorney General"}),
    ("The economy will recover, Deputy Prime Minister Anna Lee said.", "Anna Lee",
     {"Deputy Prime Minister"}),
])
def test_english_office_titles_are_cut_from_names(recognizer: EntityRecognizer, text: str,
                                                  name: str, not_names: set[str]) -> None:
    """English capitalises office titles before the name ("Prime Minister Keir Starmer"):
    the title is a cue for the person, not part of their name, and alone no person at all
    (else every article about any prime minister would share an entity)."""
    found = _found(recognizer, text, "en")
    assert (name, "PER") in found
    assert not {text for text, _ in found} & not_names


@pytest.mark.parametrize(("text", "name"), [
    ("Fans streamed the final on Prime Video in Berlin.", "Prime Video"),
    ("Shares of Home Depot rose on Tuesday.", "Home Depot"),
])
def test_title_qualifiers_alone_cut_nothing(recognizer: EntityRecognizer, text: str,
                                            name: str) -> None:
    """Only qualifiers followed by an office make a title: "Prime Video" stays whole."""
    assert name in {t for t, _ in _found(recognizer, text, "en")}
