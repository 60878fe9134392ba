"""Boilerplate blocks that single-page extractors keep: calls to action, related links, paywalls.

trafilatura finds the article's container well, but news templates put their furniture
*inside* that container: "Also read: …" links between paragraphs, "Enjoyed this piece? Support
us" and newsletter boxes after the last paragraph, the subscription wall of a teaser,
breadcrumbs and tag lines above the first. Each rule here is a phrase a reader would call
furniture in any site's template, written for the languages newsdesk serves; none names a site.

Two strengths of evidence:
- a *tail marker* (related links, newsletter, support, comments, paywall prompts) starts the
  page's furniture: when it opens a block in the last part of the article, that block and
  everything after it go;
- a *line marker* (a short "Read also: …" line, a breadcrumb, a bare credit line, a rule of
  dashes) removes only its own block, wherever it is.

The phrases themselves live in `phrases`; site templates learned across a host's pages in
`sitetemplate`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.extract.body import Block
from newsdesk.extract.labels import (
    MAX_CONSENT_WORDS,
    is_agency_line,
    is_byline_box,
    is_consent_box,
    is_date_line,
    is_label_line,
    is_list_label,
)
from newsdesk.extract.phrases import (
    AGENCY_SIGNATURE,
    BACK_LINK,
    BREADCRUMB,
    CALL_LINE,
    CAPTION_CREDIT_END,
    COOKIES,
    CREDIT_LINE,
    ELSEWHERE_LINE,
    ENDS_WITH_SITE,
    PAYWALL_PROMPT,
    READ_MORE_SUFFIX,
    RELATED_LINE,
    RIGHTS,
    RULE_LINE,
    SENTENCE_BREAK,
    SUPPORT,
    TAIL_CALL,
    TAIL_LABEL,
    TOPIC_LINE,
    may_ask_support,
    may_claim_rights,
)
from newsdesk.extract.teasers import drop_labelled_teasers, is_inline_teaser

MAX_CAPTION_WORDS = 40
MAX_SUPPORT_WORDS = 50
MAX_COOKIE_WORDS = 70
MAX_CALL_WORDS = 80  # a support/newsletter box can be a long paragraph
SITE_AD_LINK_SHARE = 0.95
TAIL_SHARE = 0.5  # tail markers only count in the last half of the article's blocks
MAX_LINE_WORDS = 30  # a "line marker" block is short; a long paragraph is prose
# Longer than every box and line rule's limit: such a block is prose and needs only RULE_LINE.
_MAX_RULED_WORDS = max(MAX_CAPTION_WORDS, MAX_SUPPORT_WORDS, MAX_COOKIE_WORDS, MAX_CONSENT_WORDS,
                       MAX_LINE_WORDS)
MAX_RIGHTS_WORDS = 25
MIN_PROSE_WORDS = 25  # a paragraph of the story, not a box's pitch
MIN_PROSE_AFTER = 2  # a box's pitch is one paragraph; the story goes on for more
MAX_CALL_LINE_WORDS = 15  # "Follow us on …", "Tags: …": a line, never a paragraph of prose
MAX_CRUMB_WORDS = 6
MAX_CRUMB_TITLE_WORDS = 20  # the last item of a trail from the home page: a headline
# The first item of a breadcrumb trail: the site's home page, in the languages we serve.
HOME_CRUMB = re.compile(
    r"^(?:home(?: ?page)?|start(?:seite)?|accueil|inicio|portada|strona główna|"
    r"início|pagina iniziale|головна|главная)$",
    re.IGNORECASE,
)
MAX_SHORT_WORDS = 8  # back links, credit lines and agency signatures are a few words
TEASER_LINK_SHARE = 0.8  # a block this much inside links is a teaser or a menu
MAX_TEASER_WORDS = 20  # per line: a headline, not a paragraph of linked prose
MIN_TEASER_LINES = 2  # one linked line may be the article's own call ("RSVP here")


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], bool]:
    """Blocks without page furniture, and whether a paywall prompt was among them."""
    kept, paywall = _cut_tail(blocks)
    kept = [block for block in drop_labelled_teasers(kept) if not _is_furniture(block)]
    return [_without_read_more(block) for block in kept], paywall


def _is_furniture(block: Block) -> bool:
    return (is_furniture_line(block) or is_link_teaser(block) or is_site_ad(block)
            or is_inline_teaser(block))


def _without_read_more(block: Block) -> Block:
    """The block without a trailing "[read more]" link (its display HTML keeps the link)."""
    if not block.text.rstrip().endswith((")", "]")):
        return block  # the suffix ends with its bracket: no need to scan the whole text
    match = READ_MORE_SUFFIX.search(block.text)
    if not match or not block.text[: match.start()].strip():
        return block
    return replace(block, text=block.text[: match.start()].rstrip())


def is_link_teaser(block: Block) -> bool:
    """Headlines of other articles: a block that is (almost) all link text in short lines.

    Inline "related" teasers and headline lists sit inside the article's container on many
    news templates; the article's own prose is mostly plain text even when it links a lot.
    """
    if block.link_share < TEASER_LINK_SHARE or block.kind == "table" or block.is_heading:
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    short = all(len(line.split()) <= MAX_TEASER_WORDS for line in lines)
    return short and len(lines) >= MIN_TEASER_LINES


def is_site_ad(block: Block) -> bool:
    """"Looking for a shop to rent? See the offers on example.pl": one linked line that
    sends the reader to another website by its name is an advertisement, not prose."""
    text = block.text.strip()
    if block.kind != "p" or "\n" in text or block.link_share < SITE_AD_LINK_SHARE:
        return False
    return block.words <= MAX_TEASER_WORDS and bool(ENDS_WITH_SITE.search(text))


def is_furniture_line(block: Block) -> bool:
    """A short block that is furniture wherever it stands (related link, breadcrumb, rule)."""
    text = block.text.strip()
    if block.kind in ("table", "list") or not text:
        return False
    words = block.words
    if RULE_LINE.match(text):
        return True
    if words > _MAX_RULED_WORDS:
        return False  # long prose: every rule below is for a box or a line shorter than this
    lowered = text.lower()  # for the cheap key tests in front of the phrase searches
    if _is_box(text, words, lowered) or is_consent_box(text, words, lowered):
        return True
    if words > MAX_LINE_WORDS:
        return False
    if RELATED_LINE.match(text) or PAYWALL_PROMPT.match(text) or ELSEWHERE_LINE.match(text):
        return True
    if is_label_line(text):
        return True
    if words <= MAX_SHORT_WORDS and (is_date_line(text) or is_agency_line(text)):
        return True
    if "\n" in text and is_byline_box(text):
        return True
    if words <= MAX_RIGHTS_WORDS and may_claim_rights(lowered) and RIGHTS.search(text):
        return True
    if words <= MAX_CALL_LINE_WORDS and "\n" not in text and (
        CALL_LINE.match(text) or _is_topic_line(text)
    ):
        return True
    if words <= MAX_SHORT_WORDS and (
        BACK_LINK.match(text) or CREDIT_LINE.match(text) or AGENCY_SIGNATURE.match(text)
    ):
        return True
    return "\n" not in text and bool(BREADCRUMB.match(text)) and _has_breadcrumb_shape(text)


def _is_topic_line(text: str) -> bool:
    """"Tags: a, b, c" — a label and a few names, no sentence after it."""
    return bool(TOPIC_LINE.match(text)) and not SENTENCE_BREAK.search(text)


def is_tail_label(text: str) -> bool:
    """A short label that heads related links or a contact box ("Related articles", "Kontakt")."""
    return len(text.split()) <= MAX_LINE_WORDS and bool(TAIL_LABEL.match(text.strip()))


def _is_box(text: str, words: int, lowered: str) -> bool:
    """A cookie banner, a request for support or a photo caption kept as a paragraph."""
    # "cook" (any case) is in every cookie banner: a cheap test before the phrase search.
    if words <= MAX_COOKIE_WORDS and "cook" in lowered and COOKIES.search(text):
        return True
    if words <= MAX_SUPPORT_WORDS and may_ask_support(lowered) and SUPPORT.search(text):
        return True
    return words <= MAX_CAPTION_WORDS and _may_end_with_credit(text) and bool(
        CAPTION_CREDIT_END.search(text)
    )


def _may_end_with_credit(text: str) -> bool:
    """A credit at the end is "(Photo: …)" or "… | Photo by …": the (stripped) text ends with
    ")" or ")." or holds a bar or slash. Most paragraphs do neither, and this test is cheaper
    than the pattern's search from every position."""
    return text.endswith((")", ").")) or "|" in text or "/" in text


def _has_breadcrumb_shape(text: str) -> bool:
    """"Home » News » World" — separators between short items, no sentence punctuation.

    A trail that starts at the site's home page may end with the current page's own title,
    which is as long as a headline ("Accueil > Actualités > Décisions de l'AG du mardi …").
    """
    parts = [p.strip() for p in re.split(r"[»›>]", text)]
    if len(parts) >= 3 and HOME_CRUMB.match(parts[0]):
        if len(parts[-1].split()) > MAX_CRUMB_TITLE_WORDS:
            return False
        parts = parts[:-1]
        text = " > ".join(parts)
    sentence = re.search(r"[.!?](?:\s|$)", text) is not None
    short_items = all(len(part.split()) <= MAX_CRUMB_WORDS for part in parts)
    return len(parts) >= 2 and short_items and not sentence and len(text) <= 200


def _cut_tail(blocks: list[Block]) -> tuple[list[Block], bool]:
    """Cut at the first tail marker or paywall prompt in the article's last part."""
    start = int(len(blocks) * (1 - TAIL_SHARE))
    for index in range(max(start, 1), len(blocks)):
        text = blocks[index].text.strip()
        if PAYWALL_PROMPT.match(text):
            return blocks[:index], True
        words = blocks[index].words
        if words <= MAX_LINE_WORDS and (TAIL_LABEL.match(text) or is_list_label(text)):
            return blocks[:index], False
        if is_consent_box(text, words):
            return blocks[:index], False
        if words <= MAX_CALL_WORDS and TAIL_CALL.match(text) and not _story_goes_on(blocks, index):
            return blocks[:index], False
    return blocks, False


def _story_goes_on(blocks: list[Block], index: int) -> bool:
    """A one-line call ("Subscribe to our newsletter") with the story's prose after it is an
    ad between paragraphs (the line rules drop it), not the start of the page's furniture."""
    text = blocks[index].text.strip()
    if blocks[index].words > MAX_CALL_LINE_WORDS or "\n" in text or not CALL_LINE.match(text):
        return False  # "Enjoyed this piece? …" opens a box whose pitch is prose-like itself
    return sum(_is_prose(block) for block in blocks[index + 1 :]) >= MIN_PROSE_AFTER


def _is_prose(block: Block) -> bool:
    text = block.text.rstrip()
    return (block.kind == "p" and block.words >= MIN_PROSE_WORDS and block.link_share < 0.5
            and text[-1:] in ".!?…\"”»")
