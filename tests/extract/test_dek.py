"""The dek (standfirst) above the article goes back in; other description copies stay out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract import extract_html, extract_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "dek"
CASES = sorted(FIXTURES.glob("*.html"), key=lambda p: p.name)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_dek_once_before_the_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    html = path.read_text(encoding="utf-8")
    text = extract_html(html, expected["url"]).text
    assert extract_text(html, expected["url"]) == text
    if expected.get("text_starts_with"):
        assert text.startswith(expected["text_starts_with"])
    dek = expected["dek"]
    if dek is not None:
        assert text.count(dek) == 1, dek  # put back once, never next to its own copy
        assert text.index(dek) < text.index(expected["dek_before"])
    for fragment in expected["text_excludes"]:
        assert fragment not in text, fragment
