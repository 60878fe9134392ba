"""OPML import/export: each file in tests/fixtures/feeds/opml with its expected feeds beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.model import Feed
from newsdesk.sources.opml import parse_opml, write_opml

OPML = Path(__file__).parents[1] / "fixtures" / "feeds" / "opml"
CASES = sorted(OPML.glob("*.opml"))


def _summary(feeds: list[Feed]) -> list[dict[str, str | None]]:
    return [
        {"url": f.url, "title": f.title, "site_url": f.site_url, "category": f.category}
        for f in feeds
    ]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_opml_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if "error" in expected:
        with pytest.raises(InputError) as info:
            parse_opml(path.read_bytes(), path.name)
        assert expected["error"] in info.value.message
        assert info.value.where == path.name
        return
    assert _summary(parse_opml(path.read_bytes(), path.name)) == expected["feeds"]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_round_trip(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if "error" in expected:
        return
    feeds = parse_opml(path.read_bytes(), path.name)
    written = write_opml(feeds)
    assert _summary(parse_opml(written.encode("utf-8"), "written")) == _summary(feeds)


def test_write_groups_by_category_and_escapes() -> None:
    feeds = [
        Feed(url="https://a.example.org/feed?x=1&y=2", title='A "quoted" <feed>', category="News"),
        Feed(
            url="https://b.example.org/rss",
            category="News / Europe",
            site_url="https://b.example.org/",
        ),
        Feed(url="https://c.example.org/rss", title="C", category="News"),
        Feed(url="https://d.example.org/rss", title="D"),
    ]
    text = write_opml(feeds, title="Mine & yours")
    assert text.startswith("<?xml")
    assert "<title>Mine &amp; yours</title>" in text
    assert text.count('text="News"') == 1  # one folder for both News feeds
    parsed = parse_opml(text.encode(), "mem")
    assert [f.url for f in parsed] == [
        "https://a.example.org/feed?x=1&y=2",
        "https://b.example.org/rss",  # its sub-folder was opened before C came along
        "https://c.example.org/rss",
        "https://d.example.org/rss",
    ]
    assert parsed[0].title == 'A "quoted" <feed>'
    assert parsed[1].category == "News / Europe"
    assert parsed[1].site_url == "https://b.example.org/"
    assert parsed[2].category == "News"
    assert parsed[3].category is None
    # a feed without title is written with its URL as text, so readers show something
    untitled = parse_opml(write_opml([Feed(url="https://e.example.org/")]).encode(), "mem")
    assert untitled[0].title == "https://e.example.org/"


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY lol "lollollollollollol">]>'
        '<opml version="2.0"><head/><body>'
        '<outline text="&xxe;&lol;" xmlUrl="https://x.example.org/feed"/>'
        "</body></opml>"
    ).encode()
    try:
        feeds = parse_opml(body, "mem")
    except InputError:
        return  # refusing the document is fine too
    assert all("TOP-SECRET" not in (f.title or "") for f in feeds)
