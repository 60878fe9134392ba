"""Commands that bring articles in or take feeds out: add, import, poll, feeds, remove, export."""

from __future__ import annotations

import json
import sys
from contextlib import suppress
from typing import Any

import click

from newsdesk.commands.common import (
    emit_json,
    iso,
    iso_or_none,
    parse_when,
    progress,
    state,
    summary,
)
from newsdesk.errors import InputError
from newsdesk.sources.opml import write_opml
from newsdesk.store import Store


@click.command()
@click.argument("url")
@click.option("--title", help="Name shown for the feed.")
@click.option("--category", help="Category (folder) of the feed.")
@click.option("--user", "user_name", help="Subscribe this account (default: the only account).")
def add(url: str, title: str | None, category: str | None, user_name: str | None) -> None:
    """Subscribe to a feed URL, or a site URL whose feed is discovered."""
    ctx = state()
    account = _subscriber(ctx.store, user_name)
    pipeline = ctx.pipeline()
    try:
        feed, created = pipeline.add_source(url, title=title, category=category)
    finally:
        pipeline.close()
    if account is not None and feed.id is not None:
        ctx.store.subscribe(account, feed.id, title=title, category=category)
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


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--base-url", help="URL of an HTML page that has no canonical link.")
@click.option("--now", help="Anchor for relative times in app copies (default: file mtime).")
@click.option("--strict", is_flag=True, help="Stop at the first bad record instead of skipping it.")
@click.option("--user", "user_name", help="Account that OPML feeds are subscribed for "
              "(default: the only account).")
def import_(paths: tuple[str, ...], base_url: str | None, now: str | None, strict: bool,
            user_name: str | None) -> None:
    """Import OPML, feed files, HTML pages, JSONL, WARC(.gz) and app copies (folders recurse)."""
    ctx = state()
    subscriber = _subscriber(ctx.store, user_name)
    pipeline = ctx.pipeline()
    try:
        with progress("importing") as advance:
            report = pipeline.import_paths(paths, base_url=base_url, strict=strict,
                                           now=parse_when(now, "--now"), progress=advance,
                                           subscriber=subscriber)
    finally:
        pipeline.close()
    summary(report)
    if report.errors and not (report.inserted or report.updated or report.unchanged
                              or report.feeds_added):
        sys.exit(1)


@click.command()
@click.option("--once", is_flag=True, help="Poll the due feeds once and exit.")
def poll(once: bool) -> None:
    """Fetch due feeds and their new articles (continuously unless --once)."""
    import threading

    from newsdesk.scheduler import run_poller

    pipeline = state().pipeline()
    try:
        if once:
            with progress("polling") as advance:
                report = pipeline.poll_due(progress=advance)
            summary(report)
        else:
            with suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop the poller
                run_poller(pipeline, threading.Event())
    finally:
        pipeline.close()


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def feeds(as_json: bool) -> None:
    """List subscriptions with their health (last fetch, last error, next attempt)."""
    rows = state().store.list_feeds()
    if as_json:
        emit_json([_feed_json(f) for f in rows])
        return
    for f in rows:
        health = f"error x{f.error_count}: {f.last_error}" if f.error_count else "ok"
        nxt = f.next_attempt.isoformat(timespec="minutes") if f.next_attempt else "now"
        click.echo(f"[{f.id}] {f.title or f.url}\n    {f.url}\n    category: "
                   f"{f.category or '-'}  last: {iso(f.last_fetched)}  next: {nxt}  {health}")


@click.command()
@click.argument("feed_id", type=int)
def remove(feed_id: int) -> None:
    """Unsubscribe from a feed (its articles stay)."""
    if not state().store.remove_feed(feed_id):
        raise InputError("no such feed", where=f"feed {feed_id}")
    click.echo(f"removed feed {feed_id}")


def _feed_json(f: Any) -> dict[str, Any]:
    return {"id": f.id, "url": f.url, "title": f.title, "site_url": f.site_url,
            "category": f.category, "last_fetched": iso_or_none(f.last_fetched),
            "last_success": iso_or_none(f.last_success), "next_attempt":
            iso_or_none(f.next_attempt), "last_error": f.last_error,
            "last_error_kind": f.last_error_kind, "error_count": f.error_count,
            "interval_seconds": f.interval_seconds}


@click.command()
@click.argument("what", type=click.Choice(["opml", "jsonl"]))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def export(what: str, output: Any) -> None:
    """Export subscriptions (OPML) or articles (JSONL, re-importable)."""
    store = state().store
    if what == "opml":
        output.write(write_opml(store.list_feeds()))
        return
    for article in store.iter_articles():
        output.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
