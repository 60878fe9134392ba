"""The pinned benchmark minimums are well-formed (the benchmarks themselves are not unit tests)."""

from __future__ import annotations

import json
from pathlib import Path

GATE = Path(__file__).resolve().parents[1] / "benchmarks" / "quality_gate.json"


def _is_share(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def test_quality_gate_is_well_formed() -> None:
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    extraction = gate["extraction"]
    for name in ("extraction-dev", "extraction-dev-multilingual"):
        entry = extraction[name]
        assert entry["metric"] in ("shingle", "snippet")
        assert _is_share(entry["f1_min"])
        assert isinstance(entry["vs_trafilatura_min"], int | float)
        for lang, value in entry.get("per_language_f1_min", {}).items():
            assert lang.isalpha() and _is_share(value)
    assert 0 < extraction["speed_ratio_vs_trafilatura_min"] <= 2
    dates = gate["dates"]
    assert _is_share(dates["pages_day_accuracy_min"])
    assert set(dates["strings_accuracy_min"]) == {"relative", "absolute", "in_text", "all"}
    assert all(_is_share(v) for v in dates["strings_accuracy_min"].values())
