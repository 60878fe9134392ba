"""Shared pieces of the CLI commands: the per-invocation context, progress bars,
one-line errors, date parsing and JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import click

from newsdesk.errors import InputError
from newsdesk.model import Article, Enrichment, filter_bound
from newsdesk.pipeline import Pipeline, Report
from newsdesk.settings import Settings
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


def state() -> Context:
    return click.get_current_context().find_object(Context)  # type: ignore[return-value]

@contextmanager
def progress(label: str, total: int | None = None,
             unit: str = "articles") -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr when it is a terminal and --quiet is off."""
    if state().quiet or not sys.stderr.isatty():
        yield lambda _n: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} " + unit), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def summary(report: Report) -> None:
    for error in report.errors:
        click.echo(f"newsdesk: {error}", err=True)
    if not state().quiet:
        click.echo(f"{report.inserted} new, {report.updated} updated, {report.unchanged} "
                   f"unchanged, {report.feeds_added} feeds added, {len(report.errors)} errors",
                   err=True)


def parse_when(value: str | None, name: str, end_of_day: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        return filter_bound(value, end_of_day)
    except ValueError:
        raise InputError("expected an ISO 8601 date or datetime", where=f"{name} {value}") from None


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def iso(value: datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else "never"


def iso_or_none(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_or_fail(article_id: int) -> Article:
    article = state().store.get_article(article_id)
    if article is None:
        raise InputError("no such article", where=f"article {article_id}")
    return article


def print_article(article: Article, fmt: str, found: Enrichment | None = None) -> None:
    """JSON: the article's keys plus "entities", "quotes" and "times" (empty lists when
    the article is not enriched yet); the image also lists the people and agencies its
    credit names (`credit_entities`, offsets into the credit)."""
    if fmt == "json":
        lists = found.to_json() if found else {"entities": [], "quotes": [], "times": []}
        data = {**article.to_json(), **lists}
        if article.image is not None:
            from newsdesk.enrich.credits import credit_mentions  # the CLI starts without it

            data["image"]["credit_entities"] = [
                m.to_json() for m in credit_mentions(article.image.credit, article.language)]
        emit_json(data)
        return
    click.echo(article.title or "(untitled)")
    meta = [article.source, iso_or_none(article.published), article.language]
    click.echo("  ".join(m for m in meta if m))
    if article.ai_disclosure:
        click.echo(f"[AI] {article.ai_disclosure}")
    click.echo("\n" + article.text)
    if article.original_url or article.url:
        click.echo(f"\n{article.original_url or article.url}")
