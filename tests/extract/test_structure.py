"""Round-7 structure rules: ordered lists keep their numbers, FAQ blocks after the article."""

from __future__ import annotations

from newsdesk.extract.body import Block, list_lines, without_list_mark


def test_ordered_items_are_numbered_unless_they_number_themselves() -> None:
    assert list_lines(["Insulate pipes", "Store water"], ordered=True) == (
        "1. Insulate pipes\n2. Store water"
    )
    assert list_lines(["1. Insulate pipes", "2) Store water"], ordered=True) == (
        "1. Insulate pipes\n2) Store water"
    )
    assert list_lines(["Insulate pipes"], ordered=False) == "- Insulate pipes"


def test_list_marks_carry_no_words_for_alignment() -> None:
    block = Block("list", "1. Insulate pipes\n- Store water", lambda: "")
    assert block.line_keys == ["insulate pipes", "store water"]
    assert without_list_mark("12. Twelve angry men") == "Twelve angry men"
