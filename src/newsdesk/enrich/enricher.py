"""`Enricher`: runs the steps over one article and says which enricher version did it.

The store keeps the version with each article's enrichment, and `newsdesk enrich` redoes
the articles whose version differs. `ENRICHER_VERSION` is bumped by hand whenever a
rule change should reach the stored articles; a step that is off (a dependency is
missing) is appended to the version ("3-no-times"), so installing it later re-enriches.
"""

from __future__ import annotations

from datetime import datetime

from newsdesk.enrich.steps import (
    Draft,
    EntitiesStep,
    LanguageStep,
    QuotesStep,
    Step,
    TimesStep,
)
from newsdesk.model import Enrichment

# 2: entity identity keys changed (u→а folding, -ий endings); 3: typing rules, spaCy merge,
# per-language territory names, quote frames, quarters/centuries/comparisons in times;
# 4: name keys meet across transliterations (diphthongs, zh/z, ts/c, hard c, Bulgarian ъ);
# 5: reported speech with a sentence-final attribution, trailing and comma-less frames;
# English office titles ("Prime Minister", "Chief Executive") cut from names.
ENRICHER_VERSION = "5"


class Enricher:
    """The ordered steps with one shared entity recogniser (one identity per name).

    `use_spacy`: None uses spaCy where a model package is installed for the language,
    False never, True requires it. Not thread-safe for `observe`; use one per thread
    or call it from one thread, as the pipeline does.
    """

    def __init__(self, *, use_spacy: bool | None = None) -> None:
        self.entities = EntitiesStep(use_spacy)
        self.steps: list[Step] = [LanguageStep(), self.entities, QuotesStep(), TimesStep()]
        off = [s.name for s in self.steps if not s.enabled]
        self.version = "-no-".join([ENRICHER_VERSION, *off])

    def observe(self, text: str, lang: str | None) -> None:
        """Feed a document to the corpus statistics (capitalised words seen lowercase)."""
        self.entities.observe(text, lang)

    def enrich(self, text: str, lang: str | None, published: datetime | None,
               title: str | None = None) -> Enrichment:
        """Every enabled step over `text`; offsets in the result index `text`."""
        draft = Draft(text, lang, published, title)
        for step in self.steps:
            if step.enabled:
                step.run(draft)
        return Enrichment(draft.lang, self.version, draft.mentions, draft.quotes, draft.times,
                          draft.time_sentences)
