"""The keys under which an article is filed in the candidate index, and looked up.

Entities first (canonical ids are the same in every language, so they are what finds a
story told in another language), then transliterated whole names, then distinctive terms.
Entities are ranked by TF-IDF weight, so the ones the news repeats most right now (the
country of a long-running crisis, the airline of the week's strike) rank below one-off
names and misrecognised words and fell off the key list: the other language's story was
then never offered (docs/benchmarks.md, "Cross-language reach"). The next entities are
therefore also filed, for retrieval only: `key_overlap` (a model feature) counts the core
keys, the leading `core` of the list, so its meaning did not change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["index_keys"]

_CORE_ENTITIES = 8  # entities that describe the article (key_overlap)
_MORE_ENTITIES = 8  # further entities filed for retrieval only
_NAMES = 6
_TERMS = 12  # distinctive terms


def index_keys(entities: Mapping[str, float], names: Mapping[str, float],
               terms: Mapping[str, float], salient: Sequence[str] = ()
               ) -> tuple[list[str], int]:
    """(keys best first, how many leading keys are core): core entities, names and
    terms, then the retrieval-only entities: the next ones by weight and the `salient`
    ones (the most mentioned) when not yet among them."""
    ents = _top(entities, _CORE_ENTITIES + _MORE_ENTITIES)
    whole = _top({k: v for k, v in names.items() if k.startswith("w:")}, _NAMES)
    core = ([f"e:{k}" for k in ents[:_CORE_ENTITIES]] + [f"g:{k}" for k in whole]
            + [f"t:{k}" for k in _top(terms, _TERMS)])
    more = ents[_CORE_ENTITIES:] + [e for e in salient if e in entities and e not in ents]
    return core + [f"e:{k}" for k in more], len(core)


def _top(vec: Mapping[str, float], k: int) -> list[str]:
    return sorted(vec, key=vec.__getitem__, reverse=True)[:k]
