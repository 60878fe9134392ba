"""A coarse consonant skeleton of a name key, so transliterations of one name meet.

Entity ids of names outside the gazetteer are orthographic keys (`enrich.identity`), and
languages transcribe a foreign name differently: one Arabic name is written with g, k,
gh or kh and with d or dh, an English "y" becomes "a" or "ia" in Slavic spellings. The
keys then differ although the consonant frame, which scripts preserve best, agrees. The
skeleton keeps only that frame, with letters that transliterations swap merged into one
class:

- vowels and semivowels (a e i o u y, and j, which the key already turned into i) are
  dropped except a leading one (kept as one "a"): vowel spellings differ most;
- voiced and voiceless pairs merge: g/k/q/c -> k, d/t -> t, b/p -> p, f/v/w -> f,
  s/z -> s; a c before a vowel is s (the key writes a hard c as k and "ts"/"tz" as c, and
  a c before e/i/y is the soft one; the key has also spelt x as "ks" already);
- h after a consonant is a digraph mark (dh, gh, zh) and dropped; elsewhere it is k: the
  Slavic г/х, Spanish j and Arabic kh all render it (the key already turned kh into h);
- repeated classes collapse ("dt" -> t).

The skeleton is far coarser than the key, so it is only one feature of the cross-language
model (`cos_skel`), not an index key or an identity, and only for names whose skeleton keeps
enough consonants (`MIN_CONSONANTS`) to be specific.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["MIN_CONSONANTS", "skeleton", "skeleton_vector"]

MIN_CONSONANTS = 3  # shorter frames ("kr", "ms") match too many unrelated names

_DIGRAPHS = [
    # c before e/i/y is soft; before a/o/u it can only come from ts/tz, since the name keys
    # already write a hard c as k (`enrich.identity`): "Tsalomer" keys as "calomer"
    (re.compile(r"c(?=[eiyaou])"), "s"),
    (re.compile(r"(?<=[bcdfgklmnpqrstvwxz])h"), ""),
]
_CLASS = str.maketrans({"g": "k", "q": "k", "c": "k", "h": "k", "d": "t", "b": "p",
                        "v": "f", "w": "f", "z": "s"})
_VOWELS = frozenset("aeiouyj")


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """The consonant skeleton of an orthographic name key ("" for a too short one).

    Words of a multi-word key are joined first: a phrase key's word boundaries are where
    languages disagree too ("Bab al-Aziziya", "Bab Alaziziya").
    """
    word = re.sub(r"[^a-z]", "", key.lower())
    for pattern, repl in _DIGRAPHS:
        word = pattern.sub(repl, word)
    out: list[str] = ["a"] if word[:1] in _VOWELS else []
    last = ""
    for ch in word.translate(_CLASS):
        if ch in _VOWELS:
            last = ""
            continue
        if ch != last:
            out.append(ch)
        last = ch
    frame = "".join(out)
    return frame if len(frame.lstrip("a")) >= MIN_CONSONANTS else ""


def skeleton_vector(entities: Mapping[str, float]) -> dict[str, float]:
    """An entity vector with each name-key id (`n:`) that has a skeleton replaced by it,
    the weights of ids sharing one summed, L2-normalised: the gazetteer's ids are the same
    in every language already, the keys of unknown names only where spelled alike."""
    out: dict[str, float] = {}
    for eid, weight in entities.items():
        frame = skeleton(eid[2:]) if eid.startswith("n:") else ""
        key = f"s:{frame}" if frame else eid
        out[key] = out.get(key, 0.0) + weight
    norm = math.sqrt(sum(v * v for v in out.values()))
    return {k: v / norm for k, v in out.items()} if norm else {}
