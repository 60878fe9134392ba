"""One check for every fixture page with an expected text beside it (feedparser style).

Folders under tests/fixtures/extract/ (boilerplate, edges, furniture, news, regions, shape,
structure) hold
pages we wrote; each `<name>.json` lists fragments the stored text must include and must not include
(and, where given, the paywall flag). `extract_text` must equal `extract_html(...).text`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract import extract_html, extract_text

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "extract"
FOLDERS = ("boilerplate", "edges", "furniture", "news", "regions", "shape", "structure")
CASES = sorted((p for folder in FOLDERS for p in (ROOT / folder).glob("*.html")),
               key=lambda p: (p.parent.name, p.name))


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_page_gives_its_expected_text(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    html = path.read_text(encoding="utf-8")
    article = extract_html(html, expected["url"])
    for fragment in expected["text_includes"]:
        assert fragment in article.text, fragment
    for fragment in expected["text_excludes"]:
        assert fragment not in article.text, fragment
    if "paywalled" in expected:
        assert article.extras["paywalled"] is expected["paywalled"]
    assert extract_text(html, expected["url"]) == article.text
