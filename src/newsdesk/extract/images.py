"""Lead images and the split of a caption into what it shows and who made it.

Captions copied from news sites mix the two ("… au Kremlin. (Photo by X / AFP via Getty
Images) Getty Images"); newsdesk keeps them apart so the credit can be shown small and the
caption searched. Conventions covered: en/fr/de/pl/es/it/uk/ru markers, ©, "via Getty
Images", "PAP/…", and bare agency names at the end.
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from newsdesk.extract.agencies import CREDIT_AGENCIES
from newsdesk.extract.sanitize import absolute_http_url
from newsdesk.model import Image

AGENCIES = CREDIT_AGENCIES  # the names a credit may end with
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_TRAILING_AGENCY = re.compile(
    rf"(?:(?<=[.)»\"”])|\s)[\s,;|–—-]*(?P<agency>{_AGENCY_ALT})\s*\.?\s*$", re.IGNORECASE
)
_MARKERS = (
    r"photos?\s+by", r"photos?\s*:", r"photograph\s*:", r"picture\s*:", r"image\s*:",
    r"credit\s*:", r"cr[ée]dits?(?:\s+photo)?\s*:", r"fot\.", r"fot\s*:", r"zdj[ęe]cie\s*:",
    r"foto\s*:", r"fotos?\s+von", r"bild\s*:", r"fotograf[ií]a\s*:", r"imagen\s*:",
    r"фото\s*:", r"фото\b", r"світлина\s*:", r"©", r"\(c\)",
)
_MARKER = "(?:" + "|".join(_MARKERS) + ")"
_PAREN_CREDIT = re.compile(rf"\(\s*{_MARKER}\s*(?P<credit>[^()]+?)\s*\)\s*$", re.IGNORECASE)
_INLINE_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?»\"”)])\s*|\s+[|–—-]\s+)(?P<marker>{_MARKER})\s*(?P<credit>[^()]+?)\s*$",
    re.IGNORECASE,
)
_VIA_GETTY = re.compile(
    r"(?:^|(?<=[.!?»\"”)])\s+)(?P<credit>[^.!?()]*?\bvia\s+Getty\s+Images)\s*$",
    re.IGNORECASE,
)
_AGENCY_SLASH_NAME = re.compile(
    rf"(?:^|\s)(?P<credit>(?:{_AGENCY_ALT})\s?/\s?[^\s/.!?]\S*(?:\s\S+){{0,4}}?)\s*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"(?:^|\s)(?:©|\(c\))\s*(?P<credit>[^()©]+?)\s*$", re.IGNORECASE)
_NAME_SLASH_AGENCY = re.compile(
    rf"(?:^|(?<=[.!?»\"”)])\s+)(?P<credit>[^.!?()/]{{1,60}}/\s?(?:{_AGENCY_ALT}))\s*\.?\s*$",
    re.IGNORECASE,
)
_CAPTION_TRIM = " \t\n|–—-,;:"
_CREDIT_CLASS = re.compile(r"credit|copyright|author|source|byline", re.IGNORECASE)


def split_caption_credit(caption: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption string; either may be None."""
    text = " ".join(caption.split())
    if not text:
        return None, None
    caption_part, credit = _find_credit(text)
    trailing = None
    if credit is None:
        text, trailing = _strip_trailing_agencies(text)
        caption_part, credit = _find_credit(text)
    if credit is None and trailing:
        credit = trailing
    elif credit and trailing and trailing.casefold() not in credit.casefold():
        credit = f"{credit} / {trailing}"
    clean_caption = caption_part.strip(_CAPTION_TRIM) or None
    return clean_caption, (credit.strip(_CAPTION_TRIM) or None) if credit else None


def _strip_trailing_agencies(text: str) -> tuple[str, str | None]:
    """Remove bare agency names at the end ("… Getty Images"), keeping the last one seen."""
    found: list[str] = []
    while True:
        match = _TRAILING_AGENCY.search(text)
        if not match or not text[: match.start()].strip():
            break
        found.insert(0, match.group("agency"))
        text = text[: match.start()].rstrip()
    if not found:
        return text, None
    return text, " / ".join(dict.fromkeys(found))


_CREDIT_PATTERNS = (
    _PAREN_CREDIT, _INLINE_CREDIT, _COPYRIGHT, _VIA_GETTY, _AGENCY_SLASH_NAME, _NAME_SLASH_AGENCY,
)


def _find_credit(text: str) -> tuple[str, str | None]:
    for pattern in _CREDIT_PATTERNS:
        match = pattern.search(text)
        if match and match.group("credit").strip():
            return text[: match.start()], match.group("credit").strip()
    return text, None


def lead_image(tree: HtmlElement, base_url: str | None, og_image: str | None) -> Image | None:
    """The article's lead image: og:image, else the first figure; caption from that figure."""
    figure = _first_figure(tree)
    figure_url = _figure_image_url(figure, base_url) if figure is not None else None
    url = absolute_http_url(og_image, base_url) if og_image else None
    url = url or figure_url
    if url is None:
        return None
    caption = credit = None
    if figure is not None:
        caption, credit = figure_caption_credit(figure)
    return Image(url=url, caption=caption, credit=credit)


def figure_caption_credit(figure: HtmlElement) -> tuple[str | None, str | None]:
    """Caption and credit of a <figure>: a credit element if marked up, else split the text."""
    captions = figure.xpath(".//figcaption")
    if not captions:
        return None, None
    figcaption = copy.deepcopy(captions[0])  # the page's tree is left as it was
    marked = [el for el in figcaption.iter() if el is not figcaption and _is_credit_element(el)]
    if marked:
        credit = " ".join(marked[0].text_content().split())
        marked[0].drop_tree()
        caption, inner_credit = split_caption_credit(figcaption.text_content())
        return caption, credit or inner_credit
    return split_caption_credit(figcaption.text_content())


def _is_credit_element(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str):
        return False
    return el.tag in ("cite", "small") or bool(_CREDIT_CLASS.search(el.get("class") or ""))


def _first_figure(tree: HtmlElement) -> HtmlElement | None:
    for path in ("//article//figure[.//img]", "//main//figure[.//img]", "//figure[.//img]"):
        found = tree.xpath(path)
        if found:
            return found[0]
    return None


def _figure_image_url(figure: HtmlElement, base_url: str | None) -> str | None:
    for img in figure.iter("img"):
        for attr in ("src", "data-src", "data-original"):
            value = img.get(attr)
            if value and not value.startswith("data:"):
                return absolute_http_url(value, base_url)
        srcset = img.get("srcset")
        if srcset:
            return absolute_http_url(srcset.split(",")[0].split()[0], base_url)
    return None


def inline_figures(tree: HtmlElement, base_url: str | None) -> list[Image]:
    """The article's figures in document order, each with its caption and credit apart.

    Captions stay out of the body text (trafilatura drops figcaptions) but keep their
    order here, so a reader can show them where they stood.
    """
    figures: list[Image] = []
    for figure in _article_figures(tree):
        url = _figure_image_url(figure, base_url)
        caption, credit = figure_caption_credit(figure)
        if url or caption:
            figures.append(Image(url=url, caption=caption, credit=credit))
    return figures


def _article_figures(tree: HtmlElement) -> list[HtmlElement]:
    for path in ("//article//figure", "//main//figure"):
        found = tree.xpath(path)
        if found:
            return list(found)
    return []
