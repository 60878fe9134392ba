"""Durability: a real writer process killed with SIGKILL mid-import loses no committed batch.

The child imports BATCHES batches of SIZE articles, one save_articles call (one
transaction) each, printing the batch number after each commit. The parent kills it
once a few batches are in, while it is writing the next ones.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsdesk.model import Article
from newsdesk.store import open_store

BATCHES = 40
SIZE = 50
KILL_AFTER = 3

CHILD = """
import sys
from collections import Counter
from newsdesk.model import Article
from newsdesk.model import Article
from newsdesk.store import open_store

url, batches, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
store = open_store(url)
statuses = Counter()
for b in range(batches):
    batch = [
        Article(title=f"Batch {b} item {i}", text=f"Body {b}-{i}. " + "words of text " * 100,
                url=f"https://durable.example/{b}/{i}", language="en")
        for i in range(size)
    ]
    statuses.update(r.status for r in store.save_articles(batch))
    print(b, flush=True)
print("done", statuses["inserted"], statuses["unchanged"], flush=True)
"""


def _run_child(url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(BATCHES), str(SIZE)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_import_keeps_committed_batches(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'durable.db'}"
    child = _run_child(url)
    assert child.stdout is not None
    for _ in range(KILL_AFTER):
        line = child.stdout.readline()
        assert line.strip().isdigit(), f"child failed before the kill: {line!r}"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the child finished before it was killed"

    store = open_store(url)
    try:
        assert store.integrity_ok()
        committed = store.count_articles()
    finally:
        store.close()
    assert committed % SIZE == 0
    assert KILL_AFTER * SIZE <= committed < BATCHES * SIZE

    rerun = _run_child(url)
    out, _ = rerun.communicate(timeout=120)
    assert rerun.returncode == 0
    done = out.strip().splitlines()[-1].split()
    assert done == ["done", str(BATCHES * SIZE - committed), str(committed)]

    store = open_store(url)
    try:
        assert store.count_articles() == BATCHES * SIZE
        assert store.integrity_ok()
        assert len(store.search("words", limit=5)) == 5
    finally:
        store.close()


def test_threads_sharing_one_store_serialise_their_writes(tmp_path: Path) -> None:
    """The web UI and the poller share a Store: concurrent batches must all land."""
    store = open_store(f"sqlite:///{tmp_path / 'threads.db'}")

    def write(worker: int) -> None:
        for b in range(5):
            store.save_articles([
                Article(title=f"w{worker} b{b} i{i}", text="text", url=f"https://t/{worker}/{b}/{i}")
                for i in range(10)
            ])
            store.count_articles()

    try:
        threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert store.count_articles() == 4 * 5 * 10
        assert store.integrity_ok()
    finally:
        store.close()
