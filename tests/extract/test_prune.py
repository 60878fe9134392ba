"""Regions removed before extraction: heroes, nocontent boxes and CSS tab/toggle widgets."""

from __future__ import annotations

import pytest
from lxml.html import fromstring, tostring

from newsdesk.extract.htmltree import class_words
from newsdesk.extract.prune import (
    MAX_REGION_SHARE,
    _page_chars,
    _text_chars,
    pruned_page,
    pruned_page_and_cta_keys,
)

SENTENCE = "The council approved the new bridge after a long debate about its cost. "
STORY = f"<p>{SENTENCE * 8}</p>"


@pytest.mark.parametrize(
    ("names", "word"),
    [("pillar_hero__row", "hero"), ("articleHeroContent", "hero"), ("page-hero flex", "hero"),
     ("robots-nocontent sd-block", "nocontent")],
)
def test_class_words_split_every_naming_style(names: str, word: str) -> None:
    assert word in class_words(fromstring(f'<div class="{names}">x</div>'))


def test_superhero_is_not_a_hero() -> None:
    page = fromstring(f'<html><body><div class="superhero"><p>Cape</p></div>{STORY}</body></html>')
    assert "Cape" in pruned_page(page).text_content()


@pytest.mark.parametrize(
    "region",
    ['<div class="hero"><p>Our pick: the blue kettle.</p></div>',
     '<div id="side" class="nocontent"><p>Free course for shop owners.</p></div>',
     '<div class="tabs"><input type="radio" name="t"><input type="radio" name="t">'
     "<div><p>Free course for shop owners.</p></div></div>"],
)
def test_minor_regions_go_and_the_callers_tree_is_kept(region: str) -> None:
    page = fromstring(f"<html><body>{region}<article>{STORY}</article></body></html>")
    before = page.text_content()
    pruned = pruned_page(page)
    assert "council approved" in pruned.text_content()
    assert "blue kettle" not in pruned.text_content()
    assert "Free course" not in pruned.text_content()
    assert page.text_content() == before  # metadata and the lead image read the original


def test_a_region_holding_most_of_the_page_may_be_the_article() -> None:
    page = fromstring(f'<html><body><div class="hero">{STORY}</div><p>Short.</p></body></html>')
    assert "council approved" in pruned_page(page).text_content()


def test_a_lone_checkbox_is_no_widget() -> None:
    page = fromstring(f'<html><body><div><input type="checkbox"><p>Kept line.</p></div>'
                      f"{STORY}</body></html>")
    assert "Kept line." in pruned_page(page).text_content()


def test_the_tail_text_after_a_region_stays() -> None:
    page = fromstring(f'<html><body><div><b>Lead</b><div class="hero">Pick</div>tail words'
                      f"</div>{STORY}</body></html>")
    text = pruned_page(page).text_content()
    assert "tail words" in text
    assert "Pick" not in text


def test_a_camel_case_hero_is_found_in_the_page() -> None:
    page = fromstring(f'<html><body><div class="articleHeroContent"><p>Our pick.</p></div>'
                      f"{STORY}</body></html>")
    assert "Our pick." not in pruned_page(page).text_content()



@pytest.mark.parametrize(
    "regions",
    ['<div class="hero"><p>Our pick.</p></div>tail one<div class="nocontent"><p>Ad.</p></div>'
     "tail two",
     '<section class="x"><div class="page-hero">Hero.</div> kept tail</section>'],
)
def test_pruning_in_place_gives_the_copys_page(regions: str) -> None:
    source = f"<html><body>{regions}<article>{STORY}</article></body></html>"
    copied = pruned_page_and_cta_keys(fromstring(source))[0]
    page = fromstring(source)
    pruned = pruned_page_and_cta_keys(page, in_place=True)[0]
    assert pruned is page
    assert tostring(pruned) == tostring(copied)
    assert pruned.text_content() != fromstring(source).text_content()  # a region went


@pytest.mark.parametrize(("largest", "exact"), [(10**9, True), (5, False)])
def test_the_page_count_stops_only_once_every_region_is_minor(largest: int, exact: bool) -> None:
    paragraphs = "".join(f"<p>{SENTENCE}</p>" for _ in range(600))  # more than one chunk
    page = fromstring(f"<html><head><script>var x = 1;</script></head><body>{paragraphs}"
                      "</body></html>")
    count = _page_chars(page, largest)
    assert (count == _text_chars(page)) is exact
    assert MAX_REGION_SHARE * count > largest or exact

