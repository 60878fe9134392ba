"""The enrichment steps wired together: order, language, speakers → entities, sentences,
steps that turn themselves off, and the streaming `annotate` loop.

Each fixture in fixtures/enrich/pipeline/ is one article with its expected result beside
it: the language, which person speaks each quote (by a mention's text), and time values.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.enrich import ENRICHER_VERSION, Enricher
from newsdesk.enrich.annotate import annotate_lines, parse_line
from newsdesk.enrich.steps import QuotesStep, Step, TimesStep, speaker_entity
from newsdesk.errors import InputError
from newsdesk.model import Mention, Quote

CASES = sorted((Path(__file__).parents[1] / "fixtures" / "enrich" / "pipeline").glob("*.json"))


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher(use_spacy=False)


def _case(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_article(enricher: Enricher, path: Path) -> None:
    case = _case(path)
    published = datetime.fromisoformat(case["published"]) if case["published"] else None
    found = enricher.enrich(case["text"], case["lang"], published)
    expect = case["expect"]
    assert found.language == expect["lang"]
    assert found.version == ENRICHER_VERSION
    text = case["text"]
    for m in found.mentions + found.quotes + found.times:  # exact substrings with offsets
        assert text[m.start:m.end] == m.text
    for quoted, speaker_text in expect["speakers"].items():
        quote = next(q for q in found.quotes if quoted in q.text)
        ids = {m.entity for m in found.mentions if m.text == speaker_text and m.type == "PER"}
        assert ids and quote.speaker_entity in ids, (quote, found.mentions)
    for phrase, value in expect["times"].items():
        assert [t.value for t in found.times if phrase in t.text] == [value]
    assert len(found.time_sentences) == len(found.times)
    for t, (start, end) in zip(found.times, found.time_sentences, strict=True):
        assert start <= t.start < t.end <= end and text[start:end].strip() == text[start:end]


def test_one_identity_across_languages(enricher: Enricher) -> None:
    ids = set()
    for path in CASES:
        case = _case(path)
        found = enricher.enrich(case["text"], case["lang"], None)
        ids.add(next(m.entity for m in found.mentions if m.text.startswith(("Put", "Пут"))))
    assert len(ids) == 1


def test_steps_run_in_order(enricher: Enricher) -> None:
    assert [s.name for s in enricher.steps] == ["language", "entities", "quotes", "times"]
    assert all(s.enabled and s.reason is None for s in enricher.steps)


class _Needy(Step):
    name = "needy"
    requires = ("newsdesk_no_such_module_here",)


def test_a_step_without_its_dependency_turns_itself_off(monkeypatch: pytest.MonkeyPatch) -> None:
    step = _Needy()
    assert not step.enabled and step.reason == "not installed: newsdesk_no_such_module_here"
    monkeypatch.setattr(TimesStep, "requires", ("newsdesk_no_such_module_here",))
    enricher = Enricher(use_spacy=False)
    assert enricher.version == f"{ENRICHER_VERSION}-no-times"
    found = enricher.enrich("Vladimir Putin spoke on Thursday.", "en", None)
    assert found.times == [] and found.mentions and found.version == enricher.version


def test_speaker_entity_from_span_or_antecedent_name() -> None:
    persons = [Mention(0, 13, "Steve Witkoff", "PER", "n:vitkof", "Steve Witkoff"),
               Mention(40, 47, "Witkoff", "PER", "n:vitkof", "Steve Witkoff")]
    by_span = Quote(60, 70, "x", True, "Witkoff", 40, 47)
    by_pronoun = Quote(60, 70, "x", True, "Steve Witkoff", 55, 57)  # "il" → antecedent
    nobody = Quote(60, 70, "x", True, "un diplomate", 55, 67)
    assert speaker_entity(by_span, persons) == "n:vitkof"
    assert speaker_entity(by_pronoun, persons) == "n:vitkof"
    assert speaker_entity(nobody, persons) is None


def test_quotes_step_alone_keeps_speakers_without_entities() -> None:
    from newsdesk.enrich.steps import Draft

    draft = Draft("«Nous attendons demain ce contact», a déclaré Dmitri Peskov.", "fr", None)
    QuotesStep().run(draft)  # no entities step before it: no ids, speakers still named
    assert [(q.speaker_entity, q.direct) for q in draft.quotes] == [(None, True)]


@pytest.mark.parametrize(("line", "message"), [
    (b"{not json", "not JSON"),
    (b"[1, 2]", "JSON object"),
    (b'{"text": "x"}', "missing 'id'"),
    (b'{"id": 1, "text": 5}', "'text'"),
    (b'{"id": 1, "text": "x", "lang": 3}', "'lang'"),
    (b'{"id": 1, "text": "x", "published": "yesterday"}', "not ISO 8601"),
    (b'{"id": 1, "text": "\xff"}', "not UTF-8"),
])
def test_malformed_lines_name_their_line(line: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_line(line, "in.jsonl:7")
    assert caught.value.where == "in.jsonl:7"


def test_naive_published_is_utc_and_title_optional() -> None:
    record = parse_line(b'{"id": "a", "text": "t", "lang": null, '
                        b'"published": "2026-01-21T12:00:00"}', "in:1")
    assert record.published is not None and record.published.utcoffset() is not None
    assert record.title is None and record.lang is None


def _lines(*records: Any) -> list[bytes]:
    return [r if isinstance(r, bytes) else json.dumps(r).encode() + b"\n" for r in records]


@pytest.mark.parametrize("window", [0, 1, 32])
def test_annotate_keeps_order_and_goes_on(enricher: Enricher, window: int) -> None:
    lines = _lines({"id": 1, "text": "Putin spoke in Moscow.", "lang": "en", "published": None},
                   b"oops\n", b"\n",
                   {"id": "b", "text": "Путин выступил в Москве.", "lang": None,
                    "published": "2026-01-21T12:00:00+01:00", "title": "Путин"})
    out, errors = io.StringIO(), []
    done, failed = annotate_lines(lines, "in.jsonl", enricher, out, window=window,
                                  on_error=errors.append)
    assert (done, failed) == (2, 1) and [e.where for e in errors] == ["in.jsonl:2"]
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [1, "b"] and rows[1]["lang"] == "ru"
    assert set(rows[0]) == {"id", "lang", "entities", "quotes", "times"}
    moscow = [{e["entity"] for e in r["entities"] if e["type"] == "LOC"} for r in rows]
    assert moscow[0] == moscow[1] and len(moscow[0]) == 1


def test_annotate_strict_stops_after_writing_the_lines_before(enricher: Enricher) -> None:
    lines = _lines({"id": 1, "text": "Putin spoke.", "lang": "en"}, b"oops\n",
                   {"id": 3, "text": "Never reached.", "lang": "en"})
    out = io.StringIO()
    with pytest.raises(InputError) as caught:
        annotate_lines(lines, "in.jsonl", enricher, out, strict=True)
    assert caught.value.where == "in.jsonl:2"
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == [1]
