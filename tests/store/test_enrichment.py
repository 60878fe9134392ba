"""Stored enrichment: replace-as-a-whole, versions, entity names and counts, look-ups,
and migration 0002 → 0003 on a database with data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from tests.store.old_schema import revisions, store_at

from newsdesk.errors import InputError
from newsdesk.model import Article, Enrichment, Mention, Quote, TimeExpr
from newsdesk.store import SqlStore, Store, open_store
from newsdesk.store.engine import head_revision

TEXT = "Dmitri Peskov a parlé à Moscou jeudi. « Nous attendons », a déclaré Peskov."


def _fr(version: str = "1") -> Enrichment:
    return Enrichment(
        "fr", version,
        mentions=[Mention(0, 13, "Dmitri Peskov", "PER", "n:peskov", "Dmitri Peskov"),
                  Mention(24, 30, "Moscou", "LOC", "geo:524901", "Moscow"),
                  Mention(69, 75, "Peskov", "PER", "n:peskov", "Dmitri Peskov")],
        quotes=[Quote(40, 54, "Nous attendons", True, "Dmitri Peskov", 69, 75, "n:peskov")],
        times=[TimeExpr(31, 36, "jeudi", "2026-01-22", "day")],
        time_sentences=[(0, 37)])


def _ru() -> Enrichment:
    return Enrichment("ru", "1", mentions=[
        Mention(0, 6, "Песков", "PER", "n:peskov", "Дмитрий Песков"),
        Mention(10, 16, "Москве", "LOC", "geo:524901", "Москва")],
        quotes=[Quote(20, 30, "Мы ждём", True, "Песков", 0, 6, "n:peskov")])


@pytest.fixture()
def two(store: Store, make_article: Callable[..., Article]) -> tuple[int, int]:
    results = store.save_articles([make_article(1, text=TEXT, language="fr"),
                                   make_article(2, text="Песков в Москве заявил", language="ru")])
    return results[0].article_id, results[1].article_id


def _rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    assert isinstance(store, SqlStore)
    with store.engine.connect() as conn:
        return {t: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}")))
                for t in ("entities", "entity_names", "mentions", "times")} | {
            "quotes": sorted(tuple(r)[1:] for r in conn.execute(text("SELECT * FROM quotes")))}


def test_round_trip(store: Store, two: tuple[int, int]) -> None:
    fr, _ = two
    assert store.get_enrichment(fr) is None
    store.save_enrichment(fr, _fr())
    assert store.get_enrichment(fr) == _fr()


def test_saving_again_changes_nothing(store: Store, two: tuple[int, int]) -> None:
    fr, ru = two
    store.save_enrichment(fr, _fr())
    store.save_enrichment(ru, _ru())
    before = _rows(store)
    store.save_enrichment(fr, _fr())
    store.save_enrichment(ru, _ru())
    assert _rows(store) == before


def test_replacing_recounts_names_and_drops_orphans(store: Store, two: tuple[int, int]) -> None:
    fr, ru = two
    store.save_enrichment(fr, _fr())
    store.save_enrichment(ru, _ru())
    peskov = store.list_entities(query="peskov")[0]
    assert (peskov.id, peskov.mentions, peskov.articles) == ("n:peskov", 3, 2)
    assert peskov.names == {"fr": [("Dmitri Peskov", 1), ("Peskov", 1)], "ru": [("Песков", 1)]}
    store.save_enrichment(fr, Enrichment("fr", "1"))  # nothing found any more
    assert [(e.name, e.mentions) for e in store.list_entities()] == [
        ("Dmitri Peskov", 1), ("Moscow", 1)]  # ties by name
    store.save_enrichment(ru, Enrichment("ru", "1"))
    assert store.list_entities() == [] and store.quotes_by() == []


def test_unknown_article(store: Store) -> None:
    with pytest.raises(InputError, match="no such article"):
        store.save_enrichment(999, _fr())


def test_articles_to_enrich_by_version_and_text(store: Store, two: tuple[int, int],
                                               make_article: Callable[..., Article]) -> None:
    fr, ru = two
    assert [a.id for a in store.articles_to_enrich("1", batch=1)] == [fr, ru]
    store.save_enrichment(fr, _fr("1"))
    store.save_enrichment(ru, _fr("0"))
    assert [a.id for a in store.articles_to_enrich("1")] == [ru]
    assert [a.id for a in store.articles_to_enrich(None, batch=1)] == [fr, ru]
    store.save_articles([make_article(1, text=TEXT + " Mis à jour.", language="fr")])
    assert [a.id for a in store.articles_to_enrich("1")] == [fr, ru]  # its text changed


def test_list_entities_filters(store: Store, two: tuple[int, int]) -> None:
    fr, ru = two
    store.save_enrichment(fr, _fr())
    store.save_enrichment(ru, _ru())
    assert [e.id for e in store.list_entities(type="LOC")] == ["geo:524901"]
    assert [e.id for e in store.list_entities(query="МОСКВ")] == ["geo:524901"]
    assert [e.id for e in store.list_entities(query="moscow", type="per")] == []
    assert [e.id for e in store.list_entities(query="%")] == []  # LIKE wildcards are literal
    assert len(store.list_entities(limit=1)) == 1


@pytest.mark.parametrize("speaker", ["peskov", "PESKOV", "ПЕСКОВ", "dMITRI  peskov"])
def test_quotes_by_any_name_of_the_speaker(store: Store, two: tuple[int, int],
                                           speaker: str) -> None:
    fr, ru = two
    store.save_enrichment(fr, _fr())
    store.save_enrichment(ru, _ru())
    found = store.quotes_by(speaker)
    assert [(a, q.text) for a, q in found] == [(ru, "Мы ждём"), (fr, "Nous attendons")]
    assert found[1][1] == _fr().quotes[0]
    assert store.quotes_by("Witkoff") == []
    assert len(store.quotes_by(None, limit=1)) == 1


def test_upgrade_0002_to_0003_keeps_data(store_url: str,
                                         make_article: Callable[..., Article]) -> None:
    old = store_at(store_url, "0002")
    try:
        user = old.create_user("reader", "h").id
        ids = [r.article_id for r in old.save_articles([make_article(1), make_article(2)])]
        before = [old.get_article(i) for i in ids]
    finally:
        old.close()
    new = open_store(store_url)
    try:
        assert revisions(new) == [head_revision()]
        assert [new.get_article(i) for i in ids] == before
        assert new.list_users()[0].id == user
        assert [a.id for a in new.articles_to_enrich("1")] == ids
        new.save_enrichment(ids[0], _fr())
        assert new.get_enrichment(ids[0]) == _fr() and new.integrity_ok()
    finally:
        new.close()
