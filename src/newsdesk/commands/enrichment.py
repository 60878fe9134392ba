"""Commands over enrichment: annotate (batch), enrich, entities, quotes."""

from __future__ import annotations

import os
import stat
import sys
from typing import Any

import click

from newsdesk.commands.common import emit_json, progress, state
from newsdesk.enrich import Enricher
from newsdesk.enrich.annotate import DEFAULT_WINDOW, annotate_lines
from newsdesk.model import Quote


@click.command()
@click.argument("source", metavar="INPUT.jsonl", type=click.File("rb"))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write the annotations (default: stdout).")
@click.option("--strict", is_flag=True, help="Stop at the first malformed line.")
@click.option("--spacy", type=click.Choice(["auto", "never", "require"]), default="auto",
              show_default=True, help="Use spaCy NER where a model package is installed.")
@click.option("--window", default=DEFAULT_WINDOW, show_default=True, type=click.IntRange(0),
              help="Look-ahead lines whose words feed the entity statistics.")
def annotate(source: Any, output: Any, strict: bool, spacy: str, window: int) -> None:
    """Annotate a JSONL corpus: entities, quotes and times of each line's text.

    Lines are {"id", "text", "lang" (or null), "published" (ISO 8601 or null), "title"}.
    Each good line gives one output line, in input order. A malformed line is reported as
    `newsdesk: FILE:LINE: ...` and skipped (the exit status is then 1); --strict stops there.
    """
    enricher = Enricher(use_spacy={"auto": None, "never": False, "require": True}[spacy])
    path = getattr(source, "name", "-")
    with progress("annotating", _size(source), unit="bytes") as advance:
        written, failed = annotate_lines(
            source, "<stdin>" if path == "-" else path, enricher, output, strict=strict,
            window=window, progress=advance,
            on_error=lambda e: click.echo(f"newsdesk: {e}", err=True))
    if not state().quiet:
        click.echo(f"{written} annotated, {failed} failed", err=True)
    if failed:
        sys.exit(1)


def _size(stream: Any) -> int | None:
    """The byte size of a regular input file (for the progress bar), else None."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, AttributeError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


@click.command()
@click.option("--all", "redo_all", is_flag=True, help="Re-enrich every article.")
def enrich(redo_all: bool) -> None:
    """Enrich stored articles not enriched by this version of the enricher (or --all)."""
    pipeline = state().pipeline()
    try:
        with progress("enriching") as advance:
            report = pipeline.enrich_stored(redo_all=redo_all, progress=advance)
    finally:
        pipeline.close()
    for error in report.errors:
        click.echo(f"newsdesk: {error}", err=True)
    if not state().quiet:
        click.echo(f"{report.enriched} enriched, {len(report.errors)} errors", err=True)
    if report.errors and not report.enriched:
        sys.exit(1)


ENTITY_TYPES = ("PER", "LOC", "ORG", "EVT", "PRO", "MISC")


@click.command()
@click.argument("query", required=False)
@click.option("--type", "kind", type=click.Choice(ENTITY_TYPES, case_sensitive=False))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def entities(query: str | None, kind: str | None, limit: int, as_json: bool) -> None:
    """People, places and organisations of the stored articles, most mentioned first."""
    found = state().store.list_entities(type=kind, query=query, limit=limit)
    if as_json:
        emit_json([{"id": e.id, "type": e.type, "name": e.name, "mentions": e.mentions,
                     "articles": e.articles,
                     "names": {lang: [{"name": n, "mentions": c} for n, c in names]
                               for lang, names in e.names.items()}} for e in found])
        return
    for e in found:
        names = "; ".join(f"{lang or '?'}: " + ", ".join(f"{n} ({c})" for n, c in names)
                          for lang, names in e.names.items())
        click.echo(f"{e.type:<4} {e.name}  [{e.id}]  {e.mentions} mentions in {e.articles} "
                   f"articles\n     {names}")


@click.command()
@click.option("--speaker", help="Only quotes of this speaker (any of their names, any case).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def quotes(speaker: str | None, limit: int, as_json: bool) -> None:
    """Quotations in the stored articles, newest first."""
    found = state().store.quotes_by(speaker, limit)
    if as_json:
        emit_json([{"article_id": article_id, **_quote_json(q)} for article_id, q in found])
        return
    for article_id, q in found:
        said = f"«{q.text}»" if q.direct else f"(reported) {q.text}"
        click.echo(f"[{article_id}] {q.speaker or '?'}: {said}")


def _quote_json(q: Quote) -> dict[str, Any]:
    return {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
            "speaker_entity": q.speaker_entity, "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end, "direct": q.direct}
