"""The reader's query layer: subscriptions, read/star state, river filters and keyset pages,
search_user, saved searches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from tests.store.conftest import BASE_TIME
from tests.store.reader_data import FEED_OF, World, build_world

from newsdesk.errors import InputError
from newsdesk.model import Article, ArticleFilter, Feed, RiverItem
from newsdesk.store import MARK_END, MARK_START, Store


@pytest.fixture()
def world(store: Store, make_article: Callable[..., Article]) -> World:
    return build_world(store, make_article)


def _ids(items: list[RiverItem]) -> list[int]:
    return [item.article.id or 0 for item in items]


def _numbers(world: World, items: list[RiverItem]) -> list[int]:
    by_id = {v: k for k, v in world.articles.items()}
    return [by_id[i] for i in _ids(items)]


def _all_pages(store: Store, user: int, flt: ArticleFilter, size: int) -> list[list[int]]:
    pages, before = [], None
    while True:
        page = store.river(user, flt, before=before, limit=size)
        if not page:
            return pages
        pages.append(_ids(page))
        before = store.river_cursor(page[-1])


# --- subscriptions -------------------------------------------------------------------------

def test_subscriptions_with_titles_categories_and_unread(store: Store, world: World) -> None:
    subs = store.list_subscriptions(world.bob)
    assert [s.display_title for s in subs] == ["Die Welt", "Private"]  # "News" first, None last
    assert [(s.category, s.unread) for s in subs] == [("News", 3), (None, 3)]
    assert subs[0].feed.title == "World" and subs[0].feed.id == world.feeds[2]
    assert store.categories(world.bob) == ["News"]
    assert store.categories(world.alice) == ["Tech"]
    one = store.get_subscription(world.alice, world.feeds[1])
    assert one is not None and one.unread == 4 and one.category == "Tech"
    assert store.get_subscription(world.alice, world.feeds[3]) is None


def test_subscribe_twice_unsubscribe_rename(store: Store, world: World) -> None:
    assert not store.subscribe(world.alice, world.feeds[1])
    assert store.update_subscription(world.alice, world.feeds[2], title="  Welt ",
                                     category="Europe")
    sub = store.get_subscription(world.alice, world.feeds[2])
    assert sub is not None and (sub.title, sub.category) == ("Welt", "Europe")
    assert store.update_subscription(world.alice, world.feeds[2], title="", category=None)
    sub = store.get_subscription(world.alice, world.feeds[2])
    assert sub is not None and (sub.title, sub.category, sub.display_title) == (None, None, "World")
    assert store.unsubscribe(world.alice, world.feeds[2])
    assert not store.unsubscribe(world.alice, world.feeds[2])
    assert store.get_feed(world.feeds[2]) is not None  # the shared feed stays (Bob has it)
    assert [s.feed.id for s in store.list_subscriptions(world.alice)] == [world.feeds[1]]


def test_subscribe_unknown_feed_or_overlong_values(store: Store, world: World) -> None:
    with pytest.raises(InputError, match="no such feed"):
        store.subscribe(world.alice, 9999)
    with pytest.raises(InputError):
        store.update_subscription(world.alice, world.feeds[1], title="x" * 301, category=None)


def test_unread_counts_follow_read_state(store: Store, world: World) -> None:
    store.set_article_state(world.alice, world.articles[1], read=True)
    store.set_article_state(world.alice, world.articles[4], starred=True)
    sub = store.get_subscription(world.alice, world.feeds[1])
    assert sub is not None and sub.unread == 3


def test_adopt_orphan_feeds_and_refresh(store: Store, world: World) -> None:
    orphan, _ = store.add_feed(Feed("https://feeds.example/cli.xml", category="Imported"))
    carol = store.create_user("carol", "h").id or 0
    assert store.adopt_orphan_feeds(carol) == 1
    assert store.adopt_orphan_feeds(carol) == 0
    [sub] = store.list_subscriptions(carol)
    assert sub.feed.id == orphan.id and sub.category == "Imported"
    now = BASE_TIME + timedelta(days=3)
    store.request_refresh(orphan.id or 0, now)
    refreshed = store.get_feed(orphan.id or 0)
    assert refreshed is not None and refreshed.next_attempt == now


def test_removed_feed_takes_its_subscriptions(store: Store, world: World) -> None:
    assert store.remove_feed(world.feeds[3])
    assert [s.feed.id for s in store.list_subscriptions(world.bob)] == [world.feeds[2]]


# --- state -------------------------------------------------------------------------------

def test_set_state_changes_only_given_flags(store: Store, world: World) -> None:
    aid = world.articles[2]
    item = store.set_article_state(world.alice, aid, starred=True)
    assert item is not None and item.starred and not item.read
    item = store.set_article_state(world.alice, aid, read=True)
    assert item is not None and item.starred and item.read
    item = store.set_article_state(world.alice, aid, starred=False)
    assert item is not None and not item.starred and item.read
    unchanged = store.set_article_state(world.alice, aid)
    assert unchanged is not None and unchanged.read
    bob_view = store.user_article(world.bob, aid)  # the same shared article, Bob's own state
    assert bob_view is not None and not bob_view.read and not bob_view.starred
    assert bob_view.feed_title == "Die Welt"


def test_state_of_invisible_or_missing_article(store: Store, world: World) -> None:
    assert store.set_article_state(world.alice, world.articles[3], read=True) is None
    assert store.set_article_state(world.alice, 99999, read=True) is None


def test_user_article_fields(store: Store, world: World) -> None:
    item = store.user_article(world.alice, world.articles[1])
    assert item is not None
    assert item.feed_title == "Tech" and item.site_url == "https://site1.example/"
    assert item.article.title == "Headline number 1" and item.snippet is None
    feedless = store.user_article(world.alice, world.articles[7])
    assert feedless is not None and feedless.feed_title is None


def test_mark_all_read(store: Store, world: World) -> None:
    flt = ArticleFilter(feed_id=world.feeds[1])
    store.set_article_state(world.alice, world.articles[12], starred=True)
    cutoff = BASE_TIME + timedelta(hours=8)  # articles 1, 4, 8 of feed 1; not 12
    assert store.mark_all_read(world.alice, flt, before=cutoff) == 3
    assert store.mark_all_read(world.alice, flt, before=cutoff) == 0
    unread = store.river(world.alice, ArticleFilter(unread=True, feed_id=world.feeds[1]))
    assert _numbers(world, unread) == [12]
    assert store.mark_all_read(world.alice, flt) == 1
    starred = store.user_article(world.alice, world.articles[12])
    assert starred is not None and starred.read and starred.starred
    assert store.mark_all_read(world.alice, ArticleFilter()) == 5  # 2, 5, 7, 9, 11
    assert store.river(world.alice, ArticleFilter(unread=True)) == []
    assert len(store.river(world.bob, ArticleFilter(unread=True))) == 8  # Bob's untouched


# --- the river ------------------------------------------------------------------------

def test_river_is_newest_first_and_scoped(store: Store, world: World) -> None:
    items = store.river(world.alice, ArticleFilter())
    assert _numbers(world, items) == [12, 11, 9, 8, 7, 5, 4, 2, 1]
    assert set(_ids(store.river(world.bob, ArticleFilter()))) == world.visible_to_bob()


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ArticleFilter(language="pl"), [12, 9]),
        (ArticleFilter(source="Imported"), [11, 7]),
        (ArticleFilter(category="Tech"), [12, 8, 4, 1]),
        (ArticleFilter(category="News"), []),  # Bob's category, not Alice's
        (ArticleFilter(language="en", category="Tech"), [8, 4, 1]),
        (ArticleFilter(unread=True), [12, 11, 9, 7, 5, 4, 1]),  # 2 and 8 are read
        (ArticleFilter(starred=True), [9, 2]),
        (ArticleFilter(starred=True, unread=True), [9]),
        (ArticleFilter(since=BASE_TIME + timedelta(hours=5),
                       until=BASE_TIME + timedelta(hours=9)), [8, 7, 5]),
    ],
)
def test_river_filters(store: Store, world: World, flt: ArticleFilter,
                       expected: list[int]) -> None:
    for n in (2, 8):
        store.set_article_state(world.alice, world.articles[n], read=True)
    for n in (2, 9):
        store.set_article_state(world.alice, world.articles[n], starred=True)
    assert _numbers(world, store.river(world.alice, flt)) == expected


def test_river_feed_filter(store: Store, world: World) -> None:
    flt = ArticleFilter(feed_id=world.feeds[2])
    assert _numbers(world, store.river(world.alice, flt)) == [9, 5, 2]
    assert store.river(world.alice, ArticleFilter(feed_id=world.feeds[3])) == []


@pytest.mark.parametrize("size", [1, 2, 4, 9, 50])
def test_keyset_pages_have_no_gaps_or_duplicates(store: Store, world: World,
                                                 size: int) -> None:
    pages = _all_pages(store, world.alice, ArticleFilter(), size)
    flat = [i for page in pages for i in page]
    assert flat == _ids(store.river(world.alice, ArticleFilter(), limit=100))
    assert len(flat) == len(set(flat)) == len(world.visible_to_alice())
    assert all(len(page) == size for page in pages[:-1])


def test_keyset_with_equal_sort_times(store: Store, make_article: Callable[..., Article]) -> None:
    """Ties on sort_time are broken by id, so pages neither repeat nor skip."""
    user = store.create_user("tie", "h").id or 0
    same = BASE_TIME + timedelta(days=1)
    store.save_articles([make_article(n, published=same, origin="jsonl") for n in range(20)])
    pages = _all_pages(store, user, ArticleFilter(), 3)
    flat = [i for page in pages for i in page]
    assert flat == sorted(flat, reverse=True) and len(set(flat)) == 20


def test_river_limit_is_checked(store: Store, world: World) -> None:
    for limit in (0, -1, 100_000):
        with pytest.raises(InputError):
            store.river(world.alice, ArticleFilter(), limit=limit)


# --- search ----------------------------------------------------------------------------

def test_search_user_is_scoped_and_filtered(store: Store, world: World) -> None:
    hits = store.search_user(world.alice, "volcano", ArticleFilter())
    expected = {world.articles[n] for n in (1, 5, 7, 9, 11)}  # odd numbers Alice can see
    assert set(_ids(hits)) == expected
    for hit in hits:
        assert hit.snippet is not None and MARK_START in hit.snippet
        assert hit.snippet.count(MARK_START) == hit.snippet.count(MARK_END)
    pl = store.search_user(world.alice, "volcano", ArticleFilter(language="pl"))
    assert _numbers(world, pl) == [9]
    store.set_article_state(world.alice, world.articles[5], starred=True)
    starred = store.search_user(world.alice, "volcano", ArticleFilter(starred=True))
    assert _numbers(world, starred) == [5]
    tech = store.search_user(world.alice, "climate", ArticleFilter(category="Tech"))
    assert set(_numbers(world, tech)) == {4, 8, 12}


def test_search_user_keyset_pages(store: Store, world: World) -> None:
    everything = store.search_user(world.alice, "article", ArticleFilter(), limit=100)
    assert len(everything) == len(world.visible_to_alice())
    seen: list[int] = []
    cursor = None
    while True:
        page = store.search_user(world.alice, "article", ArticleFilter(), limit=2,
                                 offset_cursor=cursor)
        if not page:
            break
        seen += _ids(page)
        cursor = store.search_cursor(page[-1])
    assert seen == _ids(everything)


@pytest.mark.parametrize("query", ["", "   ", "***", '""', "x" * 2000])
def test_search_user_invalid_query(store: Store, world: World, query: str) -> None:
    with pytest.raises(InputError):
        store.search_user(world.alice, query, ArticleFilter())


def test_search_user_hostile_query_is_text(store: Store, world: World) -> None:
    assert store.search_user(world.alice, "NOT volcano", ArticleFilter()) == []
    assert store.search_user(world.alice, "'; DROP TABLE users; --", ArticleFilter()) == []
    assert store.count_users() == 2


def test_search_user_cjk(store: Store, world: World, make_article: Callable[..., Article]) -> None:
    store.save_articles([make_article(50, title="東京の天気", text="東京で雪が降った。",
                                      origin="jsonl")])
    for query in ("東京の天気", "東京"):  # trigram path and short-term LIKE path
        hits = store.search_user(world.bob, query, ArticleFilter())
        assert len(hits) == 1 and hits[0].snippet and MARK_START in hits[0].snippet


# --- saved searches --------------------------------------------------------------------

def test_saved_searches(store: Store, world: World) -> None:
    saved = store.save_search(world.alice, "Volcanoes", "volcano", {"language": "pl"})
    assert saved.id is not None and saved.filters == {"language": "pl"}
    other = store.save_search(world.alice, "Climate", "climate", {})
    assert store.list_saved_searches(world.alice) == [other, saved]  # by name
    replaced = store.save_search(world.alice, "Volcanoes", "volcano*", {"unread": True})
    assert replaced.id == saved.id
    assert store.list_saved_searches(world.alice)[1].query == "volcano*"
    assert store.delete_saved_search(world.alice, other.id or 0)
    assert not store.delete_saved_search(world.alice, other.id or 0)
    assert [s.name for s in store.list_saved_searches(world.alice)] == ["Volcanoes"]


@pytest.mark.parametrize(("name", "query", "filters"), [
    ("", "x", {}), ("n", "", {}), ("n" * 101, "x", {}), ("n", "x", {"bad": object()}),
])
def test_saved_search_bad_input(store: Store, world: World, name: str, query: str,
                                filters: dict[str, object]) -> None:
    with pytest.raises(InputError):
        store.save_search(world.alice, name, query, filters)


def test_every_visible_article_counted(store: Store, world: World) -> None:
    assert len(FEED_OF) == 12
    assert set(_ids(store.river(world.alice, ArticleFilter()))) == world.visible_to_alice()


@pytest.mark.parametrize("size", [1, 3])
def test_category_pages_merge_feeds(store: Store, world: World, size: int) -> None:
    store.update_subscription(world.alice, world.feeds[2], title=None, category="Tech")
    flt = ArticleFilter(category="Tech")
    flat = [i for page in _all_pages(store, world.alice, flt, size) for i in page]
    assert [{v: k for k, v in world.articles.items()}[i] for i in flat] == [12, 9, 8, 5, 4, 2, 1]
