"""A failing feed's reason in the reader's language.

The fetcher's message ("HTTP 404 Not Found", "read timeout after 20 s") is English and
technical; the pipeline also stores the failure's kind (store/error_kinds.py), and this
maps each kind to a sentence the catalogs translate. The English message stays on the
page as the technical detail. An unknown kind, or a row written before kinds were
recorded, has no sentence here: the page then shows the stored message as before.
"""

from __future__ import annotations

from newsdesk.store import error_kinds as kinds
from newsdesk.web.auth import N_

REASONS: dict[str, str] = {
    kinds.TIMEOUT: N_("The site did not answer in time."),
    kinds.TOO_LARGE: N_("The feed is larger than newsdesk accepts."),
    kinds.REDIRECTS: N_("The address redirects too many times."),
    kinds.BLOCKED: N_("The address is not allowed: only public web addresses are fetched."),
    kinds.ROBOTS: N_("The site's robots.txt does not allow fetching this address."),
    kinds.NOT_FOUND: N_("The address was not found (404)."),
    kinds.GONE: N_("The site says this feed was removed for good (410)."),
    kinds.FORBIDDEN: N_("The site refused access to the feed."),
    kinds.RATE_LIMITED: N_("The site asked for fewer requests; it will be tried again later."),
    kinds.HTTP_4XX: N_("The site refused the request."),
    kinds.HTTP_5XX: N_("The site had an internal error."),
    kinds.HTTP_OTHER: N_("The site gave an unexpected answer."),
    kinds.NETWORK: N_("The site could not be reached."),
    kinds.NOT_A_FEED: N_("No feed was found at this address."),
    kinds.MALFORMED: N_("The feed is partly broken; the readable entries were kept."),
    kinds.NO_ARTICLE: N_("No article could be read from the page."),
}


def error_reason(kind: str | None) -> str | None:
    """The untranslated sentence for a stored error kind; None when there is none."""
    return REASONS.get(kind) if kind else None
