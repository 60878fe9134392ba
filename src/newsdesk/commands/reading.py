"""Commands that read what is stored: search, show, extract, serve, settings."""

from __future__ import annotations

import click

from newsdesk.commands.common import (
    article_or_fail,
    emit_json,
    iso,
    iso_or_none,
    parse_when,
    print_article,
    state,
)
from newsdesk.enrich import Enricher
from newsdesk.pipeline import extract_file
from newsdesk.settings import settings_markdown


@click.command()
@click.argument("query")
@click.option("--lang", help="Only articles in this language (ISO 639-1).")
@click.option("--source", help="Only articles from this source.")
@click.option("--since", help="Published on or after (ISO date or datetime).")
@click.option("--until", help="Published on or before (ISO date or datetime).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(query: str, lang: str | None, source: str | None, since: str | None,
           until: str | None, limit: int, as_json: bool) -> None:
    """Full-text search over stored articles."""
    hits = state().store.search(query, language=lang, source=source, limit=limit,
                                 since=parse_when(since, "--since"),
                                 until=parse_when(until, "--until", end_of_day=True))
    if as_json:
        emit_json([{"id": h.article_id, "title": h.title, "source": h.source,
                     "published": iso_or_none(h.published), "language": h.language,
                     "snippet": h.snippet.replace("\x02", "[").replace("\x03", "]"),
                     "rank": h.rank} for h in hits])
        return
    for h in hits:
        snippet = h.snippet.replace("\x02", "[").replace("\x03", "]")
        click.echo(f"[{h.article_id}] {h.title}  ({h.source}, {iso(h.published)}, {h.language})"
                   f"\n    {snippet}")


@click.command()
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(article_id: int, as_json: bool) -> None:
    """Show one stored article (with its entities, quotes and times in --json)."""
    found = state().store.get_enrichment(article_id) if as_json else None
    print_article(article_or_fail(article_id), "json" if as_json else "text", found)


@click.command()
@click.argument("path", type=click.Path())
@click.option("--now", help="Anchor for relative times (default: the file's mtime).")
@click.option("--base-url", help="URL of the page, when it has no canonical link.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True)
def extract(path: str, now: str | None, base_url: str | None, fmt: str) -> None:
    """Extract one HTML page or app copy and print it (nothing is stored)."""
    article = extract_file(path, state().settings, now=parse_when(now, "--now"),
                           base_url=base_url)
    found = None
    if fmt == "json":
        found = Enricher().enrich(article.text, article.language, article.published,
                                  article.title)
    print_article(article, fmt, found)


@click.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default 8080).")
@click.option("--no-poll", is_flag=True, help="Do not run the background poller.")
def serve(host: str | None, port: int | None, no_poll: bool) -> None:
    """Run the web reader (and the background poller) on the configured database."""
    from newsdesk.server import run_server

    ctx = state()
    settings = ctx.settings.replace(host=host or ctx.settings.host,
                                      port=port or ctx.settings.port)
    run_server(settings, ctx.store, poll=not no_poll)


@click.command(name="settings")
@click.option("--markdown", is_flag=True, help="Print the settings table as Markdown.")
def settings_(markdown: bool) -> None:
    """Show every setting's resolved value (or its documentation with --markdown)."""
    if markdown:
        click.echo(settings_markdown(), nl=False)
        return
    for name, value in state().settings.as_dict().items():
        click.echo(f"{name} = {value!r}")
    click.echo(f"db_url = {state().settings.db_url!r}")
