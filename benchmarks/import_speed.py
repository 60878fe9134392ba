"""Import throughput and peak memory: `newsdesk import` of a folder of HTML pages.

Same-run baseline: plain `trafilatura.extract` over the same pages (no storage), so the
cost of newsdesk's extra metadata, sanitizing and SQLite writes is visible.

    python benchmarks/import_speed.py [--data ../shared/data/extraction-dev] [--json]

`--data` is a folder with `html/<id>.html(.gz)` (the extraction dev-set layout) or any
folder of `.html`/`.html.gz` files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-dev"


def load_pages(data: Path) -> list[tuple[str, bytes]]:
    folder = data / "html" if (data / "html").is_dir() else data
    pages = []
    for path in sorted(folder.rglob("*")):
        if path.name.endswith(".html.gz"):
            pages.append((path.name[:-3], gzip.decompress(path.read_bytes())))
        elif path.suffix in (".html", ".htm"):
            pages.append((path.name, path.read_bytes()))
    if not pages:
        sys.exit(f"benchmark: {data}: no .html or .html.gz pages found")
    return pages


def run_baseline(pages: list[tuple[str, bytes]]) -> float:
    import trafilatura

    start = time.perf_counter()
    for _name, body in pages:
        trafilatura.extract(body.decode("utf-8", "replace"))
    return time.perf_counter() - start


def run_newsdesk(pages: list[tuple[str, bytes]]) -> tuple[float, int]:
    from newsdesk.pipeline import Pipeline
    from newsdesk.settings import load_settings
    from newsdesk.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for name, body in pages:
            (folder / name).write_bytes(body)
        settings = load_settings(cli={"db": f"sqlite:///{tmp}/bench.db"}, env={})
        store = open_store(settings.db_url)
        pipeline = Pipeline(settings, store)
        start = time.perf_counter()
        report = pipeline.import_paths([folder], base_url="https://bench.example/")
        elapsed = time.perf_counter() - start
        pipeline.close()
        store.close()
    return elapsed, report.inserted + report.updated + report.unchanged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    pages = load_pages(args.data)
    baseline = run_baseline(pages)
    elapsed, stored = run_newsdesk(pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "data": str(args.data),
        "pages": len(pages),
        "stored": stored,
        "newsdesk_import_pages_per_s": round(len(pages) / elapsed, 2),
        "trafilatura_extract_pages_per_s": round(len(pages) / baseline, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
