"""What happened to a part of the figure just before it, when the part's own words say nothing of it.

"Between 250 and 300 officers are still in Iraq, dozens of them from the Fourth Division": the dozens are
still in Iraq too; "2,150 personnel crossed, including three generals": the generals crossed. A part told with
its own verb ("…, 40 of them were later sent home") keeps what its verb says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.scope import FigureScope

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc

PART_REACH = 30  # characters before a part's number where the words that make it a part stand
_CLOSING_QUOTES = "\"'”’"


def status_of_part(doc: ArticleDoc, scope: FigureScope, earlier: list[CountDraft]) -> str | None:
    """The status of the figure just before, in the same sentence, when `scope`'s figure is a part of it and
    no cue of its own governs it; None otherwise."""
    whole = earlier[-1] if earlier else None
    if scope.cue is not None or scope.status != "other" or whole is None or whole.status == "other" \
            or whole.sentence != scope.sentence:
        return None
    text, number = doc.text, scope.number
    between = text[max(whole.number.end, number.start - PART_REACH):number.start]
    after = number.end
    while after < len(text) and text[after] in _CLOSING_QUOTES:  # ' "dozens" of them'
        after += 1
    partitive = doc.rules.pattern("partitive_them").match(text, after)
    if not (partitive or doc.rules.pattern("part_of_previous").search(between)):
        return None
    told = doc.rules.pattern("part_own_verb_after").match(text, partitive.end() if partitive else scope.np_end)
    return None if told else whole.status
