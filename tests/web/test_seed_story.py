"""The seed end to end: the French, AI-written app copy imported, enriched and grouped into
a story, whose page a Polish reader opens. The issue names what its timeline must list:
the early-December Moscow meeting, the weekend Miami talks, Davos and the Thursday meeting
at the Kremlin, in the order they happened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from tests.conftest import SEED, needs_seed

from newsdesk.pipeline import Pipeline
from newsdesk.settings import Settings
from newsdesk.store import Store

pytestmark = needs_seed
NOW = datetime.fromisoformat("2026-01-21T16:00:00+01:00")


@pytest.fixture()
def seed_story(settings: Settings, store: Store) -> int:
    pipeline = Pipeline(settings, store, enrich=True, stories=True)
    try:
        report = pipeline.import_paths([SEED], now=NOW)
    finally:
        pipeline.close()
    assert not report.errors
    story = store.story_of(1)
    assert story is not None
    return story


def test_seed_timeline_lists_what_happened_in_order(store: Store, seed_story: int) -> None:
    detail = store.get_story(0, seed_story, prefer_language="pl")
    assert detail is not None
    when = {t.text: t for t in detail.timeline}
    december, weekend, thursday = when["début décembre"], when["ce week-end"], when["jeudi"]
    assert december.value == "2025-12" and "Moscou" in december.sentence
    assert weekend.value == "2026-W03-WE" and "Miami" in weekend.sentence
    assert "Davos" in weekend.context  # the untimed sentence that continues the weekend
    assert thursday.value == "2026-01-22" and "Kremlin" in thursday.sentence
    order = [t.text for t in detail.timeline]
    assert order.index("début décembre") < order.index("ce week-end") < order.index("jeudi")


def test_seed_key_quotes_are_statements(store: Store, seed_story: int) -> None:
    detail = store.get_story(0, seed_story, prefer_language="pl")
    assert detail is not None
    said = {(q.speaker, q.text) for q in detail.quotes}
    assert any(who == "Dmitri Peskov" and text.startswith("Nous attendons") for who, text in said)
    assert any(who == "Steve Witkoff" and text.startswith("Je pense") for who, text in said)
    assert all(text != "significatifs" for _, text in said)  # a borrowed word, not a quote


def test_seed_story_page_in_polish(seed_story: int, reader: Callable[[str], Any]) -> None:
    ada = reader("ada")
    ada.post("/settings", language="pl", timezone="Europe/Warsaw")
    page = ada.get(f"/story/{seed_story}", headers={"Accept-Language": "pl"})
    assert page.status_code == 200
    html = page.text
    for shown in ("grudzień 2025", "17–18 sty 2026", "22 sty 2026", "Miami", "Davos",
                  "Kremlin", "upday.com"):
        assert shown in html, shown
    assert "2026-W03-WE</span>" not in html  # the raw ISO value stays in data-value only
