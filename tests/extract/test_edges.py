"""Article edges: bylines and datelines above the story, bios and pitches below it."""

from __future__ import annotations

import pytest

from newsdesk.extract.body import Block, drop_title_lines, paragraph_block
from newsdesk.extract.edges import (
    is_meta_line,
    is_photo_caption,
    is_widget_label,
    trim_edges,
)

PROSE = [
    paragraph_block(f"Paragraph {n} of the story says what the council decided on Tuesday, "
                    "and why the decision matters to the people who live in the city.")
    for n in range(6)
]



@pytest.mark.parametrize(
    "line",
    ["By Jane Doe", "By Jane Doe, Associated Press", "Jane Doe | Updated on 19-Dec-2025",
     "Published on: February 14, 2025", "[Submitted on 18 Dec 2025]",
     "Submitted by editor on Tue, 12/10/2019 - 10:30", "Last updated: 13 July 2020", "19/12/2025",
     "9 min read", "Lesezeit: 4 Minuten", "Von Max Muster", "19. November 2021",
     "Aktualisiert am 3. März 2024, 10:30 Uhr", "Par Jean Dupont", "mercredi 11 septembre 2019",
     "Article mis à jour le 7 janvier 2020.", "Por María López", "Publicado el 5 de mayo de 2023",
     "Opublikowano 28 kwietnia 2021, 06:29", "Aggiornato il 4 giugno 2022", "Door Jan de Vries",
     "Atualizado em 2 de março de 2021", "Autor: Fritz Imhof", "Auteur : Kossivi Tiassou",
     "(jg)", "(dr/spot)", "Updated 3 hours ago"],
)
def test_meta_lines(line: str) -> None:
    assert is_meta_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["By Monday, the vote had been counted in every district.",
     "Di Maio ha detto che il governo andrà avanti.",
     "Por qué el tren llegó tarde",
     "The 2025 budget was approved on 12 May 2025 by a large majority of the council.",
     "Published reports say the mayor will resign.",
     "Bids must be submitted by May 3, 2025."],
)
def test_prose_is_not_a_meta_line(line: str) -> None:
    assert not is_meta_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line", ["Share", "Advertisement", "Anzeige", "Publicité", "Reklama", "Pubblicità",
             "Table of Contents", "Inhaltsverzeichnis", "Sommaire", "Read more", "Udostępnij"],
)
def test_widget_labels(line: str) -> None:
    assert is_widget_label(paragraph_block(line))


def test_a_caption_names_places_in_the_photo_but_a_long_paragraph_is_prose() -> None:
    caption = "Mayor Ann Smith (left) and engineer Tom Brown at the opening."
    assert is_photo_caption(paragraph_block(caption))
    assert is_photo_caption(paragraph_block("Le maire (à gauche) et la directrice."))
    long = caption + " " + " ".join(["The bridge was closed for eleven weeks."] * 8)
    assert not is_photo_caption(paragraph_block(long))


def test_bio_and_its_name_line_go_only_at_the_end() -> None:
    bio = paragraph_block("Jane Doe is a senior reporter at the Example Times covering cities.")
    name = paragraph_block("Jane Doe")
    assert trim_edges([*PROSE, name, bio]) == PROSE
    middle = [*PROSE[:2], bio, *PROSE[2:]]
    assert trim_edges(middle) == middle


def test_a_pitch_cuts_the_rest_of_the_tail() -> None:
    pitch = paragraph_block("----------\nSHARE YOUR STORY\nDo you have an issue? Write to us.")
    rest = paragraph_block("Fill out the form below or email us.")
    assert trim_edges([*PROSE, pitch, rest]) == PROSE
    join = paragraph_block("When you join the Example Times family, you get unlimited access.")
    assert trim_edges([*PROSE, join]) == PROSE


def test_closing_notes_and_dated_post_lists() -> None:
    note = paragraph_block("This story was developed in partnership with Example Catering.")
    posts = Block("list", "- Older post - January 13, 2020\n- Another post - December 9, 2019",
                  lambda: "")
    assert trim_edges([*PROSE, note, posts]) == PROSE
    disclosure = paragraph_block("DISCLOSURE: If you buy through affiliate links, I may earn "
                                 "a small commission.")
    assert trim_edges([disclosure, *PROSE]) == PROSE


def test_a_breadcrumb_ending_in_the_title_is_a_title_copy() -> None:
    title = "Harbour bridge reopens after repairs"
    crumb = paragraph_block(f"News » {title}")
    assert drop_title_lines([crumb, *PROSE], [title]) == PROSE
