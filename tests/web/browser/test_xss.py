"""XSS in a browser: a feed full of classic payloads renders with no script executed.

tests/fixtures/browser/xss/ holds a feed whose titles, descriptions, content, authors,
links, images and enclosures, and whose article pages (body, meta tags, JSON-LD, caption)
carry more than 40 payloads: script tags, event handlers (onerror, onload, onmouseover,
onfocus, ontoggle, onbegin), javascript: and vbscript: URLs in links, images, forms and
SVG, entity- and tab-obfuscated javascript:, data:text/html URLs, svg/onload, iframe
srcdoc, CSS expression() and url(javascript:), <base href>, meta refresh, broken markup,
mutation XSS through <noscript>, attribute breakouts and template injection. Each would
set `window.__xss` or open a dialog if it ran.

The CSP would block most of them even if they survived, so the real check is the DOM:
the pages must contain no event-handler attribute, no script but the app's own, no
scriptable URL and no frame, object, base or refresh element at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page

PAYLOAD_ITEMS = 5  # every item of xss/feed.xml must reach the river, payloads removed

DOM_PROBLEMS = """() => {
  const problems = [];
  const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data", "poster",
                    "srcset", "background", "lowsrc", "dynsrc", "codebase", "cite"];
  const scriptable =
    /^(javascript|vbscript|livescript):|^data:(text\\/html|image\\/svg|application)/;
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (["iframe", "frame", "object", "embed", "applet", "base"].includes(tag))
      problems.push("element " + tag);
    // the story page's own charts are server-drawn SVG (svg.chart); article content has none
    if (["form", "input", "button", "textarea", "select", "svg", "math", "style"].includes(tag)
        && el.closest(".body, .summary, figure, .caption") && !el.closest("svg.chart"))
      problems.push("content " + tag);
    if (tag === "meta" && el.getAttribute("http-equiv")) problems.push("meta " + el.outerHTML);
    if (tag === "script" && new URL(el.src || "about:blank").pathname !== "/static/app.js")
      problems.push("script " + el.outerHTML.slice(0, 120));
    if (tag === "link" && el.getAttribute("href") !== "/static/style.css")
      problems.push("link " + el.outerHTML);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\u0000-\\u0020]+/g, "").toLowerCase();
      if (name.startsWith("on")) problems.push(tag + " " + name + "=" + attr.value);
      if (name === "srcdoc") problems.push(tag + " srcdoc");
      if (urlAttrs.includes(name) && scriptable.test(value))
        problems.push(tag + " " + name + "=" + attr.value);
      if (name === "style" && /expression\\(|javascript:|url\\(/.test(value))
        problems.push(tag + " style=" + attr.value);
    }
  }
  for (const a of document.querySelectorAll("svg a")) {
    const href = a.getAttribute("href") || a.getAttribute("xlink:href") || "";
    if (!href.startsWith("#")) problems.push("svg link " + href);
  }
  for (const a of document.querySelectorAll("a[href], area[href]")) {
    if (a instanceof SVGElement) continue;  // checked above: in-page anchors only
    if (!["http:", "https:", "mailto:"].includes(a.protocol))
      problems.push("link protocol " + a.protocol + " " + a.getAttribute("href"));
  }
  for (const img of document.images) {
    if (img.currentSrc && !/^(https?:|data:image\\/(png|gif|jpeg|webp))/.test(img.currentSrc))
      problems.push("image " + img.currentSrc);
  }
  return problems;
}"""


def assert_clean(page: Page, where: str) -> None:
    """The page rendered, nothing ran, and no dangerous markup survived."""
    page.mouse.move(200, 300)  # hovering and focusing would fire surviving handlers
    page.keyboard.press("Tab")
    assert page.locator("main h1").count() == 1, f"{where}: did not render"
    assert page.evaluate("typeof window.__xss") == "undefined", f"{where}: a payload ran"
    assert page.evaluate(DOM_PROBLEMS) == [], where


def test_payloads_are_inert_everywhere(desk: Any, site: Any, accounts: Callable[[str], str],
                                       tab_factory: Callable[..., Any]) -> None:
    tab = tab_factory(desk)
    tab.login(accounts("mallory"))
    titles = tab.subscribe(site.url("/xss/feed.xml"), PAYLOAD_ITEMS)
    page = tab.page
    assert_clean(page, "river")
    # payload titles are shown as text, literally: escaped, never evaluated
    assert any("<script>window.__xss=1</script>Council" in t for t in titles), titles
    assert any(t.startswith("{{7*7}}") for t in titles), titles
    assert any("<svg onload=alert(4)>" in t for t in titles), titles

    tab.wait_for_stories(PAYLOAD_ITEMS)  # the story river (five unrelated items), every story
    assert_clean(page, "story river")
    stories = page.eval_on_selector_all(".river a.title", "els => els.map(e => e.href)")
    assert stories
    for link in stories:
        page.goto(link)
        assert_clean(page, link)

    tab.goto("/?view=articles")
    links = page.eval_on_selector_all(".river a.title", "els => els.map(e => e.href)")
    assert len(links) == PAYLOAD_ITEMS
    for link in links:
        page.goto(link)
        assert_clean(page, link)
        assert page.locator("article .body").count() == 1
        original = page.locator(".original a")
        if original.count():
            assert original.get_attribute("href", timeout=1000).startswith("http")

    for query in ("harbour", "script", "budget", "javascript"):
        tab.goto(f"/search?q={query}")
        assert_clean(page, f"search {query}")
    tab.goto("/search?q=harbour")
    assert page.locator(".river .item").count() >= 1

    tab.goto("/feeds")
    assert_clean(page, "feeds")
    assert "<script>window.__xss=1</script>" in page.locator(".feeds h3").first.inner_text()

    refused = [m for m in tab.console if "Refused to" in m or "Content Security Policy" in m]
    assert refused == [], refused  # nothing even tried to run: it was all removed


def test_the_dom_check_sees_surviving_payloads(browser: Any) -> None:
    """Guards the guard: markup that must never reach a page is reported by DOM_PROBLEMS."""
    page = browser.new_page()
    try:
        page.set_content('<main><h1>x</h1><div class="body">'
                         '<a href="jav&#x09;ascript:void(0)">a</a><div onclick="void 0">b</div>'
                         '<p style="background:url(javascript:void(0))">c</p>'
                         '<iframe srcdoc="x"></iframe><form></form></div></main>')
        found = " | ".join(page.evaluate(DOM_PROBLEMS))
    finally:
        page.close()
    for expected in ("link protocol javascript:", "div onclick", "p style=", "element iframe",
                     "iframe srcdoc", "content form"):
        assert expected in found, found
