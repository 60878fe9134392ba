"""Where cross-language links are lost: within reach, offered, accepted.

An *oracle* run (as in `train_cluster.oracle_examples`): articles in file order through the
real candidate index and window, each article then joining its gold unit's story (gold
topic x language), so every count is about one decision, not about earlier mistakes.

- `reachable`: articles with a same-topic article of another language published within
  the story window (either side; articles without a date are not counted);
- `at_arrival`: articles that find a live story of their topic in another language;
- `offered`: of those, the ones whose candidates include such a story (`missed_no_key`:
  it shares no index key with the article; `missed_ranked_out`: it shares keys but
  ranks below `max_candidates`);
- `accepted`: the model's probability for such a story is over its threshold;
  `best_is_it`: it is also the best candidate over its threshold; `best_other_story`:
  another story is (`best_other_topic`: one of another topic).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsdesk.stories.cluster import DEFAULT_WINDOW, StoryClusterer
from newsdesk.stories.features import Features
from newsdesk.stories.scorer import StoryModel
from newsdesk.stories.similarity import features_for

__all__ = ["reach_report"]


def reach_report(rows: list[dict[str, Any]], feats: list[Features],
                 model: StoryModel) -> dict[str, int]:
    """The funnel counts of one topic set under `model` (see module doc)."""
    counts = Counter({"articles": len(rows), "reachable": _reachable(rows, feats)})
    clusterer = StoryClusterer(model)
    story_of: dict[tuple[str, str], int] = {}
    unit_of: dict[int, tuple[str, str]] = {}
    for row, f in zip(rows, feats, strict=True):
        topic = row["cluster"]
        clusterer._advance(f)  # the oracle drives the clusterer's own clock and expiry
        targets = {sid for sid, (t, lang) in unit_of.items()
                   if sid in clusterer.live and t == topic and lang != f.lang}
        if targets:
            counts.update(_decision(clusterer, model, f, targets, topic, unit_of))
        unit = (topic, f.lang)
        sid = story_of.get(unit)
        if sid is None or sid not in clusterer.live:
            sid = clusterer.new_story().id
            story_of[unit], unit_of[sid] = sid, unit
        clusterer._join(clusterer.live[sid], f)
    return dict(counts)


def _decision(clusterer: StoryClusterer, model: StoryModel, f: Features, targets: set[int],
              topic: str, unit_of: dict[int, tuple[str, str]]) -> Counter[str]:
    out: Counter[str] = Counter(at_arrival=1)
    offered = [s for s in clusterer.candidates(f) if s.id in targets]
    if not offered:
        keys = set(f.keys)
        shares = any(keys & clusterer.live[sid].keys for sid in targets)
        out["missed_ranked_out" if shares else "missed_no_key"] += 1
        return out
    out["offered"] += 1
    decisions = [model.decide(*features_for(f, s)) for s in offered]
    out["accepted"] += any(p >= t for p, t in decisions)
    best, _ = clusterer.best(f)
    if best is not None:
        out["best_is_it" if best.id in targets else "best_other_story"] += 1
        out["best_other_topic"] += unit_of[best.id][0] != topic
    return out


def _reachable(rows: list[dict[str, Any]], feats: list[Features]) -> int:
    """Articles with a same-topic article of another language within the window."""
    window = DEFAULT_WINDOW.total_seconds()
    dated = [(r["cluster"], f.lang, f.time.timestamp()) for r, f in zip(rows, feats, strict=True)
             if f.time is not None]
    return sum(1 for topic, lang, ts in dated
               if any(t == topic and la != lang and abs(ts - ts2) <= window
                      for t, la, ts2 in dated))
