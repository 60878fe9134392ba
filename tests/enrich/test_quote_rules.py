"""Quote rules one case at a time: each fixture line is a short text in one language with
the quotes (text, direct, speaker) expected from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk.enrich.quote_sentences import SentenceBreaks
from newsdesk.enrich.quotes import find_quotes

CASES_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "enrich" / "quote_rules" \
    / "cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quote_rule(case: dict[str, Any]) -> None:
    found = [{"text": q.text, "direct": q.direct, "speaker": q.speaker}
             for q in find_quotes(case["text"], case["lang"])]
    assert found == case["expected"]


def test_cases_cover_every_listed_language() -> None:
    langs = {c["lang"] for c in CASES}
    assert {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "uk", "ru", "bg"} <= langs


@pytest.mark.parametrize(("text", "pos", "floor"), [
    ("One. Two three.", 10, 0), ("A.\n\n\nB.  C", 9, 0), ("A.\n\n\nB.  C", 4, 3),
    (".\n\nX", 3, 1), ("Hi!  \n  there. ok", 4, 0), ("No break here", 8, 2),
])
def test_sentence_start_look_up_matches_the_scan(text: str, pos: int, floor: int) -> None:
    breaks = SentenceBreaks(text)
    assert breaks.start_before(pos, floor) == breaks._scan(pos, floor)
