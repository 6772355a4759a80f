"""The article's setting: the one border crossing its title names, where a figure that names no place stands.

"Twelve hours at Al-Qaim as Iraq hands Syrian soldiers back", "One night at Al-Qaim: how some 2,000 ...": a
reader of such a report places "the final figure is 1,827 men" or "only a few dozen are still at the holding
area" at the crossing the title named, not in the host country at large. Only a crossing (by its type, or a
town called by a crossing's name) sets that scene: a title's capital or camp ("Baghdad weighs ...", "Life
inside Camp Taji") is what the piece is about, while its figures may stand anywhere; a title that names two
crossings sets none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.places.site import CROSSING
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.choice import PlaceRef


def title_setting(doc: ArticleDoc) -> PlaceRef | None:
    """The single crossing the article's title line names, if any."""
    if not doc.sentences or not is_headline(doc, title := doc.sentences[0]):
        return None
    named = [p for p in doc.mentions.count_places if title.start <= p.start < title.end and _crossing(doc, p)]
    return named[0] if len({p.location_id for p in named}) == 1 else None


def _crossing(doc: ArticleDoc, place: PlaceRef) -> bool:
    return place.feature_type == CROSSING or any(
        entry.place.feature_type == CROSSING for entry in doc.gazetteer.global_index.get(fold(place.surface)))
