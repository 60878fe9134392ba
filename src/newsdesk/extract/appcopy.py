"""Plain-text copies of an article taken out of a news app (upday, Google News, …).

Layout, in any interface language:

    Title line
    <blank>
    upday.com 4 godzin temu          ← source + relative time (interface language)
    Caption (Photo by X / AFP)       ← optional, same block or its own block with a credit
    <blank>
    Paragraphs, short heading lines, an AI-disclosure note, and last a
    "go to original" link text ("Idź do oryginalnego materiału").

The interface language (of the time line and the link text) and the article language can
differ: a French article read in a Polish app.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsdesk.errors import ExtractError
from newsdesk.extract.dates import parse_relative_time
from newsdesk.extract.disclosure import split_disclosure
from newsdesk.extract.hashing import content_hash
from newsdesk.extract.images import split_caption_credit
from newsdesk.extract.language import detect_language
from newsdesk.extract.sanitize import sanitize_html
from newsdesk.model import Article, Image

# "Go to original" in the apps' interface languages, casefolded, with their language.
GO_TO_ORIGINAL = {
    "idź do oryginalnego materiału": "pl", "przejdź do oryginału": "pl",
    "go to original": "en", "go to the original": "en", "read the original": "en",
    "view original": "en", "read original article": "en", "go to original article": "en",
    "zum original": "de", "zum originalartikel": "de", "zum originalen artikel": "de",
    "original lesen": "de", "aller à l'original": "fr", "aller à l’original": "fr",
    "voir l'article original": "fr", "lire l'article original": "fr",
    "перейти до оригіналу": "uk", "перейти к оригиналу": "ru", "ir al original": "es",
    "ver original": "es", "vai all'originale": "it", "vai all’originale": "it",
    "ir para o original": "pt", "naar het origineel": "nl", "přejít na originál": "cs",
    "gå till originalet": "sv", "gå til originalen": "da",
}
_ORIGINAL_STEM = re.compile(r"original|oryginał|oryginal|оригінал|оригинал|origineel|originál")
_URL = re.compile(r"https?://\S+")
_FINAL_PUNCTUATION = ".!?:;…\"'»”)"
MAX_SOURCE_WORDS = 5
_SKEW = timedelta(minutes=5)  # a time line may run a little ahead of `now`
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100


@dataclass(frozen=True)
class _SourceLine:
    source: str
    published: datetime
    language: str | None


@dataclass(frozen=True)
class _Head:
    title: str
    source_line: _SourceLine
    head_extra: list[str]
    blocks: list[str]


def looks_like_appcopy(text: str) -> bool:
    """True when `text` has a title line followed by a "source + relative time" line."""
    return _parse_head(text, now=None) is not None


def parse_appcopy(text: str, *, now: datetime, location: str = "") -> Article:
    """Parse an app copy; relative times are resolved against `now` (keeping its offset;
    a naive `now` is taken as UTC)."""
    head = _parse_head(text, now=now)
    if head is None:
        raise ExtractError("not an app copy: no 'source + time' line under the title", location)
    caption, blocks = _take_caption(head)
    blocks, link_language, original_url = _drop_go_to_original(blocks)
    paragraphs, disclosure = split_disclosure(blocks)
    if not paragraphs:
        raise ExtractError("app copy has no article text", location)
    sections = [p for i, p in enumerate(paragraphs) if _is_heading(paragraphs, i)]
    body = "\n\n".join(paragraphs)
    article = Article(
        title=head.title,
        text=body,
        original_url=original_url,
        source=head.source_line.source,
        published=head.source_line.published,
        language=detect_language(body),
        interface_language=link_language or head.source_line.language,
        image=_caption_image(caption),
        sections=sections,
        ai_generated=disclosure is not None,
        ai_disclosure=disclosure,
        html=_display_html(paragraphs, sections),
        origin="appcopy",
    )
    return article.replace(content_hash=content_hash(article))


def _blocks(text: str) -> list[list[str]]:
    """Non-empty lines grouped into blocks separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _parse_head(text: str, now: datetime | None) -> _Head | None:
    """Title, source line, caption lines sharing its block, and the later blocks."""
    if not text.strip() or text.lstrip().startswith("<") or "\x00" in text:
        return None
    blocks = _blocks(text)
    located = [(b, i) for b, block in enumerate(blocks[:3]) for i in range(len(block))]
    if len(located) < 3:
        return None
    (title_block, title_line), (source_block, source_index) = located[0], located[1]
    reference = now or datetime.now().astimezone()
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=UTC)
    source_line = _parse_source_line(blocks[source_block][source_index], reference)
    if source_line is None:
        return None
    head_extra = blocks[source_block][source_index + 1 :]
    rest = [" ".join(block) for block in blocks[source_block + 1 :]]
    return _Head(blocks[title_block][title_line], source_line, head_extra, rest)


def _parse_source_line(line: str, now: datetime) -> _SourceLine | None:
    """Split "upday.com 4 godzin temu" into source and time; the longest time suffix wins."""
    words = line.split()
    if len(words) < 2 or len(line) > 80 or line[-1] in ".!?":
        return None
    for split in range(1, min(len(words), MAX_SOURCE_WORDS + 1)):
        time_part = " ".join(words[split:])
        if not (any(ch.isdigit() for ch in time_part) or len(words) - split <= 2):
            continue
        published, language = parse_relative_time(time_part, now)
        if published is not None and published <= now.replace(microsecond=0) + _SKEW:
            return _SourceLine(" ".join(words[:split]), published, language)
    return None


def _take_caption(head: _Head) -> tuple[str | None, list[str]]:
    """The caption (lines sharing the source line's block, or a lone credited line) and
    the paragraphs after it."""
    if head.head_extra:
        return " ".join(head.head_extra), head.blocks
    blocks = head.blocks
    if len(blocks) > 1 and split_caption_credit(blocks[0])[1] and len(blocks[0]) < 400:
        return blocks[0], blocks[1:]
    return None, blocks


def _drop_go_to_original(blocks: list[str]) -> tuple[list[str], str | None, str | None]:
    """Remove the trailing "go to original" link text; return its language and any URL."""
    if not blocks:
        return blocks, None, None
    last = blocks[-1]
    url_match = _URL.search(last)
    words = _URL.sub("", last).strip(" :→>»-–—").casefold()
    language = GO_TO_ORIGINAL.get(words.rstrip(" .!"))
    short = len(words.split()) <= 8 and not words.endswith((".", "!", "?"))
    if language or (short and _ORIGINAL_STEM.search(words)):
        return blocks[:-1], language, url_match.group(0) if url_match else None
    return blocks, None, None


def _is_heading(paragraphs: list[str], index: int) -> bool:
    """A short line without final punctuation that is followed by a real paragraph."""
    line = paragraphs[index]
    if index + 1 >= len(paragraphs):
        return False
    if len(line) > MAX_HEADING_CHARS or len(line.split()) > MAX_HEADING_WORDS:
        return False
    if line[-1] in _FINAL_PUNCTUATION:
        return False
    following = paragraphs[index + 1]
    return len(following) > len(line) and following[-1] in _FINAL_PUNCTUATION


def _caption_image(caption: str | None) -> Image | None:
    if not caption:
        return None
    text, credit = split_caption_credit(caption)
    return Image(url=None, caption=text, credit=credit)


def _display_html(paragraphs: list[str], sections: list[str]) -> str:
    headings = set(sections)
    parts = [
        f"<h2>{html_lib.escape(p)}</h2>" if p in headings else f"<p>{html_lib.escape(p)}</p>"
        for p in paragraphs
    ]
    return sanitize_html("\n".join(parts))
