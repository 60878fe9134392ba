"""iter_import as a whole: folders, ordering, limits, missing files and error collection."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsdesk.errors import InputError, UnsupportedInput
from newsdesk.model import Feed, Page, ParsedFeed
from newsdesk.sources.importers import iter_import

IMPORTS = Path(__file__).parents[2] / "fixtures" / "imports"
TREE = IMPORTS / "tree"


def test_directory_recurses_sorted_and_skips_hidden() -> None:
    items = list(iter_import([TREE]))
    locations = [location for location, _ in items]
    assert locations == [
        f"{TREE}/a_copy.txt",
        f"{TREE}/b_subscriptions.opml",
        f"{TREE}/b_subscriptions.opml",
        f"{TREE}/nested/c_feed.xml",
        f"{TREE}/nested/deeper/page.htm",
    ]
    kinds = [type(item).__name__ for _, item in items]
    assert kinds == ["Page", "Feed", "Feed", "ParsedFeed", "Page"]
    assert list(iter_import([TREE])) == items  # deterministic


def test_base_url_goes_to_html_pages_and_feed_files(tmp_path: Path) -> None:
    feed = tmp_path / "relative.rss"
    feed.write_bytes((IMPORTS / "cases" / "rss_feed.rss").read_bytes())
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>x</p></body></html>")
    items = dict(iter_import([feed, page], base_url="https://base.example/dir/"))
    parsed = items[str(feed)]
    assert isinstance(parsed, ParsedFeed)
    assert parsed.entries[0].link == "https://base.example/2025/01/ferry-returns"
    html = items[str(page)]
    assert isinstance(html, Page) and html.url == "https://base.example/dir/"
    no_base = dict(iter_import([page]))[str(page)]
    assert isinstance(no_base, Page) and no_base.url is None


def test_missing_file_raises_or_is_recorded(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    with pytest.raises(InputError, match="no such file") as info:
        list(iter_import([missing]))
    assert info.value.where == str(missing)
    errors: list[InputError] = []
    good = TREE / "a_copy.txt"
    assert [loc for loc, _ in iter_import([missing, good], errors=errors)] == [str(good)]
    assert [(e.where, e.message) for e in errors] == [(str(missing), "no such file")]


def test_file_over_limit_is_refused_before_reading(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    page.write_bytes(b"<html><body>" + b"x" * 500 + b"</body></html>")
    with pytest.raises(InputError, match="import limit") as info:
        list(iter_import([page], max_bytes=100))
    assert info.value.where == str(page)
    assert len(list(iter_import([page], max_bytes=1000))) == 1


def test_gzipped_jsonl_is_limited_by_its_decompressed_size(tmp_path: Path) -> None:
    line = b'{"title": "t", "text": "' + b"a" * 300 + b'"}\n'
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(line * 50))
    assert path.stat().st_size < 1000
    errors: list[InputError] = []
    items = list(iter_import([path], max_bytes=1000, errors=errors))
    assert len(items) == 3  # three lines fit, the fourth crosses the limit
    assert [e.where for e in errors] == [f"{path}:4"]


def test_unknown_file_in_a_directory_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b.txt").write_text("Some copied article text.")
    errors: list[InputError] = []
    items = list(iter_import([tmp_path], errors=errors))
    assert [loc for loc, _ in items] == [str(tmp_path / "b.txt")]
    assert len(errors) == 1 and isinstance(errors[0], UnsupportedInput)
    assert errors[0].where == str(tmp_path / "a.bin")


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        list(iter_import([tmp_path]))


def test_opml_file_gives_feeds_with_categories() -> None:
    feeds = [item for _, item in iter_import([IMPORTS / "cases" / "subscriptions.opml"])]
    assert all(isinstance(feed, Feed) for feed in feeds)
    assert [f.category for f in feeds if isinstance(f, Feed)][:3] == [
        "Local / Harbour",
        "News",
        "News / Europe",
    ]


def test_a_string_path_is_accepted() -> None:
    assert len(list(iter_import([str(TREE / "a_copy.txt")]))) == 1
