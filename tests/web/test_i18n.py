"""Languages of the reader: complete catalogs, locale choice, plurals and relative times."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from newsdesk.web.i18n import LANGUAGES, LOCALE_DIR, localizer, negotiate, translations

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "src" / "newsdesk" / "web"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _source_messages() -> set[str]:
    method_map = [("**.py", "python"), ("templates/**.html", "jinja2")]
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(WEB), method_map, keywords=keywords):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_at_least_eight_languages() -> None:
    assert len(LANGUAGES) >= 8
    assert {"en", "pl", "fr", "de", "uk", "ru", "es", "it"} <= set(LANGUAGES)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalog_is_complete_and_current(lang: str) -> None:
    catalog = _catalog(lang)
    wanted = _source_messages()
    have = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    missing = sorted(wanted - set(have))
    assert not missing, f"{lang}: not in the catalog (run scripts/i18n.sh): {missing[:5]}"
    for key in wanted:
        message = have[key]
        assert not message.fuzzy, f"{lang}: fuzzy: {key!r}"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"{lang}: untranslated: {key!r}"
        assert len(strings) >= (catalog.num_plurals if message.pluralizable else 1), key
        for s in strings:
            assert set(PLACEHOLDER.findall(s)) <= set(PLACEHOLDER.findall(str(key))) | {
                "%(num)d"}, f"{lang}: placeholder changed in {key!r}"


@pytest.mark.parametrize(
    ("header", "expected"),
    [("pl-PL,pl;q=0.9,en;q=0.8", "pl"), ("de-CH", "de"), ("xx, uk;q=0.5", "uk"),
     ("fr;q=0.1, it;q=0.9", "it"), ("", "en"), ("zz", "en"), ("en;q=abc, ru", "ru")],
)
def test_accept_language_negotiation(header: str, expected: str) -> None:
    assert negotiate(header) == expected


@pytest.mark.parametrize(
    ("lang", "hours", "expected"),
    [("pl", 4, "4 godziny temu"), ("pl", 5, "5 godzin temu"), ("pl", 1, "1 godzinę temu"),
     ("uk", 4, "4 години тому"), ("fr", 4, "il y a 4 heures"), ("de", 5, "vor 5 Stunden"),
     ("ru", 5, "5 часов назад"), ("en", 1, "1 hour ago")],
)
def test_relative_time_plurals(lang: str, hours: int, expected: str) -> None:
    now = datetime(2026, 1, 21, 16, 0, tzinfo=UTC)
    assert localizer(lang, None, now).relative(now - timedelta(hours=hours)) == expected


def test_polish_plural_in_ui_catalog() -> None:
    ngettext = translations("pl").ngettext
    forms = {ngettext("%(num)d article found", "%(num)d articles found", n) % {"num": n}
             for n in (1, 2, 5)}
    assert len(forms) == 3  # Polish has three plural forms here


def test_absolute_time_in_reader_zone() -> None:
    from zoneinfo import ZoneInfo

    when = datetime(2026, 1, 21, 11, 0, tzinfo=UTC)
    text = localizer("pl", ZoneInfo("Europe/Warsaw"), when).absolute(when)
    assert "12:00" in text and "2026" in text
