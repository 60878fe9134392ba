"""`newsdesk`: one command for everything, thin over the pipeline and the store.

Every setting of `newsdesk.settings` is also a global flag (``--max-body-bytes 5000000``),
so flags, environment and config file are documented from one declaration. Errors become
one line on stderr, ``newsdesk: <where>: <what>``, and a non-zero exit status.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, time
from typing import Any

import click

from newsdesk import __version__
from newsdesk.enrich import Enricher
from newsdesk.enrich.annotate import DEFAULT_WINDOW, annotate_lines
from newsdesk.errors import InputError, NewsdeskError
from newsdesk.model import Article, Enrichment, Quote
from newsdesk.pipeline import Pipeline, Report, extract_file
from newsdesk.settings import SETTINGS, Settings, load_settings, settings_markdown
from newsdesk.sources.opml import write_opml
from newsdesk.store import Store, open_store


class Context:
    """Per-invocation state: resolved settings, and the store opened on first use."""

    def __init__(self, settings: Settings, quiet: bool) -> None:
        self.settings = settings
        self.quiet = quiet
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.settings.db_url)
        return self._store

    def pipeline(self) -> Pipeline:
        return Pipeline(self.settings, self.store)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


class Failure(click.ClickException):
    """A newsdesk error shown as one line: `newsdesk: <where>: <what>`, exit status 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"newsdesk: {self.message}", err=True)


class NewsdeskGroup(click.Group):
    """Turns newsdesk and OS errors raised by any command into a `Failure`."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsdeskError as exc:
            raise Failure(str(exc)) from exc
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise Failure(f"{where}{exc.strerror or exc}") from exc


def _setting_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for setting in reversed(SETTINGS):
        flag = "--" + setting.name.replace("_", "-")
        func = click.option(flag, setting.name, default=None, help=setting.help,
                            metavar=setting.type.__name__.upper().lstrip("_"))(func)
    return func


@click.group(cls=NewsdeskGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsdesk")
@click.option("--config", "config_file", default=None, help="Path of a TOML config file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries.")
@_setting_options
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, quiet: bool, **values: Any) -> None:
    """newsdesk: a self-hosted, multilingual news desk."""
    state = Context(load_settings(cli=values, config=config_file), quiet)
    ctx.obj = state
    ctx.call_on_close(state.close)


def _state() -> Context:
    return click.get_current_context().find_object(Context)  # type: ignore[return-value]


@contextmanager
def _progress(label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr when it is a terminal and --quiet is off."""
    if _state().quiet or not sys.stderr.isatty():
        yield lambda _n: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def _summary(report: Report) -> None:
    for error in report.errors:
        click.echo(f"newsdesk: {error}", err=True)
    if not _state().quiet:
        click.echo(f"{report.inserted} new, {report.updated} updated, {report.unchanged} "
                   f"unchanged, {report.feeds_added} feeds added, {len(report.errors)} errors",
                   err=True)


def _parse_when(value: str | None, name: str, end_of_day: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InputError("expected an ISO 8601 date or datetime", where=f"{name} {value}") from None
    if len(value) == 10:  # a bare date: the whole day
        day = date.fromisoformat(value)
        parsed = datetime.combine(day, time.max if end_of_day else time.min)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("url")
@click.option("--title", help="Name shown for the feed.")
@click.option("--category", help="Category (folder) of the feed.")
@click.option("--user", "user_name", help="Subscribe this account (default: the only account).")
def add(url: str, title: str | None, category: str | None, user_name: str | None) -> None:
    """Subscribe to a feed URL, or a site URL whose feed is discovered."""
    state = _state()
    account = _subscriber(state.store, user_name)
    pipeline = state.pipeline()
    try:
        feed, created = pipeline.add_source(url, title=title, category=category)
    finally:
        pipeline.close()
    if account is not None and feed.id is not None:
        state.store.subscribe(account, feed.id, title=title, category=category)
    verb = "added" if created else "already subscribed"
    click.echo(f"{verb}: [{feed.id}] {feed.title or ''} {feed.url}".replace("  ", " "))


def _subscriber(store: Store, user_name: str | None) -> int | None:
    """The account a CLI-added feed belongs to: --user, else the only account, else none
    (feeds without subscribers go to the first account created)."""
    if user_name:
        found = store.user_by_name(user_name)
        if found is None:
            raise InputError("no such user", where=f"--user {user_name}")
        return found[0].id
    accounts = store.list_users()
    return accounts[0].id if len(accounts) == 1 else None


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--base-url", help="URL of an HTML page that has no canonical link.")
@click.option("--now", help="Anchor for relative times in app copies (default: file mtime).")
@click.option("--strict", is_flag=True, help="Stop at the first bad record instead of skipping it.")
@click.option("--user", "user_name", help="Account that OPML feeds are subscribed for "
              "(default: the only account).")
def import_(paths: tuple[str, ...], base_url: str | None, now: str | None, strict: bool,
            user_name: str | None) -> None:
    """Import OPML, feed files, HTML pages, JSONL, WARC(.gz) and app copies (folders recurse)."""
    state = _state()
    subscriber = _subscriber(state.store, user_name)
    pipeline = state.pipeline()
    try:
        with _progress("importing") as advance:
            report = pipeline.import_paths(paths, base_url=base_url, strict=strict,
                                           now=_parse_when(now, "--now"), progress=advance,
                                           subscriber=subscriber)
    finally:
        pipeline.close()
    _summary(report)
    if report.errors and not (report.inserted or report.updated or report.unchanged
                              or report.feeds_added):
        sys.exit(1)


@cli.command()
@click.option("--once", is_flag=True, help="Poll the due feeds once and exit.")
def poll(once: bool) -> None:
    """Fetch due feeds and their new articles (continuously unless --once)."""
    import threading

    from newsdesk.scheduler import run_poller

    pipeline = _state().pipeline()
    try:
        if once:
            with _progress("polling") as advance:
                report = pipeline.poll_due(progress=advance)
            _summary(report)
        else:
            with suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop the poller
                run_poller(pipeline, threading.Event())
    finally:
        pipeline.close()


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def feeds(as_json: bool) -> None:
    """List subscriptions with their health (last fetch, last error, next attempt)."""
    rows = _state().store.list_feeds()
    if as_json:
        _emit_json([_feed_json(f) for f in rows])
        return
    for f in rows:
        health = f"error x{f.error_count}: {f.last_error}" if f.error_count else "ok"
        nxt = f.next_attempt.isoformat(timespec="minutes") if f.next_attempt else "now"
        click.echo(f"[{f.id}] {f.title or f.url}\n    {f.url}\n    category: "
                   f"{f.category or '-'}  last: {_iso(f.last_fetched)}  next: {nxt}  {health}")


@cli.command()
@click.argument("feed_id", type=int)
def remove(feed_id: int) -> None:
    """Unsubscribe from a feed (its articles stay)."""
    if not _state().store.remove_feed(feed_id):
        raise InputError("no such feed", where=f"feed {feed_id}")
    click.echo(f"removed feed {feed_id}")


def _iso(value: datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else "never"


def _feed_json(f: Any) -> dict[str, Any]:
    return {"id": f.id, "url": f.url, "title": f.title, "site_url": f.site_url,
            "category": f.category, "last_fetched": _iso_or_none(f.last_fetched),
            "last_success": _iso_or_none(f.last_success), "next_attempt":
            _iso_or_none(f.next_attempt), "last_error": f.last_error,
            "error_count": f.error_count, "interval_seconds": f.interval_seconds}


def _iso_or_none(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@cli.command()
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
    hits = _state().store.search(query, language=lang, source=source, limit=limit,
                                 since=_parse_when(since, "--since"),
                                 until=_parse_when(until, "--until", end_of_day=True))
    if as_json:
        _emit_json([{"id": h.article_id, "title": h.title, "source": h.source,
                     "published": _iso_or_none(h.published), "language": h.language,
                     "snippet": h.snippet.replace("\x02", "[").replace("\x03", "]"),
                     "rank": h.rank} for h in hits])
        return
    for h in hits:
        snippet = h.snippet.replace("\x02", "[").replace("\x03", "]")
        click.echo(f"[{h.article_id}] {h.title}  ({h.source}, {_iso(h.published)}, {h.language})"
                   f"\n    {snippet}")


def _article_or_fail(article_id: int) -> Article:
    article = _state().store.get_article(article_id)
    if article is None:
        raise InputError("no such article", where=f"article {article_id}")
    return article


def _print_article(article: Article, fmt: str, found: Enrichment | None = None) -> None:
    """JSON: the article's keys plus "entities", "quotes" and "times" (empty lists when
    the article is not enriched yet)."""
    if fmt == "json":
        lists = found.to_json() if found else {"entities": [], "quotes": [], "times": []}
        _emit_json({**article.to_json(), **lists})
        return
    click.echo(article.title or "(untitled)")
    meta = [article.source, _iso_or_none(article.published), article.language]
    click.echo("  ".join(m for m in meta if m))
    if article.ai_disclosure:
        click.echo(f"[AI] {article.ai_disclosure}")
    click.echo("\n" + article.text)
    if article.original_url or article.url:
        click.echo(f"\n{article.original_url or article.url}")


@cli.command()
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(article_id: int, as_json: bool) -> None:
    """Show one stored article (with its entities, quotes and times in --json)."""
    found = _state().store.get_enrichment(article_id) if as_json else None
    _print_article(_article_or_fail(article_id), "json" if as_json else "text", found)


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--now", help="Anchor for relative times (default: the file's mtime).")
@click.option("--base-url", help="URL of the page, when it has no canonical link.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True)
def extract(path: str, now: str | None, base_url: str | None, fmt: str) -> None:
    """Extract one HTML page or app copy and print it (nothing is stored)."""
    article = extract_file(path, _state().settings, now=_parse_when(now, "--now"),
                           base_url=base_url)
    found = None
    if fmt == "json":
        found = Enricher().enrich(article.text, article.language, article.published,
                                  article.title)
    _print_article(article, fmt, found)


@cli.command()
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
    with _progress("annotating", _size(source)) as advance:
        written, failed = annotate_lines(
            source, "<stdin>" if path == "-" else path, enricher, output, strict=strict,
            window=window, progress=advance,
            on_error=lambda e: click.echo(f"newsdesk: {e}", err=True))
    if not _state().quiet:
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


@cli.command()
@click.option("--all", "redo_all", is_flag=True, help="Re-enrich every article.")
def enrich(redo_all: bool) -> None:
    """Enrich stored articles not enriched by this version of the enricher (or --all)."""
    pipeline = _state().pipeline()
    try:
        with _progress("enriching") as advance:
            report = pipeline.enrich_stored(redo_all=redo_all, progress=advance)
    finally:
        pipeline.close()
    for error in report.errors:
        click.echo(f"newsdesk: {error}", err=True)
    if not _state().quiet:
        click.echo(f"{report.enriched} enriched, {len(report.errors)} errors", err=True)
    if report.errors and not report.enriched:
        sys.exit(1)


ENTITY_TYPES = ("PER", "LOC", "ORG", "EVT", "PRO", "MISC")


@cli.command()
@click.argument("query", required=False)
@click.option("--type", "kind", type=click.Choice(ENTITY_TYPES, case_sensitive=False))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def entities(query: str | None, kind: str | None, limit: int, as_json: bool) -> None:
    """People, places and organisations of the stored articles, most mentioned first."""
    found = _state().store.list_entities(type=kind, query=query, limit=limit)
    if as_json:
        _emit_json([{"id": e.id, "type": e.type, "name": e.name, "mentions": e.mentions,
                     "articles": e.articles,
                     "names": {lang: [{"name": n, "mentions": c} for n, c in names]
                               for lang, names in e.names.items()}} for e in found])
        return
    for e in found:
        names = "; ".join(f"{lang or '?'}: " + ", ".join(f"{n} ({c})" for n, c in names)
                          for lang, names in e.names.items())
        click.echo(f"{e.type:<4} {e.name}  [{e.id}]  {e.mentions} mentions in {e.articles} "
                   f"articles\n     {names}")


@cli.command()
@click.option("--speaker", help="Only quotes of this speaker (any of their names, any case).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def quotes(speaker: str | None, limit: int, as_json: bool) -> None:
    """Quotations in the stored articles, newest first."""
    found = _state().store.quotes_by(speaker, limit)
    if as_json:
        _emit_json([{"article_id": article_id, **_quote_json(q)} for article_id, q in found])
        return
    for article_id, q in found:
        said = f"«{q.text}»" if q.direct else f"(reported) {q.text}"
        click.echo(f"[{article_id}] {q.speaker or '?'}: {said}")


def _quote_json(q: Quote) -> dict[str, Any]:
    return {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
            "speaker_entity": q.speaker_entity, "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end, "direct": q.direct}


@cli.command()
@click.argument("what", type=click.Choice(["opml", "jsonl"]))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def export(what: str, output: Any) -> None:
    """Export subscriptions (OPML) or articles (JSONL, re-importable)."""
    store = _state().store
    if what == "opml":
        output.write(write_opml(store.list_feeds()))
        return
    for article in store.iter_articles():
        output.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")


@cli.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default 8080).")
@click.option("--no-poll", is_flag=True, help="Do not run the background poller.")
def serve(host: str | None, port: int | None, no_poll: bool) -> None:
    """Run the web reader (and the background poller) on the configured database."""
    from newsdesk.server import run_server

    state = _state()
    settings = state.settings.replace(host=host or state.settings.host,
                                      port=port or state.settings.port)
    run_server(settings, state.store, poll=not no_poll)


@cli.group()
def user() -> None:
    """Manage reader accounts."""


@user.command(name="add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="The account may manage this newsdesk.")
@click.password_option(prompt="Password", help="Password (prompted when not given).")
def user_add(name: str, admin: bool, password: str) -> None:
    """Create an account (the first one also receives every existing feed)."""
    from newsdesk.web import auth

    problem = auth.check_new_password(password)
    if problem:
        raise InputError(problem, where=f"user {name}")
    store = _state().store
    first = store.count_users() == 0
    account = store.create_user(name, auth.hash_password(password), is_admin=admin)
    assert account.id is not None
    adopted = store.adopt_orphan_feeds(account.id) if first else 0
    click.echo(f"created user {account.name}" + (" (admin)" if admin else "")
               + (f", subscribed to {adopted} existing feeds" if adopted else ""))


@user.command(name="list")
def user_list() -> None:
    """List accounts."""
    for account in _state().store.list_users():
        click.echo(f"{account.id}\t{account.name}" + ("\tadmin" if account.is_admin else ""))


@cli.group()
def token() -> None:
    """Manage API tokens (Authorization: Bearer <token>)."""


@token.command(name="create")
@click.argument("user_name")
@click.option("--name", "label", default="cli", show_default=True, help="What the token is for.")
def token_create(user_name: str, label: str) -> None:
    """Create an API token for USER_NAME and print it (it is shown only once)."""
    from newsdesk.web import auth

    store = _state().store
    found = store.user_by_name(user_name)
    if found is None or found[0].id is None:
        raise InputError("no such user", where=f"user {user_name}")
    secret = auth.new_token()
    store.create_api_token(found[0].id, label, auth.token_hash(secret))
    click.echo(secret)


@cli.command(name="settings")
@click.option("--markdown", is_flag=True, help="Print the settings table as Markdown.")
def settings_(markdown: bool) -> None:
    """Show every setting's resolved value (or its documentation with --markdown)."""
    if markdown:
        click.echo(settings_markdown(), nl=False)
        return
    for name, value in _state().settings.as_dict().items():
        click.echo(f"{name} = {value!r}")
    click.echo(f"db_url = {_state().settings.db_url!r}")


def main() -> None:
    """Entry point of the `newsdesk` command."""
    cli()
