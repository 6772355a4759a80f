"""A country named by its nationality: "still on Iraqi soil", "in Jordanian custody", "in Iraqi hands".

A reader places people "still on Iraqi soil" in Iraq as surely as people "still in Iraq": the nationality
before a word of `places_country_nouns.txt` stands for its country, a place as precise as the country's name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.places.choice import PlaceRef
from pipeline.text.folding import fold
from pipeline.text.letter_first import letter_first
from pipeline.text.rules import RuleSet, alternation

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

NOUNS = "places_country_nouns.txt"


@cache
def _country_noun_re(rules: RuleSet) -> re.Pattern[str] | None:
    if not rules.has(NOUNS):
        return None
    adjectives = [a for a in nationalities(rules) if not a.endswith(("'s", "’s"))]
    # tried only at the letters a nationality opens with (`letter_first.py`)
    return letter_first(rf"\b(?P<nation>{alternation(adjectives)})\s+(?i:{alternation(sorted(rules.words(NOUNS)))})\b")


def country_refs(doc: ArticleDoc) -> list[PlaceRef]:
    """Each nationality before a country noun, as a reference to its country (when the gazetteer knows it)."""
    pattern = _country_noun_re(doc.rules)
    if pattern is None:
        return []
    table, out = nationalities(doc.rules), []
    for m in pattern.finditer(doc.text):
        entries = [e.place for e in doc.gazetteer.global_index.get(fold(table[m.group("nation")]))
                   if e.place.feature_type == "country"]
        if entries:
            country = entries[0]
            out.append(PlaceRef(m.start("nation"), m.end("nation"), m.group("nation"), country.location_id,
                                country.specificity, "country", country.country_code))
    return out
