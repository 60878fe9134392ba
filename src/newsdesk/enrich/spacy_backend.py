"""Named-entity spans from a spaCy pipeline, where a model package is installed.

Only models shipped as PyPI packages can be loaded here (no downloads at run time), so
the backend looks for installed packages by name (`MODEL_PACKAGES`: official
`xx_core_news_sm/md/lg` and `en_core_web_*`) without importing them, and loads one the
first time an article of its language comes. spaCy itself is an optional dependency
(the `spacy` extra); without it, or without a model for the language, `spans` returns
None and the rule-based recogniser runs. Only the components NER needs are kept.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from newsdesk.errors import ConfigError

LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
          "ORG": "ORG", "NORP": "MISC", "MISC": "MISC", "EVENT": "EVT", "EVT": "EVT",
          "PRODUCT": "PRO", "WORK_OF_ART": "PRO", "PRO": "PRO"}
_KEEP = ("tok2vec", "ner", "transformer")


def default_packages(lang: str) -> tuple[str, ...]:
    """Package names tried for a language, smallest first."""
    genre = "web" if lang in ("en", "zh") else "news"
    return tuple(f"{lang}_core_{genre}_{size}" for size in ("sm", "md", "lg", "trf"))


MODEL_PACKAGES: dict[str, tuple[str, ...]] = {}  # user overrides: lang -> package names


class SpacyBackend:
    """Lazily loaded spaCy pipelines per language (see module doc)."""

    def __init__(self, use_spacy: bool | None, languages: Sequence[str] | None = None,
                 packages: Mapping[str, Sequence[str]] | None = None) -> None:
        self.enabled = use_spacy is not False and importlib.util.find_spec("spacy") is not None
        self.packages = {**MODEL_PACKAGES, **{k: tuple(v) for k, v in (packages or {}).items()}}
        self._pipelines: dict[str, Any] = {}
        self._lock = threading.Lock()
        if use_spacy and importlib.util.find_spec("spacy") is None:
            raise ConfigError("use_spacy is set but spaCy is not installed "
                              "(pip install 'newsdesk[spacy]')", where="enrich.entities")
        if use_spacy:
            for lang in languages or ():
                if self.package_for(lang) is None:
                    raise ConfigError(f"no spaCy model package is installed for {lang!r}",
                                      where="enrich.entities")

    def package_for(self, lang: str) -> str | None:
        """The first installed model package for `lang`, or None."""
        for name in self.packages.get(lang) or default_packages(lang):
            if importlib.util.find_spec(name) is not None:
                return name
        return None

    def spans(self, text: str, lang: str | None) -> list[Any] | None:
        """The model's typed spans (entity_resolve.Span), or None without a model."""
        if not self.enabled or not lang:
            return None
        nlp = self._pipeline(lang)
        if nlp is None:
            return None
        from newsdesk.enrich.entity_resolve import Span
        from newsdesk.enrich.names import tokenize

        out = []
        for ent in nlp(text).ents:
            kind = LABELS.get(ent.label_)
            words = [t.text for t in tokenize(ent.text)]
            if kind and words:
                start, end = _trimmed(text, ent.start_char, ent.end_char)
                out.append(Span(start, end, words, kind))
        return out

    def _pipeline(self, lang: str) -> Any | None:
        with self._lock:
            if lang not in self._pipelines:
                self._pipelines[lang] = self._load(lang)
            return self._pipelines[lang]

    def _load(self, lang: str) -> Any | None:
        name = self.package_for(lang)
        if name is None:
            return None
        import spacy

        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            raise ConfigError(f"cannot load spaCy model {name}: {exc}",
                              where="enrich.entities") from exc
        for pipe in list(nlp.pipe_names):
            if pipe not in _KEEP:
                nlp.remove_pipe(pipe)
        return nlp


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding punctuation or spaces a model may include."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
