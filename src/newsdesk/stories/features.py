"""The representation of one article for story clustering.

Several views, so that a decision never rests on one signal: TF-IDF over word stems of
title and body (the title counted twice), canonical entity ids from enrichment (the
same id for "Putina", "Путін" and "Poutine"), transliterated name keys with their
character n-grams (names the recogniser missed still meet across scripts), the days
and years the text mentions (sister events of one kind differ there), the numbers it
states (another death toll, another score), the headline and the lead sentences apart
(they tell the event; later paragraphs give background that sister events share), and the
publication time. IDF is learned online from the stream (`OnlineIdf`): no corpus shipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from typing import TypeVar

import numpy as np

from newsdesk.enrich.entities import EntityRecognizer
from newsdesk.enrich.identity import token_key
from newsdesk.model import Mention, TimeExpr
from newsdesk.stories.actors import actors as _actors
from newsdesk.stories.embeddings import Embedder, embedding_text
from newsdesk.stories.index_keys import index_keys
from newsdesk.stories.mentioned import mentioned_numbers as _numbers
from newsdesk.stories.mentioned import mentioned_times as _times
from newsdesk.stories.skeleton import skeleton_vector

__all__ = ["ArticleInput", "FeatureExtractor", "Features", "OnlineIdf", "cosine", "words"]

Vector = dict[str, float]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NAME = re.compile(r"(?<![\w.])[^\W\d_][^\W_]{2,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"«„“]\s*)$")
_STEM = 6  # prefix stemming: cheap, language-agnostic, good enough for inflected languages
_MAX_CHARS = 5000  # the lead carries the story; enrichment cost grows with length
_LEAD_CHARS = 400  # the first sentence or two: who did what, where, when
_Span = TypeVar("_Span", Mention, TimeExpr)


@dataclass
class ArticleInput:
    """What clustering needs of an article (the batch line, or a stored Article).

    `mentions` and `times`, when given, are what enrichment already found in `text`
    (offsets index `text`, as in a stored `Enrichment`): the features then use them
    instead of recognising the body again, the most expensive part of `extract`.
    """

    id: str
    text: str
    title: str | None = None
    lang: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    mentions: Sequence[Mention] | None = None
    times: Sequence[TimeExpr] | None = None


@dataclass
class Features:
    """The views of one article; vectors are sparse dicts, L2-normalised."""

    id: str
    lang: str
    time: datetime | None
    terms: Vector
    entities: Vector
    names: Vector
    days: frozenset[str]
    years: frozenset[str]
    persons: dict[str, float] = field(default_factory=dict)  # PER entity ids: share of mentions
    actors: dict[str, float] = field(default_factory=dict)  # sure people only (`_actors`)
    keys: list[str] = field(default_factory=list)  # candidate-index keys, best first
    core_keys: int = 0  # leading `keys` that describe the article (0: all); see index_keys
    title: Vector = field(default_factory=dict)  # TF-IDF of the headline alone
    lead: Vector = field(default_factory=dict)  # TF-IDF of the first sentences
    numbers: frozenset[str] = frozenset()  # magnitudes, tolls, ages, scores (not years)
    embedding: np.ndarray | None = None

    @cached_property
    def skeletons(self) -> dict[str, float]:
        """`entities` with name keys folded to skeletons; once per article, not per candidate."""
        return skeleton_vector(self.entities)


class OnlineIdf:
    """Document frequencies learned from the stream; bounded by pruning singletons.

    Pruning forgets words seen once when the table is full: they carry no evidence yet
    for a future article, and this keeps memory independent of the length of history.
    """

    def __init__(self, max_keys: int = 400_000) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.max_keys = max_keys

    def observe(self, keys: set[str]) -> None:
        self.docs += 1
        self.df.update(keys)
        if len(self.df) > self.max_keys:
            self.df = Counter({k: v for k, v in self.df.items() if v > 1})

    def weight(self, key: str) -> float:
        """Smoothed IDF, zero for a key in every document."""
        return math.log((self.docs + 1) / (self.df.get(key, 0) + 0.5))


def words(text: str) -> list[str]:
    """Lowercase word tokens (letters or digits), no punctuation."""
    return _WORD.findall(text.lower())


def cosine(a: Mapping[str, float], b: Mapping[str, float], b_norm: float | None = None) -> float:
    """Cosine of two sparse vectors (`a` normalised; `b_norm` given saves a pass over b)."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(v * big.get(k, 0.0) for k, v in small.items())
    norm = b_norm if b_norm is not None else math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm > 0 else 0.0


class FeatureExtractor:
    """Turns an `ArticleInput` into `Features`, learning IDF as the stream goes."""

    def __init__(self, recognizer: EntityRecognizer | None = None,
                 embedder: Embedder | None = None) -> None:
        self.recognizer = recognizer or EntityRecognizer(use_spacy=False)
        self.idf = OnlineIdf()
        self.embedder = embedder

    def extract(self, art: ArticleInput) -> Features:
        body = art.text[:_MAX_CHARS]
        title = art.title or ""
        lang = (art.lang or "und").split("-")[0].lower()
        term_counts = Counter(_stem(w) for w in words(f"{title}\n{title}\n{body}")
                              if len(w) > 2 or w.isdigit())
        entity_counts, person_counts, actor_counts = self._entities(title, body, art)
        name_counts = _names(f"{title}\n{body}", art.lang)
        self.idf.observe({f"t:{k}" for k in term_counts} | {f"e:{k}" for k in entity_counts}
                         | {f"g:{k}" for k in name_counts})
        terms = self._weigh(term_counts, "t:")
        entities = self._weigh(entity_counts, "e:")
        names = self._weigh(name_counts, "g:")
        days, years = _times(body, art.lang, art.published,
                             None if art.times is None else _within(art.times, len(body)))
        persons = _shares(person_counts)
        feats = Features(art.id, lang, art.published, terms, entities, names, days, years,
                         persons, title=self._weigh(_term_counts(title), "t:"),
                         lead=self._weigh(_term_counts(_lead(body, title)), "t:"),
                         numbers=_numbers(f"{title}\n{body[:2000]}"),
                         actors=_shares(actor_counts))
        feats.keys, feats.core_keys = index_keys(feats.entities, feats.names, feats.terms,
                                                 _most_mentioned(entity_counts))
        if self.embedder is not None:
            feats.embedding = self.embedder.embed(embedding_text(title, body))
        return feats

    def _entities(self, title: str, body: str, art: ArticleInput,
                  ) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """Entity ids (continents left out: too broad), the people, and the sure people."""
        text = f"{title}\n{body}"
        self.recognizer.observe(text, art.lang)
        found = [m for m in self._mentions(title, body, art)
                 if m.entity and not m.entity.startswith("cc:1")]
        people = [m for m in found if m.entity and m.type == "PER"]
        return (Counter(m.entity for m in found if m.entity),
                Counter(m.entity for m in people if m.entity),
                _actors(text, people, art.lang))

    def _mentions(self, title: str, body: str, art: ArticleInput) -> list[Mention]:
        """The mentions of `title + "\\n" + body`, offsets into that text. With the
        enrichment's mentions of the body, only the headline (a few words) is recognised
        here; its mentions are resolved without the body's context, so a headline's bare
        surname may get another id than in the one-pass recognition (see the doc of
        `stories.live`)."""
        if art.mentions is None:
            return self.recognizer.find(f"{title}\n{body}", art.lang)
        shift = len(title) + 1
        head = self.recognizer.find(title, art.lang) if title.strip() else []
        return head + [replace(m, start=m.start + shift, end=m.end + shift)
                       for m in _within(art.mentions, len(body))]

    def _weigh(self, counts: Counter[str], prefix: str) -> Vector:
        """Sublinear TF times online IDF, L2-normalised."""
        vec = {k: (1 + math.log(c)) * self.idf.weight(prefix + k) for k, c in counts.items()}
        vec = {k: v for k, v in vec.items() if v > 0}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {k: v / norm for k, v in vec.items()} if norm else {}


def _most_mentioned(counts: Counter[str], k: int = 2) -> list[str]:
    """The entities named most often (ties: first named): what the article is about, however
    common they are in the news (the IDF-weighted ranking puts them last)."""
    return [e for e, c in counts.most_common(k) if c > 1]


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {k: c / total for k, c in counts.items()} if total else {}


def _stem(word: str) -> str:
    return word[:_STEM]


def _term_counts(text: str) -> Counter[str]:
    return Counter(_stem(w) for w in words(text) if len(w) > 2 or w.isdigit())


def _lead(body: str, title: str) -> str:
    """The opening of the body (the headline when there is no body): the event itself,
    before background paragraphs that sister events share."""
    text = body.strip() or title
    cut = text[:_LEAD_CHARS]
    end = max(cut.rfind(". "), cut.rfind(".\n"))
    return cut[:end + 1] if end > 80 else cut


def _names(text: str, lang: str | None) -> Counter[str]:
    """Transliterated keys of capitalised words not opening a sentence, with their
    character 4-grams, so "Bruxelles"/"Брюссель"/"Brussels" share most of their grams."""
    out: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        word = m.group()
        if not word[0].isupper() or _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
            continue
        key = token_key(word, lang)
        if len(key) < 3:
            continue
        out["w:" + key] += 1
        padded = f"^{key}$"
        out.update(padded[i:i + 4] for i in range(len(padded) - 3))
    return out


def _within(spans: Sequence[_Span], length: int) -> list[_Span]:
    """The spans that lie in the first `length` characters (the part features read)."""
    return [s for s in spans if s.end <= length]
