"""The quality gate: benchmark results checked against the minimums pinned in
`quality_gate.json`, so a drop is seen rather than read past in a table.

`extraction.py --gate` and `dates.py --gate` call these checks and exit 1 listing every
shortfall; the minimums are measured values minus a small margin for this machine's noise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GATE_FILE = Path(__file__).resolve().parent / "quality_gate.json"


def load_gate(path: Path = GATE_FILE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _f1(summary: dict[str, Any], metric: str) -> float:
    return float(summary[metric]["f1"])


def extraction_shortfalls(summaries: list[dict[str, Any]], pace: dict[str, float] | None,
                          gate: dict[str, Any]) -> list[str]:
    """Every pinned extraction minimum the run falls short of (dev sets it did not score
    are skipped: `--data` may point elsewhere)."""
    pins = gate["extraction"]
    by_key = {(s["dataset"], s["system"]): s for s in summaries}
    problems = []
    for dataset, pin in pins.items():
        ours, base = by_key.get((dataset, "newsdesk")), by_key.get((dataset, "trafilatura"))
        if not isinstance(pin, dict) or ours is None:
            continue
        metric = pin["metric"]
        f1 = _f1(ours, metric)
        if f1 < pin["f1_min"]:
            problems.append(f"{dataset}: {metric} F1 {f1:.3f} < {pin['f1_min']}")
        if base is not None and f1 - _f1(base, metric) < pin["vs_trafilatura_min"]:
            problems.append(f"{dataset}: margin over trafilatura {f1 - _f1(base, metric):.3f}"
                            f" < {pin['vs_trafilatura_min']}")
        groups = ours.get(f"{metric}_groups", {})
        for lang, floor in pin.get("per_language_f1_min", {}).items():
            if lang in groups and groups[lang]["f1"] < floor:
                problems.append(f"{dataset}: {lang} F1 {groups[lang]['f1']:.3f} < {floor}")
    if pace is not None and pace["ratio"] < pins["speed_ratio_vs_trafilatura_min"]:
        problems.append(f"speed ratio {pace['ratio']:.3f} < "
                        f"{pins['speed_ratio_vs_trafilatura_min']}")
    return problems


def dates_shortfalls(report: dict[str, Any], gate: dict[str, Any]) -> list[str]:
    """Every pinned date minimum the run falls short of."""
    pins = gate["dates"]
    problems = []
    pages = report.get("pages")
    if pages and pages["newsdesk"]["day_accuracy"] < pins["pages_day_accuracy_min"]:
        problems.append(f"pages: day accuracy {pages['newsdesk']['day_accuracy']:.4f} < "
                        f"{pins['pages_day_accuracy_min']}")
    strings = report.get("strings")
    for kind, floor in pins["strings_accuracy_min"].items():
        if strings and strings["newsdesk"].get(kind, 1.0) < floor:
            problems.append(f"strings: {kind} accuracy {strings['newsdesk'][kind]:.4f} < {floor}")
    return problems


def exit_on(problems: list[str]) -> None:
    """Print the shortfalls and exit 1, or say the gate holds."""
    import sys

    for problem in problems:
        print(f"quality gate: {problem}", file=sys.stderr)
    if problems:
        raise SystemExit(1)
    print("quality gate: every pinned minimum holds", file=sys.stderr)
