"""FAQ and Q&A accordions: the question in a toggle button becomes a heading before extraction.

News explainers and guides end with "Frequently asked questions" set as an accordion: each
question is a <button> that opens the panel with its answer. Extractors read a button as an
interface control and drop its text, so the answers survive without their questions — the
reader sees both, and article references keep both (`<summary>` questions of <details> are
already kept). Only a button that *is* a question is turned into an `<h3>`: it toggles a
panel (`aria-expanded`, `aria-controls` or a Bootstrap-style `data-toggle`) and its text reads
as a question (ends with "?", a few words), so menus, "Show more" and share buttons stay out.
"""

from __future__ import annotations

from copy import deepcopy

from lxml.html import HtmlElement

_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")
# Page chrome whose toggles (menus, search, account) are never the article's questions.
_CHROME = frozenset({"nav", "header", "footer", "form", "dialog"})
MIN_QUESTION_WORDS = 3
MAX_QUESTION_WORDS = 40


def opened_questions(tree: HtmlElement, *, in_place: bool = False) -> HtmlElement:
    """`tree` with each question toggle button replaced by an `<h3>` of its text.

    The caller's tree is left as it is: a page with question toggles is copied first,
    unless the caller owns the tree alone and passes `in_place`.
    """
    toggles = [button for button in tree.iter("button") if _is_question_toggle(button)]
    if not toggles:
        return tree
    if not in_place:
        paths = [tree.getroottree().getpath(button) for button in toggles]
        tree = deepcopy(tree)
        toggles = [el for path in paths for el in tree.getroottree().xpath(path)]
    for button in toggles:
        _to_heading(button)
    return tree


def question_text(button: HtmlElement) -> str:
    return " ".join(button.text_content().split())


def _is_question_toggle(button: HtmlElement) -> bool:
    if not any(button.get(name) is not None for name in _TOGGLE_ATTRIBUTES):
        return False
    text = question_text(button)
    if not text.endswith("?") or not MIN_QUESTION_WORDS <= len(text.split()) <= MAX_QUESTION_WORDS:
        return False
    return not any(parent.tag in _CHROME for parent in button.iterancestors())


def _to_heading(button: HtmlElement) -> None:
    """Make the button an `<h3>` holding only its text (its tail stays the parent's)."""
    text = question_text(button)
    for child in list(button):
        button.remove(child)  # lxml keeps each child's tail with it: the text is set below
    attributes = list(button.attrib)
    for name in attributes:
        del button.attrib[name]
    button.tag = "h3"
    button.text = text
