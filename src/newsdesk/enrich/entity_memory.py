"""What earlier articles said about a name's type: a bounded cross-document memory.

A lone surname ("Putin", "Kurz") has no type evidence of its own, and the default guess
for an unknown capitalised word is an organisation. Elsewhere in the corpus the same
entity was written out ("Władimir Putin", "Sebastian Kurz"), which makes a person. The
recogniser records the type of every mention whose type rests on evidence (several
words, a gazetteer place, a known body) under its identity, and a later mention that
has only the default guess takes the type those mentions agree on. The table holds at
most `capacity` identities; past that the least seen half is dropped.
"""

from __future__ import annotations

import threading
from collections import Counter

_MIN_VOTES = 2  # mentions with evidence needed before the memory speaks
_MIN_SHARE = 0.7  # and how far they must agree


class TypeMemory:
    """Type votes per entity identity, bounded in size; thread-safe."""

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._votes: dict[str, Counter[str]] = {}
        self._lock = threading.Lock()

    def learn(self, entity: str, kind: str) -> None:
        """Count one mention of `entity` whose type `kind` came from evidence."""
        with self._lock:
            self._votes.setdefault(entity, Counter())[kind] += 1
            if len(self._votes) > self.capacity:
                ranked = sorted(self._votes.items(), key=lambda kv: -sum(kv[1].values()))
                self._votes = dict(ranked[: self.capacity // 2])

    def type_of(self, entity: str) -> str | None:
        """The type the evidence agrees on, or None when there is too little of it."""
        votes = self._votes.get(entity)
        if not votes:
            return None
        kind, count = votes.most_common(1)[0]
        total = sum(votes.values())
        return kind if total >= _MIN_VOTES and count >= _MIN_SHARE * total else None
