"""Synthetic load for the story clusterer, and the plain baseline it is compared with.

Throughput of the assignment step with 100k live stories (features prebuilt), live
stories over a long synthetic stream (memory follows the window), and a plain online
TF-IDF clusterer for reference. Used by `clustering.py`.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.stories.cluster import StoryClusterer
from newsdesk.stories.features import Features
from newsdesk.stories.scorer import load_model

__all__ = ["memory_over_time", "run_baseline", "throughput"]


def run_baseline(rows: list[dict[str, Any]], threshold: float = 0.3) -> dict[str, str]:
    """Plain online TF-IDF: online IDF, centroid cosine, best cluster over a threshold."""
    df: Counter[str] = Counter()
    centroids: list[Counter[str]] = []
    out = {}
    for n, r in enumerate(rows, 1):
        tf = Counter(w for w in ((r.get("title") or "") + " " + r["text"]).lower().split()
                     if w.isalnum())
        df.update(tf.keys())
        vec = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 0.5)) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {w: v / norm for w, v in vec.items()}
        best, best_cos = -1, threshold
        for i, cen in enumerate(centroids):
            cnorm = math.sqrt(sum(v * v for v in cen.values())) or 1.0
            cos = sum(v * cen.get(w, 0.0) for w, v in vec.items()) / cnorm
            if cos >= best_cos:
                best, best_cos = i, cos
        if best < 0:
            centroids.append(Counter())
            best = len(centroids) - 1
        centroids[best].update(vec)
        out[r["id"]] = f"b{best}"
    return out


def throughput(live: int = 100_000, articles: int = 2_000, seed: int = 7) -> dict[str, Any]:
    """Assignment step only (features prebuilt) with `live` synthetic live stories."""
    rng = random.Random(seed)
    clusterer = StoryClusterer(load_model(), window=timedelta(days=3650), max_live=live + articles)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(live):
        story = clusterer.new_story()
        f = _synthetic(rng, f"l{i}", start)
        clusterer._join(story, f)
    t0 = time.perf_counter()
    for i in range(articles):
        clusterer.add(_synthetic(rng, f"a{i}", start))
    rate = articles / (time.perf_counter() - t0)
    return {"live_stories": live, "articles": articles, "articles_per_s": round(rate, 1)}


def memory_over_time(days: int = 60, per_day: int = 300, seed: int = 3) -> dict[str, Any]:
    """Live stories over a long synthetic stream: flat once the window is full."""
    rng = random.Random(seed)
    clusterer = StoryClusterer(load_model(), window=timedelta(days=4))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    peak, by_day = 0, []
    for d in range(days):
        for i in range(per_day):
            clusterer.add(_synthetic(rng, f"{d}-{i}", start + timedelta(days=d, seconds=i)))
            peak = max(peak, len(clusterer.live))
        by_day.append(len(clusterer.live))
        clusterer.take_expired()
    return {"days": days, "articles": days * per_day, "live_at_day_10_30_60":
            [by_day[9], by_day[29], by_day[-1]], "peak_live": peak,
            "index_keys": len(clusterer.index)}


def _synthetic(rng: random.Random, fid: str, when: datetime) -> Features:
    """A random article over a Zipf-like vocabulary of 50k words and 20k entities."""
    def zipf(n: int, k: int, prefix: str) -> dict[str, float]:
        keys = {f"{prefix}{int(n ** rng.random()) }" for _ in range(k)}
        return {key: 1 / math.sqrt(len(keys)) for key in keys}
    terms, ents, names = zipf(50_000, 60, "w"), zipf(20_000, 6, "E"), zipf(30_000, 20, "g")
    f = Features(fid, rng.choice(["en", "de", "fr", "ru"]), when, terms, ents, names,
                 frozenset(), frozenset())
    f.keys = ([f"e:{k}" for k in ents] + [f"g:{k}" for k in list(names)[:6]]
              + [f"t:{k}" for k in list(terms)[:12]])
    return f
