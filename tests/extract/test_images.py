"""Caption/credit split across the conventions of several languages and agencies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract import split_caption_credit

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "captions.json"
CASES = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("raw", "caption", "credit"), CASES, ids=[c[0][:30] for c in CASES])
def test_split_caption_credit(raw: str, caption: str | None, credit: str | None) -> None:
    assert split_caption_credit(raw) == (caption, credit)


def test_empty_caption() -> None:
    assert split_caption_credit("   ") == (None, None)
