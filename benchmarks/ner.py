"""Named entities: mention F1 and cross-document entity identity (B-cubed) of `EntityRecognizer`.

    python benchmarks/ner.py [--data PATH] [--json] [--spacy auto|never] [--no-observe]
                             [--errors N] [--lang LANG] [--confusion]

`--data`: SlavicNER JSONL (rows {id, lang, text, entities: [{start, end, text, type,
entity_id}]}, the default), a WikiNEuRal CoNLL file (`idx<TAB>token<TAB>BIO`, one sentence per
block, language from the file name) or a HIPE-2022 TSV (coarse literal types, Wikidata ids
as entity ids; NIL and missing ids count as singletons). Texts are rebuilt from the tokens.
Scores, per language and over all: mention P/R/F1 on exact span + type and on exact span
only (types mapped: HIPE pers/loc/org/prod/time -> PER/LOC/ORG/PRO/EVT); B-cubed F1 of the
predicted `entity` ids against the gold ids over the gold mentions found with the exact
span (`identity`), and over all gold mentions with missed ones as singletons
(`identity_all`), pooled across documents and languages. By default every document is first
given to `observe` (corpus statistics, no labels). Same-run baseline: capitalised word
runs not at a sentence start, typed LOC, identity = lowercased text. `--confusion` prints,
per language, gold type x predicted type over exact spans ("-" = no mention there).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newsdesk.enrich.entities import EntityRecognizer
from newsdesk.enrich.names import at_sentence_start, candidates

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner-dev" / "slavicner_dev.jsonl"
HIPE_TYPES = {"pers": "PER", "loc": "LOC", "org": "ORG", "prod": "PRO", "time": "EVT"}
Doc = dict[str, Any]


def load(path: Path) -> list[Doc]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if path.suffix == ".conll":
        return load_conll(path)
    if path.suffix == ".tsv":
        return load_hipe(path)
    raise SystemExit(f"{path}: unknown data format (want .jsonl, .conll or .tsv)")


def _bio_docs(rows: list[tuple[str, str, str | None, bool]], doc_id: str, lang: str) -> Doc:
    """Rebuild a text from (token, BIO tag, entity id, space after) rows."""
    text, ents, open_ent = "", [], None
    for token, tag, ent_id, space in rows:
        start = len(text)
        text += token + (" " if space else "")
        if tag.startswith("B-") or (tag.startswith("I-") and open_ent is None):
            open_ent = {"start": start, "end": start + len(token), "type": tag[2:],
                        "entity_id": ent_id}
            ents.append(open_ent)
        elif tag.startswith("I-") and open_ent is not None:
            open_ent["end"] = start + len(token)
        else:
            open_ent = None
    for e in ents:
        e["text"] = text[e["start"]:e["end"]]
        e["entity_id"] = e["entity_id"] or f"{doc_id}:{e['text'].lower()}"
    return {"id": doc_id, "lang": lang, "text": text.rstrip(), "entities": ents}


def load_conll(path: Path) -> list[Doc]:
    lang = re.search(r"_([a-z]{2})_", path.name)
    code = lang.group(1) if lang else "en"
    docs, rows = [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if rows:
                docs.append(_bio_docs(rows, f"{path.name}#{len(docs)}", code))
                rows = []
            continue
        _, token, tag = line.split("\t")[:3]
        rows.append((token, tag, None, True))
    return docs


def load_hipe(path: Path) -> list[Doc]:
    docs, rows, doc_id, lang = [], [], "", "en"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# hipe2022:document_id"):
            if rows:
                docs.append(_bio_docs(rows, doc_id, lang))
            rows, doc_id = [], line.split("=", 1)[1].strip()
        elif line.startswith("# hipe2022:language"):
            lang = line.split("=", 1)[1].strip()
        elif line and not line.startswith(("#", "TOKEN")):
            cols = line.split("\t")
            tag = cols[1]
            if tag != "O":
                tag = tag[:2] + HIPE_TYPES.get(tag[2:].split(".")[0], "MISC")
            ent_id = cols[7] if cols[7] not in ("_", "NIL") else None
            space = "NoSpaceAfter" not in cols[9]
            rows.append((cols[0] + ("\n" if "EndOfLine" in cols[9] else ""), tag, ent_id, space))
    if rows:
        docs.append(_bio_docs(rows, doc_id, lang))
    return docs


def baseline(text: str) -> list[tuple[int, int, str, str]]:
    return [(c.start, c.end, "LOC", " ".join(c.words).lower())
            for c in candidates(text) if not at_sentence_start(text, c.start)]


def bcubed(pairs: list[tuple[str, str]]) -> float:
    """B-cubed F1 of (gold id, predicted id) items."""
    if not pairs:
        return 0.0
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for g, p in pairs:
        by_gold[g][p] += 1
        by_pred[p][g] += 1
    prec = sum(by_pred[p][g] / sum(by_pred[p].values()) for g, p in pairs) / len(pairs)
    rec = sum(by_gold[g][p] / sum(by_gold[g].values()) for g, p in pairs) / len(pairs)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.ident: list[tuple[str, str]] = []
        self.ident_all: list[tuple[str, str]] = []
        self.confusion: Counter[tuple[str, str]] = Counter()

    def add(self, doc: Doc, pred: list[tuple[int, int, str, str]]) -> None:
        gold = {(e["start"], e["end"]): e for e in doc["entities"]}
        pred_spans = {(s, e): (t, i) for s, e, t, i in pred}
        self.counts["gold"] += len(gold)
        self.counts["pred"] += len(pred_spans)
        for span in set(gold) | set(pred_spans):
            self.confusion[(gold[span]["type"] if span in gold else "-",
                            pred_spans[span][0] if span in pred_spans else "-")] += 1
        for span, g in gold.items():
            found = pred_spans.get(span)
            if found is None:
                self.ident_all.append((g["entity_id"], f"missed:{doc['id']}:{span}"))
                continue
            self.counts["span_tp"] += 1
            self.counts["typed_tp"] += found[0] == g["type"]
            self.ident.append((g["entity_id"], found[1]))
            self.ident_all.append((g["entity_id"], found[1]))

    def scores(self) -> dict[str, Any]:
        c = self.counts
        return {"mentions_typed": prf(c["typed_tp"], c["pred"], c["gold"]),
                "mentions_span": prf(c["span_tp"], c["pred"], c["gold"]),
                "identity": round(bcubed(self.ident), 4),
                "identity_all": round(bcubed(self.ident_all), 4), "gold": c["gold"]}


def run(docs: list[Doc], recognizer: EntityRecognizer, observe: bool,
        errors: int) -> dict[str, Any]:
    if observe:
        for doc in docs:
            recognizer.observe(doc["text"], doc["lang"])
    for lang in sorted({doc["lang"] for doc in docs}):
        recognizer.find("Warm-up: Kyiv.", lang)  # loads the gazetteer; not timed
    ours: dict[str, Tally] = defaultdict(Tally)
    base: dict[str, Tally] = defaultdict(Tally)
    started = time.perf_counter()
    words = 0
    for doc in docs:
        mentions = recognizer.find(doc["text"], doc["lang"])
        pred = [(m.start, m.end, m.type, m.entity or "") for m in mentions]
        words += len(doc["text"].split())
        for key in (doc["lang"], "all"):
            ours[key].add(doc, pred)
        if errors:
            show_errors(doc, pred, errors)
    elapsed = time.perf_counter() - started
    for doc in docs:
        for key in (doc["lang"], "all"):
            base[key].add(doc, baseline(doc["text"]))
    return {"docs": len(docs), "seconds": round(elapsed, 3),
            "articles_per_s_500w": round(words / 500 / elapsed, 1) if elapsed else None,
            "ours": {k: v.scores() for k, v in sorted(ours.items())},
            "confusion": {k: {f"{g}>{p}": n for (g, p), n in sorted(v.confusion.items())}
                          for k, v in sorted(ours.items())},
            "baseline": {k: v.scores() for k, v in sorted(base.items())}}


def show_errors(doc: Doc, pred: list[tuple[int, int, str, str]], limit: int) -> None:
    gold = {(e["start"], e["end"]): e["type"] for e in doc["entities"]}
    mine = {(s, e): t for s, e, t, _ in pred}
    text = doc["text"]
    for span in sorted(set(gold) | set(mine))[:limit]:
        g, p = gold.get(span), mine.get(span)
        if g != p:
            ctx = text[max(0, span[0] - 30):span[1] + 20].replace("\n", " ")
            print(f"{doc['lang']} gold={g} pred={p} {text[span[0]:span[1]]!r}  …{ctx}…",
                  file=sys.stderr)


def print_confusion(confusion: dict[str, dict[str, int]]) -> None:
    """Gold type (rows) x predicted type (columns) per language."""
    for lang, cells in confusion.items():
        kinds = [*sorted({k for cell in cells for k in cell.split(">")} - {"-"}), "-"]
        print(f"{lang:4} gold\\pred " + " ".join(f"{k:>5}" for k in kinds))
        for g in kinds:
            print(f"     {g:>9} " + " ".join(f"{cells.get(f'{g}>{p}', 0):5}" for p in kinds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--spacy", choices=("auto", "never"), default="never")
    parser.add_argument("--no-observe", action="store_true")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--lang")
    parser.add_argument("--confusion", action="store_true")
    args = parser.parse_args(argv)
    docs = [d for d in load(args.data) if not args.lang or d["lang"] == args.lang]
    recognizer = EntityRecognizer(use_spacy=None if args.spacy == "auto" else False)
    result = run(docs, recognizer, not args.no_observe, args.errors)
    result["data"] = str(args.data)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name in ("ours", "baseline"):
            for lang, s in result[name].items():
                print(f"{name:8} {lang:4} typed F1 {s['mentions_typed']['f1']:.3f}  span F1 "
                      f"{s['mentions_span']['f1']:.3f}  identity B3 {s['identity']:.3f}  "
                      f"(all {s['identity_all']:.3f})  n={s['gold']}")
        if args.confusion:
            print_confusion(result["confusion"])
        print(f"{result['docs']} docs in {result['seconds']} s "
              f"({result['articles_per_s_500w']} 500-word articles/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
