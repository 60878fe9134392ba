"""The `story_xling_days` setting: a story gone quiet still takes another language's report.

The Zelensky–Macron meeting is told in English on day 0; a Spanish story about floods moves
the stream's clock on, and the Russian report of the meeting arrives days later. With the
default horizon (the 4-day story window) it starts a story of its own; with a longer
cross-language horizon it joins the English story, but not past that horizon, and the
Spanish floods never join it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.stories import cluster_stream
from newsdesk.stories.engine import engine_for

CASE = Path(__file__).parents[1] / "fixtures" / "stories" / "three_languages.jsonl"


def _late_report(days_late: int) -> list[str]:
    """English report on March 2; the Spanish floods and the Russian report `days_late`
    days later, in that order."""
    rows = {r["id"]: r for r in map(json.loads, CASE.read_text("utf-8").splitlines())}
    day = f"2026-03-{2 + days_late:02d}"
    rows["es"]["published"] = f"{day}T10:00:00Z"
    rows["ru"]["published"] = f"{day}T11:00:00Z"
    keep = ("id", "lang", "title", "text", "published", "source")
    return [json.dumps({k: rows[i][k] for k in keep}) for i in ("en", "es", "ru")]


def _stories(lines: list[str], xling_days: int) -> dict[str, Any]:
    return {o["id"]: o["story"] for o in cluster_stream(lines, engine=engine_for(None, xling_days))}


@pytest.mark.parametrize(("days_late", "xling_days", "joined"), [
    (6, 0, False),   # past the 4-day window: a story of its own by default
    (6, 10, True),   # inside a 10-day cross-language horizon
    (8, 10, True),
    (12, 10, False),  # past that horizon too
])
def test_a_late_report_in_another_language_joins_inside_the_horizon(
        days_late: int, xling_days: int, joined: bool) -> None:
    story = _stories(_late_report(days_late), xling_days)
    assert (story["ru"] == story["en"]) is joined
    assert story["es"] not in (story["en"], story["ru"])


def test_the_cluster_command_takes_the_setting(tmp_path: Path) -> None:
    source = tmp_path / "late.jsonl"
    source.write_text("\n".join(_late_report(8)) + "\n", encoding="utf-8")
    env = {"NEWSDESK_CONFIG": "", "HOME": str(tmp_path)}
    db = ["--db", f"sqlite:///{tmp_path / 'nd.db'}", "-q"]
    flags: list[list[str]] = [[], ["--story-xling-days", "10"]]
    runs = [CliRunner().invoke(cli, [*db, *flag, "cluster", str(source)], env=env,
                               catch_exceptions=False) for flag in flags]
    assert [r.exit_code for r in runs] == [0, 0]
    default, longer = ({o["id"]: o["story"] for o in map(json.loads, r.stdout.splitlines())}
                       for r in runs)
    assert default["ru"] != default["en"] and longer["ru"] == longer["en"]


def test_a_bad_horizon_is_named() -> None:
    result = CliRunner().invoke(cli, ["--story-xling-days", "365", "cluster", "-"],
                                input="", env={"NEWSDESK_CONFIG": ""})
    assert result.exit_code != 0
    assert "story_xling_days" in result.stderr and "between 0 and 90 days" in result.stderr
