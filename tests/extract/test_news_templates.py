"""Round-5 rules on news templates: in-article boxes, embedded posts, media labels, pull quotes.

Each fixture is a news page written for the test (wire story, live blog, inline teasers and
sign-ups, photo essay, broadcaster page) with what a reference article body keeps and omits.
"""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.continuation import later_parts
from newsdesk.extract.gaps import dom_blocks, fill_gaps
from newsdesk.extract.inline import (
    drop_inline_furniture,
    is_counter,
    is_credited_caption,
    is_embedded_post,
    is_media_line,
    is_template_line,
)

STORY = "The council met on Tuesday and talked for a long time about the budget of the city."



@pytest.mark.parametrize(
    "line",
    ["Long lines at 8:55pm. — Local Reporter (@localreporter) November 5, 2024",
     "Queue outside the polling station pic.twitter.com/abc123",
     "A post shared by Jane Doe (@janedoe)",
     "Schlange vor dem Wahllokal — Anna Muster (@amuster) 5. November 2024"],
)
def test_embedded_posts_are_recognised(line: str) -> None:
    assert is_embedded_post(paragraph_block(line))


@pytest.mark.parametrize(
    "line", ["1 / 12", "3 of 10", "Image 2 of 8", "Foto 4/9", "Video, 00:01:45", "00:03:12",
             "Listen to this article", "Image caption, The frog is tiny",
             "Watch: How scientists tracked the frog",
             "Words by Kim Berg. Photographs by Lars Dahl"],
)
def test_media_labels_and_counters_are_recognised(line: str) -> None:
    block = paragraph_block(line)
    assert is_counter(block) or is_media_line(block)


@pytest.mark.parametrize(
    "line",
    ["The ridge where the frog was found. Photo: John Roe / Getty Images",
     "Residents wade through floodwater on Main Street. (AP Photo/Sam Lee)",
     "Firefighters at the scene on Monday, via Getty Images"],
)
def test_captions_ending_with_a_credit_are_dropped(line: str) -> None:
    assert is_credited_caption(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["It found only two second-best fares (APEX Chicago to Rome and Denver to Delhi).",
     "The plant meets the efficiency rules (EPAct standards for motors)."],
)
def test_a_bracket_opening_with_an_agency_like_word_is_prose(line: str) -> None:
    assert not is_credited_caption(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    ["Story continues below advertisement", "Continue reading the main story",
     "Skip advertisement", "toggle caption", "Most Popular", "View comments (12)", "142 Comments",
     "Getty Images", "SEE ALSO: Ten things to know before the vote",
     "Sign up for our daily newsletter to get the latest news delivered.",
     "Please turn on JavaScript. Some features may not work without it.", "Older posts",
     "Older postsPage 1 of 4", "Page 2 of 3",
     "Weiterlesen nach der Anzeige", "La suite après la publicité", "Czytaj dalej pod reklamą",
     "El artículo continúa debajo de la publicidad"],
)
def test_template_lines_between_paragraphs_are_dropped(line: str) -> None:
    assert is_template_line(paragraph_block(line))
    story = paragraph_block(STORY)
    assert drop_inline_furniture([story, paragraph_block(line), story]) == [story, story]


@pytest.mark.parametrize(
    "line",
    ["She said the photo showed the scene of the accident clearly.",
     "Watching the game, he said 1 of 3 players was injured in the first half of the match.",
     "In 2020, the study of 40 schools found more pupils reading at home.",
     "By contrast, the opposition wanted lower taxes for small firms and families.",
     "Continue reading and you will see why the mayor changed her mind in the end.",
     "Most popular among the candidates was the plan to build a new school.",
     "AP reporters counted 40 trucks on the bridge on Monday morning.",
     "Older posts on the forum were deleted after the leak, the company said."],
)
def test_prose_is_not_inline_furniture(line: str) -> None:
    blocks = [paragraph_block(STORY), paragraph_block(line)]
    assert drop_inline_furniture(blocks) == blocks


def test_pull_quote_repeating_a_sentence_goes_but_code_lines_stay() -> None:
    quote = Block("quote", "I tell them the machine does not know the sea. I do.", lambda: "")
    prose = paragraph_block("“People ask me why,” he said. “I tell them the machine does not "
                            "know the sea. I do.”")
    assert drop_inline_furniture([prose, quote]) == [prose]
    code = paragraph_block("theorem socrates_is_mortal {a : Type} {x : a} :")
    listing = paragraph_block("theorem socrates_is_mortal {a : Type} {x : a} :\n  by exact h")
    assert drop_inline_furniture([code, listing]) == [code, listing]


def test_byline_under_an_entry_heading_goes_but_a_sentence_stays() -> None:
    heading = Block("h3", "Turnout higher than in 2020", lambda: "", "h3")
    byline = paragraph_block("By Sam Hill")
    story = paragraph_block(STORY)
    assert drop_inline_furniture([story, heading, byline, story]) == [story, heading, story]
    assert drop_inline_furniture([heading, story]) == [heading, story]


def test_gap_blocks_inside_named_boxes_or_beside_forms_are_furniture() -> None:
    page = fromstring(
        "<html><body><article><div class='story'>"
        "<div class='newsletter-box'><h3>Get the briefing</h3></div>"
        "<div class='x'><p>Sign up here</p><form><input></form></div>"
        "<div class='content'><p>The council met on Tuesday.</p></div>"
        "<ul><li><a href='#part-2'>Part two of the story</a></li></ul>"
        "</div></article></body></html>"
    )
    usable = {b.text: b.usable for b in dom_blocks(page)}
    assert usable["Get the briefing"] is False
    assert usable["Sign up here"] is False
    assert usable["The council met on Tuesday."] is True


SPLIT = (
    "<html><body><main>"
    "<div class='body'><p>{a}</p></div>"
    "<div class='ad'><p>Advertisement</p></div>"
    "<div class='body'><p>{b}</p>"
    "<div class='box'><p>Get our newsletter</p><form></form></div></div>"
    "<div class='body'><p>Short teaser card</p></div>"
    "</main></body></html>"
)
LATER = "Campaigners said the closures would hit older people hardest and started a petition today."


def test_later_parts_of_a_split_body_are_appended_and_their_boxes_are_not() -> None:
    page = fromstring(SPLIT.format(a=STORY + " " + STORY, b=LATER + " " + LATER))
    blocks = fill_gaps([paragraph_block(STORY + " " + STORY)], dom_blocks(page))
    assert [b.text for b in blocks] == [STORY + " " + STORY, LATER + " " + LATER]


def test_a_sibling_without_prose_is_no_later_part() -> None:
    leaf = fromstring(SPLIT.format(a=STORY, b="Too short.")).find(".//p")
    assert later_parts(leaf) == []
