"""Time expressions: TempEval-3 scores of `find_times`, and dateparser-style phrase accuracy.

    python benchmarks/times.py [--data PATH] [--cases PATH] [--json]

`--data` is a TempEval-3 JSONL (rows {id, text, reference_time, gold_dates,
gold_other_timex}). Gold = every TIMEX3 of the text, as TempEval-3 scores them: DATE and
TIME (`gold_dates`) plus DURATION and SET (`gold_other_timex`); the data README excludes
no type. `--no-set` leaves SET out (a prediction overlapping a SET span then counts
neither way), to compare with earlier runs. Values are compared as strings after padding
week numbers (gold "2000-W7" == "2000-W07").
Scores: strict (same span) and relaxed (any overlap, one-to-one) detection P/R/F1, value
accuracy over relaxed matches, value F1 = relaxed F1 x value accuracy (TempEval-3's
attribute F1; equal to 2 x right values / (predicted + gold)). `--errors` prints every
missed, spurious and wrongly valued expression with its context, for error analysis.
Same-run baseline: dateparser.search.search_dates resolved against reference_time.
`--cases` is the dateparser cases JSONL; accuracy per task (relative/absolute: resolve_phrase
datetime equal to gold; in_text: first find_times value is a prefix of gold's date).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.enrich.times import find_times, resolve_phrase

DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "dates-dev"
Span = tuple[int, int, str]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def when(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def norm_value(value: str) -> str:
    return re.sub(r"W(\d)(?!\d)", r"W0\1", value)


def gold_spans(row: dict[str, Any], with_set: bool = True
               ) -> tuple[list[Span], list[tuple[int, int]]]:
    """Gold (start, end, value) spans, and the SET spans left out when `with_set` is off."""
    gold = [(g["start"], g["end"], str(g.get("date") or g.get("value"))) for g in row["gold_dates"]]
    sets = []
    for g in row["gold_other_timex"]:
        if g["type"] == "SET" and not with_set:
            sets.append((g["start"], g["end"]))
        else:
            gold.append((g["start"], g["end"], str(g.get("value"))))
    return gold, sets


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span | None]]:
    """Each gold span with the first unused prediction overlapping it (one-to-one)."""
    used: set[int] = set()
    pairs: list[tuple[Span, Span | None]] = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and overlaps(g[:2], p[:2])),
                   None)
        if hit is not None:
            used.add(hit)
        pairs.append((g, None if hit is None else pred[hit]))
    return pairs


def score(rows: list[dict[str, Any]], predict: Any, with_set: bool = True) -> dict[str, float]:
    n_gold = n_pred = strict = relaxed = right = 0
    for row in rows:
        gold, sets = gold_spans(row, with_set)
        pred = [p for p in predict(row) if not any(overlaps(p[:2], s) for s in sets)]
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        for g, p in match(gold, pred):
            if p is not None:
                relaxed += 1
                strict += g[:2] == p[:2]
                right += norm_value(g[2]) == norm_value(p[2])
    out: dict[str, float] = {"gold": n_gold, "predicted": n_pred}
    for name, hits in (("strict", strict), ("relaxed", relaxed)):
        p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
        out |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": 2 * p * r / max(p + r, 1e-9)}
    out["value_accuracy"] = right / max(relaxed, 1)
    out["value_f1"] = out["relaxed_f1"] * out["value_accuracy"]
    return {k: round(v, 4) for k, v in out.items()}


def ours(row: dict[str, Any]) -> list[Span]:
    found = find_times(row["text"], row.get("lang") or "en", when(row["reference_time"]))
    return [(t.start, t.end, t.value) for t in found]


def baseline(row: dict[str, Any]) -> list[Span]:
    from dateparser.search import search_dates

    ref = when(row["reference_time"])
    settings = {"RELATIVE_BASE": ref.replace(tzinfo=None)} if ref else {}
    found = search_dates(row["text"], languages=[row.get("lang") or "en"], settings=settings)
    spans, cursor = [], 0
    for fragment, moment in found or []:
        start = row["text"].find(fragment, cursor)
        if start < 0:
            continue
        cursor = start + len(fragment)
        value = fragment if re.fullmatch(r"\d{4}", fragment) else moment.date().isoformat()
        spans.append((start, cursor, value))
    return spans


def print_errors(rows: list[dict[str, Any]], with_set: bool) -> None:
    """MISS / FP / VALUE lines with 50 characters of context, for error analysis."""
    for row in rows:
        text, gold, sets = row["text"], *gold_spans(row, with_set)
        pred = [p for p in ours(row) if not any(overlaps(p[:2], s) for s in sets)]
        pairs = match(gold, pred)
        matched = {p for _, p in pairs if p is not None}
        lines = [(g, p) for g, p in pairs if p is None or norm_value(g[2]) != norm_value(p[2])]
        lines += [(None, p) for p in pred if p not in matched]
        for g, p in lines:
            span = g or p
            assert span is not None
            ctx = text[max(0, span[0] - 50):span[1] + 30].replace("\n", " ")
            kind = "MISS " if p is None else "FP   " if g is None else "VALUE"
            got = f"{text[p[0]:p[1]]!r}={p[2]}" if p else ""
            want = f"{text[g[0]:g[1]]!r}={g[2]}" if g else ""
            print(f"{kind} {row['reference_time']} gold {want} | ours {got} | {ctx}")


def case_ok(row: dict[str, Any]) -> bool:
    gold = datetime.fromisoformat(row["gold"])
    ref = when(row["reference_time"]) or datetime(2000, 1, 1, tzinfo=UTC)
    if row["task"] == "in_text":
        found = find_times(row["text"], row["lang"], ref)
        return bool(found) and gold.isoformat().startswith(found[0].value)
    got = resolve_phrase(row["text"], row["lang"], ref)
    return got is not None and got.replace(tzinfo=None) == gold


def run_cases(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tasks: dict[str, list[int]] = {}
    failures = []
    for row in rows:
        ok = case_ok(row)
        tasks.setdefault(row["task"], [0, 0])[0] += ok
        tasks[row["task"]][1] += 1
        if not ok:
            failures.append(f"{row['task']} {row['lang']} {row['text']!r}")
    return {"accuracy": {t: round(a / n, 4) for t, (a, n) in tasks.items()},
            "counts": {t: n for t, (_, n) in tasks.items()}, "failures": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR / "tempeval3_aquaint_en_dev.jsonl")
    parser.add_argument("--cases", type=Path, default=DATA_DIR / "dateparser_cases_dev.jsonl")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-set", action="store_true", help="leave SET timexes out")
    parser.add_argument("--errors", action="store_true", help="print per-item errors")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"benchmark: {args.data}: not found")
    rows = load(args.data)
    with_set = not args.no_set
    if args.errors:
        print_errors(rows, with_set)
        return
    started = time.perf_counter()
    report: dict[str, Any] = {"data": str(args.data), "documents": len(rows),
                              "with_set": with_set, "newsdesk": score(rows, ours, with_set)}
    report["seconds"] = round(time.perf_counter() - started, 2)
    report["baseline_dateparser"] = score(rows, baseline, with_set)
    if args.cases.exists():
        report["phrases"] = run_cases(load(args.cases))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for name in ("newsdesk", "baseline_dateparser"):
        print(name, " ".join(f"{k}={v}" for k, v in report[name].items()))
    if "phrases" in report:
        print("phrases", report["phrases"]["accuracy"], report["phrases"]["counts"])


if __name__ == "__main__":
    main()
