"""The similarities between an article and a candidate story, fed to the trained model.

Two feature sets: `mono` when the story already holds articles in the article's language
(word overlap is then meaningful), `xling` when it does not (only entities, names, dates
and time can link them). Both are plain dicts of named floats so the shipped model can
name the features it was trained on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

import numpy as np

from newsdesk.stories.features import Features, cosine
from newsdesk.stories.story import Story

__all__ = ["MONO", "XLING", "features_for"]

_ACTOR_MINOR = 0.2  # below this share of mentions a person is background, not the actor
_ACTOR_MAIN = 0.6  # from this share (a story: mean share per article) a person is the actor

MONO = ("cos_text", "max_member", "cos_ent", "cov_ent", "cos_names", "day_shared",
        "day_conflict", "year_conflict", "person_shared", "person_conflict", "log_size",
        "cos_title", "cos_lead", "max_lead", "num_shared", "num_conflict", "lead_absent",
        "person_cos", "key_overlap", "name_miss_a", "name_miss_s",
        "cov_title")
XLING = ("cos_text", "cos_ent", "cov_ent", "cos_names", "day_shared", "day_conflict",
         "year_conflict", "person_shared", "person_conflict", "gap_days", "gap_known",
         "log_size", "num_shared", "num_conflict", "lead_absent", "person_cos", "key_overlap",
         "name_miss_a", "name_miss_s", "cos_skel")


_UNKNOWN_GAP = math.log1p(4.0)  # the default story window, in days (cluster.DEFAULT_WINDOW)


def features_for(f: Features, story: Story) -> tuple[str, dict[str, float]]:
    """("mono" | "xling", named similarities of `f` to `story`)."""
    kind = "mono" if f.lang in story.langs else "xling"
    out = {
        "cos_ent": cosine(f.entities, story.entities, story.norm("entities")),
        "cov_ent": _coverage(f.entities, story.entities),
        "cos_names": cosine(f.names, story.names, story.norm("names")),
        "log_size": math.log(story.size),
    }
    out.update(_dates(f, story))
    out.update(_people(f, story))
    out["actor_conflict"] = _actor_conflict(f, story)  # gates the decision (scorer), no weight
    out.update(_numbers(f, story))
    out.update(_name_misses(f, story))
    core = f.keys[:f.core_keys] if f.core_keys else f.keys  # retrieval-only keys left out
    out["key_overlap"] = sum(1 for k in core if k in story.keys) / (len(core) or 1)
    if kind == "mono":
        out["cos_title"] = cosine(f.title, story.titles, story.norm("titles"))
        out["cov_title"] = _coverage(f.title, story.titles)
        out["cos_lead"] = cosine(f.lead, story.leads, story.norm("leads"))
        out["max_lead"] = max((cosine(f.lead, m.lead, 1.0) for m in story.members
                               if m.lang == f.lang), default=0.0)
        out["cos_text"] = cosine(f.terms, story.centroids.get(f.lang, {}), story.norms.get(f.lang))
        out["max_member"] = max((cosine(f.terms, m.terms, 1.0) for m in story.members
                                 if m.lang == f.lang), default=0.0)
    else:
        out["cos_text"] = max((cosine(f.terms, vec, story.norms[lang])
                               for lang, vec in story.centroids.items()), default=0.0)
        out.update(_gap(f.time, story))
        out["cos_skel"] = cosine(f.skeletons, story.skeletons(), 1.0)
    if f.embedding is not None and story.embedding is not None:
        emb = story.embedding
        out["emb_cos"] = float(np.dot(f.embedding, emb) / (np.linalg.norm(emb) or 1.0))
    return kind, out


def _coverage(vec: dict[str, float], counter: Mapping[str, float]) -> float:
    """Share of the article's (squared, normalised) weight that the story also has."""
    return sum(v * v for k, v in vec.items() if k in counter)


def _people(f: Features, story: Story) -> dict[str, float]:
    """Whether the article's main people are the story's: sister events of one kind
    (two DUI arrests of one team's players) differ mostly in who."""
    shared = sum(share for pid, share in f.persons.items() if pid in story.persons)
    lead = max(story.persons, key=story.persons.__getitem__) if story.persons else None
    conflict = bool(f.persons) and lead is not None and lead not in f.persons and shared < 0.3
    mine = max(f.persons, key=f.persons.__getitem__) if f.persons else None
    absent = mine is not None and bool(story.persons) and mine not in story.persons
    return {"person_shared": shared, "person_conflict": float(conflict),
            "lead_absent": float(absent),
            "person_cos": cosine(f.persons, story.persons, story.norm("persons"))}


def _actor_conflict(f: Features, story: Story) -> float:
    """1.0 when the article and the story each have a clear main actor, the two differ,
    and one side names the other's actor in passing only (a minor share, not none).

    Sister events of one kind follow each other: the report of the second DUI arrest of a
    team's player, or of the second climber killed on a mountain, mentions the first one's
    actor as background, while the first event's story barely knows the new actor. Two
    reports of one event whose main person differs (a spokesman here, a victim there) do
    not refer to each other that way; without the passing mention the gate stayed off, and
    firing on any differing main person split single events (docs/benchmarks.md)."""
    if not f.actors or not story.actors:
        return 0.0
    mine = max(f.actors, key=f.actors.__getitem__)
    theirs = max(story.actors, key=story.actors.__getitem__)
    clear = (f.actors[mine] >= _ACTOR_MAIN
             and story.actors[theirs] / max(story.size, 1) >= _ACTOR_MAIN)
    if not clear or mine == theirs:
        return 0.0
    mine_there = story.actors.get(mine, 0.0) / max(story.size, 1)
    theirs_here = f.actors.get(theirs, 0.0)
    minor = mine_there < _ACTOR_MINOR and theirs_here < _ACTOR_MINOR
    return float(minor and (mine_there > 0 or theirs_here > 0))


def _name_misses(f: Features, story: Story) -> dict[str, float]:
    """Share of the article's main names the story lacks, and of the story's main names
    the article lacks: sister events share the team or the place, not the main actor."""
    mine = [k for k in f.keys if k.startswith("g:w:")][:3]
    theirs = story.top_names()
    if not mine or not theirs:
        return {"name_miss_a": 0.0, "name_miss_s": 0.0}
    miss_a = sum(1 for k in mine if k[2:] not in story.names) / len(mine)
    miss_s = sum(1 for k in theirs if k not in f.names) / len(theirs)
    return {"name_miss_a": miss_a, "name_miss_s": miss_s}


def _numbers(f: Features, story: Story) -> dict[str, float]:
    """Numbers in common, or stated on both sides and none shared (another toll, score)."""
    if not f.numbers or not story.numbers:
        return {"num_shared": 0.0, "num_conflict": 0.0}
    shared = sum(1 for n in f.numbers if n in story.numbers) / len(f.numbers)
    return {"num_shared": shared, "num_conflict": float(shared == 0 and len(f.numbers) > 1)}


def _dates(f: Features, story: Story) -> dict[str, float]:
    shared_days = any(d in story.days for d in f.days)
    day_conflict = bool(f.days) and bool(story.days) and not shared_days
    year_conflict = bool(f.years) and bool(story.years) and not any(
        y in story.years for y in f.years)
    return {"day_shared": float(shared_days), "day_conflict": float(day_conflict),
            "year_conflict": float(year_conflict)}


def gap_seconds(time: datetime | None, story: Story) -> float | None:
    """Seconds between the article and the nearest end of the story's time span (0 inside
    it), or None when either has no date."""
    if time is None or story.first is None or story.last is None:
        return None
    if story.first <= time <= story.last:
        return 0.0
    return min(abs((time - story.first).total_seconds()),
               abs((time - story.last).total_seconds()))


def _gap(time: datetime | None, story: Story) -> dict[str, float]:
    """Days between the article and the nearest end of the story's time span. Unknown
    (an article or a story without dates) counts as the whole window apart, not as no gap:
    a missing date is no evidence that two reports are of the same days."""
    gap = gap_seconds(time, story)
    if gap is None:
        return {"gap_days": _UNKNOWN_GAP, "gap_known": 0.0}
    return {"gap_days": math.log1p(gap / 86400), "gap_known": 1.0}
