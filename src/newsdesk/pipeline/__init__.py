"""The one orchestrator: fetch → extract → store, then enrich what was stored.

Stages are pure; this package is the only place that wires them to the network client
and the store. Network work runs in a bounded thread pool; every database write happens
on the calling thread, one transaction per batch, so a killed process loses at most the
batch in flight and re-running completes it (upserts make that idempotent).

After each saved batch, the inserted and updated articles are enriched (entities, quotes,
times) and each article's enrichment is saved in its own transaction. An article whose
enrichment was lost (a crash between the two) or failed keeps no enrichment row, and
`enrich_stored` (`newsdesk enrich`) picks it up, like every article enriched by another
enricher version. Then each inserted article joins a story (`stories.live`: one engine per
pipeline, in arrival order, on this same thread — never the web's), its features built from
the mentions and times just stored rather than recognised a second time.

Modules: `core` (the `Pipeline` that runs one command), `ingest` (files and records into
articles), `polling` (a feed's fetch state and its entries' pages), `hooks` (enrichment and
story placement after a save), `report` (what a run did).
"""

from __future__ import annotations

from newsdesk.pipeline.core import Pipeline
from newsdesk.pipeline.ingest import extract_file
from newsdesk.pipeline.polling import TEMPLATE_SAMPLE
from newsdesk.pipeline.report import Progress, Report, now_utc

__all__ = ["TEMPLATE_SAMPLE", "Pipeline", "Progress", "Report", "extract_file", "now_utc"]
