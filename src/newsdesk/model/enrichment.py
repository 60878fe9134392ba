"""What enrichment finds in an article: entity mentions, quotes, time expressions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A named entity mention: a character span of an article's text and its identity.

    `entity` is the canonical id shared across articles and languages; `name` its display name.
    """

    start: int
    end: int
    text: str
    type: str  # PER | LOC | ORG | EVT | PRO | MISC
    entity: str | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        """One item of the documented `entities` list."""
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "entity": self.entity, "name": self.name}


@dataclass(frozen=True)
class Quote:
    """A quotation (direct or reported) with its speaker, as character spans of the text."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity: str | None = None


@dataclass(frozen=True)
class TimeExpr:
    """A time expression resolved against the article's publication time.

    `value` is ISO 8601 at the expression's granularity: 2026-01-22, 2025-12, 2026-W04,
    2022, a datetime, or a P… duration.
    """

    start: int
    end: int
    text: str
    value: str
    granularity: str  # datetime | day | week | month | season | quarter | year | decade | duration


@dataclass
class Enrichment:
    """What enrichment found in one article's text, and which enricher found it.

    `time_sentences[i]` is the (start, end) of the sentence holding `times[i]`, so a story
    timeline can say what happened when. `to_json` gives the `newsdesk annotate` lists.
    """

    language: str | None
    version: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    time_sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """`entities`, `quotes` and `times` in the documented annotate format."""
        return {
            "entities": [m.to_json() for m in self.mentions],
            "quotes": [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                        "speaker_entity": q.speaker_entity, "speaker_start": q.speaker_start,
                        "speaker_end": q.speaker_end, "direct": q.direct} for q in self.quotes],
            "times": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value,
                       "granularity": t.granularity} for t in self.times],
        }
