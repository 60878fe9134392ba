"""Enrichment speed and memory: articles per second per core, and steady RSS.

One process, one `Enricher` (as `newsdesk annotate` and the pipeline use it), over the
texts of the dev sets: SlavicNER (`ner-dev/slavicner_dev.jsonl`), the clustering dev sets
(`clustering-dev/*.jsonl`) and German from WikiNEuRal (`ner-dev/wikineural_de_*.conll`,
sentences joined into documents) — every language of the 12 that the data has.

Warm-up enriches one document per language, so every language's resources are loaded;
then RSS is read (VmRSS of /proc/self/status: the steady size with all languages in use)
and every document is enriched once. Speed is reported per CPU-second of this process
(the machine is shared, so wall time is noisier) and normalised to 500-word articles:
(words / 500) / CPU seconds. maxrss (getrusage) is the peak over the whole run.

    python benchmarks/enrich_speed.py [--data FILE.jsonl ...] [--spacy auto|never]
                                      [--per-lang N] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TARGET_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "uk", "ru", "bg")
DEFAULT_FILES = [DATA / "ner-dev" / "slavicner_dev.jsonl",
                 *sorted((DATA / "clustering-dev").glob("*.jsonl")),
                 DATA / "ner-dev" / "wikineural_de_val_sample100.conll"]
WORDS_PER_ARTICLE = 500


def load(paths: list[Path], per_lang: int) -> list[dict[str, Any]]:
    """Up to `per_lang` documents of each target language: {text, lang, published}."""
    docs: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    for path in paths:
        rows = _conll_docs(path) if path.suffix == ".conll" else _jsonl(path)
        for row in rows:
            lang = row.get("lang")
            if lang in TARGET_LANGS and seen[lang] < per_lang and row.get("text"):
                seen[lang] += 1
                docs.append({"text": row["text"], "lang": lang,
                             "published": _when(row.get("published"))})
    return docs


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _conll_docs(path: Path, sentences_per_doc: int = 20) -> list[dict[str, Any]]:
    """CoNLL sentences (token per line, blank line between) joined into documents."""
    lang = path.name.split("_")[1]
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            tokens.append(line.split()[0] if "\t" not in line else line.split("\t")[1])
        elif tokens:
            sentences.append(" ".join(tokens))
            tokens = []
    if tokens:
        sentences.append(" ".join(tokens))
    return [{"lang": lang, "text": " ".join(sentences[i:i + sentences_per_doc])}
            for i in range(0, len(sentences), sentences_per_doc)]


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(docs: list[dict[str, Any]], spacy: str) -> dict[str, Any]:
    from newsdesk.enrich import Enricher

    start = time.process_time()
    enricher = Enricher(use_spacy=None if spacy == "auto" else False)
    first: dict[str, dict[str, Any]] = {}
    for doc in docs:
        first.setdefault(doc["lang"], doc)
    for doc in first.values():  # warm-up: every language's resources loaded
        enricher.observe(doc["text"], doc["lang"])
        enricher.enrich(doc["text"], doc["lang"], doc["published"])
    warmup = time.process_time() - start
    steady = vm_rss_mb()
    per_lang: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for doc in docs:
        t0 = time.process_time()
        enricher.observe(doc["text"], doc["lang"])
        enricher.enrich(doc["text"], doc["lang"], doc["published"])
        spent = per_lang[doc["lang"]]
        spent[0] += 1
        spent[1] += len(doc["text"].split())
        spent[2] += time.process_time() - t0
    docs_n = sum(v[0] for v in per_lang.values())
    words = sum(v[1] for v in per_lang.values())
    seconds = sum(v[2] for v in per_lang.values())
    return {
        "spacy": spacy, "version": enricher.version, "documents": int(docs_n),
        "languages": sorted(per_lang), "missing_languages":
            [lang for lang in TARGET_LANGS if lang not in per_lang],
        "words": int(words), "cpu_seconds": round(seconds, 2), "warmup_cpu_seconds":
            round(warmup, 2),
        "articles_per_second": round(docs_n / seconds, 1),
        "articles_500w_per_second": round(words / WORDS_PER_ARTICLE / seconds, 1),
        "per_language_500w_per_second": {
            lang: round(v[1] / WORDS_PER_ARTICLE / v[2], 1) for lang, v in sorted(
                per_lang.items())},
        "steady_rss_mb": round(steady, 1), "end_rss_mb": round(vm_rss_mb(), 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="*", default=DEFAULT_FILES,
                        help="JSONL files of {text, lang, published} (or .conll files)")
    parser.add_argument("--spacy", choices=["auto", "never"], default="never")
    parser.add_argument("--per-lang", type=int, default=60, help="documents per language")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    result = run(load(args.data, args.per_lang), args.spacy)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
