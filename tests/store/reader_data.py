"""A small shared world for the reader tests: two users, three feeds, feedless articles.

    feed 1 "Tech"   — Alice (category "Tech")
    feed 2 "World"  — Alice (no category) and Bob (category "News", title "Die Welt")
    feed 3 "Private"— Bob only
    articles: n = 1..12 spread over the feeds and 2 feedless ones (see FEED_OF)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.model import Article, Feed
from newsdesk.store import Store

# article number → feed number (None: an imported article without a feed)
FEED_OF: dict[int, int | None] = {
    1: 1, 2: 2, 3: 3, 4: 1, 5: 2, 6: 3, 7: None, 8: 1, 9: 2, 10: 3, 11: None, 12: 1,
}
LANGUAGE_OF = {n: "pl" if n % 3 == 0 else "en" for n in FEED_OF}


@dataclass
class World:
    alice: int
    bob: int
    feeds: dict[int, int]  # feed number → id
    articles: dict[int, int]  # article number → id

    def visible_to_alice(self) -> set[int]:
        return {self.articles[n] for n, f in FEED_OF.items() if f in (None, 1, 2)}

    def visible_to_bob(self) -> set[int]:
        return {self.articles[n] for n, f in FEED_OF.items() if f in (None, 2, 3)}


def build_world(store: Store, make_article: Callable[..., Article]) -> World:
    alice = store.create_user("alice", "h").id or 0
    bob = store.create_user("bob", "h").id or 0
    feeds = {}
    for n, title in ((1, "Tech"), (2, "World"), (3, "Private")):
        feed, _ = store.add_feed(Feed(f"https://feeds.example/{n}.xml", title=title,
                                      site_url=f"https://site{n}.example/"))
        feeds[n] = feed.id or 0
    store.subscribe(alice, feeds[1], category="Tech")
    store.subscribe(alice, feeds[2])
    store.subscribe(bob, feeds[2], title="Die Welt", category="News")
    store.subscribe(bob, feeds[3])
    batch = [
        make_article(n, feed_id=feeds[f] if f else None, language=LANGUAGE_OF[n],
                     source=f"Source {f}" if f else "Imported",
                     origin="page" if f else "html-file",
                     text=f"Body of article {n} about {'volcano' if n % 2 else 'climate'}.")
        for n, f in FEED_OF.items()
    ]
    ids = [r.article_id for r in store.save_articles(batch)]
    return World(alice, bob, feeds, dict(zip(FEED_OF, ids, strict=True)))
