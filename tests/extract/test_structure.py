"""Round-7 rules: ordered lists keep their numbers; call, topic and copyright lines go; the
questions of FAQ accordions (toggle buttons) stay with their answers."""

from __future__ import annotations

import pytest
from lxml.html import fromstring, tostring

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.boilerplate import is_furniture_line, strip_boilerplate
from newsdesk.extract.listtext import list_lines, without_list_mark
from newsdesk.extract.toggles import opened_questions

STORY = ("The regional transit board voted on Wednesday to keep bus and train fares at their "
         "current level until the end of 2027, despite a growing gap in its budget.")


def test_ordered_items_are_numbered_unless_they_number_themselves() -> None:
    assert list_lines(["Insulate pipes", "Store water"], ordered=True) == (
        "1. Insulate pipes\n2. Store water"
    )
    assert list_lines(["1. Insulate pipes", "2) Store water"], ordered=True) == (
        "1. Insulate pipes\n2) Store water"
    )
    assert list_lines(["Insulate pipes"], ordered=False) == "- Insulate pipes"


def test_list_marks_carry_no_words_for_alignment() -> None:
    block = Block("list", "1. Insulate pipes\n- Store water", lambda: "")
    assert block.line_keys == ["insulate pipes", "store water"]
    assert without_list_mark("12. Twelve angry men") == "Twelve angry men"


@pytest.mark.parametrize(
    "line",
    ["Follow us on Facebook and Instagram", "Join our WhatsApp channel for updates",
     "Download our free news app", "Sign up for breaking news alerts", "Get our free newsletter",
     "Folgen Sie uns auf Instagram", "Abonnieren Sie unseren Newsletter",
     "Suivez-nous sur X", "Síguenos en Twitter", "Obserwuj nas na Facebooku",
     "Seguici su Instagram", "Tags: transit, fares, budget", "Schlagwörter: Haushalt, Schulen",
     "Filed under: Politics", "Copyright 2025 The Associated Press."],
)
def test_call_topic_and_copyright_lines_are_furniture(line: str) -> None:
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Tags: the police said the suspects had used them. Two were arrested on Friday.",
     "Follow the money, the auditor told the committee on Tuesday.",
     "Downloads of the app doubled after the launch, the company said."],
)
def test_prose_is_not_a_call_or_topic_line(line: str) -> None:
    assert not is_furniture_line(paragraph_block(line))


def test_a_call_line_with_the_story_after_it_is_dropped_alone() -> None:
    call = paragraph_block("Subscribe to our newsletter")
    blocks = [paragraph_block(STORY), paragraph_block(STORY + " One."), call,
              paragraph_block(STORY + " Two."), paragraph_block(STORY + " Three.")]
    kept, _ = strip_boilerplate(blocks)
    assert call not in kept and len(kept) == 4


def test_a_support_box_still_cuts_the_tail() -> None:
    blocks = [paragraph_block(STORY), paragraph_block(STORY + " One."),
              paragraph_block("Enjoyed this piece? We need your help to keep publishing."),
              paragraph_block(STORY + " Two."), paragraph_block(STORY + " Three.")]
    kept, _ = strip_boilerplate(blocks)
    assert len(kept) == 2


def test_question_toggles_become_headings_in_a_copy_only() -> None:
    tree = fromstring(
        "<html><body><header><button aria-expanded='false'>Do you want to search the site?"
        "</button></header><article><button aria-controls='a1'><span>How much can my rent "
        "go up?</span></button><div id='a1'><p>Five percent.</p></div>"
        "<button aria-expanded='false'>Show more</button>"
        "<button>Why is this a plain button?</button></article></body></html>"
    )
    opened = opened_questions(tree)
    assert [h.text for h in opened.iter("h3")] == ["How much can my rent go up?"]
    assert len(list(opened.iter("button"))) == 3  # chrome, "Show more", no toggle attribute
    assert not list(tree.iter("h3"))  # the caller's tree is untouched


def test_question_toggles_opened_in_place_match_the_copy() -> None:
    source = ("<html><body><article><button aria-controls='a1'><span>How much can my rent "
              "go up?</span></button> tail<div id='a1'><p>Five percent.</p></div></article>"
              "</body></html>")
    tree = fromstring(source)
    opened = opened_questions(tree, in_place=True)
    assert opened is tree
    assert tostring(opened) == tostring(opened_questions(fromstring(source)))


def test_a_page_without_question_toggles_is_not_copied() -> None:
    tree = fromstring("<html><body><p>Text</p><button aria-expanded='true'>Menu</button></body>"
                      "</html>")
    assert opened_questions(tree) is tree
