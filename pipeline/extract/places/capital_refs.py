"""A capital named by its country's nationality: "remain in the Iraqi capital", "flown to the Thai capital".

A reader places people "in the Iraqi capital" in Baghdad as surely as people "in Baghdad": "the" (pattern
`capital_article_before`), a nationality and a word of `places_capital_nouns.txt` stand for the capital GeoNames
gives that country (`sources.capitals`), a place as precise as the city's own name. It is today's capital: an
article about another era that calls an older capital so is read as a reader of today would map it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.names.nationalities import nationality_matches
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.extract.places.sources import capitals
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place import Place

NOUNS = "places_capital_nouns.txt"


def capital_refs(doc: ArticleDoc) -> list[PlaceRef]:
    """Each "the <nationality> capital", as a reference to that capital (when the gazetteer knows it)."""
    out = []
    for m, country_name in nationality_matches(doc.text, doc.rules, NOUNS):
        code = doc.gazetteer.country_code(country_name)
        before = doc.rules.pattern("capital_article_before")
        if not before.search(doc.text, max(0, m.start() - 8), m.start()) or code not in capitals():
            continue
        if (city := _capital(doc, code)) is not None:
            out.append(PlaceRef(m.start(), m.end(), m.group(0), city.location_id, city.specificity,
                                city.feature_type, city.country_code))
    return out


def _capital(doc: ArticleDoc, code: str) -> Place | None:
    """The capital's own entry: among the world's large cities, else among its country's towns."""
    gazetteer, key = doc.gazetteer, fold(capitals()[code])
    for index in (gazetteer.global_index, gazetteer.country_index(code)):
        found = [e.place for e in index.get(key) if e.place.country_code == code
                 and e.place.feature_type == "populated_place"]
        if found:
            return max(found, key=lambda place: place.population)
    return None
