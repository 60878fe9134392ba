"""A body that ends on a question heading gets the page's answer paragraphs back."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.gaps import dom_blocks
from newsdesk.extract.lastanswer import restore_last_answer

ANSWER = ("Most councils collect garden waste every two weeks from March to November, and "
          "a yearly permit sticker on the bin is all you need.")
PAGE = f"""<html><body><article>
<h2>Frequently asked questions</h2>
<div class="faq-item"><h3>Do I need a permit for a garden bin?</h3>
<div class="panel" aria-hidden="true"><p>{ANSWER}</p></div></div>
<div class="related"><p>Read next: ten plants that survive a dry summer</p></div>
</article></body></html>"""


def heading(text: str) -> Block:
    return Block("h3", text, lambda: f"<h3>{text}</h3>", "h3")


def test_the_closing_question_gets_its_answer_and_nothing_after_it() -> None:
    blocks = [paragraph_block("Garden waste rules differ by town."),
              heading("Do I need a permit for a garden bin?")]
    restored = restore_last_answer(blocks, dom_blocks(fromstring(PAGE)))
    assert [b.text for b in restored[2:]] == [ANSWER]


@pytest.mark.parametrize(
    "last", [heading("Frequently asked questions"), paragraph_block("Do you compost at home?")],
    ids=["heading-not-a-question", "question-not-a-heading"],
)
def test_other_closing_blocks_are_left_alone(last: Block) -> None:
    blocks = [paragraph_block("Garden waste rules differ by town."), last]
    assert restore_last_answer(blocks, dom_blocks(fromstring(PAGE))) == blocks
