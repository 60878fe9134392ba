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
