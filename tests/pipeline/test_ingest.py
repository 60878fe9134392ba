"""Import items into articles without the network: file times and item kinds."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.model import Article, Feed
from newsdesk.pipeline import Report
from newsdesk.pipeline.ingest import articles_from_item, file_time
from newsdesk.store import Store

MTIME = datetime(2026, 1, 20, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("suffix", ["", ":12", "#3"])
def test_file_time_reads_the_file_behind_a_location(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    assert file_time(f"{path}{suffix}") == MTIME


def test_file_time_of_a_missing_file_is_none(tmp_path: Path) -> None:
    assert file_time(str(tmp_path / "gone.html")) is None


def test_a_feed_item_is_subscribed_not_stored_as_an_article(store: Store) -> None:
    report = Report()
    found = articles_from_item(store, "subs.opml", Feed(url="https://example.org/feed.xml"),
                               now=None, report=report, subscriber=None)
    assert found == [] and report.feeds_added == 1


def test_an_article_item_passes_through(store: Store) -> None:
    article = Article(title="Harbour", text="The harbour reopened.")
    assert articles_from_item(store, "a.jsonl:1", article, now=None, report=Report(),
                              subscriber=None) == [article]


def test_an_unknown_item_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError):
        articles_from_item(store, "x", object(), now=None, report=Report(), subscriber=None)
