"""Main-text extraction: newsdesk's `extract_text` against plain trafilatura, same run.

Both systems go through the shared scorer (`shared/tools/eval_extract.py`, the ScrapingHub
shingle metric plus trafilatura-style snippets), one worker each, on the same pages, so the
F1/P/R, the per-language scores and the pages/s (single-core throughput) compare directly.

    python benchmarks/extraction.py [--data DIR ...] [--json] [--speed-rounds N] [--gate]
    python benchmarks/extraction.py --dump [--data DIR] [--page ID ...]   # per-page errors

Default data: both dev folders (`shared/data/extraction-dev`, `…-multilingual`).
The scorer runs the two systems one after the other, so on a shared machine its pages/s
swing with the other jobs; the speed line below the table is steadier: each page goes
through both systems in turn (order alternating), timed in CPU time (`time.process_time`),
after a warm-up pass, over several rounds (`--speed-rounds`, 0 to skip).
This module is also the baseline's home: the scorer loads `extraction:trafilatura_default`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gate import exit_on, extraction_shortfalls, load_gate

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "eval_extract.py"
DEFAULT_DATA = [SHARED / "data" / "extraction-dev", SHARED / "data" / "extraction-dev-multilingual"]
SYSTEMS = {
    "newsdesk": "newsdesk.extract:extract_text",
    "trafilatura": "extraction:trafilatura_default",
}


def trafilatura_default(html: str) -> str:
    """The baseline: trafilatura.extract with its default settings."""
    import trafilatura

    return trafilatura.extract(html) or ""


def run(data: list[Path], workers: int = 1) -> list[dict[str, Any]]:
    """The scorer's summaries (one per system and dataset), grouped by language."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        command = [sys.executable, str(SCORER), *map(str, data), "--pythonpath",
                   str(Path(__file__).resolve().parent), "--workers", str(workers),
                   "--group-by", "lang", "--out", str(out)]
        for name, spec in SYSTEMS.items():
            command += ["-s", f"{name}={spec}"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        summaries: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return summaries


def table(summaries: list[dict[str, Any]]) -> str:
    """A plain-text table: main metric per dataset, then one row per language."""
    header = f"{'system':12} {'dataset':30} {'metric':8} {'F1':>6} {'P':>6} {'R':>6}"
    lines = [f"{header} {'pages/s':>8}"]
    for s in summaries:
        metric = "shingle" if s.get("shingle") else "snippet"
        main = s[metric]
        lines.append(f"{s['system']:12} {s['dataset']:30} {metric:8} {main['f1']:6.3f} "
                     f"{main['precision']:6.3f} {main['recall']:6.3f} {s['pages_per_s']:8.1f}")
        for lang, group in sorted((s.get(f"{metric}_groups") or {}).items()):
            lines.append(f"{'':12} {'  lang=' + lang:30} {metric:8} {group['f1']:6.3f} "
                         f"{group['precision']:6.3f} {group['recall']:6.3f}")
    return "\n".join(lines)


def speed(data: list[Path], rounds: int = 3) -> dict[str, float]:
    """CPU-time pages/s of both systems, interleaved page by page (see the module doc)."""
    from newsdesk.extract import extract_text

    scorer = _scorer()
    paths = [path for folder in data for _, path in scorer.load_dataset(folder)[2]]
    pages = [scorer.read_page(path) for path in paths]

    def newsdesk(html: str) -> str:
        try:
            return extract_text(html)
        except Exception:  # a failed page costs its time, as in the scorer
            return ""

    systems: dict[str, Callable[[str], str]] = {
        "newsdesk": newsdesk, "trafilatura": trafilatura_default,
    }
    for html in pages:  # warm-up: imports, compiled patterns, lazily built tables
        for run_one in systems.values():
            run_one(html)
    spent = dict.fromkeys(systems, 0.0)
    for round_no in range(rounds):
        for index, html in enumerate(pages):
            order = list(systems) if (index + round_no) % 2 == 0 else list(reversed(systems))
            for name in order:
                start = time.process_time()
                systems[name](html)
                spent[name] += time.process_time() - start
    result = {f"{name}_pages_per_cpu_s": len(pages) * rounds / spent[name] for name in systems}
    result["ratio"] = spent["trafilatura"] / spent["newsdesk"]
    return result


def _scorer() -> Any:
    """The shared scorer as a module: its tokenizer and shingles define what an error is."""
    sys.path.insert(0, str(SCORER.parent))
    import eval_extract

    return eval_extract


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _outside(paragraphs: list[str], other: str, scorer: Any) -> list[str]:
    """Paragraphs whose shingles mostly miss `other`: the block-level errors.

    Shingles run across paragraph ends, as in the scorer (which tokenizes the whole text),
    so each shingle is judged in the whole text and counted for the paragraph it starts in.
    """
    pool = scorer.shingles(scorer.tokens(other))
    owner: list[int] = []
    for index, para in enumerate(paragraphs):
        owner += [index] * len(scorer.tokens(para))
    toks = scorer.tokens("\n".join(paragraphs))
    n = scorer.NGRAM
    hits, totals = [0] * len(paragraphs), [0] * len(paragraphs)
    for start in range(max(1, len(toks) - n + 1)):
        gram = tuple(toks[start : start + n])
        totals[owner[start]] += 1
        if pool[gram] > 0:
            pool[gram] -= 1
            hits[owner[start]] += 1
    return [p for p, h, t in zip(paragraphs, hits, totals, strict=True) if t and h < 0.5 * t]


def error_dump(folder: Path, pages: list[str] | None = None) -> str:
    """Per page: shingle F1, then predicted paragraphs not in the reference (false positives,
    "+") and reference paragraphs the prediction misses ("-"), worst pages first."""
    from newsdesk.extract import extract_text

    scorer = _scorer()
    truth, _, files = scorer.load_dataset(folder)
    rows = []
    for pid, path in files:
        reference = truth[pid].get("articleBody")
        if reference is None or (pages and pid not in pages):
            continue
        try:
            predicted = extract_text(scorer.read_page(path))
        except Exception as exc:  # a crash is an empty prediction, as in the scorer
            predicted = f"<{type(exc).__name__}>"
        triple, _ = scorer.shingle_counts(reference, predicted)
        p, r = scorer._prec(*triple), scorer._rec(*triple)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines = [f"== {pid} F1 {f1:.3f} P {p:.3f} R {r:.3f}  {truth[pid].get('url', '')}"]
        lines += [f"  + {x[:300]}" for x in _outside(_paragraphs(predicted), reference, scorer)]
        lines += [f"  - {x[:300]}" for x in _outside(_paragraphs(reference), predicted, scorer)]
        rows.append((f1, "\n".join(lines)))
    return "\n".join(text for _, text in sorted(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, action="append", help="dataset folder (repeatable)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    parser.add_argument("--dump", action="store_true", help="per-page error dump (shingle sets)")
    parser.add_argument("--page", action="append", help="with --dump: only these page ids")
    parser.add_argument("--speed-rounds", type=int, default=None,
                        help="rounds of the interleaved CPU-time speed measurement (0: skip; "
                             "default 3, or 0 with --json, whose output stays the summary list)")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 when a minimum pinned in quality_gate.json is not met")
    args = parser.parse_args()
    if args.dump:
        print(error_dump((args.data or DEFAULT_DATA)[0], args.page))
        return
    summaries = run(args.data or DEFAULT_DATA, args.workers)
    rounds = args.speed_rounds if args.speed_rounds is not None else 0 if args.json else 3
    pace = speed(args.data or DEFAULT_DATA, rounds) if rounds > 0 else None
    if args.json:
        print(json.dumps({"summaries": summaries, "speed": pace} if pace else summaries, indent=1))
    else:
        print(table(summaries))
        if pace:
            print(f"\nCPU time, interleaved, {rounds} rounds: newsdesk "
                  f"{pace['newsdesk_pages_per_cpu_s']:.1f} pages/s, trafilatura "
                  f"{pace['trafilatura_pages_per_cpu_s']:.1f} pages/s (ratio {pace['ratio']:.3f})")
    if args.gate:
        exit_on(extraction_shortfalls(summaries, pace, load_gate()))


if __name__ == "__main__":
    main()
