"""Stories in the store: membership, merges, the per-user story river and story page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from tests.store.conftest import BASE_TIME
from tests.store.reader_data import World, build_world

from newsdesk.errors import InputError
from newsdesk.model import Article, ArticleFilter, Enrichment, Mention, Quote, TimeExpr
from newsdesk.store import Store
from newsdesk.store.stories_extras import follow_on, lead_sentence, time_sort_key


@pytest.fixture()
def world(store: Store, make_article: Callable[..., Article]) -> World:
    return build_world(store, make_article)


def _stories(store: Store, w: World) -> dict[str, int]:
    """A: 1 (Alice's feed) + 3 (Bob's); B: 6 + 10 (Bob's only); C: 2, 5 (copy of 2), 7."""
    a = w.articles
    out = {}
    for key, members in (("A", [1, 3]), ("B", [6, 10]), ("C", [2, 5, 7])):
        for n in members:
            dup = a[2] if n == 5 else None
            out[key] = store.assign_story(a[n], f"p1:{key}", dup, "near" if dup else None)
    return out


def test_assign_maps_engine_keys_to_stored_stories(store: Store, world: World) -> None:
    sid = _stories(store, world)
    a = world.articles
    assert len(set(sid.values())) == 3
    assert store.story_of(a[3]) == sid["A"] and store.story_of(a[4]) is None
    # a restarted engine numbers stories afresh: a new key adopts the article's story
    assert store.assign_story(a[1], "p2:0", None, None) == sid["A"]
    assert store.assign_story(a[4], "p2:0", None, None) == sid["A"]
    with pytest.raises(InputError):
        store.assign_story(99_999, "p2:0", None, None)


def test_moving_the_last_article_deletes_the_story(store: Store, world: World) -> None:
    sid = _stories(store, world)
    a = world.articles
    store.assign_story(a[6], "p1:A", None, None)
    store.assign_story(a[10], "p1:A", None, None)
    assert store.get_story(world.bob, sid["B"]) is None
    assert store.merge_stories(sid["B"], sid["A"]) is False


def test_merge_moves_articles_and_keys(store: Store, world: World) -> None:
    sid = _stories(store, world)
    a = world.articles
    assert store.merge_stories(sid["B"], sid["A"])
    assert store.story_of(a[6]) == sid["A"]
    assert store.assign_story(a[8], "p1:B", None, None) == sid["A"]
    detail = store.get_story(world.bob, sid["A"])
    assert detail is not None and detail.story.article_count == 3  # 3, 6, 10


def test_river_shows_stories_with_a_visible_article(store: Store, world: World) -> None:
    sid = _stories(store, world)
    a = world.articles
    alice = {s.id: s for s in store.stories_river(world.alice, ArticleFilter())}
    bob = {s.id: s for s in store.stories_river(world.bob, ArticleFilter())}
    assert set(alice) == {sid["A"], sid["C"]}
    assert set(bob) == {sid["A"], sid["B"], sid["C"]}
    assert alice[sid["A"]].article_count == 1 and alice[sid["A"]].sources == ["Source 1"]
    assert bob[sid["A"]].sources == ["Source 3"]
    c = alice[sid["C"]]
    assert c.article_count == 3 and c.lead is not None and c.lead.article.id == a[2]
    assert c.also_in == [] and set(c.sources) == {"Source 2", "Imported"}
    # story A has a Polish article, but only Bob sees it
    assert store.stories_river(world.alice, ArticleFilter(language="pl")) == []
    bob_pl = store.stories_river(world.bob, ArticleFilter(language="pl"))
    assert {s.id for s in bob_pl} == {sid["A"], sid["B"]}


def test_river_pages_by_last_seen(store: Store, world: World) -> None:
    _stories(store, world)
    everything = store.stories_river(world.bob, ArticleFilter())
    assert [s.last_seen for s in everything] == sorted((s.last_seen for s in everything),
                                                       reverse=True)
    first = store.stories_river(world.bob, ArticleFilter(), limit=2)
    rest = store.stories_river(world.bob, ArticleFilter(), before=first[-1].cursor, limit=2)
    assert [s.id for s in first + rest] == [s.id for s in everything]
    with pytest.raises(InputError):
        store.stories_river(world.bob, ArticleFilter(), limit=0)


def test_story_page_is_private_and_folds_duplicates(store: Store, world: World) -> None:
    sid = _stories(store, world)
    a = world.articles
    assert store.get_story(world.alice, sid["B"]) is None
    assert store.get_story(world.alice, 123_456) is None
    detail = store.get_story(world.alice, sid["C"])
    assert detail is not None
    groups = [g for lang in detail.by_language.values() for g in lang]
    assert sorted(g.item.article.id or 0 for g in groups) == sorted([a[2], a[7]])
    first = next(g for g in groups if g.item.article.id == a[2])
    assert [c.article.id for c in first.copies] == [a[5]]
    assert first.also_in == []  # same source: nothing else to name
    assert dict(detail.source_counts) == {"Source 2": 2, "Imported": 1}


def test_headline_prefers_the_readers_language(store: Store, world: World) -> None:
    a = world.articles
    for n in (2, 9):  # en, pl (both on Alice's and Bob's shared feed)
        sid = store.assign_story(a[n], "p1:x", None, None)
    pl = store.stories_river(world.alice, ArticleFilter(), prefer_language="pl")[0]
    en = store.stories_river(world.alice, ArticleFilter(), prefer_language="en")[0]
    assert pl.lead and pl.lead.article.id == a[9] and en.lead and en.lead.article.id == a[2]
    assert pl.id == sid and set(pl.languages) == {"en", "pl"}


def test_story_page_entities_quotes_and_timeline(store: Store, world: World) -> None:
    a = world.articles
    text = ("Leaders met in Moscow on Monday. Talks in Miami followed at the weekend. "
            '"We are close," said Witkoff.')
    texts = {2: text, 5: text}
    for n, body in texts.items():
        store.save_articles([store.get_article(a[n]).replace(text=body)])  # type: ignore[union-attr]
    enrichment = Enrichment(
        "en", "t1",
        mentions=[Mention(15, 21, "Moscow", "LOC", "geo:1", "Moscow"),
                  Mention(42, 47, "Miami", "LOC", "geo:2", "Miami"),
                  Mention(100, 107, "Witkoff", "PER", "n:witkoff", "Steve Witkoff")],
        quotes=[Quote(74, 92, '"We are close,"', True, "Witkoff", 100, 107, "n:witkoff"),
                # a borrowed word in marks is no key quote (the seed's «significatifs»)
                Quote(75, 78, "are", True, "Witkoff", 100, 107, "n:witkoff")],
        times=[TimeExpr(62, 73, "the weekend", "2026-W02", "week"),
               TimeExpr(25, 31, "Monday", "2025-12-29", "day"),
               TimeExpr(0, 3, "two days", "P2D", "duration")],
        time_sentences=[(33, 73), (0, 32), (0, 32)])
    store.save_enrichment(a[2], enrichment)
    for n in (2, 5):
        store.assign_story(a[n], "p1:m", a[2] if n == 5 else None, "exact" if n == 5 else None)
    sid = store.story_of(a[2])
    detail = store.get_story(world.alice, sid or 0)
    assert detail is not None
    assert detail.summary == "Leaders met in Moscow on Monday."
    assert {e.id for e in detail.entities} == {"geo:1", "geo:2", "n:witkoff"}
    assert [(q.speaker, q.article_id) for q in detail.quotes] == [("Witkoff", a[2])]
    assert [(t.value, t.sentence) for t in detail.timeline] == [
        ("2025-12-29", "Leaders met in Moscow on Monday."),
        ("2026-W02", "Talks in Miami followed at the weekend.")]
    assert detail.timeline[0].article_id == a[2]


def test_recent_articles_for_clustering_in_arrival_order(store: Store, world: World) -> None:
    since = BASE_TIME + timedelta(hours=10)
    got = [art.id for art in store.recent_articles_for_clustering(since)]
    assert got == [world.articles[n] for n in (10, 11, 12)]


@pytest.mark.parametrize(("value", "key"), [
    ("2026-01-22", "2026-01-22"), ("2026-01-22T10:00", "2026-01-22T10:00"), ("2025-12", "2025-12"),
    ("2026-W04", "2026-01-19"), ("2025-Q4", "2025-10"), ("2025-WI", "2025-12"), ("2022", "2022"),
    ("2026-W03-WE", "2026-01-17"), ("2025-H2", "2025-07"), ("199X", "1990"),
    ("2026-W54", None), ("P2D", None), ("PRESENT_REF", None),
])
def test_time_sort_key(value: str, key: str | None) -> None:
    assert time_sort_key(value) == key


@pytest.mark.parametrize(("text", "context"), [
    ("They met in Miami at the weekend. He spoke from Davos. Later more.", "He spoke from Davos."),
    ("They met in Miami at the weekend. On Monday he left.", ""),  # names its own time
    ("They met in Miami at the weekend.\n\nHe spoke from Davos.", ""),  # next paragraph
    ("They met in Miami at the weekend.", ""),  # nothing follows
])
def test_follow_on_continues_the_moment_within_the_paragraph(text: str, context: str) -> None:
    end = text.index("weekend.") + len("weekend.")
    own_times = [text.index("the weekend")] + ([text.index("On Monday")]
                                               if "On Monday" in text else [])
    assert follow_on(text, end, own_times) == context


def test_lead_sentence() -> None:
    assert lead_sentence("First one. Second one.") == "First one."
    assert lead_sentence("  ") is None
