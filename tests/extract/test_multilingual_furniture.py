"""Multilingual page furniture: list labels, button bars, login prompts (issue 4).

The pages, written in the style of news templates of each language, are in
tests/fixtures/extract/furniture/ and checked by test_fixture_pages. The line cases here check
each label kind on its own, and that prose starting with the same words stays.
"""

from __future__ import annotations

import pytest

from newsdesk.extract.body import paragraph_block
from newsdesk.extract.boilerplate import is_furniture_line
from newsdesk.extract.labels import (
    is_agency_line,
    is_bar_line,
    is_byline_box,
    is_consent_box,
    is_date_line,
    is_list_label,
    is_login_prompt,
)


@pytest.mark.parametrize(
    "line",
    ["Más leídas de Política", "Lo más visto", "Otras noticias de Cámara de Diputados",
     "Seguí leyendo", "Mirá también:", "Articles les plus lus", "Dans la même rubrique",
     "Meistgelesen", "Ähnliche Beiträge", "Mehr aus Wirtschaft", "Najczęściej czytane",
     "Polecamy", "Most read", "Trending now", "Deja un comentario",
     "Schreibe einen Kommentar", "Laisser un commentaire", "12 Comments", "Dodaj komentarz"],
)
def test_list_labels(line: str) -> None:
    assert is_list_label(line)
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Compartir", "Partager sur Facebook", "Diesen Artikel teilen", "Udostępnij", "Drukuj",
     "Imprimer", "Valora esta noticia", "Share this article", "Back to top"],
)
def test_bar_lines(line: str) -> None:
    assert is_bar_line(line)
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Si ya sos suscriptor podés ingresar con tu usuario y contraseña.", "Contenido Exclusivo",
     "Ou si vous avez déjà un compte,", "Already have an account? Log in",
     "Sie haben bereits ein Abo? Hier anmelden", "Masz już konto? Zaloguj się"],
)
def test_login_prompts(line: str) -> None:
    assert is_login_prompt(line)
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Más leídas que nunca, las novelas policiales vuelven a las librerías del país.",
     "Otras noticias de la semana confirmaron que el puerto había perdido dos clientes.",
     "Les plus lus des auteurs de la rentrée sont aussi les plus traduits à l'étranger.",
     "Kommentare von Lesern haben die Redaktion auf den Fehler aufmerksam gemacht.",
     "Polecamy wszystkim mieszkańcom, by w sobotę korzystali z komunikacji miejskiej.",
     "Share prices fell by three percent on Monday after the report was published.",
     "Contenido exclusivo de la entrevista se publicará en la edición del domingo."],
)
def test_sentences_starting_like_a_label_are_prose(line: str) -> None:
    assert not is_list_label(line) and not is_bar_line(line) and not is_login_prompt(line)
    assert not is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    ("line", "crumb"),
    [("Accueil > Actualités > Décisions de l'assemblée générale du mardi 10 septembre", True),
     ("Inicio » Sociedad » El gobierno acusa a la empresa portuaria de aliarse con el sindicato",
      True),
     ("Startseite › Presse › Verbrauchertipp: So heizen Sie richtig", True),
     ("Home > News > World", True),
     # Not from the home page: the items must stay short.
     ("Sociedad > El gobierno acusa a la empresa portuaria de aliarse con el sindicato", False),
     ("Home > News > " + " ".join(["word"] * 25), False)],
)
def test_breadcrumb_from_home_may_end_with_the_page_title(line: str, crumb: bool) -> None:
    assert is_furniture_line(paragraph_block(line)) is crumb


@pytest.mark.parametrize(
    "line",
    ["Viernes 22 abril, 2022", "Miércoles, 04 de Mayo de 2022", "3 de mayo de 2022 21:25",
     "Mittwoch, 4. Mai 2022, 21:25 Uhr", "28.01.2022", "lundi 12 janvier 2020 à 11h30",
     "12 maja 2021", "Wednesday, May 4, 2022, 9:25 am", "13 August"],
)
def test_date_lines(line: str) -> None:
    assert is_date_line(line)
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Im Mai 2022 kam es zu ersten Protesten.", "13 August war ein guter Tag für die Stadt.",
     "El 22 de abril de 2022 el gobierno anunció la medida.", "Mai", "2022"],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)
    assert not is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    ("text", "byline"),
    [("María Solís\nmsolis@nacion.example |\nViernes 22 abril, 2022", True),
     ("Von Jan Kowalski\nRedakteur Politik\n4. Mai 2022", True),
     ("Der Regen fällt\nauf die Dächer\nder stillen Stadt", False),  # short lines, no date
     ("María Solís\nEl gobierno anunció este jueves una directriz obligatoria para todos los "
      "ministerios.\nViernes 22 abril, 2022", False)],  # a line of prose between
)
def test_byline_boxes(text: str, byline: bool) -> None:
    assert is_byline_box(text) is byline


@pytest.mark.parametrize(
    ("text", "consent"),
    [("Der datenschutzrechtliche Verantwortliche würde gerne mit folgenden Diensten Ihre "
      "personenbezogenen Daten verarbeiten.", True),
     ("Switch zum Einwilligen bzw. Ablehnen des Dienstes Youtube", True),
     ("Nous avons besoin de votre consentement pour afficher cette vidéo.", True),
     ("Accept all / Reject all", True),
     # An article about privacy names consent and personal data, without the dialog's phrases.
     ("Die Behörde verlangt, dass Websites vor dem Setzen von Cookies eine Einwilligung der "
      "Nutzer einholen und personenbezogene Daten nur sparsam verarbeiten.", False),
     ("The regulator said sites must ask for consent before they process personal data.",
      False)],
)
def test_consent_boxes(text: str, consent: bool) -> None:
    assert is_consent_box(text, len(text.split())) is consent


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Agencia EFE", True), ("AFP", True), ("Agentur dpa", True), ("Reuters.", True),
     ("EFE informó que el presidente viajará al sur.", False), ("Apple", False)],
)
def test_agency_lines(line: str, agency: bool) -> None:
    assert is_agency_line(line) is agency
