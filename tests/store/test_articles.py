"""Articles: round trip, upsert identity, unchanged/updated/history, listing, streaming."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import event

from newsdesk.errors import InputError, StoreError
from newsdesk.model import Article, Feed, Image
from newsdesk.store import SqlStore, Store, content_hash

Make = Callable[..., Article]
PLUS1 = timezone(timedelta(hours=1))
MINUS5 = timezone(timedelta(hours=-5))


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store sends while the block runs."""
    assert isinstance(store, SqlStore)
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql.strip().split()[0].upper())

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def full_article() -> Article:
    return Article(
        title="Élections: le résultat",
        text="Premier paragraphe.\n\nSecond paragraphe avec des détails.",
        url="https://news.example/fr/elections?utm=x",
        canonical_url="https://news.example/fr/elections",
        original_url="https://t.example/abc",
        source="Le Journal",
        published=datetime(2026, 1, 21, 12, 0, tzinfo=PLUS1),
        updated=datetime(2026, 1, 21, 9, 30, 15, 250000, tzinfo=MINUS5),
        language="fr",
        interface_language="fr",
        authors=["Anne Martin", "Jürgen Groß"],
        image=Image("https://news.example/img.jpg", "Une foule", "Photo: AFP"),
        sections=["Politique", "France"],
        ai_generated=True,
        ai_disclosure="Résumé généré par IA",
        html="<p>Premier paragraphe.</p>",
        origin="feed",
        guid="urn:uuid:1",
        fetched_at=datetime(2026, 1, 21, 11, 5, tzinfo=UTC),
        extras={"paywall": False, "words": 7, "tags": ["a", "b"]},
    )


def test_every_field_round_trips_with_original_offsets(store: Store) -> None:
    feed, _ = store.add_feed(Feed("https://news.example/rss"))
    article = full_article().replace(feed_id=feed.id)
    [result] = store.save_articles([article])
    assert result.status == "inserted"
    stored = store.get_article(result.article_id)
    assert stored is not None
    expected = article.replace(id=result.article_id, content_hash=content_hash(
        article.title, article.text))
    assert stored == expected
    assert stored.published is not None and stored.updated is not None
    assert stored.published.isoformat() == "2026-01-21T12:00:00+01:00"
    assert stored.updated.isoformat() == "2026-01-21T09:30:15.250000-05:00"
    assert store.get_article(result.article_id + 100) is None


def test_given_content_hash_is_recomputed(store: Store, make_article: Make) -> None:
    article = make_article(1, content_hash="f" * 64)
    [result] = store.save_articles([article])
    stored = store.get_article(result.article_id)
    assert stored is not None
    assert stored.content_hash == content_hash(article.title, article.text)


def test_content_hash_normalises_whitespace() -> None:
    assert content_hash("T", "a  b\n c") == content_hash(" T ", "a b c")
    assert content_hash("T", "a b") != content_hash("T", "a c")


def test_identical_resave_is_unchanged_and_writes_nothing(store: Store, make_article: Make) -> None:
    [first] = store.save_articles([make_article(1)])
    with statements(store) as seen:
        [again] = store.save_articles([make_article(1, fetched_at=datetime.now(UTC))])
    assert again == type(first)(first.article_id, "unchanged")
    assert not {"INSERT", "UPDATE", "DELETE"} & set(seen)
    assert store.article_history(first.article_id) == []


def test_changed_text_updates_in_place_and_keeps_history(store: Store, make_article: Make) -> None:
    original = make_article(1)
    [first] = store.save_articles([original])
    old_hash = content_hash(original.title, original.text)
    [second] = store.save_articles([make_article(1, text="A corrected body.")])
    assert second.article_id == first.article_id and second.status == "updated"
    [third] = store.save_articles([make_article(1, text="Corrected again.")])
    assert third.status == "updated"
    history = store.article_history(first.article_id)
    assert [h for h, _ in history] == [old_hash, content_hash(original.title, "A corrected body.")]
    assert all(when.tzinfo is not None for _, when in history)
    assert history[0][1] <= history[1][1]
    stored = store.get_article(first.article_id)
    assert stored is not None and stored.text == "Corrected again."
    assert store.count_articles() == 1
    assert store.search("corrected")[0].article_id == first.article_id
    with pytest.raises(InputError):  # nothing searchable, but never an FTS error
        store.search("***")
    assert store.search("topic1") == []  # the old text left the index


def test_metadata_change_is_an_update_without_history(store: Store, make_article: Make) -> None:
    [first] = store.save_articles([make_article(1)])
    [again] = store.save_articles([make_article(1, image=Image("https://img.example/1.jpg"))])
    assert again.status == "updated"
    assert store.article_history(first.article_id) == []
    [offset] = store.save_articles([make_article(1, image=Image("https://img.example/1.jpg"),
                                                 published=datetime(2026, 1, 1, 14, tzinfo=PLUS1))])
    assert offset.status == "updated"  # same instant as 13:00Z, but another offset to show


def test_first_seen_fetched_at_is_kept(store: Store, make_article: Make) -> None:
    first_seen = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)
    [saved] = store.save_articles([make_article(1, fetched_at=first_seen)])
    store.save_articles([make_article(1, text="New body", fetched_at=first_seen + timedelta(1))])
    stored = store.get_article(saved.article_id)
    assert stored is not None and stored.fetched_at == first_seen


def test_identity_canonical_url_over_url(store: Store, make_article: Make) -> None:
    a = make_article(1, url="https://m.example/1?ref=rss", canonical_url="https://example/1")
    b = make_article(1, url="https://example/1?amp", canonical_url="https://example/1",
                     text="different text")
    c = make_article(2, url="https://example/1", canonical_url=None)  # url == a's canonical
    results = store.save_articles([a, b, c])
    assert [r.status for r in results] == ["inserted", "updated", "updated"]
    assert len({r.article_id for r in results}) == 1


def test_identity_feed_and_guid_without_url(store: Store, make_article: Make) -> None:
    one, _ = store.add_feed(Feed("https://one.example/rss"))
    two, _ = store.add_feed(Feed("https://two.example/rss"))
    base = make_article(1, url=None)
    results = store.save_articles([
        base.replace(feed_id=one.id, guid="g"),
        base.replace(feed_id=one.id, guid="g", text="edited"),
        base.replace(feed_id=two.id, guid="g"),
        base.replace(feed_id=None, guid="g"),
    ])
    assert [r.status for r in results] == ["inserted", "updated", "inserted", "inserted"]
    assert results[0].article_id == results[1].article_id
    assert len({r.article_id for r in results}) == 3


def test_identity_content_hash_without_url_or_guid(store: Store, make_article: Make) -> None:
    bare = make_article(1, url=None, origin="html-file")
    results = store.save_articles([bare, bare.replace(source="Other"), make_article(2, url=None)])
    assert [r.status for r in results] == ["inserted", "updated", "inserted"]
    assert results[0].article_id == results[1].article_id


def test_recycled_guid_with_new_url_is_a_new_article(store: Store, make_article: Make) -> None:
    feed, _ = store.add_feed(Feed("https://lazy.example/rss"))
    results = store.save_articles([
        make_article(1, feed_id=feed.id, guid="https://lazy.example/"),
        make_article(2, feed_id=feed.id, guid="https://lazy.example/"),
    ])
    assert [r.status for r in results] == ["inserted", "inserted"]


def test_resave_without_feed_or_urls_keeps_them(store: Store, make_article: Make) -> None:
    feed, _ = store.add_feed(Feed("https://news.example/rss"))
    [saved] = store.save_articles([make_article(1, feed_id=feed.id, guid="g1")])
    [again] = store.save_articles([make_article(1, origin="jsonl")])
    assert again.status == "updated"
    stored = store.get_article(saved.article_id)
    assert stored is not None and (stored.feed_id, stored.guid) == (feed.id, "g1")


def test_failing_batch_saves_nothing(store: Store, make_article: Make) -> None:
    store.save_articles([make_article(0)])
    bad = make_article(2).replace(origin=None)  # violates NOT NULL
    with pytest.raises(StoreError) as info:
        store.save_articles([make_article(1), bad, make_article(3)])
    assert info.value.where == store.url
    assert store.count_articles() == 1
    assert store.save_articles([]) == []


def test_highlight_markers_are_stripped_from_text(store: Store, make_article: Make) -> None:
    [saved] = store.save_articles([make_article(1, title="A\x02B", text="x\x03y\x02z")])
    stored = store.get_article(saved.article_id)
    assert stored is not None and (stored.title, stored.text) == ("AB", "xyz")


def test_has_entry(store: Store, make_article: Make) -> None:
    feed, _ = store.add_feed(Feed("https://news.example/rss"))
    store.save_articles([make_article(
        1, feed_id=feed.id, guid="g1", url="https://e/1?utm", canonical_url="https://e/1",
        original_url="https://t.co/1")])
    assert store.has_entry(feed.id, "g1", None)
    assert not store.has_entry(None, "g1", None)
    assert not store.has_entry(feed.id, "g2", None)
    for url in ("https://e/1?utm", "https://e/1", "https://t.co/1"):
        assert store.has_entry(None, None, url)
    assert store.has_entry(feed.id, "g2", "https://e/1")
    assert not store.has_entry(feed.id, "g2", "https://e/2")
    assert not store.has_entry(None, None, None)


def test_list_newest_first_with_keyset_pages(store: Store, make_article: Make) -> None:
    same_time = datetime(2020, 5, 5, tzinfo=UTC)
    batch = [make_article(n) for n in range(7)]
    batch += [make_article(n, published=same_time) for n in (10, 11, 12)]  # ties: by id
    saved = store.save_articles(batch)
    full = store.list_articles(limit=100)
    assert [a.id for a in full][:7] == [r.article_id for r in saved[:7]][::-1]
    assert [a.id for a in full][7:] == [r.article_id for r in saved[7:]][::-1]
    pages: list[int] = []
    before: tuple[datetime | None, int] | None = None
    while page := store.list_articles(limit=3, before=before):
        pages += [a.id or 0 for a in page]
        before = (page[-1].published, page[-1].id or 0)
    assert pages == [a.id for a in full]
    # a cursor with no time still works: the row's own sort time is looked up
    assert store.list_articles(limit=2, before=(None, full[1].id or 0)) == full[2:4]


def test_sort_time_falls_back_to_fetched_then_inserted(store: Store, make_article: Make) -> None:
    results = store.save_articles([
        make_article(1, published=datetime(2020, 1, 1, tzinfo=UTC)),
        make_article(2, published=None, fetched_at=datetime(2021, 1, 1, tzinfo=UTC)),
        make_article(3, published=None),  # sorted by its insertion time: now
    ])
    ids = [r.article_id for r in results]
    assert [a.id for a in store.list_articles()] == ids[::-1]


def test_list_filters(store: Store, make_article: Make) -> None:
    feed, _ = store.add_feed(Feed("https://news.example/rss"))
    store.save_articles([
        make_article(1, language="de", source="Zeitung"),
        make_article(2, language="en", source="Zeitung", feed_id=feed.id),
        make_article(3, language="en", source="Paper"),
    ])

    def titles(**filters: Any) -> list[str | None]:
        return [a.title for a in store.list_articles(**filters)]

    assert titles(language="en") == ["Headline number 3", "Headline number 2"]
    assert titles(source="Zeitung") == ["Headline number 2", "Headline number 1"]
    assert titles(feed_id=feed.id) == ["Headline number 2"]
    assert titles(language="en", source="Paper") == ["Headline number 3"]
    with pytest.raises(InputError):
        store.list_articles(limit=0)


def test_iter_articles_streams_everything_by_id(store: Store, make_article: Make) -> None:
    saved = store.save_articles([make_article(n) for n in range(11)])
    ids = [a.id for a in store.iter_articles(batch=4)]
    assert ids == sorted(r.article_id for r in saved)
    assert [a.id for a in store.iter_articles(batch=11)] == ids
    assert store.count_articles() == 11
