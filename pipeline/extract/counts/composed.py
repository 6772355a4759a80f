"""The make-up of a group counted before: "It said the group comprised 37 officers and 375 conscripts", "The
returnees included 1,683 soldiers and 222 officers". The parts had done to them what the group had, when, and
where, unless their own words say otherwise."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.parts import UNDATED_RULES

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc

COMPOSED_REACH = 90  # characters before a part's number the group's subject and verb may stand


def parts_of_group(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A figure with no status of its own, in a clause that says what a group told of before was made of ("the
    group comprised", "the batch included", "it consisted of"), takes the status of the figure right before it, that figure's period when its own words give none, and its place when its own is
    only the country or carried from elsewhere."""
    composed = doc.rules.pattern("group_composed_before")
    out = list(drafts)
    for index, piece in enumerate(drafts):
        if piece.status != "other":
            continue
        sent, start = piece.sentence, piece.number.start
        if not composed.search(doc.text, max(sent.start, start - COMPOSED_REACH), start):
            continue
        # the group is the last one counted: a figure of no status between them ("dozens had slipped out") is
        # another matter the article turned to
        whole = out[index - 1] if index else None
        if whole is None or whole.status == "other":
            continue
        vague_place = piece.place is None or piece.place.feature_type == "country" \
            or not sent.start <= piece.place.start < sent.end
        out[index] = replace(piece, status=whole.status,
                             place=whole.place if vague_place and whole.place else piece.place,
                             period=whole.period if piece.period.rule in UNDATED_RULES else piece.period)
    return out
