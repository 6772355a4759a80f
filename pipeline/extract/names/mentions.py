"""All named things in one article, with overlaps settled by one policy.

Organisations are found first and win over places inside them ("France 24", "Baghdad Today");
people win over places inside their names; garbled spans (unrepairable mojibake) yield nothing.
Places are looked up in the gazetteer with the article's country context: the countries it names
by name or adjective ("Afghan soldiers", "Uzbekistan"), so their towns and districts are known.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import origin_countries
from pipeline.extract.names.country_context import country_context
from pipeline.extract.names.described_overlaps import with_described
from pipeline.extract.names.host_country import host
from pipeline.extract.names.org_mention import OrgMention
from pipeline.extract.names.organizations import organizations_in
from pipeline.extract.names.outlets import outlets_in, own_outlet
from pipeline.extract.names.person_cues import apposition_end
from pipeline.extract.names.persons import PersonMention, find_full_names
from pipeline.extract.names.short_forms import find_short_forms
from pipeline.extract.names.signatures import signature_line
from pipeline.extract.places.capital_refs import capital_refs
from pipeline.extract.places.country_refs import country_refs
from pipeline.extract.places.described import described_places
from pipeline.extract.places.facility_refs import facility_refs
from pipeline.extract.places.matcher import match_places
from pipeline.extract.places.place import Place
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.extract.places.shouted import outside_shouted_lines
from pipeline.text.spans import overlaps_any

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@dataclass(frozen=True)
class ArticleMentions:
    people: list[PersonMention]
    orgs: list[OrgMention]
    places: list[PlaceRef]
    count_places: list[PlaceRef]  # places plus "the camp"-style references to a named facility
    extents: dict[int, int]  # person start -> end of their role apposition
    host: PlaceRef | None
    described: tuple[Place, ...] = ()  # places the gazetteer lacks, read from how the text describes them


def find_mentions(doc: ArticleDoc) -> ArticleMentions:
    text, rules, gaz = doc.text, doc.rules, doc.gazetteer
    if rules is None:  # no language pack reads it: kept and flagged at ingest, no rows
        return ArticleMentions([], [], [], [], {}, None)
    orgs = _qualify_bare(o for o in organizations_in(text, rules) if not overlaps_any(o, doc.garbled))
    countries = country_context(doc)
    raw_places = outside_shouted_lines(text, [m for m in match_places(text, gaz, rules, countries)
                                              if not overlaps_any(m, doc.garbled) and not overlaps_any(m, orgs)], gaz)
    # A village's name inside a capitalised run is more likely part of a person's name ("Thabet
    # al-Abbasi"); countries, provinces, sites and well-known cities are not.
    known = [m for m in raw_places if not gaz.get(m.location_id).minor]
    # a credit line ("By Rami Toma", "(Reporting by …)") is as short and unpunctuated as a headline, but names people
    credit = rules.pattern("credit_line")
    headlines = [h for h in doc.headlines if not credit.match(text, h.start)
                 and signature_line(text, h.start, h.end, rules) is None]  # nor does a letter's signature
    full = find_full_names(text, [*doc.garbled, *headlines, *orgs, *known], rules)
    short = find_short_forms(text, full, [*doc.garbled, *orgs, *known, *full], rules)
    people = sorted(full + short, key=lambda p: p.start)
    # "Gai's 3rd Cavalry Corps", "Budyonny's 1st Cavalry Army": a town's name owning a numbered unit is its
    # commander's; a country or province owns its units ("Syria's 17th Division")
    commander = rules.pattern("commander_possessive_after")
    places = [_ref(m, gaz) for m in raw_places if not overlaps_any(m, people) and not (
        gaz.get(m.location_id).feature_type == "populated_place" and commander.match(text, m.end))]
    origins = doc.layer("origin_countries", origin_countries)  # also read by the counts layer
    described = [d for d in described_places(text, rules, places, host(places, gaz, origins), doc.sentence_at,
                                             gaz.country_code)
                 if not overlaps_any(d.ref, [*orgs, *people, *doc.garbled])]
    places, described = with_described(places, described, gaz)
    orgs += outlets_in(text, rules, [*orgs, *people, *places, *doc.garbled])
    orgs = sorted(orgs + own_outlet(text, doc.outlet, [*orgs, *people, *places, *doc.garbled]), key=lambda o: o.start)
    extents = {p.start: e for p in full if (e := apposition_end(text, p.end, rules))}
    # "the Damascus-based Syrian Centre": where a body is based, never where a figure's people are
    # a press, radio or television of a place ("quoted in the Bangkok press") is where news came from
    # "as Damascus fell": the fall of a place is an event of the story, not where a figure's people were
    media_after, fell = rules.pattern("outlet_of_place_after"), rules.pattern("fell_after")
    count_places = sorted((p for p in places + facility_refs(doc, places) + country_refs(doc) + capital_refs(doc)
                           if not doc.text.startswith("-based", p.end) and not media_after.match(doc.text, p.end)
                           and not fell.match(doc.text, p.end) and not _seat_in_parenthesis(doc, p, places)),
                          key=lambda p: p.start)
    return ArticleMentions(people, orgs, places, count_places, extents, host(places, gaz, origins),
                           tuple(d.place for d in described))


def _seat_in_parenthesis(doc: ArticleDoc, place: PlaceRef, places: list[PlaceRef]) -> bool:
    """"Al-Rafidain (Baghdad, state-owned daily)": a place opening a parenthesis after a name that is no place."""
    if "(" not in doc.text[max(0, place.start - 3):place.start]:
        return False  # most places open no parenthesis: asked before the pattern is
    before = doc.rules.pattern("seat_parenthesis_before").search(doc.text, max(0, place.start - 40), place.start)
    return before is not None and not any(p.end == before.end("name") for p in places)


def _ref(m, gaz) -> PlaceRef:
    p = gaz.get(m.location_id)
    return PlaceRef(m.start, m.end, m.surface, p.location_id, p.specificity, p.feature_type, p.country_code)


def _qualify_bare(orgs) -> list[OrgMention]:
    """"the Interior Ministry" after "Iraq's Ministry of Interior" is that ministry, not a second body."""
    orgs = list(orgs)
    qualified = {o.name.split(" ", 1)[1]: o.name for o in orgs if " Ministry of " in f" {o.name}"
                 and not o.name.startswith("Ministry of ")}
    return [replace(o, name=qualified.get(o.name, o.name)) for o in orgs]
