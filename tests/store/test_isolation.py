"""One user can never read, change or delete another user's things by id."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.store.reader_data import World, build_world

from newsdesk.model import Article, ArticleFilter, RiverItem
from newsdesk.store import Store


@pytest.fixture()
def world(store: Store, make_article: Callable[..., Article]) -> World:
    return build_world(store, make_article)


def _ids(items: list[RiverItem]) -> set[int]:
    return {item.article.id or 0 for item in items}


def test_bob_cannot_read_alices_feed_articles(store: Store, world: World) -> None:
    alice_only = world.articles[1]  # feed 1: Alice only
    assert store.user_article(world.bob, alice_only) is None
    assert store.user_article(world.alice, alice_only) is not None
    assert store.river(world.bob, ArticleFilter(feed_id=world.feeds[1])) == []
    assert store.river(world.bob, ArticleFilter(category="Tech")) == []
    assert alice_only not in _ids(store.river(world.bob, ArticleFilter(), limit=100))
    assert alice_only not in _ids(store.search_user(world.bob, "article", ArticleFilter(),
                                                    limit=100))
    assert _ids(store.river(world.bob, ArticleFilter(), limit=100)) == world.visible_to_bob()


def test_bob_cannot_star_or_mark_alices_articles(store: Store, world: World) -> None:
    alice_only = world.articles[4]
    assert store.set_article_state(world.bob, alice_only, read=True, starred=True) is None
    item = store.user_article(world.alice, alice_only)
    assert item is not None and not item.read and not item.starred
    store.mark_all_read(world.bob, ArticleFilter(feed_id=world.feeds[1]))
    store.mark_all_read(world.bob, ArticleFilter())
    assert all(not i.read for i in store.river(world.alice, ArticleFilter(), limit=100)
               if i.article.feed_id is not None)


def test_states_are_per_user(store: Store, world: World) -> None:
    shared = world.articles[2]  # feed 2: both
    store.set_article_state(world.alice, shared, read=True, starred=True)
    bob_item = store.user_article(world.bob, shared)
    assert bob_item is not None and not bob_item.read and not bob_item.starred
    assert store.river(world.bob, ArticleFilter(starred=True)) == []


def test_bob_cannot_unsubscribe_or_rename_alices_subscription(store: Store,
                                                              world: World) -> None:
    feed = world.feeds[1]
    assert not store.unsubscribe(world.bob, feed)
    assert not store.update_subscription(world.bob, feed, title="mine", category="x")
    assert store.get_subscription(world.bob, feed) is None
    sub = store.get_subscription(world.alice, feed)
    assert sub is not None and sub.title is None and sub.category == "Tech"
    # renaming a shared feed changes only one user's view
    assert store.update_subscription(world.bob, world.feeds[2], title="Bob's", category=None)
    alice_sub = store.get_subscription(world.alice, world.feeds[2])
    assert alice_sub is not None and alice_sub.display_title == "World"


def test_subscription_lists_and_categories_are_private(store: Store, world: World) -> None:
    alice_feeds = {s.feed.id for s in store.list_subscriptions(world.alice)}
    bob_feeds = {s.feed.id for s in store.list_subscriptions(world.bob)}
    assert alice_feeds == {world.feeds[1], world.feeds[2]}
    assert bob_feeds == {world.feeds[2], world.feeds[3]}
    assert "News" not in store.categories(world.alice)


def test_bob_cannot_delete_alices_saved_search_or_token(store: Store, world: World) -> None:
    saved = store.save_search(world.alice, "mine", "volcano", {})
    assert store.list_saved_searches(world.bob) == []
    assert not store.delete_saved_search(world.bob, saved.id or 0)
    assert store.list_saved_searches(world.alice) == [saved]
    bob_same_name = store.save_search(world.bob, "mine", "climate", {})
    assert bob_same_name.id != saved.id  # names are per user, not replaced across users
    assert store.list_saved_searches(world.alice)[0].query == "volcano"
    token = store.create_api_token(world.alice, "laptop", "a" * 64)
    assert store.list_api_tokens(world.bob) == []
    assert not store.delete_api_token(world.bob, token)
    user = store.token_user("a" * 64)
    assert user is not None and user.id == world.alice
