"""Read and write OPML subscription lists, the format every feed reader exports.

Categories are taken from the folders (enclosing outlines) a feed sits in, which is how
readers export them; the OPML 2.0 `category` attribute is used when a feed sits in no
folder. `write_opml` writes one folder per category so the two round-trip.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree

from newsdesk.errors import InputError
from newsdesk.model import Feed

CATEGORY_SEPARATOR = " / "


def _safe_parser() -> etree.XMLParser:
    """No entity expansion, no DTD loading, no network: OPML files come from anywhere."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_opml(body: bytes, location: str) -> list[Feed]:
    """The feeds of an OPML document, in document order, each URL once.

    Raises InputError(where=location) when the document is not well-formed OPML or an
    outline's xmlUrl is not an absolute http(s) URL.
    """
    try:
        root = etree.fromstring(body, parser=_safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed OPML: {_first_line(exc)}", where=location) from exc
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise InputError("not an OPML document (root element is not <opml>)", where=location)
    body_element = _child(root, "body")
    if body_element is None:
        raise InputError("OPML without a <body>", where=location)
    feeds: list[Feed] = []
    seen: set[str] = set()
    for feed in _walk(body_element, [], location):
        if feed.url not in seen:
            seen.add(feed.url)
            feeds.append(feed)
    return feeds


def _walk(parent: etree._Element, folders: list[str], location: str) -> Iterator[Feed]:
    for outline in parent:
        if not isinstance(outline.tag, str) or etree.QName(outline).localname != "outline":
            continue
        label = _attr(outline, "title") or _attr(outline, "text")
        url = _attr(outline, "xmlUrl")
        if url:
            yield _feed(outline, url, label, folders, location)
        yield from _walk(outline, [*folders, label] if label else folders, location)


def _feed(
    outline: etree._Element, url: str, label: str | None, folders: list[str], location: str
) -> Feed:
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise InputError(
            f"outline {label or url!r}: xmlUrl {url!r} is not an absolute http(s) URL",
            where=location,
        )
    category = CATEGORY_SEPARATOR.join(folders) if folders else _category_attr(outline)
    return Feed(url=url, title=label, site_url=_attr(outline, "htmlUrl"), category=category)


def _category_attr(outline: etree._Element) -> str | None:
    """OPML 2.0 `category`: comma-separated, slash-delimited paths; the first one is kept."""
    raw = _attr(outline, "category")
    if not raw:
        return None
    first = raw.split(",")[0]
    parts = [part.strip() for part in first.split("/") if part.strip()]
    return CATEGORY_SEPARATOR.join(parts) or None


def _attr(element: etree._Element, name: str) -> str | None:
    """An attribute, matched case-insensitively (exports write xmlUrl, xmlurl, XMLURL)."""
    wanted = name.lower()
    for key, value in element.attrib.items():
        if str(key).lower() == wanted and str(value).strip():
            return str(value).strip()
    return None


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname.lower() == name:
            return child
    return None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def write_opml(feeds: Iterable[Feed], title: str = "newsdesk subscriptions") -> str:
    """An OPML 2.0 document with one (nested) folder outline per category."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    body = etree.SubElement(root, "body")
    folders: Folders = {(): body}
    for feed in feeds:
        parent = _folder(folders, _category_path(feed.category))
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        etree.SubElement(parent, "outline", attributes)
    xml: bytes = etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)
    return xml.decode("utf-8")


def _category_path(category: str | None) -> tuple[str, ...]:
    if not category:
        return ()
    return tuple(part.strip() for part in category.split(CATEGORY_SEPARATOR) if part.strip())


Folders = dict[tuple[str, ...], etree._Element]


def _folder(folders: Folders, path: tuple[str, ...]) -> etree._Element:
    """The folder outline for `path`, created (with its parents) on first use."""
    if path not in folders:
        parent = _folder(folders, path[:-1])
        folders[path] = etree.SubElement(parent, "outline", text=path[-1], title=path[-1])
    return folders[path]
