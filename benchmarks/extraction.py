"""Main-text extraction: newsdesk's `extract_text` against plain trafilatura, same run.

Both systems go through the shared scorer (`shared/tools/eval_extract.py`, the ScrapingHub
shingle metric plus trafilatura-style snippets), one worker each, on the same pages, so the
F1/P/R, the per-language scores and the pages/s (single-core throughput) compare directly.

    python benchmarks/extraction.py [--data DIR ...] [--json]

Default data: both dev folders (`shared/data/extraction-dev`, `…-multilingual`).
This module is also the baseline's home: the scorer loads `extraction:trafilatura_default`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, action="append", help="dataset folder (repeatable)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = parser.parse_args()
    summaries = run(args.data or DEFAULT_DATA, args.workers)
    print(json.dumps(summaries, indent=1) if args.json else table(summaries))


if __name__ == "__main__":
    main()
