"""Enriching stored articles: the step after each saved batch, and `newsdesk enrich`."""

from __future__ import annotations

from newsdesk.enrich import Enricher
from newsdesk.model import Article
from newsdesk.pipeline.report import Report
from newsdesk.store import Store


def enrich_and_save(enricher: Enricher, store: Store, batch: list[Article],
                    report: Report) -> None:
    """Observe the batch (corpus statistics), then enrich and save each article.

    An article whose enrichment fails is reported and left unenriched, so the rest of
    the batch is kept and `newsdesk enrich` retries it."""
    for article in batch:
        enricher.observe(article.text, article.language)
    for article in batch:
        assert article.id is not None
        try:
            found = enricher.enrich(article.text, article.language, article.published,
                                    article.title)
        except Exception as exc:  # a rule's bug must not lose the stored batch
            report.errors.append(f"article {article.id}: enrichment failed: {exc!r}")
            continue
        store.save_enrichment(article.id, found)
        report.enriched += 1
