"""Round-2 extraction rules: link teasers, title copies, boxes, and DOM gaps put back."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsdesk.extract.body import Block, drop_title_lines, paragraph_block
from newsdesk.extract.boilerplate import is_furniture_line, is_link_teaser, strip_boilerplate
from newsdesk.extract.gaps import dom_blocks, fill_gaps

FIRST = "The council met on Tuesday and talked for a long time about the budget of the city."
SECOND = "Supporters say the new bridge will shorten the commute of thousands of people a day."



def _linked(text: str, share: float) -> Block:
    return Block("p", text, lambda: "", link_share=share)


def test_link_teaser_needs_links_short_lines_and_several_of_them() -> None:
    assert is_link_teaser(_linked("Prices fall in March\nNew metro line for 2026", 1.0))
    assert not is_link_teaser(_linked("Prices fall in March", 1.0))  # one linked call: kept
    assert not is_link_teaser(_linked("Prices fall in March\nNew metro line", 0.3))
    assert not is_link_teaser(Block("h2", "Prices\nMetro", lambda: "", link_share=1.0))


@pytest.mark.parametrize(
    "line",
    ["We use cookies to improve your experience on this website.",
     "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons.",
     "Soutenez-nous : faites un don pour garder nos articles gratuits.",
     "The mayor at Tuesday's meeting (Photo: Jane Doe/Example).",
     "Guests pick pastries from the cabinets. | Photo by Jane Doe",
     "Mehr zum Thema auf example.de", "Symbolbild: eine Brücke",
     "Contents are licensed under CC-BY 4.0 unless stated otherwise."],
)
def test_box_lines_are_furniture(line: str) -> None:
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Cookies are a favourite snack of the council members, the survey found, and so on.",
     "The photo agency said it would support the new bridge in court next spring."],
)
def test_prose_mentioning_cookies_or_photos_is_kept(line: str) -> None:
    assert not is_furniture_line(paragraph_block(line))


def test_read_more_suffix_is_cut_from_a_paragraph() -> None:
    blocks, _ = strip_boilerplate([paragraph_block(FIRST + " [read more]")])
    assert blocks[0].text == FIRST


def test_title_copies_at_the_top_are_dropped_and_later_ones_kept() -> None:
    titles = ["Bridge approved", "Bridge approved | City | Example News"]
    blocks = [paragraph_block("Bridge approved | City | Example News"),
              paragraph_block(FIRST), paragraph_block(SECOND), paragraph_block("Bridge approved")]
    kept = drop_title_lines(blocks, titles)
    assert [b.text for b in kept] == [FIRST, SECOND, "Bridge approved"]


PAGE = f"""<html><body><article>
<p>{FIRST}</p>
<h2><a href="#why">Why the bridge matters</a> now</h2>
<ul><li>Shorter trips for commuters</li><li>Less traffic on the old bridge</li></ul>
<figure><figcaption>The river at dawn</figcaption></figure>
<ul><li><a href="/r/1">Other story one</a></li><li><a href="/r/2">Other story two</a></li></ul>
<p>{SECOND}</p>
<h3>Related articles</h3><p>Prices fall in March and the council reacts to it.</p>
</article></body></html>"""


def test_gaps_between_kept_paragraphs_get_headings_and_lists_back() -> None:
    dom = dom_blocks(fromstring(PAGE))
    filled = fill_gaps([paragraph_block(FIRST), paragraph_block(SECOND)], dom)
    assert [(b.kind, b.text) for b in filled] == [
        ("p", FIRST),
        ("h2", "Why the bridge matters now"),
        ("list", "- Shorter trips for commuters\n- Less traffic on the old bridge"),
        ("p", SECOND),
    ]  # no caption, no linked list, nothing after the last kept block


def test_a_related_label_ends_the_gap() -> None:
    third = "Opponents warned that the cost of the bridge had doubled since the first estimate."
    page = PAGE.replace("</article>", f"<p>{third}</p></article>")
    filled = fill_gaps([paragraph_block(SECOND), paragraph_block(third)],
                       dom_blocks(fromstring(page)))
    assert [b.text for b in filled] == [SECOND, third]
