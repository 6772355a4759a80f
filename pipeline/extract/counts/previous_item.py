"""The item before in a bulleted list: in a factbox ("THE CROSSING / * Between Dec. 6 and Dec. 8, Syrian soldiers
crossed into Iraq at Al-Qaim. / * Iraq's Joint Operations Command initially put their number at 2,150") each
bullet is its own line, and so its own paragraph, but a reader goes on from one item to the next as from one
sentence to the next of a paragraph: "their number" is the number of those who crossed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.layout.sentences import opens_list_item

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span


def bulleted(doc: ArticleDoc, start: int) -> bool:
    """Whether a line (paragraph) starting at `start` opens on a bullet: an item of a list."""
    return opens_list_item(doc.text, start)


def previous_item(doc: ArticleDoc, sent: Span) -> list[Span]:
    """The last sentence of the bullet right above the one `sent` opens, when both are bullets of one list (no
    blank line between); else nothing."""
    index = next((i for i, p in enumerate(doc.paragraphs) if p.start == sent.start), None)
    if not index or not bulleted(doc, sent.start):
        return []
    above = doc.paragraphs[index - 1]
    if not bulleted(doc, above.start) or doc.text.count("\n", above.end, sent.start) != 1:
        return []
    return [s for s in doc.sentences if above.start <= s.start < above.end][-1:]
