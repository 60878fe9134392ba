"""Image credits read part by part: agencies, photographers, and words naming no one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.enrich.credits import credit_mentions

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "enrich" / "credits" /
                    "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["credit"] for c in CASES])
def test_credit_mentions(case: dict) -> None:
    found = credit_mentions(case["credit"], case["lang"])
    assert [[m.text, m.type, m.name] for m in found] == case["expected"]
    assert all(case["credit"][m.start:m.end] == m.text for m in found)


def test_no_credit_names_no_one() -> None:
    assert credit_mentions(None, "en") == []
    assert credit_mentions("", "en") == []


def test_credit_ids_are_the_text_recogniser_ids() -> None:
    """"AFP" in a credit and in an article body is one entity."""
    from newsdesk.enrich.entity_resolve import canonical_id

    (afp,) = credit_mentions("AFP", "fr")
    assert afp.entity == canonical_id("AFP", "ORG", "fr")
