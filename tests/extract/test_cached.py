"""`cached` computes a value once per instance, frozen dataclasses included."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.extract.body import paragraph_block
from newsdesk.extract.cached import cached

calls: list[str] = []


@dataclass(frozen=True)
class Counted:
    text: str

    @cached
    def words(self) -> int:
        calls.append(self.text)
        return len(self.text.split())


def test_the_value_is_computed_on_first_read_only() -> None:
    item = Counted("one two three")
    assert (item.words, item.words) == (3, 3)
    assert calls.count("one two three") == 1


def test_blocks_keep_their_keys_and_word_counts() -> None:
    block = paragraph_block("Hello, World — again")
    assert (block.words, block.key, block.line_keys) == (4, "hello world again",
                                                           ["hello world again"])
    assert block == paragraph_block("Hello, World — again")  # cached values do not count
