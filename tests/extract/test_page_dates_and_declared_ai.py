"""Page dates from microdata and descriptions, dates inside sentences, declared AI articles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.extract import extract_html, resolve_relative_time
from newsdesk.extract.mainbody import parse_page
from newsdesk.extract.pagedates import described_date

PROSE = "".join(
    f"<p>The council met on Tuesday and talked about the budget of the city, part {i}.</p>"
    for i in range(5)
)
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>A story</title>{head}</head>'
            f"<body><article>{body}{PROSE}</article></body></html>")


def test_microdata_date_on_any_element_is_declared() -> None:
    body = '<span itemprop="datePublished" content="2019-10-18T17:08:11+02:00">18.10.2019</span>'
    published = extract_html(_page(body=body), "https://example.org/a").published
    assert published is not None and published.isoformat() == "2019-10-18T17:08:11+02:00"


def test_json_ld_date_created_is_a_publication_date() -> None:
    head = ('<script type="application/ld+json">{"@type":"NewsArticle",'
            '"dateCreated":"2021-03-04T08:00:00Z"}</script>')
    published = extract_html(_page(head), "https://example.org/a").published
    assert published is not None and published.date().isoformat() == "2021-03-04"


@pytest.mark.parametrize(
    ("lang", "description", "day"),
    [("it", "ORSO MARSICANO: UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)", "2020-01-14"),
     ("en", "Posted on March 3, 2021 by the editors", "2021-03-03"),
     ("es", "Publicado el 5 de mayo de 2022", "2022-05-05")],
)
def test_date_written_in_the_description(lang: str, description: str, day: str) -> None:
    tree = parse_page(_page(f'<meta name="description" content="{description}">', lang=lang), "")
    found = described_date(tree, lang)
    assert found is not None and found.date().isoformat() == day


def test_description_without_a_full_date_gives_nothing() -> None:
    tree = parse_page(_page('<meta name="description" content="Five facts about 2020">'), "")
    assert described_date(tree, "en") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("Con questo il 2 ottobre 1935 prese il via la campagna d'Etiopia.", "1935-10-02"),
     ("Вторая мировая война (1 сентября 1939 — 2 сентября 1945) — война коалиций.",
      "1939-09-01"),
     ("Der Vertrag wurde am 3. März 1999 in Berlin unterzeichnet.", "1999-03-03")],
)
def test_first_date_inside_a_sentence(text: str, day: str) -> None:
    found = resolve_relative_time(text, NOW)
    assert found is not None and found.date().isoformat() == day


def test_nonsense_sentence_has_no_date() -> None:
    assert resolve_relative_time("nothing to see in this sentence at all", NOW) is None


@pytest.mark.parametrize(
    "head",
    ['<meta name="ai-generated" content="true">',
     '<script type="application/ld+json">{"@type":"NewsArticle","digitalSourceType":'
     '"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}</script>'],
)
def test_ai_declared_in_meta_or_schema_org(head: str) -> None:
    article = extract_html(_page(head), "https://example.org/a")
    assert article.ai_generated is True


def test_ai_disclosure_sentence_in_meta_is_kept() -> None:
    sentence = "This article was generated with the help of AI and checked by an editor."
    article = extract_html(_page(f'<meta name="ai-disclosure" content="{sentence}">'), None)
    assert article.ai_generated and article.ai_disclosure == sentence


def test_ai_made_image_does_not_make_the_article_ai() -> None:
    head = ('<script type="application/ld+json">{"@type":"ImageObject","digitalSourceType":'
            '"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}</script>')
    article = extract_html(_page(head), "https://example.org/a")
    assert article.ai_generated is False and article.ai_disclosure is None
