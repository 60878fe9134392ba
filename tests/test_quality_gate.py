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


def _gate_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("gate", GATE.parent / "gate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _summary(dataset: str, system: str, f1: float, groups: dict[str, float]) -> dict:
    return {"dataset": dataset, "system": system, "snippet": {"f1": f1},
            "snippet_groups": {lang: {"f1": v} for lang, v in groups.items()}}


def test_gate_names_every_shortfall() -> None:
    gate = _gate_module()
    pins = {"extraction": {"extraction-dev-multilingual": {
        "metric": "snippet", "f1_min": 0.95, "vs_trafilatura_min": 0.02,
        "per_language_f1_min": {"es": 0.92}}, "speed_ratio_vs_trafilatura_min": 1.0}}
    good = [_summary("extraction-dev-multilingual", "newsdesk", 0.96, {"es": 0.93}),
            _summary("extraction-dev-multilingual", "trafilatura", 0.91, {"es": 0.9})]
    assert gate.extraction_shortfalls(good, {"ratio": 1.1}, pins) == []
    bad = [_summary("extraction-dev-multilingual", "newsdesk", 0.94, {"es": 0.90}),
           _summary("extraction-dev-multilingual", "trafilatura", 0.93, {"es": 0.9})]
    problems = gate.extraction_shortfalls(bad, {"ratio": 0.9}, pins)
    assert len(problems) == 4
    assert any("es F1 0.900 < 0.92" in p for p in problems)


def test_gate_holds_the_dates_minimums() -> None:
    gate = _gate_module()
    pins = json.loads(GATE.read_text(encoding="utf-8"))
    report = {"pages": {"newsdesk": {"day_accuracy": 0.5}},
              "strings": {"newsdesk": {"relative": 1.0, "absolute": 1.0, "in_text": 1.0,
                                       "all": 1.0}}}
    assert gate.dates_shortfalls(report, pins) == [
        f"pages: day accuracy 0.5000 < {pins['dates']['pages_day_accuracy_min']}"]
