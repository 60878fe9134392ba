"""A live story: the running sums of its articles' views, bounded in size.

Per-language term centroids (a Czech article is compared with the Czech part of a story,
and with its names and entities across languages), entity and name sums, the days
and years mentioned, languages and times. Centroids are pruned to their strongest
terms so a story that runs for weeks costs the same memory as a new one.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from datetime import datetime

import numpy as np

from newsdesk.stories.features import Features, Vector
from newsdesk.stories.skeleton import skeleton_vector

__all__ = ["Story"]

_MAX_TERMS = 400
_MAX_KEYS = 300
_RECENT = 16  # members kept whole, for single-link similarity and the repair pass


class Story:
    """Running state of one story (see module doc)."""

    def __init__(self, sid: int) -> None:
        self.id = sid
        self.size = 0
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.clock: float = 0.0  # stream clock (seconds) at the last update, for expiry
        self.centroids: dict[str, Vector] = {}
        self.norms: dict[str, float] = {}
        self.entities: Counter[str] = Counter()
        self.persons: Counter[str] = Counter()
        self.actors: Counter[str] = Counter()  # sure people (actors.actors), summed shares
        self.names: Counter[str] = Counter()
        self.days: Counter[str] = Counter()
        self.years: Counter[str] = Counter()
        self.langs: Counter[str] = Counter()
        self.titles: Counter[str] = Counter()  # sum of headline vectors (all languages)
        self.leads: Counter[str] = Counter()  # sum of lead-sentence vectors
        self.numbers: Counter[str] = Counter()
        self.keys: set[str] = set()
        self.members: deque[Features] = deque(maxlen=_RECENT)
        self.member_ids: list[str] = []
        self.embedding: np.ndarray | None = None
        self._norms: dict[str, float] = {}
        self._top: dict[str, list[str]] = {}
        self._skeletons: dict[str, float] | None = None
        self.absorbed: list[int] = []  # ids of stories merged into this one

    def add(self, f: Features) -> None:
        self._norms.clear()
        self._top.clear()
        self._skeletons = None
        self.size += 1
        self.member_ids.append(f.id)
        self.members.append(f)
        self.langs[f.lang] += 1
        if f.time is not None:
            self.first = f.time if self.first is None else min(self.first, f.time)
            self.last = f.time if self.last is None else max(self.last, f.time)
        self._add_terms(f.lang, f.terms, 1.0)
        self.entities.update(f.entities)
        self.persons.update(f.persons)
        self.actors.update(f.actors)
        self.names.update(f.names)
        self.days.update(f.days)
        self.years.update(f.years)
        self.numbers.update(f.numbers)
        for counter, vec in ((self.titles, f.title), (self.leads, f.lead)):
            counter.update(vec)
            _prune(counter)
        if len(self.keys) < _MAX_KEYS:
            self.keys.update(f.keys[: _MAX_KEYS - len(self.keys)])
        if f.embedding is not None:
            self.embedding = f.embedding if self.embedding is None else (
                self.embedding + f.embedding)

    def remove(self, f: Features) -> None:
        """Take a member out again (the repair pass's split); index keys stay."""
        self._norms.clear()
        self._top.clear()
        self._skeletons = None
        self.size -= 1
        self.member_ids.remove(f.id)
        self.members.remove(f)
        self.langs[f.lang] -= 1
        self.langs = +self.langs
        self._add_terms(f.lang, f.terms, -1.0)
        for counter, vec in ((self.entities, f.entities), (self.names, f.names),
                             (self.persons, f.persons), (self.actors, f.actors),
                             (self.titles, f.title),
                             (self.leads, f.lead)):
            counter.subtract(vec)
        self.days.subtract(f.days)
        self.years.subtract(f.years)
        self.numbers.subtract(f.numbers)
        if f.embedding is not None and self.embedding is not None:
            self.embedding = self.embedding - f.embedding
        for counter in (self.entities, self.names, self.persons, self.actors, self.days,
                        self.years,
                        self.titles, self.leads, self.numbers):
            for k in [k for k, v in counter.items() if v <= 1e-9]:
                del counter[k]

    def absorb(self, other: Story) -> None:
        """Merge another story into this one (the repair pass's merge)."""
        self._norms.clear()
        self._top.clear()
        self._skeletons = None
        self.size += other.size
        self.member_ids += other.member_ids
        self.members.extend(other.members)
        self.langs.update(other.langs)
        for lang, vec in other.centroids.items():
            self._add_terms(lang, vec, 1.0)
        for mine, theirs in ((self.entities, other.entities), (self.names, other.names),
                             (self.persons, other.persons), (self.actors, other.actors),
                             (self.days, other.days), (self.years, other.years),
                             (self.titles, other.titles), (self.leads, other.leads),
                             (self.numbers, other.numbers)):
            mine.update(theirs)
        self.keys |= other.keys
        self.absorbed += [other.id, *other.absorbed]
        if other.embedding is not None:
            self.embedding = other.embedding if self.embedding is None else (
                self.embedding + other.embedding)
        for t in (other.first, other.last):
            if t is not None:
                self.first = t if self.first is None else min(self.first, t)
                self.last = t if self.last is None else max(self.last, t)
        self.clock = max(self.clock, other.clock)

    def norm(self, view: str) -> float:
        """L2 norm of a summed view (`entities`, `names`, `titles`, ...), cached until the
        story changes."""
        if view not in self._norms:
            counter: Counter[str] = getattr(self, view)
            self._norms[view] = math.sqrt(sum(v * v for v in counter.values()))
        return self._norms[view]

    def top_names(self, k: int = 3) -> list[str]:
        """The story's `k` strongest whole-name keys ("w:..."), cached until it changes."""
        cached = self._top.get("names")
        if cached is None:
            cached = _top_names(self.names, k)
            self._top["names"] = cached
        return cached

    def skeletons(self) -> dict[str, float]:
        """The entity sum with name keys folded to their skeletons (`skeleton_vector`),
        normalised, cached until the story changes."""
        if self._skeletons is None:
            self._skeletons = skeleton_vector(self.entities)
        return self._skeletons

    def _add_terms(self, lang: str, vec: Vector, sign: float) -> None:
        centroid = self.centroids.setdefault(lang, {})
        for k, v in vec.items():
            centroid[k] = centroid.get(k, 0.0) + sign * v
        if len(centroid) > 2 * _MAX_TERMS or sign < 0:
            kept = sorted(centroid.items(), key=lambda kv: kv[1], reverse=True)[:_MAX_TERMS]
            centroid = {k: v for k, v in kept if v > 1e-9}
            self.centroids[lang] = centroid
        if not centroid:
            del self.centroids[lang]
            self.norms.pop(lang, None)
            return
        self.norms[lang] = math.sqrt(sum(v * v for v in centroid.values()))


def _prune(counter: Counter[str]) -> None:
    """Keep a summed view to its strongest terms once it doubles the bound (memory)."""
    if len(counter) > 2 * _MAX_TERMS:
        kept = counter.most_common(_MAX_TERMS)
        counter.clear()
        counter.update(dict(kept))


def _top_names(vec: Counter[str] | dict[str, float], k: int) -> list[str]:
    names = [(v, key) for key, v in vec.items() if key.startswith("w:")]
    return [key for _, key in sorted(names, reverse=True)[:k]]
