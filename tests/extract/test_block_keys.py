"""A block's cached keys and word count equal what the rules computed from its text."""

from __future__ import annotations

import pytest

from newsdesk.extract.body import Block, text_key

TEXTS = [
    "Plain words here",
    "- First item, with punctuation!\n- Second: STRASSE ſtraße",
    "  leading and trailing  \n\n  lines  ",
    "£ — …",
    "under_score and digits 42",
]


@pytest.mark.parametrize("text", TEXTS)
def test_keys_and_words_match_the_text(text: str) -> None:
    block = Block("p", text, lambda: "")
    assert block.key == text_key(text)
    assert block.line_keys == [k for line in text.split("\n") if (k := text_key(line))]
    assert block.words == len(text.strip().split())
