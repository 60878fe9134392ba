"""The reader's languages: gettext catalogs, locale choice, dates and relative times.

UI text lives in `web/locale/<lang>/LC_MESSAGES/messages.po` (extracted from templates and
Python with Babel, see docs/i18n.md). Catalogs are compiled in memory on first use, so
no binary .mo file is kept in the repository. Dates, numbers and relative times come from
Babel's CLDR data, which knows each language's plural rules ("4 godziny temu",
"5 godzin temu", "1 godzinę temu").

The locale is the user's setting, else the best match of the browser's Accept-Language,
else English. The time zone is the user's setting, else the browser's (a cookie set by
app.js), else UTC.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_timedelta
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from newsdesk.web.periods import period_label

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "fr": "Français",
    "de": "Deutsch",
    "uk": "Українська",
    "ru": "Русский",
    "es": "Español",
    "it": "Italiano",
}
DEFAULT = "en"


@cache
def translations(lang: str) -> NullTranslations:
    """The compiled catalog of `lang` (English is the source language: no catalog)."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if lang == DEFAULT or not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)


def negotiate(accept_language: str | None) -> str:
    """The best supported language for an Accept-Language header (RFC 9110 q-values)."""
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if tag and quality > 0:
            weighted.append((-quality, index, tag.strip()))
    for _q, _i, tag in sorted(weighted):
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return DEFAULT


def valid_language(value: str | None) -> str | None:
    return value if value in LANGUAGES else None


def valid_timezone(value: str | None) -> tzinfo | None:
    if not value or len(value) > 64 or value not in _zone_names():
        return None
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def timezone_choices() -> list[str]:
    return sorted(_zone_names())


@dataclass(frozen=True)
class Localizer:
    """Everything a page needs to speak one language in one time zone."""

    lang: str
    tz: tzinfo
    now: datetime

    @property
    def gettext(self) -> Callable[[str], str]:
        return translations(self.lang).gettext

    @property
    def ngettext(self) -> Callable[[str, str, int], str]:
        return translations(self.lang).ngettext

    def relative(self, when: datetime | None) -> str:
        """"4 godziny temu", "in 2 days": CLDR relative time with the right plural."""
        if when is None:
            return ""
        delta: timedelta = when - self.now
        return format_timedelta(delta, add_direction=True, threshold=1.0,
                                locale=self._babel())

    def absolute(self, when: datetime | None, fmt: str = "medium") -> str:
        """The date and time in the reader's locale and time zone."""
        if when is None:
            return ""
        return format_datetime(when.astimezone(self.tz), fmt, tzinfo=self.tz,
                               locale=self._babel())

    def period(self, value: str) -> str:
        """A timeline value ("2026-W03-WE") as the reader writes it ("17–18 sty 2026")."""
        return period_label(value, self._babel())

    def iso(self, when: datetime | None) -> str:
        return when.isoformat() if when else ""

    def language_name(self, code: str | None) -> str:
        if not code:
            return ""
        try:
            return Locale(self.lang).languages.get(code, code)
        except UnknownLocaleError:
            return code

    def _babel(self) -> Locale:
        return _locale(self.lang)


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def localizer(lang: str | None, tz: tzinfo | None, now: datetime | None = None) -> Localizer:
    return Localizer(valid_language(lang) or DEFAULT, tz or UTC, now or datetime.now(UTC))
