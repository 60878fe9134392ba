"""Lists under a lead-in sentence ending in ':' are put back when the extractor dropped them."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.gaps import dom_blocks
from newsdesk.extract.leadlists import restore_lead_in_lists

BEFORE = ("The bakeries that last tend to narrow their range early and sell more to cafés and "
          "restaurants, which order the same bread every day.")
AFTER = "None of that is glamorous, but it is what kept the doors open through the slow months."
ITEMS = "<li>Steady wholesale orders</li><li>Fewer products</li><li>An oven that runs all day</li>"


def _restored(lead: str, lists: str = f"<ul>{ITEMS}</ul>") -> list[Block]:
    page = fromstring(f"<html><body><article><p>{BEFORE}</p><p>{lead}</p>{lists}"
                      f"<p>{AFTER}</p></article></body></html>")
    blocks = [paragraph_block(BEFORE), paragraph_block(lead), paragraph_block(AFTER)]
    return restore_lead_in_lists(blocks, dom_blocks(page))


def test_the_list_under_a_lead_in_sentence_comes_back_in_place() -> None:
    blocks = _restored("They basically need:")
    assert [b.kind for b in blocks] == ["p", "p", "list", "p"]
    assert blocks[2].text == ("- Steady wholesale orders\n- Fewer products\n"
                              "- An oven that runs all day")


def test_an_ordered_list_keeps_its_numbers() -> None:
    blocks = _restored("Do it in this order:", f"<ol>{ITEMS}</ol>")
    assert blocks[2].text.startswith("1. Steady wholesale orders\n2. Fewer products")


@pytest.mark.parametrize(
    "lead",
    ["Related articles:", "If you liked this post you might also like:", "Ingredients:",
     "They basically need this."],
)
def test_labels_related_lead_ins_and_plain_sentences_get_no_list(lead: str) -> None:
    assert [b.kind for b in _restored(lead)] == ["p", "p", "p"]


def test_a_list_not_right_after_the_lead_in_is_not_taken() -> None:
    lists = f"<p>An aside between the two.</p><ul>{ITEMS}</ul>"
    assert [b.kind for b in _restored("They basically need:", lists)] == ["p", "p", "p"]


def test_a_list_the_article_already_has_is_not_doubled() -> None:
    page = fromstring(f"<html><body><p>They basically need:</p><ul>{ITEMS}</ul></body></html>")
    listed = Block("list", "- Steady wholesale orders", lambda: "")
    blocks = [paragraph_block("They basically need:"), paragraph_block(AFTER), listed]
    assert restore_lead_in_lists(blocks, dom_blocks(page)) == blocks
