"""Timeline values in the reader's words, from CLDR through Babel."""

from __future__ import annotations

import pytest
from babel import Locale

from newsdesk.web.periods import period_label


@pytest.mark.parametrize(("lang", "value", "label"), [
    ("pl", "2026-01-22", "22 sty 2026"),
    ("pl", "2026-01-22TEV", "22 sty 2026"),
    ("pl", "2025-12", "grudzień 2025"),
    ("pl", "2026-W03-WE", "17–18 sty 2026"),
    ("fr", "2026-W04", "19–25 janv. 2026"),
    ("fr", "2025-Q4", "T4 2025"),
    ("de", "2025-12", "Dezember 2025"),
    ("en", "199X", "1990–1999"),
    ("en", "2022", "2022"),  # a year reads the same everywhere: kept
    ("en", "2026-W54", "2026-W54"),  # no such week: shown as stored
    ("en", "PRESENT_REF", "PRESENT_REF"),
])
def test_period_label(lang: str, value: str, label: str) -> None:
    assert period_label(value, Locale.parse(lang)) == label
