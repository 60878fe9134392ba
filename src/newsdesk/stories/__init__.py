"""Stories: duplicates grouped and articles clustered online into stories across languages.

`StoryEngine.ingest` is the one code path (live ingestion and `cluster_stream` alike):
`dedup` groups copies, `features` describes an article, `cluster` assigns it to a live
story with the shipped model (`scorer`, provenance in MODEL.md), `repair` merges and
splits recent stories. `embeddings` is an optional dense view (the `story_embeddings`
setting; `engine_for` makes an engine for it, deciding with the dense `model_emb.json`).
"""

from __future__ import annotations

from newsdesk.stories.batch import cluster_stream
from newsdesk.stories.engine import Placement, StoryEngine
from newsdesk.stories.features import ArticleInput

__all__ = ["ArticleInput", "Placement", "StoryEngine", "cluster_stream"]
