"""The feed-content fallback when an article page cannot be fetched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.errors import ExtractError
from newsdesk.extract import article_from_entry
from newsdesk.model import Entry, Feed

FEED = Feed(url="https://news.example/feed.xml", title="News Example", id=7)


def test_entry_content_becomes_an_article() -> None:
    entry = Entry(
        guid="tag:news.example,2026:1",
        link="https://news.example/a/1",
        title="Bridge reopens after repairs",
        published=datetime(2026, 5, 1, 8, 0, tzinfo=UTC),
        authors=["Ann Lee"],
        content_html=(
            "<p>The old bridge reopened on Friday after two years of repairs.</p>"
            "<h2>Traffic</h2><p>Buses will use it again from <a href='/timetable'>Monday</a>.</p>"
            "<script>alert(1)</script>"
            "<p>This article was generated with the help of AI.</p>"
        ),
        image_url="https://news.example/i.jpg",
        language="en",
    )
    article = article_from_entry(entry, FEED)
    assert article.origin == "feed"
    assert article.source == "News Example"
    assert article.feed_id == 7
    assert article.guid == "tag:news.example,2026:1"
    assert article.text.startswith("The old bridge reopened on Friday")
    assert "Traffic" in article.sections
    assert article.ai_generated
    assert "alert" not in article.text and "<script" not in article.html
    assert 'href="https://news.example/timetable"' in article.html
    assert article.image is not None and article.image.url == "https://news.example/i.jpg"
    assert article.language == "en"
    assert article.content_hash


def test_summary_is_used_when_there_is_no_content() -> None:
    entry = Entry(guid=None, link="https://other.example/x", title="Short", summary="Just a line.")
    article = article_from_entry(entry, None)
    assert article.text == "Just a line."
    assert article.source == "other.example"


def test_entry_without_text_is_refused() -> None:
    entry = Entry(guid="g", link="https://news.example/a/2", title="Empty", summary="  ")
    with pytest.raises(ExtractError) as info:
        article_from_entry(entry, FEED)
    assert info.value.where == "https://news.example/a/2"
