"""Reader pitches: a question to the reader plus an offer of the site's tool, nothing else."""

from __future__ import annotations

import pytest

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.pitches import is_reader_pitch


@pytest.mark.parametrize(
    "text",
    ["Want a personalized estimate? Try our Mortgage Calculator.",
     "Ready to plan your trip? Use our free itinerary planner",
     "Looking for a new role? Explore our job board.",
     "Curious what your move will cost? Get a quote in minutes with our moving cost estimator.",
     "Try our free paycheck calculator"],
)
def test_pitches_are_found(text: str) -> None:
    assert is_reader_pitch(paragraph_block(text))


@pytest.mark.parametrize(
    "text",
    ["Want to know why prices rose? Economists point to the cost of energy.",
     "Ready or not, the new rules take effect in January.",
     "Need a reason to worry? The river rose two metres overnight, and our reporters saw "
     "families leave their homes as the water reached the bridge.",
     "Use of the old bridge is banned from Monday.",
     "The mayor said residents could try our patience only so long."],
)
def test_prose_questions_and_ordinary_sentences_stay(text: str) -> None:
    assert not is_reader_pitch(paragraph_block(text))


def test_a_list_is_never_a_pitch() -> None:
    listed = Block("list", "- Want a quote? Try our calculator", lambda: "")
    assert not is_reader_pitch(listed)
