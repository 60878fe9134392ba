"""Corpus statistics for names: how often a word is seen lowercase vs capitalised mid-sentence.

A word seen in lowercase elsewhere in the corpus ("Questions", "Rencontres") is a common
word that a heading or a sentence start capitalised; a word only ever capitalised is a
name. Counts are keyed by the word's identity key (so inflected forms add up) and the
table is bounded: past `capacity` keys the rarest half is dropped.
"""

from __future__ import annotations

import threading
from collections import Counter

from newsdesk.enrich.identity import token_key
from newsdesk.enrich.names import Token, at_sentence_start


class WordStats:
    """Lowercase and capitalised-mid-sentence counts per word key, bounded in size."""

    def __init__(self, capacity: int = 200_000) -> None:
        self.capacity = capacity
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, text: str, tokens: list[Token], lang: str | None) -> None:
        """Count the words of one document."""
        lower, capital = count_words(text, tokens, lang)
        with self._lock:
            self.lower.update(lower)
            self.capital.update(capital)
            if len(self.lower) + len(self.capital) > self.capacity:
                self._prune()

    def _prune(self) -> None:
        keep = self.capacity // 4
        self.lower = Counter(dict(self.lower.most_common(keep)))
        self.capital = Counter(dict(self.capital.most_common(keep)))

    def is_common_word(self, key: str) -> bool:
        """Seen lowercase at least as often as capitalised mid-sentence (and seen at all)."""
        low = self.lower.get(key, 0)
        return low > 0 and low >= self.capital.get(key, 0)

    def is_name_word(self, key: str) -> bool:
        """Seen capitalised mid-sentence more than twice as often as lowercase."""
        cap = self.capital.get(key, 0)
        return cap > 0 and cap > 2 * self.lower.get(key, 0)


def count_words(text: str, tokens: list[Token], lang: str | None
                ) -> tuple[Counter[str], Counter[str]]:
    """Per-document counts: lowercase words, and capitalised words not at a sentence start."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for tok in tokens:
        first = tok.text[:1]
        if not first.isalpha():
            continue
        if first.islower():
            lower[token_key(tok.text, lang)] += 1
        elif not tok.is_allcaps and not at_sentence_start(text, tok.start):
            capital[token_key(tok.text, lang)] += 1
    return lower, capital
