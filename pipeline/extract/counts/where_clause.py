"""What befell people a "where" clause counts, when no word of their own clause says: the move of the clause it
hangs on. "On 10 December the men were driven to the airfield, where about 2,400 slept in old hangars" counts the
people driven there (`relocated`); "they fled to Chad, where some 300 spent the winter" the people who fled
(`entered`). Only a clause that tells of one move gives its status; one of several tells nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.status import cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.spans import Span

MOVES = frozenset({"entered", "returned", "relocated"})


def where_status(doc: ArticleDoc, blanked: str, sent: Span, number: NumberMention) -> str | None:
    """The status of the one move the clause before the figure's ", where" tells of, or None."""
    found = doc.rules.pattern("where_clause_before").search(blanked, sent.start, number.start)
    if found is None:
        return None
    told = {cue.status for side in ("after", "before")
            for cue in cues_in(blanked, sent.start, found.start(), side, doc.rules)}
    moves = told & MOVES
    return moves.pop() if len(moves) == 1 and told <= MOVES else None
