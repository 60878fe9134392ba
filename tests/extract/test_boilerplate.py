"""Page furniture (related links, newsletter boxes, paywalls, credits) and site templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract import extract_html, extract_text
from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.boilerplate import is_furniture_line, is_site_ad, strip_boilerplate
from newsdesk.extract.sitetemplate import (
    learn_boilerplate,
    normalize_paragraph,
    remove_site_boilerplate,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "boilerplate"
CASES = sorted(FIXTURES.glob("*.html"), key=lambda p: p.name)
PROSE = "The council met on Tuesday and talked for a long time about the budget of the city."



@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_inline_figures_keep_caption_and_credit_out_of_the_text(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = extract_html(path.read_text(encoding="utf-8"), expected["url"])
    figures = article.extras["figures"]
    assert len(figures) == 1
    assert figures[0]["url"].endswith("/img/1.jpg")
    assert figures[0]["credit"] and figures[0]["credit"] not in article.text
    assert figures[0]["caption"] and not figures[0]["caption"].endswith(figures[0]["credit"])


@pytest.mark.parametrize(
    "line",
    ["Also read: Why the bridge closed", "Czytaj też: Dlaczego zamknięto most",
     "Home » News » World", "----------", "Zurück zur Listenansicht", "Foto: dpa",
     "aja/PAP", "© 2024 Example Media. All rights reserved.",
     "Materiał chroniony prawem autorskim.", "Pour lire la suite, abonnez-vous."],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_line(paragraph_block(line))


@pytest.mark.parametrize(
    "line",
    [PROSE, "Related research has shown that bridges last a century when maintained well.",
     "Photos of the flood were shared widely on social media by residents of the city, "
     "who described water rising faster than at any time in the past fifty years.",
     "Back in 2019, the mayor promised a new bridge within five years of his election "
     "and he has repeated that promise in every campaign since then.",
     "2 > 1 is what the sign said."],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture_line(paragraph_block(line))


def test_tail_marker_cuts_the_rest_only_in_the_last_part() -> None:
    blocks = [paragraph_block(f"{PROSE} ({i})") for i in range(6)]
    related = paragraph_block("Related articles")
    kept, paywall = strip_boilerplate([*blocks[:5], related, paragraph_block("A link title")])
    assert [b.text for b in kept] == [b.text for b in blocks[:5]]
    assert not paywall
    early = [blocks[0], related, *blocks[1:6]]
    # An early label does not end the article: the label line goes, the story stays.
    assert [b.text for b in strip_boilerplate(early)[0]] == [b.text for b in blocks]


def test_paywall_prompt_sets_the_flag_and_cuts_the_teaser_end() -> None:
    blocks = [paragraph_block(f"{PROSE} ({i})") for i in range(4)]
    prompt = paragraph_block("To view the full story, please subscribe to The Daily.")
    kept, paywall = strip_boilerplate([*blocks, prompt, paragraph_block("Already a subscriber?")])
    assert paywall and len(kept) == 4


def test_paywall_prompt_alone_flags_a_page_without_schema_data() -> None:
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(5))
    html = (f"<html><head><title>T</title></head><body><article>{paras}"
            "<p>Ten artykuł jest dostępny tylko dla subskrybentów.</p></article></body></html>")
    article = extract_html(html, "https://example.org/a")
    assert article.extras["paywalled"] is True
    assert "subskrybentów" not in article.text


@pytest.mark.parametrize(
    "head",
    ['<meta property="article:content_tier" content="locked">',
     '<script type="application/ld+json">{"@type":"NewsArticle",'
     '"isAccessibleForFree":"False"}</script>'],
)
def test_declared_paywall(head: str) -> None:
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(5))
    html = f"<html><head><title>T</title>{head}</head><body><article>{paras}</article></body>"
    assert extract_html(html, "https://example.org/a").extras["paywalled"] is True


def test_free_page_is_not_paywalled() -> None:
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(5))
    head = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true}'
    html = f"<html><head>{head}</script></head><body><article>{paras}</article></body></html>"
    assert extract_html(html, "https://example.org/a").extras["paywalled"] is False


def test_learn_boilerplate_finds_paragraphs_repeated_across_a_host() -> None:
    template = "Follow our  live coverage on the app."
    texts = [f"Story {i} begins here with its own words.\n\n{template}" for i in range(4)]
    texts.append("A story that shares one quote.\n\nA quote two stories share.")
    texts.append("Another one.\n\nA quote two stories share.")
    learned = learn_boilerplate(texts)
    assert learned == {normalize_paragraph(template)}
    assert learn_boilerplate(texts[:2]) == set()  # too few pages to tell


def test_site_boilerplate_is_removed_from_a_new_page() -> None:
    template = "Support our newsroom: every donation counts for the people of this city."
    blocks = [paragraph_block(PROSE), paragraph_block(template)]
    assert remove_site_boilerplate(blocks, {normalize_paragraph(template)}) == blocks[:1]
    paras = f"<p>{PROSE}</p><p>{PROSE} Again.</p><p>{template}</p>"
    html = f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>"
    plain = extract_html(html, "https://example.org/a")
    learned = extract_html(html, "https://example.org/a",
                           site_boilerplate={normalize_paragraph(template)})
    assert template in plain.text and template not in learned.text


def test_soft_hyphens_do_not_split_stored_words() -> None:
    word = "La re\u00adcherche au\u00adto\u00adnome"
    paras = "".join(f"<p>{word} {i}. {PROSE}</p>" for i in range(4))
    html = f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>"
    text = extract_text(html)
    assert "recherche autonome" in text and "\u00ad" not in text


def _linked(text: str, share: float) -> Block:
    return Block("p", text, lambda: f"<p>{text}</p>", link_share=share)


@pytest.mark.parametrize(
    ("text", "share", "is_ad"),
    [("Szukasz lokalu handlowego do wynajęcia? Zobacz oferty na PropertyStock.pl", 1.0, True),
     ("Find your next home on example-homes.co.uk", 1.0, True),
     ("Hier geht’s zur Facebook Veranstaltung", 1.0, False),  # no site named
     ("The full report is published on example.org", 0.3, False),  # prose with a link
     ("Digital Marketing Case Studies: 3 examples of how teams found the right hook", 1.0,
      False)],
)
def test_site_ads(text: str, share: float, is_ad: bool) -> None:
    assert is_site_ad(_linked(text, share)) is is_ad
