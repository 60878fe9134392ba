"""Feed parsing: one fixture per case in tests/fixtures/feeds, its expected result beside it."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import FeedError
from newsdesk.sources.feeds import looks_like_feed, parse_feed

FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"
SNIFFS_AS_FEED = {"json_truncated.json"}
CASES = sorted(p for p in FEEDS.iterdir() if p.is_file() and ".expected." not in p.name)


def _expected_for(path: Path) -> dict[str, Any]:
    expected_path = path.with_name(path.name.split(".")[0] + ".expected.json")
    data: dict[str, Any] = json.loads(expected_path.read_text(encoding="utf-8"))
    return data


def _as_json(value: object) -> Any:
    def default(obj: object) -> str:
        assert isinstance(obj, datetime)
        assert obj.tzinfo is not None, "datetimes must be timezone-aware"
        return obj.isoformat()

    return json.loads(json.dumps(dataclasses.asdict(value), default=default))  # type: ignore[call-overload]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture(path: Path) -> None:
    expected = _expected_for(path)
    if "error" in expected:
        with pytest.raises(FeedError) as info:
            parse_feed(path.read_bytes(), expected["url"], path.name)
        assert info.value.where == path.name
        assert info.value.message.startswith(expected["error"]["message"])
        return
    result = _as_json(parse_feed(path.read_bytes(), expected["url"], path.name))
    want = expected["result"]
    if want["problem"] is not None:
        # parser messages differ between expat versions: the fixture keeps the stable part
        assert want.pop("problem") in result.pop("problem")
    assert result == want


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_sniff_agrees_with_parser(path: Path) -> None:
    """looks_like_feed says yes for every fixture that parses and no for non-feeds."""
    expected = _expected_for(path)
    # the sniff reads only the head, so a document broken further down still looks like a feed
    is_feed = "error" not in expected or path.name in SNIFFS_AS_FEED
    assert looks_like_feed(path.read_bytes()) is is_feed


def test_relative_links_without_feed_url_stay_relative() -> None:
    body = (FEEDS / "rss20_basic.xml").read_bytes()
    parsed = parse_feed(body, None, "mem")
    assert parsed.entries[0].link == "/2025/01/ferry-returns"


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T &xxe;</title>'
        "<item><title>A &xxe;</title><link>https://example.org/a</link></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_feed(body, "https://example.org/feed.xml", "mem")
    assert "TOP-SECRET" not in json.dumps(_as_json(parsed))
    assert [e.link for e in parsed.entries] == ["https://example.org/a"]


def test_a_path_like_body_is_not_opened(tmp_path: Path) -> None:
    """feedparser opens strings that name files; parse_feed must never let it."""
    feed_file = tmp_path / "real.xml"
    feed_file.write_bytes((FEEDS / "rss091.xml").read_bytes())
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(str(feed_file).encode(), None, "mem")


def test_url_like_body_is_not_fetched() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"http://127.0.0.1:9/feed.xml", None, "mem")


def test_json_feed_relative_urls_use_its_feed_url_when_no_url_given() -> None:
    parsed = parse_feed((FEEDS / "jsonfeed11.json").read_bytes(), None, "mem")
    assert parsed.entries[0].link == "https://json.example.com/posts/2"
    assert parsed.entries[0].image_url == "https://json.example.com/img/harbour.jpg"


@pytest.mark.parametrize(
    "head",
    [
        b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>",
        b'<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY a "b">]><rdf:RDF xmlns:rdf="x">',
        b"<?xml-stylesheet href='s.xsl'?><feed xmlns='http://www.w3.org/2005/Atom'>",
        b'  {"version": "https://jsonfeed.org/version/1.1", "items": []}',
    ],
)
def test_looks_like_feed_positive(head: bytes) -> None:
    assert looks_like_feed(head)


@pytest.mark.parametrize(
    "head",
    [b"", b"<html><body>", b'{"version": "1.0"}', b"<opml version='2.0'>", b"plain text"],
)
def test_looks_like_feed_negative(head: bytes) -> None:
    assert not looks_like_feed(head)


def test_case_names_are_unique_before_the_first_dot() -> None:
    stems = [p.name.split(".")[0] for p in CASES]
    assert len(stems) == len(set(stems))
