"""Where the article says an entry or a return happened, in sentences that give no figure.

"The soldiers came over the Ngueli bridge on the afternoon of 2 February" tells a reader where the crossing
of the article happened; a figure of that crossing given later without a place ("officials put the number
who crossed that weekend at 212") is placed there (`places/site.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.counts.status import cues_in
from pipeline.extract.places.place_cues import tied_to_clause
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.extract.places.site import SITE_STATUSES

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_SITE_PRECISION = 2  # a crossing, camp or town: a country or province says no more than the host fallback


def narrated_sites(doc: ArticleDoc, blanked: str) -> list[tuple[str, PlaceRef]]:
    """(status, place) for each sentence without a number that tells of one kind of event only, entering
    or returning, and ties a site or town to its verb."""
    found: list[tuple[str, PlaceRef]] = []
    sites = [p for p in doc.mentions.count_places if p.precision <= _SITE_PRECISION]
    for sent in doc.sentences:
        # the cues are read only where a site or town stands: most sentences name none
        if not any(sent.start <= p.start < sent.end for p in sites) or is_headline(doc, sent) \
                or any(sent.start <= n.start < sent.end for n in doc.numbers):
            continue
        cues = [c for side in ("after", "before") for c in cues_in(blanked, sent.start, sent.end, side, doc.rules)]
        if len({c.status for c in cues}) != 1 or cues[0].status not in SITE_STATUSES:
            continue
        first = min(cues, key=lambda c: c.start)
        tied = [p for p in sites if first.end <= p.start < sent.end
                and tied_to_clause(doc.text, p, first.end, first, doc.rules)]
        if tied:
            found.append((first.status, tied[0]))
    return found
