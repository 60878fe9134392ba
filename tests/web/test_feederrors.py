"""Every stored error kind but the catch-all has a sentence the catalogs translate."""

from __future__ import annotations

import pytest

from newsdesk.store.error_kinds import ERROR_KINDS, OTHER
from newsdesk.web.feederrors import REASONS, error_reason
from newsdesk.web.i18n import translations


def test_every_kind_but_other_has_a_reason() -> None:
    assert set(REASONS) == ERROR_KINDS - {OTHER}


@pytest.mark.parametrize("kind", [None, "", OTHER, "from_a_newer_version"])
def test_no_reason_falls_back_to_the_message(kind: str | None) -> None:
    assert error_reason(kind) is None


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_reasons_are_translated(lang: str) -> None:
    catalog = translations(lang)
    assert all(catalog.gettext(reason) != reason for reason in REASONS.values())
