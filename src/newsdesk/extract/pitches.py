"""Reader pitches: a site's plug for its own tool, written as a short line between sections.

Guides and marketing articles end sections with a line that turns from the topic to the
reader and the site's product: "Want a personalized estimate? Try our Cost Calculator.",
"Ready to plan your trip? Use our free planner", "Get a clear breakdown with our easy-to-use
calculator". The shape is shared across sites: a question put to the reader ("Want …?",
"Ready to …?", "Need …?") followed by an offer of *our* tool or service, or a bare imperative
offer ("Try our …"). References of article bodies leave these lines out; the prose around
them (which may mention the same tool in passing) is a long paragraph and never matches.
English only for now: the phrasing of other languages' pitches has not been collected.
"""

from __future__ import annotations

import re

from newsdesk.extract.body import Block

MAX_PITCH_WORDS = 60  # a pitch is a line or two; a paragraph of prose is longer
MAX_OFFER_WORDS = 25  # a bare "Try our …" line without the question
# A question to the reader that opens the block: "Want a personalized estimate?"
_READER_QUESTION = re.compile(
    r"^(?:want|need|ready|looking|curious|interested|wondering|planning|thinking)\b[^?.!]{0,120}\?",
    re.IGNORECASE,
)
_TOOLS = (
    r"calculator|tool|app|platform|software|estimator|planner|quiz|template|checklist|"
    r"service|experts?|team|guide"
)
# An offer of the site's own tool or service: "Try our …", "… with our easy-to-use calculator".
_OFFER = re.compile(
    r"\b(?:(?:try|use|download|explore|check out|book|request|schedule|start)\s+(?:our|a free)\b|"
    rf"(?:with|using) our (?:[\w-]+ ){{0,4}}(?:{_TOOLS})s?\b|"
    r"(?:contact|call|talk to|speak (?:to|with)) (?:us|our)\b)",
    re.IGNORECASE,
)
_OFFER_OPENER = re.compile(r"^(?:try|use|download|explore) (?:our|the free)\b", re.IGNORECASE)
_KINDS = frozenset({"p", "h2", "h3", "h4"})


def drop_reader_pitches(blocks: list[Block]) -> list[Block]:
    """`blocks` without the short lines that plug the site's own tool to the reader."""
    return [block for block in blocks if not is_reader_pitch(block)]


def is_reader_pitch(block: Block) -> bool:
    """A reader question followed by an offer of the site's tool, or a bare offer line."""
    if block.kind not in _KINDS or block.words > MAX_PITCH_WORDS or "\n" in block.text:
        return False
    text = block.text.strip()
    question = _READER_QUESTION.match(text)
    if question:
        return bool(_OFFER.search(text, question.end()))
    return block.words <= MAX_OFFER_WORDS and bool(_OFFER_OPENER.match(text))
