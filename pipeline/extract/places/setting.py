"""The article's setting: the one border crossing its title names, where a figure that names no place stands.

"Twelve hours at Al-Qaim as Iraq hands Syrian soldiers back", "One night at Al-Qaim: how some 2,000 ...": a
reader of such a report places "the final figure is 1,827 men" or "only a few dozen are still at the holding
area" at the crossing the title named, not in the host country at large. Only a crossing (by its type, or a
town called by a crossing's name) sets that scene: a title's capital or camp ("Baghdad weighs ...", "Life
inside Camp Taji") is what the piece is about, while its figures may stand anywhere; a title that names two
crossings sets none. A title with no crossing leaves the scene to the lead paragraph ("Haidar al-Karbouli has
worked at the Al-Qaim crossing for eleven years"), for crossings of the border only: the lead of a feature
often names a crossing on its way to a story told elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.places.site import CROSSING
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef
    from pipeline.text.spans import Span


def title_setting(doc: ArticleDoc, status: str) -> PlaceRef | None:
    """The single crossing the article's title line names, else, for a crossing of the border, the one its lead
    paragraph names, if any."""
    if not doc.sentences or not is_headline(doc, title := doc.sentences[0]):
        return None
    named = [p for p in doc.mentions.count_places if title.start <= p.start < title.end and _crossing(doc, p)]
    if named or status not in ("entered", "returned"):
        return named[0] if len({p.location_id for p in named}) == 1 else None
    lead = next((para for para in doc.paragraphs if para.start >= title.end and _is_lead(doc, para)), None)
    named = [p for p in doc.mentions.count_places if lead and lead.start <= p.start < lead.end and _crossing(doc, p)]
    return named[0] if len({p.location_id for p in named}) == 1 else None


def _is_lead(doc: ArticleDoc, paragraph: Span) -> bool:
    """The first paragraph of the story itself: not a byline, dateline or subhead line, but prose that tells."""
    body = doc.text[paragraph.start:paragraph.end].strip()
    return len(body) >= _LEAD_LENGTH and body.endswith((".", '"', "”"))


_LEAD_LENGTH = 150  # characters: longer than a byline, a dateline or a subhead


def _crossing(doc: ArticleDoc, place: PlaceRef) -> bool:
    return place.feature_type == CROSSING or any(
        entry.place.feature_type == CROSSING for entry in doc.gazetteer.global_index.get(fold(place.surface)))
