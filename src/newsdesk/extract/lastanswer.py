"""A question heading that ends the body: its answer, read from the page.

FAQ sections close many guides and explainers, and an article body that ends on a question
("What does it cost?") has lost its last answer: trafilatura sometimes stops at the final
accordion item's heading and leaves out the panel after it (a hidden panel, a container of
its own). A question is never how an article ends, so when the last block is a question
heading, the page's paragraphs right after that heading — up to the next heading, only prose
(`p`, not furniture, not mostly links) — are put back as its answer.
"""

from __future__ import annotations

from newsdesk.extract.body import Block, paragraph_block
from newsdesk.extract.gaps import DomBlock

MAX_ANSWER_BLOCKS = 4  # an FAQ answer is a paragraph or a few
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def restore_last_answer(blocks: list[Block], dom: list[DomBlock]) -> list[Block]:
    """`blocks` with the answer to a closing question heading appended, when the page has it."""
    if not blocks or not blocks[-1].is_heading or not blocks[-1].text.endswith("?"):
        return blocks
    question = _heading_index(blocks[-1], dom)
    if question is None:
        return blocks
    answer: list[Block] = []
    for item in dom[question + 1 : question + 1 + MAX_ANSWER_BLOCKS]:
        if item.element.tag != "p" or not item.usable:
            break  # the next question, a list or a box: the answer has ended
        answer.append(paragraph_block(item.text))
    return blocks + answer


def _heading_index(heading: Block, dom: list[DomBlock]) -> int | None:
    """The index of the page's last heading with the same words as `heading`."""
    return next(
        (index for index in range(len(dom) - 1, -1, -1)
         if dom[index].element.tag in _HEADING_TAGS and dom[index].key == heading.key),
        None,
    )
