"""Enrichment of article text: language, entities, quotations and time expressions.

    enricher = Enricher()                       # one per run: entity ids are shared
    found = enricher.enrich(text, "fr", published)
    found.mentions, found.quotes, found.times   # spans into `text`

The steps and their order are in steps.py; `ENRICHER_VERSION` (enricher.py) is stored
with each article's enrichment so a newer enricher can redo older articles.
"""

from newsdesk.enrich.enricher import ENRICHER_VERSION, Enricher

__all__ = ["ENRICHER_VERSION", "Enricher"]
