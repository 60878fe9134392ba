"""Publication dates and relative date strings: newsdesk against its baselines, same run.

Pages (`htmldate_eval_dev.jsonl.gz`, rows {id, url, html, gold, lang}): day accuracy of
`extract_html(...).published` against `htmldate.find_date(extensive_search=True)`.
Strings (`dateparser_cases_dev.jsonl`, rows {text, reference_time, lang, gold, granularity,
task}): `resolve_relative_time` against plain `dateparser.parse` with RELATIVE_BASE, scored
per task (relative / absolute / in_text) at the case's granularity.

    python benchmarks/dates.py [--data DIR_OR_FILE] [--json] [--gate]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from gate import dates_shortfalls, exit_on, load_gate

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dates-dev"
PAGES_FILE = "htmldate_eval_dev.jsonl.gz"
CASES_FILE = "dateparser_cases_dev.jsonl"
NO_REFERENCE = "2024-01-01T00:00:00"  # absolute cases carry none; any moment will do
_COARSE = ("day", "week", "month", "year", None)


def page_scores(rows: list[dict[str, Any]]) -> dict[str, Any]:
    import htmldate

    from newsdesk.errors import ExtractError
    from newsdesk.extract import extract_html

    right = Counter()
    seconds = Counter()
    for row in rows:
        start = time.perf_counter()
        try:
            published = extract_html(row["html"], row["url"]).published
        except ExtractError:
            published = None
        middle = time.perf_counter()
        baseline = htmldate.find_date(row["html"], extensive_search=True, url=row["url"])
        seconds["newsdesk"] += middle - start
        seconds["htmldate"] += time.perf_counter() - middle
        right["newsdesk"] += bool(published and published.date().isoformat() == row["gold"])
        right["htmldate"] += baseline == row["gold"]
    return {name: {"day_accuracy": right[name] / len(rows), "pages_per_s":
                   len(rows) / seconds[name] if seconds[name] else 0.0}
            for name in ("newsdesk", "htmldate")} | {"n": len(rows)}


def case_scores(cases: list[dict[str, Any]]) -> dict[str, Any]:
    import dateparser

    from newsdesk.extract import resolve_relative_time

    totals: Counter[str] = Counter()
    right: dict[str, Counter[str]] = {"newsdesk": Counter(), "dateparser": Counter()}
    for case in cases:
        reference = datetime.fromisoformat(case["reference_time"] or NO_REFERENCE)
        ours = resolve_relative_time(case["text"], reference)
        base = dateparser.parse(case["text"], settings={"RELATIVE_BASE": reference})
        totals[case["task"]] += 1
        right["newsdesk"][case["task"]] += _same(ours, case)
        right["dateparser"][case["task"]] += _same(base, case)
    result: dict[str, Any] = {"n": dict(totals)}
    for name, counts in right.items():
        result[name] = {task: counts[task] / totals[task] for task in totals}
        result[name]["all"] = sum(counts.values()) / sum(totals.values())
    return result


def _same(value: datetime | None, case: dict[str, Any]) -> bool:
    """Right at the case's granularity: the day for coarse cases, the minute otherwise."""
    if value is None:
        return False
    got = value.replace(tzinfo=None).isoformat()
    width = 10 if case["granularity"] in _COARSE else 16
    return got[:width] == case["gold"][:width]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the dates-dev folder, or one of its two files")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 when a minimum pinned in quality_gate.json is not met")
    args = parser.parse_args()
    folder = args.data if args.data.is_dir() else args.data.parent
    report: dict[str, Any] = {}
    pages = folder / PAGES_FILE
    if pages.exists() and (args.data.is_dir() or args.data == pages):
        with gzip.open(pages, "rt", encoding="utf-8") as handle:
            report["pages"] = page_scores([json.loads(line) for line in handle])
    cases = folder / CASES_FILE
    if cases.exists() and (args.data.is_dir() or args.data == cases):
        lines = cases.read_text(encoding="utf-8").splitlines()
        report["strings"] = case_scores([json.loads(line) for line in lines if line.strip()])
    print(json.dumps(report, indent=1 if args.json else None))
    if args.gate:
        exit_on(dates_shortfalls(report, load_gate()))


if __name__ == "__main__":
    main()
