"""App copies: the seed must parse exactly; other fixtures keep the parser general."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from tests.conftest import SEED, needs_seed

from newsdesk.errors import ExtractError
from newsdesk.extract import extract_article, looks_like_appcopy, parse_appcopy
from newsdesk.model import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "appcopy"
SEED_NOW = datetime.fromisoformat("2026-01-21T16:00:00+01:00")
CASES = sorted(FIXTURES.glob("*.txt"), key=lambda p: p.name)


@needs_seed
def test_seed_is_parsed_exactly() -> None:
    raw = SEED.read_text(encoding="utf-8")
    article = parse_appcopy(raw, now=SEED_NOW, location=str(SEED))

    assert article.title == "Witkoff rapporte des progrès «significatifs» : Poutine le reçoit jeudi"
    assert article.source == "upday.com"
    assert article.published == datetime.fromisoformat("2026-01-21T12:00:00+01:00")
    assert article.published.utcoffset() == SEED_NOW.utcoffset()
    assert article.language == "fr"
    assert article.interface_language == "pl"
    assert article.image is not None
    assert article.image.caption is not None
    assert article.image.caption.startswith("Le président russe")
    assert article.image.credit == "Alexander KAZAKOV / POOL / AFP via Getty Images"
    assert article.sections == [
        "Rencontres avec les négociateurs ukrainiens",
        "Questions en suspens",
    ]
    assert article.ai_generated is True
    assert article.ai_disclosure == (
        "Note : Cet article a été créé avec l'Intelligence Artificielle (IA)."
    )
    assert article.url is None
    assert article.origin == "appcopy"
    assert article.content_hash and len(article.content_hash) == 64


@needs_seed
def test_seed_text_is_the_body_only() -> None:
    raw = SEED.read_text(encoding="utf-8")
    article = parse_appcopy(raw, now=SEED_NOW)
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    # title, source/time line, caption line ... disclosure, go-to-original
    expected = "\n\n".join(lines[3:-2])
    assert article.text == expected
    for removed in ("upday.com", "Getty Images", "Intelligence Artificielle", "Idź do"):
        assert removed not in article.text
    assert "\n\nRencontres avec les négociateurs ukrainiens\n\n" in article.text
    assert "<h2>Questions en suspens</h2>" in article.html


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_appcopy_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    raw = path.read_text(encoding="utf-8")
    if expected.get("error"):
        assert not looks_like_appcopy(raw)
        with pytest.raises(ExtractError) as info:
            parse_appcopy(raw, now=SEED_NOW, location=path.name)
        assert info.value.where == path.name
        return
    assert looks_like_appcopy(raw)
    article = parse_appcopy(raw, now=datetime.fromisoformat(expected["now"]))
    got = article.to_json()
    for key in ("title", "source", "published", "language", "interface_language", "image",
                "sections", "ai_generated", "ai_disclosure"):
        assert got[key] == expected[key], key
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == expected["paragraph_count"]
    assert article.text.startswith(expected["text_starts"])
    assert article.text.endswith(expected["text_ends"])
    for fragment in expected["text_excludes"]:
        assert fragment not in article.text


@pytest.mark.parametrize("text", ["", "   \n", "<html><body>x</body></html>", "One line only"])
def test_non_appcopy_inputs_are_refused(text: str) -> None:
    assert not looks_like_appcopy(text)
    with pytest.raises(ExtractError):
        parse_appcopy(text, now=SEED_NOW, location="paste")


def test_copy_without_body_is_refused() -> None:
    text = "A title\n\nupday.com 4 hours ago\n\nGo to original\n"
    with pytest.raises(ExtractError, match="no article text"):
        parse_appcopy(text, now=SEED_NOW, location="paste")


def test_trailing_link_with_url_gives_original_url() -> None:
    text = (
        "Storm closes ports\n\nexample.com 3 hours ago\n\n"
        "Ports along the coast were closed on Monday as a storm approached.\n\n"
        "Go to original: https://example.com/news/storm\n"
    )
    article = parse_appcopy(text, now=SEED_NOW)
    assert article.original_url == "https://example.com/news/storm"
    assert "example.com/news" not in article.text


@needs_seed
def test_extract_article_dispatches_plain_text_pages() -> None:
    page = Page(
        body=SEED.read_bytes(),
        url=None,
        location=str(SEED),
        content_type="text/plain; charset=utf-8",
        origin="appcopy",
    )
    article = extract_article(page, now=SEED_NOW)
    assert article.origin == "appcopy"
    assert article.source == "upday.com"
    assert article.published == datetime.fromisoformat("2026-01-21T12:00:00+01:00")


def test_extract_article_refuses_binary_plain_text() -> None:
    page = Page(body=b"\x00\x01\x02", url=None, location="blob.txt", content_type="text/plain")
    with pytest.raises(ExtractError) as info:
        extract_article(page, now=SEED_NOW)
    assert info.value.where == "blob.txt"


def test_naive_now_is_taken_as_utc() -> None:
    text = "Storm closes ports\n\nexample.com 3 hours ago\n\nPorts were closed on Monday.\n"
    article = parse_appcopy(text, now=datetime(2026, 1, 1, 12, 0))
    assert article.published == datetime.fromisoformat("2026-01-01T09:00:00+00:00")
