"""Online story clustering: each article, in arrival order, joins a live story or starts one.

Candidates come from an inverted index (entity ids, name keys, distinctive terms) over
the *live* stories only (with embeddings, also the nearest live stories by embedding:
`dense_index`); a story whose last article is older than the window is
expired and leaves the index, so memory follows the window, not the history. Among
the candidates, the shipped model (`scorer`) turns the similarities (`similarity`) into
a probability; the best candidate over its threshold wins, else a new story begins.

The stream clock is the latest publication time seen; an article without one arrives
"now" on that clock. Where no article has a time at all (some archives), `max_live`
bounds the live set instead, evicting the least recently updated story.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from datetime import timedelta

from newsdesk.stories.dense_index import DenseIndex
from newsdesk.stories.features import Features
from newsdesk.stories.scorer import StoryModel, load_model
from newsdesk.stories.similarity import features_for, gap_seconds
from newsdesk.stories.story import Story

__all__ = ["Decision", "StoryClusterer"]

DEFAULT_WINDOW = timedelta(days=4)
# Nearest stories by embedding offered besides the index's (0: none); see `dense_index`.
DENSE_CANDIDATES = 4
FAR_THRESHOLD = 0.97  # a quiet story takes another language only on near-certain evidence


class Decision:
    """Where an article went: its story id, the probability and whether it was new."""

    __slots__ = ("new", "probability", "story")

    def __init__(self, story: int, probability: float, new: bool) -> None:
        self.story, self.probability, self.new = story, probability, new


class StoryClusterer:
    """The live stories, their inverted index and the assignment step (see module doc)."""

    def __init__(self, model: StoryModel | None = None, *, window: timedelta = DEFAULT_WINDOW,
                 max_live: int = 200_000, max_candidates: int = 12,
                 max_postings: int = 2_000, xling_window: timedelta | None = None,
                 dense_candidates: int | None = None) -> None:
        self.model = model or load_model()
        # Horizon for cross-language links to a story gone quiet (see `best`): the window
        # itself by default; a longer one links topic-mates weeks apart (topics, not stories;
        # docs/benchmarks.md measures the trade-off). Memory follows the longer of the two.
        far = xling_window or window
        self.mono_window = window.total_seconds()
        self.window = max(window, far).total_seconds()  # the live horizon: memory follows it
        self.max_live = max_live
        self.max_candidates = max_candidates
        self.max_postings = max_postings
        self.live: OrderedDict[int, Story] = OrderedDict()  # least recently updated first
        self.index: dict[str, set[int]] = {}
        self.dense = DenseIndex()
        self.dense_candidates = (DENSE_CANDIDATES if dense_candidates is None
                                 else dense_candidates)
        self.clock: float | None = None
        self.next_id = 1
        self.expired: list[Story] = []  # stories expired since the last `take_expired`

    def add(self, f: Features, *, into: int | None = None) -> Decision:
        """Assign one article; `into` forces a live story (a duplicate joins its original's)."""
        self._advance(f)
        if into is not None and into in self.live:
            self._join(self.live[into], f)
            return Decision(into, 1.0, False)
        best, prob = self.best(f)
        if best is not None:
            self._join(best, f)
            return Decision(best.id, prob, False)
        story = self.new_story()
        self._join(story, f)
        return Decision(story.id, prob, True)

    def best(self, f: Features, exclude: int | None = None) -> tuple[Story | None, float]:
        """The most probable candidate over its threshold, with its probability (never the
        story `exclude`: the repair pass re-offers an article its own story holds).

        A story quiet for longer than the window but inside the cross-language horizon
        only takes an article of a language it lacks, and only over `FAR_THRESHOLD`."""
        best: Story | None = None
        best_p = 0.0
        quiet_before = (self.clock or 0.0) - self.mono_window
        for story in self.candidates(f):
            if story.id == exclude or self.out_of_window(f, story):
                continue
            kind, x = features_for(f, story)
            quiet = self.clock is not None and story.clock < quiet_before
            if quiet and kind == "mono":
                continue
            p, threshold = self.model.decide(kind, x)
            if quiet:
                threshold = max(threshold, FAR_THRESHOLD)
            if p >= threshold and p > best_p:
                best, best_p = story, p
        return best, best_p

    def out_of_window(self, f: Features, story: Story) -> bool:
        """An article published farther from the story's span than the live horizon: the
        clock only moves forward, so a late-arriving old article (an archive imported out
        of order, a backfilled feed) would otherwise meet stories of months later."""
        gap = gap_seconds(f.time, story)
        return gap is not None and gap > self.window

    def candidates(self, f: Features) -> list[Story]:
        """Live stories sharing index keys with `f`, most shared first; then, with an
        embedding, the nearest stories by embedding that the keys did not offer."""
        hits: Counter[int] = Counter()
        for key in f.keys:
            posting = self.index.get(key)
            if posting and len(posting) <= self.max_postings:
                hits.update(posting)
        found = [sid for sid, _ in hits.most_common(self.max_candidates)]
        if f.embedding is not None and self.dense_candidates:
            seen = set(found)
            found += [sid for sid in self.dense.nearest(f.embedding, self.dense_candidates)
                      if sid not in seen and sid in self.live]
        return [self.live[sid] for sid in found]

    def new_story(self) -> Story:
        story = Story(self.next_id)
        self.next_id += 1
        self.live[story.id] = story
        return story

    def reindex(self, story: Story, keys: set[str] | None = None) -> None:
        for key in keys if keys is not None else story.keys:
            self.index.setdefault(key, set()).add(story.id)
        if story.embedding is not None:
            self.dense.put(story.id, story.embedding)

    def drop(self, story: Story) -> None:
        """Remove a story from the live set and the index."""
        self.live.pop(story.id, None)
        self.dense.remove(story.id)
        for key in story.keys:
            posting = self.index.get(key)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del self.index[key]

    def take_expired(self) -> list[Story]:
        out, self.expired = self.expired, []
        return out

    def _join(self, story: Story, f: Features) -> None:
        before = set(story.keys)
        story.add(f)
        story.clock = self.clock or 0.0
        self.live.move_to_end(story.id)
        self.reindex(story, story.keys - before)

    def _advance(self, f: Features) -> None:
        """Move the clock to the article's time and expire what fell out of the window."""
        if f.time is not None:
            ts = f.time.timestamp()
            self.clock = ts if self.clock is None else max(self.clock, ts)
        while self.live:
            oldest = next(iter(self.live.values()))
            too_old = self.clock is not None and oldest.clock < self.clock - self.window
            if not too_old and len(self.live) < self.max_live:
                break
            self.drop(oldest)
            self.expired.append(oldest)
