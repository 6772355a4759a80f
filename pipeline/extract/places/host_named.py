"""When a figure's own sentence names the host country, that country is its place: "more than 4,000 crossed into
Iraq in those days", "about 130 officers remained in the country", "still hosted by Iraq". A reader does not move
such a figure to the camp or crossing the sentence or paragraph before named (`counts/neighbours.py`): the writer
chose the country. A site or town of that country the same sentence names ("One night at Al-Qaim: how 2,000
crossed into Iraq") still says where, and a return or a move is still placed where it happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef

STAYS_IN_COUNTRY = ("entered", "remaining")  # events a country's name places whole: getting into it, being in it


def named_host(doc: ArticleDoc, scope: FigureScope, place: PlaceRef | None) -> PlaceRef | None:
    """The host country, when the figure's sentence names it (by name, or as "the country", "its territory")
    for people who entered or remain, and names no site or town of it; else None."""
    host, sentence = doc.mentions.host, scope.sentence
    if host is None or scope.status not in STAYS_IN_COUNTRY:
        return None
    if place is None:
        anaphor = doc.rules.pattern("host_anaphor").search(doc.text, sentence.start, sentence.end)
        place = host if anaphor is not None else None
    if place is None or place.feature_type != "country" or place.country_code != host.country_code:
        return None
    if any(sentence.start <= p.start < sentence.end and p.precision <= 2 and p.country_code == host.country_code
           for p in doc.mentions.count_places):
        return None
    return place
