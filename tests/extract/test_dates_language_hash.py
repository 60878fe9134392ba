"""Relative times, page dates, language identification and the content hash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.extract import content_hash, detect_language, resolve_relative_time
from newsdesk.extract.dates import parse_page_date
from newsdesk.model import Article

NOW = datetime(2026, 1, 21, 16, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("phrase", "hours"),
    [("4 godzin temu", 4), ("vor 3 Stunden", 3), ("2 hours ago", 2), ("5 годин тому", 5),
     ("il y a 2 heures", 2), ("hace 3 horas", 3), ("3 ore fa", 3), ("3 часа назад", 3)],
)
def test_relative_time_keeps_the_offset_of_now(phrase: str, hours: int) -> None:
    resolved = resolve_relative_time(phrase, NOW)
    assert resolved == NOW - timedelta(hours=hours)
    assert resolved is not None and resolved.utcoffset() == timedelta(hours=1)


def test_relative_time_with_language_hint_and_garbage() -> None:
    assert resolve_relative_time("wczoraj", NOW, ["pl"]) == NOW - timedelta(days=1)
    assert resolve_relative_time("Idź do oryginalnego materiału", NOW) is None
    assert resolve_relative_time("", NOW) is None


def test_naive_now_is_utc() -> None:
    resolved = resolve_relative_time("2 hours ago", datetime(2026, 1, 1, 12, 0))
    assert resolved == datetime(2026, 1, 1, 10, 0, tzinfo=UTC)


def test_page_dates_without_zone_are_utc() -> None:
    assert parse_page_date("2026-02-03T07:45:00") == datetime(2026, 2, 3, 7, 45, tzinfo=UTC)
    assert parse_page_date("2026-02-03") == datetime(2026, 2, 3, tzinfo=UTC)
    assert parse_page_date("2026-02-03T07:45:00Z") == datetime(2026, 2, 3, 7, 45, tzinfo=UTC)
    assert parse_page_date("not a date") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Le président a annoncé une nouvelle réforme des retraites lundi soir.", "fr"),
     ("Die Regierung hat am Montag eine neue Rentenreform angekündigt.", "de"),
     ("Rząd ogłosił w poniedziałek nową reformę emerytalną dla wszystkich.", "pl"),
     ("Уряд у понеділок оголосив нову пенсійну реформу для всіх громадян.", "uk")],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_language_hint_decides_short_or_empty_text() -> None:
    assert detect_language("OK", hint="pt-BR") == "pt"
    assert detect_language("", hint="en") == "en"
    assert detect_language("1234 5678") is None


def test_content_hash_ignores_cosmetic_whitespace_and_case() -> None:
    one = Article(title="Storm  Hits", text="Line one.\n\nLine two.")
    two = Article(title="storm hits", text="Line one. Line two.")
    three = Article(title="Storm hits", text="Line one.\n\nLine three.")
    assert content_hash(one) == content_hash(two)
    assert content_hash(one) != content_hash(three)
