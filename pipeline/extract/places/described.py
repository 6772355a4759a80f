"""Places the gazetteer does not know, named by what they are: "the border town of Tine", "the
Friendship Bridge", "Lengpui airport" (`places_described.csv`).

Small border towns, crossings and airstrips are where soldiers cross, and most are too small for the
GeoNames extract. Such a place is kept without coordinates (source `article`) in the country its own
words give ("the Afghan town of Hairatan"), else that of the nearest known place in its sentence, else
the article's host country; with no country it is left out. Its id is built from the country, kind and
folded name, so every article that names it points at one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.places.described_forms import form_matches, form_patterns, stop_words
from pipeline.extract.places.place import Place
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

# a quoted title of a work: "The" and capitalised words only, inside quote marks ('The Cold Crossing')
_QUOTED_TITLE = re.compile(r"(?<![\w’'])['‘\"“](?P<title>The(?:\s+[A-Z][\w’'-]*){1,5})['’\"”](?![\w])")


@dataclass(frozen=True)
class DescribedPlace:
    ref: PlaceRef
    place: Place


def described_places(text: str, rules: RuleSet, known: list[PlaceRef], host: PlaceRef | None,
                     sentence_of: Callable[[int], Span | None],
                     country_code: Callable[[str], str | None]) -> list[DescribedPlace]:
    """Described places, each one `PlaceRef` (surface: the name, with the kind word for a site)."""
    if not rules.has("places_described.csv"):
        return []
    kinds, adjectives, stops = form_patterns(rules)[1], nationalities(rules), stop_words(rules)
    titles = [m.group("title") for m in _QUOTED_TITLE.finditer(text)]
    found: list[DescribedPlace] = []
    for form, matches in form_matches(text, rules).items():
        for m in matches:
            name, kind = _after_possessive(m.group("name")), m.group("kind").lower()
            if name.split()[0].lower() in stops or name.lower() in adjectives or name in adjectives:
                continue
            if any(m.group(0) in title for title in titles):
                continue  # "Review: 'The Cold Crossing' counts the Estonians who ran": a book's title, not a place
            feature, site = kinds[(form, kind)], form == "after"
            span = Span(m.end("name") - len(name), m.end("kind") if site else m.end("name"))
            surface = text[span.start:span.end]
            nation = m.groupdict().get("nation")
            country = (country_code(adjectives[nation]) if nation else None) or _nearest_country(
                span, known, host, sentence_of(span.start))
            if country is None:
                continue
            place = Place(f"article:{country.lower()}:{feature}:{fold(surface).replace(' ', '-')}",
                          surface, (name,) if site else (), feature, None, country, None, None, "article")
            found.append(DescribedPlace(PlaceRef(span.start, span.end, surface, place.location_id,
                                                 place.specificity, feature, country), place))
    return found + _repeats(text, [d for d in found if not d.place.aliases])


def _after_possessive(name: str) -> str:
    """ "Senegal's Casamance" names Casamance; the possessor is a known place of its own."""
    return re.split(r"[’']s\s+", name)[-1]


def _repeats(text: str, towns: list[DescribedPlace]) -> list[DescribedPlace]:
    """Once "the town of Fassala" is read, every other "Fassala" of the article is that town."""
    out: list[DescribedPlace] = []
    taken = [d.ref for d in towns]
    for town in {d.place.location_id: d for d in towns}.values():
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(town.ref.surface)}(?![\w’'-])", text):
            if not any(m.start() < ref.end and ref.start < m.end() for ref in taken):
                ref = PlaceRef(m.start(), m.end(), m.group(0), town.place.location_id, town.ref.specificity,
                               town.ref.feature_type, town.ref.country_code)
                taken.append(ref)
                out.append(DescribedPlace(ref, town.place))
    return out


def _nearest_country(span: Span, known: list[PlaceRef], host: PlaceRef | None, sentence: Span | None) -> str | None:
    near = [p for p in known if sentence and sentence.start <= p.start < sentence.end]
    if near:
        return min(near, key=lambda p: abs(p.start - span.start)).country_code
    return host.country_code if host else None
