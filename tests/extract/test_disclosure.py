"""AI disclosures: positive and tricky-negative sentences per language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract import find_disclosure
from newsdesk.extract.disclosure import is_disclosure_sentence, split_disclosure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "disclosure"


def _cases(kind: str) -> list[tuple[str, str]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.json")):
        for sentence in json.loads(path.read_text(encoding="utf-8"))[kind]:
            cases.append((path.stem, sentence))
    return cases


def test_at_least_ten_languages_are_covered() -> None:
    assert len({lang for lang, _ in _cases("positive")}) >= 10


@pytest.mark.parametrize(("lang", "sentence"), _cases("positive"))
def test_disclosure_is_found(lang: str, sentence: str) -> None:
    text = f"First paragraph of the story.\n\nSecond paragraph.\n\n{sentence}"
    assert find_disclosure(text) == sentence, lang


@pytest.mark.parametrize(("lang", "sentence"), _cases("negative"))
def test_article_about_ai_is_not_a_disclosure(lang: str, sentence: str) -> None:
    assert not is_disclosure_sentence(sentence), lang
    assert find_disclosure(f"Intro.\n\n{sentence}\n\nOutro.") is None


def test_disclosure_in_the_middle_of_a_long_article_is_ignored() -> None:
    paragraphs = [f"Paragraph {i}." for i in range(10)]
    paragraphs[5] = "This article was generated with the help of AI."
    assert split_disclosure(paragraphs) == (paragraphs, None)


def test_only_the_sentence_is_removed_from_a_mixed_paragraph() -> None:
    paragraphs = ["Body.", "Thanks for reading. This article was written with AI assistance."]
    kept, found = split_disclosure(paragraphs)
    assert found == "This article was written with AI assistance."
    assert kept == ["Body.", "Thanks for reading."]
