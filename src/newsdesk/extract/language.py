"""Language identification with py3langid, returning ISO 639-1 codes.

The page's declared language (html lang, feed language) is only a hint: pages often
declare a site-wide default that is wrong for a given article, so the text decides
unless it is too short or the model is unsure.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_CONFIDENT_CHARS = 40
MIN_PROBABILITY = 0.6


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def normalize_language_tag(tag: str | None) -> str | None:
    """'fr-FR', 'pt_BR ' → 'fr', 'pt'; None for an empty or non-alphabetic tag."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, or the normalized `hint` when the text cannot decide."""
    hint_code = normalize_language_tag(hint)
    sample = " ".join(text.split())[:5000]
    if not sample or not any(ch.isalpha() for ch in sample):
        return hint_code
    code, probability = _identifier().classify(sample)
    if hint_code and (len(sample) < MIN_CONFIDENT_CHARS or probability < MIN_PROBABILITY):
        return hint_code
    return str(code)
