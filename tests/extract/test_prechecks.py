"""The cheap tests in front of costly pattern scans never turn away a text the pattern finds."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import fromstring

from newsdesk.extract.body import first_word, paragraph_block, text_key
from newsdesk.extract.boilerplate import (
    _may_end_with_credit,
    is_furniture_line,
)
from newsdesk.extract.dek import _may_start_with
from newsdesk.extract.gaps import DomBlock, dom_blocks, fill_gaps
from newsdesk.extract.inline import _POST_MARKERS, _POST_SIGNATURE, _may_be_post
from newsdesk.extract.phrases import (
    CAPTION_CREDIT_END,
    RIGHTS,
    SUPPORT,
    may_ask_support,
    may_claim_rights,
)

POSTS = [
    "So proud of the team! pic.twitter.com/AbC123",
    "PIC.TWITTER.COM/xyz what a day",
    "View this post on Instagram",
    "VIEW THIS PROFILE ON INSTAGRAM",
    "A post shared by Jane Doe (@janedoe)",
    "Great game tonight — Jane Doe (@janedoe) March 3, 2025",
]
NOT_POSTS = ["The council met on Tuesday to discuss the budget.", "He reviewed the plan."]


@pytest.mark.parametrize("text", POSTS)
def test_post_texts_pass_the_pre_test(text: str) -> None:
    assert _POST_SIGNATURE.search(text) or _POST_MARKERS.search(text)
    assert _may_be_post(text)


@pytest.mark.parametrize("text", NOT_POSTS)
def test_plain_prose_is_turned_away_before_the_scan(text: str) -> None:
    assert not _may_be_post(text)


CREDITS = [
    "The mayor at the opening (Photo: Jane Doe).",
    "Flooded streets on Monday (FOTO: dpa)",
    "Crowds in the square | Photo by John Roe",
    "Crowds in the square / FOTO: Agencja",
]


@pytest.mark.parametrize("text", CREDITS)
def test_credited_captions_pass_the_pre_test(text: str) -> None:
    assert CAPTION_CREDIT_END.search(text)
    assert _may_end_with_credit(text)


def test_a_sentence_ending_in_a_full_stop_is_turned_away() -> None:
    assert not _may_end_with_credit("The vote is expected next week.")


KEYED_TEXTS = [
    "Hello, World", "  -- İstanbul'da bir gün", "STRASSE und Straße", "—", "42 is the answer",
]


@pytest.mark.parametrize("text", KEYED_TEXTS)
def test_a_page_blocks_first_word_is_the_first_word_of_its_key(text: str) -> None:
    item = DomBlock(etree.Element("p"), text)
    assert first_word(item.text) == item.key.partition(" ")[0]


@pytest.mark.parametrize(("text", "head", "found"), [
    ("Hello, World and more", "hello world", True),
    ("Hello, World and more", "hel", True),  # a head cut inside its first word
    ("Goodbye, World", "hello world", False),
])
def test_the_first_word_test_keeps_every_block_whose_key_starts_with_the_head(
    text: str, head: str, found: bool
) -> None:
    item = DomBlock(etree.Element("p"), text)
    assert _may_start_with(item, head) is found
    assert item.key.startswith(head) is found


def test_a_page_block_of_an_article_paragraphs_text_takes_the_same_key() -> None:
    text = "The council met on Tuesday to discuss the budget, again."
    item = DomBlock(etree.Element("p"), text)
    fill_gaps([paragraph_block(text)], [item])
    assert vars(item)["key"] == text_key(text)


# One line per SUPPORT phrase, in the case a template may set it.
SUPPORT_LINES = [
    "Please SUPPORT US today.", "Donate now to keep us going", "Make a donation",
    "Unterstützen Sie uns!", "Jetzt spenden", "Soutenez-nous", "Faites un don",
    "Apóyanos", "Haz una donación", "Wesprzyj nas", "Sostienici",
    "Fai una donazione", "Apoie-nos", "Faça uma doação", "Steun ons", "Przekaż nam 1% podatku",
]
# One line per RIGHTS phrase.
RIGHTS_LINES = [
    "© 2024 Example Media. All Rights Reserved.", "Alle Rechte vorbehalten.",
    "Tous droits réservés", "Todos los derechos reservados", "Wszelkie prawa zastrzeżone",
    "Materiał chroniony prawem autorskim", "Tutti i diritti riservati",
    "Todos os direitos reservados", "Alle rechten voorbehouden",
    "Published under a CC-BY licence", "Photo under the Creative Commons licence",
    "Copyright 2025 The Associated Press.", "(c) 2023 Example",
]


@pytest.mark.parametrize("text", SUPPORT_LINES)
def test_support_requests_pass_the_pre_test(text: str) -> None:
    assert SUPPORT.search(text)
    assert may_ask_support(text.lower())


@pytest.mark.parametrize("text", RIGHTS_LINES)
def test_rights_lines_pass_the_pre_test(text: str) -> None:
    assert RIGHTS.search(text)
    assert may_claim_rights(text.lower())


def test_plain_prose_holds_no_support_or_rights_key() -> None:
    text = "the council met on tuesday to discuss the budget and the new school."
    assert not may_ask_support(text) and not may_claim_rights(text)


@pytest.mark.parametrize("words", [81, 200])
def test_long_prose_is_no_furniture_line(words: int) -> None:
    text = " ".join(["word"] * (words - 3)) + " all rights reserved"
    assert not is_furniture_line(paragraph_block(text))


# A page fragment and the texts of its leaf blocks: the substring test in front of the walk up
# must neither drop a leaf whose next block only repeats its words nor keep a container.
LEAF_CASES = [
    ("<div><ul><li><p>Item one here</p></li></ul></div>", ["Item one here"]),
    ("<div><p><b>Same words</b></p><p>Same words</p></div>", ["Same words", "Same words"]),
    ("<div><p>Outer <i>words</i> here</p><h2>words</h2></div>", ["Outer words here", "words"]),
    ("<div><blockquote><span>Quote</span><p>Quote</p></blockquote></div>", ["Quote"]),
    # deeper than `MAX_NESTING`: the outer block counts as a leaf of its own as well
    ("<div><li><div><div><div><div><p>Deep</p></div></div></div></div></li></div>",
     ["Deep", "Deep"]),
]


@pytest.mark.parametrize(("fragment", "texts"), LEAF_CASES)
def test_leaf_blocks_are_found_as_before(fragment: str, texts: list[str]) -> None:
    assert [b.text for b in dom_blocks(fromstring(fragment))] == texts
