"""Nearest live stories by embedding: candidates the sparse index cannot offer.

Across languages an article and its story often share no index key (the entity ids and
name keys differ where recognition missed a name, and words never match), so the sparse
index does not even offer the story to the model. With embeddings, the stories whose
mean embedding is closest are offered too. Brute force over a float32 matrix of the
live stories' unit embeddings: a few milliseconds per article at 100k live stories, and
its rows are reused as stories expire, so memory follows the live set.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DenseIndex"]


class DenseIndex:
    """Unit vectors of live stories, by story id, searched by cosine."""

    def __init__(self, capacity: int = 1024) -> None:
        self._matrix: np.ndarray | None = None
        self._capacity = capacity
        self._row: dict[int, int] = {}  # story id -> row
        self._ids: list[int] = []  # row -> story id (-1: free)
        self._free: list[int] = []

    def __len__(self) -> int:
        return len(self._row)

    def put(self, story_id: int, vec: np.ndarray) -> None:
        """Store (or replace) a story's vector; a zero vector removes it."""
        norm = float(np.linalg.norm(vec))
        if norm == 0:
            self.remove(story_id)
            return
        row = self._row.get(story_id)
        if row is None:
            row = self._new_row(story_id, len(vec))
        assert self._matrix is not None
        self._matrix[row] = vec / norm

    def remove(self, story_id: int) -> None:
        row = self._row.pop(story_id, None)
        if row is not None and self._matrix is not None:
            self._matrix[row] = 0.0
            self._ids[row] = -1
            self._free.append(row)

    def nearest(self, vec: np.ndarray, k: int, floor: float = -1.0) -> list[int]:
        """Up to `k` story ids, most similar first, with cosine at least `floor`."""
        if self._matrix is None or not self._row or k <= 0:
            return []
        scores = self._matrix[:len(self._ids)] @ vec.astype(np.float32)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [self._ids[i] for i in top if self._ids[i] >= 0 and scores[i] >= floor]

    def _new_row(self, story_id: int, dim: int) -> int:
        if self._free:
            row = self._free.pop()
            self._ids[row] = story_id
        else:
            row = len(self._ids)
            self._ids.append(story_id)
            self._grow(row + 1, dim)
        self._row[story_id] = row
        return row

    def _grow(self, rows: int, dim: int) -> None:
        if self._matrix is None:
            self._matrix = np.zeros((max(self._capacity, rows), dim), dtype=np.float32)
        elif rows > len(self._matrix):
            bigger = np.zeros((2 * len(self._matrix), dim), dtype=np.float32)
            bigger[:len(self._matrix)] = self._matrix
            self._matrix = bigger
