"""A country named by its nationality: "still on Iraqi soil", "in Jordanian custody", "in Iraqi hands".

A reader places people "still on Iraqi soil" in Iraq as surely as people "still in Iraq": the nationality
before a word of `places_country_nouns.txt` stands for its country, a place as precise as the country's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.names.nationalities import nationality_matches
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

NOUNS = "places_country_nouns.txt"


def country_refs(doc: ArticleDoc) -> list[PlaceRef]:
    """Each nationality before a country noun, as a reference to its country (when the gazetteer knows it)."""
    out = []
    for m, country_name in nationality_matches(doc.text, doc.rules, NOUNS):
        entries = [e.place for e in doc.gazetteer.global_index.get(fold(country_name))
                   if e.place.feature_type == "country"]
        if entries:
            country = entries[0]
            out.append(PlaceRef(m.start("nation"), m.end("nation"), m.group("nation"), country.location_id,
                                country.specificity, "country", country.country_code))
    return out
