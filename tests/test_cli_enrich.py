"""The enrichment commands: annotate, enrich, entities, quotes, and the lists that
`extract --format json` and `show --json` gain — on the seed and on small JSONL files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from tests.conftest import SEED, needs_seed

from newsdesk.cli import cli

SEED_NOW = "2026-01-21T16:00:00+01:00"
PESKOV_SAYS = "Nous attendons demain ce contact, il est dans l'agenda du président"
WITKOFF_SAYS = ("Je pense que tout le monde est impliqué dans le processus et veut qu'un accord "
                "de paix soit conclu")


@pytest.fixture()
def nd(tmp_path: Path):
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'nd.db'}"
    env = {"NEWSDESK_CONFIG": "", "HOME": str(tmp_path)}

    def run(*args: str, status: int = 0) -> Result:
        result = runner.invoke(cli, ["--db", db, *args], env=env, catch_exceptions=False)
        assert result.exit_code == status, result.output + result.stderr
        return result

    return run


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`extract --format json` of the seed, run once (enrichment loads models: seconds)."""
    home = tmp_path_factory.mktemp("seed")
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{home / 'nd.db'}", "extract",
                                      str(SEED), "--now", SEED_NOW, "--format", "json"],
                                env={"NEWSDESK_CONFIG": "", "HOME": str(home)},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def _person(data: dict[str, Any], surname: str) -> str:
    ids = {e["entity"] for e in data["entities"] if e["type"] == "PER" and surname in e["text"]}
    assert len(ids) == 1, data["entities"]
    return ids.pop()


def _check_seed(data: dict[str, Any]) -> None:
    said = {q["text"]: q for q in data["quotes"]}
    assert said[PESKOV_SAYS]["speaker_entity"] == _person(data, "Peskov")
    assert said[WITKOFF_SAYS]["speaker_entity"] == _person(data, "Witkoff")
    assert said["significatifs"]["speaker_entity"] == _person(data, "Witkoff")
    values = {t["text"]: t["value"] for t in data["times"]}
    assert values["jeudi"] == "2026-01-22" and values["février 2022"] == "2022-02"
    for item in data["entities"] + data["quotes"] + data["times"]:
        assert data["text"][item["start"]:item["end"]] == item["text"]


@needs_seed
def test_extract_json_has_the_three_lists(seed_json: dict[str, Any]) -> None:
    data = seed_json
    assert data["title"].startswith("Witkoff rapporte") and data["language"] == "fr"
    _check_seed(data)
    assert set(data["entities"][0]) == {"start", "end", "text", "type", "entity", "name"}


@needs_seed
def test_import_enriches_and_enrich_is_versioned_and_idempotent(nd) -> None:
    nd("import", str(SEED), "--now", SEED_NOW)
    shown = json.loads(nd("show", "1", "--json").output)
    _check_seed(shown)
    before = (nd("show", "1", "--json").output, nd("entities", "--json").output,
              nd("quotes", "--json").output)
    assert "0 enriched" in nd("enrich").stderr  # import already enriched at this version
    assert "1 enriched" in nd("enrich", "--all").stderr  # the second enrichment
    assert (nd("show", "1", "--json").output, nd("entities", "--json").output,
            nd("quotes", "--json").output) == before
    persons = json.loads(nd("entities", "--type", "PER", "--json").output)
    peskov = next(e for e in persons if e["id"] == _person(shown, "Peskov"))
    assert peskov["articles"] == 1 and "fr" in peskov["names"]
    assert "Moscow" in nd("entities", "mosc").output
    quotes = json.loads(nd("quotes", "--speaker", "peskov", "--json").output)
    assert [(q["article_id"], q["text"]) for q in quotes] == [(1, PESKOV_SAYS)]
    assert "Dmitri Peskov: «Nous attendons" in nd("quotes", "--speaker", "PESKOV").output


def _jsonl(path: Path, *lines: Any) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False))
                            + "\n" for x in lines), encoding="utf-8")
    return path


@needs_seed
def test_annotate_file_to_file(nd, tmp_path: Path, seed_json: dict[str, Any]) -> None:
    seed_text = seed_json["text"]
    source = _jsonl(tmp_path / "in.jsonl",
                    {"id": "seed", "text": seed_text, "lang": "fr",
                     "published": "2026-01-21T12:00:00+01:00", "title": "Witkoff"},
                    {"id": 2, "text": "Władimir Putin spotkał się w Moskwie z Witkoffem.",
                     "lang": None, "published": None})
    out = tmp_path / "out.jsonl"
    result = nd("annotate", str(source), "-o", str(out))
    assert result.stderr == "2 annotated, 0 failed\n"  # no progress bar: not a terminal
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["seed", 2] and rows[1]["lang"] == "pl"
    _check_seed({**rows[0], "text": seed_text})
    putin = {e["entity"] for r in rows for e in r["entities"] if e["text"].endswith("Putin")
             or e["text"] == "Poutine"}
    assert len(putin) == 1  # one id across documents and languages


def test_annotate_reports_bad_lines_and_goes_on(nd, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", {"id": 1, "text": "Putin spoke.", "lang": "en"},
                    "{broken", {"id": 3, "text": 3}, {"id": 4, "text": "Kyiv.", "lang": "en"})
    result = nd("--quiet", "annotate", str(source), status=1)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 4]
    assert result.stderr.splitlines() == [
        f"newsdesk: {source}:2: not JSON: Expecting property name enclosed in double quotes "
        "at column 2", f"newsdesk: {source}:3: missing or non-string 'text'"]


def test_annotate_strict_stops_at_the_first_bad_line(nd, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", {"id": 1, "text": "Putin spoke.", "lang": "en"},
                    "[]", {"id": 3, "text": "Kyiv.", "lang": "en"})
    result = nd("annotate", "--strict", str(source), status=1)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1]
    assert result.stderr == f"newsdesk: {source}:2: a line must be a JSON object\n"


def test_help_lists_the_new_commands(nd) -> None:
    top = nd("--help").output
    for command in ("annotate", "enrich", "entities", "quotes"):
        assert command in top
        assert "Usage:" in nd(command, "--help").output
