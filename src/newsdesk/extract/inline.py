"""Furniture news templates set *inside* the article: embedded posts, gallery counters,
pull quotes and the bylines of live-blog entries.

These sit between the article's own paragraphs, so the edge and tail rules never see them,
and trafilatura keeps them because they are plain text in the article's container. A
reference article body (ScrapingHub's, a reader's) has none of them: an embedded post is
someone else's text, a pull quote repeats a sentence of the story, a counter is a widget.
"""

from __future__ import annotations

import re

from newsdesk.extract.body import Block
from newsdesk.extract.edges import is_meta_line

# "— Jane Doe (@janedoe) March 3, 2025": the signature line of an embedded post.
_POST_SIGNATURE = re.compile(
    r"\(@\w{1,30}\)\s*(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\w+\.?\s+\d{4})\s*$"
)
_POST_MARKERS = re.compile(
    r"pic\.twitter\.com/|\bview this (?:post|profile) on instagram\b|"
    r"\ba post shared by\b.{0,80}\(@\w+\)",
    re.IGNORECASE,
)
MAX_POST_WORDS = 80
# "1 / 12", "3 of 10", "Image 2 of 8", "Photo 4/9": a slideshow's position.
_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|bild|foto|zdjęcie|imagen|diapo)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|sur|de|z|di)\s*\d{1,3}$",
    re.IGNORECASE,
)
# Players and pictures set as text: "Listen to this article", "Image caption, …",
# "Watch: …", "Video, 00:01:45", a bare running time, "Click here to see more pictures".
_MEDIA_LINE = re.compile(
    r"^(?:listen to this (?:article|story)|listen|(?:watch|video|audio|listen|podcast)\s*[:,]|"
    r"(?:image|media|video) (?:source|caption)\s*,|in pictures|photo gallery|gallery|"
    r"click here to (?:see|view|watch|listen)|(?:words|text|story) (?:and \w+ )?by\s+(?-i:[A-Z])|"
    r"(?:video|audio|duration)?\s*,?\s*"
    r"\d{1,2}(?::\d{2}){1,2}$)",
    re.IGNORECASE,
)
MAX_MEDIA_WORDS = 20
# "… on the ridge. Photo: John Roe / Getty Images": a caption that ends with its credit.
# The agency is a whole word: "(APEX fares …)" or "(EPAct rules)" at a sentence end is prose.
_CREDIT_END = re.compile(
    r"(?:[.!?]\s+(?:photo(?:graph)?s?|pictures?|images?|credit|foto|fot\.|bild|zdjęcie|фото)"
    r"\s*(?:by\b|:)[^.!?]{2,80}|\((?:AP|AFP|Reuters|Getty Images|EPA)\b[^()]{0,60}\)\.?|"
    r"[\s(](?:via|/)\s*(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock)\)?\.?)$"
)
MAX_CAPTION_WORDS = 50
MAX_PULL_QUOTE_WORDS = 45
# Lines templates drop between paragraphs: "Story continues below advertisement", "Skip
# advertisement", "toggle caption", box labels ("Most popular"), comment counters, no-script
# notices ("Please turn on JavaScript"), live-blog paging ("Older posts", "Page 1 of 4"),
# newsletter calls and bare agency credits. Each is a whole block, so prose never matches.
_TEMPLATE_LINE = re.compile(
    r"^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this )?"
    r"(?:advertisement|the ad|ad))?|continue reading(?: (?:the main story|below))?|"
    r"skip (?:advertisement|ad)|advertisement\s*[-–—:]?\s*scroll to continue|"
    r"scroll (?:down )?to continue(?: (?:with content|reading))?|click to expand|"
    r"enlarge this image|toggle caption|hide caption|loading\s*(?:\.\.\.|…)?|"
    r"(?:most (?:popular|read|viewed|shared)|trending(?: now| stories)?|"
    r"recommended(?: for you| stories| reading)?|sponsored content|more stories|"
    r"editor'?s picks|top stories)|"
    r"(?:show|view|read|see) (?:all )?comments?(?:\s*\(\d+\))?|\d+\s+comments?|comments?\s*\(\d+\)|"
    r"(?:getty images|ap photo|ap|afp|reuters|epa|shutterstock|istock(?:photo)?)|"
    r"photo illustration by .+|see also\s*:.+|have a (?:news )?tip\b.*|"
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}newsletters?\b.*|"
    r"(?:please )?(?:turn on|enable) javascript\b.*|javascript is (?:disabled|required)\b.*|"
    r"(?:older|newer|previous|next|more) (?:posts|entries|updates)\s*(?:page \d+ of \d+)?|"
    r"page \d+ of \d+|"
    r"weiterlesen nach der anzeige|(?:der )?artikel (?:wird )?(?:unter|nach) der anzeige "
    r"(?:fortgesetzt|weiter)|la suite (?:de l'article )?après (?:la|cette) publicité|"
    r"czytaj dalej pod (?:reklamą|materiałem wideo)|dalsza część artykułu pod .{1,40}|"
    r"(?:el )?(?:artículo|texto) continúa (?:debajo|después)(?: de la publicidad)?|"
    r"continua a leggere dopo la pubblicità)\s*[.:]?$",
    re.IGNORECASE,
)
MAX_TEMPLATE_WORDS = 30
MAX_FURNITURE_CHARS = 700  # longer than any embedded post or caption these rules look for
MIN_PULL_QUOTE_CHARS = 30  # shorter repeats ("he said") are ordinary phrases
_PROSE = ("p", "quote")
_SENTENCE_END = frozenset(".!?…\"”»’'")


def drop_inline_furniture(blocks: list[Block]) -> list[Block]:
    """`blocks` without embedded posts, slideshow counters, pull quotes and entry bylines."""
    kept = [b for b in blocks if not _is_inline_furniture(b)]
    kept = _without_entry_bylines(kept)
    return _without_pull_quotes(kept)


def _is_inline_furniture(block: Block) -> bool:
    if len(block.text) > MAX_FURNITURE_CHARS:  # a long paragraph is prose: skip the patterns
        return False
    return (is_embedded_post(block) or is_counter(block) or is_media_line(block)
            or is_credited_caption(block) or is_template_line(block))


def is_template_line(block: Block) -> bool:
    """A template's own line between paragraphs (see `_TEMPLATE_LINE`)."""
    text = block.text.strip()
    return (block.kind == "p" and "\n" not in text and block.words <= MAX_TEMPLATE_WORDS
            and bool(_TEMPLATE_LINE.match(text)))


def is_embedded_post(block: Block) -> bool:
    """A tweet or Instagram post copied into the page as text (its signature line shows it)."""
    text = block.text.strip()
    if block.is_heading or block.words > MAX_POST_WORDS or not _may_be_post(text):
        return False
    return bool(_POST_SIGNATURE.search(text) or _POST_MARKERS.search(text))


def _may_be_post(text: str) -> bool:
    """Whether `text` holds what each post pattern needs: "(@" (a handle), "/" (a link) or
    "ew th" ("view this …", any case). Most paragraphs hold none, and these tests are cheaper
    than the patterns' case-insensitive scans. (No letter here has a second case form in
    Python's patterns, as k, s and i do, so lower() finds every match of theirs.)"""
    return "(@" in text or "/" in text or "ew th" in text.lower()


def is_counter(block: Block) -> bool:
    return not block.is_heading and bool(_COUNTER.match(block.text.strip()))


def is_media_line(block: Block) -> bool:
    """An audio/video player's or picture's label kept as text, not the story's prose."""
    text = block.text.strip()
    return (block.kind != "list" and "\n" not in text and block.words <= MAX_MEDIA_WORDS
            and bool(_MEDIA_LINE.match(text)))


def is_credited_caption(block: Block) -> bool:
    """A short paragraph that ends with a photo credit is the picture's caption."""
    text = block.text.strip()
    return (block.kind == "p" and block.words <= MAX_CAPTION_WORDS
            and bool(_CREDIT_END.search(text)))


def _without_entry_bylines(blocks: list[Block]) -> list[Block]:
    """Live blogs and multi-part stories put "By Jane Doe" or a time under each entry's
    heading; the same line under the headline is already dropped by the edge rules."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        after_heading = index > 0 and blocks[index - 1].is_heading
        if after_heading and not block.is_heading and is_meta_line(block):
            continue
        out.append(block)
    return out


def _without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """A short block whose words all stand, in order, inside a longer block is a pull quote
    (or a repeated teaser): the story keeps the sentence once, where it was written."""
    keys = [b.key if b.kind in _PROSE else "" for b in blocks]
    everything = "\n".join(keys)  # one search per candidate instead of one per block pair
    out: list[Block] = []
    for block, key in zip(blocks, keys, strict=True):
        if _is_sentence(block, key) and everything.count(key) > keys.count(key):
            continue
        out.append(block)
    return out


def _is_sentence(block: Block, key: str) -> bool:
    """Prose that ends like a sentence: code lines and list fragments repeat on purpose."""
    text = block.text.strip()
    return (block.kind in _PROSE and len(key) >= MIN_PULL_QUOTE_CHARS
            and block.words <= MAX_PULL_QUOTE_WORDS and text[-1] in _SENTENCE_END)
