"""Quote extraction and speaker attribution against gold quote spans.

    python benchmarks/quotes.py [--data ../shared/data/quotes-dev] [--json]

`--data` is a JSONL file or a folder of them; each row is
{id, text, lang, quotes: [{start, end, speaker, speaker_spans: [[s, e], ...]}]}.

Matching: a predicted quote matches a gold one when their character spans overlap by at least
0.3 of their union (intersection / union, one-to-one, best overlaps first). Speaker accuracy
is over matched gold quotes that have a speaker: right when the predicted speaker's span
overlaps a gold speaker span, or its string equals the gold speaker string (case-insensitive)
or is contained in it / contains it. Quotes split by their attribution are predicted one
piece per contiguous stretch, while a discontinuous gold quote (`discontinuous`, with
`segments`) spans from its first piece to its last: consecutive pieces with the same speaker
mention that lie within such a gold quote are joined into one prediction before matching;
any other piece overlapping the segments of a gold quote already matched counts neither way.
Annotation scope: a file whose rows say they annotate direct speech only (Redewiedergabe:
"direct speech/thought/writing only") is scored on the predicted direct quotes only; a
reported-speech prediction there is outside what the gold marks, neither hit nor false alarm.
Same-run baseline: the text between any pair of quote marks, with no speaker, scored the
same way.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsdesk.enrich.quotes import find_quotes
from newsdesk.model import Quote

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes-dev"
MIN_IOU = 0.3
_DIRECT_ONLY = re.compile(r"\bdirect\b[^;]*\bonly\b", re.IGNORECASE)
_NAIVE = re.compile(r"[«»„“”\"]([^«»„“”\"\n]+)[«»„“”\"]")


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def report(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_right / self.with_speaker if self.with_speaker else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                "speaker_accuracy": round(acc, 3), "predicted": self.predicted,
                "gold": self.gold, "matched": self.matched, "with_speaker": self.with_speaker}


def load(data: Path) -> dict[str, list[dict[str, Any]]]:
    files = sorted(data.glob("*.jsonl")) if data.is_dir() else [data]
    if not files:
        sys.exit(f"benchmark: {data}: no .jsonl files")
    return {f.name: [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
            for f in files}


def naive(text: str) -> list[Quote]:
    return [Quote(m.start(1), m.end(1), m.group(1), True) for m in _NAIVE.finditer(text)]


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def in_scope(row: dict[str, Any], predicted: list[Quote]) -> list[Quote]:
    """The predictions the row's annotation covers: direct ones where only those are gold."""
    if _DIRECT_ONLY.search(str(row.get("note") or "")):
        return [q for q in predicted if q.direct]
    return predicted


def score_row(row: dict[str, Any], predicted: list[Quote]) -> Score:
    gold = row["quotes"]
    predicted = join_pieces(in_scope(row, predicted), gold)
    pairs = sorted(((iou((p.start, p.end), (g["start"], g["end"])), i, j)
                    for i, p in enumerate(predicted) for j, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    score = Score(predicted=len(predicted), gold=len(gold))
    for overlap, i, j in pairs:
        if overlap < MIN_IOU or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        score.matched += 1
        if gold[j].get("speaker"):
            score.with_speaker += 1
            score.speaker_right += speaker_right(predicted[i], gold[j])
    score.predicted -= sum(1 for i, p in enumerate(predicted)
                           if i not in used_p and is_other_piece(p, [gold[j] for j in used_g]))
    return score


def join_pieces(predicted: list[Quote], gold: list[dict[str, Any]]) -> list[Quote]:
    """Pieces of one quote split by its attribution («A», said X, «B») become one prediction
    when a discontinuous gold quote spans both: the gold marks such a quote as one, from its
    first piece to its last, so the pieces are scored together against it."""
    spans = [(g["start"], g["end"]) for g in gold if g.get("discontinuous")]
    joined: list[Quote] = []
    for quote in sorted(predicted, key=lambda q: q.start):
        last = joined[-1] if joined else None
        if last and last.speaker_start is not None and last.speaker_start == quote.speaker_start \
                and any(a <= last.start and quote.end <= b for a, b in spans):
            joined[-1] = replace(last, end=quote.end, text=last.text + " " + quote.text)
        else:
            joined.append(quote)
    return joined


def is_other_piece(pred: Quote, matched: list[dict[str, Any]]) -> bool:
    """A second piece of a quote split by its attribution, whose gold quote already matched
    another piece: neither a hit nor a false alarm."""
    return any(iou((pred.start, pred.end), tuple(seg)) >= MIN_IOU
               for g in matched if g.get("discontinuous") for seg in g.get("segments") or [])


def speaker_right(pred: Quote, gold: dict[str, Any]) -> bool:
    if pred.speaker is None:
        return False
    if pred.speaker_start is not None and pred.speaker_end is not None:
        for start, end in gold.get("speaker_spans") or []:
            if min(end, pred.speaker_end) > max(start, pred.speaker_start):
                return True
    said, want = pred.speaker.lower(), str(gold["speaker"]).lower()
    return said == want or (len(said) > 2 and (said in want or want in said))


def run(data: Path) -> dict[str, Any]:
    per_file: dict[str, Any] = {}
    total, base_total = Score(), Score()
    seconds = 0.0
    for name, rows in load(data).items():
        ours, base = Score(), Score()
        for row in rows:
            began = time.perf_counter()
            predicted = find_quotes(row["text"], row.get("lang"))
            seconds += time.perf_counter() - began
            ours.add(score_row(row, predicted))
            base.add(score_row(row, naive(row["text"])))
        per_file[name] = {"newsdesk": ours.report(), "baseline": base.report()}
        total.add(ours)
        base_total.add(base)
    return {"files": per_file, "overall": {"newsdesk": total.report(),
                                           "baseline": base_total.report()},
            "min_iou": MIN_IOU, "seconds": round(seconds, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = run(args.data)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    rows = [*result["files"].items(), ("OVERALL", result["overall"])]
    print(f"{'file':40} {'system':9} {'P':>6} {'R':>6} {'F1':>6} {'spkAcc':>7}")
    for name, systems in rows:
        for system, rep in systems.items():
            print(f"{name:40} {system:9} {rep['precision']:6.3f} {rep['recall']:6.3f} "
                  f"{rep['f1']:6.3f} {rep['speaker_accuracy']:7.3f}")
    print(f"min IoU {result['min_iou']}; newsdesk time {result['seconds']} s")


if __name__ == "__main__":
    main()
