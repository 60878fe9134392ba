"""Stories in the reader: the story river (default) and article river, the story page with
its SVG charts and timeline, and the stories API; all scoped to the reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from newsdesk.model import Article, Enrichment, Feed, Mention, Quote, TimeExpr
from newsdesk.store import Store
from newsdesk.web import auth
from newsdesk.web.app import create_app

TEXT = ("Negotiators met in Abu Dhabi on Friday. Earlier, Witkoff saw Putin in the Kremlin "
        'on Thursday. "We made progress," said Witkoff.')


def _story(store: Store, make: Callable[..., Article], feed_url: str,
           key: str) -> tuple[Feed, list[int], int]:
    """A feed with an English article, its wire copy elsewhere and a French one, in a story."""
    feed, _ = store.add_feed(Feed(url=feed_url, title="Feed " + key))
    saved = store.save_articles([
        make(1, feed_id=feed.id, url=f"{feed_url}/en", text=TEXT, source="Wire " + key),
        make(2, feed_id=feed.id, url=f"{feed_url}/copy", text=TEXT, source="Copy " + key),
        make(3, feed_id=feed.id, url=f"{feed_url}/fr", language="fr",
             title="Pourparlers à Abou Dhabi", text="Les négociateurs se sont réunis."),
    ])
    ids = [r.article_id for r in saved]
    store.save_enrichment(ids[0], Enrichment(
        "en", "t", mentions=[Mention(55, 62, "Witkoff", "PER", "n:witkoff", "Steve Witkoff")],
        quotes=[Quote(97, 115, '"We made progress,"', True, "Witkoff", 121, 128, "n:witkoff")],
        times=[TimeExpr(31, 37, "Friday", "2026-01-23", "day"),
               TimeExpr(86, 94, "Thursday", "2026-01-22", "day")],
        time_sentences=[(0, 39), (40, 95)]))
    sid = 0
    for article_id in ids:
        dup = ids[0] if article_id == ids[1] else None
        sid = store.assign_story(article_id, key, dup, "hash" if dup else None)
    return feed, ids, sid


@pytest.fixture()
def world(store: Store, reader: Callable[[str], Any],
          article_factory: Callable[..., Article]) -> dict[str, Any]:
    ada, bob = reader("ada"), reader("bob")
    feed_a, ids_a, sid_a = _story(store, article_factory, "https://a.example/feed", "A")
    feed_b, _ids_b, sid_b = _story(store, article_factory, "https://b.example/feed", "B")
    store.subscribe(ada.user.id, feed_a.id or 0)
    store.subscribe(bob.user.id, feed_b.id or 0)
    return {"ada": ada, "bob": bob, "sid_a": sid_a, "sid_b": sid_b, "ids_a": ids_a}


def test_river_shows_stories_and_keeps_the_article_river(world: dict[str, Any]) -> None:
    page = world["ada"].get("/")
    assert page.status_code == 200
    assert f'href="/story/{world["sid_a"]}"' in page.text
    assert f'/story/{world["sid_b"]}"' not in page.text
    assert "Also in: Copy A" in page.text and "3 articles" in page.text
    articles = world["ada"].get("/?view=articles")
    assert articles.status_code == 200 and f'href="/article/{world["ids_a"][1]}"' in articles.text


def test_story_page(world: dict[str, Any]) -> None:
    page = world["ada"].get(f"/story/{world['sid_a']}")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and 'class="bar"' in html and 'class="dot"' in html
    assert "style=" not in html.split("<main", 1)[1]  # the CSP allows no inline style
    assert html.index("2026-01-22") < html.index("2026-01-23")  # timeline by date
    assert "Earlier, Witkoff saw Putin in the Kremlin on Thursday." in html
    assert f'href="/article/{world["ids_a"][0]}"' in html
    assert "Steve Witkoff" in html and "We made progress" in html
    assert "Negotiators met in Abu Dhabi on Friday." in html  # the summary line


def test_other_readers_story_is_not_found(world: dict[str, Any]) -> None:
    assert world["ada"].get(f"/story/{world['sid_b']}").status_code == 404
    assert world["ada"].get("/story/0").status_code in (400, 404, 422)
    assert world["ada"].get("/story/abc").status_code in (400, 404, 422)


def _token(store: Store, user_id: int) -> dict[str, str]:
    secret = auth.new_token()
    store.create_api_token(user_id, "t", auth.token_hash(secret))
    return {"Authorization": f"Bearer {secret}"}


def test_stories_api(store: Store, world: dict[str, Any]) -> None:
    client = TestClient(create_app(store))
    headers = _token(store, world["ada"].user.id)
    listing = client.get("/api/v1/stories", headers=headers)
    assert listing.status_code == 200
    body = listing.json()
    assert [s["id"] for s in body["items"]] == [world["sid_a"]] and body["next"] is None
    assert body["items"][0]["also_in"] == ["Copy A"]
    french = client.get("/api/v1/stories", headers=headers, params={"prefer": "fr"}).json()
    assert french["items"][0]["title"] == "Pourparlers à Abou Dhabi"
    one = client.get(f"/api/v1/stories/{world['sid_a']}", headers=headers)
    assert one.status_code == 200
    detail = one.json()
    assert [t["value"] for t in detail["timeline"]] == ["2026-01-22", "2026-01-23"]
    assert [len(g["duplicates"]) for g in detail["articles"]["en"]] == [1]
    assert client.get(f"/api/v1/stories/{world['sid_b']}", headers=headers).status_code == 404
    for bad in ("/api/v1/stories?limit=0", "/api/v1/stories?before=x",
                "/api/v1/stories/0", "/api/v1/stories?since=1"):
        assert client.get(bad, headers=headers).status_code == 400, bad
    assert client.get("/api/v1/stories").status_code == 401


def test_story_pages_scroll(store: Store, world: dict[str, Any],
                            article_factory: Callable[..., Article]) -> None:
    for n in range(4):
        feed, _, _ = _story(store, article_factory, f"https://c{n}.example/feed", f"C{n}")
        store.subscribe(world["ada"].user.id, feed.id or 0)
    client = TestClient(create_app(store))
    headers = _token(store, world["ada"].user.id)
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"before": cursor} if cursor else {})}
        page = client.get("/api/v1/stories", headers=headers, params=params).json()
        seen += [s["id"] for s in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert len(seen) == 5 == len(set(seen))
