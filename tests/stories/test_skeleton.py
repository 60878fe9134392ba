"""Consonant skeletons of name keys: spellings of one foreign name in several languages
meet; different names, and names too short to tell apart, do not. And the cross-language
feature `cos_skel` sees a name two languages key differently."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.enrich.identity import token_key
from newsdesk.stories.features import Features
from newsdesk.stories.similarity import features_for
from newsdesk.stories.skeleton import skeleton, skeleton_vector
from newsdesk.stories.story import Story

WHEN = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


# (spelling, language) pairs of invented names, written as each language transcribes them.
@pytest.mark.parametrize(("one", "other"), [
    (("Kharadi", "fr"), ("Гаради", "ru")),  # kh / г, a vowel less
    (("Ghoudafi", "it"), ("Kadhafa", "fr")),  # gh / k, dh / d
    (("Vandrick", "en"), ("Вандрик", "bg")),  # ck / к
    (("Tsalomer", "en"), ("Zalomer", "de")),  # ts / z
    (("Brianor", "en"), ("Брайънор", "bg")),  # English "ia" / Bulgarian "айъ"
    (("Cerovski", "hr"), ("Serowski", "pl")),  # soft c / s, w / v
])
def test_transliterations_share_a_skeleton(one: tuple[str, str], other: tuple[str, str]) -> None:
    first, second = (skeleton(token_key(word, lang)) for word, lang in (one, other))
    assert first and first == second


@pytest.mark.parametrize(("one", "other"), [
    ("brandel", "grandel"),  # another first consonant class
    ("moritan", "morinal"),  # another frame
])
def test_different_names_differ(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)


@pytest.mark.parametrize("key", ["asad", "ola", "kim", "eu"])
def test_short_names_have_no_skeleton(key: str) -> None:
    assert skeleton(key) == ""  # fewer than three consonants match too many names


def test_a_leading_vowel_is_kept() -> None:
    assert skeleton("oradim") == "artm"
    assert skeleton("radim") == "rtm"


def test_vector_folds_name_keys_and_keeps_other_ids() -> None:
    vec = skeleton_vector({"n:ghoudaf": 0.6, "n:kadhaf": 0.6, "cc:XX": 0.5})
    assert set(vec) == {"s:ktf", "cc:XX"}
    assert abs(sum(v * v for v in vec.values()) - 1.0) < 1e-9


def _article(fid: str, lang: str, entities: dict[str, float]) -> Features:
    return Features(fid, lang, WHEN, {f"{lang}word": 1.0}, entities, {}, frozenset(),
                    frozenset())


def test_cos_skel_sees_a_name_keyed_apart() -> None:
    story = Story(1)
    story.add(_article("fr1", "fr", {"n:kadhaf": 0.9, "cc:XX": 0.4}))
    kind, x = features_for(_article("it1", "it", {"n:ghedaf": 0.9, "cc:XX": 0.4}), story)
    assert kind == "xling"
    assert x["cos_skel"] > 0.95 > x["cos_ent"]


def test_story_skeletons_follow_its_members() -> None:
    story = Story(1)
    story.add(_article("fr1", "fr", {"n:kadhaf": 1.0}))
    assert "s:ktf" in story.skeletons()
    story.add(_article("fr2", "fr", {"n:molinder": 1.0}))
    assert "s:mlntr" in story.skeletons()
