"""Call-to-action boxes: found by their class or id, dropped from the blocks only when short."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fromstring

from newsdesk.extract.body import paragraph_block
from newsdesk.extract.ctabox import drop_cta_blocks
from newsdesk.extract.prune import pruned_page_and_cta_keys

PITCH = "Need a hand with your garden? Talk to our planting team today."
def cta_box_keys(page: HtmlElement) -> list[str]:
    """The keys as the extraction finds them: in the walk that also prunes the page."""
    return pruned_page_and_cta_keys(page)[1]


STORY = "The council approved the new bridge after a long debate about its cost. "


@pytest.mark.parametrize(
    "names", ['class="cta"', 'class="post-cta wide"', 'class="footerSubstackCta-x1"',
              'id="CTA_box"', 'class="cta_landing"'],
)
def test_every_naming_style_of_a_cta_box_is_found(names: str) -> None:
    page = fromstring(f"<html><body><div {names}><p>{PITCH}</p></div></body></html>")
    assert cta_box_keys(page) == ["need a hand with your garden talk to our planting team today"]


@pytest.mark.parametrize("names", ['class="actual-news"', 'class="octagon"', 'id="ctable"'])
def test_words_that_only_contain_cta_are_no_box(names: str) -> None:
    page = fromstring(f"<html><body><div {names}><p>{PITCH}</p></div></body></html>")
    assert cta_box_keys(page) == []


def test_a_long_cta_container_is_a_template_wrapper_not_a_pitch() -> None:
    page = fromstring(f'<html><body><div class="cta"><p>{STORY * 12}</p></div></body></html>')
    assert cta_box_keys(page) == []


def test_blocks_inside_a_box_go_and_the_prose_stays() -> None:
    page = fromstring(f'<html><body><p>{STORY}</p><div class="cta"><h3>Need a hand?</h3>'
                      f"<p>{PITCH}</p></div></body></html>")
    blocks = [paragraph_block(STORY), paragraph_block(PITCH), paragraph_block("Need a hand?")]
    kept = drop_cta_blocks(blocks, cta_box_keys(page))
    # "Need a hand?" is too short to judge: such words also occur in the prose
    assert [b.text for b in kept] == [STORY, "Need a hand?"]
