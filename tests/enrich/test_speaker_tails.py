"""Where an inverted speaker phrase ends: before its time or prepositional tail."""

from __future__ import annotations

import pytest

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.speaker_tails import cut_tail, is_time_name, skip_leading_time


@pytest.mark.parametrize(("lang", "tail", "kept"), [
    ("en", "the minister on Tuesday", "the minister"),
    ("en", "Theresa May", "Theresa May"),
    ("en", "the minister May 5", "the minister"),
    ("fr", "le ministre mardi à la presse", "le ministre"),
    ("es", "el ministro el martes", "el ministro"),
    ("ru", "министр во вторник", "министр"),
    ("ru", "министр по делам", "министр по делам"),
    ("uk", "міністр з питань", "міністр з питань"),
])
def test_cut_tail(lang: str, tail: str, kept: str) -> None:
    words = cut_tail(tail, list(WORDS.finditer(tail)), lang)
    assert tail[words[0].start():words[-1].end()] == kept


def test_leading_time_is_skipped() -> None:
    text = "mardi le ministre"
    assert [w.group() for w in skip_leading_time(list(WORDS.finditer(text)), "fr")] == \
        ["le", "ministre"]


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("Tuesday", "en", True), ("Mardi", "fr", True), ("May", "en", False),
    ("Smith", "en", False), ("Tuesday", "", False),
])
def test_is_time_name(name: str, lang: str, expected: bool) -> None:
    assert is_time_name(name, lang) is expected
