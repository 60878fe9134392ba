"""Furniture phrases that are easy to over-match: the label must be a whole word."""

from __future__ import annotations

import pytest

from newsdesk.extract.phrases import CAPTION_CREDIT_END


@pytest.mark.parametrize(
    "text",
    ["Divers at the wreck. (Photo: Jane Doe/Reuters).", "Fans in the square (Photos: Lee Ann)",
     "Rynek w Krakowie (fot. Jan Kowalski)", "Der Hafen am Morgen (Bilder: dpa)"],
)
def test_a_glued_caption_credit_is_found(text: str) -> None:
    assert CAPTION_CREDIT_END.search(text)


@pytest.mark.parametrize(
    "text",
    ["The crowd waited behind the barrier (photographers were kept back).",
     "Das Ministerium erhielt mehr Geld (Bildung und Forschung).",
     "She used the same method (imagery from two satellites)."],
)
def test_a_bracket_that_only_starts_like_a_label_is_prose(text: str) -> None:
    assert not CAPTION_CREDIT_END.search(text)
