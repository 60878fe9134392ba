"""Stories form live as feeds are polled: three feeds on a real local HTTP server, one poll,
and the reader's river shows one story with its copy folded and its French report linked;
a later poll adds a new article to the same story."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from newsdesk.model import ArticleFilter
from newsdesk.pipeline import Pipeline
from newsdesk.settings import Settings
from newsdesk.store import Store

ARTICLES = Path(__file__).parents[1] / "fixtures" / "stories" / "pipeline" / "articles.jsonl"
NOW = datetime(2026, 1, 24, 12, tzinfo=UTC)


def _rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed whose items carry the whole text (no page fetch needed)."""
    body = "".join(
        f"<item><title>{escape(a['title'])}</title><link>{escape(a['url'])}</link>"
        f"<guid>{escape(a['url'])}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(a['published']))}</pubDate>"
        f"<description>{escape('<p>' + a['text'] + '</p>')}</description></item>"
        for a in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.org/</link>{body}</channel></rss>")


def test_polled_feeds_form_stories_in_the_reader(settings: Settings, store: Store,
                                                 local_server) -> None:
    articles = {a["url"].rsplit("/", 1)[-1]: a
                for a in map(json.loads, ARTICLES.read_text().splitlines())}
    feeds = {"/wire.xml": ["wire", "library"], "/herald.xml": ["copy"], "/fr.xml": ["fr"]}
    for path, names in feeds.items():
        local_server.route(path, _rss(path[1:-4], [articles[n] for n in names]),
                           headers={"Content-Type": "application/rss+xml"})
    pipeline = Pipeline(settings.replace(fetch_pages=False), store, enrich=False, stories=True)
    reader = store.create_user("reader", "h").id or 0
    for path in feeds:
        feed, _ = pipeline.add_source(local_server.url(path))
        store.subscribe(reader, feed.id or 0)
    report = pipeline.poll_due(now=NOW)
    assert report.inserted == 4 and not report.errors

    river = store.stories_river(reader, ArticleFilter(), prefer_language="en")
    talks = next(s for s in river if "Abu Dhabi" in (s.title or ""))
    assert set(talks.languages) == {"en", "fr"} and talks.article_count == 3
    assert talks.also_in  # the Metro Herald copy is folded into the wire entry
    assert any("library" in (s.title or "") for s in river)

    later = dict(articles["copy2"], url="https://wire-daily.example/update",
                 published=(NOW + timedelta(hours=1)).isoformat())
    local_server.route("/wire.xml", _rss("wire", [articles["wire"], articles["library"], later]),
                       headers={"Content-Type": "application/rss+xml"})
    assert pipeline.poll_due(now=NOW + timedelta(days=1)).inserted == 1
    update = next(a for a in store.iter_articles() if a.url and a.url.endswith("/update"))
    assert store.story_of(update.id or 0) == talks.id
    pipeline.close()
